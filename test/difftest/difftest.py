#!/usr/bin/env python3
# ===-- difftest.py - differential testing of wsplit with csmith -----------===#
#
# Generates random C programs with csmith, marks a random subset of their
# functions (never main) with WSPLIT("sN") under several split names, builds
# each program twice with the same options -- unsplit (no plugin) and split
# (plugin, wasm-ld --emit-relocs, wsplit) -- runs both under Node and compares
# stdout and exit status. Every mismatch is a wsplit bug: the split program
# must behave exactly like the unsplit one.
#
# Everything a case does is drawn from one random stream seeded by
# "<seed>/<index>", so `--seed S --count N` names the same N programs, built
# and run the same way, on every machine and with any -j. A case is:
#
#   - a csmith program (csmith's seed and size options drawn per case;
#     redrawn up to twice while main reaches fewer than three functions);
#   - 1-4 split names s0..s3. Each csmith function main reaches is marked
#     with probability p (drawn per case) under a random one of them, with
#     the attribute on its definition, its prototype, or both; some of the
#     csmith.h helpers it uses (safe_*, crc32_*, transparent_crc) are marked
#     through a redeclaration before csmith.h. When the call graph allows,
#     at least one marked function calls one marked with another name
#     (nested splits: a split loading another split);
#   - sometimes main's body, renamed csmith_main and marked, so that only
#     split code uses the globals, csmith's CRC tables and printf, and they
#     move out of main;
#   - sometimes calls through function pointers (volatile or const globals
#     initialised with the functions);
#   - an exit status of 0, or one from the checksum, returned from main or
#     passed to exit();
#   - one optimisation level (-O0 -O1 -O2 -O3 -Os -Oz), with -flto=full or
#     -flto=thin for a third of the cases, the same for both builds;
#   - the loader's JSPI mode or its synchronous mode (JSPI hidden from the
#     loader with --import no-jspi.mjs).
#
# Programs whose csmith generation, unsplit build or unsplit run fails or
# runs out of time (CPU time, so that the verdict does not depend on the
# machine's load) are skipped and counted by reason, never as passes. So is
# a program whose split and unsplit runs differ while its unsplit runs
# differ between optimisation levels too ("unstable": csmith sometimes
# writes a loop that never ends at -O0 and that the optimiser may delete).
#
# --static: csmith's functions are all static. "mix" (the default) keeps
# `static` on half of the marked ones, "keep" on all, "drop" on none (and
# marks no csmith.h helper, those being static).
#
# Usage (outside lit; the lit tests pass every tool instead of --build):
#   test/difftest/difftest.py --build build --seed 1 --count 200 -j2 --keep /tmp/fails
# Reproduce one case, keeping its files (repro.sh lists every command):
#   test/difftest/difftest.py --build build --seed 1 --only 17 -v --work /tmp/c --keep-all
# Compare one existing source file (the regression tests):
#   test/difftest/difftest.py --build build --file x.c -O2 --lto=thin --mode=sync
# Reduce a failing case (creduce or cvise; Debian packages both): copy its
# test.c, take its options from repro.sh, and use as interestingness test
#   exec difftest.py --build $B --file test.c -O2 --work . --expect stdout
# (--expect names the failure: stdout, exit, wsplit, ...). A reduction
# that makes the program unstable is not "interesting", so the result has
# no undefined behaviour that shows; check it for undefined behaviour that
# does not by reading it, before it becomes a test in regressions/.
#
# ===----------------------------------------------------------------------===#

import argparse
import concurrent.futures
import math
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_ROOT = os.path.dirname(os.path.dirname(HERE))
CSMITH_INCLUDE = "/usr/include/csmith"

OPT_LEVELS = ["-O0", "-O1", "-O2", "-O3", "-Os", "-Oz"]
# One in three cases links with LTO.
LTO_CHOICES = [None, None, None, None, "full", "thin"]
MODES = ["jspi", "sync"]
# A third of the cases build with one more feature or layout option.
FLAG_CHOICES = [()] * 14 + [
    ("-g",), ("-mtail-call",), ("-msimd128",), ("-fPIC",),
    ("-Wl,--export-table",), ("-Wl,--stack-first",), ("-g", "-mtail-call")]
