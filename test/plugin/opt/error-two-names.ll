; RUN: not %opt -load-pass-plugin=%plugin -passes=wsplit -disable-output %s 2>&1 | FileCheck %s

;; IR can give one function two split names (clang rejects that in source).
;; A function belongs to one split, so this is an error, not a guess.

target triple = "wasm32-unknown-wasip1"

@.a = private constant [9 x i8] c"wsplit:a\00", section "llvm.metadata"
@.b = private constant [9 x i8] c"wsplit:b\00", section "llvm.metadata"
@llvm.global.annotations = appending global [2 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @f, ptr @.a, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @f, ptr @.b, ptr null, i32 0, ptr null }], section "llvm.metadata"

define void @f() { ret void }

; CHECK: error: wsplit: 'f' is annotated with two split names, 'a' and 'b'; keep one
