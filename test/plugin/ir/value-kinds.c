// RUN: %wasm-cc -msimd128 -S -emit-llvm -o - %s | FileCheck %s

// Every kind of argument and result clang lowers for wasm32 crosses the
// split unchanged: the call import has the function's type, and it is
// declared and called with the function's parameter and return attributes
// (sign and zero extension, sret, byval). A byval argument is copied onto
// the stub's stack, so that call is `notail`.

#include <stdbool.h>
#include <wasm_simd128.h>

#define SPLIT __attribute__((wasm_split("v")))

struct one { int x; };
struct pair { long long a; double b; };

SPLIT long long f_i64(long long x) { return x; }
SPLIT float f_float(float x) { return x; }
SPLIT double f_double(double x) { return x; }
SPLIT long double f_ld(long double x) { return x; }
SPLIT bool f_bool(bool b) { return !b; }
SPLIT unsigned char f_small(signed char c, short s, unsigned short u) { return c + s + u; }
SPLIT struct one f_one(struct one o) { return o; }
SPLIT struct pair f_pair(struct pair p) { return p; }
SPLIT v128_t f_v128(v128_t a, v128_t b) { return wasm_i32x4_add(a, b); }
SPLIT void f_void(int *p) { *p = 1; }

// CHECK: define hidden i64 @f_i64(i64 noundef %0)
// CHECK:   tail call i64 @__wsplit_call.v.f_i64(i64 noundef %0)
// CHECK: define hidden float @f_float(float noundef %0)
// CHECK:   tail call float @__wsplit_call.v.f_float(float noundef %0)
// CHECK: define hidden double @f_double(double noundef %0)
// CHECK:   tail call double @__wsplit_call.v.f_double(double noundef %0)
// CHECK: define hidden fp128 @f_ld(fp128 noundef %0)
// CHECK:   tail call fp128 @__wsplit_call.v.f_ld(fp128 noundef %0)
// CHECK: define hidden zeroext i1 @f_bool(i1 noundef zeroext %0)
// CHECK:   tail call zeroext i1 @__wsplit_call.v.f_bool(i1 noundef zeroext %0)
// CHECK: define hidden zeroext i8 @f_small(i8 noundef signext %0, i16 noundef signext %1, i16 noundef zeroext %2)
// CHECK:   tail call zeroext i8 @__wsplit_call.v.f_small(i8 noundef signext %0, i16 noundef signext %1, i16 noundef zeroext %2)
// CHECK: define hidden i32 @f_one(i32 %0)
// CHECK:   tail call i32 @__wsplit_call.v.f_one(i32 %0)
// CHECK: define hidden void @f_pair(ptr dead_on_unwind noalias writable sret(%struct.pair) align 8 %0, ptr noundef byval(%struct.pair) align 8 %1)
// CHECK:   notail call void @__wsplit_call.v.f_pair(ptr dead_on_unwind noalias writable sret(%struct.pair) align 8 %0, ptr noundef byval(%struct.pair) align 8 %1)
// CHECK: define hidden <4 x i32> @f_v128(<4 x i32> noundef %0, <4 x i32> noundef %1)
// CHECK:   tail call <4 x i32> @__wsplit_call.v.f_v128(<4 x i32> noundef %0, <4 x i32> noundef %1)
// CHECK: define hidden void @f_void(ptr noundef %0)
// CHECK:   tail call void @__wsplit_call.v.f_void(ptr noundef %0)

// CHECK: declare i64 @__wsplit_call.v.f_i64(i64 noundef)
// CHECK: declare float @__wsplit_call.v.f_float(float noundef)
// CHECK: declare double @__wsplit_call.v.f_double(double noundef)
// CHECK: declare fp128 @__wsplit_call.v.f_ld(fp128 noundef)
// CHECK: declare zeroext i1 @__wsplit_call.v.f_bool(i1 noundef zeroext)
// CHECK: declare zeroext i8 @__wsplit_call.v.f_small(i8 noundef signext, i16 noundef signext, i16 noundef zeroext)
// CHECK: declare i32 @__wsplit_call.v.f_one(i32)
// CHECK: declare void @__wsplit_call.v.f_pair(ptr dead_on_unwind noalias writable sret(%struct.pair) align 8, ptr noundef byval(%struct.pair) align 8)
// CHECK: declare <4 x i32> @__wsplit_call.v.f_v128(<4 x i32> noundef, <4 x i32> noundef)
// CHECK: declare void @__wsplit_call.v.f_void(ptr noundef)
