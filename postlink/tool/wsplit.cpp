//===-- wsplit.cpp - The wsplit command -----------------------------------===//
//
// The driver: parses options, calls wsplit::splitModule, prints the plan,
// statistics, notes and errors. All the work is in postlink/lib.
//
//===----------------------------------------------------------------------===//

#include "wsplit/Split.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using namespace llvm;

namespace {

enum class StatsFormat { None, Text, Json };

const char *const Columns[] = {"type",   "import", "function", "table",
                               "memory", "global", "export",   "elem",
                               "code",   "data",   "custom"};

uint64_t sectionBytes(ArrayRef<std::pair<std::string, uint64_t>> Sections,
                      StringRef Name) {
  uint64_t N = 0;
  for (const auto &[S, Bytes] : Sections)
    if (S == Name || (Name == "custom" && !is_contained(Columns, S)))
      N += Bytes;
  return N;
}

void printStatsTable(const wsplit::Result &R, StringRef InputPath) {
  raw_ostream &OS = outs();
  OS << format("%-6s %-24s %9s %7s", "kind", "module", "bytes", "%input");
  for (const char *C : Columns)
    OS << format(" %8s", C);
  OS << "\n";
  auto Row = [&](StringRef Kind, StringRef Name, uint64_t Bytes,
                 ArrayRef<std::pair<std::string, uint64_t>> Sections) {
    OS << format("%-6s %-24s %9llu %6.1f%%", Kind.str().c_str(),
                 Name.str().c_str(), (unsigned long long)Bytes,
                 R.InputBytes ? 100.0 * Bytes / R.InputBytes : 0.0);
    for (const char *C : Columns)
      OS << format(" %8llu", (unsigned long long)sectionBytes(Sections, C));
    OS << "\n";
  };
  Row("input", InputPath, R.InputBytes, R.InputSections);
  uint64_t Total = 0;
  std::vector<std::pair<std::string, uint64_t>> All;
  for (const wsplit::ModuleReport &M : R.Modules) {
    Row(M.Kind, M.Name, M.Bytes, M.Sections);
    Total += M.Bytes;
    All.insert(All.end(), M.Sections.begin(), M.Sections.end());
  }
  Row("total", "(all modules)", Total, All);
}

void printStatsJson(const wsplit::Result &R, StringRef InputPath) {
  json::OStream J(outs(), 2);
  auto Sections = [&](ArrayRef<std::pair<std::string, uint64_t>> S) {
    J.attributeObject("sections", [&] {
      for (const char *C : Columns)
        J.attribute(C, int64_t(sectionBytes(S, C)));
    });
  };
  J.object([&] {
    J.attribute("buildId", R.BuildId);
    J.attributeObject("input", [&] {
      J.attribute("file", InputPath);
      J.attribute("bytes", int64_t(R.InputBytes));
      Sections(R.InputSections);
    });
    J.attributeArray("modules", [&] {
      for (const wsplit::ModuleReport &M : R.Modules)
        J.object([&] {
          J.attribute("name", M.Name);
          J.attribute("kind", M.Kind);
          J.attribute("file", M.File);
          J.attribute("bytes", int64_t(M.Bytes));
          Sections(M.Sections);
        });
    });
  });
  outs() << "\n";
}

void printPlan(const wsplit::Result &R) {
  raw_ostream &OS = outs();
  for (const wsplit::ModuleReport &M : R.Modules) {
    OS << M.Kind << " " << M.Name << " " << M.File << ": "
       << M.Functions.size() << " functions, " << M.DataBytes
       << " data bytes\n";
    for (const auto &F : M.Functions)
      OS << "  function " << F.Name << " " << F.Size << "\n";
    for (const auto &D : M.DataSymbols)
      OS << "  data " << D.Name << " " << D.Size << " @"
         << format_hex(D.Address, 1) << "\n";
  }
  if (R.DroppedFunctions)
    OS << "dropped " << R.DroppedFunctions << " unreachable functions\n";
}

} // namespace

int main(int Argc, char **Argv) {
  InitLLVM X(Argc, Argv);
  // libLLVM registers its own -stats (pass statistics), which wsplit does
  // not use; drop it before registering wsplit's --stats.
  auto &Registered = cl::getRegisteredOptions();
  if (cl::Option *LLVMStats = Registered.lookup("stats"))
    LLVMStats->removeArgument();

  cl::OptionCategory Category("wsplit options");

  cl::opt<std::string> InputPath(cl::Positional, cl::desc("<input.wasm>"),
                                 cl::Required, cl::cat(Category));
  cl::opt<std::string>
      OutputDir("o", cl::value_desc("dir"),
                cl::desc("Write the modules, manifest and loader to <dir>"),
                cl::cat(Category));
  cl::opt<bool> PrintPlan("print-plan",
                          cl::desc("Print every module with its functions and "
                                   "data symbols and their sizes"),
                          cl::cat(Category));
    cl::opt<StatsFormat> Stats(
      "stats", cl::desc("Print bytes per module and section against the input"),
      cl::ValueOptional, cl::init(StatsFormat::None),
      cl::values(clEnumValN(StatsFormat::Text, "", "as a table"),
                 clEnumValN(StatsFormat::Text, "text", "as a table"),
                 clEnumValN(StatsFormat::Json, "json", "as JSON")),
      cl::cat(Category));
  cl::opt<bool> Verbose("v", cl::desc("Print each phase and its duration"),
                        cl::cat(Category));
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "wsplit " << WSPLIT_VERSION << " (ABI 1, LLVM " << LLVM_VERSION_STRING
       << ")\n";
  });
  cl::ParseCommandLineOptions(
      Argc, Argv,
      "wsplit: split a WebAssembly program into a main module and lazily "
      "loaded modules\n\n"
      "  wsplit app.wasm -o dist/\n\n"
      "The input must be linked with -Wl,--emit-relocs from code compiled "
      "with -fplugin=wsplit-plugin.so. See docs/guide.md.\n");

  if (OutputDir.empty() && !PrintPlan && Stats == StatsFormat::None) {
    WithColor::error(errs(), "wsplit")
        << "no output directory; add -o <dir> (or --print-plan / --stats to "
           "only inspect the split)\n";
    return 1;
  }

  wsplit::Config C;
  C.InputPath = InputPath;
  C.OutputDir = OutputDir;
  C.ListContents = PrintPlan;
  if (Verbose)
    C.Log = [](StringRef Line) { errs() << Line << "\n"; };

  Expected<wsplit::Result> R = wsplit::splitModule(C);
  if (!R) {
    WithColor::error(errs(), "wsplit") << toString(R.takeError()) << "\n";
    return 1;
  }
  for (const std::string &Note : R->Notes)
    WithColor::note(errs(), "wsplit") << Note << "\n";
  if (PrintPlan)
    printPlan(*R);
  if (Stats == StatsFormat::Text)
    printStatsTable(*R, InputPath);
  else if (Stats == StatsFormat::Json)
    printStatsJson(*R, InputPath);
  return 0;
}
