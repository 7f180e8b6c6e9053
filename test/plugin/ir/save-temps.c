// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 -c -save-temps=obj -o %t/fplugin.o %s
// RUN: llvm-objdump -h -t %t/fplugin.o | FileCheck %s --check-prefix=UNSPLIT
// RUN: %wasm-cc -fpass-plugin=%plugin -O2 -c -save-temps=obj -o %t/both.o %s
// RUN: llvm-objdump -h -t %t/both.o | FileCheck %s --check-prefix=SPLIT

// With -save-temps, clang compiles source to unoptimised bitcode, then that
// bitcode to an object, and frontend plugins run only in the first step,
// which runs no passes: the split points reach the object unsplit, as the
// WebAssembly backend's llvm.func_attr.annotate custom section. Adding
// -fpass-plugin with the same file runs the pass in the second step.

__attribute__((wasm_split("tools"))) int measure(int x) { return x * 7; }

// UNSPLIT:     llvm.func_attr.annotate.wsplit:tools
// UNSPLIT-NOT: __wsplit_

// SPLIT-NOT:   llvm.func_attr.annotate
// SPLIT:       F *UND* {{[0-9a-f]+}} __wsplit_load.tools
// SPLIT:       F *UND* {{[0-9a-f]+}} __wsplit_call.tools.measure
// SPLIT:       .hidden __wsplit_impl.tools.measure
