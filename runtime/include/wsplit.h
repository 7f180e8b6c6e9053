/*===-- wsplit.h - Split points and explicit loading for wsplit -----------===*\
|*                                                                            *|
|* WSPLIT("name") marks a function whose body goes to the lazily loaded      *|
|* module `name`; the first call loads that module. The C API loads a module *|
|* ahead of time (wsplit_load) or asks whether it is there                   *|
|* (wsplit_is_loaded).                                                       *|
|*                                                                            *|
|* The same source builds everywhere. The wsplit clang plugin registers the  *|
|* attribute `wasm_split`, which is how this header detects it:              *|
|*   - WebAssembly with the plugin: WSPLIT is the attribute and the C API    *|
|*     calls the loader through the imports wsplit.load_async and            *|
|*     wsplit.is_loaded (docs/abi.md, section 6);                            *|
|*   - any other target, or no plugin: nothing is split, so every module     *|
|*     counts as loaded; wsplit_load calls back at once with ok = 1. (With   *|
|*     the plugin on another target, WSPLIT is still the attribute, and the  *|
|*     plugin warns once per file that split points are ignored.)            *|
|*                                                                            *|
|* C89 and later, C++98 and later.                                           *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef WSPLIT_H
#define WSPLIT_H

#ifdef __has_attribute
#define WSPLIT_HAS_ATTRIBUTE_(x) __has_attribute(x)
#else
#define WSPLIT_HAS_ATTRIBUTE_(x) 0
#endif

#if WSPLIT_HAS_ATTRIBUTE_(wasm_split)
/* Marks the function it precedes as a split point of module `name`. */
#define WSPLIT(name) __attribute__((wasm_split(name)))
#else
#define WSPLIT(name)
#endif

/* 1 when split points take effect: WebAssembly with the plugin loaded. */
#if WSPLIT_HAS_ATTRIBUTE_(wasm_split) && defined(__wasm__)
#define WSPLIT_ACTIVE 1
#else
#define WSPLIT_ACTIVE 0
#endif

#if defined(__cplusplus) ||                                                    \
    (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L)
#define WSPLIT_INLINE_ static inline
#elif defined(__GNUC__)
#define WSPLIT_INLINE_ static __inline__
#else
#define WSPLIT_INLINE_ static
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Called once when a load started by wsplit_load ends: ok is 1 when the
 * module is loaded, 0 when loading failed (a later wsplit_load may retry). */
typedef void (*wsplit_callback)(void *data, int ok);

#if WSPLIT_ACTIVE

void __wsplit_load_async(const char *name, unsigned long len,
                         wsplit_callback cb, void *data)
    __attribute__((__import_module__("wsplit"), __import_name__("load_async")));

int __wsplit_is_loaded(const char *name, unsigned long len)
    __attribute__((__import_module__("wsplit"), __import_name__("is_loaded")));

/* Starts loading module `name` and every chunk it needs, then calls
 * cb(data, ok). cb must not be NULL. */
WSPLIT_INLINE_ void wsplit_load(const char *name, wsplit_callback cb,
                                void *data) {
  __wsplit_load_async(name, __builtin_strlen(name), cb, data);
}

/* 1 when module `name` is loaded, 0 otherwise. */
WSPLIT_INLINE_ int wsplit_is_loaded(const char *name) {
  return __wsplit_is_loaded(name, __builtin_strlen(name));
}

#else /* !WSPLIT_ACTIVE: nothing is split, so everything is loaded. */

WSPLIT_INLINE_ void wsplit_load(const char *name, wsplit_callback cb,
                                void *data) {
  (void)name;
  cb(data, 1);
}

WSPLIT_INLINE_ int wsplit_is_loaded(const char *name) {
  (void)name;
  return 1;
}

#endif /* WSPLIT_ACTIVE */

#ifdef __cplusplus
} /* extern "C" */
#endif

#undef WSPLIT_INLINE_
#undef WSPLIT_HAS_ATTRIBUTE_

#endif /* WSPLIT_H */
