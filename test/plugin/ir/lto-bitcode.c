// RUN: %wasm-cc -O2 -flto=full -c -o %t.full.bc %s
// RUN: llvm-dis %t.full.bc -o - | FileCheck %s
// RUN: %wasm-cc -O2 -flto=thin -c -o %t.thin.bc %s
// RUN: llvm-dis %t.thin.bc -o - | FileCheck %s
// RUN: %wasm-cc -O0 -flto=thin -c -o %t.thin0.bc %s
// RUN: llvm-dis %t.thin0.bc -o - | FileCheck %s

// With -flto the object is bitcode, and the split already happened in it:
// pipeline start is part of the full and the thin pre-link pipelines, so the
// link-time optimiser only ever sees the stub and the implementation, which
// nothing references.

__attribute__((wasm_split("lto"))) int weigh(int x) { return x * 5; }
int run(int x) { return weigh(x) + 1; }

// The order of llvm.used differs between -O0 and -O2; its size does not.
// CHECK:     @llvm.used = appending global [6 x ptr]
// CHECK:     @__wsplit_keep.lto.weigh = hidden alias i32 (i32), ptr @weigh
// CHECK:     define hidden {{.*}}i32 @weigh(
// CHECK:       call i32 @__wsplit_call.lto.weigh(
// CHECK:     define hidden {{.*}}i32 @run(
// CHECK-NOT:   @__wsplit_impl
// CHECK:     define hidden {{.*}}i32 @__wsplit_impl.lto.weigh(
