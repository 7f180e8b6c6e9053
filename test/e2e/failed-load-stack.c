// A call that fails because its split cannot be loaded must not cost the
// program C stack: the docs promise that a later load may retry. Today the
// failure unwinds the wasm frames as a JavaScript exception, which never
// runs their epilogues, so __stack_pointer stays where the deepest frame
// left it. Each failed call of use_x leaks framed()'s 8 KiB; after eight
// the 64 KiB stack is gone and every call traps ("memory access out of
// bounds"), also once the file is back. Same in sync and explicit mode.
//
// Fixing it needs the loader to reach the stack pointer, which main does
// not export unless a split imports it: wsplit could export it and name it
// in the manifest, and the loader restore the value it had when the call
// entered wasm whenever a LoadError unwinds out of it.
//

// RUN: rm -rf %t && mkdir -p %t
// RUN: %wasm-cc -O2 -mexec-model=reactor %e2e-flags %s -o %t/app.wasm %link-flags
// RUN: %wsplit %t/app.wasm -o %t/out
// RUN: %validate %t/out
// RUN: %run-split %t/out/app.js --mode=jspi hide:app.x.wasm call:use_x:1 call:use_x:1 call:use_x:1 call:use_x:1 call:use_x:1 call:use_x:1 call:use_x:1 call:use_x:1 call:use_x:1 call:use_x:1 restore:app.x.wasm call:use_x:1 > %t/jspi.log 2>&1
// RUN: FileCheck %s < %t/jspi.log

// CHECK:      [run] restore app.x.wasm
// CHECK-NEXT: use_x(1) = 3

#include <string.h>
#include <wsplit.h>

WSPLIT("x") int from_x(int v) { return v + 1; }

__attribute__((noinline)) static void fill(char *p, int n) {
  memset(p, 1, n);
  __asm__ volatile("" ::"r"(p) : "memory");
}

__attribute__((noinline)) static int framed(int v) {
  char buf[8192];
  fill(buf, sizeof buf);
  return from_x(v) + buf[5];
}

__attribute__((export_name("use_x"))) int use_x(int v) { return framed(v); }
