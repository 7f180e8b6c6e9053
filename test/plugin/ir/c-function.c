// RUN: cd %S && %wasm-cc -fno-discard-value-names -S -emit-llvm -o - c-function.c \
// RUN:   | FileCheck %s --implicit-check-not=llvm.global.annotations --implicit-check-not=wsplit:

// A C function and a static one, through WSPLIT from <wsplit.h>, at -O0: the
// pass runs although nothing else does. The file is compiled by its bare
// name so the static function's key ends in the first 16 hex digits of
// MD5("c-function.c") = d552ec3a1a97154dc8d71558a5930aab. The annotations
// that carried the split points are gone.

#include <wsplit.h>

WSPLIT("export") long long export_pdf(int pages, long long flags) { return pages + flags; }
static WSPLIT("export") int helper(int x) { return x * 3; }
int run(void) { return (int)export_pdf(1, 2) + helper(4); }

// CHECK:      @__wsplit_loaded.export = linkonce_odr hidden externally_initialized global i8 0
// CHECK-NEXT: @llvm.used = appending global [10 x ptr] [ptr @__wsplit_loaded.export,
// CHECK-SAME:   ptr @__wsplit_impl.export.export_pdf, ptr @export_pdf, ptr @__wsplit_call.export.export_pdf, ptr @__wsplit_load.export, ptr @__wsplit_keep.export.export_pdf,
// CHECK-SAME:   ptr @__wsplit_impl.export.helper.d552ec3a1a97154d, ptr @helper, ptr @__wsplit_call.export.helper.d552ec3a1a97154d, ptr @__wsplit_keep.export.helper.d552ec3a1a97154d], section "llvm.metadata"
// CHECK:      @__wsplit_keep.export.export_pdf = hidden alias i64 (i32, i64), ptr @export_pdf
// CHECK-NEXT: @__wsplit_keep.export.helper.d552ec3a1a97154d = hidden alias i32 (i32), ptr @helper

// CHECK:      define hidden i64 @export_pdf(i32 noundef %pages, i64 noundef %flags) #[[ATTRS:[0-9]+]] {
// CHECK-NEXT: entry:
// CHECK-NEXT:   %loaded = load i8, ptr @__wsplit_loaded.export, align 1
// CHECK-NEXT:   %cold = icmp eq i8 %loaded, 0
// CHECK-NEXT:   br i1 %cold, label %load, label %call, !prof ![[WEIGHTS:[0-9]+]]
// CHECK-EMPTY:
// CHECK-NEXT: load:
// CHECK-NEXT:   call void @__wsplit_load.export()
// CHECK-NEXT:   br label %call
// CHECK-EMPTY:
// CHECK-NEXT: call:
// CHECK-NEXT:   %r = tail call i64 @__wsplit_call.export.export_pdf(i32 noundef %pages, i64 noundef %flags)
// CHECK-NEXT:   ret i64 %r
// CHECK-NEXT: }

// CHECK:      define hidden i32 @run() #[[ATTRS]] {
// CHECK:        call i64 @export_pdf(i32 noundef 1, i64 noundef 2)
// CHECK:        call i32 @helper(i32 noundef 4)

// CHECK:      define internal i32 @helper(i32 noundef %x) #[[ATTRS]] {
// CHECK:        %r = tail call i32 @__wsplit_call.export.helper.d552ec3a1a97154d(i32 noundef %x)

// CHECK:      declare void @__wsplit_load.export() #[[LOAD:[0-9]+]]
// CHECK:      declare i64 @__wsplit_call.export.export_pdf(i32 noundef, i64 noundef) #[[CALL_PDF:[0-9]+]]
// CHECK:      define hidden i64 @__wsplit_impl.export.export_pdf(i32 noundef %pages, i64 noundef %flags) #[[IMPL_PDF:[0-9]+]] {
// CHECK:        %add = add nsw i64 %conv, %1
// CHECK:      declare i32 @__wsplit_call.export.helper.d552ec3a1a97154d(i32 noundef) #[[CALL_HELPER:[0-9]+]]
// CHECK:      define hidden i32 @__wsplit_impl.export.helper.d552ec3a1a97154d(i32 noundef %x) #[[IMPL_HELPER:[0-9]+]] {
// CHECK:        %mul = mul nsw i32 %0, 3

// CHECK:      attributes #[[ATTRS]] = { noinline nounwind optnone
// CHECK:      attributes #[[LOAD]] = { "wasm-import-module"="wsplit" "wasm-import-name"="load.export" }
// CHECK:      attributes #[[CALL_PDF]] = { "wasm-import-module"="wsplit" "wasm-import-name"="call.export.export_pdf" }
// CHECK:      attributes #[[IMPL_PDF]] = { noinline nounwind optnone {{.*}} "wasm-export-name"="__wsplit_impl.export.export_pdf" }
// CHECK:      attributes #[[CALL_HELPER]] = { "wasm-import-module"="wsplit" "wasm-import-name"="call.export.helper.d552ec3a1a97154d" }
// CHECK:      attributes #[[IMPL_HELPER]] = { noinline nounwind optnone {{.*}} "wasm-export-name"="__wsplit_impl.export.helper.d552ec3a1a97154d" }
// CHECK:      ![[WEIGHTS]] = !{!"branch_weights", i32 1, i32 2000}
