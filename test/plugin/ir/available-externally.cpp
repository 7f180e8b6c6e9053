// RUN: %wasm-cxx -O1 -S -emit-llvm -o - %s | FileCheck %s --implicit-check-not=__wsplit_impl

// An inline member of an explicitly instantiated template declared `extern`
// is available_externally here: the optimiser may inline it, but its real
// definition is elsewhere. Its body becomes the stub, which is inlined into
// the caller, and no implementation is emitted in this file.

template <class T> struct Box {
  __attribute__((wasm_split("box"))) T get() const { return value * 2; }
  T value;
};
extern template struct Box<int>;

int read(const Box<int> &b) { return b.get(); }

// CHECK:     @__wsplit_loaded.box = linkonce_odr hidden externally_initialized global i8 0
// CHECK:     define hidden noundef i32 @_Z4readRK3BoxIiE(
// CHECK-NOT:   mul
// CHECK:       load i8, ptr @__wsplit_loaded.box
// CHECK:       call void @__wsplit_load.box()
// CHECK:       call noundef i32 @__wsplit_call.box._ZNK3BoxIiE3getEv(
// CHECK:     declare noundef i32 @__wsplit_call.box._ZNK3BoxIiE3getEv(
