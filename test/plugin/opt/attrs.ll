; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit -S %s | FileCheck %s

;; How arguments and the result are passed must not change across the
;; split: the call import is declared, and called, with the parameter and
;; return attributes of the function, and with its calling convention. The
;; function attributes stay on the stub, except memory effects, which the
;; stub (reading the flag, calling the loader) cannot promise.

target triple = "wasm32-unknown-wasip1"

%struct.Big = type { [8 x i32] }

@.s = private constant [9 x i8] c"wsplit:a\00", section "llvm.metadata"
@llvm.global.annotations = appending global [3 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @ret_big, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @ext, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @pure, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define void @ret_big(ptr noalias writable sret(%struct.Big) align 4 %out, ptr noundef byval(%struct.Big) align 4 %in) {
  call void @llvm.memcpy.p0.p0.i32(ptr %out, ptr %in, i32 32, i1 false)
  ret void
}

define fastcc noundef zeroext i8 @ext(i16 noundef signext %s, ptr noundef nonnull align 8 dereferenceable(16) %p, <4 x i32> %v) {
  %t = trunc i16 %s to i8
  ret i8 %t
}

define i32 @pure(i32 %x) #0 {
  ret i32 %x
}

declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)

attributes #0 = { nounwind memory(none) }

;; A byval argument is a copy on the stub's stack, which a tail call would
;; free before the callee reads it: that call is notail.
; CHECK:      define void @ret_big(ptr noalias writable sret(%struct.Big) align 4 %out, ptr noundef byval(%struct.Big) align 4 %in) {
; CHECK:        notail call void @__wsplit_call.a.ret_big(ptr noalias writable sret(%struct.Big) align 4 %out, ptr noundef byval(%struct.Big) align 4 %in)
; CHECK-NEXT:   ret void

; CHECK:      define fastcc noundef zeroext i8 @ext(i16 noundef signext %s, ptr noundef nonnull align 8 dereferenceable(16) %p, <4 x i32> %v) {
; CHECK:        %r = tail call fastcc noundef zeroext i8 @__wsplit_call.a.ext(i16 noundef signext %s, ptr noundef nonnull align 8 dereferenceable(16) %p, <4 x i32> %v)
; CHECK-NEXT:   ret i8 %r

; CHECK:      define i32 @pure(i32 %x) #[[PURE_STUB:[0-9]+]] {

; CHECK:      declare void @__wsplit_call.a.ret_big(ptr noalias writable sret(%struct.Big) align 4, ptr noundef byval(%struct.Big) align 4) #
; CHECK:      define void @__wsplit_impl.a.ret_big(ptr noalias writable sret(%struct.Big) align 4 %out, ptr noundef byval(%struct.Big) align 4 %in) #
; CHECK:      declare fastcc noundef zeroext i8 @__wsplit_call.a.ext(i16 noundef signext, ptr noundef nonnull align 8 dereferenceable(16), <4 x i32>) #
; CHECK:      define fastcc noundef zeroext i8 @__wsplit_impl.a.ext(i16 noundef signext %s, ptr noundef nonnull align 8 dereferenceable(16) %p, <4 x i32> %v) #
; CHECK:      define i32 @__wsplit_impl.a.pure(i32 %x) #[[PURE_IMPL:[0-9]+]] {

; CHECK-DAG:  attributes #[[PURE_STUB]] = { nounwind }
; CHECK-DAG:  attributes #[[PURE_IMPL]] = { nounwind memory(none) "wasm-export-name"="__wsplit_impl.a.pure" }
