// RUN: %clang --target=x86_64-linux-gnu -fplugin=%plugin -I%wsplit-include -S -emit-llvm -o %t.plugin.ll %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
// RUN: %clang --target=x86_64-linux-gnu -I%wsplit-include -S -emit-llvm -o %t.plain.ll %s
// RUN: diff %t.plain.ll %t.plugin.ll

// Compiled natively with the plugin, WSPLIT is still the attribute (the
// plugin registers it), but the file gets exactly one warning and the IR is
// the same as without the plugin, where WSPLIT expands to nothing: no
// annotation, no stub, no import.

#include <wsplit.h>

WSPLIT("viewer") int view(int page) { return page; }
WSPLIT("viewer") int zoom(int factor) { return factor * 2; }
WSPLIT("export") int export_pdf(void) { return view(1) + zoom(2); }

// CHECK: native.c:13:1: warning: split points are ignored: target 'x86_64-unknown-linux-gnu' is not WebAssembly (shown once per file) [-Wignored-attributes]
