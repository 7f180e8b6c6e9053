; RUN: not %opt -load-pass-plugin=%plugin -passes=wsplit -disable-output %s 2>&1 | FileCheck %s

;; A split name that does not match [A-Za-z_][A-Za-z0-9_]* would break file
;; and symbol names downstream (a '.' would even make M.K ambiguous). With
;; debug info the error carries the function's location.

target triple = "wasm32-unknown-wasip1"

@.s = private constant [13 x i8] c"wsplit:a.b-c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @f, ptr @.s, ptr null, i32 0, ptr null }], section "llvm.metadata"

define void @f() !dbg !5 { ret void }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "test", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "name.c", directory: "/src")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 7, scopeLine: 7, type: !6, unit: !0, spFlags: DISPFlagDefinition)
!6 = !DISubroutineType(types: !7)
!7 = !{null}

; CHECK: error: name.c:7:0: wsplit: split name 'a.b-c' of 'f' is not valid; it must match [A-Za-z_][A-Za-z0-9_]*
