//===-- WasmSplitPass.cpp - Split functions into stub and implementation --===//
//
// The IR pass of docs/abi.md §2. It runs at pipeline start, before any
// optimisation, and turns each defined function F annotated `wsplit:M`
// (an entry of `llvm.global.annotations`) into two functions that IR can no
// longer connect:
//
//   1. Collect the split points: read the annotations, check them, and drop
//      the entries it handles, so running the pass again changes nothing.
//   2. Move F's body, arguments, attributes and debug info into a new
//      function `__wsplit_impl.M.K`, exported under its own name and kept in
//      `llvm.used`; calls F makes to itself now call the implementation.
//   3. Give F a new body, the stub: test the flag `__wsplit_loaded.M`, call
//      the import `wsplit.load.M` when it is clear, then tail-call the
//      import `wsplit.call.M.K`, which the post-link tool redirects to the
//      implementation. F keeps its symbol, linkage, visibility and address,
//      so every existing reference (calls, vtables, function pointers)
//      reaches the stub.
//
// K, the key, is F's symbol name made printable, plus a hash of the source
// file name when F is local (abi.md §1). An `available_externally` F only
// gets the stub: its implementation is emitted where F is really defined.
//
// Modules for targets other than WebAssembly are left alone; the attribute
// already warned that split points are ignored there.
//
//===----------------------------------------------------------------------===//

#include "WasmSplit.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/GlobalAlias.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace llvm;

namespace wsplit {

/// Reports an error about \p F through the context, which clang turns into
/// a compiler error and opt into a failed run.
static void reportError(const Function &F, const Twine &Msg) {
  LLVMContext &Ctx = F.getContext();
  if (const DISubprogram *SP = F.getSubprogram())
    Ctx.diagnose(DiagnosticInfoGenericWithLoc("wsplit: " + Msg, F,
                                              DiagnosticLocation(SP)));
  else
    Ctx.diagnose(DiagnosticInfoGeneric("wsplit: " + Msg));
}

/// The string of a global holding a C string, or an empty string.
static StringRef getCString(const Value *V) {
  const auto *GV = dyn_cast<GlobalVariable>(V->stripPointerCasts());
  if (!GV || !GV->hasInitializer())
    return "";
  const auto *Data = dyn_cast<ConstantDataSequential>(GV->getInitializer());
  if (!Data || !Data->isCString())
    return "";
  return Data->getAsCString();
}

/// The attributes that describe how arguments and the result are passed
/// (sret, byval, noundef, zeroext, ...), without those of the function.
static AttributeList getInterfaceAttrs(const Function &F) {
  AttributeList Attrs = F.getAttributes();
  SmallVector<AttributeSet, 8> Params;
  for (unsigned I = 0, E = F.arg_size(); I != E; ++I)
    Params.push_back(Attrs.getParamAttrs(I));
  return AttributeList::get(F.getContext(), AttributeSet(), Attrs.getRetAttrs(),
                            Params);
}

namespace {

struct SplitPoint {
  Function *F;
  std::string Split;
};

class Splitter {
public:
  explicit Splitter(Module &M) : M(M), Ctx(M.getContext()) {}

  /// Runs the steps in order; returns whether the module changed.
  bool run();

private:
  bool collectSplitPoints(SmallVectorImpl<SplitPoint> &Points);
  void split(const SplitPoint &P);
  Function *createImplementation(Function &F, const Twine &Symbol);
  GlobalAlias *createKeeper(Function &F, const Twine &Symbol);
  void buildStub(Function &F, GlobalVariable *Flag, Function *Load,
                 Function *Call);
  Function *declareImport(const Twine &Symbol, FunctionType *Ty,
                          AttributeList Attrs, const Twine &ImportName);
  Function *getLoadImport(const SplitPoint &P);
  GlobalVariable *getLoadedFlag(StringRef Split);

