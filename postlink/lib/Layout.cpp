//===-- Layout.cpp - Compute imports, exports and types per module --------===//
//
// Two passes. The first walks what each module owns (function bodies,
// global initialisers, table slots, data) and records every item it uses
// that lives elsewhere, and every type. The second gives each exporter (main
// or a chunk) the union of what others import from it, in a deterministic
// order, under short generated names; main reuses its input's export names
// where it already exports the item.
//
//===----------------------------------------------------------------------===//

#include "Layout.h"
#include "Abi.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>

using namespace llvm;

namespace wsplit {
namespace {

/// Short export names: "0".."9", "a".."z", "A".."Z", then two characters.
std::string shortName(uint32_t N) {
  static const char Digits[] =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string S;
  do {
    S.insert(S.begin(), Digits[N % 62]);
    N /= 62;
  } while (N-- > 0);
  return S;
}

class Layouter {
public:
  Layouter(const Input &In, const Plan &P) : In(In), P(P) {}
  Expected<Layout> run();

private:
  void collect(uint32_t M);
  bool guardable(uint32_t F) const;
  void need(uint32_t M, uint8_t Kind, uint32_t Index);
  void assignExports();

  const Input &In;
  const Plan &P;
  Layout L;
  /// Per module: items needed, by key, and types needed.
  std::vector<DenseSet<uint64_t>> Seen;
  /// Per module: the types it uses, with repeats until run() sorts them.
  std::vector<std::vector<uint32_t>> TypeUsed;
};

} // namespace

// Host functions are imported directly by every module that calls them.
// Everything else the host provides (memory, tables, globals, tags) main
// imports itself (run()) and owns, so other modules take it from main.
void Layouter::need(uint32_t M, uint8_t Kind, uint32_t Index) {
  uint32_t From = MainModule; // tables and the memory
  switch (Kind) {
  case wasm::WASM_EXTERNAL_FUNCTION:
    From = In.Functions[Index].isImport() ? Host : P.FunctionOwner[Index];
    TypeUsed[M].push_back(In.Functions[Index].Type);
    break;
  case wasm::WASM_EXTERNAL_GLOBAL:
    From = P.GlobalOwner[Index];
    break;
  case wasm::WASM_EXTERNAL_TAG:
    From = P.TagOwner[Index];
    TypeUsed[M].push_back(In.Tags[Index].Type);
    break;
  }
  if (From != M && Seen[M].insert(ImportRef{Kind, Index, From}.key()).second)
    L.Modules[M].Imports.push_back({Kind, Index, From});
}

// A guard needs the stack pointer and a block type for its try: no
// result or one (C and C++ never return more without the experimental
// multivalue ABI).
bool Layouter::guardable(uint32_t F) const {
  return In.StackPointer != None && !In.Functions[F].isImport() &&
         In.Types[In.Functions[F].Type].Returns.size() <= 1;
}

void Layouter::collect(uint32_t M) {
  const ModuleInfo &Mod = P.Modules[M];
  bool IsMain = M == MainModule;
  for (uint32_t F : Mod.Functions) {
    const Function &Fn = In.Functions[F];
    TypeUsed[M].push_back(Fn.Type);
    for (const Use &U : ArrayRef<Use>(In.CodeUses).slice(Fn.FirstUse, Fn.NumUses)) {
      switch (U.Kind) {
      case UseKind::Function:
        if (In.Functions[U.Target].IsCallImport) {
          // Becomes call_indirect through the function table.
          TypeUsed[M].push_back(In.Functions[U.Target].Type);
          if (!IsMain)
            need(M, wasm::WASM_EXTERNAL_TABLE, P.FuncTable);
        } else {
          need(M, wasm::WASM_EXTERNAL_FUNCTION, U.Target);
        }
        break;
      case UseKind::Type:
        TypeUsed[M].push_back(U.Target);
        // Code built without reference types encodes call_indirect's table
        // as a bare 0 with no relocation: it means the input's table 0,
        // which sorted imports keep at index 0.
        if (!IsMain && (U.Opcode == 0x11 || U.Opcode == 0x13))
          need(M, wasm::WASM_EXTERNAL_TABLE, 0);
        break;
      case UseKind::Global:
        need(M, wasm::WASM_EXTERNAL_GLOBAL, U.Target);
        break;
      case UseKind::Tag:
        need(M, wasm::WASM_EXTERNAL_TAG, U.Target);
        break;
      case UseKind::Table:
        if (!IsMain)
          need(M, wasm::WASM_EXTERNAL_TABLE, U.Target);
        break;
      case UseKind::TableSlot:
      case UseKind::Data:
        break;
      }
    }
  }
  for (uint32_t G : Mod.Globals) {
    const Global &Gl = In.Globals[G];
    if (Gl.Init.Opcode == wasm::WASM_OPCODE_GLOBAL_GET)
      need(M, wasm::WASM_EXTERNAL_GLOBAL, Gl.Init.Value.Global);
  }
  for (uint32_t T : Mod.Tags)
    TypeUsed[M].push_back(In.Tags[T].Type);
  if (!IsMain) {
    if (!Mod.Slots.empty())
      need(M, wasm::WASM_EXTERNAL_TABLE, P.FuncTable);
    if (In.Memory)
      need(M, wasm::WASM_EXTERNAL_MEMORY, 0);
  }
}

void Layouter::assignExports() {
  // Which module exports what: the union of everyone's imports from it.
  std::vector<std::vector<ImportRef>> Wanted(P.Modules.size());
  for (const ModuleLayout &ML : L.Modules)
    for (const ImportRef &R : ML.Imports)
      if (R.From != Host)
        Wanted[R.From].push_back(R);

  StringSet<> Taken;
  for (const wasm::WasmExport &E : In.Exports)
    Taken.insert(E.Name);

  // The loader calls wsplit_load() callbacks through main's function table.
  bool LoadAsync = any_of(In.Imports, [](const wasm::WasmImport &I) {
    return I.Module == abi::ImportModule && I.Field == abi::LoadAsync;
  });
  if (P.FuncTable != None && (!In.SplitFunctions.empty() || LoadAsync))
    Wanted[MainModule].push_back(
        {wasm::WASM_EXTERNAL_TABLE, P.FuncTable, MainModule});
  // A load that fails unwinds the wasm stack as an exception, so no frame
  // restores the C stack pointer: the loader does, through this export.
  if (In.StackPointer != None && (!In.SplitFunctions.empty() || LoadAsync))
    Wanted[MainModule].push_back(
        {wasm::WASM_EXTERNAL_GLOBAL, In.StackPointer, MainModule});

  for (uint32_t M = 0; M < P.Modules.size(); ++M) {
    ModuleLayout &ML = L.Modules[M];
    auto Add = [&](StringRef Name, uint8_t Kind, uint32_t Index) {
      ML.ExportIndex[ImportRef{Kind, Index, M}.key()] = ML.Exports.size();
      ML.Exports.push_back({Name.str(), Kind, Index});
    };
    if (M == MainModule) {
      // The input's exports, minus the split implementations'. An export
      // that can reach a load goes through a guard (see guardable()).
      StringSet<> Promising;
      for (StringRef Name : P.Promising)
        Promising.insert(Name);
      DenseMap<uint32_t, uint32_t> GuardOf;
      for (const wasm::WasmExport &E : In.Exports) {
        if (E.Kind == wasm::WASM_EXTERNAL_FUNCTION && abi::isImplExport(E.Name))
          continue;
        if (E.Kind == wasm::WASM_EXTERNAL_FUNCTION &&
            Promising.count(E.Name) && guardable(E.Index)) {
          auto [It, New] = GuardOf.try_emplace(E.Index, ML.Guards.size());
          if (New)
            ML.Guards.push_back(E.Index);
          ML.Exports.push_back({E.Name.str(), E.Kind, E.Index, It->second});
          continue;
        }
        uint32_t Index = E.Kind == wasm::WASM_EXTERNAL_MEMORY ? 0 : E.Index;
        uint64_t Key = ImportRef{E.Kind, Index, M}.key();
        if (ML.ExportIndex.count(Key)) { // exported twice: keep the first
          ML.Exports.push_back({E.Name.str(), E.Kind, Index});
          continue;
        }
        Add(E.Name, E.Kind, Index);
      }
    }
    std::vector<ImportRef> &W = Wanted[M];
    llvm::sort(W, [](const ImportRef &A, const ImportRef &B) {
      return A.key() < B.key();
    });
    W.erase(std::unique(W.begin(), W.end(),
                        [](const ImportRef &A, const ImportRef &B) {
                          return A.key() == B.key();
                        }),
            W.end());
    uint32_t Next = 0;
    for (const ImportRef &R : W) {
      if (ML.ExportIndex.count(ImportRef{R.Kind, R.Index, M}.key()))
        continue;
      std::string Name;
      do
        Name = shortName(Next++);
      while (M == MainModule && Taken.count(Name));
      Add(Name, R.Kind, R.Index);
    }
  }

  const ModuleLayout &Main = L.Modules[MainModule];
  auto NameOf = [&](uint8_t Kind, uint32_t Index) -> std::string {
    auto It = Main.ExportIndex.find(ImportRef{Kind, Index, 0}.key());
    return It == Main.ExportIndex.end() ? "" : Main.Exports[It->second].Name;
  };
  L.MemoryExport = NameOf(wasm::WASM_EXTERNAL_MEMORY, 0);
  if (P.FuncTable != None)
    L.TableExport = NameOf(wasm::WASM_EXTERNAL_TABLE, P.FuncTable);
  if (In.StackPointer != None)
    L.StackPointerExport = NameOf(wasm::WASM_EXTERNAL_GLOBAL, In.StackPointer);
}

Expected<Layout> Layouter::run() {
  uint32_t NM = P.Modules.size();
  L.Modules.resize(NM);
  Seen.resize(NM);
  TypeUsed.resize(NM);

  // Main's host imports of tables, memory, globals and tags, all kept in
  // input order; its function imports follow from use below.
  ModuleLayout &Main = L.Modules[MainModule];
  for (const wasm::WasmExport &E : In.Exports)
    if (E.Kind == wasm::WASM_EXTERNAL_FUNCTION &&
        In.Functions[E.Index].isImport())
      need(MainModule, wasm::WASM_EXTERNAL_FUNCTION, E.Index);
  // Function imports in the table are main's: it fills their slots.
  for (const auto &[Slot, F] : P.Modules[MainModule].Slots)
    if (In.Functions[F].isImport())
      need(MainModule, wasm::WASM_EXTERNAL_FUNCTION, F);
  for (uint32_t M = 0; M < NM; ++M)
    collect(M);
  for (uint32_t I = 0; I < In.Tables.size(); ++I)
    if (In.Tables[I].isImport())
      Main.Imports.push_back({wasm::WASM_EXTERNAL_TABLE, I, Host});
  if (In.Memory && In.MemoryImported)
    Main.Imports.push_back({wasm::WASM_EXTERNAL_MEMORY, 0, Host});
  for (uint32_t I = 0; I < In.Globals.size(); ++I)
    if (In.Globals[I].isImport())
      Main.Imports.push_back({wasm::WASM_EXTERNAL_GLOBAL, I, Host});
  for (uint32_t I = 0; I < In.Tags.size(); ++I)
    if (In.Tags[I].isImport()) {
      Main.Imports.push_back({wasm::WASM_EXTERNAL_TAG, I, Host});
      TypeUsed[MainModule].push_back(In.Tags[I].Type);
    }

  for (uint32_t M = 0; M < NM; ++M) {
    ModuleLayout &ML = L.Modules[M];
    llvm::sort(ML.Imports, [](const ImportRef &A, const ImportRef &B) {
      return A.key() < B.key();
    });
    std::vector<uint32_t> &T = TypeUsed[M];
    llvm::sort(T);
    T.erase(std::unique(T.begin(), T.end()), T.end());
    ML.Types = std::move(T);
  }
  assignExports();
  return std::move(L);
}

Expected<Layout> layoutModules(const Input &In, const Plan &P) {
  return Layouter(In, P).run();
}

} // namespace wsplit
