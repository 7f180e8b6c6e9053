; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit -S %s | FileCheck %s

;; Every reference to the function outside its own body keeps meaning the
;; stub: calls, a vtable slot, a stored address. Inside the body, direct
;; calls (recursion) go to the implementation, so a recursive function pays
;; for the stub once; taking its own address still yields the stub, so
;; function pointers compare equal everywhere.

target triple = "wasm32-unknown-wasip1"

@.s = private constant [11 x i8] c"wsplit:rec\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @fact, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

@vtable = constant { [2 x ptr] } { [2 x ptr] [ptr null, ptr @fact] }
@saved = global ptr null

define i32 @fact(i32 %n) {
entry:
  store ptr @fact, ptr @saved
  %small = icmp sle i32 %n, 1
  br i1 %small, label %done, label %more
more:
  %m = sub i32 %n, 1
  %f = call i32 @fact(i32 %m)
  %p = mul i32 %n, %f
  ret i32 %p
done:
  ret i32 1
}

define i32 @outside() {
  %r = call i32 @fact(i32 5)
  ret i32 %r
}

; CHECK:      @vtable = constant { [2 x ptr] } { [2 x ptr] [ptr null, ptr @fact] }
; CHECK:      define i32 @fact(i32 %n) {
; CHECK:        %r = tail call i32 @__wsplit_call.rec.fact(i32 %n)
; CHECK:      define i32 @outside() {
; CHECK-NEXT:   %r = call i32 @fact(i32 5)
; CHECK:      define i32 @__wsplit_impl.rec.fact(i32 %n) #{{[0-9]+}} {
; CHECK-NEXT: entry:
; CHECK-NEXT:   store ptr @fact, ptr @saved
; CHECK:        %f = call i32 @__wsplit_impl.rec.fact(i32 %m)
