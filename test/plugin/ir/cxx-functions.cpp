// RUN: cd %S && %wasm-cxx -S -emit-llvm -o - cxx-functions.cpp | FileCheck %s

// C++ function kinds. Keys are the Itanium symbols; the function in the
// anonymous namespace is local, so its key ends in 16 hex digits of
// MD5("cxx-functions.cpp") = ba5802e2076b297ab61afdc49ae7b05f. The vtable and
// the complete-object constructor and destructor (aliases of the base ones)
// keep referring to the stubs.

#define SPLIT __attribute__((wasm_split("m")))

SPLIT int area(int w, int h) { return w * h; }
SPLIT int area(double d) { return (int)(d * d); }
extern "C" SPLIT int c_area(int w) { return w; }

struct Doc {
  SPLIT static Doc *open(const char *path);
  SPLIT int render(int page) const;
  SPLIT virtual int print(int copies);
  SPLIT Doc();
  SPLIT ~Doc();
  SPLIT int inline_member(int x) { return x + pages; }
  int pages = 0;
};
Doc *Doc::open(const char *) { return nullptr; }
int Doc::render(int page) const { return page + pages; }
int Doc::print(int copies) { return copies; }
Doc::Doc() { pages = 1; }
Doc::~Doc() { pages = 0; }

namespace {
SPLIT int hidden_helper(int x) { return x; }
}

int run() {
  Doc d;
  return area(1, 2) + area(3.0) + c_area(4) + d.render(1) + d.print(2) +
         d.inline_member(3) + hidden_helper(5) + (Doc::open("x") != nullptr);
}

// CHECK:      @_ZTV3Doc = hidden unnamed_addr constant { [3 x ptr] } { [3 x ptr] [ptr null, ptr @_ZTI3Doc, ptr @_ZN3Doc5printEi] }
// CHECK:      @llvm.used = appending global [42 x ptr] [ptr @__wsplit_loaded.m,
// CHECK-SAME:   ptr @__wsplit_impl.m._Z4areaii, ptr @_Z4areaii, ptr @__wsplit_call.m._Z4areaii, ptr @__wsplit_load.m, ptr @__wsplit_keep.m._Z4areaii,
// CHECK-SAME:   ptr @__wsplit_impl.m._Z4aread, ptr @_Z4aread, ptr @__wsplit_call.m._Z4aread, ptr @__wsplit_keep.m._Z4aread,
// CHECK-SAME:   ptr @__wsplit_impl.m.c_area, ptr @c_area, ptr @__wsplit_call.m.c_area, ptr @__wsplit_keep.m.c_area,
// CHECK-SAME:   ptr @__wsplit_impl.m._ZN3Doc4openEPKc, ptr @_ZN3Doc4openEPKc, ptr @__wsplit_call.m._ZN3Doc4openEPKc, ptr @__wsplit_keep.m._ZN3Doc4openEPKc,
// CHECK-SAME:   ptr @__wsplit_impl.m._ZNK3Doc6renderEi, ptr @_ZNK3Doc6renderEi, ptr @__wsplit_call.m._ZNK3Doc6renderEi, ptr @__wsplit_keep.m._ZNK3Doc6renderEi,
// CHECK-SAME:   ptr @__wsplit_impl.m._ZN3Doc5printEi, ptr @_ZN3Doc5printEi, ptr @__wsplit_call.m._ZN3Doc5printEi, ptr @__wsplit_keep.m._ZN3Doc5printEi,
// CHECK-SAME:   ptr @__wsplit_impl.m._ZN3DocC2Ev, ptr @_ZN3DocC2Ev, ptr @__wsplit_call.m._ZN3DocC2Ev, ptr @__wsplit_keep.m._ZN3DocC2Ev,
// CHECK-SAME:   ptr @__wsplit_impl.m._ZN3DocD2Ev, ptr @_ZN3DocD2Ev, ptr @__wsplit_call.m._ZN3DocD2Ev, ptr @__wsplit_keep.m._ZN3DocD2Ev,
// CHECK-SAME:   ptr @__wsplit_impl.m._ZN3Doc13inline_memberEi, ptr @_ZN3Doc13inline_memberEi, ptr @__wsplit_call.m._ZN3Doc13inline_memberEi, ptr @__wsplit_keep.m._ZN3Doc13inline_memberEi,
// CHECK-SAME:   ptr @__wsplit_impl.m._ZN12_GLOBAL__N_113hidden_helperEi.ba5802e2076b297a, ptr @_ZN12_GLOBAL__N_113hidden_helperEi, ptr @__wsplit_call.m._ZN12_GLOBAL__N_113hidden_helperEi.ba5802e2076b297a, ptr @__wsplit_keep.m._ZN12_GLOBAL__N_113hidden_helperEi.ba5802e2076b297a]
// CHECK:      @_ZN3DocC1Ev = hidden unnamed_addr alias ptr (ptr), ptr @_ZN3DocC2Ev
// CHECK:      @_ZN3DocD1Ev = hidden unnamed_addr alias ptr (ptr), ptr @_ZN3DocD2Ev

