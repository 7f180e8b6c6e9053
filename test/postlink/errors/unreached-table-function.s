## A function in the table that nothing wsplit sees reaches, calling one
## that is not in the table: wasm-ld keeps both, because `dead` (which
## holds cb's address) shares a data segment with `used`, and keeps the
## whole segment. wsplit keeps cb in main (it is in the table) but drops
## helper (unreached, not in the table), then imports helper from the
## 'dropped' module: SIGSEGV in Layouter::assignExports (Layout.cpp).
## Found by wsplit-fuzz; this is a valid program, so it must split.
##

## RUN: rm -rf %t && mkdir -p %t
## RUN: llvm-mc -filetype=obj -triple=wasm32-unknown-unknown %s -o %t/dead.o
## RUN: %wasm-ld --no-entry --emit-relocs %t/dead.o -o %t/dead.wasm
## RUN: %wsplit %t/dead.wasm -o %t/out --print-plan | FileCheck %s

# CHECK:     main main dead.wasm: 3 functions
# CHECK-DAG:   function helper {{[0-9]+}}
# CHECK-DAG:   function cb {{[0-9]+}}
# CHECK-DAG:   function run {{[0-9]+}}

  .section .text.helper,"",@
helper:
  .functype helper (i32) -> (i32)
  local.get 0
  i32.const 3
  i32.mul
  end_function

  .section .text.cb,"",@
cb:
  .functype cb (i32) -> (i32)
  local.get 0
  call helper
  end_function

  .section .text.run,"",@
  .globl run
  .export_name run, run
run:
  .functype run () -> (i32)
  i32.const 0
  i32.load used
  end_function

  .section .data.both,"",@
  .p2align 2
dead:
  .int32 cb
  .size dead, 4
used:
  .int32 5
  .size used, 4
