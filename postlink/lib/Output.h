//===-- Output.h - Write all outputs or none --------------------*- C++ -*-===//
//
// Committing a set of output files so that a failure leaves the directory
// as it was (see Output.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_OUTPUT_H
#define WSPLIT_OUTPUT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace wsplit {

struct OutputFile {
  std::string Name; ///< relative to the output directory
  llvm::ArrayRef<uint8_t> Bytes;
};

llvm::Error commitFiles(llvm::StringRef Dir, llvm::ArrayRef<OutputFile> Files);

} // namespace wsplit

#endif
