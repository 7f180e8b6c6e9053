// REQUIRES: wasm-objdump
// RUN: %wasm-cc -O2 -flto=full -mexec-model=reactor %s -o %t.full.wasm %link-flags
// RUN: wasm-objdump -x %t.full.wasm | FileCheck %s --check-prefix=SECTIONS
// RUN: wasm-objdump -d %t.full.wasm | FileCheck %s --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'
// RUN: wasm-objdump -d %t.full.wasm | FileCheck %s --check-prefix=STUB
// RUN: %wasm-cc -O2 -flto=thin -mexec-model=reactor %s -o %t.thin.wasm %link-flags
// RUN: wasm-objdump -x %t.thin.wasm | FileCheck %s --check-prefix=SECTIONS
// RUN: wasm-objdump -d %t.thin.wasm | FileCheck %s --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'
// RUN: wasm-objdump -d %t.thin.wasm | FileCheck %s --check-prefix=STUB

// With full and thin LTO the pass runs before the bitcode is written, so
// the link-time optimiser, which internalises and inlines across the whole
// program, still cannot reach the implementation: it stays exported, with
// the import's type, and uncalled, and its code is not in `run`, which
// calls the imports of both stubs it inlined. The stub of `widen` stays (it
// is in llvm.used); that of the static `triple`, a local symbol, is dropped
// by wasm-ld once inlined, but its imports stay with the implementation.

#include <wsplit.h>

WSPLIT("lto") static int triple(int x) { return x * 3; }
WSPLIT("lto") long long widen(long long x, double f) { return x + (long long)(f * 10); }

__attribute__((export_name("run"))) long long run(int x) { return triple(x) + widen(x, 0.5); }

// SECTIONS:      Import[3]:
// SECTIONS-DAG:   - func[{{[0-2]}}] sig={{[0-9]+}} <__wsplit_load.lto> <- wsplit.load.lto
// SECTIONS-DAG:   - func[{{[0-2]}}] sig=[[TRIPLE_SIG:[0-9]+]] <__wsplit_call.lto.triple.[[KEY:[0-9a-f]+]]> <- wsplit.call.lto.triple.[[KEY]]
// SECTIONS-DAG:   - func[{{[0-2]}}] sig=[[WIDEN_SIG:[0-9]+]] <__wsplit_call.lto.widen> <- wsplit.call.lto.widen
// SECTIONS:      Function[
// SECTIONS-DAG:   - func[[[TRIPLE:[0-9]+]]] sig=[[TRIPLE_SIG]] <__wsplit_impl.lto.triple.[[KEY]]>
// SECTIONS-DAG:   - func[[[WIDEN:[0-9]+]]] sig=[[WIDEN_SIG]] <__wsplit_impl.lto.widen>
// SECTIONS:      Export[5]:
// SECTIONS-DAG:   - func[[[TRIPLE]]] <__wsplit_impl.lto.triple.[[KEY]]> -> "__wsplit_impl.lto.triple.[[KEY]]"
// SECTIONS-DAG:   - func[[[WIDEN]]] <__wsplit_impl.lto.widen> -> "__wsplit_impl.lto.widen"

// CHECK-LABEL: <run>:
// CHECK-NOT:     i32.mul
// CHECK-NOT:     f64.mul
// CHECK:         call {{[0-9]+}} <__wsplit_call.lto.
// CHECK:         call {{[0-9]+}} <__wsplit_call.lto.

// STUB:      <widen>:
// STUB-NOT:  func[
// STUB:        call 0 <__wsplit_load.lto>
// STUB-NOT:  func[
// STUB:        call {{[0-9]+}} <__wsplit_call.lto.widen>
