; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit -S %s | FileCheck %s

;; Clang also annotates declarations that are used. The pass leaves such a
;; function alone (callers call it as usual; the translation unit that
;; defines it splits it) and drops its wsplit entry, which would otherwise
;; reach the object as an llvm.func_attr.annotate.wsplit:* custom section.
;; Annotations that are not wsplit's stay, with their strings.

target triple = "wasm32-unknown-wasip1"

@.s = private constant [12 x i8] c"wsplit:decl\00", section "llvm.metadata"
@.other = private constant [6 x i8] c"other\00", section "llvm.metadata"
@llvm.global.annotations = appending global [2 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @elsewhere, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @user, ptr @.other, ptr null, i32 0, ptr null }], section "llvm.metadata"

declare i32 @elsewhere(i32)

define i32 @user(i32 %x) {
  %r = call i32 @elsewhere(i32 %x)
  ret i32 %r
}

; CHECK-NOT:  wsplit
; CHECK:      @.other = private constant [6 x i8] c"other\00", section "llvm.metadata"
; CHECK-NEXT: @llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @user, ptr @.other, ptr null, i32 0, ptr null }], section "llvm.metadata"
; CHECK-NOT:  wsplit
; CHECK:      declare i32 @elsewhere(i32)
; CHECK:      define i32 @user(i32 %x) {
; CHECK-NEXT:   %r = call i32 @elsewhere(i32 %x)
; CHECK-NOT:  wsplit
