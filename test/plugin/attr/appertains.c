// RUN: %wasm-cc -fsyntax-only -Xclang -verify %s

// A split point is a function. Anything else is an error, not a silently
// ignored attribute, since the program would otherwise build unsplit.

#include <wsplit.h>

WSPLIT("data") int table[16]; // expected-error {{'wasm_split' attribute only applies to functions; put it on a function declaration or definition}}

typedef int handler(int) __attribute__((wasm_split("h"))); // expected-error {{'wasm_split' attribute only applies to functions; put it on a function declaration or definition}}

struct doc {
  int pages __attribute__((wasm_split("field"))); // expected-error {{'wasm_split' attribute only applies to functions; put it on a function declaration or definition}}
};

void print(int copies __attribute__((wasm_split("param")))); // expected-error {{'wasm_split' attribute only applies to functions; put it on a function declaration or definition}}

// A function declared without a definition here is fine.
WSPLIT("ok") int export_pdf(const struct doc *d);
