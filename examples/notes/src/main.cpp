//===-- main.cpp - notes: read, list, export, analyse, compress -----------===//
//
// A small notes tool. The main module reads a document (the built-in
// sample, a file, or standard input), parses it and lists its outline;
// each other command is a split point (features.h) whose module loads the
// first time the command runs:
//
//   notes [-i FILE|-] [--top N] COMMAND...
//
//===----------------------------------------------------------------------===//
#include "document.h"
#include "features.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace notes;

static const char Usage[] =
    "usage: notes [-i FILE|-] [--top N] COMMAND...\n"
    "\n"
    "Reads a Markdown-like document (default: a built-in sample) and runs\n"
    "each COMMAND in order:\n"
    "  list      the outline: numbered headings and their word counts\n"
    "  cat       the document's text\n"
    "  export    a standalone HTML page with a table of contents\n"
    "  export=F  the same, written to file F, with a one-line summary\n"
    "  stats     word statistics, the --top N (default 10) words, histograms\n"
    "  compress  DEFLATE at three levels with a round-trip check\n"
    "  gzip      the document as a .gz file on standard output\n";

static bool readAll(std::FILE *F, std::string &Out) {
  char Buf[4096];
  std::size_t N;
  while ((N = std::fread(Buf, 1, sizeof Buf, F)) > 0)
    Out.append(Buf, N);
  return !std::ferror(F);
}

static bool loadDocument(const char *Path, Document &Doc) {
  if (!Path) {
    Doc = parseDocument("<sample>", sampleText());
    return true;
  }
  std::string Text;
  if (std::strcmp(Path, "-") == 0) {
    if (!readAll(stdin, Text)) {
      std::fprintf(stderr, "notes: cannot read standard input\n");
      return false;
    }
    Doc = parseDocument("<stdin>", std::move(Text));
    return true;
  }
  std::FILE *F = std::fopen(Path, "rb");
  if (!F) {
    std::fprintf(stderr, "notes: cannot open %s: %s\n", Path,
                 std::strerror(errno));
    return false;
  }
  bool Ok = readAll(F, Text);
  std::fclose(F);
  if (!Ok) {
    std::fprintf(stderr, "notes: cannot read %s\n", Path);
    return false;
  }
  Doc = parseDocument(Path, std::move(Text));
  return true;
}

/// Prints numbered headings, each with the words of its own blocks.
static void listOutline(const Document &Doc) {
  std::size_t Words = 0, Lines = 0;
  for (const Block &B : Doc.Blocks)
    Words += countWords(proseOf(B));
  for (char C : Doc.Source)
    Lines += C == '\n';
  std::printf("%s (%s): %zu lines, %zu blocks, %zu words\n", Doc.Title.c_str(),
              Doc.Name.c_str(), Lines, Doc.Blocks.size(), Words);

  int Counters[7] = {0};
  int Top = 7;
  for (const Block &B : Doc.Blocks)
    if (B.Kind == BlockKind::Heading && B.Level < Top)
      Top = B.Level;
  for (std::size_t I = 0; I < Doc.Blocks.size(); ++I) {
    const Block &H = Doc.Blocks[I];
    if (H.Kind != BlockKind::Heading)
      continue;
    ++Counters[H.Level];
    for (int L = H.Level + 1; L < 7; ++L)
      Counters[L] = 0;
    std::string Number;
    for (int L = Top; L <= H.Level; ++L) {
      if (!Number.empty())
        Number += '.';
      Number += std::to_string(Counters[L]);
    }
    std::size_t Own = 0, Blocks = 0;
    for (std::size_t J = I + 1; J < Doc.Blocks.size() &&
                                Doc.Blocks[J].Kind != BlockKind::Heading;
         ++J, ++Blocks)
      Own += countWords(proseOf(Doc.Blocks[J]));
    std::printf("  %-8s %*s%-*s %4zu words, %zu block%s\n", Number.c_str(),
                2 * (H.Level - Top), "", 28 - 2 * (H.Level - Top),
                H.Text.c_str(), Own, Blocks, Blocks == 1 ? "" : "s");
  }
}

/// `export=FILE`: the page goes to FILE, a summary to standard output.
static bool writeHtml(const Document &Doc, const char *Path) {
  std::string Html = renderHtml(Doc);
  std::FILE *F = std::fopen(Path, "wb");
  bool Ok = F && std::fwrite(Html.data(), 1, Html.size(), F) == Html.size();
  if (F && std::fclose(F) != 0)
    Ok = false;
  if (!Ok) {
    std::fprintf(stderr, "notes: cannot write %s: %s\n", Path,
                 std::strerror(errno));
    return false;
  }
  std::size_t Sections = 0;
  for (const Block &B : Doc.Blocks)
    Sections += B.Kind == BlockKind::Heading;
  std::printf("export: wrote %s, %zu bytes of HTML, %zu sections\n", Path,
              Html.size(), Sections);
  return true;
}

int main(int Argc, char **Argv) {
  const char *Input = nullptr;
  int Top = 10;
  int First = 1;
  for (; First < Argc && Argv[First][0] == '-'; ++First) {
    const char *A = Argv[First];
    if ((!std::strcmp(A, "-i") || !std::strcmp(A, "--input")) &&
        First + 1 < Argc) {
      Input = Argv[++First];
    } else if (!std::strcmp(A, "--top") && First + 1 < Argc) {
      Top = std::atoi(Argv[++First]);
    } else if (!std::strcmp(A, "-h") || !std::strcmp(A, "--help")) {
      std::fputs(Usage, stdout);
      return 0;
    } else {
      std::fprintf(stderr, "notes: unknown option '%s'\n%s", A, Usage);
      return 2;
    }
  }
  if (First == Argc) {
    std::fputs(Usage, stderr);
    return 2;
  }
  for (int I = First; I < Argc; ++I) {
    const char *C = Argv[I];
    if (std::strcmp(C, "list") && std::strcmp(C, "cat") &&
        std::strcmp(C, "export") && std::strncmp(C, "export=", 7) &&
        std::strcmp(C, "stats") &&
        std::strcmp(C, "compress") && std::strcmp(C, "gzip")) {
      std::fprintf(stderr, "notes: unknown command '%s'\n%s", C, Usage);
      return 2;
    }
  }

  Document Doc;
  if (!loadDocument(Input, Doc))
    return 1;

  int Status = 0;
  for (int I = First; I < Argc; ++I) {
    const char *C = Argv[I];
    std::fflush(stdout);
    if (!std::strcmp(C, "list")) {
      listOutline(Doc);
    } else if (!std::strcmp(C, "cat")) {
      std::fwrite(Doc.Source.data(), 1, Doc.Source.size(), stdout);
    } else if (!std::strcmp(C, "export")) {
      std::string Html = renderHtml(Doc);
      std::fwrite(Html.data(), 1, Html.size(), stdout);
    } else if (!std::strncmp(C, "export=", 7)) {
      if (!writeHtml(Doc, C + 7))
        Status = 1;
    } else if (!std::strcmp(C, "stats")) {
      printStats(Doc, Top);
    } else if (!std::strcmp(C, "compress")) {
      if (!printCompression(Doc))
        Status = 1;
    } else {
      std::vector<std::uint8_t> Gz = gzipDocument(Doc);
      std::fwrite(Gz.data(), 1, Gz.size(), stdout);
    }
  }
  return Status;
}
