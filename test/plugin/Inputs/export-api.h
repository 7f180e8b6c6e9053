// A library header: the split point is declared here, the function is
// defined in one file and called from others.
#include <wsplit.h>

WSPLIT("export") int export_pages(int first, int last);
