// RUN: %wasm-cxx -S -emit-llvm -o - %s | FileCheck %s

// Every instantiation of a split template is split, under its own key:
// function templates, members of class templates, member templates. An
// explicit specialization inherits the split name of its primary template.
// Instances are linkonce_odr, so each implementation sits in its instance's
// comdat and wasm-ld keeps one.

#define SPLIT __attribute__((wasm_split("t")))

template <class T> SPLIT T twice(T x) { return x + x; }
template <> int twice<int>(int x) { return x * 2; }

template <class T> struct Box {
  SPLIT T get() const { return value; }
  template <class U> SPLIT U as() const { return U(value); }
  T value;
};

int run() {
  Box<long> b{3};
  return twice(1) + (int)twice(2.0) + (int)b.get() + b.as<int>();
}

// CHECK:      @llvm.used = appending global [18 x ptr] [ptr @__wsplit_loaded.t,
// CHECK-SAME:   ptr @__wsplit_impl.t._Z5twiceIiET_S0_, ptr @_Z5twiceIiET_S0_, ptr @__wsplit_call.t._Z5twiceIiET_S0_, ptr @__wsplit_load.t, ptr @__wsplit_keep.t._Z5twiceIiET_S0_,
// CHECK-SAME:   ptr @__wsplit_impl.t._Z5twiceIdET_S0_, ptr @_Z5twiceIdET_S0_, ptr @__wsplit_call.t._Z5twiceIdET_S0_, ptr @__wsplit_keep.t._Z5twiceIdET_S0_,
// CHECK-SAME:   ptr @__wsplit_impl.t._ZNK3BoxIlE3getEv, ptr @_ZNK3BoxIlE3getEv, ptr @__wsplit_call.t._ZNK3BoxIlE3getEv, ptr @__wsplit_keep.t._ZNK3BoxIlE3getEv,
// CHECK-SAME:   ptr @__wsplit_impl.t._ZNK3BoxIlE2asIiEET_v, ptr @_ZNK3BoxIlE2asIiEET_v, ptr @__wsplit_call.t._ZNK3BoxIlE2asIiEET_v, ptr @__wsplit_keep.t._ZNK3BoxIlE2asIiEET_v]
// Every instantiation's keeper is linkonce_odr like the instantiation, so
// the link keeps one.
// CHECK:      @__wsplit_keep.t._Z5twiceIiET_S0_ = hidden alias i32 (i32), ptr @_Z5twiceIiET_S0_
// CHECK-NEXT: @__wsplit_keep.t._Z5twiceIdET_S0_ = linkonce_odr hidden alias double (double), ptr @_Z5twiceIdET_S0_
// CHECK-NEXT: @__wsplit_keep.t._ZNK3BoxIlE3getEv = linkonce_odr hidden alias i32 (ptr), ptr @_ZNK3BoxIlE3getEv
// CHECK-NEXT: @__wsplit_keep.t._ZNK3BoxIlE2asIiEET_v = linkonce_odr hidden alias i32 (ptr), ptr @_ZNK3BoxIlE2asIiEET_v

// The explicit specialization is an ordinary function.
// CHECK:      define hidden noundef i32 @_Z5twiceIiET_S0_(i32 noundef %0)
// CHECK:        tail call noundef i32 @__wsplit_call.t._Z5twiceIiET_S0_(i32 noundef %0)
// CHECK:      define linkonce_odr hidden noundef double @_Z5twiceIdET_S0_(double noundef %0) #{{[0-9]+}} comdat {
// CHECK:        tail call noundef double @__wsplit_call.t._Z5twiceIdET_S0_(double noundef %0)
// CHECK:      define linkonce_odr hidden noundef i32 @_ZNK3BoxIlE3getEv(ptr noundef nonnull align 4 dereferenceable(4) %0) #{{[0-9]+}} comdat {
// CHECK:        tail call noundef i32 @__wsplit_call.t._ZNK3BoxIlE3getEv(
// CHECK:      define linkonce_odr hidden noundef i32 @_ZNK3BoxIlE2asIiEET_v(ptr noundef nonnull align 4 dereferenceable(4) %0) #{{[0-9]+}} comdat {
// CHECK:        tail call noundef i32 @__wsplit_call.t._ZNK3BoxIlE2asIiEET_v(

// CHECK:      define hidden noundef i32 @__wsplit_impl.t._Z5twiceIiET_S0_(i32 noundef %0)
// CHECK:        mul nsw i32 %{{[0-9]+}}, 2
// CHECK:      define linkonce_odr hidden noundef double @__wsplit_impl.t._Z5twiceIdET_S0_(double noundef %0) #{{[0-9]+}} comdat($_Z5twiceIdET_S0_) {
// CHECK:      define linkonce_odr hidden noundef i32 @__wsplit_impl.t._ZNK3BoxIlE3getEv({{.*}}) #{{[0-9]+}} comdat($_ZNK3BoxIlE3getEv) {
// CHECK:      define linkonce_odr hidden noundef i32 @__wsplit_impl.t._ZNK3BoxIlE2asIiEET_v({{.*}}) #{{[0-9]+}} comdat($_ZNK3BoxIlE2asIiEET_v) {
