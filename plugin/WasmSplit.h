//===-- WasmSplit.h - Vocabulary shared by the wsplit plugin ----*- C++ -*-===//
//
// The wsplit plugin has a front half and a back half that meet in IR. The
// front half (the `wasm_split` attribute and the end-of-file checks) records
// each split point as an `AnnotateAttr` whose string is `wsplit:<name>`;
// clang lowers that to an entry of `llvm.global.annotations`, where the back
// half (the IR pass) finds it. This header holds what both halves must agree
// on: the annotation prefix, the rule for split names, the diagnostics the
// front half reports, and the entry points of each half.
//
// The contract with the linker and the post-link tool is docs/abi.md.
//
//===----------------------------------------------------------------------===//

#ifndef WSPLIT_PLUGIN_WASMSPLIT_H
#define WSPLIT_PLUGIN_WASMSPLIT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/PassManager.h"

namespace clang {
class ASTContext;
class DiagnosticsEngine;
} // namespace clang

namespace llvm {
class PassBuilder;
} // namespace llvm

namespace wsplit {

/// Prefix of the annotation string that marks a split point (abi.md §2).
inline constexpr llvm::StringLiteral AnnotationPrefix = "wsplit:";

/// True when \p Name matches `[A-Za-z_][A-Za-z0-9_]*` (abi.md §1). Returns
/// the offset of the first offending byte in \p BadOffset otherwise.
bool isValidSplitName(llvm::StringRef Name, size_t *BadOffset = nullptr);

/// The key of split function \p F (abi.md §1): its symbol name with every
/// byte outside `[A-Za-z0-9_.$]` written as `%XX`, plus `.` and 16 hex
/// digits of the MD5 of the source file name when \p F is local.
std::string getFunctionKey(const llvm::Function &F);

/// Every diagnostic the front half reports. The texts live in one table
/// (WasmSplitDiag.cpp) so docs/attribute.md can quote them exactly.
enum class Diag {
  NotAFunction,
  ScopedSpelling,
  ArgCount,
  NotAString,
  EmptyName,
  BadName,
  Variadic,
  Main,
  AlwaysInline,
  Naked,
  Consteval,
  Deleted,
  Defaulted,
  Coroutine,
  Alias,
  ConflictingName,
  PreviousName,
  Wasm64,
  NotWasm,
};

/// The custom diagnostic ID of \p D in \p Engine.
unsigned getDiagID(clang::DiagnosticsEngine &Engine, Diag D);

/// Checks, once the whole translation unit is known, what the attribute
/// handler cannot see when the attribute is parsed: attributes written later
/// on the declaration or on redeclarations (`always_inline`, another split
/// name), `= delete`, `= default`, coroutine bodies.
void checkSplitPoints(clang::ASTContext &Context);

/// Adds WasmSplitPass at the start of every default pipeline \p PB builds.
void addAtPipelineStart(llvm::PassBuilder &PB);

/// The IR pass of abi.md §2: splits every defined function annotated
/// `wsplit:<name>` into an exported implementation and a stub.
class WasmSplitPass : public llvm::PassInfoMixin<WasmSplitPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  /// Required: the split must happen at -O0 too, and optnone must not skip it.
  static bool isRequired() { return true; }
};

} // namespace wsplit

#endif // WSPLIT_PLUGIN_WASMSPLIT_H
