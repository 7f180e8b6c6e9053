#===-- bench/gen_program.py - Large seeded C programs with split points ---===#
#
# Writes the C sources of a synthetic program big enough to benchmark the
# splitter: tens of thousands of functions in regions, with direct calls,
# calls through const tables of function pointers, unique string literals,
# const lookup tables and mutable globals. The same (seed, functions, splits)
# always gives the same sources, byte for byte.
#
# Regions, and the module wsplit should put each in:
#
#   main     25% of the functions, reached from main(): stays in main
#   private  one region per split point; its first function carries
#            WSPLIT("sK") (and a second split entry when the region is big
#            enough): goes to split module sK
#   pair     one pool per split K, called from splits K and K+1: a chunk
#            keyed {sK, sK+1}
#   family   one pool per 10 consecutive splits: a chunk keyed by those 10
#   global   one pool called from every split: the chunk of all splits
#
# Pools only call into themselves and into main, so the split sets that reach
# them are exactly the ones above. Every region has its own tables of
# function pointers, so table slots move with the code. Functions are
# noinline so -O1 keeps the call graph the generator drew.
#
#===----------------------------------------------------------------------===#

import random

SIGS = [
    # (C return/param type, short tag)
    ("int", "i"),
    ("long long", "l"),
    ("double", "d"),
]
TAB = 16  # entries per function-pointer table
FUNCS_PER_TU = 400


class Fn:
    __slots__ = ("name", "sig", "region", "split", "static", "tu")

    def __init__(self, name, sig, region):
        self.name = name
        self.sig = sig
        self.region = region
        self.split = None  # split name when this is a WSPLIT entry
        self.static = False
        self.tu = 0


class Region:
    __slots__ = ("name", "fns", "pools", "tables")

    def __init__(self, name):
        self.name = name
        self.fns = []
        self.pools = []  # regions this one may call into (split regions)
        self.tables = {}  # sig index -> (table name, [Fn])


def _split_counts(total, parts, rng):
    """Splits total into `parts` positive counts that vary by ±50%."""
    if parts == 0:
        return []
    weights = [0.5 + rng.random() for _ in range(parts)]
    scale = total / sum(weights)
    counts = [max(2, int(w * scale)) for w in weights]
    return counts


