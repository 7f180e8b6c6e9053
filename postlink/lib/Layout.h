//===-- Layout.h - What each output module imports and exports --*- C++ -*-===//
//
// Between assignment and writing: for every output module, the things it
// uses but does not own (imported from main, from a chunk, or from the host
// directly), the types it needs, and, for main and chunks, what they must
// export to the modules that import from them and under which names
// (docs/abi.md §5.1). Computed for all modules before any is written,
// because an exporter must know all of its importers.
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_LAYOUT_H
#define WSPLIT_LAYOUT_H

#include "Plan.h"

#include "llvm/ADT/DenseMap.h"

namespace wsplit {

/// ImportRef::From for things imported from the host with their input names.
constexpr uint32_t Host = ~0u;

/// One imported item: a function, table, memory, global or tag of the input
/// (Kind is a wasm::WASM_EXTERNAL_* value, Index its input index; 0 for the
/// memory), and the module it comes from.
struct ImportRef {
  uint8_t Kind;
  uint32_t Index;
  uint32_t From;
  uint64_t key() const { return (uint64_t(Kind) << 32) | Index; }
};

struct ExportEntry {
  std::string Name;
  uint8_t Kind;
  uint32_t Index; ///< input index
  /// Main only: the export names the guard ModuleLayout::Guards[Guard] of
  /// function Index instead of the function itself.
  uint32_t Guard = None;
};

struct ModuleLayout {
  std::vector<ImportRef> Imports;  ///< in import order: by kind, then index
  std::vector<uint32_t> Types;     ///< input type indices it uses, ascending
  std::vector<ExportEntry> Exports; ///< in export order
  /// Export name by ImportRef::key(), for the modules importing from this one.
  llvm::DenseMap<uint64_t, uint32_t> ExportIndex;
  /// Main only: functions exported through a guard, a wrapper wsplit adds
  /// that restores the C stack pointer when a failed load unwinds the call
  /// (a JavaScript exception skips every frame's epilogue).
  std::vector<uint32_t> Guards;
};

struct Layout {
  std::vector<ModuleLayout> Modules;
  std::string MemoryExport; ///< main's export name for its memory
  std::string TableExport;  ///< main's export name for the function table
  std::string StackPointerExport; ///< main's export name for __stack_pointer
};

llvm::Expected<Layout> layoutModules(const Input &In, const Plan &P);

} // namespace wsplit

#endif
