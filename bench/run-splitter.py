#===-- bench/run-splitter.py - wsplit against Binaryen's wasm-split -------===#
#
# The splitter benchmark (issue 3, item 7). For every input it
#
#   1. generates a large seeded C program (gen_program.py), compiles it with
#      clang 22 and the wsplit plugin and links it with --emit-relocs; inputs
#      are cached under <build>/bench/inputs, keyed by everything that
#      changes them;
#   2. runs `wsplit in.wasm -o dir` and Binaryen's `wasm-split` on the same
#      file, Binaryen moving the functions wsplit moved out of main (read
#      from `wsplit --print-plan` and the manifest);
#   3. measures wall time (best and median of --runs), CPU time and peak RSS
#      of the child (os.wait4's rusage, so no `time` package is needed);
#   4. prints one table (ratio per input, time against input size and
#      against the number of splits) and the targets with PASS or MISS.
#
# --profile also runs the largest input under callgrind and massif with a
# Release wsplit built with -g and prints where the instructions and the heap go.
#
# Python 3 standard library only. See bench/README.md.
#
#===----------------------------------------------------------------------===#

import argparse
import concurrent.futures
import hashlib
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_program  # noqa: E402

LLVM_BIN = "/usr/lib/llvm-22/bin"
CLANG = f"{LLVM_BIN}/clang"
BYTES_PER_FUNCTION = 345  # measured at -O1; only used to pick counts
MB = 1e6

# (series, label, target MB, splits). The 12 MB / 100-split input belongs to
# both series and is run once.
FULL = {
    "size": [(1, 100), (3, 100), (6, 100), (12, 100), (24, 100)],
    "splits": [(12, 1), (12, 10), (12, 100), (12, 300)],
}
QUICK = {
    "size": [(1, 30), (3, 30), (10.5, 30)],
    "splits": [(3, 1), (3, 10), (3, 30)],
}

TARGET_SPEEDUP = 10.0
TARGET_MBPS = 100.0
TARGET_RSS_RATIO = 3.0
# Largest acceptable log-log slope of time against size (1 = linear) and
# against the number of splits, between neighbouring rows and overall.
TARGET_SIZE_SLOPE = 1.15
TARGET_SPLITS_SLOPE = 1.15


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --- Inputs ---------------------------------------------------------------


def compile_flags(build):
    return ["--target=wasm32-wasip1", f"--sysroot={build}/sysroot",
            f"-fplugin={build}/lib/wsplit-plugin.so",
            f"-I{ROOT}/runtime/include", "-O1"]


def input_key(build, seed, nfuncs, nsplits):
    """Everything the generated wasm depends on."""
    h = hashlib.sha256()
    for f in ("gen_program.py",):
        h.update(open(os.path.join(HERE, f), "rb").read())
    h.update(sha256_file(f"{build}/lib/wsplit-plugin.so").encode())
    h.update(sha256_file(f"{ROOT}/runtime/include/wsplit.h").encode())
    h.update(subprocess.run([CLANG, "--version"], capture_output=True,
                            check=True).stdout)
    h.update(f"{seed}:{nfuncs}:{nsplits}:{compile_flags('@')}".encode())
    return h.hexdigest()[:16]


