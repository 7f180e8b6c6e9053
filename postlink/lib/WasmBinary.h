//===-- WasmBinary.h - Reading and writing wasm's binary encoding -*- C++ -*-===//
//
// The one helper layer for wasm's byte-level encoding, shared by every stage.
//
// A Cursor reads LEBs, strings and bytes from a bounded range and never reads
// past it: the first malformed or truncated value records an error with its
// file offset and every later read returns zero without moving, so a parser
// can run to the end of a loop and check failed() once per entry. LEB
// decoding itself is llvm/Support/LEB128.h's.
//
// A ByteWriter appends the same encodings to a growing buffer. Sections and
// other length-prefixed blobs are built in their own writer and appended with
// their size, so nothing is ever patched after the fact.
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_WASMBINARY_H
#define WSPLIT_WASMBINARY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/LEB128.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wsplit {

using Bytes = std::vector<uint8_t>;

class Cursor {
public:
  /// Reads Data; BaseOffset is Data's offset in the file, for messages.
  Cursor(llvm::ArrayRef<uint8_t> Data, uint64_t BaseOffset = 0)
      : Begin(Data.begin()), Ptr(Data.begin()), End(Data.end()),
        Base(BaseOffset) {}

  bool atEnd() const { return Ptr == End; }
  bool failed() const { return Failed; }
  size_t remaining() const { return End - Ptr; }
  /// Offset of the next byte from the start of this cursor's range.
  uint64_t pos() const { return Ptr - Begin; }
  /// Offset of the next byte in the file.
  uint64_t fileOffset() const { return Base + pos(); }
  const uint8_t *ptr() const { return Ptr; }

  uint8_t u8();
  uint32_t u32();
  uint64_t u64();
  int32_t s32();
  int64_t s64();
  /// A block type or heap type: a signed LEB that must fit 33 bits.
  int64_t s33();
  /// A 0/1 flag (mutability), read as WasmObjectFile does: a signed LEB.
  uint8_t flag();
  llvm::StringRef str();
  llvm::ArrayRef<uint8_t> bytes(uint64_t N);
  void skip(uint64_t N) { (void)bytes(N); }
  /// A cursor over the next N bytes, which this cursor then skips.
  Cursor sub(uint64_t N);

  /// Records an error at the current offset unless one is recorded already.
  void fail(const llvm::Twine &Msg);
  /// Records Inner's error, which carries its own offset, after Prefix.
  void failFrom(const Cursor &Inner, const llvm::Twine &Prefix = "");
  /// The recorded error ("<msg> at offset 0x...") or success.
  llvm::Error takeError();
  std::string message() const { return Message; }

private:
  uint64_t uleb(unsigned MaxBits, const char *What);
  int64_t sleb(unsigned Bits, const char *What);

  const uint8_t *Begin, *Ptr, *End;
  uint64_t Base;
  bool Failed = false;
  std::string Message;
};

class ByteWriter {
public:
  Bytes Buf;

  size_t size() const { return Buf.size(); }
  void u8(uint8_t V) { Buf.push_back(V); }
  void uleb(uint64_t V) {
    uint8_t Tmp[16];
    unsigned N = llvm::encodeULEB128(V, Tmp);
    Buf.insert(Buf.end(), Tmp, Tmp + N);
  }
  void sleb(int64_t V) {
    uint8_t Tmp[16];
    unsigned N = llvm::encodeSLEB128(V, Tmp);
    Buf.insert(Buf.end(), Tmp, Tmp + N);
  }
  void u32le(uint32_t V) {
    for (int I = 0; I < 4; ++I)
      Buf.push_back(uint8_t(V >> (8 * I)));
  }
  void bytes(llvm::ArrayRef<uint8_t> B) { Buf.insert(Buf.end(), B.begin(), B.end()); }
  void str(llvm::StringRef S) {
    uleb(S.size());
    Buf.insert(Buf.end(), S.bytes_begin(), S.bytes_end());
  }
  /// Appends B prefixed by its size: a vector of bytes, a body, a section.
  void sized(llvm::ArrayRef<uint8_t> B) {
    uleb(B.size());
    bytes(B);
  }
};

/// Name, read from the input, as a message may show it: bytes outside
/// printable ASCII (and '\\' and '"') are written as \\XX, so a hostile
/// name cannot reach the user's terminal as control characters.
std::string printable(llvm::StringRef Name);

/// The error for a module whose bytes do not parse: Detail says what and
/// where. Such a file was damaged after wasm-ld wrote it, or never came
/// from wasm-ld, so the fix is the same for every detail.
llvm::Error malformedError(const llvm::Twine &Detail);


} // namespace wsplit

#endif
