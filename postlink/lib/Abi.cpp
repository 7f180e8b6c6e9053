//===-- Abi.cpp - Names of the wsplit ABI ---------------------------------===//
//
// Decoding of function keys; see docs/abi.md §1.
//
//===----------------------------------------------------------------------===//

#include "Abi.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace wsplit {
namespace abi {

bool isSplitName(StringRef Name) {
  if (Name.empty() || isDigit(Name[0]))
    return false;
  return all_of(Name, [](char C) { return isAlnum(C) || C == '_'; });
}

std::string symbolOfKey(StringRef Key) {
  std::string S;
  S.reserve(Key.size());
  for (size_t I = 0; I < Key.size(); ++I) {
    unsigned Hi, Lo;
    if (Key[I] == '%' && I + 2 < Key.size() &&
        (Hi = hexDigitValue(Key[I + 1])) != -1U &&
        (Lo = hexDigitValue(Key[I + 2])) != -1U) {
      S.push_back(char(Hi * 16 + Lo));
      I += 2;
      continue;
    }
    S.push_back(Key[I]);
  }
  return S;
}

StringRef withoutLocalSuffix(StringRef Symbol) {
  size_t Dot = Symbol.rfind('.');
  if (Dot == StringRef::npos || Symbol.size() - Dot != 17)
    return Symbol;
  StringRef Hash = Symbol.substr(Dot + 1);
  if (!all_of(Hash, [](char C) { return isDigit(C) || (C >= 'a' && C <= 'f'); }))
    return Symbol;
  return Symbol.take_front(Dot);
}

} // namespace abi
} // namespace wsplit
