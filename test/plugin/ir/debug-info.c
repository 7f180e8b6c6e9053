// RUN: %wasm-cc -g -O0 -S -emit-llvm -o %t.O0.ll %s
// RUN: %opt -passes=verify -disable-output %t.O0.ll
// RUN: FileCheck %s < %t.O0.ll
// RUN: %wasm-cc -g -O2 -S -emit-llvm -o %t.O2.ll %s
// RUN: %opt -passes=verify -disable-output %t.O2.ll
// RUN: FileCheck %s --check-prefix=O2 < %t.O2.ll

// With -g the implementation keeps the function's DISubprogram, whose
// linkage name is still the function's; the stub has no debug info, and the
// module passes the verifier, before and after optimisation (where the stub
// is inlined into callers that do have debug info).

__attribute__((wasm_split("dbg"))) int scale(int x) {
  int y = x * 3;
  return y + 1;
}
int run(int v) { return scale(v); }

// CHECK:     define hidden i32 @scale(i32 noundef %0) #{{[0-9]+}} {
// CHECK-NOT: !dbg
// CHECK:     ret i32
// CHECK:     define hidden i32 @__wsplit_impl.dbg.scale(i32 noundef %0) #{{[0-9]+}} !dbg ![[SP:[0-9]+]] {
// CHECK:       #dbg_declare(ptr %{{.*}}, ![[X:[0-9]+]], !DIExpression(),
// CHECK:       #dbg_declare(ptr %{{.*}}, ![[Y:[0-9]+]], !DIExpression(),
// CHECK:     ![[SP]] = distinct !DISubprogram(name: "scale", scope: !{{[0-9]+}}, file: !{{[0-9]+}}, line: 13,
// CHECK:     ![[X]] = !DILocalVariable(name: "x", arg: 1, scope: ![[SP]]
// CHECK:     ![[Y]] = !DILocalVariable(name: "y", scope: ![[SP]]

// O2:        define hidden i32 @run(i32 noundef %0) {{.*}}!dbg ![[RUNSP:[0-9]+]] {
// O2:          call void @__wsplit_load.dbg() #{{[0-9]+}}, !dbg ![[CALLSITE:[0-9]+]]
// O2:          call i32 @__wsplit_call.dbg.scale(i32 noundef %0) #{{[0-9]+}}, !dbg ![[CALLSITE]]
// O2:        define hidden {{.*}}i32 @__wsplit_impl.dbg.scale(i32 noundef %0) #{{[0-9]+}} !dbg ![[SP:[0-9]+]] {
// O2:        ![[RUNSP]] = distinct !DISubprogram(name: "run"
// O2:        ![[CALLSITE]] = !DILocation(line: 17, column: 25, scope: ![[RUNSP]])
// O2:        ![[SP]] = distinct !DISubprogram(name: "scale"
