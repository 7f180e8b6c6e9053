//===-- Assign.cpp - Assign code and data to output modules ---------------===//
//
// The algorithm, in the order the code runs it:
//
//  1. Main's closure: everything reachable from main's roots (Graph.h).
//  2. For each split, in name order, the closure of its implementations,
//     stopping at anything main has. Each node records the set of splits
//     that reached it; sets are interned, so extending a node's set by one
//     split is one hash lookup.
//  3. A node reached by exactly one split goes to that split's module; one
//     reached by several goes to the chunk of exactly that set. A node's set
//     can only grow along an edge, so a chunk depends only on main and on
//     chunks of supersets, and its splits always load it with everything it
//     needs.
//  4. Unreached functions outside the table are dropped. Everything else
//     nothing reaches is kept in main (its data bytes, a table slot), and
//     so is everything it refers to, which may override a split's claim:
//     main writes those bytes or fills that slot at start-up.
//  5. Data bytes: a byte covered by several symbols belongs to the union of
//     their owners (main absorbs everything); bytes no symbol covers stay in
//     main. Zero bytes are not written when main defines the memory, which
//     starts zeroed.
//  6. Table slots follow their function; each split implementation gets a
//     new slot after the linked table, filled by its owner.
//
//===----------------------------------------------------------------------===//

#include "Graph.h"
#include "Plan.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SHA256.h"

#include <algorithm>

using namespace llvm;

namespace wsplit {

std::string chunkKey(ArrayRef<StringRef> SortedNames) {
  std::string Key = join(SortedNames, "+");
  if (Key.size() <= 64)
    return Key;
  std::array<uint8_t, 32> Hash = SHA256::hash(
      ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(Key.data()),
                        Key.size()));
  return (SortedNames[0] + "+" + SortedNames[1] + "+" +
          Twine(SortedNames.size() - 2) + "more." +
          toHex(ArrayRef<uint8_t>(Hash).take_front(6), /*LowerCase=*/true))
      .str();
}

namespace {

/// Interned sets of splits. Set 0 is empty; MainSet stands for "main".
class SplitSets {
public:
  static constexpr uint32_t Empty = 0;
  static constexpr uint32_t MainSet = ~0u;

  SplitSets() { Sets.emplace_back(); }

  /// The set S plus split I, where I is larger than every member of S.
  uint32_t extend(uint32_t S, uint32_t I) {
    auto [It, New] = Extensions.try_emplace({S, I}, Sets.size());
    if (New) {
      std::vector<uint32_t> Members = Sets[S];
      Members.push_back(I);
      Sets.push_back(std::move(Members));
    }
    return It->second;
  }

  /// The union of two sets (main absorbs everything).
  uint32_t join(uint32_t A, uint32_t B) {
    if (A == MainSet || B == MainSet)
      return MainSet;
    std::vector<uint32_t> Members;
    std::set_union(Sets[A].begin(), Sets[A].end(), Sets[B].begin(),
                   Sets[B].end(), std::back_inserter(Members));
    uint32_t S = Empty;
    for (uint32_t I : Members)
      S = extend(S, I);
    return S;
  }

  ArrayRef<uint32_t> members(uint32_t S) const { return Sets[S]; }
  size_t size() const { return Sets.size(); }

private:
  std::vector<std::vector<uint32_t>> Sets;
  DenseMap<std::pair<uint32_t, uint32_t>, uint32_t> Extensions;
};

class Assigner {
public:
  Assigner(const Input &In, const Graph &G, const PlanOptions &Opts)
      : In(In), Opts(Opts), G(G) {}
  Plan run();

private:
  void closeMain();
  void closeSplits();
  void keepOrphans();
  void sweepData();
  void createModules();
  uint32_t moduleOfSet(uint32_t S) const;
  void assignNodes();
  void assignData();
  void assignSlots();

  /// A stretch of a segment whose bytes belong to one set of splits.
  struct SetRun {
    uint32_t Segment, Begin, End, Set;
  };

  const Input &In;
  const PlanOptions &Opts;
  const Graph &G;
  Plan P;
  SplitSets Sets;
  std::vector<uint32_t> SetOf; ///< per node: MainSet, Empty or a set
  std::vector<bool> InTable;   ///< per function: in an element segment
  DenseMap<uint32_t, uint32_t> ChunkOfSet;
  std::vector<SetRun> DataRuns;
};

} // namespace

