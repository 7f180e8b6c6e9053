// RUN: %clang -fplugin=%plugin -I%wsplit-include %s -o %t 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: %t | FileCheck %s

// The same program built natively with the plugin loaded: the file gets the
// one warning, and at run time every split function is called directly and
// every module counts as loaded.

#include <stdio.h>
#include <wsplit.h>

static WSPLIT("viewer") int view(int page) { return page * 10; }

static void on_loaded(void *data, int ok) {
  printf("callback data=%s ok=%d\n", (const char *)data, ok);
}

int main(void) {
  wsplit_load("viewer", on_loaded, "token");
  printf("is_loaded=%d view=%d active=%d\n", wsplit_is_loaded("viewer"), view(4), WSPLIT_ACTIVE);
  return 0;
}

// WARN: warning: split points are ignored: target '{{.*}}' is not WebAssembly (shown once per file)

// CHECK:      callback data=token ok=1
// CHECK-NEXT: is_loaded=1 view=40 active=0
