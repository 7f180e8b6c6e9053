//===-- Promising.cpp - Exports that can suspend in JSPI mode -------------===//
//
// In JSPI mode a wsplit.load.M import suspends the wasm stack, which only
// works below an export wrapped with WebAssembly.promising. Wrapping makes
// the export return a promise, so only the exports that can actually reach
// a load are wrapped; the rest stay synchronous.
//
// An export can reach a load if some chain of calls leads from it to a call
// of a wsplit.load.* import. Calls are direct calls, calls of a split
// function's call import (which go to its implementation), and indirect
// calls, which may reach any function in the table with the called type.
// The walk goes backwards from the loads over the reversed call graph.
//
//===----------------------------------------------------------------------===//

#include "Abi.h"
#include "Plan.h"

#include "llvm/ADT/STLExtras.h"

using namespace llvm;

namespace wsplit {

std::vector<StringRef> computePromising(const Input &In) {
  uint32_t NF = In.Functions.size();
  // Nodes: functions, then one node per type standing for "an indirect call
  // of this type".
  uint32_t NumNodes = NF + In.Types.size();
  std::vector<std::vector<uint32_t>> Callers(NumNodes);

  auto IsCall = [](uint8_t Op) { return Op == 0x10 || Op == 0x12; };
  auto IsIndirect = [](uint8_t Op) { return Op == 0x11 || Op == 0x13; };
  for (uint32_t F = In.NumImportedFunctions; F < NF; ++F) {
    const Function &Fn = In.Functions[F];
    for (const Use &U : ArrayRef<Use>(In.CodeUses).slice(Fn.FirstUse, Fn.NumUses)) {
      if (U.Kind == UseKind::Function && IsCall(U.Opcode)) {
        uint32_t Callee = U.Target;
        const Function &C = In.Functions[Callee];
        if (C.IsCallImport)
          Callee = In.SplitFunctions[C.SplitFn].Impl;
        Callers[Callee].push_back(F);
      } else if (U.Kind == UseKind::Type && IsIndirect(U.Opcode)) {
        Callers[NF + U.Target].push_back(F);
      }
    }
  }
  auto InTable = [&](uint32_t F) { Callers[F].push_back(NF + In.Functions[F].Type); };
  for (const ElemSegment &ES : In.Elems)
    if (ES.Table == In.FuncTable)
      for (uint32_t F : ES.Functions)
        InTable(F);
  for (const SplitFunction &SF : In.SplitFunctions)
    InTable(SF.Impl);

  std::vector<bool> Suspends(NumNodes);
  std::vector<uint32_t> Work;
  for (uint32_t F = 0; F < In.NumImportedFunctions; ++F) {
    const wasm::WasmImport &I = In.Imports[In.Functions[F].Import];
    if (I.Module == abi::ImportModule && I.Field.starts_with(abi::LoadPrefix)) {
      Suspends[F] = true;
      Work.push_back(F);
    }
  }
  while (!Work.empty()) {
    uint32_t N = Work.back();
    Work.pop_back();
    for (uint32_t C : Callers[N])
      if (!Suspends[C]) {
        Suspends[C] = true;
        Work.push_back(C);
      }
  }

  std::vector<StringRef> Result;
  for (const wasm::WasmExport &E : In.Exports)
    if (E.Kind == wasm::WASM_EXTERNAL_FUNCTION && !abi::isImplExport(E.Name) &&
        Suspends[E.Index])
      Result.push_back(E.Name);
  llvm::sort(Result);
  return Result;
}

} // namespace wsplit
