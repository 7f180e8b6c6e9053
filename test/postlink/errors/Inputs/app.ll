; A program split by hand exactly as the wsplit plugin would (docs/abi.md §2):
; split `a` holds fa, split `b` holds fb; both reach shared_helper and the
; data in @table, so wsplit puts those in a chunk.
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-wasip1"

@table = internal global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 4
@fptr = hidden global ptr @fb, align 4
@__wsplit_loaded.a = linkonce_odr hidden externally_initialized global i8 0
@__wsplit_loaded.b = linkonce_odr hidden externally_initialized global i8 0
@llvm.used = appending global [6 x ptr] [ptr @__wsplit_impl.a.fa, ptr @fa, ptr @__wsplit_loaded.a, ptr @__wsplit_impl.b.fb, ptr @fb, ptr @__wsplit_loaded.b], section "llvm.metadata"

define hidden i32 @shared_helper(i32 %x) noinline {
  %i = and i32 %x, 3
  %p = getelementptr inbounds [4 x i32], ptr @table, i32 0, i32 %i
  %v = load i32, ptr %p, align 4
  %r = add i32 %v, %x
  ret i32 %r
}

define hidden i32 @__wsplit_impl.a.fa(i32 %x) #0 {
  %r = call i32 @shared_helper(i32 %x)
  %s = mul i32 %r, 3
  ret i32 %s
}

define hidden i32 @__wsplit_impl.b.fb(i32 %x) #1 {
  %r = call i32 @shared_helper(i32 %x)
  %s = add i32 %r, 7
  ret i32 %s
}

define hidden i32 @fa(i32 %x) {
entry:
  %loaded = load i8, ptr @__wsplit_loaded.a, align 1
  %cold = icmp eq i8 %loaded, 0
  br i1 %cold, label %load, label %call
load:
  call void @__wsplit_load.a()
  br label %call
call:
  %r = tail call i32 @__wsplit_call.a.fa(i32 %x)
  ret i32 %r
}

define hidden i32 @fb(i32 %x) {
entry:
  %loaded = load i8, ptr @__wsplit_loaded.b, align 1
  %cold = icmp eq i8 %loaded, 0
  br i1 %cold, label %load, label %call
load:
  call void @__wsplit_load.b()
  br label %call
call:
  %r = tail call i32 @__wsplit_call.b.fb(i32 %x)
  ret i32 %r
}

declare i32 @__wsplit_call.a.fa(i32) #2
declare void @__wsplit_load.a() #3
declare i32 @__wsplit_call.b.fb(i32) #4
declare void @__wsplit_load.b() #5

define i32 @run(i32 %x) #6 {
  %f = load ptr, ptr @fptr, align 4
  %a = call i32 @fa(i32 %x)
  %b = call i32 %f(i32 %x)
  %r = add i32 %a, %b
  ret i32 %r
}

attributes #0 = { "wasm-export-name"="__wsplit_impl.a.fa" }
attributes #1 = { "wasm-export-name"="__wsplit_impl.b.fb" }
attributes #2 = { "wasm-import-module"="wsplit" "wasm-import-name"="call.a.fa" }
attributes #3 = { "wasm-import-module"="wsplit" "wasm-import-name"="load.a" }
attributes #4 = { "wasm-import-module"="wsplit" "wasm-import-name"="call.b.fb" }
attributes #5 = { "wasm-import-module"="wsplit" "wasm-import-name"="load.b" }
attributes #6 = { "wasm-export-name"="run" }
