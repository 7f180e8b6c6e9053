//===-- Manifest.cpp - The manifest and the loader ------------------------===//
//
// Emits app.manifest.json and, from the templates in runtime/loader/
// (embedded at build time), app.js and app.d.ts. Every list is in a fixed
// order, so the output is byte-for-byte deterministic.
//
//===----------------------------------------------------------------------===//

#include "Manifest.h"
#include "Abi.h"

#include "llvm/Demangle/Demangle.h"
#include "llvm/Support/JSON.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace wsplit {
namespace {

#include "LoaderTemplate.inc"

constexpr StringLiteral ManifestSlot = "/*@WSPLIT_MANIFEST@*/null";
constexpr StringLiteral NamesSlot = "/*@WSPLIT_SPLIT_NAMES@*/string";

std::string fill(StringRef Template, StringRef Slot, StringRef Value) {
  size_t At = Template.find(Slot);
  assert(At != StringRef::npos && "loader template lost its placeholder");
  return (Template.take_front(At) + Value +
          Template.drop_front(At + Slot.size()))
      .str();
}

} // namespace

std::string writeManifest(const ManifestInput &MI, unsigned Indent) {
  const Input &In = MI.In;
  const Plan &P = MI.P;
  // Written module ids -> their output.
  std::vector<const OutputModule *> ById(P.Modules.size());
  for (const OutputModule &O : MI.Modules)
    ById[O.Id] = &O;

  std::string S;
  raw_string_ostream OS(S);
  json::OStream J(OS, Indent);
  auto File = [&](const OutputModule &O) {
    J.attribute("file", O.File);
    J.attribute("size", int64_t(O.Content.size()));
    J.attribute("sha256", O.Sha256);
  };
  J.object([&] {
    J.attribute("wsplit", int64_t(abi::Version));
    J.attribute("buildId", MI.BuildId);
    J.attributeObject("main", [&] { File(*ById[MainModule]); });
    // The program's own exports; main's generated ones are for other modules.
    J.attributeArray("exports", [&] {
      for (const wasm::WasmExport &E : In.Exports)
        if (!(E.Kind == wasm::WASM_EXTERNAL_FUNCTION &&
              abi::isImplExport(E.Name)))
          J.value(E.Name);
    });
    J.attribute("memory", MI.L.MemoryExport.empty()
                              ? json::Value(nullptr)
                              : json::Value(MI.L.MemoryExport));
    J.attribute("table", MI.L.TableExport.empty()
                             ? json::Value(nullptr)
                             : json::Value(MI.L.TableExport));
    J.attribute("stackPointer", MI.L.StackPointerExport.empty()
                                    ? json::Value(nullptr)
                                    : json::Value(MI.L.StackPointerExport));
    J.attributeArray("promising", [&] {
      for (StringRef E : P.Promising)
        J.value(E);
    });
    J.attributeObject("splits", [&] {
      for (uint32_t I = 0; I < In.Splits.size(); ++I) {
        const Split &Sp = In.Splits[I];
        J.attributeObject(Sp.Name, [&] {
          J.attribute("flag", int64_t(Sp.FlagAddress));
          J.attributeArray("functions", [&] {
            for (uint32_t SF : Sp.Functions) {
              std::string Sym = abi::symbolOfKey(In.SplitFunctions[SF].Key);
              J.object([&] {
                J.attribute("symbol", Sym);
                J.attribute("name",
                            demangle(abi::withoutLocalSuffix(Sym).str()));
              });
            }
          });
          // Chunks in module order (dependencies first), the split last.
          J.attributeArray("files", [&] {
            for (uint32_t M = P.NumSplits + 1; M < P.Modules.size(); ++M)
              if (ById[M] && is_contained(P.Modules[M].Splits, I))
                J.object([&] {
                  File(*ById[M]);
                  J.attribute("import", P.Modules[M].ImportName);
                });
            if (const OutputModule *O = ById[Plan::splitModule(I)])
              J.object([&] { File(*O); });
          });
        });
      }
    });
  });
  S += "\n";
  return S;
}

// JSON is also a JavaScript expression.
std::string writeLoader(StringRef Manifest) {
  return fill(LoaderJs, ManifestSlot, Manifest.rtrim());
}

std::string writeLoaderTypes(const Input &In) {
  std::string Names;
  for (const Split &S : In.Splits)
    Names += (Names.empty() ? "" : " | ") + ("\"" + S.Name + "\"").str();
  return fill(LoaderDts, NamesSlot, Names.empty() ? "never" : Names);
}

} // namespace wsplit
