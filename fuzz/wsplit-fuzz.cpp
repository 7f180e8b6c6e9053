//===-- wsplit-fuzz.cpp - libFuzzer target over the whole splitter --------===//
//
// Feeds each input to wsplit::splitBuffer as the linked module "fuzz.wasm"
// with no output directory, so every phase runs (read, graph, assign,
// layout, write every module, manifest, loader) and nothing touches the
// disk. A crash, a sanitizer report, an LLVM fatal error or a hang is a
// finding, and so is a rejection that does not read like wsplit's errors:
// one that does not start with the file's name, or an "internal error"
// from a phase after the reader (the reader let through input a later phase cannot
// handle, and the user gets no useful message).
//
//===----------------------------------------------------------------------===//

#include "wsplit/Split.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstdio>
#include <cstdlib>

using namespace llvm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const char Path[] = "fuzz.wasm";
  wsplit::Config C;
  C.InputPath = Path;
  // No copy: reads past the input's end are heap overflows ASan reports.
  std::unique_ptr<MemoryBuffer> Buf = MemoryBuffer::getMemBuffer(
      StringRef(reinterpret_cast<const char *>(Data), Size), Path,
      /*RequiresNullTerminator=*/false);
  Expected<wsplit::Result> R = wsplit::splitBuffer(std::move(Buf), Path, C);
  if (R)
    return 0;
  // Every error names the input first ("'fuzz.wasm': ...", or, for the
  // --emit-relocs one, "fuzz.wasm was not linked ..."); names from the
  // input can hold any text, so only the start of the message counts.
  std::string Msg = toString(R.takeError());
  StringRef M(Msg);
  bool NamesInput = M.consume_front(std::string("'") + Path + "': ") ||
                    M.starts_with(std::string(Path) + " was not linked with");
  if (!NamesInput || M.starts_with("internal error")) {
    std::fprintf(stderr, "wsplit-fuzz: unexpected error message: %s\n",
                 Msg.c_str());
    std::abort();
  }
  return 0;
}
