//===-- export.cpp - Notes as a standalone HTML page ----------------------===//
//
// Split "export". Renders a document as one self-contained, ASCII-only HTML
// page: a numbered table of contents linking to unique heading anchors,
// inline markup (code spans, strong and emphasis, links, autolinks,
// backslash escapes), typographic quotes and dashes, and every non-ASCII
// character written as a named or numeric character reference. Raw HTML in
// the input is shown, not interpreted, and only http(s), mailto and
// relative links survive, so a hostile document cannot inject script.
//
//===----------------------------------------------------------------------===//
#include "features.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>

using namespace notes;

namespace {

//===----------------------------------------------------------------------===//
// Character references
//===----------------------------------------------------------------------===//

struct NamedEntity {
  std::uint32_t CodePoint;
  const char *Name;
};

// HTML 4's Latin-1, symbol and punctuation entities, sorted by code point.
const NamedEntity Entities[] = {
    {0x00A0, "nbsp"},   {0x00A1, "iexcl"},  {0x00A2, "cent"},
    {0x00A3, "pound"},  {0x00A4, "curren"}, {0x00A5, "yen"},
    {0x00A6, "brvbar"}, {0x00A7, "sect"},   {0x00A8, "uml"},
    {0x00A9, "copy"},   {0x00AA, "ordf"},   {0x00AB, "laquo"},
    {0x00AC, "not"},    {0x00AD, "shy"},    {0x00AE, "reg"},
    {0x00AF, "macr"},   {0x00B0, "deg"},    {0x00B1, "plusmn"},
    {0x00B2, "sup2"},   {0x00B3, "sup3"},   {0x00B4, "acute"},
    {0x00B5, "micro"},  {0x00B6, "para"},   {0x00B7, "middot"},
    {0x00B8, "cedil"},  {0x00B9, "sup1"},   {0x00BA, "ordm"},
    {0x00BB, "raquo"},  {0x00BC, "frac14"}, {0x00BD, "frac12"},
    {0x00BE, "frac34"}, {0x00BF, "iquest"}, {0x00C0, "Agrave"},
    {0x00C1, "Aacute"}, {0x00C2, "Acirc"},  {0x00C3, "Atilde"},
    {0x00C4, "Auml"},   {0x00C5, "Aring"},  {0x00C6, "AElig"},
    {0x00C7, "Ccedil"}, {0x00C8, "Egrave"}, {0x00C9, "Eacute"},
    {0x00CA, "Ecirc"},  {0x00CB, "Euml"},   {0x00CC, "Igrave"},
    {0x00CD, "Iacute"}, {0x00CE, "Icirc"},  {0x00CF, "Iuml"},
    {0x00D0, "ETH"},    {0x00D1, "Ntilde"}, {0x00D2, "Ograve"},
    {0x00D3, "Oacute"}, {0x00D4, "Ocirc"},  {0x00D5, "Otilde"},
    {0x00D6, "Ouml"},   {0x00D7, "times"},  {0x00D8, "Oslash"},
    {0x00D9, "Ugrave"}, {0x00DA, "Uacute"}, {0x00DB, "Ucirc"},
    {0x00DC, "Uuml"},   {0x00DD, "Yacute"}, {0x00DE, "THORN"},
    {0x00DF, "szlig"},  {0x00E0, "agrave"}, {0x00E1, "aacute"},
    {0x00E2, "acirc"},  {0x00E3, "atilde"}, {0x00E4, "auml"},
    {0x00E5, "aring"},  {0x00E6, "aelig"},  {0x00E7, "ccedil"},
    {0x00E8, "egrave"}, {0x00E9, "eacute"}, {0x00EA, "ecirc"},
    {0x00EB, "euml"},   {0x00EC, "igrave"}, {0x00ED, "iacute"},
    {0x00EE, "icirc"},  {0x00EF, "iuml"},   {0x00F0, "eth"},
    {0x00F1, "ntilde"}, {0x00F2, "ograve"}, {0x00F3, "oacute"},
    {0x00F4, "ocirc"},  {0x00F5, "otilde"}, {0x00F6, "ouml"},
    {0x00F7, "divide"}, {0x00F8, "oslash"}, {0x00F9, "ugrave"},
    {0x00FA, "uacute"}, {0x00FB, "ucirc"},  {0x00FC, "uuml"},
    {0x00FD, "yacute"}, {0x00FE, "thorn"},  {0x00FF, "yuml"},
    {0x0152, "OElig"},  {0x0153, "oelig"},  {0x0160, "Scaron"},
    {0x0161, "scaron"}, {0x0178, "Yuml"},   {0x0192, "fnof"},
    {0x02C6, "circ"},   {0x02DC, "tilde"},  {0x0391, "Alpha"},
    {0x0392, "Beta"},   {0x0393, "Gamma"},  {0x0394, "Delta"},
    {0x0395, "Epsilon"}, {0x0396, "Zeta"},  {0x0397, "Eta"},
    {0x0398, "Theta"},  {0x0399, "Iota"},   {0x039A, "Kappa"},
    {0x039B, "Lambda"}, {0x039C, "Mu"},     {0x039D, "Nu"},
    {0x039E, "Xi"},     {0x039F, "Omicron"}, {0x03A0, "Pi"},
    {0x03A1, "Rho"},    {0x03A3, "Sigma"},  {0x03A4, "Tau"},
    {0x03A5, "Upsilon"}, {0x03A6, "Phi"},   {0x03A7, "Chi"},
    {0x03A8, "Psi"},    {0x03A9, "Omega"},  {0x03B1, "alpha"},
    {0x03B2, "beta"},   {0x03B3, "gamma"},  {0x03B4, "delta"},
    {0x03B5, "epsilon"}, {0x03B6, "zeta"},  {0x03B7, "eta"},
    {0x03B8, "theta"},  {0x03B9, "iota"},   {0x03BA, "kappa"},
    {0x03BB, "lambda"}, {0x03BC, "mu"},     {0x03BD, "nu"},
    {0x03BE, "xi"},     {0x03BF, "omicron"}, {0x03C0, "pi"},
    {0x03C1, "rho"},    {0x03C2, "sigmaf"}, {0x03C3, "sigma"},
    {0x03C4, "tau"},    {0x03C5, "upsilon"}, {0x03C6, "phi"},
    {0x03C7, "chi"},    {0x03C8, "psi"},    {0x03C9, "omega"},
    {0x2002, "ensp"},   {0x2003, "emsp"},   {0x2009, "thinsp"},
    {0x200C, "zwnj"},   {0x200D, "zwj"},    {0x200E, "lrm"},
    {0x200F, "rlm"},    {0x2013, "ndash"},  {0x2014, "mdash"},
    {0x2018, "lsquo"},  {0x2019, "rsquo"},  {0x201A, "sbquo"},
    {0x201C, "ldquo"},  {0x201D, "rdquo"},  {0x201E, "bdquo"},
    {0x2020, "dagger"}, {0x2021, "Dagger"}, {0x2022, "bull"},
    {0x2026, "hellip"}, {0x2030, "permil"}, {0x2032, "prime"},
    {0x2033, "Prime"},  {0x2039, "lsaquo"}, {0x203A, "rsaquo"},
    {0x203E, "oline"},  {0x2044, "frasl"},  {0x20AC, "euro"},
    {0x2111, "image"},  {0x2118, "weierp"}, {0x211C, "real"},
    {0x2122, "trade"},  {0x2135, "alefsym"}, {0x2190, "larr"},
    {0x2191, "uarr"},   {0x2192, "rarr"},   {0x2193, "darr"},
    {0x2194, "harr"},   {0x21B5, "crarr"},  {0x21D0, "lArr"},
    {0x21D1, "uArr"},   {0x21D2, "rArr"},   {0x21D3, "dArr"},
    {0x21D4, "hArr"},   {0x2200, "forall"}, {0x2202, "part"},
    {0x2203, "exist"},  {0x2205, "empty"},  {0x2207, "nabla"},
    {0x2208, "isin"},   {0x2209, "notin"},  {0x220B, "ni"},
    {0x220F, "prod"},   {0x2211, "sum"},    {0x2212, "minus"},
    {0x2217, "lowast"}, {0x221A, "radic"},  {0x221D, "prop"},
    {0x221E, "infin"},  {0x2220, "ang"},    {0x2227, "and"},
    {0x2228, "or"},     {0x2229, "cap"},    {0x222A, "cup"},
    {0x222B, "int"},    {0x2234, "there4"}, {0x223C, "sim"},
    {0x2245, "cong"},   {0x2248, "asymp"},  {0x2260, "ne"},
    {0x2261, "equiv"},  {0x2264, "le"},     {0x2265, "ge"},
    {0x2282, "sub"},    {0x2283, "sup"},    {0x2284, "nsub"},
    {0x2286, "sube"},   {0x2287, "supe"},   {0x2295, "oplus"},
    {0x2297, "otimes"}, {0x22A5, "perp"},   {0x22C5, "sdot"},
    {0x2308, "lceil"},  {0x2309, "rceil"},  {0x230A, "lfloor"},
    {0x230B, "rfloor"}, {0x2329, "lang"},   {0x232A, "rang"},
    {0x25CA, "loz"},    {0x2660, "spades"}, {0x2663, "clubs"},
    {0x2665, "hearts"}, {0x2666, "diams"},
};

const char *entityName(std::uint32_t CP) {
  std::size_t Lo = 0, Hi = sizeof Entities / sizeof Entities[0];
  while (Lo < Hi) {
    std::size_t Mid = (Lo + Hi) / 2;
    if (Entities[Mid].CodePoint < CP)
      Lo = Mid + 1;
    else
      Hi = Mid;
  }
  if (Lo < sizeof Entities / sizeof Entities[0] && Entities[Lo].CodePoint == CP)
    return Entities[Lo].Name;
  return nullptr;
}

/// Decodes one UTF-8 sequence at S[I]; malformed or overlong input and
/// surrogates give U+FFFD and consume one byte.
std::uint32_t decodeUtf8(const std::string &S, std::size_t &I) {
  unsigned char C = S[I];
  int Len = C >= 0xF0 && C < 0xF5 ? 4 : C >= 0xE0 ? 3 : C >= 0xC2 ? 2 : 0;
  if (C >= 0xF5)
    Len = 0;
  if (Len == 0 || I + Len > S.size()) {
    ++I;
    return 0xFFFD;
  }
  std::uint32_t CP = C & (0x7F >> Len);
  for (int K = 1; K < Len; ++K) {
    unsigned char D = S[I + K];
    if ((D & 0xC0) != 0x80) {
      ++I;
      return 0xFFFD;
    }
    CP = CP << 6 | (D & 0x3F);
  }
  static const std::uint32_t Min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (CP < Min[Len] || CP > 0x10FFFF || (CP >= 0xD800 && CP <= 0xDFFF)) {
    ++I;
    return 0xFFFD;
  }
  I += Len;
  return CP;
}

void appendCodePoint(std::string &Out, std::uint32_t CP) {
  if (const char *Name = entityName(CP)) {
    Out += '&';
    Out += Name;
    Out += ';';
    return;
  }
  char Buf[16];
  std::snprintf(Buf, sizeof Buf, "&#x%X;", static_cast<unsigned>(CP));
  Out += Buf;
}

/// Escapes text for element content and quoted attribute values.
void appendEscaped(std::string &Out, const std::string &S) {
  for (std::size_t I = 0; I < S.size();) {
    unsigned char C = S[I];
    if (C >= 0x80) {
      appendCodePoint(Out, decodeUtf8(S, I));
      continue;
    }
    switch (C) {
    case '&': Out += "&amp;"; break;
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '"': Out += "&quot;"; break;
    case '\'': Out += "&#39;"; break;
    default:
      if (C < 0x20 && C != '\n' && C != '\t')
        Out += "&#xFFFD;";
      else
        Out += static_cast<char>(C);
    }
    ++I;
  }
}

std::string escaped(const std::string &S) {
  std::string Out;
  appendEscaped(Out, S);
  return Out;
}

//===----------------------------------------------------------------------===//
// Inline markup
//===----------------------------------------------------------------------===//

/// Links may point to the web, to mail, or within the site; anything else
/// (javascript:, data:, vbscript:, ...) becomes a dead link.
bool isSafeUrl(const std::string &Url) {
  std::size_t Colon = Url.find(':');
  std::size_t Slash = Url.find_first_of("/?#");
  if (Colon == std::string::npos || (Slash != std::string::npos && Slash < Colon))
    return true; // relative
  std::string Scheme;
  for (std::size_t I = 0; I < Colon; ++I)
    Scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(Url[I])));
  return Scheme == "http" || Scheme == "https" || Scheme == "mailto";
}

