## Every relocation type wsplit rewrites or follows, in one split program
## written in assembly so each is present for certain: calls of a host
## import and of a split's call import (as a tail call), a function pointer
## as i32.const and stored in data, data addresses as i32.const, as a load
## offset and stored in data, call_indirect's type and table, a multivalue
## block type, a global and an exception tag used only by the split.
##
## RUN: rm -rf %t && mkdir -p %t
## RUN: llvm-mc -filetype=obj -triple=wasm32-unknown-unknown -mattr=+exception-handling,+multivalue,+reference-types,+tail-call %s -o %t/app.o
## RUN: %wasm-ld --no-entry --emit-relocs %t/app.o -o %t/app.wasm
## RUN: llvm-objdump -r %t/app.wasm | FileCheck %s --check-prefix=RELOCS
## RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
## RUN: %validate %t/out | FileCheck %s --check-prefix=VALID
## RUN: wasm-objdump -x %t/out/app.S.wasm | FileCheck %s --check-prefix=SPLIT
## RUN: wasm-objdump -d %t/out/app.wasm | FileCheck %s --check-prefix=MAIN
## RUN: %node %srcroot/test/tools/run-exports.mjs %t/out/app.js run 5 --jspi=true | FileCheck %s --check-prefix=OUT
## RUN: %node %srcroot/test/tools/run-exports.mjs %t/out/app.js run 5 --jspi=false | FileCheck %s --check-prefix=OUT

# RELOCS-DAG: R_WASM_FUNCTION_INDEX_LEB print
# RELOCS-DAG: R_WASM_FUNCTION_INDEX_LEB __wsplit_call.S.work
# RELOCS-DAG: R_WASM_GLOBAL_INDEX_LEB split_counter
# RELOCS-DAG: R_WASM_MEMORY_ADDR_LEB split_data
# RELOCS-DAG: R_WASM_MEMORY_ADDR_SLEB split_data
# RELOCS-DAG: R_WASM_TABLE_INDEX_SLEB callback
# RELOCS-DAG: R_WASM_TABLE_NUMBER_LEB __indirect_function_table
# RELOCS-DAG: R_WASM_TYPE_INDEX_LEB
# RELOCS-DAG: R_WASM_TAG_INDEX_LEB split_tag
# RELOCS-DAG: R_WASM_TABLE_INDEX_I32 callback
# RELOCS-DAG: R_WASM_MEMORY_ADDR_I32 split_data

# PLAN:      main main app.wasm: 2 functions, 0 data bytes
# PLAN-NEXT:   function work 29
# PLAN-NEXT:   function run 19
# PLAN-NEXT:   data __wsplit_loaded.S 1 @0x10010
# PLAN-NEXT: split S app.S.wasm: 2 functions, 15 data bytes
# PLAN-NEXT:   function callback 8
# PLAN-NEXT:   function work 155
# PLAN-NEXT:   data split_data 8 @0x10000
# PLAN-NEXT:   data split_ptrs 8 @0x10008

# VALID:      app.S.wasm: valid
# VALID-NEXT: app.wasm: valid

## The split imports the host function directly and the table and memory
## from main; it defines the global and the tag only it uses, fills the
## callback's linked slot and the implementation's new one, and its body
## shrank from 155 to 83 bytes once the padded LEBs were minimised.
# SPLIT:      Import[3]:
# SPLIT-NEXT:  - func[0] sig={{[0-9]+}} <print> <- env.print
# SPLIT-NEXT:  - table[0] type=funcref initial=3 <- @.0
# SPLIT-NEXT:  - memory[0] pages: initial=2 <- @.memory
# SPLIT:      Tag[1]:
# SPLIT:      Global[1]:
# SPLIT-NEXT:  - global[0] i32 mutable=1 <split_counter> - init i32=0
# SPLIT:      Elem[1]:
# SPLIT-NEXT:  - segment[0] flags=0 table=0 count=2 - init i32=1
# SPLIT-NEXT:   - elem[1] = func[1] <callback>
# SPLIT-NEXT:   - elem[2] = func[2] <work>
# SPLIT:       - func[2] size=83 <work>