MIN_REACHABLE = 3

# Reasons a case is skipped (the unsplit side did not give a reference).
SKIP_REASONS = ["csmith", "plain-compile", "plain-timeout", "unstable"]
# Ways a split build can differ from its reference: all of them are bugs.
FAIL_KINDS = [
    "split-compile", "wsplit", "validate", "split-timeout", "stdout", "exit",
    "error"]


class Tools:
    """Paths of everything a case runs."""

    def __init__(self, args):
        build = os.path.abspath(args.build) if args.build else None

        def pick(value, default):
            if value:
                return value
            if build is None:
                sys.exit("difftest: give --build or every tool option")
            return default(build)

        self.clang = pick(args.clang, lambda b: "/usr/lib/llvm-22/bin/clang")
        self.plugin = pick(args.plugin,
                           lambda b: os.path.join(b, "lib/wsplit-plugin.so"))
        self.sysroot = pick(args.sysroot, lambda b: os.path.join(b, "sysroot"))
        self.include = pick(args.include,
                            lambda b: os.path.join(SRC_ROOT, "runtime/include"))
        self.wsplit = pick(args.wsplit, lambda b: os.path.join(b, "bin/wsplit"))
        self.node = pick(args.node, lambda b: os.path.join(
            SRC_ROOT, "node_modules/.bin/node"))
        self.csmith = args.csmith or shutil.which("csmith") or "csmith"
        self.validate = None if args.no_validate else shutil.which(
            "wasm-validate")
        self.run_wasi = os.path.join(SRC_ROOT, "test/tools/run-wasi.mjs")
        self.extra_flags = shlex.split(args.flags or "")
        self.no_jspi = os.path.join(HERE, "no-jspi.mjs")


# ===----------------------------------------------------------------------===#
# Running commands
# ===----------------------------------------------------------------------===#


class Result:
    def __init__(self, code, out, err, secs, timed_out):
        self.code, self.out, self.err = code, out, err
        self.secs, self.timed_out = secs, timed_out


def run(cmd, timeout, cwd=None, env=None, cpu=None):
    """Runs cmd in its own process group; on timeout the whole group (clang's
    wasm-ld, ...) is killed. With `cpu`, the command also gets that many
    seconds of CPU time (ulimit -t): a limit that does not depend on how
    loaded the machine is, so whether a program counts as too slow does not
    either. The wall-clock timeout is then only a backstop."""
    if cpu is not None:
        cmd = ["sh", "-c", 'ulimit -t %d && exec "$@"' % math.ceil(cpu),
               "sh"] + cmd
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = cpu is not None and proc.returncode in (
            -signal.SIGXCPU, -signal.SIGKILL)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        timed_out = True
    return Result(proc.returncode, out, err, time.monotonic() - start,
                  timed_out)


def run_program(cmd, cpu, cwd, env):
    """Runs a wasm program under Node with `cpu` seconds of CPU time."""
    return run(cmd, max(60, 20 * cpu), cwd=cwd, env=env, cpu=cpu)


def node_env():
    env = dict(os.environ)
    env.pop("NODE_OPTIONS", None)
    env["WSPLIT_TRACE"] = "1"  # the runner reports each split it loads
    return env


# ===----------------------------------------------------------------------===#
# Marking a csmith program
# ===----------------------------------------------------------------------===#

# `static <type> func_N(<params>)` alone on its line: a csmith prototype
# (ending in `;`) or definition (the next line is `{`).
FUNC_LINE = re.compile(r"^(static\s.*?\b(func_\d+)\s*\(.*\))(;?)\s*$")
# A csmith runtime helper's definition in preprocessed csmith.h.
HELPER_DEF = re.compile(
    r"^static\s+(?:inline\s+)?([\w\s*]+?)\s*\(?\b(\w+)\)?\s*\(([^()]*)\)\s*\{",
    re.M)
HELPER_NAME = re.compile(
    r"^(safe_\w+|crc32_gentab|crc32_byte|crc32_8bytes|transparent_crc"
    r"|transparent_crc_bytes)$")
