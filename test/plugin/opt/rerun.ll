; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit -S %s -o %t.once.ll
; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit,wsplit -S %s -o %t.twice.ll
; RUN: diff %t.once.ll %t.twice.ll
; RUN: FileCheck %s < %t.twice.ll

;; The pass consumes the annotations it handles, so a second run (clang given
;; both -fplugin and -fpass-plugin, or IR compiled again) changes nothing.

target triple = "wasm32-unknown-wasip1"

@.s = private constant [9 x i8] c"wsplit:r\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @f, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define void @f() { ret void }

; CHECK:     define void @f() {
; CHECK:     tail call void @__wsplit_call.r.f()
; CHECK:     define void @__wsplit_impl.r.f()
; CHECK-NOT: __wsplit_impl.r.f.
