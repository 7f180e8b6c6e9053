//===-- wsplit/Split.h - The post-link splitter's entry point ---*- C++ -*-===//
//
// wsplit's library interface. splitModule() reads a module linked with
// wasm-ld --emit-relocs from a program compiled with the wsplit plugin, and
// writes the main module, one module per split name, one per shared chunk,
// the manifest and the loader (docs/abi.md §5). Its phases, in order:
//
//   read → build graph → assign → lay out modules → write modules →
//   write manifest → commit files
//
// Nothing is written until every output is complete: a failure leaves the
// output directory as it was. The library never prints or exits; errors come
// back as llvm::Error and progress through Config::Log.
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_SPLIT_H
#define WSPLIT_SPLIT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace wsplit {

struct Config {
  /// The linked module. Its file name without ".wasm" is the output stem.
  std::string InputPath;
  /// Where to write the outputs; created if missing. Empty: compute the
  /// plan and statistics only.
  std::string OutputDir;
  /// Receives one line per phase with its duration, when set.
  std::function<void(llvm::StringRef)> Log;
  /// Whether to list every module's functions and data symbols in the
  /// Result (for --print-plan); naming them all costs time on large inputs.
  bool ListContents = false;
};

/// One output module, for --print-plan and --stats.
struct ModuleReport {
  std::string Name; ///< "main", the split name, or the chunk key
  std::string Kind; ///< "main", "split" or "chunk"
  std::string File;
  uint64_t Bytes = 0;
  std::vector<std::pair<std::string, uint64_t>> Sections;
  struct Item {
    std::string Name;
    uint64_t Size;
    uint64_t Address; ///< data symbols only
  };
  std::vector<Item> Functions;   ///< input body sizes (ListContents only)
  std::vector<Item> DataSymbols; ///< address and size (ListContents only)
  uint64_t DataBytes = 0;        ///< bytes of data it writes
};

struct Result {
  std::string BuildId;
  uint64_t InputBytes = 0;
  std::vector<std::pair<std::string, uint64_t>> InputSections;
  std::vector<ModuleReport> Modules; ///< main, splits, chunks
  std::vector<std::string> Files;    ///< every file written, in write order
  unsigned DroppedFunctions = 0;
  /// Things worth telling the user that are not errors.
  std::vector<std::string> Notes;
};

/// Splits Config::InputPath.
llvm::Expected<Result> splitModule(const Config &C);

/// Splits an in-memory module named Path; for fuzzing and tests.
llvm::Expected<Result> splitBuffer(std::unique_ptr<llvm::MemoryBuffer> Buf,
                                   llvm::StringRef Path, const Config &C);

} // namespace wsplit

#endif
