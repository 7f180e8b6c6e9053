//===-- Input.h - The linked module as wsplit sees it -----------*- C++ -*-===//
//
// The input model: what wsplit needs of a module linked by wasm-ld with
// --emit-relocs, read once through llvm::object::WasmObjectFile and checked
// against wsplit's supported subset.
//
// Its central notion is the Use: one place in a function body or in a data
// segment that holds a module-level index (function, type, global, table,
// tag) or an address (of a data symbol, or a function's table slot). Uses
// come from the reloc.CODE / reloc.DATA sections, resolved from symbols to
// plain indices, or, for the few functions the linker synthesised without
// relocations, from decoding their instructions. Everything later (the
// dependency graph, the rewriting of bodies) works on uses only.
//
// All StringRefs and ArrayRefs point into the input buffer the Input owns.
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_INPUT_H
#define WSPLIT_INPUT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/BinaryFormat/Wasm.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wsplit {

namespace wasm = llvm::wasm;

constexpr uint32_t None = ~0u;

enum class UseKind : uint8_t {
  Function,  ///< function index (call, return_call, ref.func): remapped
  TableSlot, ///< a function's table slot (a function pointer): kept
  Type,      ///< type index: remapped
  Global,    ///< global index: remapped
  Tag,       ///< tag index: remapped
  Table,     ///< table number: remapped
  Data,      ///< address of a data symbol: kept
};

enum class Encoding : uint8_t { ULEB, SLEB, I32 };

struct Use {
  uint32_t Offset; ///< of the encoded value, from the section contents' start
  uint32_t Target; ///< index in Kind's index space; for Data, a data symbol
                   ///< (None for absolute symbols, which own no bytes)
  UseKind Kind;
  Encoding Enc;
  uint8_t Width;   ///< encoded length in the input
  uint8_t Opcode;  ///< the instruction's opcode byte, for code uses
};

struct Function {
  uint32_t Type = 0;
  uint32_t Import = None;   ///< index into Input::Imports, for imports
  uint32_t BodyOffset = 0;  ///< defined: locals + code, in Input::Code
  uint32_t BodySize = 0;
  uint32_t FirstUse = 0;    ///< defined: this function's run of CodeUses
  uint32_t NumUses = 0;
  uint32_t SplitFn = None;  ///< the split function this is the impl or the
                            ///< call import of
  bool IsCallImport = false;
  llvm::StringRef Name;
  bool isImport() const { return Import != None; }
};

struct Global {
  wasm::WasmGlobalType Type;
  uint32_t Import = None;
  wasm::WasmInitExprMVP Init; ///< defined globals: one constant instruction
  llvm::StringRef Name;
  /// For a GOT entry wasm-ld resolved in a non-PIC link (code from a -fPIC
  /// object, e.g. compiler-rt): the function whose table slot, or the data
  /// symbol whose address, the global holds.
  uint32_t GotFunction = None;
  uint32_t GotData = None;
  bool isImport() const { return Import != None; }
};

struct Tag {
  uint32_t Type = 0;
  uint32_t Import = None;
  bool isImport() const { return Import != None; }
};

struct Table {
  wasm::WasmTableType Type;
  uint32_t Import = None;
  bool isImport() const { return Import != None; }
};

struct ElemSegment {
  uint32_t Table = 0;
  uint32_t Offset = 0;
  std::vector<uint32_t> Functions;
};

struct DataSegment {
  uint32_t Address = 0;       ///< where the segment is placed in memory
  uint32_t ContentOffset = 0; ///< of Content in Input::Data
  llvm::ArrayRef<uint8_t> Content;
  llvm::StringRef Name;
};

struct DataSymbol {
  llvm::StringRef Name;
  uint32_t Segment = 0;
  uint32_t Offset = 0; ///< within the segment
  uint32_t Size = 0;
  uint32_t address(const std::vector<DataSegment> &Segs) const {
    return Segs[Segment].Address + Offset;
  }
};

