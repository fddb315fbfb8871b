#!/usr/bin/env python3
"""Generates the lobby's default pictures: soft gradients, a low sun and layered hills or water.

Made for Stillpoint (no one else's photos). Pure standard library (zlib) so any Debian box can
re-run it:  python3 display/tools/make_images.py assets/content/images
"""
import math
import os
import struct
import sys
import zlib

W, H = 1600, 900


def png(path, rows):
    raw = b"".join(b"\x00" + bytes(r) for r in rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def mix(a, b, t):
    t = max(0.0, min(1.0, t))
    return tuple(a[i] + (b[i] - a[i]) * t for i in range(3))


def soft(edge, x, width=2.5):
    """0 below the edge, 1 above, with a soft anti-aliased step."""
    t = (x - edge) / width + 0.5
    t = max(0.0, min(1.0, t))
    return t * t * (3 - 2 * t)


def scene(sky_top, sky_low, sun, sun_at, layers, water=None):
    rows = []
    sx, sy, sr = sun_at
    for y in range(H):
        sky = mix(sky_top, sky_low, (y / H) ** 0.8)
        row = bytearray()
        for x in range(W):
            c = sky
            d = math.hypot(x - sx, y - sy)
            c = mix(c, sun, 0.35 * math.exp(-((d / (sr * 3.2)) ** 2)))  # glow
            c = mix(c, sun, soft(sr, sr * 2 - d, 3.0))                   # disc
            for base, amp, freq, phase, colour in layers:
                ridge = base + amp * math.sin(x * freq + phase) + amp * 0.35 * math.sin(x * freq * 2.7 + phase * 1.3)
                c = mix(c, colour, soft(ridge, y))
            if water and y > water[0]:
                depth = (y - water[0]) / (H - water[0])
                c = mix(c, water[1], 0.55 + 0.35 * depth)
                shimmer = math.exp(-(((x - sx) / (sr * 1.4)) ** 2)) * (0.5 + 0.5 * math.sin(y * 0.35))
                c = mix(c, sun, 0.25 * shimmer * (1 - depth))
            row += bytes(int(v + 0.5) for v in c)
        rows.append(row)
    return rows


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "assets/content/images"
    os.makedirs(out, exist_ok=True)
    png(os.path.join(out, "morning-hills.png"), scene(
        (0xC9, 0xDD, 0xE3), (0xF6, 0xE6, 0xD2), (0xFB, 0xF1, 0xDC), (1050, 330, 70),
        [(560, 38, 0.0042, 0.6, (0xB9, 0xCF, 0xC0)),
         (650, 30, 0.0061, 2.1, (0x9B, 0xBA, 0xA8)),
         (760, 24, 0.0038, 4.0, (0x7E, 0xA3, 0x90))]))
    png(os.path.join(out, "still-water.png"), scene(
        (0xD8, 0xD6, 0xE8), (0xF3, 0xE9, 0xE2), (0xFF, 0xF6, 0xE8), (480, 380, 56),
        [(520, 14, 0.0050, 1.0, (0xA9, 0xB4, 0xC6))],
        water=(560, (0x9F, 0xB5, 0xC2))))
    png(os.path.join(out, "evening-dunes.png"), scene(
        (0x2B, 0x35, 0x4E), (0xD9, 0xA9, 0x86), (0xF6, 0xD8, 0xB0), (800, 560, 64),
        [(600, 34, 0.0035, 0.3, (0x8A, 0x6E, 0x6A)),
         (700, 28, 0.0052, 1.7, (0x6B, 0x56, 0x5E)),
         (800, 22, 0.0044, 3.2, (0x4A, 0x42, 0x52))]))


if __name__ == "__main__":
    main()
