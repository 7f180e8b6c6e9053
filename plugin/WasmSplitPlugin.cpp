//===-- WasmSplitPlugin.cpp - The clang half of the plugin ----------------===//
//
// The frontend action clang runs before its main action in every
// compilation once the clang half is loaded (see WasmSplitPassPlugin.cpp for
// how `-fplugin=wsplit-plugin.so` loads it). For a WebAssembly target it
// checks the split points when the translation unit is complete and adds
// the IR pass at pipeline start through CodeGenOptions'
// PassBuilderCallbacks. Pipeline start comes before any optimisation at
// every level, -O0 included (the pass is required), and in the pre-link half
// of -flto=full and -flto=thin, so whatever the optimiser and the link-time
// optimiser do, they see only stubs and exported implementations.
//
// For other targets the attribute attaches nothing, so there is nothing to
// check and no pass to add: the IR is what it would be without the plugin.
//
//===----------------------------------------------------------------------===//

#include "WasmSplit.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"

using namespace clang;

namespace wsplit {
namespace {

class SplitPointConsumer : public ASTConsumer {
public:
  void HandleTranslationUnit(ASTContext &Context) override {
    checkSplitPoints(Context);
  }
};

class WasmSplitAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    if (!CI.getTarget().getTriple().isWasm())
      return std::make_unique<ASTConsumer>();
    CI.getCodeGenOpts().PassBuilderCallbacks.push_back(addAtPipelineStart);
    return std::make_unique<SplitPointConsumer>();
  }

  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    if (Args.empty())
      return true;
    DiagnosticsEngine &Engine = CI.getDiagnostics();
    Engine.Report(Engine.getCustomDiagID(
        DiagnosticsEngine::Error,
        "the wsplit plugin takes no arguments; remove -fplugin-arg-wsplit-%0"))
        << Args.front();
    return false;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }
};

} // namespace
} // namespace wsplit

static FrontendPluginRegistry::Add<wsplit::WasmSplitAction>
    RegisterAction("wsplit", "split WebAssembly programs at wasm_split points");
