// RUN: %wasm-cc -O1 -fno-discard-value-names -S -emit-llvm -o - %s | FileCheck %s

// On WebAssembly with the plugin, WSPLIT_ACTIVE is 1 and the C API calls
// the loader's imports wsplit.load_async(name, len, callback, data) and
// wsplit.is_loaded(name, len) with the name's length in bytes; the callback
// is passed as a function pointer, that is, a table index.

#include <wsplit.h>

#if WSPLIT_ACTIVE != 1
#error "WSPLIT_ACTIVE should be 1 on WebAssembly with the plugin"
#endif

static void on_loaded(void *data, int ok) { *(int *)data = ok; }

int status;

void preload(void) { wsplit_load("export", on_loaded, &status); }
int ready(void) { return wsplit_is_loaded("viewer_3d"); }

// CHECK:      define hidden void @preload()
// CHECK-NEXT: entry:
// CHECK-NEXT:   tail call void @__wsplit_load_async(ptr noundef nonnull @.str, i32 noundef 6, ptr noundef nonnull @on_loaded, ptr noundef nonnull @status)
// CHECK:      define hidden i32 @ready()
// CHECK-NEXT: entry:
// CHECK-NEXT:   %[[R:.+]] = tail call i32 @__wsplit_is_loaded(ptr noundef nonnull @.str.1, i32 noundef 9)
// CHECK-NEXT:   ret i32 %[[R]]
// CHECK:      declare void @__wsplit_load_async(ptr noundef, i32 noundef, ptr noundef, ptr noundef) {{.*}}#[[LOAD:[0-9]+]]
// CHECK:      declare i32 @__wsplit_is_loaded(ptr noundef, i32 noundef) {{.*}}#[[IS:[0-9]+]]
// CHECK:      attributes #[[LOAD]] = { {{.*}}"wasm-import-module"="wsplit" "wasm-import-name"="load_async" }
// CHECK:      attributes #[[IS]] = { {{.*}}"wasm-import-module"="wsplit" "wasm-import-name"="is_loaded" }
