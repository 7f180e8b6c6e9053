#include "shapes.h"

int other_total(int x) { return area(x, x + 1) + perimeter(x, 2); }
