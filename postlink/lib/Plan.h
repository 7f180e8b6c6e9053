//===-- Plan.h - Which output module holds what -----------------*- C++ -*-===//
//
// The result of assignment: the output modules (main, one per split, one per
// shared chunk) and, for every function, global, tag, table slot and byte of
// data in the input, the module that owns it. A module owns a thing when it
// defines it (functions, globals, tags), fills it (table slots) or writes it
// (data bytes, always at their original addresses).
//
// Module ids: 0 is main, 1..S are the splits in name order, then the
// chunks, ordered so that a chunk comes after every chunk it depends on
// (larger split sets first, then by key).
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_PLAN_H
#define WSPLIT_PLAN_H

#include "Input.h"

#include <string>
#include <vector>

namespace wsplit {

constexpr uint32_t MainModule = 0;
/// Owner of an unreachable function that nothing can call: not emitted.
constexpr uint32_t Dropped = ~1u;

struct DataRun {
  uint32_t Segment; ///< input segment
  uint32_t Offset;  ///< within the segment
  uint32_t Size;
};

struct ModuleInfo {
  enum KindT { Main, Split, Chunk } Kind = Main;
  std::string Name;             ///< "main", the split name, or the chunk key
  std::vector<uint32_t> Splits; ///< the splits that load this module
  std::string File;             ///< output file name
  std::string ImportName;       ///< "@", "@<n>" for chunk n, "" for splits

  std::vector<uint32_t> Functions; ///< defined functions, in input order
  std::vector<uint32_t> Globals;   ///< defined globals, in input order
  std::vector<uint32_t> Tags;      ///< defined tags, in input order
  std::vector<uint32_t> DataSymbols; ///< data symbols it owns (for reports)
  std::vector<DataRun> Data;       ///< bytes it writes, in address order
  /// Function table slots it fills, (slot, function), in slot order.
  std::vector<std::pair<uint32_t, uint32_t>> Slots;

  bool empty() const {
    return Functions.empty() && Globals.empty() && Tags.empty() &&
           Data.empty() && Slots.empty();
  }
};

struct Plan {
  std::vector<ModuleInfo> Modules;
  std::vector<uint32_t> FunctionOwner; ///< MainModule for imports
  std::vector<uint32_t> GlobalOwner;
  std::vector<uint32_t> TagOwner;
  std::vector<uint32_t> DataSymbolOwner;
  /// Table slot of SplitFunctions[I] is FirstImplSlot + I.
  uint32_t FirstImplSlot = 0;
  /// The function table's new minimum size.
  uint32_t TableSize = 0;
  /// Whether main must define a function table the input did not have.
  bool NewTable = false;
  /// The function table's input index (for a new table: Input::Tables.size()).
  uint32_t FuncTable = None;
  /// Main's exports that can reach a wsplit.load.* import.
  std::vector<llvm::StringRef> Promising;
  uint32_t NumDroppedFunctions = 0;

  /// Split I's module id.
  static uint32_t splitModule(uint32_t I) { return I + 1; }
  uint32_t NumSplits = 0;
};

struct PlanOptions {
  std::string Stem; ///< output file names are <Stem>.wasm, <Stem>.<split>.wasm …
};

struct Graph;
/// Assigns every part of In to a module (Assign.cpp).
Plan assignModules(const Input &In, const Graph &G, const PlanOptions &Opts);

/// The exports of main that can suspend in JSPI mode (Promising.cpp).
std::vector<llvm::StringRef> computePromising(const Input &In);

/// The file name of a chunk for the given sorted split names.
std::string chunkKey(llvm::ArrayRef<llvm::StringRef> SortedNames);

} // namespace wsplit

#endif
