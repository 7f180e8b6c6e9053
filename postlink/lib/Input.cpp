//===-- Input.cpp - Read a linked module into wsplit's input model --------===//
//
// Reads the module with llvm::object::WasmObjectFile (after precheckWasm has
// made sure it will not abort), rejects what wsplit does not support, turns
// relocations into Uses and pairs the split functions' exports and imports.
// See Input.h for the model and docs/abi.md for the names it looks for.
//
// Whatever the later phases index or copy by is checked here, so no input
// reaches them inconsistent (relocated values that overlap, symbols past
// their segment, element segments past their table...): the writer never
// meets an input it cannot handle. Names from the input appear in messages
// through printable().
//
//===----------------------------------------------------------------------===//

#include "Abi.h"
#include "Input.h"
#include "WasmBinary.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Object/Wasm.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>

using namespace llvm;
using namespace llvm::object;

namespace wsplit {

char NotRelinkableError::ID;

namespace {

using abi::FlagPrefix;
using abi::ImplPrefix;

/// The most table entries the JS API lets an engine create.
constexpr uint64_t MaxTableSize = 10000000;

/// Whether a relocated operand follows an opcode that takes it. Operands
/// that follow another immediate (a memarg offset, call_indirect's table)
/// cannot be checked this way and pass.
bool opcodeFits(const Use &U) {
  auto OneOf = [&](std::initializer_list<uint8_t> Ops) {
    return is_contained(Ops, U.Opcode);
  };
  switch (U.Kind) {
  case UseKind::Function:
    return OneOf({0x10, 0x12, 0xd2}); // call, return_call, ref.func
  case UseKind::Global:
    return OneOf({0x23, 0x24}); // global.get, global.set
  case UseKind::Type: // call_indirect, return_call_indirect, call_ref,
                      // return_call_ref, block, loop, if, try, try_table
    return OneOf({0x11, 0x13, 0x14, 0x15, 0x02, 0x03, 0x04, 0x06, 0x1f});
  case UseKind::TableSlot:
    return U.Enc != Encoding::SLEB || U.Opcode == 0x41; // i32.const
  case UseKind::Data:
    return U.Enc != Encoding::SLEB || U.Opcode == 0x41;
  case UseKind::Tag:
  case UseKind::Table:
    return true;
  }
  return false;
}

class Reader {
public:
  Reader(Input &In, const WasmObjectFile &Obj) : In(In), Obj(Obj) {}
  Error run();

private:
  Error err(const Twine &Msg) {
    return createStringError(inconvertibleErrorCode(), Msg);
  }
  /// Parts of the module that parse but contradict each other: not what
  /// wasm-ld writes, so the fix is the same as for unparsable bytes.
  Error corrupt(const Twine &Msg) { return malformedError(Msg); }
  const wasm::WasmSymbolInfo &symbolInfo(uint32_t Index) const {
    DataRefImpl D;
    D.d.a = 1;
    D.d.b = Index;
    return Obj.getWasmSymbol(D).Info;
  }
  Error checkFeatures();
  Error readSections();
  Error readIndexSpaces();
  Error readSymbols();
  Error readCodeUses();
  Error readDataUses();
  Error readSplitFunctions();
  Expected<Use> resolve(const wasm::WasmRelocation &R, ArrayRef<uint8_t> Sec,
                        StringRef SecName);

