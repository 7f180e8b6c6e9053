//===-- document.cpp - Parsing Markdown-like notes ------------------------===//
//
// A line-based block parser in the spirit of CommonMark's first phase:
// each line either continues the open block or closes it and opens another.
// Inline markup (emphasis, code spans, links) stays in the text; only the
// HTML export interprets it.
//
//===----------------------------------------------------------------------===//
#include "document.h"

#include <cctype>
#include <utility>

using namespace notes;

static bool isBlank(const std::string &Line) {
  for (char C : Line)
    if (!std::isspace(static_cast<unsigned char>(C)))
      return false;
  return true;
}

static std::string trim(const std::string &S) {
  std::size_t B = 0, E = S.size();
  while (B < E && std::isspace(static_cast<unsigned char>(S[B])))
    ++B;
  while (E > B && std::isspace(static_cast<unsigned char>(S[E - 1])))
    --E;
  return S.substr(B, E - B);
}

/// "## Title ##" -> level 2, "Title"; 0 when the line is no ATX heading.
static int headingLevel(const std::string &Line, std::string &Text) {
  std::size_t I = 0;
  while (I < Line.size() && I < 7 && Line[I] == '#')
    ++I;
  if (I == 0 || I > 6 || (I < Line.size() && Line[I] != ' '))
    return 0;
  std::string Rest = trim(Line.substr(I));
  while (!Rest.empty() && Rest.back() == '#')
    Rest.pop_back();
  Text = trim(Rest);
  return static_cast<int>(I);
}

/// "- item", "* item", "+ item" -> 1; "12. item", "3) item" -> 2; else 0.
static int listMarker(const std::string &Line, std::string &Item) {
  if (Line.size() >= 2 && (Line[0] == '-' || Line[0] == '*' || Line[0] == '+')
      && Line[1] == ' ') {
    Item = trim(Line.substr(2));
    return 1;
  }
  std::size_t I = 0;
  while (I < Line.size() && I < 9 && std::isdigit(static_cast<unsigned char>(Line[I])))
    ++I;
  if (I > 0 && I + 1 < Line.size() && (Line[I] == '.' || Line[I] == ')') &&
      Line[I + 1] == ' ') {
    Item = trim(Line.substr(I + 2));
    return 2;
  }
  return 0;
}

static bool isRule(const std::string &Line) {
  std::string T = trim(Line);
  if (T.size() < 3)
    return false;
  char C = T[0];
  if (C != '-' && C != '*' && C != '_')
    return false;
  for (char D : T)
    if (D != C && D != ' ')
      return false;
  return true;
}

Document notes::parseDocument(std::string Name, std::string Source) {
  Document Doc;
  Doc.Name = std::move(Name);
  Doc.Source = std::move(Source);

  std::vector<std::string> Lines;
  std::size_t Start = 0;
  const std::string &S = Doc.Source;
  while (Start < S.size()) {
    std::size_t End = S.find('\n', Start);
    if (End == std::string::npos)
      End = S.size();
    std::string Line = S.substr(Start, End - Start);
    if (!Line.empty() && Line.back() == '\r')
      Line.pop_back();
    Lines.push_back(std::move(Line));
    Start = End + 1;
  }

  Block *Open = nullptr; // paragraph, list or quote that a line may continue
  for (std::size_t N = 0; N < Lines.size(); ++N) {
    const std::string &Line = Lines[N];
    int LineNo = static_cast<int>(N) + 1;
    if (isBlank(Line)) {
      Open = nullptr;
      continue;
    }
    std::string Text;
    if (Line.compare(0, 3, "```") == 0) {
      Block B(BlockKind::Code);
      B.Info = trim(Line.substr(3));
      B.Line = LineNo;
      for (++N; N < Lines.size() && Lines[N].compare(0, 3, "```") != 0; ++N)
        B.Text += Lines[N] + "\n";
      Doc.Blocks.push_back(std::move(B));
      Open = nullptr;
      continue;
    }
    if (int Level = headingLevel(Line, Text)) {
      Block B(BlockKind::Heading);
      B.Level = Level;
      B.Text = Text;
      B.Line = LineNo;
      if (Level == 1 && Doc.Title.empty())
        Doc.Title = Text;
      Doc.Blocks.push_back(std::move(B));
      Open = nullptr;
      continue;
    }
    if (isRule(Line)) {
      Block B(BlockKind::Rule);
      B.Line = LineNo;
      Doc.Blocks.push_back(std::move(B));
      Open = nullptr;
      continue;
    }
    if (int Marker = listMarker(Line, Text)) {
      BlockKind Kind = Marker == 1 ? BlockKind::BulletList
                                   : BlockKind::NumberedList;
      if (!Open || Open->Kind != Kind) {
        Block B(Kind);
        B.Line = LineNo;
        Doc.Blocks.push_back(std::move(B));
        Open = &Doc.Blocks.back();
      }
      Open->Items.push_back(Text);
      continue;
    }
    if (Line[0] == '>') {
      Text = trim(Line.substr(1));
      if (!Open || Open->Kind != BlockKind::Quote) {
        Block B(BlockKind::Quote);
        B.Line = LineNo;
        Doc.Blocks.push_back(std::move(B));
        Open = &Doc.Blocks.back();
        Open->Text = Text;
      } else {
        Open->Text += " " + Text;
      }
      continue;
    }
    // Indented continuation of a list item, or paragraph text.
    Text = trim(Line);
    if (Open && (Open->Kind == BlockKind::BulletList ||
                 Open->Kind == BlockKind::NumberedList) &&
        std::isspace(static_cast<unsigned char>(Line[0]))) {
      Open->Items.back() += " " + Text;
      continue;
    }
    if (Open && (Open->Kind == BlockKind::Paragraph ||
                 Open->Kind == BlockKind::Quote)) {
      Open->Text += " " + Text;
      continue;
    }
    Block B(BlockKind::Paragraph);
    B.Text = Text;
    B.Line = LineNo;
    Doc.Blocks.push_back(std::move(B));
    Open = &Doc.Blocks.back();
  }
  if (Doc.Title.empty())
    Doc.Title = Doc.Name;
  return Doc;
}

std::size_t notes::countWords(const std::string &Text) {
  std::size_t Count = 0;
  bool InWord = false;
  for (char C : Text) {
    bool Space = std::isspace(static_cast<unsigned char>(C));
    if (!Space && !InWord)
      ++Count;
    InWord = !Space;
  }
  return Count;
}

std::string notes::proseOf(const Block &B) {
  switch (B.Kind) {
  case BlockKind::Code:
  case BlockKind::Rule:
    return std::string();
  case BlockKind::BulletList:
  case BlockKind::NumberedList: {
    std::string All;
    for (const std::string &Item : B.Items)
      All += Item + "\n";
    return All;
  }
  default:
    return B.Text;
  }
}
