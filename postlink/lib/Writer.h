//===-- Writer.h - Encode the output modules --------------------*- C++ -*-===//
//
// Turns the plan and layout into module bytes. Each module gets one remap
// per index space (functions, types, globals, tables, tags), built from its
// imports and what it owns, and every index in every body it holds is
// rewritten through them from the input's uses. Relocated LEBs, which the
// linker pads to five bytes, are written minimally; values that do not
// change (addresses, table slots) are re-encoded as they were.
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_WRITER_H
#define WSPLIT_WRITER_H

#include "Layout.h"
#include "WasmBinary.h"

namespace wsplit {

struct SectionSize {
  std::string Name; ///< "type", "code", …, "custom" for custom sections
  uint64_t Bytes;   ///< including the section header
};

struct OutputModule {
  uint32_t Id;
  std::string File;
  Bytes Content;
  std::string Sha256; ///< of Content, lowercase hex
  std::vector<SectionSize> Sections;
};

/// The display name of input function F in outputs: its original symbol for
/// split implementations, else its name-section name.
std::string functionName(const Input &In, uint32_t F);

llvm::Expected<std::vector<OutputModule>>
writeModules(const Input &In, const Plan &P, const Layout &L,
             llvm::StringRef BuildId);

/// Sizes of the input's sections, in the same categories.
std::vector<SectionSize> inputSectionSizes(const Input &In);

} // namespace wsplit

#endif
