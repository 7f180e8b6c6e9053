// A WASI command whose function `deep` lives in the split `deep`, split by
// hand as wsplit would (docs/abi.md §2, §5): the stub below tests the flag
// `wsplit_flag_deep`, calls the import wsplit.load.deep, then calls table
// slot 1, which deep.wat's element segment fills. deep.wat calls exit()
// from two frames down. Link with --table-base=8 so slot 1 is free.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

unsigned char wsplit_flag_deep;

__attribute__((import_module("wsplit"), import_name("load.deep")))
void wsplit_load_deep(void);

static int deep(int code) {
  if (!wsplit_flag_deep)
    wsplit_load_deep();
  int (*impl)(int) = (int (*)(int))(uintptr_t)1;
  return impl(code);
}

static void bye(void) { puts("atexit handler ran"); }

// wsplit_load() as wsplit.h declares it with the plugin (docs/abi.md §6).
__attribute__((import_module("wsplit"), import_name("load_async")))
void wsplit_load_async(const char *name, int len, void (*cb)(void *, int),
                       void *data);

static void loaded(void *data, int ok) {
  // Unbuffered, so that it would show even after stdio shut down.
  write(1, "callback ran\n", 13);
}

int main(int argc, char **argv) {
  atexit(bye);
  for (int i = 0; i < argc; ++i)
    printf("argv[%d]=%s\n", i, argv[i]);
  const char *var = getenv("WSPLIT_TEST_VAR");
  printf("WSPLIT_TEST_VAR=%s\n", var ? var : "(unset)");
  if (argc > 2 && !strcmp(argv[1], "cat")) {
    FILE *f = fopen(argv[2], "r");
    if (!f) {
      perror(argv[2]);
      return 2;
    }
    char line[128];
    while (fgets(line, sizeof line, f))
      fputs(line, stdout);
    fclose(f);
  }
  if (argc > 2 && !strcmp(argv[1], "return"))
    return atoi(argv[2]);
  if (argc > 1 && !strcmp(argv[1], "async")) {
    wsplit_load_async("deep", 4, loaded, 0);
    return 0;
  }
  if (argc > 2 && !strcmp(argv[1], "deep")) {
    fflush(stdout);
    int r = deep(atoi(argv[2]));
    printf("deep returned %d\n", r);
  }
  return 0;
}
