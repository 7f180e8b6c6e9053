; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit -S %s | FileCheck %s

;; The exact shape of docs/abi.md §2 for an external function: the stub keeps
;; @render's symbol, linkage and signature, tests the flag, calls the load
;; import when it is clear and tail-calls the call import; the body moves to
;; the exported implementation. The annotation and its strings disappear.
;; The flag, the implementation, the stub, both imports and the keeper alias
;; (which keeps the stub in a link where nothing calls it) are in llvm.used.

target triple = "wasm32-unknown-wasip1"

@.name = private unnamed_addr constant [14 x i8] c"wsplit:render\00", section "llvm.metadata"
@.file = private unnamed_addr constant [6 x i8] c"doc.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @render, ptr @.name, ptr @.file, i32 3, ptr null }], section "llvm.metadata"

define hidden i32 @render(i32 noundef %page, i64 noundef %flags) #0 {
entry:
  %t = trunc i64 %flags to i32
  %s = add i32 %page, %t
  ret i32 %s
}

define hidden i32 @caller() {
  %r = call i32 @render(i32 1, i64 2)
  ret i32 %r
}

attributes #0 = { noinline nounwind "target-cpu"="generic" }

; CHECK-NOT:  @.name
; CHECK-NOT:  @.file
; CHECK-NOT:  @llvm.global.annotations
; CHECK:      @__wsplit_loaded.render = linkonce_odr hidden externally_initialized global i8 0
; CHECK-NEXT: @llvm.used = appending global [6 x ptr] [ptr @__wsplit_loaded.render, ptr @__wsplit_impl.render.render, ptr @render, ptr @__wsplit_call.render.render, ptr @__wsplit_load.render, ptr @__wsplit_keep.render.render], section "llvm.metadata"
; CHECK:      @__wsplit_keep.render.render = hidden alias i32 (i32, i64), ptr @render

; CHECK:      define hidden i32 @render(i32 noundef %page, i64 noundef %flags) #[[STUB:[0-9]+]] {
; CHECK-NEXT: entry:
; CHECK-NEXT:   %loaded = load i8, ptr @__wsplit_loaded.render, align 1
; CHECK-NEXT:   %cold = icmp eq i8 %loaded, 0
; CHECK-NEXT:   br i1 %cold, label %load, label %call, !prof ![[WEIGHTS:[0-9]+]]
; CHECK-EMPTY:
; CHECK-NEXT: load:
; CHECK-NEXT:   call void @__wsplit_load.render()
; CHECK-NEXT:   br label %call
; CHECK-EMPTY:
; CHECK-NEXT: call:
; CHECK-NEXT:   %r = tail call i32 @__wsplit_call.render.render(i32 noundef %page, i64 noundef %flags)
; CHECK-NEXT:   ret i32 %r
; CHECK-NEXT: }

;; Callers are untouched: they call the stub.
; CHECK:      define hidden i32 @caller() {
; CHECK-NEXT:   %r = call i32 @render(i32 1, i64 2)

; CHECK:      declare void @__wsplit_load.render() #[[LOAD:[0-9]+]]
; CHECK:      declare i32 @__wsplit_call.render.render(i32 noundef, i64 noundef) #[[CALL:[0-9]+]]

; CHECK:      define hidden i32 @__wsplit_impl.render.render(i32 noundef %page, i64 noundef %flags) #[[IMPL:[0-9]+]] {
; CHECK-NEXT: entry:
; CHECK-NEXT:   %t = trunc i64 %flags to i32
; CHECK-NEXT:   %s = add i32 %page, %t
; CHECK-NEXT:   ret i32 %s
; CHECK-NEXT: }

; CHECK:      attributes #[[STUB]] = { noinline nounwind "target-cpu"="generic" }
; CHECK-NEXT: attributes #[[LOAD]] = { "wasm-import-module"="wsplit" "wasm-import-name"="load.render" }
; CHECK-NEXT: attributes #[[CALL]] = { "wasm-import-module"="wsplit" "wasm-import-name"="call.render.render" }
; CHECK-NEXT: attributes #[[IMPL]] = { noinline nounwind "target-cpu"="generic" "wasm-export-name"="__wsplit_impl.render.render" }
; CHECK:      ![[WEIGHTS]] = !{!"branch_weights", i32 1, i32 2000}
