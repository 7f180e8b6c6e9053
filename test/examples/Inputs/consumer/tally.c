/* Counts the words of its arguments; the report is a split point, and the
 * program asks the loader whether it is loaded before and after. */
#include <stdio.h>
#include <string.h>
#include <wsplit.h>

WSPLIT("report") void report(int argc, char **argv) {
  size_t chars = 0;
  for (int i = 1; i < argc; ++i)
    chars += strlen(argv[i]);
  printf("report: %d words, %zu characters\n", argc - 1, chars);
}

int main(int argc, char **argv) {
  printf("active %d, loaded %d\n", WSPLIT_ACTIVE, wsplit_is_loaded("report"));
  report(argc, argv);
  printf("loaded %d\n", wsplit_is_loaded("report"));
  return 0;
}
