// RUN: %wasm-cxx -fsyntax-only -Xclang -verify %s

// A function belongs to one split. A redeclaration may repeat the name, or
// leave it out (it is inherited), but not change it.

__attribute__((wasm_split("reader"))) int parse(const char *); // expected-note {{split 'reader' named here}}
__attribute__((wasm_split("writer"))) int parse(const char *s) { return *s; } // expected-error {{'parse' is already in split 'reader'; a function belongs to one split, so give every declaration the same split name}}

// Two names on one declaration.
__attribute__((wasm_split("a"))) __attribute__((wasm_split("b"))) void both(); // expected-error {{'both' is already in split 'a'}} expected-note {{split 'a' named here}}

struct Doc {
  __attribute__((wasm_split("view"))) int render(int) const; // expected-note {{split 'view' named here}}
};
__attribute__((wasm_split("print"))) int Doc::render(int page) const { return page; } // expected-error {{'render' is already in split 'view'}}

// An explicit specialization inherits its primary template's split name.
template <class T> __attribute__((wasm_split("generic"))) T convert(T x) { return x; } // expected-note {{split 'generic' named here}}
template <> __attribute__((wasm_split("special"))) short convert<short>(short x) { return x; } // expected-error {{'convert<short>' is already in split 'generic'}}

// Repeating the same name, or inheriting it, is fine.
__attribute__((wasm_split("same"))) void again();
__attribute__((wasm_split("same"))) void again();
void again() {}
