//===-- WasmSplitCheck.cpp - End-of-file checks on split points -----------===//
//
// Some reasons a function cannot be split are not known where its
// `wasm_split` attribute is parsed: `always_inline` or `naked` written after
// it or on a later redeclaration, `= delete` and `= default` that follow the
// declarator, a coroutine body, a redeclaration naming a different split.
// This file walks the finished translation unit once and checks every
// function that carries a split annotation (AnnotateAttr "wsplit:<name>",
// see WasmSplitAttr.cpp). Errors stop code generation, so the IR pass never
// sees a split point that was rejected here.
//
// Checks run on templates, not on their instantiations: an instantiation
// carries the annotations of its pattern and has the pattern's properties.
//
//===----------------------------------------------------------------------===//

#include "WasmSplit.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DynamicRecursiveASTVisitor.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace wsplit {

static StringRef getSplitName(const AnnotateAttr *A) {
  return A->getAnnotation().drop_front(AnnotationPrefix.size());
}

namespace {

class SplitPointChecker : public ConstDynamicRecursiveASTVisitor {
public:
  explicit SplitPointChecker(ASTContext &Context)
      : Context(Context), Engine(Context.getDiagnostics()) {
    ShouldWalkTypesOfTypeLocs = false;
  }

  bool VisitFunctionDecl(const FunctionDecl *FD) override {
    check(FD);
    return true;
  }

  /// A lambda's class is implicit code, which the traversal skips, so its
  /// call operator is reached from the lambda expression.
  bool VisitLambdaExpr(const LambdaExpr *E) override {
    check(E->getCallOperator());
    return true;
  }

private:
  void check(const FunctionDecl *FD);
  void checkNames(const FunctionDecl *FD, ArrayRef<const AnnotateAttr *> Splits,
                  const AnnotateAttr *First);
  void checkKind(const FunctionDecl *FD, const AnnotateAttr *First);

  ASTContext &Context;
  DiagnosticsEngine &Engine;
  llvm::DenseSet<const FunctionDecl *> Checked;
};

} // namespace

void SplitPointChecker::check(const FunctionDecl *FD) {
  if (!FD->hasAttrs() || !Checked.insert(FD).second)
    return;
  SmallVector<const AnnotateAttr *, 2> Splits;
  for (const auto *A : FD->specific_attrs<AnnotateAttr>())
    if (A->getAnnotation().starts_with(AnnotationPrefix))
      Splits.push_back(A);
  if (Splits.empty())
    return;

  // Inherited annotations keep the location where they were written, so
  // the earliest one is where the function first entered a split.
  const SourceManager &SM = Context.getSourceManager();
  const AnnotateAttr *First = Splits.front();
  for (const AnnotateAttr *A : Splits)
    if (SM.isBeforeInTranslationUnit(A->getLocation(), First->getLocation()))
      First = A;

  checkNames(FD, Splits, First);
  // Every redeclaration carries the annotations of those before it, so the
  // most recent one sees them all; check the function there, once.
  if (FD == FD->getMostRecentDecl())
    checkKind(FD, First);
}

/// Reports each split name written on \p FD that differs from the first one
/// the function got. Inherited names were reported on their own declaration.
void SplitPointChecker::checkNames(const FunctionDecl *FD,
                                   ArrayRef<const AnnotateAttr *> Splits,
                                   const AnnotateAttr *First) {
  for (const AnnotateAttr *A : Splits) {
    if (A->isInherited() || getSplitName(A) == getSplitName(First))
      continue;
    Engine.Report(A->getLocation(), getDiagID(Engine, Diag::ConflictingName))
        << FD << getSplitName(First);
    Engine.Report(First->getLocation(), getDiagID(Engine, Diag::PreviousName))
        << getSplitName(First);
  }
}

/// Reports what makes \p FD a function without a separately callable body.
void SplitPointChecker::checkKind(const FunctionDecl *FD,
                                  const AnnotateAttr *First) {
  std::optional<Diag> Problem;
  if (FD->isMain())
    Problem = Diag::Main;
  else if (FD->isVariadic())
    Problem = Diag::Variadic;
  else if (FD->isConsteval())
    Problem = Diag::Consteval;
  else if (FD->isDeleted())
    Problem = Diag::Deleted;
  else if (FD->isDefaulted())
    Problem = Diag::Defaulted;
  else if (FD->hasAttr<AliasAttr>() || FD->hasAttr<IFuncAttr>())
    Problem = Diag::Alias;
  else if (FD->hasAttr<AlwaysInlineAttr>())
    Problem = Diag::AlwaysInline;
  else if (FD->hasAttr<NakedAttr>())
    Problem = Diag::Naked;
  else if (isa_and_nonnull<CoroutineBodyStmt>(FD->getBody()))
    Problem = Diag::Coroutine;
  if (Problem)
    Engine.Report(First->getLocation(), getDiagID(Engine, *Problem)) << FD;
}

void checkSplitPoints(ASTContext &Context) {
  SplitPointChecker(Context).TraverseAST(Context);
}

} // namespace wsplit
