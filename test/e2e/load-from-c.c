// wsplit_load() from C, in every loading mode, in a reactor (a module whose
// exports the host calls, as on a page). open_doc() asks for split `pdf`
// and returns; the loader calls back once pdf is loaded; that callback
// renders, then asks for `fonts` with a callback of its own. In explicit
// mode (nothing preloaded: --lazy) this is how a program loads what it
// needs before calling it. Without the plugin, wsplit_load() calls back at
// once, so the unsplit build prints the same lines.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 -mexec-model=reactor %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out
// RUN: %validate %t/out
// RUN: %plain-cc -O2 -mexec-model=reactor %e2e-flags %s -o %t/plain.wasm
// RUN: %run-split %t/plain.wasm call:open_doc > %t/plain.txt
// RUN: FileCheck %s --check-prefix=OUT --match-full-lines < %t/plain.txt
// RUN: %run-split %t/out/app.js --mode=jspi --events call:open_doc > %t/jspi.log 2>&1
// RUN: FileCheck %s --check-prefix=LOG < %t/jspi.log
// RUN: %program-output %t/jspi.log | diff %t/plain.txt -
// RUN: %run-split %t/out/app.js --mode=sync --events call:open_doc > %t/sync.log 2>&1
// RUN: FileCheck %s --check-prefix=LOG < %t/sync.log
// RUN: %program-output %t/sync.log | diff %t/plain.txt -
// RUN: %run-split %t/out/app.js --mode=explicit --lazy --events call:open_doc > %t/explicit.log 2>&1
// RUN: FileCheck %s --check-prefix=LOG < %t/explicit.log
// RUN: %program-output %t/explicit.log | diff %t/plain.txt -
//
// wsplit_is_loaded() before and after, and a load that cannot succeed: the
// callback gets ok = 0 and the failure goes to the events.
// RUN: %run-split %t/out/app.js --mode=explicit --lazy --events call:status call:load_unknown call:open_doc call:status > %t/status.log 2>&1
// RUN: FileCheck %s --check-prefix=STATUS < %t/status.log

// OUT:      open_doc: loading pdf
// OUT-NEXT: callback for pdf: ok=1 loaded=1
// OUT-NEXT: page 3 rendered as 9
// OUT-NEXT: callback for fonts: ok=1 loaded=1
// OUT-NEXT: fonts: 2

// Every callback runs after the call that asked for the load returned, and
// after the split's `loaded` event. The same in every mode: wsplit_load()
// never blocks, even where a call into a split would load it synchronously.
// LOG:      [wsplit] loaded <main>
// LOG-NEXT: open_doc: loading pdf
// LOG-NEXT: [wsplit] fetch-start pdf app.pdf.wasm
// LOG:      [wsplit] loaded pdf
// LOG-NEXT: callback for pdf: ok=1 loaded=1
// LOG-NEXT: page 3 rendered as 9
// LOG-NEXT: [wsplit] fetch-start fonts app.fonts.wasm
// LOG:      [wsplit] loaded fonts
// LOG-NEXT: callback for fonts: ok=1 loaded=1
// LOG-NEXT: fonts: 2
// LOG-NOT:  {{.}}

// STATUS:      [wsplit] loaded <main>
// STATUS-NEXT: pdf loaded: 0, fonts loaded: 0
// STATUS-NEXT: [wsplit] failure nope: wsplit: unknown split 'nope'; known splits: fonts, pdf
// STATUS-NEXT: callback for nope: ok=0 loaded=0
// STATUS-NEXT: open_doc: loading pdf
// STATUS-NEXT: [wsplit] fetch-start pdf app.pdf.wasm
// STATUS-NEXT: pdf loaded: 0, fonts loaded: 0
// STATUS:      [wsplit] loaded pdf
// STATUS-NEXT: callback for pdf: ok=1 loaded=1
// STATUS:      [wsplit] loaded fonts
// STATUS-NEXT: callback for fonts: ok=1 loaded=1
// STATUS-NEXT: fonts: 2

#include <stdio.h>
#include <wsplit.h>

#include "e2e.h"

WSPLIT("pdf") int render(int page) { return page * page; }
WSPLIT("fonts") int count_fonts(void) { return 2; }

static void on_fonts(void *data, int ok) {
  printf("callback for %s: ok=%d loaded=%d\n", (const char *)data, ok,
         wsplit_is_loaded("fonts"));
  if (ok)
    printf("fonts: %d\n", count_fonts());
}

static void on_pdf(void *data, int ok) {
  printf("callback for %s: ok=%d loaded=%d\n", (const char *)data, ok,
         wsplit_is_loaded("pdf"));
  if (!ok)
    return;
  printf("page 3 rendered as %d\n", render(3));
  wsplit_load("fonts", on_fonts, "fonts");
}

__attribute__((export_name("open_doc"))) void open_doc(void) {
  puts("open_doc: loading pdf");
  wsplit_load("pdf", on_pdf, "pdf");
}

__attribute__((export_name("status"))) void status(void) {
  printf("pdf loaded: %d, fonts loaded: %d\n", wsplit_is_loaded("pdf"),
         wsplit_is_loaded("fonts"));
}

__attribute__((export_name("load_unknown"))) void load_unknown(void) {
  wsplit_load("nope", on_pdf, "nope");
}
