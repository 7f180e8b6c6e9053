// RUN: %clang --target=x86_64-linux-gnu -fplugin=%plugin -I%wsplit-include -fsyntax-only -Xclang -verify %s
// RUN: %clang --target=x86_64-linux-gnu -fplugin=%plugin -I%wsplit-include -fsyntax-only -Wno-ignored-attributes -Xclang -verify=quiet %s

// Outside WebAssembly split points are ignored, with one warning per file
// (in -Wignored-attributes), wherever the first one is: here inside a
// `#pragma clang diagnostic` push/pop, which must not bring it back later.

// quiet-no-diagnostics

#include <wsplit.h>

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wunused-function"
WSPLIT("viewer") int view(int page) { return page; } // expected-warning {{split points are ignored: target 'x86_64-unknown-linux-gnu' is not WebAssembly (shown once per file)}}
#pragma clang diagnostic pop

WSPLIT("viewer") int zoom(int f) { return f; }
WSPLIT("export") int export_pdf(void) { return 0; }
