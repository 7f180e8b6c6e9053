// REQUIRES: wasm-objdump
// RUN: %wasm-cc -O2 -msimd128 -mexec-model=reactor %s -o %t.wasm %link-flags
// RUN: wasm-objdump -x %t.wasm | FileCheck %s

// For every kind of argument and result, the call import and the exported
// implementation have the same WebAssembly type, so the post-link tool can
// call the one through the other's type.

#include <wasm_simd128.h>

#define SPLIT(name) __attribute__((wasm_split("v"), export_name(name)))

struct pair { long long a; double b; };

SPLIT("i64") long long f_i64(long long x) { return x + 1; }
SPLIT("f32") float f_f32(float x, int i) { return x * i; }
SPLIT("f64") double f_f64(double x) { return x * 2; }
SPLIT("ld") long double f_ld(long double x) { return x * 2; }
SPLIT("small") unsigned char f_small(signed char c, short s) { return c + s; }
SPLIT("pair") struct pair f_pair(struct pair p) { p.a += 1; return p; }
SPLIT("v128") v128_t f_v128(v128_t a, v128_t b) { return wasm_i32x4_add(a, b); }

// CHECK:      Import[
// CHECK-DAG:   <- wsplit.load.v
// CHECK-DAG:   sig=[[I64:[0-9]+]] <__wsplit_call.v.f_i64> <- wsplit.call.v.f_i64
// CHECK-DAG:   sig=[[F32:[0-9]+]] <__wsplit_call.v.f_f32> <- wsplit.call.v.f_f32
// CHECK-DAG:   sig=[[F64:[0-9]+]] <__wsplit_call.v.f_f64> <- wsplit.call.v.f_f64
// CHECK-DAG:   sig=[[LD:[0-9]+]] <__wsplit_call.v.f_ld> <- wsplit.call.v.f_ld
// CHECK-DAG:   sig=[[SMALL:[0-9]+]] <__wsplit_call.v.f_small> <- wsplit.call.v.f_small
// CHECK-DAG:   sig=[[PAIR:[0-9]+]] <__wsplit_call.v.f_pair> <- wsplit.call.v.f_pair
// CHECK-DAG:   sig=[[V128:[0-9]+]] <__wsplit_call.v.f_v128> <- wsplit.call.v.f_v128
// CHECK:      Function[
// CHECK-DAG:   sig=[[I64]] <__wsplit_impl.v.f_i64>
// CHECK-DAG:   sig=[[F32]] <__wsplit_impl.v.f_f32>
// CHECK-DAG:   sig=[[F64]] <__wsplit_impl.v.f_f64>
// CHECK-DAG:   sig=[[LD]] <__wsplit_impl.v.f_ld>
// CHECK-DAG:   sig=[[SMALL]] <__wsplit_impl.v.f_small>
// CHECK-DAG:   sig=[[PAIR]] <__wsplit_impl.v.f_pair>
// CHECK-DAG:   sig=[[V128]] <__wsplit_impl.v.f_v128>
// CHECK:      Export[
