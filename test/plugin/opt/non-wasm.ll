; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit -S %s -o %t.split.ll
; RUN: %opt -S %s -o %t.plain.ll
; RUN: diff %t.plain.ll %t.split.ll

;; Split points mean nothing outside WebAssembly: the pass leaves such a
;; module exactly as it is, annotations included.

target triple = "x86_64-unknown-linux-gnu"

@.s = private constant [9 x i8] c"wsplit:n\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @f, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define void @f() { ret void }