// Overloads.
// CHECK:      define hidden noundef i32 @_Z4areaii(i32 noundef %0, i32 noundef %1)
// CHECK:        tail call noundef i32 @__wsplit_call.m._Z4areaii(i32 noundef %0, i32 noundef %1)
// CHECK:      define hidden noundef i32 @_Z4aread(double noundef %0)
// CHECK:        tail call noundef i32 @__wsplit_call.m._Z4aread(double noundef %0)
// extern "C".
// CHECK:      define hidden i32 @c_area(i32 noundef %0)
// CHECK:        tail call i32 @__wsplit_call.m.c_area(i32 noundef %0)
// Static member.
// CHECK:      define hidden noundef ptr @_ZN3Doc4openEPKc(ptr noundef %0)
// CHECK:        tail call noundef ptr @__wsplit_call.m._ZN3Doc4openEPKc(ptr noundef %0)
// Const member: `this` is the first parameter, with its attributes.
// CHECK:      define hidden noundef i32 @_ZNK3Doc6renderEi(ptr noundef nonnull align 4 dereferenceable(8) %0, i32 noundef %1)
// CHECK:        tail call noundef i32 @__wsplit_call.m._ZNK3Doc6renderEi(ptr noundef nonnull align 4 dereferenceable(8) %0, i32 noundef %1)
// Virtual member.
// CHECK:      define hidden noundef i32 @_ZN3Doc5printEi(ptr noundef nonnull align 4 dereferenceable(8) %0, i32 noundef %1) unnamed_addr
// CHECK:        tail call noundef i32 @__wsplit_call.m._ZN3Doc5printEi(ptr noundef nonnull align 4 dereferenceable(8) %0, i32 noundef %1)
// Constructor and destructor return `this` on WebAssembly.
// CHECK:      define hidden noundef ptr @_ZN3DocC2Ev(ptr noundef nonnull returned align 4 dereferenceable(8) %0) unnamed_addr
// CHECK:        tail call noundef ptr @__wsplit_call.m._ZN3DocC2Ev(ptr noundef nonnull returned align 4 dereferenceable(8) %0)
// CHECK:      define hidden noundef ptr @_ZN3DocD2Ev(ptr noundef nonnull returned align 4 dereferenceable(8) %0) unnamed_addr
// CHECK:        tail call noundef ptr @__wsplit_call.m._ZN3DocD2Ev(ptr noundef nonnull returned align 4 dereferenceable(8) %0)
// Member defined in the class: inline, so linkonce_odr in its own comdat.
// CHECK:      define linkonce_odr hidden noundef i32 @_ZN3Doc13inline_memberEi(ptr noundef nonnull align 4 dereferenceable(8) %0, i32 noundef %1) #{{[0-9]+}} comdat {
// CHECK:        tail call noundef i32 @__wsplit_call.m._ZN3Doc13inline_memberEi(
// Anonymous namespace.
// CHECK:      define internal noundef i32 @_ZN12_GLOBAL__N_113hidden_helperEi(i32 noundef %0)
// CHECK:        tail call noundef i32 @__wsplit_call.m._ZN12_GLOBAL__N_113hidden_helperEi.ba5802e2076b297a(i32 noundef %0)

// CHECK:      declare noundef i32 @__wsplit_call.m._Z4areaii(i32 noundef, i32 noundef)
// CHECK:      define hidden noundef i32 @__wsplit_impl.m._Z4areaii(i32 noundef %0, i32 noundef %1)
// CHECK:      define hidden noundef i32 @__wsplit_impl.m._Z4aread(double noundef %0)
// CHECK:      define hidden i32 @__wsplit_impl.m.c_area(i32 noundef %0)
// CHECK:      define hidden noundef ptr @__wsplit_impl.m._ZN3Doc4openEPKc(ptr noundef %0)
// CHECK:      define hidden noundef i32 @__wsplit_impl.m._ZNK3Doc6renderEi(ptr noundef nonnull align 4 dereferenceable(8) %0, i32 noundef %1)
// CHECK:      define hidden noundef i32 @__wsplit_impl.m._ZN3Doc5printEi(ptr noundef nonnull align 4 dereferenceable(8) %0, i32 noundef %1) unnamed_addr
// CHECK:      define hidden noundef ptr @__wsplit_impl.m._ZN3DocC2Ev(ptr noundef nonnull returned align 4 dereferenceable(8) %0) unnamed_addr
// CHECK:      define hidden noundef ptr @__wsplit_impl.m._ZN3DocD2Ev(ptr noundef nonnull returned align 4 dereferenceable(8) %0) unnamed_addr
// CHECK:      define linkonce_odr hidden noundef i32 @__wsplit_impl.m._ZN3Doc13inline_memberEi(ptr noundef nonnull align 4 dereferenceable(8) %0, i32 noundef %1) #{{[0-9]+}} comdat($_ZN3Doc13inline_memberEi) {
// CHECK:      define hidden noundef i32 @__wsplit_impl.m._ZN12_GLOBAL__N_113hidden_helperEi.ba5802e2076b297a(i32 noundef %0)
