// Split functions defined in a header: each file that includes it and uses
// them emits its own linkonce_odr copy.
#include <wsplit.h>

WSPLIT("shapes") inline int area(int w, int h) { return w * h; }

template <class T> WSPLIT("shapes") T perimeter(T w, T h) { return 2 * (w + h); }

int other_total(int x);
