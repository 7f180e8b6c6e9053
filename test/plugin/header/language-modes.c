/*
RUN: %wasm-cc -std=c89 -pedantic -Wall -Wextra -Werror -fsyntax-only %s
RUN: %wasm-cc -std=c99 -pedantic -Wall -Wextra -Werror -fsyntax-only %s
RUN: %wasm-cc -std=c11 -pedantic -Wall -Wextra -Werror -fsyntax-only %s
RUN: %plain-cc -std=c89 -pedantic -Wall -Wextra -Werror -fsyntax-only %s
RUN: %clang -std=c89 -I%wsplit-include -pedantic -Wall -Wextra -Werror -fsyntax-only %s
RUN: %wasm-cxx -x c++ -std=c++98 -pedantic -Wall -Wextra -Werror -fsyntax-only %s
RUN: %wasm-cxx -x c++ -std=c++20 -pedantic -Wall -Wextra -Werror -fsyntax-only %s
RUN: %clang -x c++ -std=c++98 -I%wsplit-include -pedantic -Wall -Wextra -Werror -fsyntax-only %s

wsplit.h compiles warning-free in C89 and later and C++98 and later, with
and without the plugin, for WebAssembly and for the host, including when it
is included twice and its functions go unused.
*/

#include <wsplit.h>
#include <wsplit.h>

WSPLIT("tools") int measure(int x);
int measure(int x) { return x + 1; }
