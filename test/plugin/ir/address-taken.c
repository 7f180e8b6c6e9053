// RUN: %wasm-cc -O2 -fno-discard-value-names -S -emit-llvm -o - %s | FileCheck %s --implicit-check-not=@__wsplit_impl

// Taking a split function's address gives the stub, in a table, in a
// callback argument and in a comparison, so function pointers compare
// equal across the split and work before and after loading. The only
// reference to the implementation is llvm.used.

#include <stdlib.h>

__attribute__((wasm_split("cmp"))) int by_size(const void *a, const void *b) {
  return *(const int *)a - *(const int *)b;
}

int (*const table[])(const void *, const void *) = {by_size};
int (*current)(const void *, const void *) = by_size;

void sort(int *v, size_t n) { qsort(v, n, sizeof *v, by_size); }
int is_default(void) { return current == by_size; }

// CHECK:     @table = hidden local_unnamed_addr constant [1 x ptr] [ptr @by_size]
// CHECK:     @current = hidden local_unnamed_addr global ptr @by_size
// CHECK:     @llvm.used = appending global [6 x ptr] [ptr @__wsplit_call.cmp.by_size, ptr @__wsplit_impl.cmp.by_size, ptr @__wsplit_keep.cmp.by_size, ptr @__wsplit_load.cmp, ptr @__wsplit_loaded.cmp, ptr @by_size]
// CHECK:     define hidden i32 @by_size(
// CHECK:       tail call i32 @__wsplit_call.cmp.by_size(
// CHECK:     define hidden void @sort(
// CHECK:       tail call void @qsort(ptr noundef %v, i32 noundef %n, i32 noundef 4, ptr noundef nonnull @by_size)
// CHECK:     define hidden {{.*}}i32 @is_default()
// CHECK:       icmp eq ptr %{{.+}}, @by_size
// CHECK:     define hidden i32 @__wsplit_impl.cmp.by_size(