def build_input(build, seed, mb, nsplits, jobs):
    nfuncs = max(200, int(mb * MB / BYTES_PER_FUNCTION))
    key = input_key(build, seed, nfuncs, nsplits)
    d = f"{build}/bench/inputs/n{nfuncs}-s{nsplits}-{key}"
    wasm = f"{d}/app.wasm"
    if os.path.exists(wasm):
        return wasm, nfuncs
    log(f"bench: generating {nfuncs} functions, {nsplits} splits in {d}")
    src = f"{d}.tmp"
    shutil.rmtree(src, ignore_errors=True)
    os.makedirs(src)
    files = gen_program.generate(seed, nfuncs, nsplits)
    for name, text in files.items():
        with open(f"{src}/{name}", "w") as f:
            f.write(text)
    flags = compile_flags(build)

    def cc(name):
        subprocess.run([CLANG, *flags, "-c", name, "-o", name + ".o"],
                       cwd=src, check=True)
        return name + ".o"

    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        objs = list(pool.map(cc, sorted(files)))
    subprocess.run([CLANG, *flags, *objs, "-o", "app.wasm",
                    "-Wl,--emit-relocs", "--no-wasm-opt"], cwd=src, check=True)
    for o in objs:
        os.remove(f"{src}/{o}")
    log(f"bench:   compiled and linked in {time.perf_counter() - t0:.0f} s")
    shutil.rmtree(d, ignore_errors=True)
    os.rename(src, d)
    # Inputs with the same parameters from an older plugin or generator.
    parent = os.path.dirname(d)
    for old in os.listdir(parent):
        if old.startswith(f"n{nfuncs}-s{nsplits}-") and f"{parent}/{old}" != d:
            shutil.rmtree(f"{parent}/{old}", ignore_errors=True)
    return wasm, nfuncs


def wasm_function_names(path):
    """The function names of the input's name section."""
    data = open(path, "rb").read()

    def uleb(p):
        r = shift = 0
        while True:
            b = data[p]
            p += 1
            r |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return r, p

    p = 8
    names = {}
    while p < len(data):
        sid = data[p]
        size, p = uleb(p + 1)
        end = p + size
        if sid == 0:
            n, q = uleb(p)
            if data[q:q + n] == b"name":
                q += n
                while q < end:
                    sub = data[q]
                    ssize, q = uleb(q + 1)
                    if sub == 1:
                        count, r = uleb(q)
                        for _ in range(count):
                            idx, r = uleb(r)
                            ln, r = uleb(r)
                            names[idx] = data[r:r + ln].decode("utf-8", "replace")
                            r += ln
                    q += ssize
        p = end
    return names


def parse_plan(text):
    """--print-plan output -> [(kind, name, file, [function names])]."""
    mods = []
    head = re.compile(r"^(main|split|chunk) (\S+) (\S+): \d+ functions")
    for line in text.splitlines():
        m = head.match(line)
        if m:
            mods.append((m.group(1), m.group(2), m.group(3).rstrip(":"), []))
        elif line.startswith("  function ") and mods:
            mods[-1][3].append(line[len("  function "):].rsplit(" ", 1)[0])
    return mods


def unescape_key(key):
    key = re.sub(r"\.[0-9a-f]{16}$", "", key)  # local-linkage suffix
    return re.sub(r"%([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), key)


def binaryen_lists(wasm, plan, manifest):
    """The input names of the functions wsplit moved out of main: all of them
    ("union") and per split (the split module plus the chunks it loads)."""
    names = wasm_function_names(wasm)
    count = {}
    for n in names.values():
        count[n] = count.get(n, 0) + 1
    impl = {}  # (split, name as the plan prints it) -> input name
    for n in names.values():
        if not n.startswith("__wsplit_impl.") or n.endswith(".command_export"):
            continue
        split, key = n[len("__wsplit_impl."):].split(".", 1)
        symbol = unescape_key(key)
        for f in manifest["splits"].get(split, {}).get("functions", []):
            if f["symbol"] == symbol:
                impl[(split, f["name"])] = n
    by_file = {}
    unmatched = 0
    for kind, name, file, fns in plan:
        if kind == "main":
            continue
        out = []
        for f in fns:
            n = impl.get((name, f)) if kind == "split" else None
            if n is None and count.get(f) == 1:
                n = f
            if n is None:
                unmatched += 1
                continue
            out.append(n)
        by_file[file] = out
    union = [n for fns in by_file.values() for n in fns]
    per_split = {}
    for split, info in manifest["splits"].items():
        per_split[split] = [n for f in info["files"]
                            for n in by_file.get(f["file"], [])]
    return union, per_split, unmatched


# --- Measuring ------------------------------------------------------------


def run_measured(cmd, work):
    """Runs cmd under /usr/bin/time; returns (wall s, cpu s, peak RSS bytes).

    The peak RSS comes from /usr/bin/time, not from this process's wait4:
    Linux carries a process's high-water RSS across fork and exec, so a
    child forked from this (large) Python process would report Python's."""
    rss_file = f"{work}/rss.txt"
    t0 = time.perf_counter()
    p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss_file, *cmd],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed ({code}):\n"
                 + err.decode(errors="replace")[-2000:])
    rss = int(open(rss_file).read().split()[-1]) * 1024
    return wall, ru.ru_utime + ru.ru_stime, rss