  Module &M;
  LLVMContext &Ctx;
  /// What the split created that must survive unreferenced.
  SmallVector<GlobalValue *, 16> Used;
};

bool Splitter::run() {
  SmallVector<SplitPoint, 8> Points;
  if (!collectSplitPoints(Points))
    return false;
  for (const SplitPoint &P : Points)
    split(P);
  if (!Used.empty())
    appendToUsed(M, Used);
  return true;
}

/// Step 1. Fills \p Points in annotation order; returns false when the
/// module has no split annotation at all.
bool Splitter::collectSplitPoints(SmallVectorImpl<SplitPoint> &Points) {
  GlobalVariable *Annotations = M.getNamedGlobal("llvm.global.annotations");
  if (!Annotations || !Annotations->hasInitializer())
    return false;
  auto *Entries = dyn_cast<ConstantArray>(Annotations->getInitializer());
  if (!Entries)
    return false;

  MapVector<Function *, std::string> Splits;
  SmallPtrSet<Function *, 8> Rejected;
  SmallVector<Constant *, 8> Kept;
  SmallVector<Constant *, 8> Dropped;
  for (Use &U : Entries->operands()) {
    auto *Entry = cast<Constant>(U.get());
    StringRef Annotation =
        Entry->getNumOperands() > 1 ? getCString(Entry->getOperand(1)) : "";
    auto *F =
        Entry->getNumOperands() > 0
            ? dyn_cast<Function>(Entry->getOperand(0)->stripPointerCasts())
            : nullptr;
    if (!Annotation.consume_front(AnnotationPrefix) || !F) {
      Kept.push_back(Entry);
      continue;
    }
    // Dropped even for a declaration, which needs nothing (callers call F as
    // usual) and would otherwise become a custom section of the object.
    Dropped.push_back(Entry);
    if (F->isDeclaration())
      continue;
    if (!isValidSplitName(Annotation)) {
      reportError(*F, "split name '" + Annotation + "' of '" + F->getName() +
                          "' is not valid; it must match " +
                          "[A-Za-z_][A-Za-z0-9_]*");
      Rejected.insert(F);
      continue;
    }
    auto [It, Inserted] = Splits.try_emplace(F, Annotation.str());
    if (!Inserted && It->second != Annotation && Rejected.insert(F).second)
      reportError(*F, "'" + F->getName() + "' is annotated with two split " +
                          "names, '" + It->second + "' and '" + Annotation +
                          "'; keep one");
  }
  if (Dropped.empty())
    return false;

  for (auto &[F, Split] : Splits) {
    if (Rejected.contains(F))
      continue;
    if (F->isVarArg()) {
      reportError(*F, "cannot split variadic function '" + F->getName() +
                          "'; remove its split annotation");
      continue;
    }
    if (F->hasFnAttribute(Attribute::Naked) ||
        F->hasFnAttribute(Attribute::PresplitCoroutine)) {
      reportError(*F, "cannot split '" + F->getName() +
                          "': naked functions and coroutines have no "
                          "separately callable body; remove its split "
                          "annotation");
      continue;
    }
    Points.push_back({F, Split});
  }

  // Rewrite the annotations without the entries handled here, then delete
  // the strings nothing refers to any more.
  SmallSetVector<GlobalValue *, 8> Referenced;
  for (Constant *Entry : Dropped)
    for (Value *Op : Entry->operands())
      if (auto *GV = dyn_cast<GlobalValue>(Op->stripPointerCasts()))
        Referenced.insert(GV);
  if (Kept.empty()) {
    Annotations->eraseFromParent();
  } else {
    auto *Ty =
        ArrayType::get(Entries->getType()->getElementType(), Kept.size());
    Annotations->replaceInitializer(ConstantArray::get(Ty, Kept));
  }
  for (GlobalValue *GV : Referenced) {
    GV->removeDeadConstantUsers();
    if (isa<GlobalVariable>(GV) && GV->hasLocalLinkage() && GV->use_empty())
      GV->eraseFromParent();
  }
  return true;
}

/// Steps 2 and 3 for one split point.
void Splitter::split(const SplitPoint &P) {
  Function &F = *P.F;
  std::string Tag = P.Split + "." + getFunctionKey(F);
  for (const char *Prefix :
       {"__wsplit_impl.", "__wsplit_call.", "__wsplit_keep."}) {
    if (M.getNamedValue(Prefix + Tag)) {
      reportError(F, "cannot split '" + F.getName() + "': '" + Prefix + Tag +
                         "' already exists");
      return;
    }
  }

  Function *Load = getLoadImport(P);
  if (!Load)
    return;
  Function *Call = declareImport("__wsplit_call." + Tag, F.getFunctionType(),
                                 getInterfaceAttrs(F), "call." + Tag);
  Call->setCallingConv(F.getCallingConv());
  GlobalVariable *Flag = getLoadedFlag(P.Split);

  if (F.hasAvailableExternallyLinkage()) {
    // The definition that counts is elsewhere; this copy only lets the
    // optimiser inline the stub, so it needs no implementation.
    F.deleteBody();
    F.setLinkage(GlobalValue::AvailableExternallyLinkage);
  } else {
    // The imports are kept too: wasm-ld roots llvm.used members only among
    // global symbols, so a local stub whose callers are all dead is dropped
    // while its implementation, exported, stays; the imports must stay with
    // it (abi.md §3).
    Used.append(
        {createImplementation(F, "__wsplit_impl." + Tag), &F, Call, Load});
    Used.push_back(createKeeper(F, "__wsplit_keep." + Tag));
  }
  buildStub(F, Flag, Load, Call);
}

/// A global alias of the stub, in llvm.used. wasm-ld roots llvm.used only
/// among global symbols, and with LTO it does not keep undefined ones at
/// all, so when every call of a local F is optimised away the stub and the
/// call import would go while the exported implementation stays. The
/// alias keeps the stub, and so the import, in the link (abi.md §2); wsplit
/// then drops the stub, which nothing calls.
GlobalAlias *Splitter::createKeeper(Function &F, const Twine &Symbol) {
  GlobalValue::LinkageTypes Linkage =
      F.hasLocalLinkage() ? GlobalValue::ExternalLinkage : F.getLinkage();
  GlobalAlias *Keeper = GlobalAlias::create(F.getValueType(),
                                            F.getAddressSpace(), Linkage,
                                            Symbol, &F, &M);
  Keeper->setVisibility(GlobalValue::HiddenVisibility);
  return Keeper;
}

/// Step 2.
Function *Splitter::createImplementation(Function &F, const Twine &Symbol) {
  Function *Impl = Function::Create(F.getFunctionType(), F.getLinkage(),
                                    F.getAddressSpace(), Symbol, &M);
  Impl->copyAttributesFrom(&F);
  if (F.hasLocalLinkage()) {
    Impl->setLinkage(GlobalValue::ExternalLinkage);
    Impl->setVisibility(GlobalValue::HiddenVisibility);
  } else {
    Impl->setComdat(F.getComdat());
  }
  Impl->addFnAttr("wasm-export-name", Impl->getName());

  Impl->splice(Impl->end(), &F);
  for (auto [Old, New] : zip(F.args(), Impl->args())) {
    New.setName(Old.getName());
    Old.replaceAllUsesWith(&New);
  }
  // The implementation is F's code, so it keeps F's DISubprogram (which
  // may belong to one function only) and the rest of F's metadata.
  SmallVector<std::pair<unsigned, MDNode *>, 4> MDs;
  F.getAllMetadata(MDs);
  for (auto &[Kind, MD] : MDs)
    Impl->setMetadata(Kind, MD);
  F.setMetadata(LLVMContext::MD_dbg, nullptr);

  // Recursion stays inside the implementation; every other use of F, its
  // address included, keeps meaning the stub.
  for (Use &U : make_early_inc_range(F.uses()))
    if (auto *Call = dyn_cast<CallBase>(U.getUser()))
      if (Call->isCallee(&U) && Call->getFunction() == Impl)
        U.set(Impl);
  return Impl;
}

/// Step 3.
void Splitter::buildStub(Function &F, GlobalVariable *Flag, Function *Load,
                         Function *Call) {
  // The stub reads the flag and calls the loader, so what F promised about
  // memory describes the implementation only. It has no landing pads.
  F.removeFnAttr(Attribute::Memory);
  F.setPersonalityFn(nullptr);

  BasicBlock *Entry = BasicBlock::Create(Ctx, "entry", &F);
  BasicBlock *LoadBB = BasicBlock::Create(Ctx, "load", &F);
  BasicBlock *CallBB = BasicBlock::Create(Ctx, "call", &F);
  IRBuilder<> B(Entry);
  Value *Loaded = B.CreateLoad(B.getInt8Ty(), Flag, "loaded");
  Value *Cold = B.CreateICmpEQ(Loaded, B.getInt8(0), "cold");
  B.CreateCondBr(Cold, LoadBB, CallBB,
                 MDBuilder(Ctx).createBranchWeights(1, 2000));

  B.SetInsertPoint(LoadBB);
  B.CreateCall(Load);
  B.CreateBr(CallBB);

  B.SetInsertPoint(CallBB);
  SmallVector<Value *, 8> Args(make_pointer_range(F.args()));
  CallInst *Result = B.CreateCall(Call, Args);
  Result->setCallingConv(F.getCallingConv());
  Result->setAttributes(getInterfaceAttrs(F));
  // The call passes a byval argument as a copy on the stub's stack frame,
  // which a tail call would free first (LLVM 22's WebAssembly backend emits
  // return_call regardless), so such a stub must not tail-call.
  bool HasByVal = any_of(F.args(), [](const Argument &A) {
    return A.hasByValAttr() || A.hasInAllocaAttr() || A.hasPreallocatedAttr();
  });
  Result->setTailCallKind(HasByVal ? CallInst::TCK_NoTail : CallInst::TCK_Tail);
  if (F.getReturnType()->isVoidTy()) {
    B.CreateRetVoid();
    return;
  }
  Result->setName("r");
  B.CreateRet(Result);
}

Function *Splitter::declareImport(const Twine &Symbol, FunctionType *Ty,
                                  AttributeList Attrs,
                                  const Twine &ImportName) {
  Function *F = Function::Create(Ty, GlobalValue::ExternalLinkage, Symbol, M);
  F->setAttributes(Attrs);
  F->addFnAttr("wasm-import-module", "wsplit");
  F->addFnAttr("wasm-import-name", ImportName.str());
  return F;
}

/// `__wsplit_load.M`, shared by all functions of split M.
Function *Splitter::getLoadImport(const SplitPoint &P) {
  std::string Symbol = "__wsplit_load." + P.Split;
  auto *Ty = FunctionType::get(Type::getVoidTy(Ctx), /*isVarArg=*/false);
  Function *Load = M.getFunction(Symbol);
  if (!Load)
    return declareImport(Symbol, Ty, AttributeList(), "load." + P.Split);
  if (Load->getFunctionType() == Ty)
    return Load;
  reportError(*P.F, "cannot split '" + P.F->getName() + "': '" + Symbol +
                        "' exists with another type than void()");
  return nullptr;
}

/// `__wsplit_loaded.M`, shared by all functions of split M.
GlobalVariable *Splitter::getLoadedFlag(StringRef Split) {
  std::string Name = ("__wsplit_loaded." + Split).str();
  if (GlobalVariable *Flag = M.getNamedGlobal(Name))
    return Flag;
  Type *Int8 = Type::getInt8Ty(Ctx);
  auto *Flag = new GlobalVariable(M, Int8, /*isConstant=*/false,
                                  GlobalValue::LinkOnceODRLinkage,
                                  ConstantInt::get(Int8, 0), Name);
  Flag->setVisibility(GlobalValue::HiddenVisibility);
  // The loader sets the flag; nothing in IR may assume it stays 0.
  Flag->setExternallyInitialized(true);
  Used.push_back(Flag);
  return Flag;
}

} // namespace

void addAtPipelineStart(PassBuilder &PB) {
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel) {
        MPM.addPass(WasmSplitPass());
      });
}

PreservedAnalyses WasmSplitPass::run(Module &M, ModuleAnalysisManager &) {
  if (!M.getTargetTriple().isWasm() || !Splitter(M).run())
    return PreservedAnalyses::all();
  return PreservedAnalyses::none();
}

} // namespace wsplit
