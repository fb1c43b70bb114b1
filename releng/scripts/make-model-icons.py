#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Draws the 16x16 icons of the Cartograph model elements (one per class) as PNG files.

They replace the placeholder diamonds EMF generates. The item providers ask for
"full/obj16/<Class>", which EMF resolves to a .gif, so convert the PNGs (ImageMagick):
    python3 releng/scripts/make-model-icons.py /tmp/icons
    for f in /tmp/icons/*.png; do b=$(basename "$f" .png)
        convert "$f" -channel A -threshold 45% +channel -background none \
            bundles/dev.cartograph.model.edit/icons/full/obj16/$b.gif; done
The drawing itself uses the standard library only.
"""
import math, os, struct, sys, zlib

S = 16      # icon size
SS = 4      # supersampling per axis

TEAL = (20, 110, 120); ORANGE = (232, 93, 4); INK = (45, 55, 70); GREEN = (46, 139, 87)
BLUE = (38, 110, 196); RED = (200, 50, 45); GOLD = (230, 170, 20); PURPLE = (120, 80, 170)
BROWN = (150, 100, 50); GREY = (120, 125, 135); PAPER = (250, 250, 245); SKY = (90, 160, 220)
WHITE = (255, 255, 255); YELLOW = (250, 205, 50)

def png(path, pixels):
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", S, S, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))

# Shapes are functions (x, y) -> bool in icon coordinates (0..16).
def circle(cx, cy, r): return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r
def ring(cx, cy, r, w): return lambda x, y: (r - w) ** 2 <= (x - cx) ** 2 + (y - cy) ** 2 <= r * r
def rect(x0, y0, x1, y1, radius=0.0):
    def inside(x, y):
        if not (x0 <= x <= x1 and y0 <= y <= y1): return False
        qx = max(x0 + radius - x, 0, x - (x1 - radius)); qy = max(y0 + radius - y, 0, y - (y1 - radius))
        return math.hypot(qx, qy) <= radius
    return inside
def poly(points):
    def inside(x, y):
        c = False; n = len(points)
        for i in range(n):
            (ax, ay), (bx, by) = points[i], points[(i + 1) % n]
            if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax: c = not c
        return c
    return inside
def line(points, width):
    def inside(x, y):
        for (ax, ay), (bx, by) in zip(points, points[1:]):
            dx, dy = bx - ax, by - ay
            t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy or 1)))
            if math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= width / 2: return True
        return False
    return inside

def render(layers):
    rows = []
    for py in range(S):
        row = []
        for px in range(S):
            r = g = b = a = 0.0
            for color, shape in layers:
                hits = sum(shape(px + (i + 0.5) / SS, py + (j + 0.5) / SS) for i in range(SS) for j in range(SS))
                cov = hits / (SS * SS)
                if cov == 0: continue
                # "over" compositing, premultiplied
                r = color[0] * cov + r * (1 - cov); g = color[1] * cov + g * (1 - cov)
                b = color[2] * cov + b * (1 - cov); a = cov + a * (1 - cov)
            row.append((int(r / a) if a else 0, int(g / a) if a else 0, int(b / a) if a else 0, int(round(a * 255))))
        rows.append(row)
    return rows

ICONS = {
    "Portfolio": [(TEAL, rect(1, 1.5, 15, 14.5, 2.5)),
                  (ORANGE, line([(3.5, 12), (6.5, 7.5), (9.5, 9.5), (12.5, 4)], 1.8)),
                  (WHITE, circle(12.5, 4, 1.4))],
    "UseCase": [(YELLOW, circle(8, 6.5, 5.2)), (GOLD, ring(8, 6.5, 5.2, 1)),
                (GREY, rect(5.7, 11.5, 10.3, 13.2, 0.6)), (INK, rect(6.5, 13.6, 9.5, 15, 0.6)),
                (WHITE, line([(6.5, 6), (8, 8), (9.5, 6)], 0.9))],
    "CustomerJourney": [(GREEN, line([(2.5, 13.5), (6, 9), (10, 11), (13.5, 4)], 2)),
                        (GREEN, circle(2.5, 13.5, 2)), (ORANGE, circle(13.5, 3.5, 2.3))],
    "JourneyStage": [(INK, rect(3, 1.5, 4.6, 15)), (GREEN, poly([(4.6, 2), (14, 5), (4.6, 8.5)]))],
    "Touchpoint": [(BLUE, rect(1, 2, 15, 11, 3)), (BLUE, poly([(4, 10), (4, 15), (8.5, 10)])),
                   (WHITE, circle(5, 6.5, 1)), (WHITE, circle(8, 6.5, 1)), (WHITE, circle(11, 6.5, 1))],
    "Friction": [(ORANGE, poly([(8, 1), (15.5, 14.5), (0.5, 14.5)])), (WHITE, rect(7.1, 5.5, 8.9, 10.3, 0.6)),
                 (WHITE, circle(8, 12.4, 1.1))],
    "Evidence": [(GREY, poly([(2.5, 1), (10.5, 1), (13.5, 4), (13.5, 15), (2.5, 15)])),
                 (PAPER, poly([(3.5, 2), (10, 2), (12.5, 4.5), (12.5, 14), (3.5, 14)])),
                 (GREY, rect(5, 6, 11, 6.8)), (GREY, rect(5, 8.5, 11, 9.3)), (GREY, rect(5, 11, 9, 11.8))],
    "Workflow": [(BLUE, rect(0.5, 2, 5.5, 6.5, 1)), (BLUE, rect(10.5, 2, 15.5, 6.5, 1)),
                 (BLUE, rect(5.5, 10, 10.5, 14.5, 1)), (INK, line([(5.5, 4.2), (10.5, 4.2)], 1.1)),
                 (INK, line([(13, 6.5), (13, 12.2), (10.5, 12.2)], 1.1))],
    "WorkflowStep": [(BLUE, rect(1, 3.5, 11, 12.5, 1.5)), (INK, line([(11, 8), (15, 8)], 1.3)),
                     (INK, poly([(13, 5.5), (16, 8), (13, 10.5)]))],
    "ScoringConfiguration": [(PURPLE, rect(2.8, 1, 4.2, 15)), (PURPLE, rect(7.3, 1, 8.7, 15)), (PURPLE, rect(11.8, 1, 13.2, 15)),
                             (INK, rect(1, 9, 6, 12, 1)), (INK, rect(5.5, 3.5, 10.5, 6.5, 1)), (INK, rect(10, 7.5, 15, 10.5, 1))],
    "CriterionSetting": [(PURPLE, rect(1, 7.2, 15, 8.8)), (INK, rect(8.5, 4, 12, 12, 1))],
    "Gate": [(INK, rect(1.5, 6, 3.5, 15)), (RED, rect(3, 5, 15.5, 9, 1)),
             (WHITE, poly([(6, 5), (8, 5), (6, 9), (4, 9)])), (WHITE, poly([(11, 5), (13, 5), (11, 9), (9, 9)]))],
    "Score": [(GOLD, poly([(8 + 7.3 * math.cos(math.radians(-90 + 36 * k)) * (1 if k % 2 == 0 else 0.45),
                            8.5 + 7.3 * math.sin(math.radians(-90 + 36 * k)) * (1 if k % 2 == 0 else 0.45)) for k in range(10)]))],
    "BusinessCase": [(BROWN, rect(5.5, 2, 10.5, 6, 1)), (PAPER, rect(6.8, 3.3, 9.2, 6)),
                     (BROWN, rect(1, 5, 15, 14.5, 1.5)), (GOLD, rect(7, 8.5, 9, 10.5))],
    "Kpi": [(INK, line([(1.5, 1.5), (1.5, 14.5), (14.5, 14.5)], 1.1)), (GREEN, rect(3.5, 10, 5.5, 13.5)),
            (GREEN, rect(7, 7.5, 9, 13.5)), (GREEN, rect(10.5, 4.5, 12.5, 13.5)),
            (ORANGE, line([(3.5, 8), (7.5, 5), (13.5, 2)], 1.3))],
    "Initiative": [(RED, circle(8, 8, 7)), (WHITE, circle(8, 8, 5)), (RED, circle(8, 8, 3.2)), (WHITE, circle(8, 8, 1.4))],
    "DataAsset": [(TEAL, rect(2, 3, 14, 13)),
                  (TEAL, lambda x, y: ((x - 8) / 6) ** 2 + ((y - 13) / 2) ** 2 <= 1),
                  (SKY, lambda x, y: ((x - 8) / 6) ** 2 + ((y - 3) / 2) ** 2 <= 1),
                  (PAPER, lambda x, y: 7.2 <= y <= 8 and ((x - 8) / 6) ** 2 <= 1 and 2.5 < x < 13.5)],
    "Roadmap": [(INK, rect(1, 7.3, 15, 8.7)), (ORANGE, circle(3, 8, 2)), (TEAL, circle(8, 8, 2)), (TEAL, circle(13, 8, 2)),
                (GREY, rect(2.3, 2, 3.7, 5)), (GREY, rect(7.3, 11, 8.7, 14))],
    "Wave": [(SKY, line([(1 + t * 1.4, 8 + 3 * math.sin(t * 0.9)) for t in range(11)], 2.2)),
             (BLUE, line([(1 + t * 1.4, 12 + 2 * math.sin(t * 0.9 + 1)) for t in range(11)], 1.4))],
}

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    for name, layers in ICONS.items():
        png(os.path.join(out, name + ".png"), render(layers))

if __name__ == "__main__":
    main()
