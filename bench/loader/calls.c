/*===-- calls.c - the per-call benchmark's program ------------------------===*\
|*                                                                            *|
|* A trivial function in split `math`, called from a loop in wasm (`loop`)   *|
|* and from JavaScript (`add` is exported). Built with the plugin and split, *|
|* `add` is a stub that tests math's loaded flag and calls the              *|
|* implementation through the table; built without it, a plain function.    *|
|* noinline keeps the unsplit build from folding the loop: both builds make  *|
|* one real call per iteration to the function the source wrote.            *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include <wsplit.h>

WSPLIT("math") __attribute__((noinline, export_name("add")))
int add(int a, int b) {
  return a + b;
}

__attribute__((export_name("loop"))) int loop(int n) {
  int acc = 0;
  for (int i = 0; i < n; ++i)
    acc = add(acc, i);
  return acc;
}
