// RUN: %wasm-cc -O2 -fno-discard-value-names -S -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,O2 --implicit-check-not='call {{.*}}@__wsplit_impl'
// RUN: %wasm-cc -Oz -fno-discard-value-names -S -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,OZ --implicit-check-not='call {{.*}}@__wsplit_impl'

// Optimised for speed, the small stub is inlined into its caller, which
// then tests the flag and calls the import itself, reloading the flag on
// each iteration since the loader may have set it; optimised for size, the
// stub stays a call. Either way nothing can inline or call the
// implementation: no IR refers to it.

__attribute__((wasm_split("math"))) static int square(int x) { return x * x; }

int sum_squares(int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += square(i);
  return s;
}

// CHECK:     define hidden i32 @sum_squares(i32 noundef %n)
// CHECK-NOT: mul
// O2:        for.body:
// O2:          %loaded.i = load i8, ptr @__wsplit_loaded.math, align 1
// O2-NEXT:     %cold.i = icmp eq i8 %loaded.i, 0
// O2-NEXT:     br i1 %cold.i, label %load.i, label %square.exit
// O2:          tail call void @__wsplit_load.math()
// O2:          %r.i = tail call i32 @__wsplit_call.math.square.[[KEY:[0-9a-f]+]](i32 noundef %i.06)
// O2:          br i1 %exitcond.not, label %for.cond.cleanup, label %for.body
// OZ:        for.body:
// OZ-NEXT:     %call = tail call i32 @square(i32 noundef %i.0)
// CHECK:     define internal i32 @square(i32 noundef %x)
// CHECK:       %loaded = load i8, ptr @__wsplit_loaded.math, align 1
// CHECK:       %r = tail call i32 @__wsplit_call.math.square.[[KEY:[0-9a-f]+]](i32 noundef %x)
// CHECK:     define hidden i32 @__wsplit_impl.math.square.[[KEY]](i32 noundef %x)
// CHECK:       mul nsw i32 %x, %x
