// RUN: %plain-cc -O1 -fno-discard-value-names -S -emit-llvm -o - %s | FileCheck %s --implicit-check-not=wsplit
// RUN: %clang -O1 -fno-discard-value-names -I%wsplit-include -S -emit-llvm -o - %s | FileCheck %s --implicit-check-not=wsplit

// Without the plugin (here for WebAssembly, then for the host) nothing is
// split: WSPLIT expands to nothing, WSPLIT_ACTIVE is 0, wsplit_load calls
// back at once with ok = 1 and wsplit_is_loaded returns 1. No import, no
// annotation.

#include <wsplit.h>

#if WSPLIT_ACTIVE != 0
#error "WSPLIT_ACTIVE should be 0 without the plugin"
#endif

WSPLIT("viewer") int view(int page) { return page; }

void preload(wsplit_callback cb, void *data) { wsplit_load("export", cb, data); }
int ready(void) { return wsplit_is_loaded("export"); }

// CHECK:      define {{.*}}i32 @view(i32 noundef returned %page)
// CHECK:      define {{.*}}void @preload(ptr noundef readonly captures(none) %cb, ptr noundef %data)
// CHECK-NEXT: entry:
// CHECK-NEXT:   tail call void %cb(ptr noundef %data, i32 noundef 1)
// CHECK-NEXT:   ret void
// CHECK:      define {{.*}}i32 @ready()
// CHECK-NEXT: entry:
// CHECK-NEXT:   ret i32 1
