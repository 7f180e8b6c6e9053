#!/usr/bin/env python3
# ===-- split-each.py - Run wsplit on every file of a directory -----------===#
#
#   split-each.py WSPLIT DIR
#
# Runs `WSPLIT DIR/<file> -o <fresh dir>` for every file in DIR, in the
# order of their names, and prints one line per file:
#
#   <file>: ok                    (exit code 0)
#   <file>: <first line of the error without "wsplit: error: '<path>': ">
#   <file> <the rest>             (for errors that name the file themselves:
#                                  "wsplit: error: <path> was not linked …")
#
# Exits non-zero if any run exits with a code other than 0 or 1 (a signal,
# an abort), prints a sanitizer report or an LLVM fatal error, or fails
# and still leaves anything in its output directory.
#
# ===----------------------------------------------------------------------===#
import os
import shutil
import subprocess
import sys
import tempfile


def main(wsplit, folder):
    ok = True
    tmp = tempfile.mkdtemp()
    try:
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            out = os.path.join(tmp, "out")
            p = subprocess.run([wsplit, path, "-o", out],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            err = p.stderr.decode("utf-8", "replace")
            if p.returncode == 0:
                print("%s: ok" % name)
            else:
                first = err.splitlines()[0] if err else "(no message)"
                prefix = "wsplit: error: '%s': " % path
                subject = "wsplit: error: %s " % path
                if first.startswith(prefix):
                    print("%s: %s" % (name, first[len(prefix):]))
                elif first.startswith(subject):
                    print("%s %s" % (name, first[len(subject):]))
                else:
                    print("%s: %s" % (name, first))
            bad = [b for b in ("LLVM ERROR", "Sanitizer", "runtime error:",
                               "Stack dump") if b in err]
            if p.returncode not in (0, 1) or bad:
                print("split-each: %s: exit code %d %s" % (name, p.returncode,
                                                          " ".join(bad)))
                ok = False
            if p.returncode != 0 and os.path.exists(out):
                print("split-each: %s: failed but wrote %s" % (name, out))
                ok = False
            shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