def instructions(cmd, fresh_dir, work):
    """User-space instructions of one run (all threads), or None without a
    working `perf`: unlike time, this does not depend on the machine's load."""
    if not shutil.which("perf"):
        return None
    shutil.rmtree(fresh_dir, ignore_errors=True)
    os.makedirs(fresh_dir)
    out = f"{work}/perf.txt"
    p = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", "-o",
                        out, *cmd], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    if p.returncode != 0:
        return None
    for line in open(out):
        f = line.split(",")
        if len(f) > 2 and f[2].startswith("instructions") and f[0].isdigit():
            return int(f[0])
    return None


def measure(cmd, runs, fresh_dir, work):
    """Best/median wall, best CPU and max peak RSS over `runs` runs after one
    warm-up run. fresh_dir is emptied before every run."""
    samples = []
    for i in range(runs + 1):
        shutil.rmtree(fresh_dir, ignore_errors=True)
        os.makedirs(fresh_dir)
        s = run_measured(cmd, work)
        if i:
            samples.append(s)
    walls = [s[0] for s in samples]
    return {"best": min(walls), "median": statistics.median(walls),
            "cpu": min(s[1] for s in samples),
            "rss": max(s[2] for s in samples),
            "instr": instructions(cmd, fresh_dir, work)}


def wsplit_phases(wsplit, wasm, out):
    shutil.rmtree(out, ignore_errors=True)
    p = subprocess.run([wsplit, "-v", wasm, "-o", out], capture_output=True,
                       text=True, check=True)
    phases = {}
    for line in p.stderr.splitlines():
        m = re.match(r"-- (.+?)\s+([0-9.]+) ms", line)
        if m:
            phases[m.group(1)] = float(m.group(2))
    return phases


def bench_input(args, build, wasm, nfuncs, nsplits):
    wsplit = f"{build}/bin/wsplit"
    work = f"{build}/bench/work"
    size = os.path.getsize(wasm)
    plan_text = subprocess.run([wsplit, "--print-plan", wasm],
                               capture_output=True, text=True,
                               check=True).stdout
    plan = parse_plan(plan_text)
    out = f"{work}/wsplit-out"
    phases = wsplit_phases(wsplit, wasm, out)
    manifest = json.load(open(f"{out}/app.manifest.json"))
    union, per_split, unmatched = binaryen_lists(wasm, plan, manifest)
    moved = sum(len(fns) for kind, _, _, fns in plan if kind != "main")
    os.makedirs(work, exist_ok=True)
    with open(f"{work}/split-funcs.txt", "w") as f:
        f.write("\n".join(union) + "\n")

    log(f"bench: {os.path.basename(os.path.dirname(wasm))}: "
        f"{size / MB:.1f} MB, wsplit x{args.runs}")
    w = measure([wsplit, wasm, "-o", out], args.runs, out, work)
    bout = f"{work}/binaryen-out"
    bcmd = lambda lst: ["wasm-split", "-g", wasm, f"--split-funcs=@{lst}",
                        "-o1", f"{bout}/primary.wasm",
                        "-o2", f"{bout}/secondary.wasm"]
    log(f"bench:   wasm-split (all {len(union)} moved functions) "
        f"x{args.binaryen_runs}")
    b = measure(bcmd(f"{work}/split-funcs.txt"), args.binaryen_runs, bout,
                work)
    # What a Binaryen user pays for the same modules: one wasm-split per
    # split. Timed on up to --sample splits, scaled to all of them.
    per = None
    if len(per_split) > 1 and args.sample:
        names = sorted(per_split)
        pick = sorted({names[round(i * (len(names) - 1) / max(1, args.sample - 1))]
                       for i in range(args.sample)})
        times = []
        for s in pick:
            with open(f"{work}/split-{s}.txt", "w") as f:
                f.write("\n".join(per_split[s]) + "\n")
            times.append(run_measured(bcmd(f"{work}/split-{s}.txt"), work)[0])
        per = statistics.mean(times) * len(per_split)
    return {
        "file": wasm, "bytes": size, "funcs": nfuncs, "splits": nsplits,
        "modules": len(plan), "moved": moved, "passed": len(union),
        "unmatched": unmatched, "w": w, "b": b, "per": per, "phases": phases,
    }