struct CustomSection {
  llvm::StringRef Name;
  llvm::ArrayRef<uint8_t> Payload;
};

/// One function marked with WSPLIT: its implementation and the import its
/// stubs call (docs/abi.md §2-§4).
struct SplitFunction {
  llvm::StringRef Key;   ///< escaped key, as in the export and import names
  uint32_t Split = 0;    ///< index into Input::Splits
  uint32_t Impl = 0;     ///< function index of the implementation
  uint32_t CallImport = 0;
};

struct Split {
  llvm::StringRef Name;
  uint32_t FlagSymbol = 0; ///< the data symbol __wsplit_loaded.<Name>
  uint32_t FlagAddress = 0;
  std::vector<uint32_t> Functions; ///< indices into Input::SplitFunctions
};

struct Input {
  std::string Path;
  std::unique_ptr<llvm::MemoryBuffer> Buffer;

  std::vector<wasm::WasmSignature> Types;
  std::vector<wasm::WasmImport> Imports;
  std::vector<Function> Functions; ///< imports first, as in the module
  std::vector<Global> Globals;
  std::vector<Tag> Tags;
  std::vector<Table> Tables;
  std::optional<wasm::WasmLimits> Memory;
  bool MemoryImported = false;
  std::vector<wasm::WasmExport> Exports;
  std::optional<uint32_t> Start;
  std::vector<ElemSegment> Elems;
  std::vector<DataSegment> Segments;
  std::vector<DataSymbol> DataSymbols;

  llvm::ArrayRef<uint8_t> Code; ///< code section contents
  llvm::ArrayRef<uint8_t> Data; ///< data section contents
  std::vector<Use> CodeUses;    ///< ordered by offset
  std::vector<Use> DataUses;    ///< ordered by offset

  /// Custom sections main keeps: producers, target_features, and any other
  /// section wsplit does not consume or drop.
  std::vector<CustomSection> KeptCustom;

  std::vector<SplitFunction> SplitFunctions;
  std::vector<Split> Splits; ///< ordered by name
  /// The function table split slots are added to (None: there is none yet).
  uint32_t FuncTable = None;
  /// The C stack pointer (the global the linker calls __stack_pointer), or
  /// None. The loader restores it when a failed load unwinds the wasm stack.
  uint32_t StackPointer = None;
  /// Whether the embedder can see the function table (exported or imported):
  /// then every function in it must stay in main.
  bool TableVisible = false;

  /// Things worth telling the user that are not errors.
  std::vector<std::string> Notes;

  uint32_t NumImportedFunctions = 0;
};

/// Checks that every read WasmObjectFile will make of File succeeds (it
/// aborts the process on malformed LEBs) and rejects unsupported features.
llvm::Error precheckWasm(llvm::ArrayRef<uint8_t> File);

/// Decodes the instructions of a function that has no relocations and
/// appends a Use for every module-level index it holds. Body is the whole
/// function (locals first) at BodyOffset in the code section.
llvm::Error decodeUses(llvm::ArrayRef<uint8_t> Body, uint32_t BodyOffset,
                       std::vector<Use> &Out);

/// The input lacks the sections wsplit needs: it must be linked again with
/// --emit-relocs. Its message names the file.
class NotRelinkableError : public llvm::ErrorInfo<NotRelinkableError> {
public:
  static char ID;
  explicit NotRelinkableError(std::string Msg) : Msg(std::move(Msg)) {}
  void log(llvm::raw_ostream &OS) const override { OS << Msg; }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }

private:
  std::string Msg;
};

/// Reads and checks Path (or Buffer, named Path in messages).
llvm::Expected<std::unique_ptr<Input>> readInput(llvm::StringRef Path);
llvm::Expected<std::unique_ptr<Input>>
readInput(std::unique_ptr<llvm::MemoryBuffer> Buffer, llvm::StringRef Path);

} // namespace wsplit

#endif
