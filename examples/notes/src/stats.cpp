//===-- stats.cpp - Word statistics of a document -------------------------===//
//
// Split "stats". Tokenises the prose of a document (code blocks excluded),
// counts words in an open-addressing hash table, and prints totals,
// Flesch readability scores, the most frequent words without English stop
// words, a histogram of word lengths and the most frequent pairs of
// adjacent content words.
//
//===----------------------------------------------------------------------===//
#include "features.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>

using namespace notes;

namespace {

//===----------------------------------------------------------------------===//
// WordTable: string -> count, open addressing with linear probing
//===----------------------------------------------------------------------===//

class WordTable {
public:
  struct Entry {
    std::string Word;
    std::uint32_t Hash = 0;
    unsigned Count = 0; // 0: empty slot
    unsigned First = 0; // order of first appearance, to break ties
  };

  WordTable() : Slots(64) {}

  void add(const std::string &Word) {
    std::uint32_t H = hash(Word);
    std::size_t Mask = Slots.size() - 1;
    for (std::size_t I = H & Mask;; I = (I + 1) & Mask) {
      Entry &E = Slots[I];
      if (E.Count == 0) {
        E.Word = Word;
        E.Hash = H;
        E.Count = 1;
        E.First = Size++;
        if (Size * 10 > Slots.size() * 7)
          grow();
        return;
      }
      if (E.Hash == H && E.Word == Word) {
        ++E.Count;
        return;
      }
    }
  }

  unsigned count(const std::string &Word) const {
    std::uint32_t H = hash(Word);
    std::size_t Mask = Slots.size() - 1;
    for (std::size_t I = H & Mask; Slots[I].Count; I = (I + 1) & Mask)
      if (Slots[I].Hash == H && Slots[I].Word == Word)
        return Slots[I].Count;
    return 0;
  }

  std::size_t size() const { return Size; }

  /// The entries, most frequent first; equal counts in order of first use.
  std::vector<const Entry *> ranked() const {
    std::vector<const Entry *> Out;
    Out.reserve(Size);
    for (const Entry &E : Slots)
      if (E.Count)
        Out.push_back(&E);
    std::sort(Out.begin(), Out.end(), [](const Entry *A, const Entry *B) {
      if (A->Count != B->Count)
        return A->Count > B->Count;
      return A->First < B->First;
    });
    return Out;
  }

private:
  std::vector<Entry> Slots;
  unsigned Size = 0;

  /// FNV-1a, 32 bits.
  static std::uint32_t hash(const std::string &S) {
    std::uint32_t H = 2166136261u;
    for (unsigned char C : S) {
      H ^= C;
      H *= 16777619u;
    }
    return H;
  }

