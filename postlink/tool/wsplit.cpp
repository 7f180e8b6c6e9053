#include "llvm/Support/raw_ostream.h"
int main() { llvm::errs() << "wsplit: not implemented yet\n"; return 1; }
