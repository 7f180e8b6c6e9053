/*===-- e2e.h - shared by the end-to-end test programs --------------------===*\
|*                                                                            *|
|* stdout is line-buffered, so every line the program prints reaches the log *|
|* at once and the loader's events for a later call come after it. Without   *|
|* this, wasi-libc buffers all of a non-terminal stdout until exit.          *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef E2E_H
#define E2E_H

#include <stdio.h>

__attribute__((constructor)) static void e2e_line_buffered_stdout(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);
}

#endif /* E2E_H */
