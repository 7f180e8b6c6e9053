// RUN: %clang --target=wasm64-unknown-unknown -fplugin=%plugin -fsyntax-only -Xclang -verify %s

// The ABI passes pointers and table indices as i32 (docs/abi.md §6), so
// split points are rejected on wasm64 rather than built into a program the
// loader cannot run.

__attribute__((wasm_split("big"))) void f(void); // expected-error {{split points need wasm32: wsplit does not support wasm64 yet; build for wasm32}}
__attribute__((wasm_split("big"))) void g(void); // expected-error {{split points need wasm32}}
