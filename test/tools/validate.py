#!/usr/bin/env python3
"""Validate every .wasm file in the given directories with wabt's wasm-validate.

Prints "<file>: valid" per module, in name order, and exits 1 if any module
is invalid or if a directory holds no module at all, so a test cannot pass
by validating nothing.
"""
import os
import subprocess
import sys


def main(dirs):
    status = 0
    for d in dirs:
        files = sorted(f for f in os.listdir(d) if f.endswith(".wasm"))
        if not files:
            print(f"{d}: no .wasm files", file=sys.stderr)
            status = 1
        for f in files:
            path = os.path.join(d, f)
            r = subprocess.run(["wasm-validate", "--enable-all", path],
                               capture_output=True, text=True)
            if r.returncode != 0:
                print(f"{f}: INVALID\n{r.stderr}", file=sys.stderr)
                status = 1
            else:
                print(f"{f}: valid")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
