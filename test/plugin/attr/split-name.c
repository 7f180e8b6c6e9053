// RUN: %wasm-cc -fsyntax-only -Xclang -verify %s

// The one argument is a string literal matching [A-Za-z_][A-Za-z0-9_]*: it
// becomes part of file and symbol names. Bad characters are reported where
// they are.

void none(void) __attribute__((wasm_split)); // expected-error {{'wasm_split' attribute takes exactly one argument, the split name, as in wasm_split("name")}}
void two(void) __attribute__((wasm_split("a", "b"))); // expected-error {{'wasm_split' attribute takes exactly one argument, the split name, as in wasm_split("name")}}
void number(void) __attribute__((wasm_split(7))); // expected-error {{split name must be a string literal, as in wasm_split("name")}}

static const char name[] = "viewer";
void variable(void) __attribute__((wasm_split(name))); // expected-error {{split name must be a string literal, as in wasm_split("name")}}
void wide(void) __attribute__((wasm_split(L"viewer"))); // expected-error {{split name must be a string literal, as in wasm_split("name")}}
void empty(void) __attribute__((wasm_split(""))); // expected-error {{split name is empty; name the module the function goes to, as in wasm_split("name")}}

// expected-error@+1 {{split name 'pdf-export' is not valid: it becomes part of file and symbol names, so use only ASCII letters, digits and '_', and do not start with a digit}}
void dash(void) __attribute__((wasm_split("pdf-export")));
// expected-error@+1 {{split name '2d' is not valid}}
void digit(void) __attribute__((wasm_split("2d")));
// expected-error@+1 {{split name 'a.b' is not valid}}
void dot(void) __attribute__((wasm_split("a.b")));
// expected-error@+1 {{split name 'café' is not valid}}
void accent(void) __attribute__((wasm_split("café")));

// Valid: letters, digits after the first character, underscores; a
// concatenated literal and a UTF-8 literal are still one string literal.
void ok1(void) __attribute__((wasm_split("_Export2")));
void ok2(void) __attribute__((wasm_split("pdf" "_export")));
void ok3(void) __attribute__((wasm_split(u8"viewer")));
