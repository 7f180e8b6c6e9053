// RUN: cd %S && %wasm-cxx -S -emit-llvm -o - lambdas.cpp | FileCheck %s

// A GNU attribute after a lambda's parameter list applies to its call
// operator, which is then split like any member function; a generic lambda
// is split per instantiation. Call operators are local, so their keys end
// in 16 hex digits of MD5("lambdas.cpp") = 09d940f2c42f4bde7d7942915a758623.
// Converted to a function pointer, the lambda's static invoker calls the
// stub.

auto inc = [](int x) __attribute__((wasm_split("l"))) { return x + 1; };
auto gen = [](auto x) __attribute__((wasm_split("l"))) { return x + 1; };
int (*fp)(int) = inc;

int run() { return inc(1) + gen(2) + (int)gen(3.0) + fp(4); }

// CHECK:      define internal noundef i32 @"_ZN3$_08__invokeEi"(i32 noundef %0)
// CHECK:        call noundef i32 @"_ZNK3$_0clEi"(ptr noundef nonnull align 1 dereferenceable(1) %{{[0-9]+}}, i32 noundef %{{[0-9]+}})
// CHECK:      define internal noundef i32 @"_ZNK3$_0clEi"(ptr noundef nonnull align 1 dereferenceable(1) %0, i32 noundef %1)
// CHECK:        tail call noundef i32 @"__wsplit_call.l._ZNK3$_0clEi.09d940f2c42f4bde"(ptr noundef nonnull align 1 dereferenceable(1) %0, i32 noundef %1)
// CHECK:      define internal noundef i32 @"_ZNK3$_1clIiEEDaT_"(ptr noundef nonnull align 1 dereferenceable(1) %0, i32 noundef %1)
// CHECK:        tail call noundef i32 @"__wsplit_call.l._ZNK3$_1clIiEEDaT_.09d940f2c42f4bde"(
// CHECK:      define internal noundef double @"_ZNK3$_1clIdEEDaT_"(ptr noundef nonnull align 1 dereferenceable(1) %0, double noundef %1)
// CHECK:        tail call noundef double @"__wsplit_call.l._ZNK3$_1clIdEEDaT_.09d940f2c42f4bde"(
// CHECK:      define hidden noundef i32 @"__wsplit_impl.l._ZNK3$_0clEi.09d940f2c42f4bde"(
// CHECK:      define hidden noundef i32 @"__wsplit_impl.l._ZNK3$_1clIiEEDaT_.09d940f2c42f4bde"(
// CHECK:      define hidden noundef double @"__wsplit_impl.l._ZNK3$_1clIdEEDaT_.09d940f2c42f4bde"(