def cpu_pressure():
    """The share of the last 10 s in which runnable tasks waited for a CPU
    (Linux PSI), or None."""
    try:
        text = open("/proc/pressure/cpu").read()
    except OSError:
        return None
    m = re.search(r"some avg10=([0-9.]+)", text)
    return float(m.group(1)) if m else None


def baseline_rss(build):
    work = f"{build}/bench/work"
    return min(run_measured([f"{build}/bin/wsplit", "--version"], work)[2]
               for _ in range(3))


# --- Report ---------------------------------------------------------------


def slope(a, b, key, metric="wall"):
    """Log-log slope of wsplit's cost between rows a and b against key."""
    x0, x1 = a[key], b[key]
    if metric == "wall":
        y0, y1 = a["w"]["best"], b["w"]["best"]
    else:
        y0, y1 = a["w"]["instr"], b["w"]["instr"]
    if x0 == x1 or not y0 or not y1:
        return None
    return math.log(y1 / y0) / math.log(x1 / x0)


def fmt_ms(s):
    return f"{s * 1000:.1f}" if s < 10 else f"{s * 1000:.0f}"


def fmt_slope(s):
    return f"{s:.2f}" if s is not None else "-"


def pf(ok):
    return "PASS" if ok else "MISS"


def report(rows_by_series):
    cols = [("series", 6, "<"), ("MB", 6, ">"), ("funcs", 6, ">"),
            ("splits", 6, ">"), ("mods", 5, ">"),
            # wsplit
            ("ws best", 8, ">"), ("med", 7, ">"), ("cpu", 7, ">"),
            ("Minstr", 7, ">"), ("MB/s", 5, ">"), ("slope", 5, ">"),
            ("islope", 6, ">"), ("RSS MB", 6, ">"), ("RSS/in", 6, ">"),
            # wasm-split
            ("bin best", 8, ">"), ("med", 7, ">"), ("cpu", 7, ">"),
            ("Minstr", 7, ">"), ("RSS MB", 6, ">"),
            # comparison
            ("speedup", 7, ">"), ("cpu x", 6, ">"), ("xS est", 8, ">"),
            ("vs xS", 6, ">"),
            ("MB/s", 4, "<"), ("RSS", 4, "<"), ("10x", 4, "<")]
    header = " ".join(f"{n:{a}{w}}" for n, w, a in cols)
    lines = [header, "-" * len(header)]

    def minstr(m):
        return f"{m['instr'] / 1e6:.0f}" if m["instr"] else "-"

    for series, rows in rows_by_series.items():
        key = "bytes" if series == "size" else "splits"
        prev = None
        for r in rows:
            w, b = r["w"], r["b"]
            mbps = r["bytes"] / MB / w["best"]
            speed = b["best"] / w["best"]
            vals = [series, f"{r['bytes'] / MB:.2f}", r["funcs"], r["splits"],
                    r["modules"], fmt_ms(w["best"]), fmt_ms(w["median"]),
                    fmt_ms(w["cpu"]), minstr(w), f"{mbps:.0f}",
                    fmt_slope(slope(prev, r, key)) if prev else "-",
                    fmt_slope(slope(prev, r, key, "instr")) if prev else "-",
                    f"{w['rss'] / MB:.0f}", f"{w['rss'] / r['bytes']:.1f}",
                    fmt_ms(b["best"]), fmt_ms(b["median"]), fmt_ms(b["cpu"]),
                    minstr(b), f"{b['rss'] / MB:.0f}",
                    f"{speed:.1f}x", f"{b['cpu'] / w['cpu']:.1f}x",
                    fmt_ms(r["per"]) if r["per"] else "-",
                    f"{r['per'] / w['best']:.0f}x" if r["per"] else "-",
                    pf(mbps >= TARGET_MBPS),
                    pf(w["rss"] <= TARGET_RSS_RATIO * r["bytes"]),
                    pf(speed >= TARGET_SPEEDUP) if r["bytes"] >= 10 * MB else "-"]
            lines.append(" ".join(f"{str(v):{a}{wd}}" for v, (_, wd, a) in
                                  zip(vals, cols)))
            prev = r
        lines.append("")
    return "\n".join(lines)