  void grow() {
    std::vector<Entry> Old(Slots.size() * 2);
    Old.swap(Slots);
    std::size_t Mask = Slots.size() - 1;
    for (Entry &E : Old) {
      if (!E.Count)
        continue;
      std::size_t I = E.Hash & Mask;
      while (Slots[I].Count)
        I = (I + 1) & Mask;
      Slots[I] = std::move(E);
    }
  }
};

//===----------------------------------------------------------------------===//
// Stop words
//===----------------------------------------------------------------------===//

// Function words that say little about what a text is about (after the
// classic SMART and Snowball lists), sorted for binary search.
const char *const StopWords[] = {
    "a",        "about",   "above",   "after",   "again",   "against",
    "all",      "also",    "am",      "an",      "and",     "any",
    "are",      "aren't",  "as",      "at",      "be",      "because",
    "been",     "before",  "being",   "below",   "between", "both",
    "but",      "by",      "can",     "can't",   "cannot",  "could",
    "couldn't", "did",     "didn't",  "do",      "does",    "doesn't",
    "doing",    "don't",   "down",    "during",  "each",    "either",
    "else",     "ever",    "every",   "few",     "for",     "from",
    "further",  "had",     "hadn't",  "has",     "hasn't",  "have",
    "haven't",  "having",  "he",      "he'd",    "he'll",   "he's",
    "her",      "here",    "here's",  "hers",    "herself", "him",
    "himself",  "his",     "how",     "how's",   "however", "i",
    "i'd",      "i'll",    "i'm",     "i've",    "if",      "in",
    "into",     "is",      "isn't",   "it",      "it's",    "its",
    "itself",   "just",    "let's",   "like",    "may",     "me",
    "might",    "more",    "most",    "much",    "must",    "mustn't",
    "my",       "myself",  "never",   "no",      "nor",     "not",
    "now",      "of",      "off",     "often",   "on",      "once",
    "one",      "only",    "or",      "other",   "ought",   "our",
    "ours",     "ourselves", "out",   "over",    "own",     "per",
    "quite",    "rather",  "same",    "shall",   "shan't",  "she",
    "she'd",    "she'll",  "she's",   "should",  "shouldn't", "since",
    "so",       "some",    "such",    "than",    "that",    "that's",
    "the",      "their",   "theirs",  "them",    "themselves", "then",
    "there",    "there's", "these",   "they",    "they'd",  "they'll",
    "they're",  "they've", "this",    "those",   "though",  "through",
    "thus",     "to",      "too",     "under",   "until",   "up",
    "upon",     "us",      "very",    "was",     "wasn't",  "we",
    "we'd",     "we'll",   "we're",   "we've",   "were",    "weren't",
    "what",     "what's",  "when",    "when's",  "where",   "where's",
    "whether",  "which",   "while",   "who",     "who's",   "whom",
    "whose",    "why",     "why's",   "will",    "with",    "within",
    "without",  "won't",   "would",   "wouldn't", "yet",    "you",
    "you'd",    "you'll",  "you're",  "you've",  "your",    "yours",
    "yourself", "yourselves",
};

bool isStopWord(const std::string &W) {
  const char *const *End = StopWords + sizeof StopWords / sizeof *StopWords;
  const char *const *It = std::lower_bound(
      StopWords, End, W.c_str(),
      [](const char *A, const char *B) { return std::strcmp(A, B) < 0; });
  return It != End && W == *It;
}

//===----------------------------------------------------------------------===//
// Tokens, sentences, syllables
//===----------------------------------------------------------------------===//

/// Length in bytes of the letter at S[I], 0 if there is none. Beyond ASCII,
/// letters are the Latin, Greek, Cyrillic, ... blocks, not symbols such as
/// the degree sign or dashes.
std::size_t letterAt(const std::string &S, std::size_t I) {
  unsigned char C = S[I];
  if (C < 0x80)
    return std::isalpha(C) ? 1 : 0;
  std::size_t Len = C >= 0xF0 ? 4 : C >= 0xE0 ? 3 : C >= 0xC0 ? 2 : 0;
  if (!Len || I + Len > S.size())
    return 0;
  std::uint32_t CP = C & (0x7F >> Len);
  for (std::size_t K = 1; K < Len; ++K) {
    if ((static_cast<unsigned char>(S[I + K]) & 0xC0) != 0x80)
      return 0;
    CP = CP << 6 | (S[I + K] & 0x3F);
  }
  bool Letter = (CP >= 0xC0 && CP <= 0x2AF && CP != 0xD7 && CP != 0xF7) ||
                (CP >= 0x370 && CP < 0x2000) || (CP >= 0x3040 && CP < 0xD800) ||
                (CP >= 0xF900 && CP < 0xFFF0);
  return Letter ? Len : 0;
}

/// Vowel groups, less a silent final 'e' ("bake"), at least one. English
/// spelling defeats any short rule; this one is within ~10% on prose.
int syllables(const std::string &W) {
  int Count = 0;
  bool InVowel = false;
  for (char C : W) {
    bool Vowel = std::strchr("aeiouy", C) && C;
    if (Vowel && !InVowel)
      ++Count;
    InVowel = Vowel;
  }
  std::size_t N = W.size();
  if (N > 2 && W[N - 1] == 'e' && W[N - 2] != 'l' &&
      !std::strchr("aeiouy", W[N - 2]) && Count > 1)
    --Count;
  return Count < 1 ? 1 : Count;
}

struct Tally {
  WordTable Words;
  WordTable Pairs;
  std::size_t Total = 0, Letters = 0, Syllables = 0, Content = 0;
  std::size_t Numbers = 0, Sentences = 0;
  std::size_t Lengths[16] = {0}; // index 15: 15 letters or more
  std::vector<std::size_t> SentenceWords;
};

/// Reads the words of one block; a block ends any sentence it holds.
void tallyText(Tally &T, const std::string &S) {
  std::size_t InSentence = 0;
  std::string Previous; // previous content word, for pairs
  for (std::size_t I = 0; I < S.size();) {
    unsigned char C = S[I];
    if (std::isdigit(C)) {
      while (I < S.size() && (std::isdigit(static_cast<unsigned char>(S[I])) ||
                              S[I] == '.' || S[I] == ','))
        ++I;
      ++T.Numbers;
      continue;
    }
    if (!letterAt(S, I)) {
      bool End = (C == '.' || C == '!' || C == '?') &&
                 (I + 1 == S.size() ||
                  std::isspace(static_cast<unsigned char>(S[I + 1])) ||
                  S[I + 1] == '"' || S[I + 1] == ')');
      if (End && InSentence) {
        T.SentenceWords.push_back(InSentence);
        InSentence = 0;
        Previous.clear();
      }
      if (C == ',' || C == ';' || C == ':' || C == '(' || C == ')')
        Previous.clear();
      ++I;
      continue;
    }
    std::string W;
    std::size_t Letters = 0;
    while (I < S.size()) {
      unsigned char D = S[I];
      if (std::size_t Len = letterAt(S, I)) {
        if (Len == 1)
          W += static_cast<char>(std::tolower(D));
        else
          W.append(S, I, Len);
        ++Letters;
        I += Len;
      } else if (D == '\'' && I + 1 < S.size() && letterAt(S, I + 1) &&
                 !W.empty()) {
        W += '\'';
        ++I;
      } else {
        break;
      }
    }
    ++T.Total;
    ++InSentence;
    T.Letters += Letters;
    T.Syllables += syllables(W);
    ++T.Lengths[Letters < 15 ? Letters : 15];
    if (Letters < 2 || isStopWord(W)) {
      Previous.clear();
      continue;
    }
    ++T.Content;
    T.Words.add(W);
    if (!Previous.empty())
      T.Pairs.add(Previous + " " + W);
    Previous = W;
  }
  if (InSentence)
    T.SentenceWords.push_back(InSentence);
}

std::string bar(std::size_t Value, std::size_t Max, std::size_t Width) {
  if (Max == 0)
    return std::string();
  std::size_t N = (Value * Width + Max - 1) / Max;
  return std::string(N, '#');
}

const char *easeLabel(double Ease) {
  static const struct {
    double Min;
    const char *Label;
  } Bands[] = {{90, "very easy"}, {80, "easy"},      {70, "fairly easy"},
               {60, "standard"},  {50, "fairly difficult"},
               {30, "difficult"}, {-1e9, "very difficult"}};
  for (const auto &B : Bands)
    if (Ease >= B.Min)
      return B.Label;
  return "";
}

} // namespace