def plan_program(seed, nfuncs, nsplits):
    """Builds the regions and functions (no text yet)."""
    rng = random.Random(f"wsplit-bench:{seed}:{nfuncs}:{nsplits}")
    regions = []
    counter = [0]

    def new_region(name, count):
        r = Region(name)
        for _ in range(count):
            sig = rng.choices(range(len(SIGS)), weights=[6, 2, 1])[0]
            r.fns.append(Fn(f"f{counter[0]}", sig, r))
            counter[0] += 1
        # The root keeps the common signature: main's dispatch calls it.
        r.fns[0].sig = 0
        regions.append(r)
        return r

    n_main = max(8, nfuncs // 4)
    main = new_region("main", n_main)
    rest = nfuncs - n_main
    splits = []
    pair, family, glob = [], [], None
    if nsplits >= 2:
        n_private = rest * 2 // 3
        n_pools = rest - n_private
        pair_counts = _split_counts(n_pools * 5 // 10, nsplits, rng)
        nfam = (nsplits + 9) // 10 if nsplits >= 3 else 0
        fam_counts = _split_counts(n_pools * 3 // 10, nfam, rng)
        glob_count = max(2, n_pools - sum(pair_counts) - sum(fam_counts))
        private_counts = _split_counts(n_private, nsplits, rng)
    else:
        private_counts = [rest] if nsplits == 1 else []
        pair_counts, fam_counts, glob_count = [], [], 0
    for k, c in enumerate(private_counts):
        r = new_region(f"s{k}", c)
        r.fns[0].split = f"s{k}"
        if c >= 40:
            r.fns[c // 2].split = f"s{k}"
            r.fns[c // 2].sig = 0
        splits.append(r)
    for k, c in enumerate(pair_counts):
        pair.append(new_region(f"pair{k}", c))
    for k, c in enumerate(fam_counts):
        family.append(new_region(f"family{k}", c))
    if glob_count:
        glob = new_region("global", glob_count)
    for k, r in enumerate(splits):
        if pair:
            r.pools.append(pair[k])
            r.pools.append(pair[(k - 1) % nsplits])
        if family:
            r.pools.append(family[k // 10])
        if glob:
            r.pools.append(glob)
    # A fifth of the functions that are not split entries are static.
    for r in regions:
        for f in r.fns[1:]:
            if f.split is None and rng.random() < 0.2:
                f.static = True
    # Translation units: consecutive functions, FUNCS_PER_TU each.
    i = 0
    for r in regions:
        for f in r.fns:
            f.tu = i // FUNCS_PER_TU
            i += 1
    # Function-pointer tables: one per region and signature it has.
    for r in regions:
        for s in range(len(SIGS)):
            members = [f for f in r.fns if f.sig == s and f.split is None]
            if len(members) < 2:
                continue
            r.tables[s] = (f"tab_{r.name}_{SIGS[s][1]}",
                           [rng.choice(members) for _ in range(TAB)])
    return rng, regions, main, splits


WORDS = ("alpha beta gamma delta epsilon zeta theta kappa lambda sigma omega "
         "render parse export import layout glyph buffer cache shader mesh "
         "texture encode decode stream packet frame vertex index record").split()


def _string(rng, tag):
    n = rng.randint(3, 12)
    return tag + ": " + " ".join(rng.choice(WORDS) for _ in range(n))


def _call_expr(callee, arg):
    t = SIGS[callee.sig][0]
    return f"(long long){callee.name}(({t})({arg}), d - 1)"


def generate(seed, nfuncs, nsplits):
    """Returns {file name: C source} for the program."""
    rng, regions, main, splits = plan_program(seed, nfuncs, nsplits)
    by_tu = {}
    for r in regions:
        for f in r.fns:
            by_tu.setdefault(f.tu, []).append(f)
    table_home = {}  # table name -> tu
    for r in regions:
        for s, (tname, _) in r.tables.items():
            table_home[tname] = r.fns[0].tu

    bodies = {}
    refs = {}  # fn name -> set of external fn names / tables it references
    for r in regions:
        fns = r.fns
        n = len(fns)
        for i, f in enumerate(fns):
            ret, _ = SIGS[f.sig]
            lines = []
            used = set()
            lines.append(f"  long long acc = (long long)x * {rng.randint(3, 1 << 30)}LL"
                         f" ^ {rng.randint(1, 1 << 20)};")
            lines.append("  if (d <= 0) return (" + ret + ")(acc & 0xffff);")
            if rng.random() < 0.5:
                s = _string(rng, f.name).replace('"', "")
                lines.append(f'  sink_str("{s}");')
            if rng.random() < 0.35:
                size = rng.choice((16, 32, 64, 128))
                vals = ", ".join(str(rng.randint(0, 65535)) for _ in range(size))
                lines.append(f"  static const unsigned short kt[{size}] = {{{vals}}};")
                lines.append(f"  acc += kt[(acc >> 3) & {size - 1}];")
            if rng.random() < 0.3:
                init = rng.choice((0, rng.randint(1, 1000)))
                lines.append(f"  static int g = {init};")
                lines.append("  g += (int)acc; acc ^= g;")
            loop = rng.randint(2, 9)
            lines.append(f"  for (int j = 0; j < (int)(acc & {loop}) + 1; ++j)")
            lines.append(f"    acc = acc * 31 + (j ^ {rng.randint(0, 999)});")
            # Calls: the next function keeps the whole region reachable from
            # its first; a few forward calls; main; the pools; a table.
            callees = []
            if i + 1 < n:
                callees.append(fns[i + 1])
            for _ in range(rng.randint(0, 2)):
                if i + 2 < n:
                    callees.append(fns[rng.randint(i + 2, min(n - 1, i + 40))])
            if r is not main and rng.random() < 0.4:
                callees.append(rng.choice(main.fns))
            if r.pools:
                if i == 0:
                    callees.extend(p.fns[0] for p in r.pools)
                elif rng.random() < 0.25:
                    p = rng.choice(r.pools)
                    callees.append(rng.choice(p.fns))
            if r is not main and i == 1 and splits and rng.random() < 0.3:
                # A call into another split: its stub lives in main.
                other = rng.choice(splits)
                callees.append(other.fns[0])
            for c in callees:
                op = rng.choice(("+=", "^=", "-="))
                lines.append(f"  acc {op} {_call_expr(c, 'acc + ' + str(rng.randint(0, 99)))};")
                used.add(c.name)
            if r.tables and rng.random() < 0.3:
                s = rng.choice(sorted(r.tables))
                tname, members = r.tables[s]
                t = SIGS[s][0]
                lines.append(f"  acc += (long long){tname}[(acc >> 5) & {TAB - 1}]"
                             f"(({t})acc, d - 1);")
                used.add(tname)
            lines.append(f"  return ({ret})acc;")
            bodies[f.name] = lines
            refs[f.name] = used

    fn_by_name = {f.name: f for r in regions for f in r.fns}
    tables = {tname: (s, members) for r in regions
              for s, (tname, members) in r.tables.items()}
    # A function referenced from another translation unit cannot be static.
    for name, used in refs.items():
        tu = fn_by_name[name].tu
        for ref in used:
            if ref in tables:
                continue
            if fn_by_name[ref].tu != tu:
                fn_by_name[ref].static = False
    for tname, (s, members) in tables.items():
        for m in members:
            if m.tu != table_home[tname]:
                m.static = False
    for name, lines in bodies.items():
        f = fn_by_name[name]
        ret = SIGS[f.sig][0]
        attr = f'WSPLIT("{f.split}") ' if f.split else ""
        static = "static " if f.static else ""
        bodies[name] = (f"{attr}NI {static}{ret} {f.name}({ret} x, int d) {{\n"
                        + "\n".join(lines) + "\n}\n")

    def proto(f):
        ret = SIGS[f.sig][0]
        return f"{ret} {f.name}({ret} x, int d);"

    def table_decl(tname, extern):
        s, _ = tables[tname]
        t = SIGS[s][0]
        return f"{'extern ' if extern else ''}{t} (*const {tname}[{TAB}])({t}, int)"

    files = {}
    header = ("/* Generated by bench/gen_program.py: do not edit. */\n"
              "#include <wsplit.h>\n"
              "#define NI __attribute__((noinline))\n"
              "void sink_str(const char *s);\n")
    ntu = max(by_tu) + 1
    for tu in range(ntu):
        fns = by_tu[tu]
        mine = {f.name for f in fns}
        my_tables = sorted(t for t, h in table_home.items() if h == tu)
        need_fns, need_tabs = set(), set()
        for f in fns:
            for ref in refs[f.name]:
                if ref in tables:
                    need_tabs.add(ref)
                elif ref not in mine:
                    need_fns.add(ref)
        for t in my_tables:
            for m in tables[t][1]:
                if m.name not in mine:
                    need_fns.add(m.name)
        out = [header]
        # Prototypes of everything defined here (any order of use), then of
        # what this file uses from elsewhere.
        for f in fns:
            out.append(("static " if f.static else "") + proto(f))
        for name in sorted(need_fns, key=lambda n: int(n[1:])):
            out.append(proto(fn_by_name[name]))
        for t in sorted(need_tabs - set(my_tables)):
            out.append(table_decl(t, True) + ";")
        for t in my_tables:
            out.append(table_decl(t, True) + ";")
        out.append("")
        for f in fns:
            out.append(bodies[f.name])
        for t in my_tables:
            members = ", ".join(m.name for m in tables[t][1])
            out.append(table_decl(t, False) + f" = {{{members}}};")
        files[f"tu{tu:04d}.c"] = "\n".join(out) + "\n"

    # main.c: the sink, a dispatcher that reaches every split entry (also
    # through a table of pointers to the stubs), and main().
    entries = [f for r in splits for f in r.fns if f.split]
    m = [header]
    m.append(proto(main.fns[0]))
    for f in entries:
        m.append(proto(f))
    m.append("volatile unsigned sink_acc;")
    m.append("NI void sink_str(const char *s) { sink_acc += (unsigned char)s[sink_acc & 3]; }")
    if entries:
        m.append(f"int (*const split_entries[{len(entries)}])(int, int) = {{"
                 + ", ".join(f.name for f in entries) + "};")
        m.append("NI int dispatch(int which, int x) {\n  switch (which) {")
        for i, f in enumerate(entries):
            m.append(f"  case {i}: return {f.name}(x, 8);")
        m.append(f"  default: return split_entries[(unsigned)which % {len(entries)}](x, 8);")
        m.append("  }\n}")
    m.append("int main(int argc, char **argv) {")
    m.append(f"  int r = {main.fns[0].name}(argc, 8);")
    if entries:
        m.append("  if (argc > 1) r += dispatch(argv[1][0] * 256 + argv[1][1], r);")
    m.append("  return r & 1;\n}")
    files["main.c"] = "\n".join(m) + "\n"
    return files