def targets(rows_by_series, base_rss):
    """The targets as a table: each judged on wall time and, since this
    machine may be shared, also on CPU time (speed) or instructions
    (linearity), which the load on the machine changes far less."""
    everything = {id(r): r for rows in rows_by_series.values() for r in rows}
    rows = list(everything.values())
    big = [r for r in rows if r["bytes"] >= 10 * MB]
    lines = []

    def line(what, wall, other, where):
        lines.append(f"{what:<44} {wall:<16} {other:<16} {where}")

    line("target", "by wall time", "by cpu / instr", "worst case")
    line("-" * 44, "-" * 16, "-" * 16, "-" * 24)

    def at(r):
        return f"{r['bytes'] / MB:.1f} MB, {r['splits']} splits"

    if big:
        ww = min(big, key=lambda r: r["b"]["best"] / r["w"]["best"])
        wc = min(big, key=lambda r: r["b"]["cpu"] / r["w"]["cpu"])
        sw = ww["b"]["best"] / ww["w"]["best"]
        sc = wc["b"]["cpu"] / wc["w"]["cpu"]
        line(f">= {TARGET_SPEEDUP:.0f}x faster than wasm-split (10+ MB inputs)",
             f"{pf(sw >= TARGET_SPEEDUP)} {sw:.1f}x",
             f"{pf(sc >= TARGET_SPEEDUP)} {sc:.1f}x", at(ww))
    else:
        line(f">= {TARGET_SPEEDUP:.0f}x faster than wasm-split (10+ MB inputs)",
             "MISS no input", "MISS no input", "no 10+ MB input was run")
    for label, group in (("every input", rows), ("10+ MB inputs", big)):
        if not group:
            continue
        ww = min(group, key=lambda r: r["bytes"] / r["w"]["best"])
        wc = min(group, key=lambda r: r["bytes"] / r["w"]["cpu"])
        mw = ww["bytes"] / MB / ww["w"]["best"]
        mc = wc["bytes"] / MB / wc["w"]["cpu"]
        line(f">= {TARGET_MBPS:.0f} MB/s ({label})",
             f"{pf(mw >= TARGET_MBPS)} {mw:.0f} MB/s",
             f"{pf(mc >= TARGET_MBPS)} {mc:.0f} MB/s", at(ww))
    for label, group in (("every input", rows), ("10+ MB inputs", big)):
        if not group:
            continue
        w = max(group, key=lambda r: r["w"]["rss"] / r["bytes"])
        ratio = w["w"]["rss"] / w["bytes"]
        above = (w["w"]["rss"] - base_rss) / w["bytes"]
        line(f"peak RSS <= {TARGET_RSS_RATIO:.0f}x input ({label})",
             f"{pf(ratio <= TARGET_RSS_RATIO)} {ratio:.1f}x",
             f"({above:.1f}x over base)", at(w))
    for series, key, limit, what in (
            ("size", "bytes", TARGET_SIZE_SLOPE, "time linear in input size"),
            ("splits", "splits", TARGET_SPLITS_SLOPE,
             "time near-linear in number of splits")):
        rs = rows_by_series.get(series, [])
        if len(rs) < 2:
            continue
        verdicts = []
        worst_at = None
        for metric in ("wall", "instr"):
            steps = [slope(a, b, key, metric) for a, b in zip(rs, rs[1:])]
            overall = slope(rs[0], rs[-1], key, metric)
            if overall is None or None in steps:
                verdicts.append("- no perf")
                continue
            worst = max(steps)
            if metric == "wall":
                i = steps.index(worst)
                worst_at = (f"steepest {rs[i][key] / (MB if key == 'bytes' else 1):.3g}"
                            f"->{rs[i + 1][key] / (MB if key == 'bytes' else 1):.3g}")
            verdicts.append(f"{pf(worst <= limit and overall <= limit)} "
                            f"{overall:.2f}/{worst:.2f}")
        line(f"{what} (slope <= {limit})", verdicts[0], verdicts[1],
             worst_at or "")
    lines.append("")
    lines.append("Slopes are log-log: all rows of the series / steepest step "
                 "between neighbouring rows; 1.0 is linear, 0 flat. 'over "
                 "base': RSS above what wsplit --version alone peaks at.")
    return "\n".join(lines)


