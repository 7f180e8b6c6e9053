//===-- WasmSplitNames.cpp - Split names and function keys ----------------===//
//
// The two kinds of names that docs/abi.md §1 fixes and every later stage
// parses back: a split name `M`, chosen by the user and checked here, and a
// function key `K`, derived from the function's symbol. Together they form
// the `M.K` of `__wsplit_impl.M.K` and `wsplit.call.M.K`; since `M` never
// contains a `.`, the pair splits unambiguously at its first one.
//
//===----------------------------------------------------------------------===//

#include "WasmSplit.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wsplit {

bool isValidSplitName(StringRef Name, size_t *BadOffset) {
  for (size_t I = 0, E = Name.size(); I != E; ++I) {
    char C = Name[I];
    if (isAlpha(C) || C == '_' || (I != 0 && isDigit(C)))
      continue;
    if (BadOffset)
      *BadOffset = I;
    return false;
  }
  if (Name.empty() && BadOffset)
    *BadOffset = 0;
  return !Name.empty();
}

std::string getFunctionKey(const Function &F) {
  StringRef Symbol = F.getName();
  // Clang's marker for a name given with __asm__("label").
  Symbol.consume_front("\1");
  std::string Key;
  raw_string_ostream OS(Key);
  for (unsigned char C : Symbol) {
    if (isAlnum(C) || C == '_' || C == '.' || C == '$')
      OS << C;
    else
      OS << '%' << hexdigit(C >> 4) << hexdigit(C & 15);
  }
  // A local symbol is unique only within its translation unit.
  if (F.hasLocalLinkage()) {
    MD5::MD5Result Hash =
        MD5::hash(arrayRefFromStringRef(F.getParent()->getSourceFileName()));
    OS << '.' << Hash.digest().substr(0, 16);
  }
  return Key;
}

} // namespace wsplit