CALL = re.compile(r"\b(func_\d+|safe_\w+|crc32_\w+|transparent_crc\w*)\s*\(")


def helper_prototypes(tools, workdir):
    """Name -> prototype text of csmith.h's helpers, from the preprocessed
    header (their definitions are spread over macros)."""
    src = os.path.join(workdir, "csmith-helpers.c")
    with open(src, "w") as f:
        f.write('#include "csmith.h"\n')
    r = run([tools.clang, "--target=wasm32-wasip1", "--sysroot=" + tools.sysroot,
             "-I" + CSMITH_INCLUDE, "-E", "-P", src], timeout=60)
    if r.code != 0:
        sys.exit("difftest: cannot preprocess csmith.h:\n" +
                 r.err.decode(errors="replace"))
    protos = {}
    for m in HELPER_DEF.finditer(r.out.decode()):
        ret, name, params = (" ".join(m.group(1).split()), m.group(2),
                             " ".join(m.group(3).split()))
        if HELPER_NAME.match(name):
            protos[name] = "static %s %s(%s)" % (ret, name, params)
    return protos


def call_graph(lines):
    """func_N -> set of callees (func_M and helpers) from the definitions,
    and the callees of main."""
    graph, current = {}, None
    for line in lines:
        m = FUNC_LINE.match(line)
        if m and not m.group(3):
            current = m.group(2)
            graph[current] = set()
            continue
        if line.startswith("int main"):
            current = "main"
            graph[current] = set()
            continue
        if line.startswith("}"):
            current = None
            continue
        if current:
            graph[current].update(c for c in CALL.findall(line) if c != current)
    return graph


def reachable(graph, root="main"):
    seen, todo = set(), [root]
    while todo:
        f = todo.pop()
        for g in sorted(graph.get(f, ())):
            if g not in seen:
                seen.add(g)
                todo.append(g)
    return seen


