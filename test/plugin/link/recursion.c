// REQUIRES: wasm-objdump
// RUN: %wasm-cc -O0 -mexec-model=reactor %s -o %t.wasm %link-flags
// RUN: wasm-objdump -d %t.wasm | FileCheck %s --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'

// Recursion stays inside the implementation: its one direct caller is
// itself. Everything else goes through the stub.

__attribute__((wasm_split("rec"))) int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

__attribute__((export_name("run"))) int run(int n) { return fib(n); }

// CHECK-LABEL: <fib>:
// CHECK:         call 1 <__wsplit_call.rec.fib>
// CHECK-LABEL: <run>:
// CHECK:         call {{[0-9]+}} <fib>
// CHECK-LABEL: <__wsplit_impl.rec.fib>:
// CHECK:         call [[IMPL:[0-9]+]] <__wsplit_impl.rec.fib>
// CHECK:         call [[IMPL]] <__wsplit_impl.rec.fib>
