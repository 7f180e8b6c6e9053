//===-- WasmSplitDiag.cpp - The plugin's diagnostics ----------------------===//
//
// Every diagnostic of the wsplit front half, with its severity and exact
// text, in one table. Each message says what to do about it. Clang's custom
// diagnostic IDs are per DiagnosticsEngine, so the table is turned into IDs
// on demand; asking twice for the same description returns the same ID.
//
// All but one are errors: a misplaced or malformed split point would
// otherwise silently build an unsplit program. The exception is the note
// that split points are ignored on targets other than WebAssembly, a
// warning in -Wignored-attributes so native builds of the same source stay
// clean with -Wno-ignored-attributes.
//
//===----------------------------------------------------------------------===//

#include "WasmSplit.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticCategories.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "llvm/Support/ErrorHandling.h"

using namespace clang;

namespace wsplit {

static const char *getText(Diag D) {
  switch (D) {
  case Diag::NotAFunction:
    return "'wasm_split' attribute only applies to functions; put it on a "
           "function declaration or definition";
  case Diag::ScopedSpelling:
    return "'%0' cannot name a split: clang drops the arguments of plugin "
           "attributes written as [[...]]; write WSPLIT(\"name\") from "
           "<wsplit.h> or __attribute__((wasm_split(\"name\")))";
  case Diag::ArgCount:
    return "'wasm_split' attribute takes exactly one argument, the split "
           "name, as in wasm_split(\"name\")";
  case Diag::NotAString:
    return "split name must be a string literal, as in wasm_split(\"name\")";
  case Diag::EmptyName:
    return "split name is empty; name the module the function goes to, as "
           "in wasm_split(\"name\")";
  case Diag::BadName:
    return "split name '%0' is not valid: it becomes part of file and symbol "
           "names, so use only ASCII letters, digits and '_', and do not "
           "start with a digit";
  case Diag::Variadic:
    return "cannot split variadic function %0; move its work into a function "
           "with a fixed parameter list and split that one";
  case Diag::Main:
    return "cannot split %0: the program's entry point stays in the main "
           "module; split the functions it calls instead";
  case Diag::AlwaysInline:
    return "cannot split always_inline function %0: callers get copies of "
           "its body instead of calls; remove 'always_inline' or the split "
           "attribute";
  case Diag::Naked:
    return "cannot split naked function %0: its body cannot move behind a "
           "stub; remove 'naked' or the split attribute";
  case Diag::Consteval:
    return "cannot split consteval function %0: it never runs in the "
           "program; remove the split attribute";
  case Diag::Deleted:
    return "cannot split deleted function %0: it has no body; remove the "
           "split attribute";
  case Diag::Defaulted:
    return "cannot split defaulted function %0: the compiler may inline or "
           "omit it; write its body out instead of '= default'";
  case Diag::Coroutine:
    return "cannot split coroutine %0: coroutines are not supported as split "
           "points; split a function the coroutine calls instead";
  case Diag::Alias:
    return "cannot split alias %0: it has no body of its own; put the split "
           "attribute on the function it aliases";
  case Diag::ConflictingName:
    return "%0 is already in split '%1'; a function belongs to one split, so "
           "give every declaration the same split name";
  case Diag::PreviousName:
    return "split '%0' named here";
  case Diag::Wasm64:
    return "split points need wasm32: wsplit does not support wasm64 yet; "
           "build for wasm32";
  case Diag::NotWasm:
    return "split points are ignored: target '%0' is not WebAssembly (shown "
           "once per file)";
  }
  llvm_unreachable("unknown wsplit diagnostic");
}

unsigned getDiagID(DiagnosticsEngine &Engine, Diag D) {
  DiagnosticIDs::Class Class = DiagnosticIDs::CLASS_ERROR;
  diag::Severity Severity = diag::Severity::Error;
  std::optional<diag::Group> Group;
  if (D == Diag::PreviousName) {
    Class = DiagnosticIDs::CLASS_NOTE;
    Severity = diag::Severity::Fatal;
  } else if (D == Diag::NotWasm) {
    Class = DiagnosticIDs::CLASS_WARNING;
    Severity = diag::Severity::Warning;
    Group = diag::Group::IgnoredAttributes;
  }
  // Shown in system headers and macros too: WSPLIT() comes from a header
  // that is often installed as a system header.
  return Engine.getDiagnosticIDs()->getCustomDiagID(
      DiagnosticIDs::CustomDiagDesc(Severity, getText(D), Class,
                                    /*ShowInSystemHeader=*/true,
                                    /*ShowInSystemMacro=*/true, Group));
}

} // namespace wsplit
