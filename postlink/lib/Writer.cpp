//===-- Writer.cpp - Encode the output modules ----------------------------===//
//
// Writes one module at a time: build its remaps, then emit its sections in
// the order the spec requires. The remap arrays are sized for the whole
// input and reused from module to module; only the entries a module set are
// cleared afterwards, so writing N modules costs what they hold, not N times
// the input.
//
//===----------------------------------------------------------------------===//

#include "Writer.h"
#include "Abi.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Parallel.h"
#include "llvm/Support/SHA256.h"

#include <optional>

using namespace llvm;

namespace wsplit {

// wasm-ld writes demangled names into the name section; implementations
// get the same form of the name of the function they implement.
std::string functionName(const Input &In, uint32_t F) {
  const Function &Fn = In.Functions[F];
  if (Fn.SplitFn != None && !Fn.IsCallImport)
    return demangle(abi::withoutLocalSuffix(
        abi::symbolOfKey(In.SplitFunctions[Fn.SplitFn].Key)));
  return Fn.Name.str();
}

namespace {

/// An input-index -> output-index map whose set entries can be cleared.
class Remap {
public:
  void resize(size_t N) { Map.assign(N, None); }
  void set(uint32_t From, uint32_t To) {
    Map[From] = To;
    Touched.push_back(From);
  }
  uint32_t operator[](uint32_t I) const { return Map[I]; }
  void clear() {
    for (uint32_t I : Touched)
      Map[I] = None;
    Touched.clear();
  }

private:
  std::vector<uint32_t> Map;
  std::vector<uint32_t> Touched;
};

const char *sectionName(uint8_t Id) {
  static const char *Names[] = {"custom", "type",   "import", "function",
                                "table",  "memory", "global", "export",
                                "start",  "elem",   "code",   "data",
                                "datacount", "tag"};
  return Id < std::size(Names) ? Names[Id] : "unknown";
}

class ModuleWriter {
public:
  ModuleWriter(const Input &In, const Plan &P, const Layout &L,
               StringRef BuildId)
      : In(In), P(P), L(L), BuildId(BuildId) {
    Funcs.resize(In.Functions.size());
    Types.resize(In.Types.size());
    Globals.resize(In.Globals.size());
    Tags.resize(In.Tags.size());
    Tables.resize(In.Tables.size() + 1);
  }

  Expected<OutputModule> write(uint32_t M);

private:
  void buildRemaps();
  void clearRemaps();
  /// Appends section Id holding Content, preceded by Count when given.
  void section(uint8_t Id, const ByteWriter &Content,
               std::optional<size_t> Count = std::nullopt);
  /// A section holding a vector: Count, then the Items already encoded.
  /// Nothing when Count is 0.
  void countedSection(uint8_t Id, size_t Count, const ByteWriter &Items) {
    if (Count)
      section(Id, Items, Count);
  }
  /// A section holding a vector: Emit(W, Item) for each of Items.
  template <typename Range, typename Fn>
  void vectorSection(uint8_t Id, const Range &Items, Fn Emit) {
    ByteWriter W;
    for (const auto &Item : Items)
      Emit(W, Item);
    countedSection(Id, std::size(Items), W);
  }
  void limits(ByteWriter &W, const wasm::WasmLimits &Lim);
  void tableType(ByteWriter &W, uint32_t Table);
  void writeTypes();
  void writeImports();
  void writeFunctions();
  void writeTables();
  void writeMemory();
  void writeTags();
  void writeGlobals();
  void writeExports();
  void writeStart();
  void writeElems();
  Error writeCode();
  Error writeBody(uint32_t F, ByteWriter &Out);
  void writeGuard(uint32_t F, ByteWriter &Out);
  void writeData();
  void writeCustom();

  const Input &In;
  const Plan &P;
  const Layout &L;
  StringRef BuildId;

