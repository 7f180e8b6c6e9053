// REQUIRES: wasm-objdump
// RUN: %wasm-cxx -O0 -c %s -o %t.main.o
// RUN: %wasm-cxx -O0 -c %S/../Inputs/shapes-other.cpp -o %t.other.o
// RUN: %wasm-cxx -mexec-model=reactor %t.main.o %t.other.o -o %t.wasm %link-flags
// RUN: llvm-objdump -t %t.main.o | FileCheck %s --check-prefix=OBJECT
// RUN: llvm-objdump -t %t.other.o | FileCheck %s --check-prefix=OBJECT
// RUN: llvm-objdump -t %t.wasm | FileCheck %s --check-prefix=LINKED --implicit-check-not=__wsplit
// RUN: wasm-objdump -x -j Export %t.wasm | FileCheck %s --check-prefix=EXPORT

// An inline function and a function template defined in a header and used
// in two files: each object has its own linkonce_odr stub and
// implementation, each in the function's comdat, and its own loaded flag.
// wasm-ld keeps one of each, so the linked program has one stub, one
// exported implementation and one flag per function, and the imports once.

#include "../Inputs/shapes.h"

__attribute__((export_name("run"))) int run(int x) { return area(x, 3) + perimeter(x, 4) + other_total(x); }

// OBJECT-DAG: w F CODE {{[0-9a-f]+}} .hidden _Z4areaii
// OBJECT-DAG: w F CODE {{[0-9a-f]+}} .hidden __wsplit_impl.shapes._Z4areaii
// OBJECT-DAG: w F CODE {{[0-9a-f]+}} .hidden _Z9perimeterIiET_S0_S0_
// OBJECT-DAG: w F CODE {{[0-9a-f]+}} .hidden __wsplit_impl.shapes._Z9perimeterIiET_S0_S0_
// OBJECT-DAG: w O DATA 00000001 .hidden __wsplit_loaded.shapes

// LINKED-DAG: w O DATA 00000001 .hidden __wsplit_loaded.shapes
// LINKED-DAG: F *UND* 00000000 __wsplit_load.shapes
// LINKED-DAG: F *UND* 00000000 __wsplit_call.shapes._Z4areaii
// LINKED-DAG: F *UND* 00000000 __wsplit_call.shapes._Z9perimeterIiET_S0_S0_
// LINKED-DAG: w F CODE {{[0-9a-f]+}} .hidden __wsplit_impl.shapes._Z4areaii
// LINKED-DAG: w F CODE {{[0-9a-f]+}} .hidden __wsplit_impl.shapes._Z9perimeterIiET_S0_S0_

// EXPORT:      Export[5]:
// EXPORT-NEXT:  - memory[0] -> "memory"
// EXPORT-NEXT:  - func[{{[0-9]+}}] <_initialize> -> "_initialize"
// EXPORT-NEXT:  - func[{{[0-9]+}}] <run(int)> -> "run"
// EXPORT-NEXT:  - func[{{[0-9]+}}] <__wsplit_impl.shapes._Z4areaii> -> "__wsplit_impl.shapes._Z4areaii"
// EXPORT-NEXT:  - func[{{[0-9]+}}] <__wsplit_impl.shapes._Z9perimeterIiET_S0_S0_> -> "__wsplit_impl.shapes._Z9perimeterIiET_S0_S0_"
