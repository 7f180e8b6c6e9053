; RUN: not %opt -load-pass-plugin=%plugin -passes=wsplit -disable-output %s 2>&1 | FileCheck %s

;; The names the pass creates are reserved. If one is taken already, the
;; pass says so rather than let LLVM rename its function to `....1`, which
;; would silently break the pairing of export and import.

target triple = "wasm32-unknown-wasip1"

@.s = private constant [9 x i8] c"wsplit:a\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @f, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define void @f() { ret void }
define void @__wsplit_impl.a.f() { ret void }

; CHECK: error: wsplit: cannot split 'f': '__wsplit_impl.a.f' already exists
