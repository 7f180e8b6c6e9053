;; Chunk a+b: code and data both splits use. shared(x) = x + byte at 80.
(module
  (import "@" "memory" (memory 1))
  (func (export "0") (param i32) (result i32)
    (i32.add (local.get 0) (i32.load8_u (i32.const 80))))
  (data (i32.const 80) "\64")
)
