// RUN: %wasm-cc -fsyntax-only -DEXPECT=1 %s
// RUN: %clang --target=x86_64-linux-gnu -fplugin=%plugin -fsyntax-only -DEXPECT=1 %s
// RUN: %plain-cc -fsyntax-only -DEXPECT=0 %s
// RUN: %wasm-cc -fpass-plugin=%plugin -fsyntax-only -DEXPECT=1 %s

// wsplit.h detects the plugin with __has_attribute(wasm_split), which clang
// 22 answers for attributes registered by plugins as for its own: 1 with the
// plugin loaded, whatever the target, 0 without it.

#if __has_attribute(wasm_split) != EXPECT
#error "__has_attribute(wasm_split) does not say whether the plugin is loaded"
#endif

// The [[...]] spellings are not reported as available.
#if __has_c_attribute(wsplit::split)
#error "[[wsplit::split]] must not look usable"
#endif