/// Percent-encodes what may not appear in an href and escapes the rest.
std::string hrefOf(const std::string &Url) {
  if (!isSafeUrl(Url))
    return "#";
  static const char Hex[] = "0123456789ABCDEF";
  std::string Out;
  for (unsigned char C : Url) {
    if (C <= 0x20 || C >= 0x7F || C == '"' || C == '<' || C == '>' ||
        C == '\\' || C == '^' || C == '`' || C == '{' || C == '|' ||
        C == '}') {
      Out += '%';
      Out += Hex[C >> 4];
      Out += Hex[C & 15];
    } else if (C == '&') {
      Out += "&amp;";
    } else if (C == '\'') {
      Out += "&#39;";
    } else {
      Out += static_cast<char>(C);
    }
  }
  return Out;
}

class InlineRenderer {
public:
  explicit InlineRenderer(std::string &Out) : Out(Out) {}

  void render(const std::string &S) {
    Text = &S;
    I = 0;
    OpenDouble = OpenSingle = false;
    Strong = Emph = false;
    while (I < S.size())
      step();
    // Unclosed markup closes at the end of the block.
    if (Emph)
      Out += "</em>";
    if (Strong)
      Out += "</strong>";
  }

private:
  std::string &Out;
  const std::string *Text = nullptr;
  std::size_t I = 0;
  bool OpenDouble = false, OpenSingle = false;
  bool Strong = false, Emph = false;

