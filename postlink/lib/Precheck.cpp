//===-- Precheck.cpp - Bounds-check a module before WasmObjectFile reads it -===//
//
// llvm::object::WasmObjectFile reports malformed LEBs, truncated strings and
// some out-of-range indices with report_fatal_error, which aborts the
// process. wsplit promises a clear error for any input, so this file walks
// the same grammar first, with a Cursor that cannot read out of bounds, and
// only hands the bytes to WasmObjectFile once every read it will make is
// known to succeed. It also checks the references WasmObjectFile follows
// before checking them (a relocation's symbol, a section symbol's section,
// a data segment name's segment), and those for which WasmObjectFile's
// message would not say what is wrong (symbol indices and kinds, data
// symbols against their segments, relocation offsets). Other semantic
// checks that WasmObjectFile reports as recoverable errors are left to it.
// Every error names the section and the file offset.
//
// The walk is deliberately stricter than the wasm spec where wsplit does not
// support a feature anyway (GC types, extended-const and PIC init
// expressions, custom page sizes, dynamic-linking sections): those get a
// message naming the feature instead of a parse error.
//
//===----------------------------------------------------------------------===//

#include "Input.h"
#include "WasmBinary.h"

#include "llvm/ADT/StringExtras.h"

#include "llvm/BinaryFormat/Wasm.h"

using namespace llvm;

namespace wsplit {
namespace {

const char *symbolKindName(uint8_t Kind) {
  switch (Kind) {
  case wasm::WASM_SYMBOL_TYPE_FUNCTION:
    return "function";
  case wasm::WASM_SYMBOL_TYPE_DATA:
    return "data";
  case wasm::WASM_SYMBOL_TYPE_GLOBAL:
    return "global";
  case wasm::WASM_SYMBOL_TYPE_SECTION:
    return "section";
  case wasm::WASM_SYMBOL_TYPE_TAG:
    return "tag";
  case wasm::WASM_SYMBOL_TYPE_TABLE:
    return "table";
  }
  return "unknown";
}

/// The kind of symbol a relocation type refers to.
uint8_t relocSymbolKind(uint32_t Type) {
  switch (Type) {
  case wasm::R_WASM_TABLE_NUMBER_LEB:
    return wasm::WASM_SYMBOL_TYPE_TABLE;
  case wasm::R_WASM_GLOBAL_INDEX_LEB:
  case wasm::R_WASM_GLOBAL_INDEX_I32:
    return wasm::WASM_SYMBOL_TYPE_GLOBAL;
  case wasm::R_WASM_TAG_INDEX_LEB:
    return wasm::WASM_SYMBOL_TYPE_TAG;
  case wasm::R_WASM_SECTION_OFFSET_I32:
    return wasm::WASM_SYMBOL_TYPE_SECTION;
  case wasm::R_WASM_MEMORY_ADDR_LEB:
  case wasm::R_WASM_MEMORY_ADDR_SLEB:
  case wasm::R_WASM_MEMORY_ADDR_I32:
  case wasm::R_WASM_MEMORY_ADDR_REL_SLEB:
  case wasm::R_WASM_MEMORY_ADDR_TLS_SLEB:
  case wasm::R_WASM_MEMORY_ADDR_LOCREL_I32:
  case wasm::R_WASM_MEMORY_ADDR_LEB64:
  case wasm::R_WASM_MEMORY_ADDR_SLEB64:
  case wasm::R_WASM_MEMORY_ADDR_I64:
  case wasm::R_WASM_MEMORY_ADDR_REL_SLEB64:
  case wasm::R_WASM_MEMORY_ADDR_TLS_SLEB64:
    return wasm::WASM_SYMBOL_TYPE_DATA;
  default: // function indices, table slots, function offsets
    return wasm::WASM_SYMBOL_TYPE_FUNCTION;
  }
}

/// Whether a relocation of Type may refer to a symbol of Kind: its own
/// kind, or for GLOBAL_INDEX_LEB also the GOT entry of a data or function
/// symbol.
bool relocTakes(uint32_t Type, uint8_t Kind) {
  return Kind == relocSymbolKind(Type) ||
         (Type == wasm::R_WASM_GLOBAL_INDEX_LEB &&
          (Kind == wasm::WASM_SYMBOL_TYPE_DATA ||
           Kind == wasm::WASM_SYMBOL_TYPE_FUNCTION));
}

class Prechecker {
public:
  explicit Prechecker(ArrayRef<uint8_t> File) : File(File) {}
  Error run();

private:
  Error fail(const Twine &Msg) { return malformedError(Msg); }
  Error unsupported(const Twine &What, const Twine &Fix) {
    return createStringError(inconvertibleErrorCode(),
                             "unsupported input: " + What + "; " + Fix);
  }
  Error section(uint8_t Id, StringRef Name, Cursor C);
  void valType(Cursor &C);
  void limits(Cursor &C);
  void tableType(Cursor &C);
  void initExpr(Cursor &C);
  void custom(StringRef Name, Cursor &C);
  void names(Cursor &C);
  void linking(Cursor &C);
  void relocs(Cursor &C);
  /// Each loop over a count stops at the first failure.
  static bool more(Cursor &C, uint32_t &Count) {
    return Count-- != 0 && !C.failed();
  }

