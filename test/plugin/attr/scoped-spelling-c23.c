// RUN: %wasm-cc -std=c23 -fsyntax-only -Xclang -verify %s

// The same holds for C23 attributes.

[[wsplit::split("viewer")]] void view(void); // expected-error {{'wsplit::split' cannot name a split: clang drops the arguments of plugin attributes written as [[...]]; write WSPLIT("name") from <wsplit.h> or __attribute__((wasm_split("name")))}}
[[wsplit::wasm_split("viewer")]] void other(void); // expected-error {{'wsplit::wasm_split' cannot name a split}}
