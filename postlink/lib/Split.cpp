//===-- Split.cpp - The splitter's phases, in order -----------------------===//
//
// splitModule() runs the phases of wsplit/Split.h one after the other and
// turns their results into the report the driver prints.
//
//===----------------------------------------------------------------------===//

#include "wsplit/Split.h"

#include "Abi.h"
#include "Graph.h"
#include "Input.h"
#include "Layout.h"
#include "Manifest.h"
#include "Output.h"
#include "Plan.h"
#include "WasmBinary.h"
#include "Writer.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"
#include "llvm/Support/Timer.h"

#include <chrono>

using namespace llvm;

namespace wsplit {
namespace {

/// Logs each phase's name and duration through Config::Log.
class PhaseLog {
public:
  explicit PhaseLog(const Config &C) : C(C) {}
  void operator()(StringRef Phase) {
    auto Now = std::chrono::steady_clock::now();
    if (!Current.empty() && C.Log)
      C.Log(formatv("-- {0,-16} {1,8:f2} ms", Current,
                    std::chrono::duration<double, std::milli>(Now - Start)
                        .count())
                .str());
    Current = Phase.str();
    Start = Now;
  }

private:
  const Config &C;
  std::string Current;
  std::chrono::steady_clock::time_point Start;
};

// The build id tells modules of one build from another's; the files'
// integrity is the manifest's SHA-256, so a fast 128-bit hash will do.
std::string buildId(const Input &In, StringRef Stem) {
  XXH128_hash_t Input = xxh3_128bits(arrayRefFromStringRef(In.Buffer->getBuffer()));
  std::string Key = formatv("{0:x-16}{1:x-16}\nabi={2}\nstem={3}", Input.high64,
                            Input.low64, abi::Version, Stem);
  XXH128_hash_t Id = xxh3_128bits(arrayRefFromStringRef(Key));
  return formatv("{0:x-16}{1:x-16}", Id.high64, Id.low64);
}

std::vector<std::pair<std::string, uint64_t>>
toPairs(ArrayRef<SectionSize> Sizes) {
  std::vector<std::pair<std::string, uint64_t>> R;
  for (const SectionSize &S : Sizes)
    R.push_back({S.Name, S.Bytes});
  return R;
}

Result report(const Input &In, const Plan &P,
              ArrayRef<OutputModule> Outputs, StringRef BuildId,
              bool ListContents) {
  Result R;
  R.BuildId = BuildId.str();
  R.InputBytes = In.Buffer->getBufferSize();
  R.InputSections = toPairs(inputSectionSizes(In));
  R.DroppedFunctions = P.NumDroppedFunctions;
  R.Notes = In.Notes;
  std::vector<const OutputModule *> ById(P.Modules.size());
  for (const OutputModule &O : Outputs)
    ById[O.Id] = &O;
  for (uint32_t M = 0; M < P.Modules.size(); ++M) {
    const ModuleInfo &Mod = P.Modules[M];
    if (!ById[M])
      continue;
    ModuleReport MR;
    MR.Name = Mod.Name;
    MR.Kind = Mod.Kind == ModuleInfo::Main    ? "main"
              : Mod.Kind == ModuleInfo::Split ? "split"
                                              : "chunk";
    MR.File = Mod.File;
    MR.Bytes = ById[M]->Content.size();
    MR.Sections = toPairs(ById[M]->Sections);
    if (ListContents) {
      // Names come from the input: escape them before they reach a terminal.
      for (uint32_t F : Mod.Functions)
        MR.Functions.push_back(
            {printable(functionName(In, F)), In.Functions[F].BodySize, 0});
      for (uint32_t D : Mod.DataSymbols) {
        const DataSymbol &S = In.DataSymbols[D];
        MR.DataSymbols.push_back(
            {printable(S.Name), S.Size, S.address(In.Segments)});
      }
    }
    for (const DataRun &Run : Mod.Data)
      MR.DataBytes += Run.Size;
    R.Modules.push_back(std::move(MR));
  }
  return R;
}

} // namespace

Expected<Result> splitBuffer(std::unique_ptr<MemoryBuffer> Buf, StringRef Path,
                             const Config &C) {
  PhaseLog Phase(C);
  StringRef Stem = sys::path::stem(Path);
  if (Stem.empty() || Stem == "." || Stem == "..")
    return createStringError(inconvertibleErrorCode(),
                             "cannot derive an output name from '" + Path +
                                 "'");

  Phase("read");
  Expected<std::unique_ptr<Input>> InOrErr = readInput(std::move(Buf), Path);
  if (!InOrErr)
    return InOrErr.takeError();
  const Input &In = **InOrErr;
  std::string Id = buildId(In, Stem);

  Phase("build graph");
  Graph G = buildGraph(In);

  Phase("assign");
  Plan P = assignModules(In, G, {Stem.str()});

  Phase("layout");
  Expected<Layout> L = layoutModules(In, P);
  if (!L)
    return createFileError(Path, L.takeError());

  Phase("write modules");
  Expected<std::vector<OutputModule>> Outputs =
      writeModules(In, P, *L, Id);
  if (!Outputs)
    return createFileError(Path, Outputs.takeError());

  Phase("write manifest");
  ManifestInput MI{In, P, *L, *Outputs, Id};
  std::string Manifest = writeManifest(MI, /*Indent=*/2);
  std::string Loader = writeLoader(writeManifest(MI, /*Indent=*/0));
  std::string Types = writeLoaderTypes(In);

  Result R = report(In, P, *Outputs, Id, C.ListContents);
  if (In.SplitFunctions.empty())
    R.Notes.push_back(Path.str() +
                      " has no split points; writing it as a single main "
                      "module (mark functions with WSPLIT(\"name\") and "
                      "compile with the wsplit plugin to split)");

  if (!C.OutputDir.empty()) {
    Phase("commit");
    std::vector<OutputFile> Files;
    for (const OutputModule &O : *Outputs)
      Files.push_back({O.File, O.Content});
    Files.push_back({(Stem + ".manifest.json").str(),
                     arrayRefFromStringRef(Manifest)});
    Files.push_back({(Stem + ".js").str(), arrayRefFromStringRef(Loader)});
    Files.push_back({(Stem + ".d.ts").str(), arrayRefFromStringRef(Types)});
    // The loader is an ES module: tell Node so, unless the directory already
    // has a package.json (which wsplit never touches).
    static constexpr StringLiteral PackageJson = "{\n  \"type\": \"module\"\n}\n";
    SmallString<256> Pkg(C.OutputDir);
    sys::path::append(Pkg, "package.json");
    if (!sys::fs::exists(Pkg))
      Files.push_back({"package.json", arrayRefFromStringRef(PackageJson)});
    if (Error E = commitFiles(C.OutputDir, Files))
      return std::move(E);
    for (const OutputFile &F : Files)
      R.Files.push_back(F.Name);
  }
  Phase("");
  return std::move(R);
}

Expected<Result> splitModule(const Config &C) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(
      C.InputPath, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buf)
    return createFileError(C.InputPath, errorCodeToError(Buf.getError()));
  return splitBuffer(std::move(*Buf), C.InputPath, C);
}

} // namespace wsplit