void Assigner::closeMain() {
  SetOf.assign(G.numNodes(), SplitSets::Empty);
  std::vector<uint32_t> Work;
  for (uint32_t N : G.MainRoots)
    if (SetOf[N] != SplitSets::MainSet) {
      SetOf[N] = SplitSets::MainSet;
      Work.push_back(N);
    }
  while (!Work.empty()) {
    uint32_t N = Work.back();
    Work.pop_back();
    for (uint32_t S : G.successors(N))
      if (SetOf[S] != SplitSets::MainSet) {
        SetOf[S] = SplitSets::MainSet;
        Work.push_back(S);
      }
  }
}

// Unreached data, globals, tags and table functions stay in main, and main
// must then also hold what they refer to: its bytes are written, its slot
// filled, at start-up, before any split is loaded.
void Assigner::keepOrphans() {
  std::vector<uint32_t> Work;
  auto Keep = [&](uint32_t N) {
    if (SetOf[N] == SplitSets::MainSet)
      return;
    SetOf[N] = SplitSets::MainSet;
    Work.push_back(N);
  };
  for (uint32_t N = 0; N < G.numNodes(); ++N) {
    if (SetOf[N] != SplitSets::Empty)
      continue;
    bool IsFunction = N < G.NumFunctions;
    if (!IsFunction || (InTable[N] && !In.Functions[N].isImport()))
      Keep(N);
  }
  while (!Work.empty()) {
    uint32_t N = Work.back();
    Work.pop_back();
    for (uint32_t S : G.successors(N))
      Keep(S);
  }
}

void Assigner::closeSplits() {
  // LastSplit[N] == I marks N as visited in split I's walk.
  std::vector<uint32_t> LastSplit(G.numNodes(), None);
  std::vector<uint32_t> Work;
  for (uint32_t I = 0; I < In.Splits.size(); ++I) {
    auto Visit = [&](uint32_t N) {
      if (SetOf[N] == SplitSets::MainSet || LastSplit[N] == I)
        return;
      LastSplit[N] = I;
      SetOf[N] = Sets.extend(SetOf[N], I);
      Work.push_back(N);
    };
    for (uint32_t SF : In.Splits[I].Functions)
      Visit(G.function(In.SplitFunctions[SF].Impl));
    while (!Work.empty()) {
      uint32_t N = Work.back();
      Work.pop_back();
      for (uint32_t S : G.successors(N))
        Visit(S);
    }
  }
}

uint32_t Assigner::moduleOfSet(uint32_t S) const {
  if (S == SplitSets::MainSet || S == SplitSets::Empty)
    return MainModule;
  ArrayRef<uint32_t> M = Sets.members(S);
  if (M.size() == 1)
    return Plan::splitModule(M[0]);
  return ChunkOfSet.lookup(S);
}

void Assigner::createModules() {
  ModuleInfo Main;
  Main.Kind = ModuleInfo::Main;
  Main.Name = "main";
  Main.File = Opts.Stem + ".wasm";
  Main.ImportName = "@";
  P.Modules.push_back(std::move(Main));
  for (uint32_t I = 0; I < In.Splits.size(); ++I) {
    ModuleInfo M;
    M.Kind = ModuleInfo::Split;
    M.Name = In.Splits[I].Name.str();
    M.Splits = {I};
    M.File = Opts.Stem + "." + M.Name + ".wasm";
    P.Modules.push_back(std::move(M));
  }
  P.NumSplits = In.Splits.size();

  // Every set of two or more splits that owns a node or a data byte.
  std::vector<uint32_t> ChunkSets;
  std::vector<bool> Seen(Sets.size());
  auto Consider = [&](uint32_t S) {
    if (S == SplitSets::MainSet || Sets.members(S).size() < 2 || Seen[S])
      return;
    Seen[S] = true;
    ChunkSets.push_back(S);
  };
  for (uint32_t S : SetOf)
    Consider(S);
  for (const SetRun &R : DataRuns)
    Consider(R.Set);

  auto KeyOf = [&](uint32_t S) {
    std::vector<StringRef> Names;
    for (uint32_t I : Sets.members(S))
      Names.push_back(In.Splits[I].Name);
    return chunkKey(Names); // members are in name order already
  };
  llvm::sort(ChunkSets, [&](uint32_t A, uint32_t B) {
    size_t SA = Sets.members(A).size(), SB = Sets.members(B).size();
    if (SA != SB)
      return SA > SB;
    return Sets.members(A) < Sets.members(B);
  });
  for (uint32_t S : ChunkSets) {
    ModuleInfo M;
    M.Kind = ModuleInfo::Chunk;
    M.Name = KeyOf(S);
    M.Splits.assign(Sets.members(S).begin(), Sets.members(S).end());
    M.File = Opts.Stem + ".chunk." + M.Name + ".wasm";
    uint32_t Id = P.Modules.size();
    M.ImportName = "@" + std::to_string(Id - P.NumSplits);
    ChunkOfSet[S] = Id;
    P.Modules.push_back(std::move(M));
  }
}

void Assigner::assignNodes() {
  P.FunctionOwner.assign(In.Functions.size(), MainModule);
  for (uint32_t F = 0; F < In.Functions.size(); ++F) {
    if (In.Functions[F].isImport())
      continue;
    uint32_t S = SetOf[G.function(F)];
    uint32_t Owner = moduleOfSet(S);
    if (S == SplitSets::Empty && !InTable[F]) {
      Owner = Dropped;
      ++P.NumDroppedFunctions;
    }
    P.FunctionOwner[F] = Owner;
    if (Owner != Dropped)
      P.Modules[Owner].Functions.push_back(F);
  }
  P.GlobalOwner.assign(In.Globals.size(), MainModule);
  for (uint32_t I = 0; I < In.Globals.size(); ++I) {
    if (In.Globals[I].isImport())
      continue;
    P.GlobalOwner[I] = moduleOfSet(SetOf[G.global(I)]);
    P.Modules[P.GlobalOwner[I]].Globals.push_back(I);
  }
  P.TagOwner.assign(In.Tags.size(), MainModule);
  for (uint32_t I = 0; I < In.Tags.size(); ++I) {
    if (In.Tags[I].isImport())
      continue;
    P.TagOwner[I] = moduleOfSet(SetOf[G.tag(I)]);
    P.Modules[P.TagOwner[I]].Tags.push_back(I);
  }
}

// Splits every segment into runs of bytes with the same owner set: the join
// of the sets of the symbols covering them, main for uncovered bytes.
void Assigner::sweepData() {
  std::vector<uint32_t> BySeg(In.DataSymbols.size());
  for (uint32_t I = 0; I < BySeg.size(); ++I)
    BySeg[I] = I;
  llvm::sort(BySeg, [&](uint32_t A, uint32_t B) {
    const DataSymbol &SA = In.DataSymbols[A], &SB = In.DataSymbols[B];
    return std::tie(SA.Segment, SA.Offset, A) <
           std::tie(SB.Segment, SB.Offset, B);
  });

  size_t Next = 0;
  for (uint32_t Seg = 0; Seg < In.Segments.size(); ++Seg) {
    uint32_t Size = In.Segments[Seg].Content.size();
    auto StartsHere = [&](uint32_t Pos) {
      return Next < BySeg.size() &&
             In.DataSymbols[BySeg[Next]].Segment == Seg &&
             In.DataSymbols[BySeg[Next]].Offset <= Pos;
    };
    // (end, set) of the symbols covering the current position.
    std::vector<std::pair<uint32_t, uint32_t>> Active;
    uint32_t Pos = 0;
    while (Pos < Size) {
      for (; StartsHere(Pos); ++Next) {
        const DataSymbol &S = In.DataSymbols[BySeg[Next]];
        if (S.Size)
          Active.push_back({S.Offset + S.Size, SetOf[G.data(BySeg[Next])]});
      }
      llvm::erase_if(Active, [&](auto &A) { return A.first <= Pos; });
      uint32_t Set = SplitSets::MainSet;
      if (!Active.empty()) {
        Set = Active[0].second;
        for (auto &A : ArrayRef(Active).drop_front())
          Set = Sets.join(Set, A.second);
        assert(Set != SplitSets::Empty && "keepOrphans gives data an owner");
      }
      uint32_t NextPos = Size;
      for (auto &A : Active)
        NextPos = std::min(NextPos, A.first);
      if (Next < BySeg.size() && In.DataSymbols[BySeg[Next]].Segment == Seg)
        NextPos = std::min(NextPos, In.DataSymbols[BySeg[Next]].Offset);
      if (!DataRuns.empty() && DataRuns.back().Segment == Seg &&
          DataRuns.back().Set == Set)
        DataRuns.back().End = NextPos;
      else
        DataRuns.push_back({Seg, Pos, NextPos, Set});
      Pos = NextPos;
    }
    while (Next < BySeg.size() && In.DataSymbols[BySeg[Next]].Segment == Seg)
      ++Next;
  }
}

void Assigner::assignData() {
  P.DataSymbolOwner.resize(In.DataSymbols.size());
  for (uint32_t I = 0; I < In.DataSymbols.size(); ++I) {
    P.DataSymbolOwner[I] = moduleOfSet(SetOf[G.data(I)]);
    P.Modules[P.DataSymbolOwner[I]].DataSymbols.push_back(I);
  }
  // Memory a module defines starts zeroed, so zero bytes need no writing;
  // a zero gap shorter than a segment header is cheaper to write than skip.
  bool ZeroFree = In.Memory && !In.MemoryImported;
  constexpr uint32_t MinGap = 12;
  for (const SetRun &R : DataRuns) {
    ArrayRef<uint8_t> Bytes = In.Segments[R.Segment].Content;
    auto IsZero = [&](uint32_t I) { return ZeroFree && Bytes[I] == 0; };
    std::vector<DataRun> &Out = P.Modules[moduleOfSet(R.Set)].Data;
    uint32_t I = R.Begin;
    while (I < R.End) {
      while (I < R.End && IsZero(I))
        ++I;
      if (I == R.End)
        break;
      uint32_t Start = I, Last = I;
      while (I < R.End) {
        if (!IsZero(I)) {
          Last = ++I;
          continue;
        }
        uint32_t Gap = I;
        while (I < R.End && IsZero(I))
          ++I;
        if (I - Gap >= MinGap || I == R.End)
          break;
      }
      if (!Out.empty() && Out.back().Segment == R.Segment &&
          Out.back().Offset + Out.back().Size == Start)
        Out.back().Size += Last - Start;
      else
        Out.push_back({R.Segment, Start, Last - Start});
    }
  }
}

void Assigner::assignSlots() {
  for (const ElemSegment &ES : In.Elems) {
    if (ES.Table != In.FuncTable) {
      for (uint32_t I = 0; I < ES.Functions.size(); ++I)
        P.Modules[MainModule].Slots.push_back({ES.Offset + I, ES.Functions[I]});
      continue;
    }
    for (uint32_t I = 0; I < ES.Functions.size(); ++I) {
      uint32_t F = ES.Functions[I];
      P.Modules[P.FunctionOwner[F]].Slots.push_back({ES.Offset + I, F});
    }
  }
  uint32_t TableMin = 0;
  if (In.FuncTable != None)
    TableMin = In.Tables[In.FuncTable].Type.Limits.Minimum;
  else
    P.NewTable = !In.SplitFunctions.empty();
  for (const ElemSegment &ES : In.Elems)
    if (ES.Table == In.FuncTable)
      TableMin = std::max<uint32_t>(TableMin, ES.Offset + ES.Functions.size());
  P.FuncTable = P.NewTable ? In.Tables.size() : In.FuncTable;
  P.FirstImplSlot = TableMin;
  P.TableSize = TableMin + In.SplitFunctions.size();
  for (uint32_t I = 0; I < In.SplitFunctions.size(); ++I) {
    uint32_t Impl = In.SplitFunctions[I].Impl;
    P.Modules[P.FunctionOwner[Impl]].Slots.push_back(
        {P.FirstImplSlot + I, Impl});
  }
  for (ModuleInfo &M : P.Modules)
    llvm::sort(M.Slots);
}

Plan Assigner::run() {
  InTable.assign(In.Functions.size(), false);
  for (const ElemSegment &ES : In.Elems)
    for (uint32_t F : ES.Functions)
      InTable[F] = true;
  closeMain();
  closeSplits();
  keepOrphans();
  sweepData();
  createModules();
  assignNodes();
  assignData();
  assignSlots();
  P.Promising = computePromising(In);
  return std::move(P);
}

Plan assignModules(const Input &In, const Graph &G, const PlanOptions &Opts) {
  return Assigner(In, G, Opts).run();
}

} // namespace wsplit
