// Virtual calls across the split, in every loading mode. The vtable of
// Circle (in main's data) points at the stub of the split override
// Circle::describe, so a virtual call loads `shapes`. The split `report`
// defines a class only it uses: its methods and vtable move to report's
// module, an object of it is returned to main, and main's virtual calls on
// it reach code that only report's module holds (table slots that report's
// element segment fills). report itself calls back, virtually, into an
// override that stayed in main and into the other split's.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cxx -O2 %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out --print-plan | FileCheck %s --check-prefix=PLAN
// RUN: %validate %t/out
// RUN: %plain-cxx -O2 %e2e-flags %s -o %t/plain.wasm
// RUN: %run-plain %t/plain.wasm > %t/plain.txt
// RUN: FileCheck %s --check-prefix=OUT --match-full-lines < %t/plain.txt
// RUN: %run-split %t/out/app.js --mode=jspi --events > %t/jspi.log 2>&1
// RUN: FileCheck %s --check-prefix=LAZY < %t/jspi.log
// RUN: %program-output %t/jspi.log | diff %t/plain.txt -
// RUN: %run-split %t/out/app.js --mode=sync --events > %t/sync.log 2>&1
// RUN: FileCheck %s --check-prefix=LAZY < %t/sync.log
// RUN: %program-output %t/sync.log | diff %t/plain.txt -
// RUN: %run-split %t/out/app.js --mode=explicit --events > %t/explicit.log 2>&1
// RUN: FileCheck %s --check-prefix=EXPLICIT < %t/explicit.log
// RUN: %program-output %t/explicit.log | diff %t/plain.txt -

// PLAN-LABEL: main main app.wasm:
// PLAN-NOT:   function Table::row
// PLAN-LABEL: split report app.report.wasm:
// PLAN-DAG:   function make_report(Shape const&) {{[0-9]+$}}
// PLAN-DAG:   function Table::row(int) const {{[0-9]+$}}
// PLAN-DAG:   data _ZTV5Table {{[0-9]+}}
// PLAN-LABEL: split shapes app.shapes.wasm:
// PLAN-NEXT:  function Circle::describe() const {{[0-9]+$}}

// OUT:      square 4: plain
// OUT-NEXT: circle 3: from split shapes
// OUT-NEXT: square 5: plain
// OUT-NEXT: report of circle 2: from split shapes
// OUT-NEXT: row 0 of 2
// OUT-NEXT: row 1 of 2
// OUT-NEXT: circle 6: from split shapes
// OUT-NEXT: table destroyed
// OUT-NEXT: done

// Each split is fetched at the first call that needs it, and only then.
// LAZY:      [wsplit] loaded <main>
// LAZY-NEXT: square 4: plain
// LAZY-NEXT: [wsplit] fetch-start shapes app.shapes.wasm
// LAZY-NEXT: [wsplit] fetch-end shapes app.shapes.wasm
// LAZY-NEXT: [wsplit] compile shapes app.shapes.wasm
// LAZY-NEXT: [wsplit] instantiate shapes app.shapes.wasm
// LAZY-NEXT: [wsplit] loaded shapes
// LAZY-NEXT: circle 3: from split shapes
// LAZY-NEXT: square 5: plain
// LAZY-NEXT: [wsplit] fetch-start report app.report.wasm
// LAZY-NEXT: [wsplit] fetch-end report app.report.wasm
// LAZY-NEXT: [wsplit] compile report app.report.wasm
// LAZY-NEXT: [wsplit] instantiate report app.report.wasm
// LAZY-NEXT: [wsplit] loaded report
// LAZY-NEXT: report of circle 2: from split shapes
// LAZY-NEXT: row 0 of 2
// LAZY-NEXT: row 1 of 2
// LAZY-NEXT: circle 6: from split shapes
// LAZY-NEXT: table destroyed
// LAZY-NEXT: done
// LAZY-NOT:  {{.}}

// Explicit mode: run.mjs loads every split before _start; the program's
// calls load nothing.
// EXPLICIT:      [wsplit] loaded <main>
// EXPLICIT-NEXT: [wsplit] fetch-start report app.report.wasm
// EXPLICIT:      [wsplit] loaded report
// EXPLICIT-NEXT: [wsplit] fetch-start shapes app.shapes.wasm
// EXPLICIT:      [wsplit] loaded shapes
// EXPLICIT-NEXT: square 4: plain
// EXPLICIT-NOT:  [wsplit]

#include <cstdio>
#include <wsplit.h>

#include "e2e.h"

struct Shape {
  virtual ~Shape() = default;
  virtual const char *describe() const = 0;
  virtual const char *kind() const = 0;
};

struct Square : Shape {
  const char *describe() const override { return "plain"; }
  const char *kind() const override { return "square"; }
};

struct Circle : Shape {
  WSPLIT("shapes") const char *describe() const override;
  const char *kind() const override { return "circle"; }
};

const char *Circle::describe() const { return "from split shapes"; }

struct Report {
  virtual ~Report() = default;
  virtual void row(int i) const = 0;
};

// Only the split `report` creates a Table: its vtable and methods are
// report's, main only calls them through a Report pointer.
struct Table : Report {
  explicit Table(int rows) : rows(rows) {}
  ~Table() override { std::puts("table destroyed"); }
  void row(int i) const override { std::printf("row %d of %d\n", i, rows); }
  int rows;
};

WSPLIT("report") Report *make_report(const Shape &s) {
  std::printf("report of %s 2: %s\n", s.kind(), s.describe());
  return new Table(2);
}

__attribute__((noinline)) static void show(const Shape &s, int n) {
  std::printf("%s %d: %s\n", s.kind(), n, s.describe());
}

int main(int argc, char **) {
  Square sq;
  Circle ci;
  Shape *shapes[2] = {&sq, &ci};
  show(*shapes[argc - 1], 4);
  show(*shapes[argc], 3);
  show(*shapes[argc - 1], 5);
  Report *r = make_report(*shapes[argc]);
  for (int i = 0; i < 2; ++i)
    r->row(i);
  show(*shapes[argc], 6);
  delete r;
  std::puts("done");
}
