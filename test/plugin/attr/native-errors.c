// RUN: %clang --target=x86_64-linux-gnu -fplugin=%plugin -fsyntax-only -Xclang -verify %s

// A malformed split point (not on a function, bad name) is an error on every
// target, so a native build catches it too.

__attribute__((wasm_split("bad name"))) void f(void); // expected-error {{split name 'bad name' is not valid}}
int x __attribute__((wasm_split("data"))); // expected-error {{'wasm_split' attribute only applies to functions}}
__attribute__((wasm_split("ok"))) void g(void); // expected-warning {{split points are ignored}}