def phases_table(rows_by_series):
    everything = {id(r): r for rows in rows_by_series.values() for r in rows}
    rows = sorted(everything.values(), key=lambda r: (r["bytes"], r["splits"]))
    names = []
    for r in rows:
        for p in r["phases"]:
            if p not in names:
                names.append(p)
    head = f"{'MB':>6} {'splits':>6} " + " ".join(f"{n:>14}" for n in names)
    lines = [head]
    for r in rows:
        lines.append(f"{r['bytes'] / MB:6.2f} {r['splits']:6} " + " ".join(
            f"{r['phases'].get(n, 0):14.1f}" for n in names))
    return "\n".join(lines)


# --- Profiling ------------------------------------------------------------


def prof_build(args, build):
    """wsplit with the benchmarked build's flags plus line tables that
    valgrind 3.19 reads (not clang 22's DWARF 5)."""
    prof = f"{build}/bench/prof-build"
    if not os.path.exists(f"{prof}/build.ninja"):
        subprocess.run(["cmake", "-S", ROOT, "-B", prof, "-G", "Ninja",
                        "-DCMAKE_BUILD_TYPE=Release",
                        "-DCMAKE_CXX_FLAGS=-g -gdwarf-4 -fno-omit-frame-pointer",
                        f"-DLLVM_DIR={LLVM_BIN}/../lib/cmake/llvm",
                        f"-DCMAKE_C_COMPILER={CLANG}",
                        f"-DCMAKE_CXX_COMPILER={CLANG}++"],
                       check=True, capture_output=True)
    p = subprocess.run(["ninja", "-C", prof, "--quiet", f"-j{args.jobs}",
                        "wsplit"], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("bench: building the profiling wsplit failed:\n"
                 + p.stdout[-3000:] + p.stderr[-3000:])
    return f"{prof}/bin/wsplit"


# Frames every run goes through; left out of the inclusive list.
BORING = re.compile(r"\(below main\)|libc_start|ld-linux|^main$|wsplit\.cpp:main|"
                    r"splitModule|splitBuffer|^$|0x[0-9a-f]+('\d+)?$")


def strip_params(fn):
    """Drops a function's trailing parameter list (and const)."""
    s = re.sub(r"( const)?('\d+)?$", "", fn)
    if not s.endswith(")"):
        return fn
    depth = 0
    for i in range(len(s) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(s[i], 0)
        if depth == 0:
            return s[:i] if i else fn
    return fn


def callgrind_top(text, n, skip_boring):
    """callgrind_annotate lines -> the n largest, one per function (it lists
    inlined code once per source file), as "count (pct) file:function"."""
    seen = {}
    for l in text.splitlines():
        m = re.match(r"\s*([0-9,]+) \(\s*([0-9.]+)%\)\s+(.*)$", l)
        if not m or "PROGRAM TOTALS" in l or "=>" in l:
            continue
        loc = re.sub(r" \[[^\]]*\]$", "", m.group(3))
        fn = loc.split(":", 1)[-1] if not loc.startswith("???") else loc[4:]
        fn = strip_params(fn)
        if skip_boring and BORING.search(fn):
            continue
        count = int(m.group(1).replace(",", ""))
        if fn not in seen or count > seen[fn][0]:
            where = loc.split(":", 1)[0]
            seen[fn] = (count, m.group(2), where)
    rows = sorted(seen.items(), key=lambda kv: -kv[1][0])[:n]
    return "\n".join(f"{c:>15,} {p:>6}%  {w}: {f}" for f, (c, p, w) in rows)


def profile(args, wsplit, build, wasm, tag):
    work = f"{build}/bench/work/profile/{tag}"
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    out = f"{work}/out"
    log(f"bench: callgrind on {wasm}")
    cg = f"{work}/callgrind.out"
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}",
                    wsplit, wasm, "-o", out], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    excl = subprocess.run(["callgrind_annotate", "--auto=no", "--threshold=99", cg],
                          capture_output=True, text=True, check=True).stdout
    incl = subprocess.run(["callgrind_annotate", "--auto=no", "--inclusive=yes",
                           "--threshold=99", cg],
                          capture_output=True, text=True, check=True).stdout
    log(f"bench: massif on {wasm}")
    ms = f"{work}/massif.out"
    subprocess.run(["valgrind", "--tool=massif", f"--massif-out-file={ms}",
                    "--depth=12", wsplit, wasm, "-o", out], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mp = subprocess.run(["ms_print", "--threshold=1", ms], capture_output=True,
                        text=True, check=True).stdout

    total = re.search(r"([0-9,]+) \(100.0%\)\s+PROGRAM TOTALS", excl)
    size = os.path.getsize(wasm)
    print(f"\nProfile of wsplit (Release + -g) on {tag}: "
          f"{os.path.basename(os.path.dirname(wasm))} ({size / MB:.1f} MB); "
          f"files in {work}")
    if total:
        n = int(total.group(1).replace(",", ""))
        print(f"instructions: {total.group(1)} ({n / size:.0f} per input byte)")
    print("\ncallgrind, self (exclusive) instructions, top 20:")
    print(callgrind_top(excl, 20, False))
    print("\ncallgrind, inclusive instructions, top 30:")
    print(callgrind_top(incl, 30, True))
    print("\nmassif: the heap at its peak, by allocation site (>= 1%), with "
          "the first wsplit frame above each:")
    m = re.search(r"Detailed snapshots: \[.*?(\d+) \(peak\)", mp)
    lines = mp.splitlines()
    start = next((i for i, l in enumerate(lines)
                  if m and re.match(rf"^\s+{m.group(1)}\s+[0-9,]+\s+[0-9,]+", l)),
                 None)
    if start is None:
        print("(no peak snapshot found)")
        return
    head = next((l for l in reversed(lines[:start]) if "total(B)" in l), "")
    print(re.sub(r"\s+", " ", head.strip()))
    print(re.sub(r"\s+", " ", lines[start].strip()))
    shown_frame = True
    for l in lines[start + 1:]:
        if l.startswith("---") or l.strip() == "":
            break
        if re.match(r"^[0-9.]+% ", l):
            print(l)
        elif l.startswith("->"):
            l = re.sub(r" \(in /usr/lib/x86_64-linux-gnu/", " (", l)
            l = re.sub(r"^(->\S+ \([0-9,]+B\)) 0x[0-9A-F]+: ", r"\1 ", l)
            print(l)
            shown_frame = False
        elif shown_frame is False and "postlink/" in l:
            print("      from " + l.split(": ", 1)[-1].strip())
            shown_frame = True


# --- Main -----------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description="Benchmark wsplit against Binaryen's wasm-split (bench/README.md).",
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--build-dir", default=os.environ.get(
        "WSPLIT_BUILD_DIR", f"{ROOT}/build"))
    ap.add_argument("--runs", type=int, default=5,
                    help="timed runs of wsplit per input (after a warm-up)")
    ap.add_argument("--binaryen-runs", type=int, default=3,
                    help="timed runs of wasm-split per input (after a warm-up)")
    ap.add_argument("--sample", type=int, default=3,
                    help="splits timed one wasm-split each, for the xS estimate")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--quick", action="store_true",
                    help="smaller inputs (still one 10+ MB input)")
    ap.add_argument("--profile", action="store_true",
                    help="also profile wsplit on the largest input")
    ap.add_argument("--json", help="also write the raw measurements here")
    args = ap.parse_args()
    build = os.path.abspath(args.build_dir)
    for tool in (f"{build}/bin/wsplit", f"{build}/lib/wsplit-plugin.so"):
        if not os.path.exists(tool):
            sys.exit(f"bench: {tool} is missing; run scripts/build.sh")
    if not shutil.which("wasm-split"):
        sys.exit("bench: wasm-split is missing; run scripts/setup.sh")

    matrix = QUICK if args.quick else FULL
    load_start = os.getloadavg()
    psi_start = cpu_pressure()
    cache = {}
    rows_by_series = {}
    for series, entries in matrix.items():
        rows_by_series[series] = []
        for mb, nsplits in entries:
            wasm, nfuncs = build_input(build, args.seed, mb, nsplits, args.jobs)
            if wasm not in cache:
                cache[wasm] = bench_input(args, build, wasm, nfuncs, nsplits)
            rows_by_series[series].append(cache[wasm])
    base = baseline_rss(build)

    load = os.getloadavg()
    psi = cpu_pressure()
    print(f"wsplit ({build}/bin/wsplit) against Binaryen "
          f"{subprocess.run(['wasm-split', '--version'], capture_output=True, text=True).stdout.strip()}"
          f"; {os.cpu_count()} CPUs, load average at the start "
          f"{load_start[0]:.1f}, at the end {load[0]:.1f}; seed {args.seed}")
    rev = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %s"],
                         capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain",
                            "postlink"], capture_output=True,
                           text=True).stdout.strip()
    print(f"source: {rev}" + (" (postlink/ has uncommitted changes)"
                               if dirty else ""))
    if psi is not None:
        print(f"CPU pressure (tasks waiting for a CPU, last 10 s): "
              f"{psi_start:.0f}% at the start, {psi:.0f}% at the end"
              + ("; the machine is busy, so wall times are inflated: compare "
                 "the cpu columns" if max(psi, psi_start) > 10 else ""))
    print(f"Times in ms. wall: best and median of {args.runs} (wsplit) and "
          f"{args.binaryen_runs} (wasm-split) runs after a warm-up; cpu: "
          f"user+sys, best run; Minstr: user-space instructions (perf stat, "
          f"one run); RSS: peak (/usr/bin/time). wsplit --version alone "
          f"peaks at {base / MB:.0f} MB RSS.\n")
    print(report(rows_by_series))
    print("Targets:")
    print(targets(rows_by_series, base))
    print("\nwasm-split moves, in one run, every function wsplit moved out of "
          "main (split modules and chunks) into its one secondary module: "
          "Binaryen 108 writes two modules, so this is its least work for "
          "the same code movement and 'speedup' is measured against it. "
          "'xS est' is what the same S modules cost with one wasm-split per "
          f"split (that split's module plus its chunks), timed on "
          f"{args.sample} splits and scaled to S.")
    mism = [r for r in cache.values() if r["unmatched"]]
    for r in mism:
        print(f"note: {r['unmatched']} of {r['moved']} moved functions in "
              f"{r['file']} have no unique name in the input; wasm-split did "
              "not get them")
    print("\nwsplit -v phases (ms), one run per input:")
    print(phases_table(rows_by_series))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows_by_series, f, indent=1)
    if args.profile:
        # The largest input, and the 10+ MB input that costs most per byte.
        rows = list(cache.values())
        largest = max(rows, key=lambda r: (r["bytes"], r["splits"]))
        big = [r for r in rows if r["bytes"] >= 10 * MB] or rows
        worst = max(big, key=lambda r: (r["w"]["instr"] or r["w"]["cpu"])
                    / r["bytes"])
        wsplit = prof_build(args, build)
        profile(args, wsplit, build, largest["file"], "largest input")
        if worst is not largest:
            profile(args, wsplit, build, worst["file"],
                    "costliest 10+ MB input per byte")


if __name__ == "__main__":
    main()
