#!/usr/bin/env python3
"""Writes test PNGs with nothing but the standard library, and prints what
`imgtool -i FILE.png info` must say about each, so a test can compare.

    python3 make-png.py OUTDIR

OUTDIR/rgba.png     48x32 RGBA, 8 bits, every row filter (None, Sub, Up,
                    Average, Paeth) in turn
OUTDIR/grey16.png   40x24 grey, 16 bits (stb_image keeps the high byte)
OUTDIR/palette.png  32x32, 16-colour palette (decoded to RGB)

The expected `info` output of each goes to OUTDIR/<name>.info.
"""
import os
import struct
import sys
import zlib


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def filtered(rows, bpp):
    """Each row with filter type y % 5 applied (PNG spec, section 9)."""
    out = bytearray()
    prev = bytes(len(rows[0]))
    for y, row in enumerate(rows):
        kind = y % 5
        out.append(kind)
        for i, x in enumerate(row):
            a = row[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            pred = [0, a, b, (a + b) // 2, paeth(a, b, c)][kind]
            out.append((x - pred) & 0xFF)
        prev = row
    return bytes(out)


def png(width, height, depth, colour_type, rows, bpp, extra=b""):
    header = struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + extra +
            chunk(b"IDAT", zlib.compress(filtered(rows, bpp), 9)) +
            chunk(b"IEND", b""))


def info(width, height, names, pixels):
    n = width * height
    c = len(names)
    means = " ".join(f"{names[k]} {sum(p[k] for p in pixels) / n:.1f}"
                     for k in range(c))
    plural = "" if c == 1 else "s"
    return (f"image: {width}x{height}, {c} channel{plural} ({''.join(names)}), "
            f"{n * c} bytes, from <stdin>\n  mean: {means}\n")


def main(out):
    os.makedirs(out, exist_ok=True)
    images = {}

    w, h = 48, 32
    px = [((x * 5 + y * 3) % 256, (x * y) % 256, 255 - x * 4, 128 + (x + y) % 128)
          for y in range(h) for x in range(w)]
    rows = [bytes(v for p in px[y * w:(y + 1) * w] for v in p) for y in range(h)]
    images["rgba"] = (png(w, h, 8, 6, rows, 4), info(w, h, "RGBA", px))

    w, h = 40, 24
    grey = [(x * 1637 + y * 2311) % 65536 for y in range(h) for x in range(w)]
    rows = [b"".join(struct.pack(">H", v) for v in grey[y * w:(y + 1) * w])
            for y in range(h)]
    images["grey16"] = (png(w, h, 16, 0, rows, 2),
                        info(w, h, "Y", [(v >> 8,) for v in grey]))

    w, h = 32, 32
    palette = [(i * 16, 255 - i * 16, (i * 97) % 256) for i in range(16)]
    index = [((x // 4) + (y // 4) * 3) % 16 for y in range(h) for x in range(w)]
    rows = [bytes(index[y * w:(y + 1) * w]) for y in range(h)]
    plte = chunk(b"PLTE", bytes(v for p in palette for v in p))
    images["palette"] = (png(w, h, 8, 3, rows, 1, plte),
                         info(w, h, "RGB", [palette[i] for i in index]))

    for name, (data, text) in images.items():
        with open(os.path.join(out, name + ".png"), "wb") as f:
            f.write(data)
        with open(os.path.join(out, name + ".info"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
