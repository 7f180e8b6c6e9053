// A split reached only through a vtable: Renderer::draw is virtual and a
// split point; the vtable in main's data points at its stub, so a virtual
// call loads the split. The other override, never split, stays in main.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cxx -O2 %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out | FileCheck %s --check-prefix=VALID
// RUN: %node %t/out/app.js | FileCheck %s --check-prefix=OUT
// RUN: %plain-cxx -O2 %s -o %t/plain.wasm && %node %srcroot/test/tools/run-wasi.mjs %t/plain.wasm | FileCheck %s --check-prefix=OUT

// Main keeps Plain::draw and the stub of Fancy::draw the vtable points at.
// PLAN-LABEL: main main app.wasm:
// PLAN:       function Plain::draw(int) {{[0-9]+$}}
// PLAN:       function Fancy::draw(int) {{[0-9]+$}}
// PLAN:       data _ZTV5Fancy 20
// PLAN-LABEL: split render app.render.wasm:
// PLAN:       function Fancy::draw(int) {{[0-9]+$}}

// VALID:      app.render.wasm: valid
// VALID-NEXT: app.wasm: valid

// OUT:      plain 1
// OUT-NEXT: fancy 2
// OUT-NEXT: fancy 3

#include <cstdio>
#include <wsplit.h>

struct Shape {
  virtual ~Shape() = default;
  virtual void draw(int) = 0;
};
struct Plain : Shape {
  void draw(int v) override { std::printf("plain %d\n", v); }
};
struct Fancy : Shape {
  WSPLIT("render") void draw(int v) override { std::printf("fancy %d\n", v); }
};

__attribute__((noinline)) static Shape *make(int i) {
  static Plain P;
  static Fancy F;
  return i == 1 ? static_cast<Shape *>(&P) : &F;
}

int main(int argc, char **) {
  for (int i = argc; i <= argc + 2; ++i)
    make(i)->draw(i);
}