def mark_program(source, rng, helpers, static):
    """Returns (marked source, marks {function: split}, stats). Only
    functions main reaches (in the source; the optimiser may still find the
    calls dead) are marked. `static` says whether marked csmith functions
    keep their `static`: "keep", "drop" or "mix" (a coin per function);
    with "drop" no csmith.h helper is marked either, as those are static."""
    lines = source.split("\n")
    graph = call_graph(lines)
    live = reachable(graph)
    funcs = sorted((f for f in graph if f != "main" and f in live),
                   key=lambda f: int(f.split("_")[1]))
    used_helpers = sorted(h for h in live if h in helpers)
    if static == "drop":
        used_helpers = []

    nsplits = rng.randint(1, 4)
    names = ["s%d" % i for i in range(nsplits)]
    prob = rng.choice([0.25, 0.5, 0.75, 1.0])
    marks = {}
    for f in funcs:
        if rng.random() < prob:
            marks[f] = rng.choice(names)
    helper_prob = rng.choice([0.0, 0.1, 0.3])
    for h in used_helpers:
        if rng.random() < helper_prob:
            marks[h] = rng.choice(names)

    def cross_edges():
        return [(a, b) for a in sorted(marks) for b in sorted(graph.get(a, ()))
                if b in marks and marks[a] != marks[b]]

    # Nested splits: make one marked function call one of another split.
    if nsplits > 1 and not cross_edges():
        edges = [(a, b) for a in funcs for b in sorted(graph[a])
                 if b in funcs or b in used_helpers]
        if edges:
            a, b = rng.choice(edges)
            marks.setdefault(a, rng.choice(names))
            marks[b] = rng.choice([n for n in names if n != marks[a]])

    placement = {f: rng.choice(["def", "decl", "both"]) for f in sorted(marks)}
    extern = {f for f in sorted(marks) if f.startswith("func_") and (
        static == "drop" or (static == "mix" and rng.random() < 0.5))}
    # Calls through function pointers: some functions get a global pointer
    # (volatile, so the optimiser cannot turn the call back into a direct
    # one, or const, so it may) and some of their calls go through it.
    pointers, volatile = set(), rng.random() < 0.7
    if rng.random() < 0.5:
        pointers = {f for f in funcs if rng.random() < (
            0.6 if f in marks else 0.2)}
    indirect = 0

    def call_site(m):
        nonlocal indirect
        if m.group(1) in pointers and rng.random() < 0.7:
            indirect += 1
            return "fp_" + m.group(0)
        return m.group(0)

    # Main's body into a split: then only split code uses the globals (and
    # printf, and csmith's CRC tables), so they move out of main too.
    main_split = rng.choice(names) if rng.random() < 0.4 else None
    if main_split:
        marks["csmith_main"] = main_split

    # The exit status: csmith's 0, or from the checksum, returned from main
    # or passed to exit() (which may then run inside a split).
    ending = rng.choice(["return 0;", "return 0;",
                         "return (int)(crc32_context % 101);",
                         "exit((int)(crc32_context % 101));"])

    out, pointer_decls, in_functions = [], [], False
    for line in lines:
        m = FUNC_LINE.match(line)
        if line == "    return 0;" and out and "platform_main_end(" in out[-1]:
            line = "    " + ending
        if main_split and line.startswith("int main "):
            out.append('WSPLIT("%s") int csmith_main(int argc, char *argv[])'
                       % main_split)
            continue
        if m and m.group(2) in pointers and m.group(3):
            proto = re.sub(r"^static\s+", "", m.group(1))
            proto = re.sub(r"\b(func_\d+)\s*\(", r"(*%s fp_\1)(" % (
                "volatile" if volatile else "const"), proto, count=1)
            pointer_decls.append("static %s = %s;" % (proto, m.group(2)))
        if m and m.group(2) in marks:
            f = m.group(2)
            if f in extern:
                line = re.sub(r"^static\s+", "", line)
            if placement[f] == "both" or placement[f] == (
                    "decl" if m.group(3) else "def"):
                line = 'WSPLIT("%s") %s' % (marks[f], line)
        elif line.strip() == '#include "csmith.h"':
            prelude = ["#include <stdint.h>", "#include <stdlib.h>",
                       "#include <wsplit.h>"]
            prelude += ['WSPLIT("%s") %s;' % (marks[h], helpers[h])
                        for h in used_helpers if h in marks]
            line = "\n".join(prelude + [line])
        elif line.startswith("/* --- FUNCTIONS --- */"):
            line = "\n".join(pointer_decls + [line])
            in_functions = True
        elif in_functions and pointers and not m:
            line = re.sub(r"\b(func_\d+)\s*\(", call_site, line)
        out.append(line)
    if main_split:
        out.append("int main(int argc, char *argv[]) "
                   "{ return csmith_main(argc, argv); }")
    stats = {
        "splits": len(set(marks.values())),
        "marked": len(marks),
        "functions": len(funcs),
        "nested": len(cross_edges()),
        "indirect": indirect,
        "main-split": 1 if main_split else 0,
    }
    return "\n".join(out), marks, stats


# ===----------------------------------------------------------------------===#
# One case
# ===----------------------------------------------------------------------===#


class Case:
    def __init__(self, index, seed):
        self.index = index
        rng = random.Random("%s/%d" % (seed, index))
        self.rng = rng
        self.csmith_seed = rng.getrandbits(31)
        self.csmith_args = [
            "--max-funcs", str(rng.randint(4, 14)),
            "--max-block-depth", str(rng.choice([2, 3, 4])),
            "--max-expr-complexity", str(rng.choice([4, 6, 8])),
        ]
        if rng.random() < 0.3:
            self.csmith_args.append("--no-packed-struct")
        self.opt = rng.choice(OPT_LEVELS)
        self.lto = rng.choice(LTO_CHOICES)
        self.mode = rng.choice(MODES)
        self.flags = list(rng.choice(FLAG_CHOICES))
        self.status = None   # "pass", a SKIP_REASONS or a FAIL_KINDS entry
        self.detail = ""
        self.stats = {}
        self.loaded = 0      # splits the split run loaded
        self.secs = 0.0

    def describe(self):
        return "case %d: csmith --seed %d %s; %s; %s" % (
            self.index, self.csmith_seed, " ".join(self.csmith_args),
            " ".join(self.build_flags(self.opt)), self.mode)

    def build_flags(self, opt):
        """The options both builds get besides the target and includes."""
        return [opt] + (["-flto=" + self.lto] if self.lto else []) + \
            self.flags


