; RUN: %opt -load-pass-plugin=%plugin -passes=wsplit,verify -S %s | FileCheck %s

;; The implementation is the function's code, so it takes the DISubprogram
;; (which may be attached to one function only) with its variables and
;; locations; the stub has no debug info of its own. The verifier accepts
;; the result.

target triple = "wasm32-unknown-wasip1"

@.s = private constant [9 x i8] c"wsplit:d\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @twice, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define i32 @twice(i32 %x) !dbg !5 {
    #dbg_value(i32 %x, !9, !DIExpression(), !10)
  %r = add i32 %x, %x, !dbg !10
  ret i32 %r, !dbg !10
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "test", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "d.c", directory: "/")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "twice", scope: !1, file: !1, line: 1, type: !6, unit: !0, spFlags: DISPFlagDefinition, retainedNodes: !8)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !{}
!9 = !DILocalVariable(name: "x", arg: 1, scope: !5, file: !1, line: 1, type: !11)
!10 = !DILocation(line: 1, scope: !5)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)

; CHECK:      define i32 @twice(i32 %x) {
; CHECK-NEXT: entry:
; CHECK-NOT:  !dbg
; CHECK:      define i32 @__wsplit_impl.d.twice(i32 %x) #{{[0-9]+}} !dbg ![[SP:[0-9]+]] {
; CHECK-NEXT:   #dbg_value(i32 %x, ![[VAR:[0-9]+]], !DIExpression(), ![[LOC:[0-9]+]])
; CHECK-NEXT:   %r = add i32 %x, %x, !dbg ![[LOC]]
; CHECK:      ![[SP]] = distinct !DISubprogram(name: "twice"
; CHECK:      ![[VAR]] = !DILocalVariable(name: "x", arg: 1, scope: ![[SP]]
; CHECK:      ![[LOC]] = !DILocation(line: 1, scope: ![[SP]])
