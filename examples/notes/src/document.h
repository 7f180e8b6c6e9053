//===-- document.h - A notes document and its outline -----------*- C++ -*-===//
//
// A document is Markdown-like text parsed into blocks: headings, paragraphs,
// bullet and numbered lists, quotes, code blocks and rules. The main module
// parses and lists documents; the features that render, analyse and compress
// them (features.h) are split points, loaded on first use.
//
//===----------------------------------------------------------------------===//
#ifndef NOTES_DOCUMENT_H
#define NOTES_DOCUMENT_H

#include <cstddef>
#include <string>
#include <vector>

namespace notes {

enum class BlockKind { Heading, Paragraph, BulletList, NumberedList, Quote,
                       Code, Rule };

struct Block {
  explicit Block(BlockKind Kind) : Kind(Kind) {}

  BlockKind Kind;
  int Level = 0;                  // heading level 1-6
  std::string Text;               // heading, paragraph, quote, code text
  std::string Info;               // a code block's language
  std::vector<std::string> Items; // list items
  int Line = 0;                   // 1-based source line
};

struct Document {
  std::string Name;   // where it came from: a file name, "<stdin>", "<sample>"
  std::string Source; // the text as read
  std::string Title;  // the first level-1 heading, or Name
  std::vector<Block> Blocks;
};

/// Parses Markdown-like text. Never fails: whatever is not a heading, list,
/// quote, fence or rule is paragraph text.
Document parseDocument(std::string Name, std::string Source);

/// The built-in sample document (sample.cpp).
const char *sampleText();

/// Counts whitespace-separated words.
std::size_t countWords(const std::string &Text);

/// All words of a block (heading, paragraph, items, quote; code excluded).
std::string proseOf(const Block &B);

} // namespace notes

#endif
