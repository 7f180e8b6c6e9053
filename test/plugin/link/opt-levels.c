// REQUIRES: wasm-objdump
// RUN: cd %S && %wasm-cc -O0 -mexec-model=reactor opt-levels.c -o %t.O0.wasm %link-flags
// RUN: wasm-objdump -x %t.O0.wasm | FileCheck %s --check-prefix=SECTIONS
// RUN: wasm-objdump -d %t.O0.wasm | FileCheck %s --check-prefixes=CODE,STUB0 --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'
// RUN: cd %S && %wasm-cc -O1 -mexec-model=reactor opt-levels.c -o %t.O1.wasm %link-flags
// RUN: wasm-objdump -x %t.O1.wasm | FileCheck %s --check-prefix=SECTIONS
// RUN: wasm-objdump -d %t.O1.wasm | FileCheck %s --check-prefixes=CODE,INLINED --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'
// RUN: cd %S && %wasm-cc -O2 -mexec-model=reactor opt-levels.c -o %t.O2.wasm %link-flags
// RUN: wasm-objdump -x %t.O2.wasm | FileCheck %s --check-prefix=SECTIONS
// RUN: wasm-objdump -d %t.O2.wasm | FileCheck %s --check-prefixes=CODE,INLINED --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'
// RUN: cd %S && %wasm-cc -O3 -mexec-model=reactor opt-levels.c -o %t.O3.wasm %link-flags
// RUN: wasm-objdump -x %t.O3.wasm | FileCheck %s --check-prefix=SECTIONS
// RUN: wasm-objdump -d %t.O3.wasm | FileCheck %s --check-prefixes=CODE,INLINED --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'
// RUN: cd %S && %wasm-cc -Os -mexec-model=reactor opt-levels.c -o %t.Os.wasm %link-flags
// RUN: wasm-objdump -x %t.Os.wasm | FileCheck %s --check-prefix=SECTIONS
// RUN: wasm-objdump -d %t.Os.wasm | FileCheck %s --check-prefixes=CODE,INLINED --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'
// RUN: cd %S && %wasm-cc -Oz -mexec-model=reactor opt-levels.c -o %t.Oz.wasm %link-flags
// RUN: wasm-objdump -x %t.Oz.wasm | FileCheck %s --check-prefix=SECTIONS
// RUN: wasm-objdump -d %t.Oz.wasm | FileCheck %s --check-prefixes=CODE --implicit-check-not='call {{[0-9]+}} <__wsplit_impl'

// At every optimisation level, after wasm-ld --emit-relocs each
// implementation is exported under its own name with the type of its call
// import, and reachable only through that export: no code calls it (the
// implicit check), and no caller contains its code (`run` has neither the
// multiplication of `square` nor the xor of `blend`). Stubs call the load
// import, then the call import; from -O1 on, except at -Oz, they are
// inlined into `run`. A reactor has no command export wrappers (see
// command.c). Compiled by bare name: `square`'s key ends in 16 hex digits
// of MD5("opt-levels.c").

#include <wsplit.h>

WSPLIT("heavy") static int square(int x) { return x * x; }

WSPLIT("heavy") int blend(int a, int b) {
  int s = 0;
  for (int i = 0; i < a; ++i)
    s += b ^ i;
  return s;
}

__attribute__((export_name("run"))) int run(int x) { return square(x) + blend(x, 3); }

// SECTIONS:      Import[3]:
// SECTIONS-NEXT:  - func[0] sig=0 <__wsplit_load.heavy> <- wsplit.load.heavy
// SECTIONS-NEXT:  - func[1] sig=[[BLEND_SIG:[0-9]+]] <__wsplit_call.heavy.blend> <- wsplit.call.heavy.blend
// SECTIONS-NEXT:  - func[2] sig=[[SQUARE_SIG:[0-9]+]] <__wsplit_call.heavy.square.60dc70d1bd30e65c> <- wsplit.call.heavy.square.60dc70d1bd30e65c
// SECTIONS:      Function[
// SECTIONS:       - func[[[BLEND:[0-9]+]]] sig=[[BLEND_SIG]] <__wsplit_impl.heavy.blend>
// SECTIONS-NEXT:  - func[[[SQUARE:[0-9]+]]] sig=[[SQUARE_SIG]] <__wsplit_impl.heavy.square.60dc70d1bd30e65c>
// SECTIONS:      Export[5]:
// SECTIONS-NEXT:  - memory[0] -> "memory"
// SECTIONS-NEXT:  - func[{{[0-9]+}}] <_initialize> -> "_initialize"
// SECTIONS-NEXT:  - func[{{[0-9]+}}] <run> -> "run"
// SECTIONS-NEXT:  - func[[[BLEND]]] <__wsplit_impl.heavy.blend> -> "__wsplit_impl.heavy.blend"
// SECTIONS-NEXT:  - func[[[SQUARE]]] <__wsplit_impl.heavy.square.60dc70d1bd30e65c> -> "__wsplit_impl.heavy.square.60dc70d1bd30e65c"
// SECTIONS:       - name: "linking"
// SECTIONS:       - {{[0-9]+}}: D <__wsplit_loaded.heavy> segment={{[0-9]+}} offset={{[0-9]+}} size=1 [ no_strip binding=weak vis=hidden ]
// SECTIONS:       - name: "reloc.CODE"

// CODE-LABEL:  <blend>:
// CODE:          call 0 <__wsplit_load.heavy>
// CODE:          call 1 <__wsplit_call.heavy.blend>
// CODE-LABEL:  <run>:
// CODE-NOT:      i32.mul
// CODE-NOT:      i32.xor
// STUB0:         call {{[0-9]+}} <square>
// STUB0:         call {{[0-9]+}} <blend>
// INLINED:       call 0 <__wsplit_load.heavy>
// INLINED:       call 2 <__wsplit_call.heavy.square.60dc70d1bd30e65c>
// INLINED:       call 0 <__wsplit_load.heavy>
// INLINED:       call 1 <__wsplit_call.heavy.blend>
// CODE-LABEL:  <__wsplit_impl.heavy.blend>:
// CODE:          i32.xor
// CODE-LABEL:  <__wsplit_impl.heavy.square.60dc70d1bd30e65c>:
// CODE:          i32.mul