def cflags(tools, case, opt):
    return (["--target=wasm32-wasip1", "--sysroot=" + tools.sysroot,
             "-I" + tools.include, "-I" + CSMITH_INCLUDE, "-w"] +
            case.build_flags(opt) + tools.extra_flags)


LINK_FLAGS = ["-Wl,--emit-relocs", "--no-wasm-opt"]


def build_and_compare(case, tools, dir, src, timeouts):
    """Builds src unsplit and split in dir, runs both, compares. Sets
    case.status and case.detail; returns the commands for repro.sh."""
    flags = cflags(tools, case, case.opt)
    plain_cc = [tools.clang] + flags + [src, "-o", "plain.wasm"] + LINK_FLAGS
    split_cc = ([tools.clang] + flags + ["-fplugin=" + tools.plugin, src,
                                         "-o", "app.wasm"] + LINK_FLAGS)
    wsplit = [tools.wsplit, "app.wasm", "-o", "out", "--print-plan"]
    plain_run = [tools.node, tools.run_wasi, "plain.wasm", "1"]
    split_run = [tools.node]
    if case.mode == "sync":
        split_run += ["--import", tools.no_jspi]
    split_run += ["out/app.js", "1"]
    cmds = [plain_cc, split_cc, ["rm", "-rf", "out"], wsplit, plain_run,
            split_run]

    def fail(kind, detail):
        case.status, case.detail = kind, detail
        return cmds

    r = run(plain_cc, timeouts["compile"], cwd=dir)
    if r.code != 0 or r.timed_out:
        case.status = "plain-compile"
        case.detail = "timeout" if r.timed_out else text(r.err, 10)
        return cmds
    r = run(split_cc, timeouts["compile"], cwd=dir)
    if r.code != 0 or r.timed_out:
        return fail("split-compile", "timeout" if r.timed_out else text(r.err))
    shutil.rmtree(os.path.join(dir, "out"), ignore_errors=True)
    r = run(wsplit, timeouts["wsplit"], cwd=dir)
    if r.code != 0 or r.timed_out:
        return fail("wsplit", "timeout" if r.timed_out else text(r.err))
    plan = r.out.decode(errors="replace")
    with open(os.path.join(dir, "plan.txt"), "w") as f:
        f.write(plan)
    case.stats["modules"] = len(re.findall(r"^(?:split|chunk) ", plan, re.M))
    if tools.validate:
        for name in sorted(os.listdir(os.path.join(dir, "out"))):
            if name.endswith(".wasm"):
                v = run([tools.validate, "--enable-all",
                         os.path.join("out", name)],
                        timeouts["wsplit"], cwd=dir)
                if v.code != 0:
                    return fail("validate", "%s: %s" % (name, text(v.err)))
    env = node_env()
    ref = run_program(plain_run, timeouts["run"], dir, env)
    case.stats["run-secs"] = ref.secs
    if ref.timed_out:
        case.status = "plain-timeout"
        return cmds
    # The split program may be slower (loading, one indirect call per split
    # call) but not by much.
    got = run_program(split_run, 3 * timeouts["run"], dir, env)
    case.loaded = len(re.findall(rb"^wsplit: loaded split=(?!null)", got.err,
                                 re.M))
    kind = None
    if got.timed_out:
        kind, detail = "split-timeout", "unsplit ran %.1fs" % ref.secs
    elif got.out != ref.out:
        kind, detail = "stdout", diff_text(ref.out, got.out) + text(got.err, 8)
    elif got.code != ref.code:
        kind, detail = "exit", "unsplit %d, split %d\n%s" % (
            ref.code, got.code, text(got.err))
    if kind:
        why = unstable(case, tools, dir, src, ref, got, timeouts)
        if why:
            case.status = "unstable"
            case.detail = "%s: %s\n%s" % (kind, why, detail)
            return cmds
        return fail(kind, detail)
    case.status = "pass"
    return cmds


