#!/usr/bin/env python3
# ===-- expect-error.py - Run a command that must fail cleanly ------------===#
#
#   expect-error.py CMD ARGS...
#
# Runs CMD and prints what it wrote to stdout and stderr (in that order) on
# stdout, for FileCheck. Fails unless CMD exited with exactly 1 (not
# another code, not a signal) and left the directory named by its `-o`
# argument exactly as it was: absent if it was absent, with the same files
# and bytes if it existed. Sanitizer reports and LLVM fatal errors fail too.
#
# ===----------------------------------------------------------------------===#
import os
import subprocess
import sys


def snapshot(path):
    if not os.path.lexists(path):
        return None
    if not os.path.isdir(path):
        return ("file", open(path, "rb").read())
    files = {}
    for root, dirs, names in os.walk(path):
        for n in dirs + names:
            p = os.path.join(root, n)
            rel = os.path.relpath(p, path)
            files[rel] = None if os.path.isdir(p) else open(p, "rb").read()
    return ("dir", files)


def main(argv):
    out = None
    for i, a in enumerate(argv[:-1]):
        if a == "-o":
            out = argv[i + 1]
    before = snapshot(out) if out else None
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    text = (p.stdout + p.stderr).decode("utf-8", "replace")
    sys.stdout.write(text)
    ok = True
    if p.returncode != 1:
        print("expect-error: exit code %d, expected 1" % p.returncode)
        ok = False
    for bad in ("LLVM ERROR", "Sanitizer", "runtime error:", "Stack dump"):
        if bad in text:
            print("expect-error: output contains '%s'" % bad)
            ok = False
    if out and snapshot(out) != before:
        print("expect-error: %s changed" % out)
        ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main(sys.argv[1:])
