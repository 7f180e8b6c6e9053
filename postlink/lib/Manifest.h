//===-- Manifest.h - The manifest and the loader ----------------*- C++ -*-===//
//
// The manifest (docs/abi.md §5.2) describes the written modules to the
// loader: per split, the files it needs in instantiation order with their
// sizes and SHA-256, the address of its loaded flag and the functions it
// holds. The loader (runtime/loader/loader.js) is emitted with the manifest
// inlined, and with a TypeScript declaration naming the splits.
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_MANIFEST_H
#define WSPLIT_MANIFEST_H

#include "Writer.h"

namespace wsplit {

struct ManifestInput {
  const Input &In;
  const Plan &P;
  const Layout &L;
  llvm::ArrayRef<OutputModule> Modules;
  llvm::StringRef BuildId;
};

/// The manifest as JSON, indented by Indent (0: on one line).
std::string writeManifest(const ManifestInput &MI, unsigned Indent);

/// The loader with Manifest (one-line JSON) inlined, and its declarations.
std::string writeLoader(llvm::StringRef Manifest);
std::string writeLoaderTypes(const Input &In);

} // namespace wsplit

#endif
