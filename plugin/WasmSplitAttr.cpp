//===-- WasmSplitAttr.cpp - placeholder ----------------------------------------===//