  char at(std::size_t K) const { return K < Text->size() ? (*Text)[K] : '\0'; }

  bool wordBefore() const {
    return I > 0 && std::isalnum(static_cast<unsigned char>((*Text)[I - 1]));
  }

  void step() {
    const std::string &S = *Text;
    char C = S[I];
    switch (C) {
    case '\\':
      if (I + 1 < S.size() && std::ispunct(static_cast<unsigned char>(S[I + 1]))) {
        appendEscaped(Out, std::string(1, S[I + 1]));
        I += 2;
        return;
      }
      break;
    case '`': {
      std::size_t Ticks = 0;
      while (at(I + Ticks) == '`')
        ++Ticks;
      std::string Fence(Ticks, '`');
      std::size_t End = S.find(Fence, I + Ticks);
      if (End != std::string::npos) {
        std::string Code = S.substr(I + Ticks, End - I - Ticks);
        if (Code.size() >= 2 && Code.front() == ' ' && Code.back() == ' ')
          Code = Code.substr(1, Code.size() - 2);
        Out += "<code>";
        appendEscaped(Out, Code);
        Out += "</code>";
        I = End + Ticks;
        return;
      }
      Out.append(Ticks, '`');
      I += Ticks;
      return;
    }
    case '*':
    case '_':
      if (at(I + 1) == C) {
        Out += Strong ? "</strong>" : "<strong>";
        Strong = !Strong;
        I += 2;
        return;
      }
      // An underscore inside a word (snake_case) is no emphasis.
      if (C == '_' && wordBefore() &&
          std::isalnum(static_cast<unsigned char>(at(I + 1))))
        break;
      if (Emph || !std::isspace(static_cast<unsigned char>(at(I + 1)))) {
        Out += Emph ? "</em>" : "<em>";
        Emph = !Emph;
        ++I;
        return;
      }
      break;
    case '[':
      if (link())
        return;
      break;
    case '<':
      if (autolink())
        return;
      break;
    case '"':
      Out += OpenDouble ? "&rdquo;" : "&ldquo;";
      OpenDouble = !OpenDouble;
      ++I;
      return;
    case '\'':
      // An apostrophe inside a word, or a closing quote.
      if (wordBefore() || OpenSingle) {
        Out += "&rsquo;";
        OpenSingle = wordBefore() ? OpenSingle : false;
      } else {
        Out += "&lsquo;";
        OpenSingle = true;
      }
      ++I;
      return;
    case '-':
      if (at(I + 1) == '-' && at(I + 2) == '-') {
        Out += "&mdash;";
        I += 3;
        return;
      }
      if (at(I + 1) == '-') {
        Out += "&ndash;";
        I += 2;
        return;
      }
      // A hyphen between digits is a range: 4-5 hours.
      if (I > 0 && std::isdigit(static_cast<unsigned char>(S[I - 1])) &&
          std::isdigit(static_cast<unsigned char>(at(I + 1)))) {
        Out += "&ndash;";
        ++I;
        return;
      }
      break;
    case '.':
      if (at(I + 1) == '.' && at(I + 2) == '.') {
        Out += "&hellip;";
        I += 3;
        return;
      }
      break;
    default:
      break;
    }
    if (static_cast<unsigned char>(C) >= 0x80) {
      appendCodePoint(Out, decodeUtf8(S, I));
      return;
    }
    appendEscaped(Out, std::string(1, C));
    ++I;
  }