  uint32_t M = 0;
  uint32_t GuardBase = 0; ///< function index of ML->Guards[0]
  const ModuleInfo *Mod = nullptr;
  const ModuleLayout *ML = nullptr;
  OutputModule Out;
  Remap Funcs, Types, Globals, Tags, Tables;
  ByteWriter Scratch; ///< one function body at a time
};

} // namespace

void ModuleWriter::buildRemaps() {
  for (uint32_t I = 0; I < ML->Types.size(); ++I)
    Types.set(ML->Types[I], I);
  uint32_t NF = 0, NG = 0, NT = 0, NTab = 0;
  for (const ImportRef &R : ML->Imports) {
    switch (R.Kind) {
    case wasm::WASM_EXTERNAL_FUNCTION:
      Funcs.set(R.Index, NF++);
      break;
    case wasm::WASM_EXTERNAL_GLOBAL:
      Globals.set(R.Index, NG++);
      break;
    case wasm::WASM_EXTERNAL_TAG:
      Tags.set(R.Index, NT++);
      break;
    case wasm::WASM_EXTERNAL_TABLE:
      Tables.set(R.Index, NTab++);
      break;
    default:
      break;
    }
  }
  for (uint32_t F : Mod->Functions)
    Funcs.set(F, NF++);
  GuardBase = NF; // main's guards follow its own functions
  for (uint32_t G : Mod->Globals)
    Globals.set(G, NG++);
  for (uint32_t T : Mod->Tags)
    Tags.set(T, NT++);
  if (M == MainModule) {
    for (uint32_t T = 0; T < In.Tables.size(); ++T)
      if (!In.Tables[T].isImport())
        Tables.set(T, NTab++);
    if (P.NewTable)
      Tables.set(P.FuncTable, NTab++);
  }
}

void ModuleWriter::clearRemaps() {
  Funcs.clear();
  Types.clear();
  Globals.clear();
  Tags.clear();
  Tables.clear();
}

void ModuleWriter::section(uint8_t Id, const ByteWriter &Content,
                           std::optional<size_t> Count) {
  uint8_t CountLeb[16];
  unsigned CountSize = Count ? encodeULEB128(*Count, CountLeb) : 0;
  size_t Before = Out.Content.size();
  Out.Content.push_back(Id);
  uint8_t SizeLeb[16];
  unsigned N = encodeULEB128(CountSize + Content.size(), SizeLeb);
  Out.Content.insert(Out.Content.end(), SizeLeb, SizeLeb + N);
  Out.Content.insert(Out.Content.end(), CountLeb, CountLeb + CountSize);
  Out.Content.insert(Out.Content.end(), Content.Buf.begin(), Content.Buf.end());
  Out.Sections.push_back({sectionName(Id), Out.Content.size() - Before});
}

void ModuleWriter::limits(ByteWriter &W, const wasm::WasmLimits &Lim) {
  W.u8(Lim.Flags & wasm::WASM_LIMITS_FLAG_HAS_MAX);
  W.uleb(Lim.Minimum);
  if (Lim.Flags & wasm::WASM_LIMITS_FLAG_HAS_MAX)
    W.uleb(Lim.Maximum);
}

// A table's type in this module. The function table grows by the split
// slots; importers ask for that minimum and no maximum.
void ModuleWriter::tableType(ByteWriter &W, uint32_t T) {
  if (T == P.FuncTable && P.NewTable) {
    W.u8(uint8_t(wasm::ValType::FUNCREF));
    limits(W, {wasm::WASM_LIMITS_FLAG_HAS_MAX, P.TableSize, P.TableSize, 0});
    return;
  }
  const wasm::WasmTableType &TT = In.Tables[T].Type;
  W.u8(uint8_t(TT.ElemType));
  wasm::WasmLimits Lim = TT.Limits;
  if (T == P.FuncTable) {
    Lim.Minimum = std::max<uint64_t>(Lim.Minimum, P.TableSize);
    if (Lim.Flags & wasm::WASM_LIMITS_FLAG_HAS_MAX)
      Lim.Maximum = std::max<uint64_t>(Lim.Maximum, P.TableSize);
  }
  if (M != MainModule)
    Lim.Flags = 0;
  limits(W, Lim);
}

void ModuleWriter::writeTypes() {
  vectorSection(wasm::WASM_SEC_TYPE, ML->Types, [&](ByteWriter &W, uint32_t T) {
    const wasm::WasmSignature &S = In.Types[T];
    W.u8(wasm::WASM_TYPE_FUNC);
    W.uleb(S.Params.size());
    for (wasm::ValType V : S.Params)
      W.u8(uint8_t(V));
    W.uleb(S.Returns.size());
    for (wasm::ValType V : S.Returns)
      W.u8(uint8_t(V));
  });
}

void ModuleWriter::writeImports() {
  vectorSection(wasm::WASM_SEC_IMPORT, ML->Imports, [&](ByteWriter &W, const ImportRef &R) {
    if (R.From == Host) {
      uint32_t Imp = None;
      switch (R.Kind) {
      case wasm::WASM_EXTERNAL_FUNCTION:
        Imp = In.Functions[R.Index].Import;
        break;
      case wasm::WASM_EXTERNAL_GLOBAL:
        Imp = In.Globals[R.Index].Import;
        break;
      case wasm::WASM_EXTERNAL_TAG:
        Imp = In.Tags[R.Index].Import;
        break;
      case wasm::WASM_EXTERNAL_TABLE:
        Imp = In.Tables[R.Index].Import;
        break;
      case wasm::WASM_EXTERNAL_MEMORY:
        for (uint32_t I = 0; I < In.Imports.size(); ++I)
          if (In.Imports[I].Kind == wasm::WASM_EXTERNAL_MEMORY)
            Imp = I;
        break;
      }
      W.str(In.Imports[Imp].Module);
      W.str(In.Imports[Imp].Field);
    } else {
      const ModuleLayout &From = L.Modules[R.From];
      W.str(P.Modules[R.From].ImportName);
      W.str(From.Exports[From.ExportIndex.lookup(
                             ImportRef{R.Kind, R.Index, R.From}.key())]
                .Name);
    }
    W.u8(R.Kind);
    switch (R.Kind) {
    case wasm::WASM_EXTERNAL_FUNCTION:
      W.uleb(Types[In.Functions[R.Index].Type]);
      break;
    case wasm::WASM_EXTERNAL_TABLE:
      tableType(W, R.Index);
      break;
    case wasm::WASM_EXTERNAL_MEMORY: {
      wasm::WasmLimits Lim = *In.Memory;
      if (M != MainModule) // whatever size main's memory has grown to
        Lim.Flags = 0;
      limits(W, Lim);
      break;
    }
    case wasm::WASM_EXTERNAL_GLOBAL:
      W.u8(In.Globals[R.Index].Type.Type);
      W.u8(In.Globals[R.Index].Type.Mutable);
      break;
    case wasm::WASM_EXTERNAL_TAG:
      W.u8(0);
      W.uleb(Types[In.Tags[R.Index].Type]);
      break;
    }
  });
}

void ModuleWriter::writeFunctions() {
  ByteWriter W;
  for (uint32_t F : Mod->Functions)
    W.uleb(Types[In.Functions[F].Type]);
  for (uint32_t F : ML->Guards) // a guard has its function's type
    W.uleb(Types[In.Functions[F].Type]);
  countedSection(wasm::WASM_SEC_FUNCTION,
                 Mod->Functions.size() + ML->Guards.size(), W);
}

void ModuleWriter::writeTables() {
  if (M != MainModule)
    return;
  ByteWriter W;
  uint32_t N = 0;
  for (uint32_t T = 0; T < In.Tables.size(); ++T)
    if (!In.Tables[T].isImport()) {
      tableType(W, T);
      ++N;
    }
  if (P.NewTable) {
    tableType(W, P.FuncTable);
    ++N;
  }
  countedSection(wasm::WASM_SEC_TABLE, N, W);
}

void ModuleWriter::writeMemory() {
  if (M != MainModule || !In.Memory || In.MemoryImported)
    return;
  ByteWriter W;
  W.uleb(1);
  limits(W, *In.Memory);
  section(wasm::WASM_SEC_MEMORY, W);
}

void ModuleWriter::writeTags() {
  vectorSection(wasm::WASM_SEC_TAG, Mod->Tags, [&](ByteWriter &W, uint32_t T) {
    W.u8(0);
    W.uleb(Types[In.Tags[T].Type]);
  });
}

void ModuleWriter::writeGlobals() {
  vectorSection(wasm::WASM_SEC_GLOBAL, Mod->Globals, [&](ByteWriter &W, uint32_t G) {
    const Global &Gl = In.Globals[G];
    W.u8(Gl.Type.Type);
    W.u8(Gl.Type.Mutable);
    const wasm::WasmInitExprMVP &I = Gl.Init;
    W.u8(I.Opcode);
    switch (I.Opcode) {
    case wasm::WASM_OPCODE_I32_CONST:
      W.sleb(I.Value.Int32);
      break;
    case wasm::WASM_OPCODE_I64_CONST:
      W.sleb(I.Value.Int64);
      break;
    case wasm::WASM_OPCODE_F32_CONST:
      W.u32le(I.Value.Float32);
      break;
    case wasm::WASM_OPCODE_F64_CONST:
      W.u32le(uint32_t(I.Value.Float64));
      W.u32le(uint32_t(I.Value.Float64 >> 32));
      break;
    case wasm::WASM_OPCODE_GLOBAL_GET:
      W.uleb(Globals[I.Value.Global]);
      break;
    case wasm::WASM_OPCODE_REF_NULL:
      W.u8(Gl.Type.Type);
      break;
    }
    W.u8(wasm::WASM_OPCODE_END);
  });
}

void ModuleWriter::writeExports() {
  vectorSection(wasm::WASM_SEC_EXPORT, ML->Exports, [&](ByteWriter &W, const ExportEntry &E) {
    W.str(E.Name);
    W.u8(E.Kind);
    switch (E.Kind) {
    case wasm::WASM_EXTERNAL_FUNCTION:
      W.uleb(E.Guard != None ? GuardBase + E.Guard : Funcs[E.Index]);
      break;
    case wasm::WASM_EXTERNAL_TABLE:
      W.uleb(Tables[E.Index]);
      break;
    case wasm::WASM_EXTERNAL_MEMORY:
      W.uleb(0);
      break;
    case wasm::WASM_EXTERNAL_GLOBAL:
      W.uleb(Globals[E.Index]);
      break;
    case wasm::WASM_EXTERNAL_TAG:
      W.uleb(Tags[E.Index]);
      break;
    }
  });
}

void ModuleWriter::writeStart() {
  if (M != MainModule || !In.Start)
    return;
  ByteWriter W;
  W.uleb(Funcs[*In.Start]);
  section(wasm::WASM_SEC_START, W);
}

// One active segment per run of consecutive slots.
void ModuleWriter::writeElems() {
  ByteWriter Segs;
  uint32_t N = 0;
  auto Slots = ArrayRef(Mod->Slots);
  while (!Slots.empty()) {
    size_t Len = 1;
    while (Len < Slots.size() && Slots[Len].first == Slots[0].first + Len)
      ++Len;
    uint32_t Table = Tables[P.FuncTable];
    if (Table == 0) {
      Segs.u8(0);
    } else {
      Segs.u8(2);
      Segs.uleb(Table);
    }
    Segs.u8(wasm::WASM_OPCODE_I32_CONST);
    Segs.sleb(int32_t(Slots[0].first));
    Segs.u8(wasm::WASM_OPCODE_END);
    if (Table != 0)
      Segs.u8(0); // elemkind funcref
    Segs.uleb(Len);
    for (const auto &[Slot, F] : Slots.take_front(Len))
      Segs.uleb(Funcs[F]);
    Slots = Slots.drop_front(Len);
    ++N;
  }
  countedSection(wasm::WASM_SEC_ELEM, N, Segs);
}

Error ModuleWriter::writeBody(uint32_t F, ByteWriter &B) {
  const Function &Fn = In.Functions[F];
  ArrayRef<uint8_t> Code = In.Code;
  uint32_t Pos = Fn.BodyOffset;
  auto CopyTo = [&](uint32_t End) {
    B.bytes(Code.slice(Pos, End - Pos));
    Pos = End;
  };
  auto Missing = [&](const char *What, uint32_t I) {
    return createStringError(
        inconvertibleErrorCode(),
        formatv("internal error: {0} {1} used by function {2} is not "
                "available in module '{3}'",
                What, I, functionName(In, F), Mod->Name));
  };
  for (const Use &U : ArrayRef<Use>(In.CodeUses).slice(Fn.FirstUse, Fn.NumUses)) {
    if (U.Kind == UseKind::Function && In.Functions[U.Target].IsCallImport) {
      if (U.Opcode != 0x10 && U.Opcode != 0x12)
        return createStringError(
            inconvertibleErrorCode(),
            formatv("function {0} takes a reference to split call import "
                    "{1} instead of calling it; the plugin never does that",
                    functionName(In, F), In.Functions[U.Target].Name));
      // call <import> becomes i32.const <slot>; call_indirect <type> <table>.
      CopyTo(U.Offset - 1);
      uint32_t SF = In.Functions[U.Target].SplitFn;
      B.u8(wasm::WASM_OPCODE_I32_CONST);
      B.sleb(int32_t(P.FirstImplSlot + SF));
      B.u8(U.Opcode == 0x10 ? 0x11 : 0x13);
      B.uleb(Types[In.Functions[U.Target].Type]);
      B.uleb(Tables[P.FuncTable]);
      Pos = U.Offset + U.Width;
      continue;
    }
    CopyTo(U.Offset);
    uint32_t New = None;
    switch (U.Kind) {
    case UseKind::Function:
      if ((New = Funcs[U.Target]) == None)
        return Missing("function", U.Target);
      break;
    case UseKind::Type:
      New = Types[U.Target];
      break;
    case UseKind::Global:
      if ((New = Globals[U.Target]) == None)
        return Missing("global", U.Target);
      break;
    case UseKind::Tag:
      if ((New = Tags[U.Target]) == None)
        return Missing("tag", U.Target);
      break;
    case UseKind::Table:
      if ((New = Tables[U.Target]) == None)
        return Missing("table", U.Target);
      break;
    case UseKind::TableSlot:
    case UseKind::Data: {
      // The value stays; only its padding goes.
      if (U.Enc == Encoding::I32) {
        CopyTo(U.Offset + 4);
        continue;
      }
      const uint8_t *V = Code.data() + U.Offset;
      if (U.Enc == Encoding::ULEB)
        B.uleb(decodeULEB128(V));
      else
        B.sleb(decodeSLEB128(V));
      Pos = U.Offset + U.Width;
      continue;
    }
    }
    if (U.Enc == Encoding::I32)
      B.u32le(New);
    else if (U.Enc == Encoding::SLEB)
      B.sleb(New);
    else
      B.uleb(New);
    Pos = U.Offset + U.Width;
  }
  CopyTo(Fn.BodyOffset + Fn.BodySize);
  return Error::success();
}

Error ModuleWriter::writeCode() {
  ByteWriter W;
  for (uint32_t F : Mod->Functions) {
    Scratch.Buf.clear();
    if (Error E = writeBody(F, Scratch))
      return E;
    W.sized(Scratch.Buf);
  }
  for (uint32_t F : ML->Guards) {
    Scratch.Buf.clear();
    writeGuard(F, Scratch);
    W.sized(Scratch.Buf);
  }
  countedSection(wasm::WASM_SEC_CODE, Mod->Functions.size() + ML->Guards.size(),
                 W);
  return Error::success();
}

// The guard of export F: keep the stack pointer, call F, and if anything
// unwinds the call (a failed load throws through every frame, none of
// whose epilogues runs), put the stack pointer back and rethrow.
//
//   (local $sp i32)
//   global.get $__stack_pointer  local.set $sp
//   try (result <F's result>?)
//     local.get 0 .. local.get N-1  call F
//   catch_all
//     local.get $sp  global.set $__stack_pointer  rethrow 0
//   end
void ModuleWriter::writeGuard(uint32_t F, ByteWriter &B) {
  const wasm::WasmSignature &Sig = In.Types[In.Functions[F].Type];
  uint32_t NumParams = Sig.Params.size();
  uint32_t SP = Globals[In.StackPointer];
  B.uleb(1); // one local declaration: one i32
  B.uleb(1);
  B.u8(wasm::WASM_TYPE_I32);
  B.u8(wasm::WASM_OPCODE_GLOBAL_GET);
  B.uleb(SP);
  B.u8(wasm::WASM_OPCODE_LOCAL_SET);
  B.uleb(NumParams);
  B.u8(0x06); // try
  B.u8(Sig.Returns.empty() ? uint8_t(wasm::WASM_TYPE_NORESULT)
                           : uint8_t(Sig.Returns[0]));
  for (uint32_t I = 0; I < NumParams; ++I) {
    B.u8(wasm::WASM_OPCODE_LOCAL_GET);
    B.uleb(I);
  }
  B.u8(wasm::WASM_OPCODE_CALL);
  B.uleb(Funcs[F]);
  B.u8(0x19); // catch_all
  B.u8(wasm::WASM_OPCODE_LOCAL_GET);
  B.uleb(NumParams);
  B.u8(wasm::WASM_OPCODE_GLOBAL_SET);
  B.uleb(SP);
  B.u8(0x09); // rethrow
  B.uleb(0);
  B.u8(wasm::WASM_OPCODE_END); // try
  B.u8(wasm::WASM_OPCODE_END); // function
}

void ModuleWriter::writeData() {
  vectorSection(wasm::WASM_SEC_DATA, Mod->Data, [&](ByteWriter &W, const DataRun &R) {
    const DataSegment &S = In.Segments[R.Segment];
    W.u8(0);
    W.u8(wasm::WASM_OPCODE_I32_CONST);
    W.sleb(int32_t(S.Address + R.Offset));
    W.u8(wasm::WASM_OPCODE_END);
    W.sized(S.Content.slice(R.Offset, R.Size));
  });
}

void ModuleWriter::writeCustom() {
  // The name section: every function and global of this module by its
  // original name.
  ByteWriter Names;
  auto Subsection = [&](uint8_t Id, ArrayRef<std::pair<uint32_t, std::string>> Map) {
    if (Map.empty())
      return;
    ByteWriter S;
    S.uleb(Map.size());
    for (const auto &[Index, Name] : Map) {
      S.uleb(Index);
      S.str(Name);
    }
    Names.u8(Id);
    Names.sized(S.Buf);
  };
  std::vector<std::pair<uint32_t, std::string>> Map;
  auto NameFunction = [&](uint32_t F) {
    std::string Name = functionName(In, F);
    if (!Name.empty())
      Map.push_back({Funcs[F], std::move(Name)});
  };
  for (const ImportRef &R : ML->Imports)
    if (R.Kind == wasm::WASM_EXTERNAL_FUNCTION)
      NameFunction(R.Index);
  for (uint32_t F : Mod->Functions)
    NameFunction(F);
  for (uint32_t I = 0; I < ML->Guards.size(); ++I)
    Map.push_back({GuardBase + I,
                   functionName(In, ML->Guards[I]) + " (wsplit guard)"});
  Subsection(wasm::WASM_NAMES_FUNCTION, Map);
  Map.clear();
  auto NameGlobal = [&](uint32_t G) {
    if (!In.Globals[G].Name.empty())
      Map.push_back({Globals[G], In.Globals[G].Name.str()});
  };
  for (const ImportRef &R : ML->Imports)
    if (R.Kind == wasm::WASM_EXTERNAL_GLOBAL)
      NameGlobal(R.Index);
  for (uint32_t G : Mod->Globals)
    NameGlobal(G);
  Subsection(wasm::WASM_NAMES_GLOBAL, Map);
  if (Names.size()) {
    ByteWriter S;
    S.str("name");
    S.bytes(Names.Buf);
    section(wasm::WASM_SEC_CUSTOM, S);
  }

  if (M == MainModule)
    for (const CustomSection &C : In.KeptCustom) {
      ByteWriter S;
      S.str(C.Name);
      S.bytes(C.Payload);
      section(wasm::WASM_SEC_CUSTOM, S);
    }

  ByteWriter S;
  S.str(abi::BuildSection);
  S.bytes(arrayRefFromStringRef(BuildId));
  section(wasm::WASM_SEC_CUSTOM, S);
}

Expected<OutputModule> ModuleWriter::write(uint32_t Id) {
  M = Id;
  Mod = &P.Modules[M];
  ML = &L.Modules[M];
  Out = OutputModule();
  Out.Id = M;
  Out.File = Mod->File;
  const uint8_t Header[] = {0, 'a', 's', 'm', 1, 0, 0, 0};
  Out.Content.assign(std::begin(Header), std::end(Header));

  buildRemaps();
  writeTypes();
  writeImports();
  writeFunctions();
  writeTables();
  writeMemory();
  writeTags();
  writeGlobals();
  writeExports();
  writeStart();
  writeElems();
  Error E = writeCode();
  if (!E) {
    writeData();
    writeCustom();
  }
  clearRemaps();
  if (E)
    return std::move(E);
  return std::move(Out);
}

Expected<std::vector<OutputModule>> writeModules(const Input &In,
                                                 const Plan &P,
                                                 const Layout &L,
                                                 StringRef BuildId) {
  ModuleWriter W(In, P, L, BuildId);
  std::vector<OutputModule> Outputs;
  for (uint32_t M = 0; M < P.Modules.size(); ++M) {
    if (M != MainModule && P.Modules[M].empty())
      continue;
    Expected<OutputModule> O = W.write(M);
    if (!O)
      return O.takeError();
    Outputs.push_back(std::move(*O));
  }
  // Hashing is most of the work writing does; the modules are independent,
  // so hash them on every core. (Each once: the manifest lists a chunk once
  // per split that uses it.)
  parallelFor(0, Outputs.size(), [&](size_t I) {
    Outputs[I].Sha256 =
        toHex(SHA256::hash(Outputs[I].Content), /*LowerCase=*/true);
  });
  return std::move(Outputs);
}

std::vector<SectionSize> inputSectionSizes(const Input &In) {
  std::vector<SectionSize> Sizes;
  ArrayRef<uint8_t> File(
      reinterpret_cast<const uint8_t *>(In.Buffer->getBufferStart()),
      In.Buffer->getBufferSize());
  Cursor C(File.drop_front(8), 8);
  while (!C.atEnd() && !C.failed()) {
    uint64_t Start = C.pos();
    uint8_t Id = C.u8();
    C.skip(C.u32());
    Sizes.push_back({sectionName(Id), C.pos() - Start});
  }
  return Sizes;
}

} // namespace wsplit