def unstable(case, tools, dir, src, ref, got, timeouts):
    """Before a difference counts as a bug: does the unsplit program behave
    the same at every optimisation level? csmith programs are meant to be
    free of undefined behaviour, but some loop forever at -O0 in a loop the
    optimiser may assume to terminate (C11 6.8.5p6) and deletes; splitting
    moves such a loop across a call the optimiser cannot see through, and
    the outputs differ for a reason that is not wsplit's. Returns why the
    program is unstable, or None. The split run's behaviour is usually the
    unsplit one at another level; the reason says so when it is."""
    same, differs = [], []
    for opt in OPT_LEVELS:
        if opt == case.opt:
            continue
        wasm = "plain%s.wasm" % opt
        r = run([tools.clang] + cflags(tools, case, opt) +
                [src, "-o", wasm] + LINK_FLAGS, timeouts["compile"], cwd=dir)
        if r.code != 0 or r.timed_out:
            return "unsplit does not build at %s" % opt
        r = run_program([tools.node, tools.run_wasi, wasm, "1"],
                        3 * timeouts["run"], dir, node_env())
        if r.timed_out != ref.timed_out or r.out != ref.out or \
                r.code != ref.code:
            differs.append(opt)
        if r.timed_out == got.timed_out and (
                got.timed_out or (r.out == got.out and r.code == got.code)):
            same.append(opt)
    if not differs:
        return None
    return "unsplit differs between %s and %s; the split run is %s" % (
        case.opt, " ".join(differs),
        "like unsplit at " + " ".join(same) if same else "like none of them")


def text(data, lines=20):
    s = data.decode(errors="replace").rstrip("\n").split("\n")
    s = [l for l in s if not l.startswith("wsplit: ") or "error" in l
         or "cannot" in l]
    return "\n".join(s[-lines:])


def diff_text(ref, got):
    a = ref.decode(errors="replace").split("\n")
    b = got.decode(errors="replace").split("\n")
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "first difference at stdout line %d:\n  unsplit: %s\n  split:   %s\n" % (
                i + 1, x, y)
    return "unsplit has %d lines, split %d; last unsplit line: %s\n" % (
        len(a), len(b), a[-2] if len(a) > 1 else "")


def run_case(case, tools, root, helpers, static, timeouts):
    start = time.monotonic()
    try:
        run_case_in(case, tools, root, helpers, static, timeouts)
    except Exception as e:  # a broken setup (tool missing, disk full)
        case.status, case.detail = "error", "%s: %s" % (type(e).__name__, e)
    case.secs = time.monotonic() - start
    return case


def run_case_in(case, tools, root, helpers, static, timeouts):
    dir = os.path.join(root, "case-%d" % case.index)
    shutil.rmtree(dir, ignore_errors=True)
    os.makedirs(dir)
    # A program whose main reaches fewer than MIN_REACHABLE functions tests
    # little; draw another csmith seed (at most twice).
    for attempt in range(3):
        gen = [tools.csmith, "--seed", str(case.csmith_seed)] + \
            case.csmith_args + ["-o", "gen.c"]
        r = run(gen, timeouts["csmith"], cwd=dir)
        if r.code != 0 or r.timed_out:
            case.status, case.detail = "csmith", text(r.err)
            return
        with open(os.path.join(dir, "gen.c")) as f:
            source = f.read()
        graph = call_graph(source.split("\n"))
        if len([f for f in reachable(graph) if f.startswith("func_")]) >= \
                MIN_REACHABLE:
            break
        case.csmith_seed = case.rng.getrandbits(31)
    marked, marks, case.stats = mark_program(source, case.rng, helpers,
                                                 static)
    with open(os.path.join(dir, "test.c"), "w") as f:
        f.write(marked)
    cmds = build_and_compare(case, tools, dir, "test.c", timeouts)
    write_repro(dir, [gen] + cmds, case.describe())