  /// [text](url "title")
  bool link() {
    const std::string &S = *Text;
    std::size_t Close = S.find(']', I + 1);
    if (Close == std::string::npos || at(Close + 1) != '(')
      return false;
    // The target ends at the ')' that balances the '(' (URLs have parens).
    std::size_t End = Close + 2;
    for (int Depth = 1; End < S.size(); ++End) {
      Depth += S[End] == '(' ? 1 : S[End] == ')' ? -1 : 0;
      if (Depth == 0)
        break;
    }
    if (End >= S.size())
      return false;
    std::string Label = S.substr(I + 1, Close - I - 1);
    std::string Target = S.substr(Close + 2, End - Close - 2);
    std::string Title;
    std::size_t Space = Target.find(" \"");
    if (Space != std::string::npos && Target.back() == '"') {
      Title = Target.substr(Space + 2, Target.size() - Space - 3);
      Target.resize(Space);
    }
    Out += "<a href=\"" + hrefOf(Target) + "\"";
    if (!Title.empty())
      Out += " title=\"" + escaped(Title) + "\"";
    Out += ">";
    InlineRenderer Inner(Out);
    Inner.render(Label);
    Out += "</a>";
    I = End + 1;
    return true;
  }

  /// <https://example.org>, <mailto:a@b.c>
  bool autolink() {
    const std::string &S = *Text;
    std::size_t End = S.find('>', I + 1);
    if (End == std::string::npos)
      return false;
    std::string Url = S.substr(I + 1, End - I - 1);
    if (Url.find(' ') != std::string::npos ||
        (Url.compare(0, 7, "http://") != 0 && Url.compare(0, 8, "https://") != 0 &&
         Url.compare(0, 7, "mailto:") != 0))
      return false;
    Out += "<a href=\"" + hrefOf(Url) + "\">";
    appendEscaped(Out, Url.compare(0, 7, "mailto:") == 0 ? Url.substr(7) : Url);
    Out += "</a>";
    I = End + 1;
    return true;
  }
};

