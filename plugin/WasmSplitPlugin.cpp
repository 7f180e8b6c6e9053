//===-- WasmSplitPlugin.cpp - placeholder ----------------------------------------===//