def write_repro(dir, cmds, title):
    with open(os.path.join(dir, "repro.sh"), "w") as f:
        f.write("#!/bin/sh\n# %s\n# test.c is gen.c with its split points "
                "marked.\nset -x\n" % title)
        for c in cmds:
            line = " ".join(shlex.quote(x) for x in c)
            if "node" in os.path.basename(c[0]):
                line = "timeout 60 " + line + "; echo exit $?"
            f.write(line + "\n")


# ===----------------------------------------------------------------------===#
# Driver
# ===----------------------------------------------------------------------===#


def parse_args(argv):
    p = argparse.ArgumentParser(description="differential testing of wsplit with csmith programs",
                                formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--seed", default="1", help="master seed (default 1)")
    p.add_argument("--count", type=int, default=10,
                   help="number of programs (default 10)")
    p.add_argument("--first", type=int, default=0,
                   help="index of the first program (default 0)")
    p.add_argument("--only", type=int, action="append",
                   help="run only this case index (repeatable)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--keep", metavar="DIR",
                   help="copy every failing case's directory here")
    p.add_argument("--work", metavar="DIR",
                   help="work directory (default: a temporary one, removed); "
                   "a failing case's files stay in DIR/case-N")
    p.add_argument("--keep-all", action="store_true",
                   help="with --work: keep the files of every case")
    p.add_argument("--require-passes", type=int, default=0, metavar="N",
                   help="fail unless at least N programs passed")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="one line per program")
    p.add_argument("--build", help="wsplit build directory (default tools)")
    for tool in ("clang", "plugin", "sysroot", "include", "wsplit", "node",
                 "csmith"):
        p.add_argument("--" + tool)
    p.add_argument("--static", choices=["keep", "drop", "mix"], default="mix",
                   help="whether marked functions stay static (default: mix)")
    p.add_argument("--no-lto", action="store_true",
                   help="build no case with LTO (the cases are otherwise "
                   "the same)")
    p.add_argument("--flags", metavar="FLAGS",
                   help="more compile and link flags for both builds, e.g. "
                   "--flags=-Wl,--no-gc-sections")
    p.add_argument("--no-validate", action="store_true",
                   help="do not run wasm-validate on the outputs")
    p.add_argument("--timeout", type=float, default=5,
                   help="CPU seconds for one unsplit run (default 5); the "
                   "split run gets three times as many")
    p.add_argument("--file", help="compare this source file instead of "
                   "generating programs")
    p.add_argument("-O", dest="opt", default="2",
                   help="with --file: optimisation level (0 1 2 3 s z)")
    p.add_argument("--lto", choices=["full", "thin"], help="with --file")
    p.add_argument("--mode", choices=MODES, default="jspi", help="with --file")
    p.add_argument("--expect", choices=FAIL_KINDS, help="with --file: exit 0 "
                   "exactly when the file fails this way (to reduce it)")
    return p.parse_args(argv)


def summarize(cases, seconds, jobs):
    counts = {}
    for c in cases:
        counts[c.status] = counts.get(c.status, 0) + 1
    passed = counts.get("pass", 0)
    failed = sum(counts.get(k, 0) for k in FAIL_KINDS)
    skipped = sum(counts.get(k, 0) for k in SKIP_REASONS)
    built = [c for c in cases if c.status == "pass"]
    lines = ["difftest: %d programs: %d passed, %d mismatched, %d skipped" % (
        len(cases), passed, failed, skipped)]
    for group, keys in (("mismatches", FAIL_KINDS), ("skips", SKIP_REASONS)):
        parts = ["%s %d" % (k, counts[k]) for k in keys if counts.get(k)]
        if parts:
            lines.append("difftest: %s: %s" % (group, ", ".join(parts)))
    if built:
        lines.append(
            "difftest: passed programs: %d marked functions, %d with nested "
            "splits, %d with calls through pointers, %d with main's body "
            "split, %d split/chunk modules, %d loaded a split, %d loaded two "
            "or more" % (
                sum(c.stats.get("marked", 0) for c in built),
                sum(1 for c in built if c.stats.get("nested")),
                sum(1 for c in built if c.stats.get("indirect")),
                sum(1 for c in built if c.stats.get("main-split")),
                sum(c.stats.get("modules", 0) for c in built),
                sum(1 for c in built if c.loaded >= 1),
                sum(1 for c in built if c.loaded >= 2)))
    lines.append("difftest: %.1f s wall, %.1f s per program, -j%d" % (
        seconds, sum(c.secs for c in cases) / max(1, len(cases)), jobs))
    return "\n".join(lines), passed, failed