  ArrayRef<uint8_t> File;
  /// The content size of each section read so far (after the name, for
  /// custom sections), which is what relocation offsets count in.
  std::vector<uint64_t> SectionSizes;
  /// What later sections may refer to. WasmObjectFile indexes its own
  /// vectors with some of these references before checking them.
  uint32_t NumTypes = 0;
  uint32_t NumDataSegments = 0;
  /// The size of each data segment, for data symbols.
  std::vector<uint32_t> SegmentSizes;
  uint32_t NumSymbols = 0;
  /// The kind of each symbol, for relocations.
  std::vector<uint8_t> SymbolKinds;
  /// Imported and defined functions, globals, tags and tables, indexed by
  /// the symbol kind that names them.
  struct Space {
    uint32_t Imported = 0, Defined = 0;
  } Spaces[wasm::WASM_SYMBOL_TYPE_TABLE + 1];
  std::string Unsupported;
};

} // namespace

void Prechecker::valType(Cursor &C) {
  uint8_t T = C.u8();
  switch (T) {
  case wasm::WASM_TYPE_I32:
  case wasm::WASM_TYPE_I64:
  case wasm::WASM_TYPE_F32:
  case wasm::WASM_TYPE_F64:
  case wasm::WASM_TYPE_V128:
  case wasm::WASM_TYPE_FUNCREF:
  case wasm::WASM_TYPE_EXTERNREF:
  case wasm::WASM_TYPE_EXNREF:
    return;
  default:
    if (!C.failed())
      Unsupported = "value type 0x" + utohexstr(T, true) +
                    " (typed references / GC proposal)";
    C.fail("unsupported value type");
  }
}

void Prechecker::limits(Cursor &C) {
  uint32_t Flags = C.u32();
  const uint32_t Known = wasm::WASM_LIMITS_FLAG_HAS_MAX |
                         wasm::WASM_LIMITS_FLAG_IS_SHARED |
                         wasm::WASM_LIMITS_FLAG_IS_64;
  if (Flags & ~Known) {
    Unsupported = "limits flags 0x" + utohexstr(Flags, true) +
                  " (custom page sizes)";
    C.fail("unsupported limits");
    return;
  }
  C.u64();
  if (Flags & wasm::WASM_LIMITS_FLAG_HAS_MAX)
    C.u64();
}

void Prechecker::tableType(Cursor &C) {
  valType(C);
  limits(C);
}

// Only single-instruction constant expressions, which is all a non-PIC link
// produces; WasmObjectFile's extended-expression path reads immediates as
// unsigned LEBs whatever their type, which is not worth mirroring.
void Prechecker::initExpr(Cursor &C) {
  uint8_t Op = C.u8();
  switch (Op) {
  case wasm::WASM_OPCODE_I32_CONST:
    C.s32();
    break;
  case wasm::WASM_OPCODE_I64_CONST:
    C.s64();
    break;
  case wasm::WASM_OPCODE_F32_CONST:
    C.skip(4);
    break;
  case wasm::WASM_OPCODE_F64_CONST:
    C.skip(8);
    break;
  case wasm::WASM_OPCODE_GLOBAL_GET:
    C.u32();
    break;
  case wasm::WASM_OPCODE_REF_NULL:
    C.u8();
    break;
  default:
    if (!C.failed())
      Unsupported = "constant expression with opcode 0x" + utohexstr(Op, true) +
                    " (extended-const or position-independent code)";
    C.fail("unsupported constant expression");
    return;
  }
  if (C.u8() != wasm::WASM_OPCODE_END && !C.failed()) {
    Unsupported = "multi-instruction constant expression (extended-const or "
                  "position-independent code)";
    C.fail("unsupported constant expression");
  }
}

void Prechecker::names(Cursor &C) {
  while (!C.atEnd() && !C.failed()) {
    uint8_t Type = C.u8();
    Cursor Sub = C.sub(C.u32());
    if (Type == wasm::WASM_NAMES_FUNCTION || Type == wasm::WASM_NAMES_GLOBAL ||
        Type == wasm::WASM_NAMES_DATA_SEGMENT) {
      uint32_t Count = Sub.u32();
      while (more(Sub, Count)) {
        uint32_t Index = Sub.u32();
        StringRef Name = Sub.str();
        if (Sub.failed())
          break;
        // WasmObjectFile reads a segment's size before it has checked the
        // index (it allows Index == the number of segments).
        const char *What = "data segment";
        uint64_t Limit = NumDataSegments;
        if (Type == wasm::WASM_NAMES_FUNCTION) {
          What = "function";
          Limit = Spaces[wasm::WASM_SYMBOL_TYPE_FUNCTION].Imported +
                  uint64_t(Spaces[wasm::WASM_SYMBOL_TYPE_FUNCTION].Defined);
        } else if (Type == wasm::WASM_NAMES_GLOBAL) {
          What = "global";
          Limit = Spaces[wasm::WASM_SYMBOL_TYPE_GLOBAL].Imported +
                  uint64_t(Spaces[wasm::WASM_SYMBOL_TYPE_GLOBAL].Defined);
        }
        if (Index >= Limit)
          Sub.fail(Twine("name for ") + What + " " + Twine(Index) +
                   ", which does not exist");
        else if (Name.empty() && Type != wasm::WASM_NAMES_DATA_SEGMENT)
          Sub.fail(Twine("empty name for ") + What + " " + Twine(Index));
      }
      if (!Sub.failed() && !Sub.atEnd())
        Sub.fail("name sub-section has trailing bytes");
    }
    if (Sub.failed())
      C.failFrom(Sub);
  }
}

void Prechecker::linking(Cursor &C) {
  C.u32(); // version; WasmObjectFile reports a wrong one
  while (!C.atEnd() && !C.failed()) {
    uint8_t Type = C.u8();
    Cursor Sub = C.sub(C.u32());
    uint32_t Count = 0;
    if (Type == wasm::WASM_SYMBOL_TABLE || Type == wasm::WASM_SEGMENT_INFO ||
        Type == wasm::WASM_INIT_FUNCS || Type == wasm::WASM_COMDAT_INFO)
      Count = Sub.u32();
    switch (Type) {
    case wasm::WASM_SYMBOL_TABLE:
      NumSymbols = Count;
      SymbolKinds.clear();
      for (uint32_t I = 0; more(Sub, Count); ++I) {
        uint8_t Kind = Sub.u8();
        uint32_t Flags = Sub.u32();
        bool Defined = !(Flags & wasm::WASM_SYMBOL_UNDEFINED);
        bool Explicit = Flags & wasm::WASM_SYMBOL_EXPLICIT_NAME;
        SymbolKinds.push_back(Kind);
        switch (Kind) {
        case wasm::WASM_SYMBOL_TYPE_FUNCTION:
        case wasm::WASM_SYMBOL_TYPE_GLOBAL:
        case wasm::WASM_SYMBOL_TYPE_TABLE:
        case wasm::WASM_SYMBOL_TYPE_TAG: {
          uint32_t Index = Sub.u32();
          StringRef Name = Defined || Explicit ? Sub.str() : "";
          const Space &S = Spaces[Kind];
          if (Sub.failed())
            break;
          // Built only for an error: this runs once per symbol.
          auto Sym = [&] {
            return "symbol " + std::to_string(I) +
                   (Name.empty() ? "" : " '" + printable(Name) + "'") +
                   " names " + symbolKindName(Kind) + " " +
                   std::to_string(Index);
          };
          if (Index >= S.Imported + uint64_t(S.Defined))
            Sub.fail(Sym() + ", which does not exist");
          else if (Defined && Index < S.Imported)
            Sub.fail(Sym() + ", an import, but is not marked undefined");
          else if (!Defined && Index >= S.Imported)
            Sub.fail(Sym() + ", which is not an import, but is marked "
                             "undefined");
          break;
        }
        case wasm::WASM_SYMBOL_TYPE_DATA: {
          StringRef Name = Sub.str();
          if (!Defined)
            break;
          uint32_t Segment = Sub.u32();
          uint64_t Offset = Sub.u64();
          uint64_t Size = Sub.u64();
          if (Sub.failed() || (Flags & wasm::WASM_SYMBOL_ABSOLUTE))
            break;
          auto Sym = [&] {
            return "data symbol " + std::to_string(I) + " '" +
                   printable(Name) + "'";
          };
          if (Segment >= SegmentSizes.size())
            Sub.fail(Sym() + " is in data segment " + Twine(Segment) +
                     ", which does not exist");
          else if (Size > SegmentSizes[Segment] ||
                   Offset > SegmentSizes[Segment] - Size)
            Sub.fail(Sym() + " (offset " + Twine(Offset) + ", size " +
                     Twine(Size) + ") does not fit its data segment " +
                     Twine(Segment) + " (" + Twine(SegmentSizes[Segment]) +
                     " bytes)");
          break;
        }
        case wasm::WASM_SYMBOL_TYPE_SECTION:
          // WasmObjectFile indexes its section list with this unchecked.
          if (Sub.u32() >= SectionSizes.size() && !Sub.failed())
            Sub.fail("section symbol refers to a section that does not exist");
          break;
        default:
          Sub.fail("invalid symbol kind " + Twine(unsigned(Kind)));
        }
      }
      break;
    case wasm::WASM_SEGMENT_INFO:
      while (more(Sub, Count)) {
        Sub.str();
        Sub.u32();
        Sub.u32();
      }
      break;
    case wasm::WASM_INIT_FUNCS:
      while (more(Sub, Count)) {
        Sub.u32();
        Sub.u32();
      }
      break;
    case wasm::WASM_COMDAT_INFO:
      while (more(Sub, Count)) {
        Sub.str();
        Sub.u32();
        uint32_t Entries = Sub.u32();
        while (more(Sub, Entries)) {
          Sub.u32();
          Sub.u32();
        }
      }
      break;
    default:
      Sub.skip(Sub.remaining());
    }
    if (!Sub.failed() && !Sub.atEnd())
      Sub.fail("linking sub-section has trailing bytes");
    if (Sub.failed())
      C.failFrom(Sub);
  }
}

void Prechecker::relocs(Cursor &C) {
  uint32_t Target = C.u32();
  if (Target >= SectionSizes.size() && !C.failed())
    C.fail("relocation section refers to a section that does not exist");
  uint32_t Count = C.u32();
  for (uint32_t I = 0; more(C, Count); ++I) {
    uint32_t Type = C.u32();
    uint32_t Offset = C.u32();
    uint32_t Index = C.u32(); // symbol or type index
    // The patched field's size, as WasmObjectFile assumes it.
    unsigned Size = 5;
    switch (Type) {
    case wasm::R_WASM_MEMORY_ADDR_I32:
    case wasm::R_WASM_MEMORY_ADDR_LOCREL_I32:
    case wasm::R_WASM_FUNCTION_OFFSET_I32:
    case wasm::R_WASM_SECTION_OFFSET_I32:
      Size = 4;
      [[fallthrough]];
    case wasm::R_WASM_MEMORY_ADDR_LEB:
    case wasm::R_WASM_MEMORY_ADDR_SLEB:
    case wasm::R_WASM_MEMORY_ADDR_REL_SLEB:
    case wasm::R_WASM_MEMORY_ADDR_TLS_SLEB:
      C.s32();
      break;
    case wasm::R_WASM_MEMORY_ADDR_LEB64:
    case wasm::R_WASM_MEMORY_ADDR_SLEB64:
    case wasm::R_WASM_MEMORY_ADDR_REL_SLEB64:
      Size = 10;
      C.s64();
      break;
    case wasm::R_WASM_MEMORY_ADDR_I64:
    case wasm::R_WASM_FUNCTION_OFFSET_I64:
      Size = 8;
      [[fallthrough]];
    case wasm::R_WASM_MEMORY_ADDR_TLS_SLEB64:
      C.s64();
      break;
    case wasm::R_WASM_TABLE_INDEX_I32:
    case wasm::R_WASM_FUNCTION_INDEX_I32:
    case wasm::R_WASM_GLOBAL_INDEX_I32:
      Size = 4;
      break;
    case wasm::R_WASM_TABLE_INDEX_I64:
      Size = 8;
      break;
    case wasm::R_WASM_FUNCTION_INDEX_LEB:
    case wasm::R_WASM_TABLE_INDEX_SLEB:
    case wasm::R_WASM_TABLE_INDEX_SLEB64:
    case wasm::R_WASM_TABLE_INDEX_REL_SLEB:
    case wasm::R_WASM_TABLE_INDEX_REL_SLEB64:
    case wasm::R_WASM_TABLE_NUMBER_LEB:
    case wasm::R_WASM_TYPE_INDEX_LEB:
    case wasm::R_WASM_GLOBAL_INDEX_LEB:
    case wasm::R_WASM_TAG_INDEX_LEB:
      break;
    default:
      // Its size is unknown, so nothing after it can be read.
      if (!C.failed())
        C.fail("relocation " + Twine(I) + " has unknown type " +
               Twine(Type));
      return;
    }
    if (C.failed())
      return;
    // WasmObjectFile names the symbol of a relocation it rejects, reading
    // its symbol list at Index unchecked.
    auto Reloc = [&] {
      return "relocation " + std::to_string(I) + " (" +
             wasm::relocTypetoString(Type).str() + ")";
    };
    if (Type == wasm::R_WASM_TYPE_INDEX_LEB) {
      if (Index >= NumTypes)
        C.fail(Reloc() + " refers to type " + Twine(Index) +
               ", which does not exist");
    } else if (Index >= NumSymbols) {
      C.fail(Reloc() + " refers to symbol " + Twine(Index) +
             ", which does not exist (the symbol table has " +
             Twine(NumSymbols) + ")");
    } else if (Index < SymbolKinds.size() &&
               !relocTakes(Type, SymbolKinds[Index])) {
      C.fail(Reloc() + " needs a " + symbolKindName(relocSymbolKind(Type)) +
             " symbol but refers to symbol " + Twine(Index) + ", a " +
             symbolKindName(SymbolKinds[Index]) + " symbol");
    } else if (uint64_t(Offset) + Size > SectionSizes[Target]) {
      C.fail(Reloc() + " at offset " + Twine(Offset) +
             " runs past the end of the section it patches (" +
             Twine(SectionSizes[Target]) + " bytes)");
    }
  }
}

void Prechecker::custom(StringRef Name, Cursor &C) {
  if (Name == "dylink" || Name == "dylink.0") {
    Unsupported = "a '" + Name.str() +
                  "' section (shared library or position-independent module)";
    C.fail("unsupported section");
    return;
  }
  if (Name == "name")
    return names(C);
  if (Name == "linking")
    return linking(C);
  if (Name.starts_with("reloc."))
    return relocs(C);
  if (Name == "producers") {
    uint32_t Fields = C.u32();
    while (more(C, Fields)) {
      C.str();
      uint32_t Values = C.u32();
      while (more(C, Values)) {
        C.str();
        C.str();
      }
    }
    return;
  }
  if (Name == "target_features") {
    uint32_t Count = C.u32();
    while (more(C, Count)) {
      C.u8();
      C.str();
    }
    return;
  }
  C.skip(C.remaining());
}

Error Prechecker::section(uint8_t Id, StringRef Name, Cursor C) {
  uint32_t Count = 0;
  switch (Id) {
  case wasm::WASM_SEC_CUSTOM:
    custom(Name, C);
    break;
  case wasm::WASM_SEC_TYPE:
    Count = C.u32();
    NumTypes = Count;
    while (more(C, Count)) {
      uint8_t Form = C.u8();
      if (Form != wasm::WASM_TYPE_FUNC) {
        if (!C.failed())
          Unsupported =
              "type form 0x" + utohexstr(Form, true) + " (GC proposal)";
        C.fail("unsupported type");
        break;
      }
      uint32_t N = C.u32();
      while (more(C, N))
        valType(C);
      N = C.u32();
      while (more(C, N))
        valType(C);
    }
    break;
  case wasm::WASM_SEC_IMPORT:
    Count = C.u32();
    while (more(C, Count)) {
      C.str();
      C.str();
      switch (C.u8()) {
      case wasm::WASM_EXTERNAL_FUNCTION:
        ++Spaces[wasm::WASM_SYMBOL_TYPE_FUNCTION].Imported;
        if (C.u32() >= NumTypes && !C.failed())
          C.fail("function type index out of range");
        break;
      case wasm::WASM_EXTERNAL_GLOBAL:
        ++Spaces[wasm::WASM_SYMBOL_TYPE_GLOBAL].Imported;
        valType(C);
        C.flag();
        break;
      case wasm::WASM_EXTERNAL_MEMORY:
        limits(C);
        break;
      case wasm::WASM_EXTERNAL_TABLE:
        ++Spaces[wasm::WASM_SYMBOL_TYPE_TABLE].Imported;
        tableType(C);
        break;
      case wasm::WASM_EXTERNAL_TAG:
        ++Spaces[wasm::WASM_SYMBOL_TYPE_TAG].Imported;
        C.u8();
        C.u32();
        break;
      default:
        C.fail("invalid import kind");
      }
    }
    break;
  case wasm::WASM_SEC_FUNCTION:
    Count = C.u32();
    Spaces[wasm::WASM_SYMBOL_TYPE_FUNCTION].Defined = Count;
    while (more(C, Count))
      if (C.u32() >= NumTypes && !C.failed())
        C.fail("function type index out of range");
    break;
  case wasm::WASM_SEC_TABLE:
    Count = C.u32();
    Spaces[wasm::WASM_SYMBOL_TYPE_TABLE].Defined = Count;
    while (more(C, Count))
      tableType(C);
    break;
  case wasm::WASM_SEC_MEMORY:
    Count = C.u32();
    while (more(C, Count))
      limits(C);
    break;
  case wasm::WASM_SEC_TAG:
    Count = C.u32();
    Spaces[wasm::WASM_SYMBOL_TYPE_TAG].Defined = Count;
    while (more(C, Count)) {
      C.u8();
      C.u32();
    }
    break;
  case wasm::WASM_SEC_GLOBAL:
    Count = C.u32();
    Spaces[wasm::WASM_SYMBOL_TYPE_GLOBAL].Defined = Count;
    while (more(C, Count)) {
      valType(C);
      C.flag();
      initExpr(C);
    }
    break;
  case wasm::WASM_SEC_EXPORT:
    Count = C.u32();
    while (more(C, Count)) {
      C.str();
      C.u8();
      C.u32();
    }
    break;
  case wasm::WASM_SEC_START:
    C.u32();
    break;
  case wasm::WASM_SEC_ELEM:
    Count = C.u32();
    while (more(C, Count)) {
      uint32_t Flags = C.u32();
      if (Flags & ~uint32_t(7) && !C.failed()) {
        C.fail("invalid element segment flags 0x" + utohexstr(Flags, true));
        break;
      }
      // Only active segments of function indices (flags 0 and 2); LLVM's
      // reader of the other forms has changed between versions.
      if (Flags & (wasm::WASM_ELEM_SEGMENT_HAS_INIT_EXPRS |
                   wasm::WASM_ELEM_SEGMENT_IS_PASSIVE)) {
        Unsupported = "passive, declarative or expression element segments";
        C.fail("unsupported element segment");
        break;
      }
      if (Flags & wasm::WASM_ELEM_SEGMENT_HAS_TABLE_NUMBER)
        C.u32();
      initExpr(C);
      // The element kind: WasmObjectFile reads it as a LEB, so only the
      // one-byte 0 (funcref) is read the same way by both.
      if ((Flags & wasm::WASM_ELEM_SEGMENT_MASK_HAS_ELEM_DESC) &&
          C.u8() != 0 && !C.failed())
        C.fail("invalid element kind (expected 0, funcref)");
      uint32_t N = C.u32();
      while (more(C, N))
        C.u32();
    }
    break;
  case wasm::WASM_SEC_CODE:
    Count = C.u32();
    for (uint32_t I = 0; more(C, Count); ++I) {
      Cursor Body = C.sub(C.u32());
      uint32_t Decls = Body.u32();
      while (more(Body, Decls)) {
        Body.u32();
        Body.u8();
      }
      if (Body.failed())
        C.failFrom(Body, "in the body of function " +
                             Twine(Spaces[wasm::WASM_SYMBOL_TYPE_FUNCTION]
                                       .Imported +
                                   uint64_t(I)) +
                             ": ");
    }
    break;
  case wasm::WASM_SEC_DATA:
    Count = C.u32();
    NumDataSegments = Count;
    SegmentSizes.clear();
    while (more(C, Count)) {
      uint32_t Flags = C.u32();
      if (Flags & wasm::WASM_DATA_SEGMENT_HAS_MEMINDEX)
        C.u32();
      if (!(Flags & wasm::WASM_DATA_SEGMENT_IS_PASSIVE))
        initExpr(C);
      uint32_t Size = C.u32();
      C.skip(Size);
      SegmentSizes.push_back(Size);
    }
    break;
  case wasm::WASM_SEC_DATACOUNT:
    C.u32();
    break;
  default:
    return fail("unknown section id " + Twine(unsigned(Id)));
  }
  if (!C.failed() && !C.atEnd() && Id != wasm::WASM_SEC_CUSTOM)
    C.fail("section has trailing bytes");
  if (!C.failed())
    return Error::success();
  if (!Unsupported.empty())
    return unsupported(Unsupported,
                       "wsplit handles modules linked by wasm-ld from "
                       "C/C++ without threads, PIC or GC");
  std::string Label =
      Id == wasm::WASM_SEC_CUSTOM ? printable(Name)
                                  : wasm::sectionTypeToString(Id).lower();
  return fail("in the " + Label + " section: " + C.message());
}

Error Prechecker::run() {
  auto Wrong = [](const Twine &What) {
    return createStringError(inconvertibleErrorCode(),
                             What + "; pass the .wasm file wasm-ld wrote");
  };
  ArrayRef<uint8_t> Magic(reinterpret_cast<const uint8_t *>(wasm::WasmMagic),
                          4);
  if (File.empty())
    return Wrong("the file is empty");
  if (File.take_front(4) != Magic.take_front(std::min<size_t>(4, File.size())))
    return Wrong("not a WebAssembly module (no \\0asm magic number)");
  if (File.size() < 8)
    return fail("the file ends inside the 8-byte module header");
  Cursor C(File);
  C.skip(4);
  if (C.bytes(4) != ArrayRef<uint8_t>({1, 0, 0, 0}))
    return createStringError(
        inconvertibleErrorCode(),
        "not a core WebAssembly module (version is not 1; a component?); "
        "pass the .wasm file wasm-ld wrote");
  while (!C.atEnd()) {
    uint64_t Start = C.fileOffset();
    uint8_t Id = C.u8();
    uint32_t Size = C.u32();
    if (C.failed())
      return fail("in the header of the section at offset 0x" +
                  utohexstr(Start, true) + ": " + C.message());
    if (Size > C.remaining())
      return fail("the section at offset 0x" + utohexstr(Start, true) +
                  " claims " + Twine(Size) + " bytes but only " +
                  Twine(C.remaining()) + " remain");
    Cursor S = C.sub(Size);
    StringRef Name;
    if (Id == wasm::WASM_SEC_CUSTOM) {
      Name = S.str();
      if (S.failed())
        return fail("in the name of the custom section at offset 0x" +
                    utohexstr(Start, true) + ": " + S.message());
    }
    uint64_t ContentSize = S.remaining();
    if (Error E = section(Id, Name, S))
      return E;
    SectionSizes.push_back(ContentSize);
  }
  return Error::success();
}

Error precheckWasm(ArrayRef<uint8_t> File) { return Prechecker(File).run(); }

} // namespace wsplit
