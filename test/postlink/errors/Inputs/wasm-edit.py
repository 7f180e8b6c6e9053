#!/usr/bin/env python3
# ===-- wasm-edit.py - Make malformed wasm files for wsplit's error tests -===#
#
# yaml2obj only writes well-formed LEBs and sizes, so the byte-level defects
# wsplit must reject (malformed LEBs, truncations) are made here, from a
# well-formed module, by named edits that keep every other byte as it was:
#
#   wasm-edit.py IN -o OUT EDIT...
#     --size SEC HEX          replace the size field of section SEC by HEX
#                             (the section's bytes are left as they are)
#     --leb SEC OFF HEX       replace the LEB at payload offset OFF of SEC by
#                             HEX and fix the section size
#     --reloc SEC N FIELD HEX replace FIELD (type, offset, index, addend) of
#                             relocation entry N of custom section SEC
#     --truncate N            keep the first N bytes (N < 0: drop -N bytes)
#
#   wasm-edit.py IN --sections
#     prints each section: id, name, start offset, payload offset, end
#
#   wasm-edit.py IN --cuts DIR
#     writes into DIR the module cut short at the start of every section,
#     one byte into its header, in the middle of its payload and one byte
#     before its end, and the module with just that section's payload
#     halved (its size fixed, the sections after it kept), each named
#     NN-<what>-<section>.wasm
#
# SEC is a section's name: a known section's (type, import, function, table,
# memory, global, export, start, elem, datacount, code, data, tag) or a
# custom section's (linking, reloc.CODE, name, ...). For custom sections,
# payload offsets count from after the name.
#
# ===----------------------------------------------------------------------===#
import os
import sys

NAMES = {1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
         6: "global", 7: "export", 8: "start", 9: "elem", 10: "code",
         11: "data", 12: "datacount", 13: "tag"}


def uleb(data, pos):
    """Returns (value, position after) of the unsigned LEB at pos."""
    value = shift = 0
    while True:
        b = data[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return value, pos


def enc_uleb(v):
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


class Section:
    def __init__(self, data, start):
        self.start = start
        self.id = data[start]
        self.size, self.content = uleb(data, start + 1)
        self.end = self.content + self.size
        self.payload = self.content
        self.name = NAMES.get(self.id, "id%d" % self.id)
        if self.id == 0:
            n, p = uleb(data, self.content)
            self.name = data[p:p + n].decode("utf-8", "replace")
            self.payload = p + n


def sections(data):
    out = []
    pos = 8
    while pos < len(data):
        s = Section(data, pos)
        out.append(s)
        pos = s.end
    return out


def find(data, name):
    for s in sections(data):
        if s.name == name:
            return s
    sys.exit("wasm-edit: no section '%s'" % name)


def splice(data, sec, begin, end, new):
    """Replaces data[begin:end] inside sec by new and fixes sec's size."""
    body = data[sec.content:begin] + new + data[end:sec.end]
    return (data[:sec.start] + bytes([sec.id]) + enc_uleb(len(body)) + body
            + data[sec.end:])


def reloc_fields(data, sec, n):
    """Returns [(name, begin, end)] of relocation entry n's fields."""
    _, p = uleb(data, sec.payload)  # target section
    count, p = uleb(data, p)
    if n >= count:
        sys.exit("wasm-edit: %s has only %d relocations" % (sec.name, count))
    for i in range(n + 1):
        fields = []
        rtype, q = uleb(data, p)
        fields.append(("type", p, q))
        for f in ("offset", "index"):
            _, r = uleb(data, q)
            fields.append((f, q, r))
            q = r
        # Types with an addend: MEMORY_ADDR_*, FUNCTION_OFFSET_*,
        # SECTION_OFFSET_I32 (see llvm/BinaryFormat/WasmRelocs.def).
        if rtype in (3, 4, 5, 8, 9, 11, 14, 15, 16, 17, 21, 22, 23, 25):
            _, r = uleb(data, q)
            fields.append(("addend", q, r))
            q = r
        p = q
    return fields


def main(argv):
    data = open(argv[0], "rb").read()
    args = argv[1:]
    if args[:1] == ["--sections"]:
        for s in sections(data):
            print("%2d %-16s start=%d payload=%d end=%d"
                  % (s.id, s.name, s.start, s.payload, s.end))
        return
    if args[:1] == ["--cuts"]:
        out = args[1]
        os.makedirs(out, exist_ok=True)
        cuts = [("header", data[:4])]
        for s in sections(data):
            n = s.name.replace(".", "-")
            cuts.append(("before-" + n, data[:s.start]))
            cuts.append(("in-header-of-" + n, data[:s.start + 1]))
            cuts.append(("inside-" + n, data[:(s.payload + s.end) // 2]))
            cuts.append(("last-byte-of-" + n, data[:s.end - 1]))
            half = (s.payload + s.end) // 2
            cuts.append(("short-" + n, splice(data, s, half, s.end, b"")))
        for i, (what, cut) in enumerate(cuts):
            name = "%03d-%s.wasm" % (i, what)
            open(os.path.join(out, name), "wb").write(cut)
        return
    if args[:1] != ["-o"]:
        sys.exit("usage: see the top of wasm-edit.py")
    out = args[1]
    args = args[2:]
    while args:
        op = args.pop(0)
        if op == "--size":
            sec = find(data, args.pop(0))
            new = bytes.fromhex(args.pop(0))
            data = data[:sec.start + 1] + new + data[sec.content:]
        elif op == "--leb":
            sec = find(data, args.pop(0))
            at = sec.payload + int(args.pop(0), 0)
            _, end = uleb(data, at)
            data = splice(data, sec, at, end, bytes.fromhex(args.pop(0)))
        elif op == "--reloc":
            sec = find(data, args.pop(0))
            n = int(args.pop(0))
            field = args.pop(0)
            new = bytes.fromhex(args.pop(0))
            for name, begin, end in reloc_fields(data, sec, n):
                if name == field:
                    data = splice(data, sec, begin, end, new)
                    break
            else:
                sys.exit("wasm-edit: relocation %d has no %s" % (n, field))
        elif op == "--truncate":
            n = int(args.pop(0))
            data = data[:n] if n >= 0 else data[:len(data) + n]
        else:
            sys.exit("wasm-edit: unknown edit " + op)
    open(out, "wb").write(data)


if __name__ == "__main__":
    main(sys.argv[1:])
