#include "export-api.h"

int export_pages(int first, int last) { return last - first + 1; }
