; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit -S %s | FileCheck %s

;; C++ function kinds as clang lowers them for wasm32: a const member
;; (`this` first), a constructor (returns `this`), a virtual function (in a
;; vtable), an instance of a template (linkonce_odr, own comdat), a lambda's
;; call operator (internal, `$` in its name, key hashed with "kinds.cpp")
;; and an `extern "C"` function. Keys are the mangled names.

source_filename = "kinds.cpp"
target triple = "wasm32-unknown-wasip1"

$_Z5twiceIiET_S0_ = comdat any

@_ZTV3Doc = unnamed_addr constant { [3 x ptr] } { [3 x ptr] [ptr null, ptr null, ptr @_ZN3Doc5printEi] }
@.s = private constant [9 x i8] c"wsplit:k\00", section "llvm.metadata"
@llvm.global.annotations = appending global [6 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @_ZNK3Doc6renderEi, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @_ZN3DocC2Ev, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @_ZN3Doc5printEi, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @_Z5twiceIiET_S0_, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @"_ZZ3usevENK3$_0clEi", ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @c_area, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define hidden noundef i32 @_ZNK3Doc6renderEi(ptr noundef nonnull align 4 dereferenceable(8) %this, i32 noundef %page) {
  ret i32 %page
}
define hidden noundef ptr @_ZN3DocC2Ev(ptr noundef nonnull returned align 4 dereferenceable(8) %this) unnamed_addr {
  ret ptr %this
}
define hidden noundef i32 @_ZN3Doc5printEi(ptr noundef nonnull align 4 dereferenceable(8) %this, i32 noundef %copies) unnamed_addr {
  ret i32 %copies
}
define linkonce_odr hidden noundef i32 @_Z5twiceIiET_S0_(i32 noundef %x) comdat {
  %r = add i32 %x, %x
  ret i32 %r
}
define internal noundef i32 @"_ZZ3usevENK3$_0clEi"(ptr noundef nonnull align 1 dereferenceable(1) %this, i32 noundef %x) {
  ret i32 %x
}
define hidden i32 @c_area(i32 noundef %w) {
  ret i32 %w
}

; CHECK:      @_ZTV3Doc = unnamed_addr constant { [3 x ptr] } { [3 x ptr] [ptr null, ptr null, ptr @_ZN3Doc5printEi] }

; CHECK:      define hidden noundef i32 @_ZNK3Doc6renderEi(ptr noundef nonnull align 4 dereferenceable(8) %this, i32 noundef %page) {
; CHECK:        %r = tail call noundef i32 @__wsplit_call.k._ZNK3Doc6renderEi(ptr noundef nonnull align 4 dereferenceable(8) %this, i32 noundef %page)
; CHECK:      define hidden noundef ptr @_ZN3DocC2Ev(ptr noundef nonnull returned align 4 dereferenceable(8) %this) unnamed_addr {
; CHECK:        %r = tail call noundef ptr @__wsplit_call.k._ZN3DocC2Ev(ptr noundef nonnull returned align 4 dereferenceable(8) %this)
; CHECK-NEXT:   ret ptr %r
; CHECK:      define hidden noundef i32 @_ZN3Doc5printEi(ptr noundef nonnull align 4 dereferenceable(8) %this, i32 noundef %copies) unnamed_addr {
; CHECK:        %r = tail call noundef i32 @__wsplit_call.k._ZN3Doc5printEi(
; CHECK:      define linkonce_odr hidden noundef i32 @_Z5twiceIiET_S0_(i32 noundef %x) comdat {
; CHECK:        %r = tail call noundef i32 @__wsplit_call.k._Z5twiceIiET_S0_(i32 noundef %x)
; CHECK:      define internal noundef i32 @"_ZZ3usevENK3$_0clEi"(ptr noundef nonnull align 1 dereferenceable(1) %this, i32 noundef %x) {
; CHECK:        %r = tail call noundef i32 @"__wsplit_call.k._ZZ3usevENK3$_0clEi.dfe5a15f271c10a8"(
; CHECK:      define hidden i32 @c_area(i32 noundef %w) {
; CHECK:        %r = tail call i32 @__wsplit_call.k.c_area(i32 noundef %w)

; CHECK:      define hidden noundef i32 @__wsplit_impl.k._ZNK3Doc6renderEi(
; CHECK:      define hidden noundef ptr @__wsplit_impl.k._ZN3DocC2Ev(ptr noundef nonnull returned align 4 dereferenceable(8) %this) unnamed_addr
; CHECK:      define hidden noundef i32 @__wsplit_impl.k._ZN3Doc5printEi(
; CHECK:      define linkonce_odr hidden noundef i32 @__wsplit_impl.k._Z5twiceIiET_S0_(i32 noundef %x) #{{[0-9]+}} comdat($_Z5twiceIiET_S0_) {
; CHECK:      define hidden noundef i32 @"__wsplit_impl.k._ZZ3usevENK3$_0clEi.dfe5a15f271c10a8"(
; CHECK:      define hidden i32 @__wsplit_impl.k.c_area(