void notes::printStats(const Document &Doc, int Top) {
  Tally T;
  for (const Block &B : Doc.Blocks)
    tallyText(T, proseOf(B));
  T.Sentences = T.SentenceWords.size();

  std::printf("stats: %zu words (%zu distinct content words), %zu sentences, "
              "%zu numbers\n",
              T.Total, T.Words.size(), T.Sentences, T.Numbers);
  if (T.Total == 0 || T.Sentences == 0)
    return;
  double WordsPerSentence = double(T.Total) / T.Sentences;
  double SyllablesPerWord = double(T.Syllables) / T.Total;
  double Ease = 206.835 - 1.015 * WordsPerSentence - 84.6 * SyllablesPerWord;
  double Grade = 0.39 * WordsPerSentence + 11.8 * SyllablesPerWord - 15.59;
  std::vector<std::size_t> Sorted = T.SentenceWords;
  std::sort(Sorted.begin(), Sorted.end());
  std::printf("  average word: %.1f letters, %.2f syllables\n",
              double(T.Letters) / T.Total, SyllablesPerWord);
  std::printf("  sentences: %.1f words on average, median %zu, longest %zu\n",
              WordsPerSentence, Sorted[Sorted.size() / 2], Sorted.back());
  std::printf("  reading ease (Flesch): %.1f, %s; grade level %.1f\n", Ease,
              easeLabel(Ease), Grade);
  std::printf("  lexical density: %.2f (content words per word)\n",
              double(T.Content) / T.Total);

  std::vector<const WordTable::Entry *> Ranked = T.Words.ranked();
  std::size_t Shown = std::min<std::size_t>(Top < 0 ? 0 : Top, Ranked.size());
  std::printf("\ntop %zu words:\n", Shown);
  for (std::size_t I = 0; I < Shown; ++I)
    std::printf("  %2zu. %-14s %3u  %s\n", I + 1, Ranked[I]->Word.c_str(),
                Ranked[I]->Count,
                bar(Ranked[I]->Count, Ranked[0]->Count, 30).c_str());

  std::printf("\nword lengths:\n");
  std::size_t Longest = 0, Max = 0;
  for (std::size_t L = 1; L < 16; ++L)
    if (T.Lengths[L]) {
      Longest = L;
      Max = std::max(Max, T.Lengths[L]);
    }
  for (std::size_t L = 1; L <= Longest; ++L)
    std::printf("  %2zu%s %4zu  %s\n", L, L == 15 ? "+" : " ", T.Lengths[L],
                bar(T.Lengths[L], Max, 40).c_str());

  std::vector<const WordTable::Entry *> Pairs = T.Pairs.ranked();
  std::printf("\nfrequent pairs:\n");
  std::size_t PairsShown = 0;
  for (const WordTable::Entry *E : Pairs) {
    if (E->Count < 2 || PairsShown == 5)
      break;
    std::printf("  %-28s %3u\n", E->Word.c_str(), E->Count);
    ++PairsShown;
  }
  if (!PairsShown)
    std::printf("  (no pair occurs twice)\n");
}
