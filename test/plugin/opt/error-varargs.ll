; RUN: not %opt -load-pass-plugin=%plugin -passes=wsplit -disable-output %s 2>&1 | FileCheck %s

;; Clang rejects split points on variadic functions; IR that has one anyway
;; gets an error instead of a crash (the call import could not forward the
;; variable arguments).

target triple = "wasm32-unknown-wasip1"

@.s = private constant [9 x i8] c"wsplit:v\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @logf, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define void @logf(ptr %fmt, ...) { ret void }

; CHECK: error: wsplit: cannot split variadic function 'logf'; remove its split annotation
