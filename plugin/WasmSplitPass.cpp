//===-- WasmSplitPass.cpp - placeholder ----------------------------------------===//
