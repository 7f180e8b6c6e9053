//===-- WasmSplitAttr.cpp - The wasm_split attribute ----------------------===//
//
// `__attribute__((wasm_split("name")))` marks a function as a split point:
// its body goes to the lazily loaded module `name`. This file registers the
// attribute with clang, checks what can be checked where it is written (that
// it is on a function, that the name is one string literal matching
// `[A-Za-z_][A-Za-z0-9_]*`), and records it as `AnnotateAttr("wsplit:name")`,
// which clang carries to IR through `llvm.global.annotations`, onto later
// redeclarations and onto every template instantiation. What depends on the
// whole translation unit is checked at its end (WasmSplitCheck.cpp).
//
// Clang 22 looks up plugin attributes written as `[[scope::name(...)]]` by
// the unscoped name only, finds none, and skips the arguments before the
// attribute reaches the plugin. The `[[wsplit::split]]` spellings are
// registered anyway, so writing one is an error that names the working
// spelling instead of a split point silently lost.
//
// On targets other than WebAssembly a split point has no meaning. It is
// still checked, then dropped, and the translation unit gets one warning.
// wasm64 is not supported yet (the ABI's pointers and table indices are
// i32): a split point there is an error.
//
//===----------------------------------------------------------------------===//

#include "WasmSplit.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Sema/ParsedAttr.h"
#include "clang/Sema/Sema.h"

using namespace clang;

namespace wsplit {
namespace {

struct WasmSplitAttrInfo : public ParsedAttrInfo {
  WasmSplitAttrInfo() {
    // Argument checks are ours, so that each failure says what to write.
    OptArgs = 15;
    static constexpr Spelling S[] = {
        {ParsedAttr::AS_GNU, "wasm_split"},
        {ParsedAttr::AS_CXX11, "wsplit::split"},
        {ParsedAttr::AS_C23, "wsplit::split"},
        {ParsedAttr::AS_CXX11, "wsplit::wasm_split"},
        {ParsedAttr::AS_C23, "wsplit::wasm_split"}};
    Spellings = S;
  }

  bool diagAppertainsToDecl(Sema &S, const ParsedAttr &Attr,
                            const Decl *D) const override {
    DiagnosticsEngine &Engine = S.getDiagnostics();
    if (Attr.isStandardAttributeSyntax()) {
      S.Diag(Attr.getLoc(), getDiagID(Engine, Diag::ScopedSpelling))
          << Attr.getNormalizedFullName();
      return false;
    }
    if (!isa<FunctionDecl>(D)) {
      S.Diag(Attr.getLoc(), getDiagID(Engine, Diag::NotAFunction));
      return false;
    }
    return true;
  }

  AttrHandling handleDeclAttribute(Sema &S, Decl *D,
                                   const ParsedAttr &Attr) const override {
    std::optional<StringRef> Name = getSplitName(S, Attr);
    if (!Name)
      return AttributeNotApplied;

    const llvm::Triple &Triple = S.Context.getTargetInfo().getTriple();
    if (!Triple.isWasm()) {
      warnOncePerFile(S, Attr, Triple);
      return AttributeNotApplied;
    }
    if (Triple.isArch64Bit()) {
      S.Diag(Attr.getLoc(), getDiagID(S.getDiagnostics(), Diag::Wasm64));
      return AttributeNotApplied;
    }

    std::string Annotation = (AnnotationPrefix + *Name).str();
    for (const auto *Existing : D->specific_attrs<AnnotateAttr>())
      if (Existing->getAnnotation() == Annotation)
        return AttributeApplied;
    D->addAttr(AnnotateAttr::Create(S.Context, Annotation, nullptr, 0,
                                    Attr.getRange()));
    return AttributeApplied;
  }

private:
  /// Reports that split points are ignored, the first time only. The mark is
  /// an implicit annotation on the translation unit, the one object clang
  /// keeps per translation unit that an attribute handler can reach (the
  /// diagnostic state cannot be that mark: `#pragma clang diagnostic pop`
  /// restores it).
  static void warnOncePerFile(Sema &S, const ParsedAttr &Attr,
                              const llvm::Triple &Triple) {
    TranslationUnitDecl *TU = S.Context.getTranslationUnitDecl();
    for (const auto *Mark : TU->specific_attrs<AnnotateAttr>())
      if (Mark->getAnnotation() == IgnoredMark)
        return;
    TU->addAttr(AnnotateAttr::CreateImplicit(S.Context, IgnoredMark, nullptr, 0,
                                             Attr.getRange()));
    S.Diag(Attr.getLoc(), getDiagID(S.getDiagnostics(), Diag::NotWasm))
        << Triple.str();
  }

  static constexpr llvm::StringLiteral IgnoredMark = "wsplit-ignored";

  /// The split name written in \p Attr, or std::nullopt after reporting why
  /// there is none.
  static std::optional<StringRef> getSplitName(Sema &S,
                                               const ParsedAttr &Attr) {
    DiagnosticsEngine &Engine = S.getDiagnostics();
    if (Attr.getNumArgs() != 1) {
      S.Diag(Attr.getLoc(), getDiagID(Engine, Diag::ArgCount));
      return std::nullopt;
    }
    if (!Attr.isArgExpr(0)) {
      S.Diag(Attr.getArgAsIdent(0)->getLoc(),
             getDiagID(Engine, Diag::NotAString));
      return std::nullopt;
    }
    const Expr *Arg = Attr.getArgAsExpr(0);
    const auto *Literal = dyn_cast<StringLiteral>(Arg->IgnoreParenCasts());
    if (!Literal || !(Literal->isOrdinary() || Literal->isUTF8())) {
      S.Diag(Arg->getExprLoc(), getDiagID(Engine, Diag::NotAString));
      return std::nullopt;
    }
    StringRef Name = Literal->getString();
    if (Name.empty()) {
      S.Diag(Literal->getBeginLoc(), getDiagID(Engine, Diag::EmptyName));
      return std::nullopt;
    }
    size_t Bad = 0;
    if (!isValidSplitName(Name, &Bad)) {
      SourceLocation Loc =
          Literal->getLocationOfByte(Bad, S.getSourceManager(), S.getLangOpts(),
                                     S.Context.getTargetInfo());
      S.Diag(Loc, getDiagID(Engine, Diag::BadName)) << Name;
      return std::nullopt;
    }
    return Name;
  }
};

} // namespace
} // namespace wsplit

static clang::ParsedAttrInfoRegistry::Add<wsplit::WasmSplitAttrInfo>
    RegisterAttr("wasm_split", "marks a function as a wsplit split point");
