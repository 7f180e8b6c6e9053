; RUN: not %opt -load-pass-plugin=%plugin -passes=wsplit -disable-output %s 2>&1 | FileCheck %s

;; A naked function or a coroutine not yet split by CoroSplit has no body
;; that a stub could call (clang rejects both in source).

target triple = "wasm32-unknown-wasip1"

@.s = private constant [9 x i8] c"wsplit:n\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @bare, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define void @bare() naked { unreachable }

; CHECK: error: wsplit: cannot split 'bare': naked functions and coroutines have no separately callable body; remove its split annotation
