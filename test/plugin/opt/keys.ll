; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit -S %s | FileCheck %s

;; Keys (docs/abi.md §1): bytes outside [A-Za-z0-9_.$] become %XX, a leading
;; \01 (an __asm__ label) is dropped, and a local function gets '.' and the
;; first 16 hex digits of MD5("src/a.c"), the source file name below
;; (0c546a4dd99c1774b7b06e4fad16158c).

source_filename = "src/a.c"
target triple = "wasm32-unknown-wasip1"

@.s = private constant [9 x i8] c"wsplit:k\00", section "llvm.metadata"
@llvm.global.annotations = appending global [5 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @"caf\C3\A9", ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @"\01asm_label", ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @"odd%name-x", ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @"kept_$.chars_09", ptr @.s, ptr null, i32 0, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @helper, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define void @"caf\C3\A9"() { ret void }
define void @"\01asm_label"() { ret void }
define void @"odd%name-x"() { ret void }
define void @"kept_$.chars_09"() { ret void }
define internal void @helper() { ret void }

; CHECK: tail call void @"__wsplit_call.k.caf%C3%A9"()
; CHECK: tail call void @__wsplit_call.k.asm_label()
; CHECK: tail call void @"__wsplit_call.k.odd%25name%2Dx"()
; CHECK: tail call void @"__wsplit_call.k.kept_$.chars_09"()
; CHECK: tail call void @__wsplit_call.k.helper.0c546a4dd99c1774()

; CHECK: define void @"__wsplit_impl.k.caf%C3%A9"() #[[CAFE:[0-9]+]]
; CHECK: define void @__wsplit_impl.k.asm_label() #[[ASM:[0-9]+]]
; CHECK: define void @"__wsplit_impl.k.odd%25name%2Dx"() #[[ODD:[0-9]+]]
; CHECK: define void @"__wsplit_impl.k.kept_$.chars_09"() #[[KEPT:[0-9]+]]
;; A local function's implementation is external and hidden.
; CHECK: define hidden void @__wsplit_impl.k.helper.0c546a4dd99c1774() #[[HELPER:[0-9]+]]

; CHECK-DAG: attributes #[[CAFE]] = { "wasm-export-name"="__wsplit_impl.k.caf%C3%A9" }
; CHECK-DAG: attributes #[[ASM]] = { "wasm-export-name"="__wsplit_impl.k.asm_label" }
; CHECK-DAG: attributes #[[ODD]] = { "wasm-export-name"="__wsplit_impl.k.odd%25name%2Dx" }
; CHECK-DAG: attributes #[[KEPT]] = { "wasm-export-name"="__wsplit_impl.k.kept_$.chars_09" }
; CHECK-DAG: attributes #[[HELPER]] = { "wasm-export-name"="__wsplit_impl.k.helper.0c546a4dd99c1774" }
; CHECK-DAG: "wasm-import-name"="call.k.caf%C3%A9"
; CHECK-DAG: "wasm-import-name"="call.k.asm_label"
; CHECK-DAG: "wasm-import-name"="call.k.odd%25name%2Dx"
; CHECK-DAG: "wasm-import-name"="call.k.kept_$.chars_09"
; CHECK-DAG: "wasm-import-name"="call.k.helper.0c546a4dd99c1774"