std::string inlineHtml(const std::string &S) {
  std::string Out;
  InlineRenderer(Out).render(S);
  return Out;
}

/// The text of inline markup without the markup, for titles and anchors.
std::string plainText(const std::string &S) {
  std::string Out;
  for (std::size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C == '*' || C == '_' || C == '`')
      continue;
    if (C == '\\' && I + 1 < S.size()) {
      Out += S[++I];
      continue;
    }
    if (C == '[') {
      std::size_t Close = S.find("](", I);
      std::size_t End = Close == std::string::npos ? Close : S.find(')', Close);
      if (End != std::string::npos) {
        Out += plainText(S.substr(I + 1, Close - I - 1));
        I = End;
        continue;
      }
    }
    Out += C;
  }
  return Out;
}

//===----------------------------------------------------------------------===//
// Anchors and the table of contents
//===----------------------------------------------------------------------===//

/// GitHub-style anchors: lower case, spaces become '-', punctuation goes,
/// non-ASCII letters stay (percent-encoded in links by the browser).
std::string slugOf(const std::string &Heading) {
  std::string Slug;
  for (unsigned char C : plainText(Heading)) {
    if (std::isalnum(C))
      Slug += static_cast<char>(std::tolower(C));
    else if (C == ' ' || C == '-')
      Slug += '-';
    else if (C >= 0x80)
      Slug += static_cast<char>(C);
  }
  if (Slug.empty())
    Slug = "section";
  return Slug;
}

struct TocEntry {
  int Level;
  std::string Number; // "2.1"
  std::string Anchor;
  std::string Html;   // the heading's inline HTML
};

class Anchors {
public:
  std::string unique(const std::string &Base) {
    std::string Candidate = Base;
    for (int N = 1; contains(Candidate); ++N)
      Candidate = Base + "-" + std::to_string(N);
    Used.push_back(Candidate);
    return Candidate;
  }

private:
  std::vector<std::string> Used;
  bool contains(const std::string &S) const {
    for (const std::string &U : Used)
      if (U == S)
        return true;
    return false;
  }
};

