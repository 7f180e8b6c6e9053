//===-- Abi.h - Names of the wsplit ABI -------------------------*- C++ -*-===//
//
// The symbol, import and export names of docs/abi.md, and the inverse of the
// plugin's key encoding, in one place for the reader, the writer and the
// manifest.
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_ABI_H
#define WSPLIT_ABI_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace wsplit {
namespace abi {

/// Version of the contract in docs/abi.md, recorded in the manifest.
constexpr unsigned Version = 1;
constexpr llvm::StringLiteral ImportModule = "wsplit";
constexpr llvm::StringLiteral ImplPrefix = "__wsplit_impl.";
constexpr llvm::StringLiteral FlagPrefix = "__wsplit_loaded.";
constexpr llvm::StringLiteral CallPrefix = "call.";
constexpr llvm::StringLiteral LoadPrefix = "load.";
constexpr llvm::StringLiteral LoadAsync = "load_async";
constexpr llvm::StringLiteral IsLoaded = "is_loaded";
constexpr llvm::StringLiteral BuildSection = "wsplit.build";

/// Whether an export of this name is a split implementation's (§3).
inline bool isImplExport(llvm::StringRef Name) {
  return Name.starts_with(ImplPrefix);
}

/// Whether Name is a valid split name: [A-Za-z_][A-Za-z0-9_]*.
bool isSplitName(llvm::StringRef Name);

/// The symbol a key stands for: %XX escapes decoded. For a function with
/// local linkage it ends with the ".<16 hex>" file hash.
std::string symbolOfKey(llvm::StringRef Key);

/// A symbol without the local-linkage file hash the key added.
llvm::StringRef withoutLocalSuffix(llvm::StringRef Symbol);

} // namespace abi
} // namespace wsplit

#endif
