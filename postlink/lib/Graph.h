//===-- Graph.h - What needs what in the linked program ---------*- C++ -*-===//
//
// The dependency graph: one node per function, global, tag and data symbol
// of the input, and an edge from A to B when A's bytes hold a use of B (a
// call, a function pointer, a global access, a data address). Uses of the
// split functions' call imports make no edge: that is where the program is
// cut. Types and tables are not nodes; every module gets the types it uses
// and imports the tables from main.
//
// Edges are stored compactly (CSR): node N's successors are
// Edges[Begin[N] .. Begin[N+1]).
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_GRAPH_H
#define WSPLIT_GRAPH_H

#include "Input.h"

namespace wsplit {

struct Graph {
  uint32_t NumFunctions = 0, NumGlobals = 0, NumTags = 0, NumData = 0;
  std::vector<uint32_t> Begin; ///< size numNodes() + 1
  std::vector<uint32_t> Edges;
  /// Nodes main needs whatever the splits do: exports, the start function,
  /// the loaded flags, targets of uses in bytes no symbol covers, and every
  /// function in the table when the embedder can see the table.
  std::vector<uint32_t> MainRoots;

  uint32_t numNodes() const {
    return NumFunctions + NumGlobals + NumTags + NumData;
  }
  uint32_t function(uint32_t I) const { return I; }
  uint32_t global(uint32_t I) const { return NumFunctions + I; }
  uint32_t tag(uint32_t I) const { return NumFunctions + NumGlobals + I; }
  uint32_t data(uint32_t I) const {
    return NumFunctions + NumGlobals + NumTags + I;
  }
  llvm::ArrayRef<uint32_t> successors(uint32_t N) const {
    return llvm::ArrayRef<uint32_t>(Edges).slice(Begin[N],
                                                 Begin[N + 1] - Begin[N]);
  }
};

Graph buildGraph(const Input &In);

/// The node a use points at, or None for uses that make no edge (types,
/// tables, absolute data symbols, split call imports).
uint32_t useNode(const Graph &G, const Input &In, const Use &U);

} // namespace wsplit

#endif
