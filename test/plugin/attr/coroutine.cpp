// RUN: %wasm-cxx -std=c++20 -fsyntax-only -Xclang -verify %s

// A coroutine's body is split by the compiler into a ramp and resume and
// destroy functions that are reached through the coroutine handle, not
// through one call; wsplit does not support it as a split point. Whether a
// function is a coroutine is known only from its body, so this is checked
// at the end of the file.

#include <coroutine>

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

__attribute__((wasm_split("jobs"))) Task fetch(); // expected-error {{cannot split coroutine 'fetch': coroutines are not supported as split points; split a function the coroutine calls instead}}
Task fetch() { co_return; }

// A function that only creates a coroutine's result is not a coroutine.
__attribute__((wasm_split("jobs"))) Task start() { return fetch(); }
