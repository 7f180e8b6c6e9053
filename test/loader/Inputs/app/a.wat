;; Split a: f_a(x) = shared(twice(x)) = 2x + 100; logs 1000 + x.
(module
  (import "env" "log" (func $log (param i32)))
  (import "@" "memory" (memory 1))
  (import "@" "0" (table 4 funcref))
  (import "@" "1" (func $twice (param i32) (result i32)))
  (import "@1" "0" (func $shared (param i32) (result i32)))
  (func $f_a (param i32) (result i32)
    (call $log (i32.add (i32.const 1000) (local.get 0)))
    (call $shared (call $twice (local.get 0))))
  (elem (table 0) (i32.const 1) func $f_a)
  (data (i32.const 64) "A")
)
