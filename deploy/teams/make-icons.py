#!/usr/bin/env python3
"""Draws the Teams app icons (color.png 192x192, outline.png 32x32) deterministically with the standard library.

Teams wants a full-colour icon and a 32x32 outline icon that is white on a transparent background. The PNGs are
committed; run this only to change the design: `python3 deploy/teams/make-icons.py`.
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = 4  # 4x4 supersampling for smooth edges


def rounded_rect(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 and left <= x <= right and top <= y <= bottom


def bubble(x, y, s):
    """A speech bubble with a tail at the lower left, in a unit square scaled by s."""
    body = rounded_rect(x, y, 0.16 * s, 0.20 * s, 0.84 * s, 0.68 * s, 0.12 * s)
    # Tail: triangle below the body's lower-left part.
    tx, ty = x / s, y / s
    tail = 0.66 <= ty <= 0.84 and 0.28 <= tx <= 0.46 and (tx - 0.28) <= (0.84 - ty) * (0.18 / 0.18)
    return body or tail


def coverage(size, inside):
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    if inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES):
                        hits += 1
            row.append(hits / (SAMPLES * SAMPLES))
        rows.append(row)
    return rows


def write_png(path, size, pixel):
    raw = bytearray()
    for y in range(size):
        raw.append(0)  # filter: none
        for x in range(size):
            raw.extend(pixel(x, y))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))  # 8-bit RGBA
    png += chunk(b"IDAT", zlib.compress(bytes(raw), 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def color_icon():
    size = 192
    background = (0x1B, 0x5E, 0x8C)  # the accent colour in the manifest
    question = coverage(size, lambda x, y: bubble(x, y, size))
    def pixel(x, y):
        a = question[y][x]
        return bytes(round(c * (1 - a) + 255 * a) for c in background) + b"\xff"
    write_png(os.path.join(HERE, "color.png"), size, pixel)


def outline_icon():
    size = 32
    def ring(x, y):
        # The bubble's outline: inside the bubble but not inside a copy shrunk by the stroke width.
        inner = 2.2
        shrunk = size - 2 * inner
        in_inner = 0 <= x - inner <= shrunk and 0 <= y - inner <= shrunk and bubble(x - inner, y - inner, shrunk) \
            and bubble(x, y, size)
        return bubble(x, y, size) and not (in_inner and rounded_rect(x, y, 0.16 * size + inner, 0.20 * size + inner, 0.84 * size - inner, 0.68 * size - inner, 0.12 * size))
    alpha = coverage(size, ring)
    write_png(os.path.join(HERE, "outline.png"), size, lambda x, y: b"\xff\xff\xff" + bytes([round(alpha[y][x] * 255)]))


if __name__ == "__main__":
    color_icon()
    outline_icon()
