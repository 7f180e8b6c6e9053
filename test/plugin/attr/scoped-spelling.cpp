// RUN: %wasm-cxx -fsyntax-only -Xclang -verify %s

// Clang 22 looks up a plugin attribute written [[scope::name(...)]] by its
// unscoped name, finds none, and drops the arguments before the plugin sees
// them. The plugin registers these spellings only to say so: without that,
// the split point would be lost with at most a warning.

[[wsplit::split("viewer")]] void view(); // expected-error {{'wsplit::split' cannot name a split: clang drops the arguments of plugin attributes written as [[...]]; write WSPLIT("name") from <wsplit.h> or __attribute__((wasm_split("name")))}}
[[wsplit::split]] void bare(); // expected-error {{'wsplit::split' cannot name a split}}
[[wsplit::wasm_split("viewer")]] void other(); // expected-error {{'wsplit::wasm_split' cannot name a split}}

// The spelling is reported first, even where no attribute could go.
[[wsplit::split("data")]] int table[4]; // expected-error {{'wsplit::split' cannot name a split}}

// Clang does not report the spellings as available either.
#if __has_cpp_attribute(wsplit::split) || __has_cpp_attribute(wsplit::wasm_split)
#error "[[wsplit::...]] must not look usable"
#endif

// The GNU spelling works in the same positions.
__attribute__((wasm_split("viewer"))) void view2();
