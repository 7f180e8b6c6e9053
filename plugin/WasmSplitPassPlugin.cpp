//===-- WasmSplitPassPlugin.cpp - wsplit-plugin.so, the file users name ---===//
//
// wsplit-plugin.so is the one file users pass, to clang as `-fplugin=` and
// to opt as `-load-pass-plugin=`. It holds the IR pass and LLVM's
// pass-plugin entry point, and links only libLLVM. The clang half (the
// attribute, its checks, the frontend action) lives next to it in
// wsplit-plugin-clang.so, which links libclang-cpp, and this file loads it
// when, and only when, libclang-cpp is already in the process. The halves
// cannot share one file: libclang-cpp and opt both define the command-line
// option `pgo-cold-func-opt`, so any library depending on libclang-cpp makes
// opt abort while loading it, and without that dependency the clang half's
// references to clang cannot be resolved in opt.
//
// Through the pass-plugin interface (`opt -load-pass-plugin`, clang
// `-fpass-plugin`), `-passes=wsplit` runs the pass alone, and default
// pipelines get it at pipeline start. The latter is what clang needs where it
// compiles IR rather than source, as in the backend step of -save-temps,
// since frontend plugins do not run there. Given both -fplugin and
// -fpass-plugin, the pass runs twice and the second run finds nothing left.
//
//===----------------------------------------------------------------------===//

#include "WasmSplit.h"

#include "llvm/Passes/PassBuilder.h"
#include "llvm/Plugins/PassPlugin.h"
#include "llvm/Support/DynamicLibrary.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <dlfcn.h>

using namespace llvm;

namespace wsplit {
namespace {

/// Loads wsplit-plugin-clang.so from this library's directory when the
/// process is a clang that has libclang-cpp loaded (the library the clang
/// half was linked against, WSPLIT_CLANG_CPP_SONAME), so that its attribute
/// and action register with that clang.
struct ClangHalfLoader {
  ClangHalfLoader() {
    void *ClangCpp = dlopen(WSPLIT_CLANG_CPP_SONAME, RTLD_LAZY | RTLD_NOLOAD);
    if (!ClangCpp)
      return;
    dlclose(ClangCpp);
    Dl_info Self;
    if (!dladdr(reinterpret_cast<void *>(&addAtPipelineStart), &Self) ||
        !Self.dli_fname)
      return;
    SmallString<256> Path(sys::path::parent_path(Self.dli_fname));
    sys::path::append(Path, "wsplit-plugin-clang.so");
    std::string Error;
    if (!sys::DynamicLibrary::getPermanentLibrary(Path.c_str(), &Error)
             .isValid())
      errs() << "wsplit-plugin: cannot load the clang half: " << Error << "\n";
  }
};

const ClangHalfLoader LoadClangHalf;

} // namespace
} // namespace wsplit

extern "C" LLVM_ATTRIBUTE_WEAK
    LLVM_ATTRIBUTE_VISIBILITY_DEFAULT ::llvm::PassPluginLibraryInfo
    llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "wsplit", "0.1", [](PassBuilder &PB) {
            PB.registerPipelineParsingCallback(
                [](StringRef Name, ModulePassManager &MPM,
                   ArrayRef<PassBuilder::PipelineElement>) {
                  if (Name != "wsplit")
                    return false;
                  MPM.addPass(wsplit::WasmSplitPass());
                  return true;
                });
            wsplit::addAtPipelineStart(PB);
          }};
}
