//===-- Graph.cpp - Build the dependency graph from uses ------------------===//
//
// Nodes are laid out functions, globals, tags, data symbols, and visited in
// that order, so each node's edges are appended as one run and the CSR
// arrays are built in a single pass. A data symbol's edges are the uses
// inside its bytes, found by binary search in the ordered data uses.
//
//===----------------------------------------------------------------------===//

#include "Graph.h"
#include "Abi.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>

using namespace llvm;

namespace wsplit {

uint32_t useNode(const Graph &G, const Input &In, const Use &U) {
  switch (U.Kind) {
  case UseKind::Function:
    if (In.Functions[U.Target].IsCallImport)
      return None;
    return G.function(U.Target);
  case UseKind::TableSlot:
    return G.function(U.Target);
  case UseKind::Global:
    return G.global(U.Target);
  case UseKind::Tag:
    return G.tag(U.Target);
  case UseKind::Data:
    return U.Target == None ? None : G.data(U.Target);
  case UseKind::Type:
  case UseKind::Table:
    return None;
  }
  return None;
}

Graph buildGraph(const Input &In) {
  Graph G;
  G.NumFunctions = In.Functions.size();
  G.NumGlobals = In.Globals.size();
  G.NumTags = In.Tags.size();
  G.NumData = In.DataSymbols.size();
  G.Begin.reserve(G.numNodes() + 1);
  G.Edges.reserve(In.CodeUses.size() + In.DataUses.size());

  auto AddUse = [&](const Use &U) {
    uint32_t N = useNode(G, In, U);
    if (N != None)
      G.Edges.push_back(N);
  };

  for (const Function &F : In.Functions) {
    G.Begin.push_back(G.Edges.size());
    for (const Use &U : ArrayRef<Use>(In.CodeUses).slice(F.FirstUse, F.NumUses))
      AddUse(U);
  }
  for (const Global &Gl : In.Globals) {
    G.Begin.push_back(G.Edges.size());
    if (!Gl.isImport() && Gl.Init.Opcode == wasm::WASM_OPCODE_GLOBAL_GET)
      G.Edges.push_back(G.global(Gl.Init.Value.Global));
    // A resolved GOT entry holds a function's slot or a symbol's address.
    if (Gl.GotFunction != None)
      G.Edges.push_back(G.function(Gl.GotFunction));
    if (Gl.GotData != None)
      G.Edges.push_back(G.data(Gl.GotData));
  }
  for (size_t I = 0; I < In.Tags.size(); ++I)
    G.Begin.push_back(G.Edges.size());

  std::vector<bool> Covered(In.DataUses.size());
  auto ByOffset = [](const Use &U, uint32_t Off) { return U.Offset < Off; };
  for (const DataSymbol &S : In.DataSymbols) {
    G.Begin.push_back(G.Edges.size());
    uint32_t Start = In.Segments[S.Segment].ContentOffset + S.Offset;
    uint32_t End = Start + S.Size;
    auto It = std::lower_bound(In.DataUses.begin(), In.DataUses.end(), Start,
                               ByOffset);
    for (; It != In.DataUses.end() && It->Offset < End; ++It) {
      Covered[It - In.DataUses.begin()] = true;
      AddUse(*It);
    }
  }
  G.Begin.push_back(G.Edges.size());

  // Main's roots.
  for (const wasm::WasmExport &E : In.Exports) {
    if (E.Kind == wasm::WASM_EXTERNAL_FUNCTION && !abi::isImplExport(E.Name))
      G.MainRoots.push_back(G.function(E.Index));
    else if (E.Kind == wasm::WASM_EXTERNAL_GLOBAL)
      G.MainRoots.push_back(G.global(E.Index));
    else if (E.Kind == wasm::WASM_EXTERNAL_TAG)
      G.MainRoots.push_back(G.tag(E.Index));
  }
  if (In.Start)
    G.MainRoots.push_back(G.function(*In.Start));
  // The loaded flags live in main whoever reads them: the loader may set a
  // flag before the module holding the split's stubs is loaded.
  for (const Split &S : In.Splits)
    G.MainRoots.push_back(G.data(S.FlagSymbol));
  for (size_t I = 0; I < In.DataUses.size(); ++I)
    if (!Covered[I]) {
      uint32_t N = useNode(G, In, In.DataUses[I]);
      if (N != None)
        G.MainRoots.push_back(N);
    }
  if (In.TableVisible)
    for (const ElemSegment &ES : In.Elems)
      if (ES.Table == In.FuncTable)
        for (uint32_t F : ES.Functions)
          G.MainRoots.push_back(G.function(F));
  return G;
}

} // namespace wsplit
