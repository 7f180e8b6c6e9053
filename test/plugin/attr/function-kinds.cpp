// RUN: %wasm-cxx -std=c++20 -fsyntax-only -Xclang -verify %s

// Functions without a separately callable body cannot be split. These are
// checked when the translation unit is complete, so an attribute written
// after the split point, or on a later redeclaration, counts too; the error
// points at the split attribute.

#define SPLIT __attribute__((wasm_split("m")))

SPLIT void log_all(const char *fmt, ...) {} // expected-error {{cannot split variadic function 'log_all'; move its work into a function with a fixed parameter list and split that one}}

SPLIT __attribute__((always_inline)) inline int hot1() { return 1; } // expected-error {{cannot split always_inline function 'hot1': callers get copies of its body instead of calls; remove 'always_inline' or the split attribute}}
__attribute__((always_inline)) SPLIT inline int hot2() { return 2; } // expected-error {{cannot split always_inline function 'hot2'}}
SPLIT int hot3(); // expected-error {{cannot split always_inline function 'hot3'}}
__attribute__((always_inline)) inline int hot3() { return 3; }

SPLIT __attribute__((naked)) void bare() {} // expected-error {{cannot split naked function 'bare': its body cannot move behind a stub; remove 'naked' or the split attribute}}

SPLIT consteval int at_compile_time() { return 4; } // expected-error {{cannot split consteval function 'at_compile_time': it never runs in the program; remove the split attribute}}

SPLIT void gone() = delete; // expected-error {{cannot split deleted function 'gone': it has no body; remove the split attribute}}

struct Doc {
  SPLIT Doc() = default; // expected-error {{cannot split defaulted function 'Doc': the compiler may inline or omit it; write its body out instead of '= default'}}
  SPLIT Doc(const Doc &); // expected-error {{cannot split defaulted function 'Doc'}}
  SPLIT Doc &operator=(const Doc &) = delete; // expected-error {{cannot split deleted function 'operator='}}
  int pages = 0;
};
Doc::Doc(const Doc &) = default;

extern "C" void real() {}
SPLIT void other_name() __attribute__((alias("real"))); // expected-error {{cannot split alias 'other_name': it has no body of its own; put the split attribute on the function it aliases}}

auto square = [](int x) SPLIT consteval { return x * x; }; // expected-error {{cannot split consteval function 'operator()'}}

// Templates are checked once, on the pattern.
template <class T> SPLIT T twice(T x, ...) { return x + x; } // expected-error {{cannot split variadic function 'twice'}}
int use_twice() { return twice(1) + twice(2L); }

// What can be split: a member, a constexpr function (its run-time calls are
// split), a lambda's call operator.
struct Viewer {
  SPLIT virtual int render(int page) const { return page; }
};
SPLIT constexpr int area(int w, int h) { return w * h; }
auto scale = [](int x) SPLIT { return 2 * x; };
