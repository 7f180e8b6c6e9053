//===-- Output.cpp - Write all outputs or none ----------------------------===//
//
// Every output file goes through llvm::FileOutputBuffer, which writes a
// temporary file next to its destination and renames it on commit. All
// buffers are created and filled before the first commit, so running out of
// disk or permissions while writing leaves the directory untouched: the
// temporaries are removed when the buffers are destroyed uncommitted.
//
//===----------------------------------------------------------------------===//

#include "Output.h"

#include "llvm/Support/FileOutputBuffer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cstring>

using namespace llvm;

namespace wsplit {

Error commitFiles(StringRef Dir, ArrayRef<OutputFile> Files) {
  if (sys::fs::exists(Dir) && !sys::fs::is_directory(Dir))
    return createFileError(
        Dir, createStringError(inconvertibleErrorCode(),
                               "is not a directory; the output path must be "
                               "a directory (it is created if missing)"));
  if (std::error_code EC = sys::fs::create_directories(Dir))
    return createFileError(Dir, errorCodeToError(EC));
  std::vector<std::unique_ptr<FileOutputBuffer>> Buffers;
  for (const OutputFile &F : Files) {
    SmallString<256> Path(Dir);
    sys::path::append(Path, F.Name);
    Expected<std::unique_ptr<FileOutputBuffer>> B =
        FileOutputBuffer::create(Path, F.Bytes.size());
    if (!B)
      return createFileError(Path, B.takeError());
    std::memcpy((*B)->getBufferStart(), F.Bytes.data(), F.Bytes.size());
    Buffers.push_back(std::move(*B));
  }
  for (std::unique_ptr<FileOutputBuffer> &B : Buffers)
    if (Error E = B->commit())
      return createFileError(B->getPath(), std::move(E));
  return Error::success();
}

} // namespace wsplit
