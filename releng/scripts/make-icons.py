#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Draws the Cartograph application icon (a route across a map tile) as PNG files.

Pure standard library, so it runs anywhere: python3 releng/scripts/make-icons.py OUTPUT_DIR
"""
import math, os, struct, sys, zlib

TEAL = (20, 110, 120)
SAND = (244, 236, 214)
ROUTE = (232, 93, 4)
INK = (30, 40, 50)

def png(path, size, pixels):
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))

def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))

def draw(size):
    s = size
    radius = 0.18 * s
    route = [(0.2, 0.78), (0.42, 0.52), (0.58, 0.62), (0.8, 0.24)]
    route = [(x * s, y * s) for x, y in route]
    rows = []
    for y in range(s):
        row = []
        for x in range(s):
            cx, cy = x + 0.5, y + 0.5
            # rounded square mask with 2x2 supersampling of the corner
            inside = 0
            for ox in (0.25, 0.75):
                for oy in (0.25, 0.75):
                    px, py = x + ox, y + oy
                    qx = max(radius - px, 0, px - (s - radius))
                    qy = max(radius - py, 0, py - (s - radius))
                    inside += 1 if math.hypot(qx, qy) <= radius else 0
            alpha = int(255 * inside / 4)
            if alpha == 0:
                row.append((0, 0, 0, 0)); continue
            border = min(cx, cy, s - cx, s - cy)
            colour = TEAL if border < 0.09 * s else SAND
            # map grid
            if colour == SAND and (abs((cx / s * 4) % 1 - 0.5) > 0.47 or abs((cy / s * 4) % 1 - 0.5) > 0.47):
                colour = (214, 204, 178)
            d = min(seg_dist(cx, cy, *route[i], *route[i + 1]) for i in range(len(route) - 1))
            if d < 0.055 * s:
                colour = ROUTE
            for i, (rx, ry) in enumerate((route[0], route[-1])):
                r = math.hypot(cx - rx, cy - ry)
                if r < 0.1 * s:
                    colour = INK if r > 0.05 * s or i == 0 else ROUTE
            row.append(colour + (alpha,))
        rows.append(row)
    return rows

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256):
        png(os.path.join(out, "cartograph%d.png" % size), size, draw(size))
