// RUN: not %wasm-cc -fsyntax-only -fplugin-arg-wsplit-verbose %s 2>&1 | FileCheck %s

// The plugin has no options; a misspelt one is an error, not ignored.

// CHECK: error: the wsplit plugin takes no arguments; remove -fplugin-arg-wsplit-verbose
