;; Split `deep` of cmd.c: deep(code) returns code when it is 0 and otherwise
;; calls main's exit(code) two calls down, so exit() runs inside the split.
(module
  (import "@" "memory" (memory 2))
  (import "@" "__indirect_function_table" (table 1 funcref))
  (import "@" "exit" (func $exit (param i32)))
  (func $deep (param i32) (result i32)
    (if (local.get 0) (then (call $level2 (local.get 0))))
    (local.get 0))
  (func $level2 (param i32) (call $exit (local.get 0)) (unreachable))
  (elem (table 0) (i32.const 1) func $deep)
)
