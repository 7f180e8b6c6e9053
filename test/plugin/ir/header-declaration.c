// RUN: %wasm-cc -S -emit-llvm -o - %S/../Inputs/export-impl.c | FileCheck %s --check-prefix=DEF
// RUN: %wasm-cc -S -emit-llvm -o - %s | FileCheck %s --check-prefix=USE --implicit-check-not=wsplit

// The attribute on a declaration in a header reaches the definition in
// another file, which is split there. A file that only declares and calls
// the function is left as it is: it calls the symbol, which the defining
// file turns into the stub.

#include "../Inputs/export-api.h"

int print_all(void) { return export_pages(1, 10); }

// DEF: define hidden i32 @export_pages(i32 noundef %0, i32 noundef %1)
// DEF:   tail call i32 @__wsplit_call.export.export_pages(i32 noundef %0, i32 noundef %1)
// DEF: define hidden i32 @__wsplit_impl.export.export_pages(i32 noundef %0, i32 noundef %1) #[[IMPL:[0-9]+]]
// DEF: attributes #[[IMPL]] = { {{.*}}"wasm-export-name"="__wsplit_impl.export.export_pages" }

// USE:      define hidden i32 @print_all()
// USE-NEXT:   %{{[0-9]+}} = call i32 @export_pages(i32 noundef 1, i32 noundef 10)
// USE:      declare i32 @export_pages(i32 noundef, i32 noundef)