def main(argv):
    args = parse_args(argv)
    tools = Tools(args)
    timeouts = {"csmith": 30, "compile": 180, "wsplit": 60,
                "run": args.timeout}
    root = args.work or tempfile.mkdtemp(prefix="wsplit-difftest-")
    os.makedirs(root, exist_ok=True)
    start = time.monotonic()
    try:
        if args.file:
            return compare_file(args, tools, root, timeouts)
        helpers = helper_prototypes(tools, root)
        indices = args.only or range(args.first, args.first + args.count)
        cases = [Case(i, args.seed) for i in indices]
        if args.no_lto:
            for c in cases:
                c.lto = None
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            futures = [pool.submit(run_case, c, tools, root, helpers,
                                   args.static, timeouts)
                       for c in cases]
            for f in concurrent.futures.as_completed(futures):
                c = f.result()
                bad = c.status in FAIL_KINDS
                # An unstable program is skipped, but worth a look.
                shown = bad or c.status == "unstable"
                if shown or args.verbose:
                    print("%s %s: %s (%.1fs, unsplit ran %.2fs, %d marked, %d "
                          "csmith functions reachable, %d nested calls, %d "
                          "loaded)" % (
                              "FAIL" if bad else c.status.upper(),
                              "seed %s" % args.seed, c.describe(), c.secs,
                              c.stats.get("run-secs", 0),
                              c.stats.get("marked", 0),
                              c.stats.get("functions", 0),
                              c.stats.get("nested", 0), c.loaded), flush=True)
                if shown or (args.verbose and c.detail):
                    print("  " + c.detail.replace("\n", "\n  "), flush=True)
                if shown and args.keep and os.path.isdir(
                        os.path.join(root, "case-%d" % c.index)):
                    dest = os.path.join(args.keep, "seed%s-case%d" % (
                        args.seed, c.index))
                    shutil.rmtree(dest, ignore_errors=True)
                    shutil.copytree(os.path.join(root, "case-%d" % c.index),
                                    dest)
                    print("  kept in " + dest, flush=True)
                if not (args.keep_all or shown):
                    shutil.rmtree(os.path.join(root, "case-%d" % c.index),
                                  ignore_errors=True)
        report, passed, failed = summarize(
            sorted(cases, key=lambda c: c.index), time.monotonic() - start,
            args.jobs)
        print(report, flush=True)
        if failed:
            return 1
        if passed < args.require_passes:
            print("difftest: error: only %d programs passed, %d required" % (
                passed, args.require_passes))
            return 1
        return 0
    finally:
        if not args.work:
            shutil.rmtree(root, ignore_errors=True)


def compare_file(args, tools, root, timeouts):
    case = Case(0, "file")
    case.opt = "-O" + args.opt
    case.lto = args.lto
    case.mode = args.mode
    case.flags = []
    src = os.path.abspath(args.file)
    what = "%s, %s" % (" ".join(cflags(tools, case, case.opt)[5:]), case.mode)
    cmds = build_and_compare(case, tools, root, src, timeouts)
    write_repro(root, cmds, "%s: %s" % (args.file, what))
    name = os.path.basename(src)
    if args.expect:
        # An interestingness test for creduce/cvise: quiet, and true only
        # for the failure being reduced (never for an unstable program).
        return 0 if case.status == args.expect else 1
    if case.status == "pass":
        print("difftest: %s: same stdout and exit status (%s, %d splits "
              "loaded)" % (name, what, case.loaded))
        return 0
    print("difftest: %s: %s (%s)\n  %s" % (
        name, case.status, what, case.detail.replace("\n", "\n  ")))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
