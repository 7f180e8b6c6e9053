// REQUIRES: wasm-objdump
// RUN: %wasm-cc -O2 %s -o %t.wasm %link-flags
// RUN: wasm-objdump -x %t.wasm | FileCheck %s --check-prefix=EXPORT
// RUN: wasm-objdump -d %t.wasm | FileCheck %s --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'

// In a WASI command (a program with main), wasm-ld exports every exported
// function through a synthesised `.command_export` wrapper, which calls it
// and then __wasm_call_dtors; the wrapper has no relocations. That wrapper
// is the one caller of the implementation, which the linking section still
// names `__wsplit_impl.tool.convert` (the post-link tool takes it from
// there, not from the export).

#include <wsplit.h>

WSPLIT("tool") int convert(int x) { return x * 11; }
int main(int argc, char **argv) { return convert(argc); }

// EXPORT:      Export[3]:
// EXPORT-NEXT:  - memory[0] -> "memory"
// EXPORT-NEXT:  - func[{{[0-9]+}}] <_start.command_export> -> "_start"
// EXPORT-NEXT:  - func[{{[0-9]+}}] <__wsplit_impl.tool.convert.command_export> -> "__wsplit_impl.tool.convert"
// EXPORT:       - {{[0-9]+}}: F <__wsplit_impl.tool.convert> func={{[0-9]+}} [ no_strip binding=global vis=hidden ]

// CHECK-LABEL: <convert>:
// CHECK:         call 0 <__wsplit_load.tool>
// CHECK:         call 1 <__wsplit_call.tool.convert>
// CHECK-LABEL: <__wsplit_impl.tool.convert>:
// CHECK:         i32.mul
// CHECK-LABEL: <__wsplit_impl.tool.convert.command_export>:
// CHECK-NEXT:    local.get 0
// CHECK-NEXT:    call {{[0-9]+}} <__wsplit_impl.tool.convert>
// CHECK-NEXT:    call {{[0-9]+}} <__wasm_call_dtors>
// CHECK-NEXT:    end
