//===-- WasmBinary.cpp - Reading and writing wasm's binary encoding -------===//
//
// Bounds-checked reads for Cursor; see WasmBinary.h.
//
//===----------------------------------------------------------------------===//

#include "WasmBinary.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wsplit {

void Cursor::fail(const Twine &Msg) {
  if (Failed)
    return;
  Failed = true;
  Message = Msg.str();
  raw_string_ostream(Message) << " at offset " << format_hex(fileOffset(), 1);
  Ptr = End;
}

void Cursor::failFrom(const Cursor &Inner, const Twine &Prefix) {
  if (Failed)
    return;
  Failed = true;
  Message = (Prefix + Inner.Message).str();
  Ptr = End;
}

Error Cursor::takeError() {
  if (!Failed)
    return Error::success();
  return createStringError(inconvertibleErrorCode(), Message);
}

uint8_t Cursor::u8() {
  if (Ptr == End) {
    fail("unexpected end of data");
    return 0;
  }
  return *Ptr++;
}

/// Checks that the LEB at P ends within the ceil(Bits / 7) bytes the wasm
/// spec allows for a Bits-bit value. LLVM's decoders accept longer ones and
/// then shift by 64 or more (undefined behaviour) on their padding bytes.
static std::string lebLengthError(const uint8_t *P, const uint8_t *End,
                                  unsigned Bits, const char *What) {
  for (unsigned I = 0, Max = (Bits + 6) / 7; I < Max; ++I) {
    if (P + I == End)
      return (Twine("unexpected end of data in ") + What).str();
    if (P[I] < 0x80)
      return "";
  }
  return (Twine("malformed ") + What + " (too many bytes)").str();
}

/// Whether the LEB at P fits in End and in Bits: most LEBs are one byte, and
/// the message is only built for the others that do not.
static bool lebLengthOk(const uint8_t *P, const uint8_t *End, unsigned Bits) {
  for (unsigned I = 0, Max = (Bits + 6) / 7; I < Max && P + I != End; ++I)
    if (P[I] < 0x80)
      return true;
  return false;
}

uint64_t Cursor::uleb(unsigned MaxBits, const char *What) {
  if (Failed)
    return 0;
  if (Ptr != End && *Ptr < 0x80) // one byte
    return *Ptr++;
  if (!lebLengthOk(Ptr, End, MaxBits)) {
    fail(lebLengthError(Ptr, End, MaxBits, What));
    return 0;
  }
  unsigned N = 0;
  const char *Err = nullptr;
  uint64_t V = decodeULEB128(Ptr, &N, End, &Err);
  if (Err || (MaxBits < 64 && (V >> MaxBits) != 0)) {
    fail(Twine(What) + " out of range");
    return 0;
  }
  Ptr += N;
  return V;
}

int64_t Cursor::sleb(unsigned Bits, const char *What) {
  if (Failed)
    return 0;
  if (Ptr != End && *Ptr < 0x80) { // one byte: seven bits, sign-extended
    uint8_t B = *Ptr++;
    return B & 0x40 ? int64_t(B) - 0x80 : int64_t(B);
  }
  if (!lebLengthOk(Ptr, End, Bits)) {
    fail(lebLengthError(Ptr, End, Bits, What));
    return 0;
  }
  unsigned N = 0;
  const char *Err = nullptr;
  int64_t V = decodeSLEB128(Ptr, &N, End, &Err);
  bool InRange = !Err;
  if (InRange && Bits < 64) {
    int64_t Min = -(int64_t(1) << (Bits - 1));
    int64_t Max = (int64_t(1) << (Bits - 1)) - 1;
    InRange = V >= Min && V <= Max;
  }
  if (!InRange) {
    fail(Twine(What) + " out of range");
    return 0;
  }
  Ptr += N;
  return V;
}

uint32_t Cursor::u32() { return uint32_t(uleb(32, "varuint32")); }
uint64_t Cursor::u64() { return uleb(64, "varuint64"); }
int32_t Cursor::s32() { return int32_t(sleb(32, "varint32")); }
int64_t Cursor::s64() { return sleb(64, "varint64"); }
int64_t Cursor::s33() { return sleb(33, "varint33"); }

uint8_t Cursor::flag() {
  int64_t V = sleb(64, "flag");
  if (V != 0 && V != 1)
    fail("flag out of range");
  return uint8_t(V);
}

ArrayRef<uint8_t> Cursor::bytes(uint64_t N) {
  if (Failed)
    return {};
  if (N > remaining()) {
    fail("unexpected end of data (" + Twine(N) + " bytes needed, " +
         Twine(remaining()) + " left)");
    return {};
  }
  ArrayRef<uint8_t> R(Ptr, N);
  Ptr += N;
  return R;
}

StringRef Cursor::str() {
  uint32_t N = u32();
  ArrayRef<uint8_t> B = bytes(N);
  return StringRef(reinterpret_cast<const char *>(B.data()), B.size());
}

Cursor Cursor::sub(uint64_t N) {
  uint64_t Start = fileOffset();
  ArrayRef<uint8_t> B = bytes(N);
  Cursor C(B, Start);
  if (Failed)
    C.failFrom(*this);
  return C;
}

std::string printable(StringRef Name) {
  std::string S;
  raw_string_ostream OS(S);
  printEscapedString(Name, OS);
  return S;
}

Error malformedError(const Twine &Detail) {
  return createStringError(inconvertibleErrorCode(),
                           "malformed module: " + Detail +
                               "; the file is truncated or corrupted, or was "
                               "not written by wasm-ld: link it again");
}


} // namespace wsplit