std::vector<TocEntry> buildToc(const Document &Doc) {
  std::vector<TocEntry> Toc;
  Anchors Used;
  int Top = 7, Counters[7] = {0};
  for (const Block &B : Doc.Blocks)
    if (B.Kind == BlockKind::Heading && B.Level < Top)
      Top = B.Level;
  for (const Block &B : Doc.Blocks) {
    if (B.Kind != BlockKind::Heading)
      continue;
    ++Counters[B.Level];
    for (int L = B.Level + 1; L < 7; ++L)
      Counters[L] = 0;
    std::string Number;
    for (int L = Top; L <= B.Level; ++L)
      Number += (Number.empty() ? "" : ".") + std::to_string(Counters[L]);
    Toc.push_back({B.Level, Number, Used.unique(slugOf(B.Text)),
                   inlineHtml(B.Text)});
  }
  return Toc;
}

void appendToc(std::string &Out, const std::vector<TocEntry> &Toc) {
  if (Toc.size() < 2)
    return;
  Out += "<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n";
  int Depth = 0;
  int Base = Toc[0].Level;
  for (const TocEntry &E : Toc)
    if (E.Level < Base)
      Base = E.Level;
  for (const TocEntry &E : Toc) {
    int Want = E.Level - Base + 1;
    if (Want > Depth) {
      // Each nested list sits in an item; a skipped level (h2 to h4) gets
      // an item of its own.
      while (Depth < Want) {
        if (Depth > 0)
          Out += "\n";
        Out += std::string(2 * Depth, ' ') + "<ol>\n";
        ++Depth;
        if (Depth < Want)
          Out += std::string(2 * Depth, ' ') + "<li>";
      }
    } else {
      Out += "</li>\n";
      while (Depth > Want) {
        --Depth;
        Out += std::string(2 * Depth, ' ') + "</ol></li>\n";
      }
    }
    Out += std::string(2 * Depth, ' ') + "<li><a href=\"#" + E.Anchor +
           "\"><span class=\"num\">" + E.Number + "</span> " + E.Html +
           "</a>";
  }
  Out += "</li>\n";
  while (Depth > 0) {
    --Depth;
    Out += std::string(2 * Depth, ' ') + (Depth ? "</ol></li>\n" : "</ol>\n");
  }
  Out += "</nav>\n";
}

//===----------------------------------------------------------------------===//
// The page
//===----------------------------------------------------------------------===//

const char StyleSheet[] = R"css(
:root { --ink: #1d1f21; --muted: #5f6368; --rule: #dadce0; --accent: #1a5fb4;
        --code-bg: #f6f8fa; --quote: #8a6d3b; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e8eaed; --muted: #9aa0a6; --rule: #3c4043;
          --accent: #8ab4f8; --code-bg: #202124; --quote: #e0c27a; }
  body { background: #171717; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.25rem 4rem;
       font: 17px/1.6 "Iowan Old Style", "Palatino Linotype", Georgia, serif;
       color: var(--ink); }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, -apple-system, "Segoe UI",
       Roboto, sans-serif; line-height: 1.25; margin: 2rem 0 0.75rem; }
h1 { font-size: 2.1rem; margin-top: 0; }
h2 { font-size: 1.5rem; border-bottom: 1px solid var(--rule);
     padding-bottom: 0.3rem; }
h3 { font-size: 1.2rem; }
h1 .num, h2 .num, h3 .num, h4 .num { color: var(--muted); font-weight: 400;
     margin-right: 0.4rem; }
a { color: var(--accent); text-decoration-thickness: 1px;
    text-underline-offset: 2px; }
a.anchor { visibility: hidden; margin-left: 0.3rem; text-decoration: none; }
h2:hover a.anchor, h3:hover a.anchor, h4:hover a.anchor { visibility: visible; }
code, pre { font: 0.88em/1.5 ui-monospace, "SF Mono", Menlo, Consolas,
            monospace; background: var(--code-bg); border-radius: 4px; }
code { padding: 0.1em 0.3em; }
pre { padding: 0.8rem 1rem; overflow-x: auto; counter-reset: line; }
pre code { padding: 0; background: none; }
pre .ln { display: inline-block; width: 2.2em; margin-right: 0.8em;
          color: var(--muted); text-align: right; user-select: none; }
blockquote { margin: 1.2rem 0; padding: 0.2rem 1rem;
             border-left: 4px solid var(--quote); font-style: italic; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2.5rem 0; }
