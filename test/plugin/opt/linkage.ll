; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit -S %s | FileCheck %s

;; The stub keeps the linkage, visibility and comdat of the function it
;; replaces; the implementation has the same linkage (so wasm-ld keeps one
;; copy of an inline function or template instance) and sits in the same
;; comdat, except that a local function's implementation is external and
;; hidden (their keys end in the MD5 of "linkage.c"). An available_externally
;; body becomes the stub and nothing else: the implementation is emitted where
;; the function is really defined.

source_filename = "linkage.c"
target triple = "wasm32-unknown-wasip1"

$inl = comdat any

@.s = private constant [9 x i8] c"wsplit:m\00", section "llvm.metadata"
@llvm.global.annotations = appending global [6 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @inl, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @wk, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @wkodr, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @loc, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @priv, ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @avail, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define linkonce_odr hidden i32 @inl(i32 %x) comdat { ret i32 %x }
define weak protected i32 @wk(i32 %x) { ret i32 %x }
define weak_odr i32 @wkodr(i32 %x) { ret i32 %x }
define internal i32 @loc(i32 %x) { ret i32 %x }
define private i32 @priv(i32 %x) { ret i32 %x }
define available_externally i32 @avail(i32 %x) { ret i32 %x }

define i32 @use() {
  %a = call i32 @loc(i32 1)
  %b = call i32 @priv(i32 2)
  %c = add i32 %a, %b
  ret i32 %c
}

;; The available_externally stub and its call import are not in llvm.used:
;; that stub is not the definition.
; CHECK:      @llvm.used = appending global [22 x ptr] [ptr @__wsplit_loaded.m,
; CHECK-SAME:   ptr @__wsplit_impl.m.inl, ptr @inl, ptr @__wsplit_call.m.inl, ptr @__wsplit_load.m, ptr @__wsplit_keep.m.inl,
; CHECK-SAME:   ptr @__wsplit_impl.m.wk, ptr @wk, ptr @__wsplit_call.m.wk, ptr @__wsplit_keep.m.wk,
; CHECK-SAME:   ptr @__wsplit_impl.m.wkodr, ptr @wkodr, ptr @__wsplit_call.m.wkodr, ptr @__wsplit_keep.m.wkodr,
; CHECK-SAME:   ptr @__wsplit_impl.m.loc.64d692f206adce1f, ptr @loc, ptr @__wsplit_call.m.loc.64d692f206adce1f, ptr @__wsplit_keep.m.loc.64d692f206adce1f,
; CHECK-SAME:   ptr @__wsplit_impl.m.priv.64d692f206adce1f, ptr @priv, ptr @__wsplit_call.m.priv.64d692f206adce1f, ptr @__wsplit_keep.m.priv.64d692f206adce1f]

;; The keeper aliases take the linkage the implementations take: F's, or
;; external for a local F, and always hidden.
; CHECK:      @__wsplit_keep.m.inl = linkonce_odr hidden alias i32 (i32), ptr @inl
; CHECK-NEXT: @__wsplit_keep.m.wk = weak hidden alias i32 (i32), ptr @wk
; CHECK-NEXT: @__wsplit_keep.m.wkodr = weak_odr hidden alias i32 (i32), ptr @wkodr
; CHECK-NEXT: @__wsplit_keep.m.loc.64d692f206adce1f = hidden alias i32 (i32), ptr @loc
; CHECK-NEXT: @__wsplit_keep.m.priv.64d692f206adce1f = hidden alias i32 (i32), ptr @priv

; CHECK:      define linkonce_odr hidden i32 @inl(i32 %x) comdat {
; CHECK:        tail call i32 @__wsplit_call.m.inl(i32 %x)
; CHECK:      define weak protected i32 @wk(i32 %x) {
; CHECK:      define weak_odr i32 @wkodr(i32 %x) {
; CHECK:      define internal i32 @loc(i32 %x) {
; CHECK:      define private i32 @priv(i32 %x) {
; CHECK:      define available_externally i32 @avail(i32 %x) {
; CHECK-NEXT: entry:
; CHECK-NEXT:   %loaded = load i8, ptr @__wsplit_loaded.m, align 1
; CHECK:        %r = tail call i32 @__wsplit_call.m.avail(i32 %x)

; CHECK:      define linkonce_odr hidden i32 @__wsplit_impl.m.inl(i32 %x) #{{[0-9]+}} comdat($inl) {
; CHECK:      define weak protected i32 @__wsplit_impl.m.wk(i32 %x) #
; CHECK:      define weak_odr i32 @__wsplit_impl.m.wkodr(i32 %x) #
; CHECK:      define hidden i32 @__wsplit_impl.m.loc.64d692f206adce1f(i32 %x) #
; CHECK:      define hidden i32 @__wsplit_impl.m.priv.64d692f206adce1f(i32 %x) #
; CHECK-NOT:  @__wsplit_impl.m.avail