## The stub's tail call of the call import is now a tail call through the
## implementation's slot.
# MAIN:      <work>:
# MAIN:        call 0 <__wsplit_load.S>
# MAIN:        local.get 0
# MAIN-NEXT:   i32.const 2
# MAIN-NEXT:   return_call_indirect 0 0
# MAIN-NEXT:   end

## work(5) prints split_data[0], split_data[1], callback(5) + 7 through a
## multivalue block, the thrown and caught 5, and callback(split_data[0])
## through the pointers stored in data; it returns the split's call count.
# OUT:      print 11
# OUT-NEXT: print 22
# OUT-NEXT: print 112
# OUT-NEXT: print 5
# OUT-NEXT: print 111
# OUT-NEXT: print 11
# OUT-NEXT: print 22
# OUT-NEXT: print 112
# OUT-NEXT: print 5
# OUT-NEXT: print 111
# OUT-NEXT: run = 3

  .functype print (i32) -> ()
  .import_module print, env
  .import_name print, print
  .functype __wsplit_load.S () -> ()
  .import_module __wsplit_load.S, wsplit
  .import_name __wsplit_load.S, load.S
  .functype __wsplit_call.S.work (i32) -> (i32)
  .import_module __wsplit_call.S.work, wsplit
  .import_name __wsplit_call.S.work, call.S.work

  .globaltype split_counter, i32
  .tagtype split_tag i32

  .section .text.callback,"",@
callback:
  .functype callback (i32) -> (i32)
  local.get 0
  i32.const 100
  i32.add
  end_function

  .section .text.__wsplit_impl.S.work,"",@
  .hidden __wsplit_impl.S.work
  .globl __wsplit_impl.S.work
  .export_name __wsplit_impl.S.work, __wsplit_impl.S.work
  .no_dead_strip __wsplit_impl.S.work
__wsplit_impl.S.work:
  .functype __wsplit_impl.S.work (i32) -> (i32)
  .local i32
  global.get split_counter
  i32.const 1
  i32.add
  global.set split_counter
  i32.const 0
  i32.load split_data
  call print
  i32.const split_data
  i32.load 4
  call print
  local.get 0
  i32.const callback
  call_indirect __indirect_function_table, (i32) -> (i32)
  local.set 1
  local.get 1
  block (i32) -> (i32, i32)
    i32.const 7
  end_block
  i32.add
  call print
  try i32
    local.get 0
    throw split_tag
  catch split_tag
  end_try
  call print
  i32.const 0
  i32.load split_ptrs+4
  i32.load 0
  i32.const 0
  i32.load split_ptrs
  call_indirect __indirect_function_table, (i32) -> (i32)
  call print
  global.get split_counter
  end_function

  .section .data.split_data,"",@
split_data:
  .int32 11
  .int32 22
  .size split_data, 8

  .section .data.split_ptrs,"",@
split_ptrs:
  .int32 callback
  .int32 split_data
  .size split_ptrs, 8

  .section .bss.__wsplit_loaded.S,"",@
  .hidden __wsplit_loaded.S
  .weak __wsplit_loaded.S
  .no_dead_strip __wsplit_loaded.S
__wsplit_loaded.S:
  .int8 0
  .size __wsplit_loaded.S, 1

  .section .text.work,"",@
work:
  .functype work (i32) -> (i32)
  i32.const 0
  i32.load8_u __wsplit_loaded.S
  i32.eqz
  if
    call __wsplit_load.S
  end_if
  local.get 0
  return_call __wsplit_call.S.work
  end_function

  .section .text.run,"",@
  .globl run
  .export_name run, run
run:
  .functype run (i32) -> (i32)
  local.get 0
  call work
  local.get 0
  call work
  i32.add
  end_function

split_counter:
split_tag:
