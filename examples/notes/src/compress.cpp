//===-- compress.cpp - DEFLATE and gzip, both directions ------------------===//
//
// Split "compress". A complete DEFLATE codec (RFC 1951) and its gzip
// container (RFC 1952), written for this example:
//
//  - the compressor finds matches with hash chains over a 32 KiB window,
//    optionally deferring a match by one byte when the next is longer
//    (lazy matching, as zlib does), cuts the token stream into blocks and
//    writes each as whichever of stored, fixed-Huffman or dynamic-Huffman
//    is smallest; dynamic codes are length-limited canonical Huffman codes
//    with run-length-coded code lengths;
//  - the decompressor reads all three block types and rejects malformed
//    input (over-subscribed or incomplete codes, distances before the
//    start, truncated streams) instead of reading out of bounds.
//
// `notes compress` compresses at three levels and checks that each result
// decompresses to the original; `notes gzip` writes a file that gzip(1)
// reads.
//
//===----------------------------------------------------------------------===//
#include "features.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

using namespace notes;

namespace {

using Bytes = std::vector<std::uint8_t>;

//===----------------------------------------------------------------------===//
// CRC-32 (IEEE 802.3, reflected), table computed at compile time
//===----------------------------------------------------------------------===//

constexpr std::array<std::uint32_t, 256> makeCrcTable() {
  std::array<std::uint32_t, 256> T{};
  for (std::uint32_t N = 0; N < 256; ++N) {
    std::uint32_t C = N;
    for (int K = 0; K < 8; ++K)
      C = C & 1 ? 0xEDB88320u ^ (C >> 1) : C >> 1;
    T[N] = C;
  }
  return T;
}
constexpr std::array<std::uint32_t, 256> CrcTable = makeCrcTable();

std::uint32_t crc32(const std::uint8_t *P, std::size_t N) {
  std::uint32_t C = 0xFFFFFFFFu;
  for (std::size_t I = 0; I < N; ++I)
    C = CrcTable[(C ^ P[I]) & 0xFF] ^ (C >> 8);
  return C ^ 0xFFFFFFFFu;
}

//===----------------------------------------------------------------------===//
// The format's tables (RFC 1951, 3.2.5 and 3.2.7)
//===----------------------------------------------------------------------===//

const std::uint16_t LengthBase[29] = {3,  4,  5,  6,   7,   8,   9,   10,
                                      11, 13, 15, 17,  19,  23,  27,  31,
                                      35, 43, 51, 59,  67,  83,  99,  115,
                                      131, 163, 195, 227, 258};
const std::uint8_t LengthExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1,
                                      1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
                                      4, 4, 4, 4, 5, 5, 5, 5, 0};
const std::uint16_t DistBase[30] = {
    1,    2,    3,    4,    5,    7,     9,     13,    17,  25,
    33,   49,   65,   97,   129,  193,   257,   385,   513, 769,
    1025, 1537, 2049, 3073, 4097, 6145,  8193,  12289, 16385, 24577};
const std::uint8_t DistExtra[30] = {0, 0, 0, 0, 1, 1, 2,  2,  3,  3,
                                    4, 4, 5, 5, 6, 6, 7,  7,  8,  8,
                                    9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
const std::uint8_t CodeLengthOrder[19] = {16, 17, 18, 0, 8,  7, 9,
                                          6,  10, 5,  11, 4, 12, 3,
                                          13, 2,  14, 1,  15};

constexpr int NumLitLen = 288, NumDist = 30, NumCodeLen = 19;
constexpr int EndOfBlock = 256;
constexpr std::size_t WindowSize = 32768;
constexpr int MinMatch = 3, MaxMatch = 258;

int lengthSymbol(int Length) {
  int S = 28;
  while (LengthBase[S] > Length)
    --S;
  return S;
}

int distSymbol(int Dist) {
  int S = 29;
  while (DistBase[S] > Dist)
    --S;
  return S;
}

//===----------------------------------------------------------------------===//
// Bits, least significant first
//===----------------------------------------------------------------------===//

class BitWriter {
public:
  explicit BitWriter(Bytes &Out) : Out(Out) {}
  void put(std::uint32_t Value, int Bits) {
    Acc |= std::uint64_t(Value) << Count;
    Count += Bits;
    while (Count >= 8) {
      Out.push_back(static_cast<std::uint8_t>(Acc));
      Acc >>= 8;
      Count -= 8;
    }
  }
  void alignToByte() {
    if (Count)
      put(0, 8 - Count);
  }

private:
  Bytes &Out;
  std::uint64_t Acc = 0;
  int Count = 0;
};

std::uint32_t reverseBits(std::uint32_t Code, int Len) {
  std::uint32_t R = 0;
  for (int I = 0; I < Len; ++I, Code >>= 1)
    R = R << 1 | (Code & 1);
  return R;
}

//===----------------------------------------------------------------------===//
// Length-limited canonical Huffman codes
//===----------------------------------------------------------------------===//

struct Code {
  std::vector<std::uint8_t> Len;
  std::vector<std::uint32_t> Bits; // bit-reversed, ready for BitWriter
};

/// Canonical codes from code lengths (RFC 1951, 3.2.2).
Code canonical(std::vector<std::uint8_t> Len) {
  int Count[16] = {0}, Next[16] = {0};
  for (std::uint8_t L : Len)
    ++Count[L];
  Count[0] = 0;
  for (int B = 1, C = 0; B < 16; ++B) {
    C = (C + Count[B - 1]) << 1;
    Next[B] = C;
  }
  Code Out;
  Out.Bits.resize(Len.size());
  for (std::size_t S = 0; S < Len.size(); ++S)
    if (Len[S])
      Out.Bits[S] = reverseBits(Next[Len[S]]++, Len[S]);
  Out.Len = std::move(Len);
  return Out;
}

/// Huffman code lengths for Freq, none longer than MaxBits. Builds the
/// unrestricted tree, then, if too deep, moves leaves up as zlib and miniz
/// do (the Kraft sum stays exactly 1), and gives the shortest lengths to
/// the most frequent symbols. At least two symbols get a code, so that
/// every code is complete.
std::vector<std::uint8_t> huffmanLengths(std::vector<std::uint32_t> Freq,
                                         int MaxBits) {
  std::size_t N = Freq.size();
  std::vector<std::uint8_t> Len(N, 0);
  std::vector<int> Used;
  for (std::size_t S = 0; S < N; ++S)
    if (Freq[S])
      Used.push_back(static_cast<int>(S));
  for (int S = 0; Used.size() < 2; ++S)
    if (!Freq[S]) {
      Freq[S] = 1;
      Used.push_back(S);
    }
  std::sort(Used.begin(), Used.end());

  // Nodes 0..M-1 are leaves, the rest internal; merge the two lightest.
  struct Node {
    std::uint64_t Weight;
    int Parent;
  };
  std::vector<Node> Nodes;
  for (int S : Used)
    Nodes.push_back({Freq[S], -1});
  std::vector<int> Heap(Nodes.size());
  for (std::size_t I = 0; I < Heap.size(); ++I)
    Heap[I] = static_cast<int>(I);
  auto Heavier = [&](int A, int B) {
    if (Nodes[A].Weight != Nodes[B].Weight)
      return Nodes[A].Weight > Nodes[B].Weight;
    return A > B;
  };
  std::make_heap(Heap.begin(), Heap.end(), Heavier);
  while (Heap.size() > 1) {
    std::pop_heap(Heap.begin(), Heap.end(), Heavier);
    int A = Heap.back();
    Heap.pop_back();
    std::pop_heap(Heap.begin(), Heap.end(), Heavier);
    int B = Heap.back();
    Heap.pop_back();
    int P = static_cast<int>(Nodes.size());
    Nodes.push_back({Nodes[A].Weight + Nodes[B].Weight, -1});
    Nodes[A].Parent = Nodes[B].Parent = P;
    Heap.push_back(P);
    std::push_heap(Heap.begin(), Heap.end(), Heavier);
  }

  // Count leaves per depth.
  int Depths[64] = {0};
  for (std::size_t I = 0; I < Used.size(); ++I) {
    int D = 0;
    for (int P = Nodes[I].Parent; P != -1; P = Nodes[P].Parent)
      ++D;
    ++Depths[std::min(D, 63)];
  }
  for (int D = MaxBits + 1; D < 64; ++D) {
    Depths[MaxBits] += Depths[D];
    Depths[D] = 0;
  }
  std::uint64_t Kraft = 0;
  for (int D = 1; D <= MaxBits; ++D)
    Kraft += std::uint64_t(Depths[D]) << (MaxBits - D);
  while (Kraft > (std::uint64_t(1) << MaxBits)) {
    --Depths[MaxBits];
    for (int D = MaxBits - 1; D > 0; --D)
      if (Depths[D]) {
        --Depths[D];
        Depths[D + 1] += 2;
        break;
      }
    --Kraft;
  }

  // Most frequent symbols get the shortest codes.
  std::vector<int> ByFreq = Used;
  std::stable_sort(ByFreq.begin(), ByFreq.end(),
                   [&](int A, int B) { return Freq[A] > Freq[B]; });
  std::size_t K = 0;
  for (int D = 1; D <= MaxBits; ++D)
    for (int I = 0; I < Depths[D]; ++I)
      Len[ByFreq[K++]] = static_cast<std::uint8_t>(D);
  return Len;
}

const Code &fixedLitLen() {
  static const Code C = [] {
    std::vector<std::uint8_t> L(NumLitLen);
    for (int S = 0; S < NumLitLen; ++S)
      L[S] = S < 144 ? 8 : S < 256 ? 9 : S < 280 ? 7 : 8;
    return canonical(L);
  }();
  return C;
}

const Code &fixedDist() {
  static const Code C = canonical(std::vector<std::uint8_t>(NumDist, 5));
  return C;
}

//===----------------------------------------------------------------------===//
// LZ77: hash chains over a 32 KiB window
//===----------------------------------------------------------------------===//

struct Token {
  std::uint16_t LitLen; // a literal byte, or a match length (3..258)
  std::uint16_t Dist;   // 0 for a literal
};

struct LevelSpec {
  const char *Name;
  int MaxChain;   // candidates examined per position
  int NiceLength; // stop searching at a match this long
  bool Lazy;      // try the next position before taking a match
};

const LevelSpec Levels[] = {
    {"fast", 8, 32, false},
    {"default", 128, 128, true},
    {"best", 4096, MaxMatch, true},
};

class MatchFinder {
public:
  MatchFinder(const Bytes &In, const LevelSpec &L)
      : In(In), L(L), Head(1 << HashBits, -1), Prev(WindowSize, -1) {}

  void insert(std::size_t Pos) {
    if (Pos + MinMatch > In.size())
      return;
    std::uint32_t H = hashAt(Pos);
    Prev[Pos & (WindowSize - 1)] = Head[H];
    Head[H] = static_cast<std::int32_t>(Pos);
  }

  /// The longest match for Pos among earlier positions (Pos not inserted).
  int longest(std::size_t Pos, int &Dist) const {
    int Best = 0;
    if (Pos + MinMatch > In.size())
      return 0;
    int Limit = static_cast<int>(std::min<std::size_t>(MaxMatch, In.size() - Pos));
    std::int32_t Cand = Head[hashAt(Pos)];
    for (int Chain = L.MaxChain; Cand >= 0 && Chain > 0; --Chain) {
      std::size_t C = static_cast<std::size_t>(Cand);
      if (Pos - C > WindowSize - 1)
        break;
      if (In[C + Best] == In[Pos + Best] || Best == 0) {
        int Len = 0;
        while (Len < Limit && In[C + Len] == In[Pos + Len])
          ++Len;
        if (Len > Best) {
          Best = Len;
          Dist = static_cast<int>(Pos - C);
          if (Len >= L.NiceLength || Len == Limit)
            break;
        }
      }
      std::int32_t Next = Prev[C & (WindowSize - 1)];
      if (Next >= Cand)
        break; // the slot was reused by a newer position
      Cand = Next;
    }
    return Best >= MinMatch ? Best : 0;
  }

private:
  static constexpr int HashBits = 15;
  const Bytes &In;
  const LevelSpec &L;
  std::vector<std::int32_t> Head, Prev;

  std::uint32_t hashAt(std::size_t P) const {
    std::uint32_t V = In[P] | In[P + 1] << 8 | In[P + 2] << 16;
    return (V * 2654435761u) >> (32 - HashBits);
  }
};

std::vector<Token> tokenize(const Bytes &In, const LevelSpec &L) {
  std::vector<Token> Out;
  MatchFinder MF(In, L);
  std::size_t Pos = 0;
  while (Pos < In.size()) {
    int Dist = 0;
    int Len = MF.longest(Pos, Dist);
    if (Len && L.Lazy && Len < L.NiceLength && Pos + 1 < In.size()) {
      MF.insert(Pos);
      int NextDist = 0;
      int NextLen = MF.longest(Pos + 1, NextDist);
      if (NextLen > Len) {
        Out.push_back({In[Pos], 0});
        ++Pos;
        continue; // Pos is inserted; the next round starts at Pos + 1
      }
      for (std::size_t K = 1; K < static_cast<std::size_t>(Len); ++K)
        MF.insert(Pos + K);
      Out.push_back({static_cast<std::uint16_t>(Len),
                     static_cast<std::uint16_t>(Dist)});
      Pos += Len;
      continue;
    }
    if (Len) {
      for (std::size_t K = 0; K < static_cast<std::size_t>(Len); ++K)
        MF.insert(Pos + K);
      Out.push_back({static_cast<std::uint16_t>(Len),
                     static_cast<std::uint16_t>(Dist)});
      Pos += Len;
    } else {
      MF.insert(Pos);
      Out.push_back({In[Pos], 0});
      ++Pos;
    }
  }
  return Out;
}

//===----------------------------------------------------------------------===//
// Blocks
//===----------------------------------------------------------------------===//

struct Summary {
  std::size_t Stored = 0, Fixed = 0, Dynamic = 0;
  std::size_t Literals = 0, Matches = 0, MatchBytes = 0;
};

/// The code-length sequence of a dynamic header, run-length coded with
/// symbols 16 (repeat previous 3-6 times), 17 (3-10 zeros), 18 (11-138).
struct RleSymbol {
  std::uint8_t Symbol, Extra;
};

std::vector<RleSymbol> runLengths(const std::vector<std::uint8_t> &Lens) {
  std::vector<RleSymbol> Out;
  for (std::size_t I = 0; I < Lens.size();) {
    std::uint8_t L = Lens[I];
    std::size_t Run = 1;
    while (I + Run < Lens.size() && Lens[I + Run] == L)
      ++Run;
    if (L == 0) {
      std::size_t Left = Run;
      while (Left >= 11) {
        std::size_t N = std::min<std::size_t>(Left, 138);
        Out.push_back({18, static_cast<std::uint8_t>(N - 11)});
        Left -= N;
      }
      if (Left >= 3) {
        Out.push_back({17, static_cast<std::uint8_t>(Left - 3)});
        Left = 0;
      }
      while (Left--)
        Out.push_back({0, 0});
    } else {
      Out.push_back({L, 0});
      std::size_t Left = Run - 1;
      while (Left >= 3) {
        std::size_t N = std::min<std::size_t>(Left, 6);
        Out.push_back({16, static_cast<std::uint8_t>(N - 3)});
        Left -= N;
      }
      while (Left--)
        Out.push_back({L, 0});
    }
    I += Run;
  }
  return Out;
}

std::uint64_t tokenBits(const std::vector<Token> &T, std::size_t B,
                        std::size_t E, const Code &Lit, const Code &Dist) {
  std::uint64_t Bits = Lit.Len[EndOfBlock];
  for (std::size_t I = B; I < E; ++I) {
    if (!T[I].Dist) {
      Bits += Lit.Len[T[I].LitLen];
      continue;
    }
    int LS = lengthSymbol(T[I].LitLen), DS = distSymbol(T[I].Dist);
    Bits += Lit.Len[257 + LS] + LengthExtra[LS] + Dist.Len[DS] + DistExtra[DS];
  }
  return Bits;
}

void writeTokens(BitWriter &W, const std::vector<Token> &T, std::size_t B,
                 std::size_t E, const Code &Lit, const Code &Dist) {
  for (std::size_t I = B; I < E; ++I) {
    const Token &K = T[I];
    if (!K.Dist) {
      W.put(Lit.Bits[K.LitLen], Lit.Len[K.LitLen]);
      continue;
    }
    int LS = lengthSymbol(K.LitLen), DS = distSymbol(K.Dist);
    W.put(Lit.Bits[257 + LS], Lit.Len[257 + LS]);
    W.put(K.LitLen - LengthBase[LS], LengthExtra[LS]);
    W.put(Dist.Bits[DS], Dist.Len[DS]);
    W.put(K.Dist - DistBase[DS], DistExtra[DS]);
  }
  W.put(Lit.Bits[EndOfBlock], Lit.Len[EndOfBlock]);
}

/// Writes tokens [B, E), which cover input bytes [From, To), as one block
/// (or, stored, as as many as 64 KiB allows).
void writeBlock(BitWriter &W, const Bytes &In, std::size_t From, std::size_t To,
                const std::vector<Token> &T, std::size_t B, std::size_t E,
                bool Final, Summary &S) {
  std::vector<std::uint32_t> LitFreq(286, 0), DistFreq(NumDist, 0);
  LitFreq[EndOfBlock] = 1;
  for (std::size_t I = B; I < E; ++I) {
    if (!T[I].Dist) {
      ++LitFreq[T[I].LitLen];
      ++S.Literals;
    } else {
      ++LitFreq[257 + lengthSymbol(T[I].LitLen)];
      ++DistFreq[distSymbol(T[I].Dist)];
      ++S.Matches;
      S.MatchBytes += T[I].LitLen;
    }
  }
  Code Lit = canonical(huffmanLengths(LitFreq, 15));
  Code Dist = canonical(huffmanLengths(DistFreq, 15));

  std::size_t HLit = 286, HDist = 30;
  while (HLit > 257 && !Lit.Len[HLit - 1])
    --HLit;
  while (HDist > 1 && !Dist.Len[HDist - 1])
    --HDist;
  std::vector<std::uint8_t> All(Lit.Len.begin(), Lit.Len.begin() + HLit);
  All.insert(All.end(), Dist.Len.begin(), Dist.Len.begin() + HDist);
  std::vector<RleSymbol> Rle = runLengths(All);
  std::vector<std::uint32_t> ClFreq(NumCodeLen, 0);
  for (const RleSymbol &R : Rle)
    ++ClFreq[R.Symbol];
  Code Cl = canonical(huffmanLengths(ClFreq, 7));
  std::size_t HClen = NumCodeLen;
  while (HClen > 4 && !Cl.Len[CodeLengthOrder[HClen - 1]])
    --HClen;

  std::uint64_t DynamicBits = 3 + 14 + 3 * HClen;
  for (const RleSymbol &R : Rle)
    DynamicBits += Cl.Len[R.Symbol] +
                   (R.Symbol == 16 ? 2 : R.Symbol == 17 ? 3 : R.Symbol == 18 ? 7 : 0);
  DynamicBits += tokenBits(T, B, E, Lit, Dist);
  std::uint64_t FixedBits = 3 + tokenBits(T, B, E, fixedLitLen(), fixedDist());
  std::size_t Raw = To - From;
  std::uint64_t StoredBits = (Raw / 65535 + 1) * (3 + 7 + 32) + 8 * Raw;

  if (StoredBits <= FixedBits && StoredBits <= DynamicBits) {
    ++S.Stored;
    do {
      std::size_t N = std::min<std::size_t>(To - From, 65535);
      bool Last = Final && From + N == To;
      W.put(Last, 1);
      W.put(0, 2);
      W.alignToByte();
      W.put(static_cast<std::uint32_t>(N), 16);
      W.put(static_cast<std::uint32_t>(~N & 0xFFFF), 16);
      for (std::size_t I = 0; I < N; ++I)
        W.put(In[From + I], 8);
      From += N;
    } while (From < To);
    return;
  }
  W.put(Final, 1);
  if (FixedBits <= DynamicBits) {
    ++S.Fixed;
    W.put(1, 2);
    writeTokens(W, T, B, E, fixedLitLen(), fixedDist());
    return;
  }
  ++S.Dynamic;
  W.put(2, 2);
  W.put(static_cast<std::uint32_t>(HLit - 257), 5);
  W.put(static_cast<std::uint32_t>(HDist - 1), 5);
  W.put(static_cast<std::uint32_t>(HClen - 4), 4);
  for (std::size_t I = 0; I < HClen; ++I)
    W.put(Cl.Len[CodeLengthOrder[I]], 3);
  for (const RleSymbol &R : Rle) {
    W.put(Cl.Bits[R.Symbol], Cl.Len[R.Symbol]);
    if (R.Symbol >= 16)
      W.put(R.Extra, R.Symbol == 16 ? 2 : R.Symbol == 17 ? 3 : 7);
  }
  writeTokens(W, T, B, E, Lit, Dist);
}

Bytes deflate(const Bytes &In, const LevelSpec &L, Summary &S) {
  constexpr std::size_t TokensPerBlock = 16384;
  std::vector<Token> T = tokenize(In, L);
  Bytes Out;
  BitWriter W(Out);
  std::size_t From = 0;
  for (std::size_t B = 0; B < T.size() || B == 0; B += TokensPerBlock) {
    std::size_t E = std::min(T.size(), B + TokensPerBlock);
    std::size_t To = From;
    for (std::size_t I = B; I < E; ++I)
      To += T[I].Dist ? T[I].LitLen : 1;
    writeBlock(W, In, From, To, T, B, E, E == T.size(), S);
    From = To;
    if (T.empty())
      break;
  }
  W.alignToByte();
  return Out;
}

//===----------------------------------------------------------------------===//
// Inflate
//===----------------------------------------------------------------------===//

/// A canonical code for decoding, as in zlib's puff.c: the number of codes
/// of each length and the symbols in code order.
struct Decoder {
  std::uint16_t Count[16] = {0};
  std::vector<std::uint16_t> Symbol;
};

/// Returns false for an over-subscribed code, or an incomplete one unless
/// it has a single code (which RFC 1951 allows for distances).
bool buildDecoder(Decoder &D, const std::uint8_t *Len, int N) {
  std::fill(std::begin(D.Count), std::end(D.Count), 0);
  for (int S = 0; S < N; ++S)
    ++D.Count[Len[S]];
  if (D.Count[0] == N) {
    D.Symbol.clear();
    return true; // no codes: fine as long as none is used
  }
  int Left = 1;
  for (int B = 1; B < 16; ++B) {
    Left = (Left << 1) - D.Count[B];
    if (Left < 0)
      return false;
  }
  std::uint16_t Offs[16] = {0};
  for (int B = 1; B < 15; ++B)
    Offs[B + 1] = Offs[B] + D.Count[B];
  D.Symbol.assign(N, 0);
  for (int S = 0; S < N; ++S)
    if (Len[S])
      D.Symbol[Offs[Len[S]]++] = static_cast<std::uint16_t>(S);
  return Left == 0 || N - D.Count[0] == 1;
}

class Inflater {
public:
  Inflater(const std::uint8_t *P, std::size_t N) : In(P), Size(N) {}

  /// Decompresses one DEFLATE stream; Error says why when it fails.
  bool run(Bytes &Out, const char *&Error) {
    bool Last;
    do {
      Last = bit();
      int Type = bits(2);
      bool Ok = Type == 0   ? stored(Out)
                : Type == 1 ? fixed(Out)
                : Type == 2 ? dynamic(Out)
                            : fail("reserved block type 3");
      if (!Ok || Failed) {
        Error = Why ? Why : "truncated stream";
        return false;
      }
    } while (!Last);
    return true;
  }

  std::size_t consumed() const { return Pos; }

private:
  const std::uint8_t *In;
  std::size_t Size, Pos = 0;
  std::uint32_t Acc = 0;
  int Count = 0;
  bool Failed = false;
  const char *Why = nullptr;

  bool fail(const char *Reason) {
    if (!Why)
      Why = Reason;
    Failed = true;
    return false;
  }

  int bit() { return bits(1); }
  int bits(int N) {
    std::uint32_t V = Acc;
    while (Count < N) {
      if (Pos == Size) {
        fail("truncated stream");
        return 0;
      }
      V |= std::uint32_t(In[Pos++]) << Count;
      Count += 8;
    }
    Acc = V >> N;
    Count -= N;
    return static_cast<int>(V & ((1u << N) - 1));
  }

  int decode(const Decoder &D) {
    int Code = 0, First = 0, Index = 0;
    for (int Len = 1; Len < 16; ++Len) {
      Code |= bit();
      if (Failed)
        return -1;
      int C = D.Count[Len];
      if (Code - C < First)
        return D.Symbol[Index + (Code - First)];
      Index += C;
      First = (First + C) << 1;
      Code <<= 1;
    }
    fail("invalid Huffman code");
    return -1;
  }

  bool stored(Bytes &Out) {
    Acc = 0;
    Count = 0;
    if (Size - Pos < 4)
      return fail("truncated stored block");
    unsigned Len = In[Pos] | In[Pos + 1] << 8;
    unsigned NLen = In[Pos + 2] | In[Pos + 3] << 8;
    Pos += 4;
    if (Len != (~NLen & 0xFFFF))
      return fail("stored block length does not match its complement");
    if (Size - Pos < Len)
      return fail("truncated stored block");
    Out.insert(Out.end(), In + Pos, In + Pos + Len);
    Pos += Len;
    return true;
  }

  bool codes(Bytes &Out, const Decoder &Lit, const Decoder &Dist) {
    for (;;) {
      int S = decode(Lit);
      if (S < 0)
        return false;
      if (S < 256) {
        Out.push_back(static_cast<std::uint8_t>(S));
        continue;
      }
      if (S == EndOfBlock)
        return true;
      S -= 257;
      if (S >= 29)
        return fail("invalid length symbol");
      int Len = LengthBase[S] + bits(LengthExtra[S]);
      int DS = decode(Dist);
      if (DS < 0)
        return false;
      if (DS >= 30)
        return fail("invalid distance symbol");
      std::size_t D = DistBase[DS] + bits(DistExtra[DS]);
      if (Failed)
        return false;
      if (D > Out.size())
        return fail("distance reaches before the start of the output");
      std::size_t From = Out.size() - D;
      for (int K = 0; K < Len; ++K)
        Out.push_back(Out[From + K]);
    }
  }

  bool fixed(Bytes &Out) {
    static Decoder Lit, Dist;
    static bool Built = false;
    if (!Built) {
      std::uint8_t L[NumLitLen];
      for (int S = 0; S < NumLitLen; ++S)
        L[S] = S < 144 ? 8 : S < 256 ? 9 : S < 280 ? 7 : 8;
      buildDecoder(Lit, L, NumLitLen);
      std::uint8_t D[NumDist];
      std::fill(D, D + NumDist, 5);
      buildDecoder(Dist, D, NumDist);
      Built = true;
    }
    return codes(Out, Lit, Dist);
  }

  bool dynamic(Bytes &Out) {
    int HLit = bits(5) + 257, HDist = bits(5) + 1, HClen = bits(4) + 4;
    if (Failed)
      return false;
    if (HLit > 286 || HDist > 30)
      return fail("too many length or distance codes");
    std::uint8_t Lens[320] = {0};
    for (int I = 0; I < HClen; ++I)
      Lens[CodeLengthOrder[I]] = static_cast<std::uint8_t>(bits(3));
    Decoder Cl;
    if (!buildDecoder(Cl, Lens, NumCodeLen) || Cl.Symbol.empty())
      return fail("invalid code-length code");
    std::fill(Lens, Lens + 19, 0);
    for (int I = 0; I < HLit + HDist;) {
      int S = decode(Cl);
      if (S < 0)
        return false;
      if (S < 16) {
        Lens[I++] = static_cast<std::uint8_t>(S);
        continue;
      }
      int Repeat, Value = 0;
      if (S == 16) {
        if (I == 0)
          return fail("repeat with no previous length");
        Value = Lens[I - 1];
        Repeat = 3 + bits(2);
      } else {
        Repeat = S == 17 ? 3 + bits(3) : 11 + bits(7);
      }
      if (I + Repeat > HLit + HDist)
        return fail("code lengths run past their end");
      while (Repeat--)
        Lens[I++] = static_cast<std::uint8_t>(Value);
    }
    if (Lens[EndOfBlock] == 0)
      return fail("no code for the end of the block");
    Decoder Lit, Dist;
    if (!buildDecoder(Lit, Lens, HLit))
      return fail("invalid literal/length code");
    if (!buildDecoder(Dist, Lens + HLit, HDist))
      return fail("invalid distance code");
    return codes(Out, Lit, Dist);
  }
};

//===----------------------------------------------------------------------===//
// gzip
//===----------------------------------------------------------------------===//

void put32(Bytes &Out, std::uint32_t V) {
  for (int I = 0; I < 4; ++I)
    Out.push_back(static_cast<std::uint8_t>(V >> (8 * I)));
}

Bytes gzip(const Bytes &In, const LevelSpec &L, Summary &S) {
  // ID1 ID2 CM=8 FLG=0 MTIME=0 XFL OS=255 (unknown): reproducible output.
  Bytes Out = {0x1F, 0x8B, 8, 0, 0, 0, 0, 0,
               static_cast<std::uint8_t>(L.MaxChain >= 4096 ? 2
                                         : L.MaxChain <= 8  ? 4
                                                            : 0),
               255};
  Bytes Body = deflate(In, L, S);
  Out.insert(Out.end(), Body.begin(), Body.end());
  put32(Out, crc32(In.data(), In.size()));
  put32(Out, static_cast<std::uint32_t>(In.size()));
  return Out;
}

bool gunzip(const Bytes &Gz, Bytes &Out, const char *&Error) {
  if (Gz.size() < 18 || Gz[0] != 0x1F || Gz[1] != 0x8B || Gz[2] != 8) {
    Error = "not a gzip file";
    return false;
  }
  std::size_t Pos = 10;
  std::uint8_t Flags = Gz[3];
  if (Flags & 4) // FEXTRA
    Pos += 2 + (Gz[Pos] | Gz[Pos + 1] << 8);
  if (Pos > Gz.size())
    Pos = Gz.size();
  for (int F : {8, 16}) // FNAME, FCOMMENT: zero-terminated
    if (Flags & F)
      while (Pos < Gz.size() && Gz[Pos++]) {
      }
  if (Flags & 2) // FHCRC
    Pos += 2;
  if (Pos + 8 > Gz.size()) {
    Error = "truncated gzip header";
    return false;
  }
  Inflater Inf(Gz.data() + Pos, Gz.size() - Pos - 8);
  if (!Inf.run(Out, Error))
    return false;
  const std::uint8_t *T = Gz.data() + Gz.size() - 8;
  std::uint32_t Crc = T[0] | T[1] << 8 | T[2] << 16 | std::uint32_t(T[3]) << 24;
  std::uint32_t Len = T[4] | T[5] << 8 | T[6] << 16 | std::uint32_t(T[7]) << 24;
  if (Crc != crc32(Out.data(), Out.size())) {
    Error = "CRC-32 mismatch";
    return false;
  }
  if (Len != static_cast<std::uint32_t>(Out.size())) {
    Error = "length mismatch";
    return false;
  }
  return true;
}

Bytes bytesOf(const Document &Doc) {
  return Bytes(Doc.Source.begin(), Doc.Source.end());
}

} // namespace

bool notes::printCompression(const Document &Doc) {
  Bytes In = bytesOf(Doc);
  std::printf("compress: %s, %zu bytes, CRC-32 %08x\n", Doc.Name.c_str(),
              In.size(), crc32(In.data(), In.size()));
  std::printf("  %-8s %7s %7s  %-22s %8s %7s %6s  %s\n", "level", "gzip",
              "ratio", "blocks stored/fix/dyn", "literals", "matches",
              "avg", "round trip");
  bool AllOk = true;
  for (const LevelSpec &L : Levels) {
    Summary S;
    Bytes Gz = gzip(In, L, S);
    Bytes Back;
    const char *Error = nullptr;
    bool Ok = gunzip(Gz, Back, Error) && Back == In;
    if (!Ok && !Error)
      Error = "output differs from the input";
    AllOk &= Ok;
    char Blocks[32];
    std::snprintf(Blocks, sizeof Blocks, "%zu/%zu/%zu", S.Stored, S.Fixed,
                  S.Dynamic);
    std::printf("  %-8s %7zu %6.1f%%  %-22s %8zu %7zu %6.1f  %s\n", L.Name,
                Gz.size(), In.empty() ? 0.0 : 100.0 * Gz.size() / In.size(),
                Blocks, S.Literals, S.Matches,
                S.Matches ? double(S.MatchBytes) / S.Matches : 0.0,
                Ok ? "ok" : Error);
  }
  return AllOk;
}

std::vector<std::uint8_t> notes::gzipDocument(const Document &Doc) {
  Summary S;
  return gzip(bytesOf(Doc), Levels[1], S);
}