nav.toc { border: 1px solid var(--rule); border-radius: 6px;
          padding: 0.6rem 1.2rem; margin: 1.5rem 0 2rem;
          font-family: system-ui, sans-serif; font-size: 0.95rem; }
nav.toc h2 { font-size: 1rem; border: 0; margin: 0.4rem 0; }
nav.toc ol { list-style: none; padding-left: 1.2rem; margin: 0.2rem 0; }
nav.toc > ol { padding-left: 0; }
nav.toc .num { color: var(--muted); display: inline-block; min-width: 2.4em; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem;
         border-top: 1px solid var(--rule); padding-top: 0.8rem; }
@media print { nav.toc, a.anchor { display: none; }
               body { max-width: none; font-size: 12pt; } }
)css";

void appendCode(std::string &Out, const Block &B) {
  Out += "<pre><code";
  if (!B.Info.empty()) {
    std::string Lang;
    for (char C : B.Info)
      if (std::isalnum(static_cast<unsigned char>(C)) || C == '-' || C == '+')
        Lang += C;
      else
        break;
    if (!Lang.empty())
      Out += " class=\"language-" + Lang + "\"";
  }
  Out += ">";
  int Line = 0;
  std::size_t Start = 0;
  while (Start < B.Text.size()) {
    std::size_t End = B.Text.find('\n', Start);
    if (End == std::string::npos)
      End = B.Text.size();
    Out += "<span class=\"ln\">" + std::to_string(++Line) + "</span>";
    appendEscaped(Out, B.Text.substr(Start, End - Start));
    Out += "\n";
    Start = End + 1;
  }
  Out += "</code></pre>\n";
}

} // namespace

std::string notes::renderHtml(const Document &Doc) {
  std::vector<TocEntry> Toc = buildToc(Doc);
  std::size_t Words = 0;
  for (const Block &B : Doc.Blocks)
    Words += countWords(proseOf(B));

  std::string Out;
  Out.reserve(Doc.Source.size() * 2 + sizeof StyleSheet + 1024);
  Out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
         "<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"notes (wsplit example)\">\n"
         "<title>";
  appendEscaped(Out, plainText(Doc.Title));
  Out += "</title>\n<style>";
  Out += StyleSheet;
  Out += "</style>\n</head>\n<body>\n<article>\n";

  std::size_t Heading = 0;
  bool TocDone = false;
  for (const Block &B : Doc.Blocks) {
    switch (B.Kind) {
    case BlockKind::Heading: {
      // The contents go after the title, before the first section.
      if (!TocDone && Heading > 0) {
        appendToc(Out, Toc);
        TocDone = true;
      }
      const TocEntry &E = Toc[Heading++];
      std::string Tag = "h" + std::to_string(B.Level);
      Out += "<" + Tag + " id=\"" + E.Anchor + "\">";
      if (B.Level > 1 || Heading > 1)
        Out += "<span class=\"num\">" + E.Number + "</span> ";
      Out += E.Html;
      if (B.Level > 1)
        Out += "<a class=\"anchor\" href=\"#" + E.Anchor +
               "\" aria-label=\"Link to this section\">#</a>";
      Out += "</" + Tag + ">\n";
      break;
    }
    case BlockKind::Paragraph:
      Out += "<p>" + inlineHtml(B.Text) + "</p>\n";
      break;
    case BlockKind::Quote:
      Out += "<blockquote><p>" + inlineHtml(B.Text) + "</p></blockquote>\n";
      break;
    case BlockKind::BulletList:
    case BlockKind::NumberedList: {
      const char *Tag = B.Kind == BlockKind::BulletList ? "ul" : "ol";
      Out += std::string("<") + Tag + ">\n";
      for (const std::string &Item : B.Items)
        Out += "  <li>" + inlineHtml(Item) + "</li>\n";
      Out += std::string("</") + Tag + ">\n";
      break;
    }
    case BlockKind::Code:
      appendCode(Out, B);
      break;
    case BlockKind::Rule:
      Out += "<hr>\n";
      break;
    }
  }
  if (!TocDone)
    appendToc(Out, Toc);

  char Footer[160];
  std::snprintf(Footer, sizeof Footer,
                "</article>\n<footer>%zu words, about %zu min to read; "
                "%zu sections. ",
                Words, (Words + 199) / 200, Toc.size());
  Out += Footer;
  Out += "Source: ";
  appendEscaped(Out, Doc.Name);
  Out += "</footer>\n</body>\n</html>\n";
  return Out;
}
