;; Main module of the loader's test program, split by hand as wsplit would
;; (docs/abi.md §5). Split `a` holds f_a (table slot 1), split `b` holds
;; f_b (slot 2); both use the chunk `a+b`. Loaded flags: a at 16, b at 17.
;; Split names as UTF-8 for load_async/is_loaded: "a" at 32, "b" at 33,
;; "nope" at 34. env.log records what ran.
(module
  (import "env" "log" (func $log (param i32)))
  (import "wsplit" "load.a" (func $load_a))
  (import "wsplit" "load.b" (func $load_b))
  (import "wsplit" "load_async" (func $load_async (param i32 i32 i32 i32)))
  (import "wsplit" "is_loaded" (func $is_loaded (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (table $t (export "0") 4 funcref)
  (data (i32.const 32) "abnope")
  (type $i2i (func (param i32) (result i32)))

  ;; Exported for the split and chunk modules under a short name.
  (func $twice (export "1") (param i32) (result i32)
    (i32.mul (local.get 0) (i32.const 2)))

  ;; The stubs (docs/abi.md §2).
  (func $f_a (param i32) (result i32)
    (if (i32.eqz (i32.load8_u (i32.const 16))) (then (call $load_a)))
    (call_indirect (type $i2i) (local.get 0) (i32.const 1)))
  (func $f_b (param i32) (result i32)
    (if (i32.eqz (i32.load8_u (i32.const 17))) (then (call $load_b)))
    (call_indirect (type $i2i) (local.get 0) (i32.const 2)))

  (func (export "run_a") (param i32) (result i32) (call $f_a (local.get 0)))
  (func (export "run_b") (param i32) (result i32) (call $f_b (local.get 0)))
  ;; Reaches no split: stays synchronous in JSPI mode.
  (func (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1)))
  (func (export "is_loaded") (param i32 i32) (result i32)
    (call $is_loaded (local.get 0) (local.get 1)))
  ;; wsplit_load(name, len, on_loaded, data)
  (func (export "load_async") (param i32 i32 i32)
    (call $load_async (local.get 0) (local.get 1) (i32.const 3) (local.get 2)))

  ;; Table slot 3: logs data*10+ok; with data 1 (and ok) it then calls into
  ;; split b, which loads b first if needed.
  (func $on_loaded (param $data i32) (param $ok i32)
    (call $log (i32.add (i32.mul (local.get $data) (i32.const 10))
                        (local.get $ok)))
    (if (i32.and (i32.eq (local.get $data) (i32.const 1)) (local.get $ok))
      (then (call $log (call $f_b (i32.const 7))))))
  (elem (i32.const 3) $on_loaded)
)
