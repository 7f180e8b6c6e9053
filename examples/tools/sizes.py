#!/usr/bin/env python3
"""Size table of a split program against its unsplit build.

    python3 sizes.py UNSPLIT.wasm DIST_DIR

Reads DIST_DIR/<stem>.manifest.json (the stem is the one manifest there)
and prints every module wsplit wrote, main first, then the splits and the
chunks, with its bytes and its share of the unsplit binary; then, per
split, what running it first costs: main plus the split and its chunks.
The last line says whether main is under half the unsplit size.
"""
import json
import os
import sys


def main(unsplit_path, dist):
    manifests = sorted(f for f in os.listdir(dist) if f.endswith(".manifest.json"))
    if len(manifests) != 1:
        sys.exit(f"sizes.py: expected one manifest in {dist}, found {len(manifests)}")
    with open(os.path.join(dist, manifests[0])) as f:
        manifest = json.load(f)
    unsplit = os.path.getsize(unsplit_path)

    def size(file):
        return os.path.getsize(os.path.join(dist, file))

    rows = [("unsplit", os.path.basename(unsplit_path), unsplit),
            ("main", manifest["main"]["file"], size(manifest["main"]["file"]))]
    chunks = {}
    for name in sorted(manifest["splits"]):
        for entry in manifest["splits"][name]["files"]:
            if "import" in entry:
                chunks[entry["file"]] = size(entry["file"])
            else:
                rows.append(("split", entry["file"], size(entry["file"])))
    rows += [("chunk", f, n) for f, n in sorted(chunks.items())]
    total = sum(n for kind, _, n in rows if kind != "unsplit")

    name_width = max(len(f) for _, f, _ in rows)
    print(f"{'module':<8} {'file':<{name_width}} {'bytes':>9} {'of unsplit':>10}")
    for kind, file, n in rows:
        print(f"{kind:<8} {file:<{name_width}} {n:>9} {100.0 * n / unsplit:>9.1f}%")
    print(f"{'total':<8} {'(all modules)':<{name_width}} {total:>9} "
          f"{100.0 * total / unsplit:>9.1f}%")

    main_size = size(manifest["main"]["file"])
    print("\nbytes to run a feature first (main + split + its chunks):")
    for name in sorted(manifest["splits"]):
        files = manifest["splits"][name]["files"]
        n = main_size + sum(size(e["file"]) for e in files)
        print(f"  {name:<{name_width - 2}} {n:>9} {100.0 * n / unsplit:>9.1f}%")

    half = main_size * 2 < unsplit
    print(f"\nmain is {100.0 * main_size / unsplit:.1f}% of unsplit: "
          f"{'under' if half else 'NOT under'} half")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
