// RUN: %wasm-cc -fsyntax-only -Xclang -verify %s

// Clang drops attributes that first appear after a function's definition,
// with its own warning; such a split point has no effect. Put the attribute
// on a declaration before the definition, or on the definition.

int convert(int x) { return x; } // expected-note {{previous definition is here}}
__attribute__((wasm_split("late"))) int convert(int x); // expected-warning {{attribute declaration must precede definition}}
