//===-- features.h - The split points of notes ------------------*- C++ -*-===//
//
// Each feature is a split point: its code (and everything only it uses:
// tables, strings, library code) lives in a module of its own that the
// loader fetches the first time the function is called. Built without the
// wsplit plugin, WSPLIT expands to nothing and this is an ordinary program.
//
//===----------------------------------------------------------------------===//
#ifndef NOTES_FEATURES_H
#define NOTES_FEATURES_H

#include "document.h"
#include <cstdint>
#include <string>
#include <vector>
#include <wsplit.h>

namespace notes {

/// Renders the document as a standalone HTML page with a table of contents
/// (export.cpp).
WSPLIT("export") std::string renderHtml(const Document &Doc);

/// Prints word statistics: counts, readability, the Top most frequent
/// words, a word-length histogram and frequent pairs (stats.cpp).
WSPLIT("stats") void printStats(const Document &Doc, int Top);

/// Compresses the document with DEFLATE at three levels, checks that each
/// decompresses to the original and prints a report; returns false when a
/// round trip fails (compress.cpp).
WSPLIT("compress") bool printCompression(const Document &Doc);

/// The document as a gzip file (RFC 1952) at the default level.
WSPLIT("compress") std::vector<std::uint8_t> gzipDocument(const Document &Doc);

} // namespace notes

#endif