  Input &In;
  const WasmObjectFile &Obj;
  const WasmSection *CodeSec = nullptr;
  const WasmSection *DataSec = nullptr;
  bool HasLinking = false;
  /// Symbol table index -> data symbol id (None: absolute or undefined).
  std::vector<uint32_t> DataSymbolOf;
  /// Defined function symbols named __wsplit_impl.*: the implementations,
  /// which in a WASI command the export reaches only through a wrapper.
  StringMap<uint32_t> ImplSymbols;
  /// The loaded flags (__wsplit_loaded.*), the only data symbols looked up
  /// by name.
  StringMap<uint32_t> FlagSymbols;
};

} // namespace

Error Reader::checkFeatures() {
  for (const wasm::WasmImport &I : Obj.imports()) {
    if (I.Module.starts_with("@"))
      return err("imports from module '" + printable(I.Module) +
                 "', but import module names starting with '@' are reserved "
                 "for wsplit's modules; rename the import module");
    if (I.Kind == wasm::WASM_EXTERNAL_MEMORY && I.Field == "__linear_memory")
      return err("is a relocatable object file, not a linked program; link "
                 "it with wasm-ld (-Wl,--emit-relocs) and split the result");
  }
  unsigned NumMemories = Obj.memories().size();
  const wasm::WasmLimits *Mem = nullptr;
  if (!Obj.memories().empty())
    Mem = &Obj.memories()[0];
  for (const wasm::WasmImport &I : Obj.imports())
    if (I.Kind == wasm::WASM_EXTERNAL_MEMORY) {
      ++NumMemories;
      Mem = &I.Memory;
      In.MemoryImported = true;
    }
  if (NumMemories > 1)
    return err("has " + Twine(NumMemories) +
               " memories; multiple memories are not supported");
  if (Mem && (Mem->Flags & wasm::WASM_LIMITS_FLAG_IS_64))
    return err("uses a 64-bit memory; memory64 (wasm64) is not supported, "
               "build for wasm32");
  if (Mem && (Mem->Flags & wasm::WASM_LIMITS_FLAG_IS_SHARED))
    return err("uses a shared memory; threads are not supported, build "
               "without -pthread / atomics");
  if (Mem)
    In.Memory = *Mem;
  for (const wasm::WasmTable &T : Obj.tables())
    if (T.Type.Limits.Flags & wasm::WASM_LIMITS_FLAG_IS_64)
      return err("uses a 64-bit table; table64 is not supported");
  return Error::success();
}

Error Reader::readSections() {
  uint64_t DebugBytes = 0;
  for (const SectionRef &S : Obj.sections()) {
    const WasmSection &Sec = Obj.getWasmSection(S);
    if (Sec.Type == wasm::WASM_SEC_CODE)
      CodeSec = &Sec;
    else if (Sec.Type == wasm::WASM_SEC_DATA)
      DataSec = &Sec;
    if (Sec.Type != wasm::WASM_SEC_CUSTOM)
      continue;
    StringRef Name = Sec.Name;
    if (Name == "linking") {
      HasLinking = true;
      continue;
    }
    if (Name.starts_with("reloc.") || Name == "name")
      continue;
    if (Name.starts_with(".debug_") || Name == "sourceMappingURL" ||
        Name == "external_debug_info") {
      DebugBytes += Sec.Content.size();
      continue;
    }
    In.KeptCustom.push_back({Name, Sec.Content});
  }
  if (DebugBytes)
    In.Notes.push_back(formatv("dropped {0} bytes of debug information "
                               "(DWARF); wsplit does not rewrite it yet",
                               DebugBytes));
  // WasmObjectFile compares the function and code sections' counts only when
  // there is a code section; without one its functions have no bodies, and
  // their offsets are left uninitialised.
  if (!CodeSec && !Obj.functions().empty())
    return corrupt("the function section declares " +
                   Twine(Obj.functions().size()) +
                   " functions but there is no code section");
  if (!HasLinking || (CodeSec && CodeSec->Relocations.empty() &&
                      !Obj.functions().empty()))
    return make_error<NotRelinkableError>(
        (Twine(In.Path) + " was not linked with --emit-relocs; add "
                          "-Wl,--emit-relocs (it has no " +
         (HasLinking ? "reloc.CODE" : "linking") +
         " section; if clang runs wasm-opt after linking, which drops it, "
         "also pass --no-wasm-opt)")
            .str());
  if (CodeSec)
    In.Code = CodeSec->Content;
  if (DataSec)
    In.Data = DataSec->Content;
  return Error::success();
}

Error Reader::readIndexSpaces() {
  In.Types.assign(Obj.types().begin(), Obj.types().end());
  for (const wasm::WasmSignature &S : In.Types)
    if (S.Kind == wasm::WasmSignature::Placeholder)
      return err("has a non-function type; the GC proposal is not supported");

  In.Imports.assign(Obj.imports().begin(), Obj.imports().end());
  for (uint32_t I = 0, E = In.Imports.size(); I != E; ++I) {
    const wasm::WasmImport &Imp = In.Imports[I];
    switch (Imp.Kind) {
    case wasm::WASM_EXTERNAL_FUNCTION: {
      Function F;
      F.Type = Imp.SigIndex;
      F.Import = I;
      F.Name = Imp.Field;
      In.Functions.push_back(F);
      break;
    }
    case wasm::WASM_EXTERNAL_GLOBAL: {
      Global G;
      G.Type = Imp.Global;
      G.Import = I;
      G.Name = Imp.Field;
      In.Globals.push_back(G);
      break;
    }
    case wasm::WASM_EXTERNAL_TABLE:
      In.Tables.push_back({Imp.Table, I});
      break;
    case wasm::WASM_EXTERNAL_TAG:
      In.Tags.push_back({Imp.SigIndex, I});
      break;
    default:
      break;
    }
  }
  In.NumImportedFunctions = In.Functions.size();

  for (const wasm::WasmFunction &WF : Obj.functions()) {
    Function F;
    F.Type = WF.SigIndex;
    F.BodyOffset = WF.CodeSectionOffset + WF.CodeOffset;
    F.BodySize = WF.Size - WF.CodeOffset;
    F.Name = !WF.DebugName.empty() ? WF.DebugName : WF.SymbolName;
    In.Functions.push_back(F);
  }
  for (const wasm::WasmGlobal &WG : Obj.globals()) {
    Global G;
    G.Type = WG.Type;
    G.Init = WG.InitExpr.Inst;
    G.Name = WG.SymbolName;
    if (WG.InitExpr.Extended)
      return err("global " + Twine(WG.Index) +
                 " has an extended constant initialiser; not supported");
    if (G.Init.Opcode == wasm::WASM_OPCODE_GLOBAL_GET &&
        G.Init.Value.Global >= WG.Index)
      return corrupt("global " + Twine(WG.Index) +
                     " is initialised from a global that is not imported");
    In.Globals.push_back(G);
  }
  for (const wasm::WasmTag &WT : Obj.tags())
    In.Tags.push_back({WT.SigIndex, None});
  for (const wasm::WasmTable &WT : Obj.tables())
    In.Tables.push_back({WT.Type, None});
  for (const wasm::WasmDebugName &N : Obj.debugNames())
    if (N.Type == wasm::NameType::GLOBAL && N.Index < In.Globals.size())
      In.Globals[N.Index].Name = N.Name;
    else if (N.Type == wasm::NameType::FUNCTION &&
             N.Index < In.NumImportedFunctions)
      In.Functions[N.Index].Name = N.Name;

  In.Exports.assign(Obj.exports().begin(), Obj.exports().end());
  // WasmObjectFile checks the indices of exported functions, globals and
  // tags, not of tables and memories, nor that export names are unique.
  StringSet<> ExportNames;
  for (const wasm::WasmExport &E : In.Exports) {
    if (!ExportNames.insert(E.Name).second)
      return corrupt("exports '" + printable(E.Name) + "' twice");
    if ((E.Kind == wasm::WASM_EXTERNAL_TABLE && E.Index >= In.Tables.size()) ||
        (E.Kind == wasm::WASM_EXTERNAL_MEMORY && (E.Index != 0 || !In.Memory)))
      return corrupt("export '" + printable(E.Name) + "' names a " +
                     (E.Kind == wasm::WASM_EXTERNAL_TABLE ? "table"
                                                           : "memory") +
                     " that does not exist");
  }
  if (Obj.startFunction() != uint32_t(-1))
    In.Start = Obj.startFunction();

  // Slot numbers are 32-bit and engines cap tables at 10 million entries;
  // this also keeps every slot number below plus the split slots in range.
  for (uint32_t T = 0; T < In.Tables.size(); ++T)
    if (In.Tables[T].Type.Limits.Minimum > MaxTableSize)
      return err("table " + Twine(T) + " has " +
                 Twine(In.Tables[T].Type.Limits.Minimum) +
                 " entries, more than the " + Twine(MaxTableSize) +
                 " WebAssembly engines allow");

  for (const wasm::WasmElemSegment &ES : Obj.elements()) {
    if ((ES.Flags & wasm::WASM_ELEM_SEGMENT_IS_PASSIVE) ||
        ES.Offset.Extended ||
        ES.Offset.Inst.Opcode != wasm::WASM_OPCODE_I32_CONST)
      return err("has a passive, declarative or relocatable element segment; "
                 "only active segments at constant offsets are supported");
    if (ES.TableNumber >= In.Tables.size())
      return corrupt("an element segment is for table " +
                     Twine(ES.TableNumber) + ", which does not exist");
    if (In.Tables[ES.TableNumber].Type.ElemType != wasm::ValType::FUNCREF)
      return corrupt("an element segment of functions is for table " +
                     Twine(ES.TableNumber) + ", which does not hold funcref");
    for (uint32_t F : ES.Functions)
      if (F >= In.Functions.size())
        return corrupt("an element segment names function " + Twine(F) +
                       ", which does not exist");
    uint32_t Offset = uint32_t(ES.Offset.Inst.Value.Int32);
    uint64_t TableMin = In.Tables[ES.TableNumber].Type.Limits.Minimum;
    if (Offset + uint64_t(ES.Functions.size()) > TableMin)
      return corrupt("an element segment fills slots " + Twine(Offset) +
                     " to " + Twine(Offset + uint64_t(ES.Functions.size())) +
                     " of table " + Twine(ES.TableNumber) +
                     ", which has only " + Twine(TableMin));
    In.Elems.push_back({ES.TableNumber, Offset, ES.Functions});
  }

  for (const WasmSegment &WS : Obj.dataSegments()) {
    const wasm::WasmDataSegment &D = WS.Data;
    if (D.InitFlags & wasm::WASM_DATA_SEGMENT_IS_PASSIVE)
      return err("has passive data segment '" + printable(D.Name) +
                 "' (bulk-memory initialisation, used with threads); only "
                 "active segments are supported");
    if (D.Offset.Extended || D.Offset.Inst.Opcode != wasm::WASM_OPCODE_I32_CONST)
      return err("has data segment '" + printable(D.Name) +
                 "' at a non-constant address (position-independent code); "
                 "build without -fPIC");
    if (D.MemoryIndex != 0)
      return corrupt("data segment '" + printable(D.Name) + "' is for memory " +
                     Twine(D.MemoryIndex) + ", which does not exist");
    uint64_t Address = uint32_t(D.Offset.Inst.Value.Int32);
    if (Address + D.Content.size() > UINT32_MAX)
      return corrupt("data segment '" + printable(D.Name) +
                     "' ends past the 4 GiB of a 32-bit memory");
    In.Segments.push_back(
        {uint32_t(Address), WS.SectionOffset, D.Content, D.Name});
  }

  return Error::success();
}

Error Reader::readSymbols() {
  DataSymbolOf.assign(Obj.getNumberOfSymbols(), None);
  uint32_t Index = 0;
  for (const SymbolRef &S : Obj.symbols()) {
    const WasmSymbol &Sym = Obj.getWasmSymbol(S);
    uint32_t SymIndex = Index++;
    const wasm::WasmSymbolInfo &Info = Sym.Info;
    if (Info.Kind == wasm::WASM_SYMBOL_TYPE_FUNCTION && Sym.isDefined()) {
      if (In.Functions[Info.ElementIndex].Name.empty())
        In.Functions[Info.ElementIndex].Name = Info.Name;
      if (abi::isImplExport(Info.Name))
        ImplSymbols[Info.Name] = Info.ElementIndex;
    }
    if (Info.Kind == wasm::WASM_SYMBOL_TYPE_TABLE &&
        Info.Name == "__indirect_function_table")
      In.FuncTable = Info.ElementIndex;
    if (Info.Kind == wasm::WASM_SYMBOL_TYPE_GLOBAL &&
        Info.Name == "__stack_pointer")
      In.StackPointer = Info.ElementIndex;
    if (!Sym.isTypeData() || Sym.isUndefined() ||
        (Info.Flags & wasm::WASM_SYMBOL_ABSOLUTE))
      continue;
    const wasm::WasmDataReference &Ref = Info.DataRef;
    if (Ref.Segment >= In.Segments.size() ||
        Ref.Size > In.Segments[Ref.Segment].Content.size() ||
        Ref.Offset > In.Segments[Ref.Segment].Content.size() - Ref.Size)
      return corrupt("data symbol '" + printable(Info.Name) +
                     "' lies outside its data segment: the symbol table does "
                     "not match the data section");
    DataSymbolOf[SymIndex] = In.DataSymbols.size();
    if (Info.Name.starts_with(FlagPrefix))
      FlagSymbols[Info.Name] = In.DataSymbols.size();
    In.DataSymbols.push_back({Info.Name, Ref.Segment, uint32_t(Ref.Offset),
                              uint32_t(Ref.Size)});
  }

  // The function table: the one the linker calls __indirect_function_table,
  // else the first funcref table.
  for (uint32_t T = 0; T < In.Tables.size() && In.FuncTable == None; ++T)
    if (In.Tables[T].Type.ElemType == wasm::ValType::FUNCREF)
      In.FuncTable = T;
  if (In.FuncTable == None)
    return Error::success();
  if (In.Tables[In.FuncTable].Type.ElemType != wasm::ValType::FUNCREF)
    return corrupt("the function table __indirect_function_table (table " +
                   Twine(In.FuncTable) + ") does not hold funcref");
  for (const wasm::WasmExport &E : In.Exports)
    if (E.Kind == wasm::WASM_EXTERNAL_TABLE && E.Index == In.FuncTable)
      In.TableVisible = true;
  if (In.Tables[In.FuncTable].isImport())
    In.TableVisible = true;
  return Error::success();
}

// Maps one relocation to a Use and checks that the value it patches is where
// it says and is well formed.
Expected<Use> Reader::resolve(const wasm::WasmRelocation &R,
                              ArrayRef<uint8_t> Sec, StringRef SecName) {
  // Runs once per relocation: the message is only built for an error.
  auto What = [&] {
    return formatv("relocation {0} at {1} offset {2:x}: ",
                   wasm::relocTypetoString(R.Type), SecName, R.Offset)
        .str();
  };
  auto Bad = [&](const Twine &Why) { return corrupt(What() + Why); };
  auto Unsupported = [&](const Twine &Why) { return err(What() + Why); };
  Use U;
  auto Make = [&](uint64_t Target, UseKind K, Encoding E) {
    return Use{uint32_t(R.Offset), uint32_t(Target), K, E, 0, 0};
  };
  auto FunctionOf = [&]() -> uint32_t {
    const wasm::WasmSymbolInfo &S = symbolInfo(R.Index);
    return S.ElementIndex;
  };
  switch (R.Type) {
  case wasm::R_WASM_FUNCTION_INDEX_LEB:
    U = Make(FunctionOf(), UseKind::Function, Encoding::ULEB);
    break;
  case wasm::R_WASM_TABLE_INDEX_SLEB:
  case wasm::R_WASM_TABLE_INDEX_REL_SLEB:
    U = Make(FunctionOf(), UseKind::TableSlot, Encoding::SLEB);
    break;
  case wasm::R_WASM_TABLE_INDEX_I32:
    U = Make(FunctionOf(), UseKind::TableSlot, Encoding::I32);
    break;
  case wasm::R_WASM_TYPE_INDEX_LEB:
    U = Make(R.Index, UseKind::Type, Encoding::ULEB);
    break;
  case wasm::R_WASM_GLOBAL_INDEX_LEB: {
    const wasm::WasmSymbolInfo &S = symbolInfo(R.Index);
    if (S.Kind == wasm::WASM_SYMBOL_TYPE_GLOBAL) {
      U = Make(S.ElementIndex, UseKind::Global, Encoding::ULEB);
      break;
    }
    // A GOT access from an object built with -fPIC. In a non-PIC link
    // wasm-ld resolves it to an immutable global holding the address or the
    // table slot; the operand names that global.
    Cursor C(Sec.drop_front(std::min<uint64_t>(R.Offset, Sec.size())));
    uint32_t G = C.u32();
    if (C.failed() || G >= In.Globals.size())
      return Bad("is a GOT access to '" + S.Name +
                 "' whose operand is not a global");
    Global &Gl = In.Globals[G];
    if (Gl.isImport() || Gl.Type.Mutable ||
        Gl.Init.Opcode != wasm::WASM_OPCODE_I32_CONST)
      return Unsupported("refers to a GOT entry the linker did not resolve "
                         "to a constant; position-independent programs "
                         "(-shared, -pie, dynamic linking) are not "
                         "supported, link a static program");
    if (S.Kind == wasm::WASM_SYMBOL_TYPE_FUNCTION)
      Gl.GotFunction = S.ElementIndex;
    else if (!(S.Flags & wasm::WASM_SYMBOL_UNDEFINED))
      Gl.GotData = DataSymbolOf[R.Index];
    U = Make(G, UseKind::Global, Encoding::ULEB);
    break;
  }
  case wasm::R_WASM_TAG_INDEX_LEB: {
    const wasm::WasmSymbolInfo &S = symbolInfo(R.Index);
    U = Make(S.ElementIndex, UseKind::Tag, Encoding::ULEB);
    break;
  }
  case wasm::R_WASM_TABLE_NUMBER_LEB: {
    const wasm::WasmSymbolInfo &S = symbolInfo(R.Index);
    U = Make(S.ElementIndex, UseKind::Table, Encoding::ULEB);
    break;
  }
  case wasm::R_WASM_MEMORY_ADDR_LEB:
  case wasm::R_WASM_MEMORY_ADDR_SLEB:
  case wasm::R_WASM_MEMORY_ADDR_REL_SLEB:
  case wasm::R_WASM_MEMORY_ADDR_TLS_SLEB:
  case wasm::R_WASM_MEMORY_ADDR_I32:
  case wasm::R_WASM_MEMORY_ADDR_LOCREL_I32: {
    const wasm::WasmSymbolInfo &S = symbolInfo(R.Index);
    if (S.Flags & wasm::WASM_SYMBOL_UNDEFINED)
      return Bad("refers to undefined data symbol '" + printable(S.Name) + "'");
    Encoding E = R.Type == wasm::R_WASM_MEMORY_ADDR_LEB   ? Encoding::ULEB
                 : R.Type == wasm::R_WASM_MEMORY_ADDR_I32 ||
                         R.Type == wasm::R_WASM_MEMORY_ADDR_LOCREL_I32
                     ? Encoding::I32
                     : Encoding::SLEB;
    U = Make(DataSymbolOf[R.Index], UseKind::Data, E);
    break;
  }
  default:
    return Unsupported("has a type wsplit does not handle in " + SecName +
                       " (see docs/splitter.md for the supported "
                       "relocations)");
  }

  // Validate the encoded value and record its width.
  if (U.Enc == Encoding::I32) {
    if (uint64_t(R.Offset) + 4 > Sec.size())
      return Bad("runs past the end of the section");
    U.Width = 4;
    return U;
  }
  Cursor C(Sec.drop_front(std::min<uint64_t>(R.Offset, Sec.size())));
  if (U.Enc == Encoding::ULEB)
    C.u32();
  else
    C.s32();
  if (C.failed())
    return Bad("does not point at a valid 32-bit LEB");
  U.Width = C.pos();
  return U;
}

Error Reader::readCodeUses() {
  if (!CodeSec)
    return Error::success();
  ArrayRef<wasm::WasmRelocation> Relocs = CodeSec->Relocations;
  // One use per relocation plus the few the linker's functions decode to.
  In.CodeUses.reserve(Relocs.size() + Relocs.size() / 64 + 64);
  size_t Next = 0;
  for (uint32_t FI = In.NumImportedFunctions; FI < In.Functions.size(); ++FI) {
    Function &F = In.Functions[FI];
    uint32_t Begin = F.BodyOffset, End = F.BodyOffset + F.BodySize;
    if (Next < Relocs.size() && Relocs[Next].Offset < Begin)
      return corrupt(formatv("relocation at code offset {0:x} is outside "
                             "every function body",
                             Relocs[Next].Offset));
    F.FirstUse = In.CodeUses.size();
    size_t First = Next;
    // The end of the last relocated value: the writer copies the bytes
    // between values, so values must not overlap, and an opcode it reads
    // or rewrites must not be part of the value before.
    uint32_t PrevEnd = Begin;
    while (Next < Relocs.size() && Relocs[Next].Offset < End) {
      Expected<Use> U = resolve(Relocs[Next], In.Code, "CODE");
      if (!U)
        return U.takeError();
      if (U->Offset < PrevEnd)
        return corrupt(formatv("relocation at code offset {0:x} overlaps the "
                               "value of the relocation before it",
                               U->Offset));
      if (U->Offset + U->Width > End)
        return corrupt(formatv("relocation at code offset {0:x} crosses the "
                               "end of function {1}",
                               U->Offset, FI));
      if (U->Offset == Begin ||
          (U->Kind == UseKind::Function && U->Offset - 1 < PrevEnd))
        return corrupt(formatv("relocation at code offset {0:x} has no "
                               "opcode before it",
                               U->Offset));
      U->Opcode = In.Code[U->Offset - 1];
      if (!opcodeFits(*U))
        return corrupt(formatv("relocation at code offset {0:x} does not "
                               "follow an instruction that takes its kind of "
                               "operand (opcode {1:x})",
                               U->Offset, U->Opcode));
      // A type index after a block opcode is a signed block type.
      if (U->Kind == UseKind::Type && U->Opcode != 0x11 && U->Opcode != 0x13 &&
          U->Opcode != 0x14 && U->Opcode != 0x15)
        U->Enc = Encoding::SLEB;
      PrevEnd = U->Offset + U->Width;
      In.CodeUses.push_back(*U);
      ++Next;
    }
    // Functions the linker synthesised carry no relocations: decode them.
    if (Next == First)
      if (Error E = decodeUses(In.Code.slice(F.BodyOffset, F.BodySize),
                               F.BodyOffset, In.CodeUses))
        return err("cannot decode function " + Twine(FI) + " (" +
                   printable(F.Name) + "): " + toString(std::move(E)));
    F.NumUses = In.CodeUses.size() - F.FirstUse;
  }
  if (Next < Relocs.size())
    return corrupt(formatv("relocation at code offset {0:x} is outside "
                           "every function body",
                           Relocs[Next].Offset));
  for (const Use &U : In.CodeUses) {
    bool Ok = true;
    switch (U.Kind) {
    case UseKind::Function:
    case UseKind::TableSlot:
      Ok = U.Target < In.Functions.size();
      break;
    case UseKind::Type:
      Ok = U.Target < In.Types.size();
      break;
    case UseKind::Global:
      Ok = U.Target < In.Globals.size();
      break;
    case UseKind::Tag:
      Ok = U.Target < In.Tags.size();
      break;
    case UseKind::Table:
      Ok = U.Target < In.Tables.size();
      break;
    case UseKind::Data:
      break;
    }
    if (!Ok)
      return corrupt(formatv("code offset {0:x} refers to an index that "
                             "does not exist",
                             U.Offset));
  }
  return Error::success();
}

Error Reader::readDataUses() {
  if (!DataSec)
    return Error::success();
  size_t Seg = 0;
  In.DataUses.reserve(DataSec->Relocations.size());
  for (const wasm::WasmRelocation &R : DataSec->Relocations) {
    Expected<Use> U = resolve(R, In.Data, "DATA");
    if (!U)
      return U.takeError();
    if (U->Enc != Encoding::I32)
      return corrupt(formatv("relocation at data offset {0:x} is not a "
                             "32-bit value",
                             R.Offset));
    if (U->Kind == UseKind::Function)
      return err(formatv("data offset {0:x} stores a function index, which "
                         "differs per split module; not supported",
                         R.Offset));
    while (Seg < In.Segments.size() &&
           In.Segments[Seg].ContentOffset + In.Segments[Seg].Content.size() <=
               U->Offset)
      ++Seg;
    if (Seg == In.Segments.size() ||
        U->Offset < In.Segments[Seg].ContentOffset ||
        U->Offset + 4 > In.Segments[Seg].ContentOffset +
                            In.Segments[Seg].Content.size())
      return corrupt(formatv("relocation at data offset {0:x} is outside "
                             "every data segment",
                             R.Offset));
    In.DataUses.push_back(*U);
  }
  return Error::success();
}

Error Reader::readSplitFunctions() {
  StringMap<uint32_t> SplitIndex; // by name
  StringMap<uint32_t> ByQualifiedKey; // "M.K" -> split function
  DenseMap<uint32_t, uint32_t> ImplOf; // function -> split function
  auto SplitFor = [&](StringRef M) {
    auto [It, New] = SplitIndex.try_emplace(M, In.Splits.size());
    if (New)
      In.Splits.push_back({M, 0, 0, {}});
    return It->second;
  };

  for (const wasm::WasmExport &E : In.Exports) {
    if (!abi::isImplExport(E.Name))
      continue;
    StringRef Qualified = E.Name.drop_front(ImplPrefix.size());
    auto [M, K] = Qualified.split('.');
    if (E.Kind != wasm::WASM_EXTERNAL_FUNCTION || !abi::isSplitName(M) || K.empty())
      return err("export '" + printable(E.Name) + "' has the prefix " +
                 ImplPrefix + ", which wsplit reserves, but is not " +
                 ImplPrefix +
                 "<split>.<key> naming a function (a split name matches "
                 "[A-Za-z_][A-Za-z0-9_]*); rename the export");
    // In a WASI command wasm-ld exports a wrapper that runs the static
    // constructors and destructors around the function; the symbol still
    // names the implementation itself, and the wrapper is left unreachable.
    uint32_t Impl = ImplSymbols.lookup(E.Name);
    if (!ImplSymbols.count(E.Name))
      Impl = E.Index;
    auto [It, Inserted] = ImplOf.try_emplace(Impl, In.SplitFunctions.size());
    if (!Inserted) {
      const SplitFunction &First = In.SplitFunctions[It->second];
      return err("function " + Twine(Impl) + " is the implementation of "
                 "both __wsplit_impl." + In.Splits[First.Split].Name + "." +
                 printable(First.Key) + " and " + printable(E.Name) +
                 "; a function can be in one split only, under one name");
    }
    ByQualifiedKey[Qualified] = In.SplitFunctions.size();
    In.SplitFunctions.push_back({K, SplitFor(M), Impl, None});
  }

  for (const wasm::WasmImport &Imp : In.Imports)
    if (Imp.Module == abi::ImportModule &&
        Imp.Kind != wasm::WASM_EXTERNAL_FUNCTION)
      return err("imports 'wsplit." + printable(Imp.Field) +
                 "', which is not a function; the wsplit import module "
                 "provides only functions (was it built with a newer wsplit "
                 "plugin?)");
  for (uint32_t FI = 0; FI < In.NumImportedFunctions; ++FI) {
    const wasm::WasmImport &Imp = In.Imports[In.Functions[FI].Import];
    if (Imp.Module != abi::ImportModule)
      continue;
    StringRef Field = Imp.Field;
    if (Field == abi::LoadAsync || Field == abi::IsLoaded)
      continue;
    if (Field.consume_front(abi::LoadPrefix)) {
      if (!SplitIndex.count(Field))
        return err("imports wsplit.load." + printable(Field) +
                   " but no function is in split '" + printable(Field) +
                   "' (no __wsplit_impl." + printable(Field) +
                   ".* export); link the files that define its functions "
                   "and keep their exports");
      continue;
    }
    if (!Field.consume_front(abi::CallPrefix))
      return err("imports unknown function 'wsplit." + printable(Imp.Field) +
                 "'; was it built with a newer wsplit plugin?");
    auto It = ByQualifiedKey.find(Field);
    if (It == ByQualifiedKey.end())
      return err("imports wsplit.call." + printable(Field) +
                 " but exports no __wsplit_impl." + printable(Field) +
                 "; the split function's implementation is missing");
    SplitFunction &SF = In.SplitFunctions[It->second];
    if (SF.CallImport != None)
      return err("imports wsplit.call." + printable(Field) + " twice");
    if (!(In.Types[In.Functions[FI].Type] == In.Types[In.Functions[SF.Impl].Type]))
      return err("wsplit.call." + printable(Field) + " and __wsplit_impl." +
                 printable(Field) +
                 " have different signatures");
    SF.CallImport = FI;
  }

  for (uint32_t I = 0; I < In.SplitFunctions.size(); ++I) {
    SplitFunction &SF = In.SplitFunctions[I];
    StringRef M = In.Splits[SF.Split].Name;
    if (SF.CallImport == None)
      return err("exports __wsplit_impl." + M + "." + printable(SF.Key) +
                 " but does not import wsplit.call." + M + "." +
                 printable(SF.Key) +
                 "; the stub that calls it is missing (was the program "
                 "compiled with the wsplit plugin?)");
    In.Functions[SF.Impl].SplitFn = I;
    In.Functions[SF.CallImport].SplitFn = I;
    In.Functions[SF.CallImport].IsCallImport = true;
    In.Splits[SF.Split].Functions.push_back(I);
  }

  for (Split &S : In.Splits) {
    auto It = FlagSymbols.find((FlagPrefix + S.Name).str());
    if (It == FlagSymbols.end())
      return err("split '" + S.Name + "' has no loaded flag (data symbol " +
                 FlagPrefix + S.Name + ") in the symbol table; compile the "
                 "files that define its functions with the wsplit plugin");
    S.FlagSymbol = It->second;
    S.FlagAddress = In.DataSymbols[It->second].address(In.Segments);
  }
  // Split order is by name; SplitFunction::Split indices follow.
  std::vector<uint32_t> Order(In.Splits.size());
  for (uint32_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  llvm::sort(Order, [&](uint32_t A, uint32_t B) {
    return In.Splits[A].Name < In.Splits[B].Name;
  });
  std::vector<uint32_t> NewIndex(Order.size());
  std::vector<Split> Sorted;
  for (uint32_t I = 0; I < Order.size(); ++I) {
    NewIndex[Order[I]] = I;
    Sorted.push_back(std::move(In.Splits[Order[I]]));
  }
  In.Splits = std::move(Sorted);
  for (SplitFunction &SF : In.SplitFunctions)
    SF.Split = NewIndex[SF.Split];

  if (!In.SplitFunctions.empty() && In.FuncTable != None &&
      In.Tables[In.FuncTable].isImport())
    return err("imports its function table; wsplit needs to add slots to it, "
               "link without --import-table");
  return Error::success();
}

Error Reader::run() {
  if (Error E = checkFeatures())
    return E;
  if (Error E = readSections())
    return E;
  if (Error E = readIndexSpaces())
    return E;
  if (Error E = readSymbols())
    return E;
  if (Error E = readCodeUses())
    return E;
  if (Error E = readDataUses())
    return E;
  return readSplitFunctions();
}

Expected<std::unique_ptr<Input>>
readInput(std::unique_ptr<MemoryBuffer> Buffer, StringRef Path) {
  auto In = std::make_unique<Input>();
  In->Path = Path.str();
  In->Buffer = std::move(Buffer);
  ArrayRef<uint8_t> Bytes(
      reinterpret_cast<const uint8_t *>(In->Buffer->getBufferStart()),
      In->Buffer->getBufferSize());
  if (Error E = precheckWasm(Bytes))
    return createFileError(Path, std::move(E));

  Error Err = Error::success();
  auto Obj = std::make_unique<WasmObjectFile>(In->Buffer->getMemBufferRef(), Err);
  if (Err)
    return createFileError(Path,
                           malformedError(toString(std::move(Err))));
  if (Error E = Reader(*In, *Obj).run())
    // The --emit-relocs message names the file itself, as docs/errors.md
    // shows it; every other one gets the file as a prefix.
    return handleErrors(std::move(E),
                        [&](std::unique_ptr<NotRelinkableError> N) -> Error {
                          return Error(std::move(N));
                        },
                        [&](std::unique_ptr<ErrorInfoBase> Other) -> Error {
                          return createFileError(Path, Error(std::move(Other)));
                        });
  return std::move(In);
}

Expected<std::unique_ptr<Input>> readInput(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
      MemoryBuffer::getFile(Path, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!Buf)
    return createFileError(Path, errorCodeToError(Buf.getError()));
  return readInput(std::move(*Buf), Path);
}

} // namespace wsplit
