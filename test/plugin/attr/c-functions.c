// RUN: %wasm-cc -fsyntax-only -Xclang -verify %s

// The same checks in C.

#include <wsplit.h>

WSPLIT("cli") int main(int argc, char **argv) { return argc; } // expected-error {{cannot split 'main': the program's entry point stays in the main module; split the functions it calls instead}}

WSPLIT("log") void log_message(const char *fmt, ...) {} // expected-error {{cannot split variadic function 'log_message'; move its work into a function with a fixed parameter list and split that one}}

// Old-style declarations are not variadic.
WSPLIT("log") void old_style();
void old_style() {}
