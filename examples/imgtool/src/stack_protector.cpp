//===-- stack_protector.cpp - What Debian's compiler-rt for wasm32 expects ===//
//
// Debian builds libclang_rt.builtins-wasm32.a with stack protection, so its
// 128-bit division and modulo helpers (__umodti3, __modti3, ...) refer to
// __stack_chk_guard and __stack_chk_fail, which wasi-libc does not define.
// {fmt} calls __umodti3 when it is not inlined, as in a Debug build; the
// link then fails with "undefined symbol: __stack_chk_guard". These two
// definitions satisfy it; the linker drops them when nothing refers to them.
//
//===----------------------------------------------------------------------===//
#include <cstdint>
#include <cstdlib>

extern "C" {
std::uintptr_t __stack_chk_guard = 0x595e9fbd;
[[noreturn]] void __stack_chk_fail() { std::abort(); }
}
