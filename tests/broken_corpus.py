"""A corpus of over 200 broken picture files, made afresh for each test that ingests it: truncated and bit-flipped
photographs, files that only pretend to be pictures, decompression bombs, and metadata a broken writer left."""

from __future__ import annotations

import io
import os
import random
import struct
import zlib
from pathlib import Path

from PIL import Image

from .helpers import DATA, photo


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def segment(marker: int, body: bytes) -> bytes:
    body = body[:65533]
    return b"\xff" + bytes([marker]) + (len(body) + 2).to_bytes(2, "big") + body


def half_size(photograph: Path) -> bytes:
    """The photograph at half its size, encoded as the originals are (baseline, Pillow's default quality).

    What the bit flips are made from: the flips decode into near-copies of one another, and every pair of copies
    is verified feature by feature, which at full size over one photograph made the dedupe step most of this
    test's 20 seconds; four smaller photographs flip the same way for a quarter of that."""
    out = io.BytesIO()
    with Image.open(photograph) as im:
        im.reduce(2).save(out, "JPEG")
    return out.getvalue()


def broken_corpus(folder: Path) -> tuple[list[Path], list[Path], list[Path]]:
    """(good files, files that must fail, files that may decode or fail) — over 200 broken inputs."""
    rng = random.Random(6)
    folder.mkdir(parents=True)
    good = [folder / "good-osprey.jpg", folder / "good-wren.jpg"]
    for path, name in zip(good, ("osprey.jpg", "wren.jpg"), strict=True):
        path.write_bytes((DATA / name).read_bytes())
    good.append(photo(folder / "good.png", fmt="PNG", seed=2))
    good.append(photo(folder / "good.tif", fmt="TIFF", seed=3))
    good.append(photo(folder / "good.webp", fmt="WEBP", seed=4))
    jpeg, png = (DATA / "casa-mila.jpg").read_bytes(), good[2].read_bytes()
    must_fail: list[Path] = []
    maybe: list[Path] = []

    def add(name: str, data: bytes, bucket: list[Path]) -> None:
        path = folder / name
        path.write_bytes(data)
        bucket.append(path)

    add("empty.jpg", b"", must_fail)
    add("empty.png", b"", must_fail)
    for i, cut in enumerate(sorted(rng.sample(range(20, len(jpeg) - 4), 70))):
        add(f"truncated-{i:02d}.jpg", jpeg[:cut], maybe)
    for i, cut in enumerate(sorted(rng.sample(range(40, len(png) - 20), 40))):
        add(f"truncated-{i:02d}.png", png[:cut], maybe)
    webp = good[4].read_bytes()
    for i, cut in enumerate(sorted(rng.sample(range(16, len(webp) - 8), 15))):
        add(f"truncated-{i:02d}.webp", webp[:cut], maybe)
    photographs = [half_size(DATA / name) for name in ("casa-mila.jpg", "lake.jpg", "osprey.jpg", "wren.jpg")]
    for i in range(60):
        flipped = bytearray(photographs[i % len(photographs)])
        for _ in range(rng.randint(1, 40)):
            flipped[rng.randrange(2, len(flipped))] ^= 1 << rng.randrange(8)
        add(f"bitflip-{i:02d}.jpg", bytes(flipped), maybe)
    for i in range(10):
        add(f"page-{i}.jpg", f"<!DOCTYPE html><html><body>Error {i}</body></html>".encode(), must_fail)
        add(f"notes-{i}.png", f"caption notes {i}\n".encode() * (i + 1), must_fail)
    ihdr = struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0)
    add(
        "bomb.png",
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""),
        must_fail,
    )
    sof = bytearray(jpeg)
    at = sof.find(b"\xff\xc0")
    sof[at + 5 : at + 9] = struct.pack(">HH", 65_000, 65_000)
    add("bomb-header.jpg", bytes(sof), must_fail)
    tiff = (
        b"II*\x00\x08\x00\x00\x00\x02\x00"
        + struct.pack("<HHII", 256, 4, 1, 10**9)
        + struct.pack("<HHII", 257, 4, 1, 10**9)
        + b"\x00\x00\x00\x00"
    )
    add("absurd.tif", tiff, must_fail)
    garbage_metadata = {
        "huge-iptc": segment(
            0xED, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\xff\xf0" + b"\x1c\x02\x78\x7f\xff" + os.urandom(60000)
        ),
        "bad-iptc-lengths": segment(
            0xED,
            b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x20"
            + b"\x1c\x02\x78\x80\x04\xff\xff\xff\xff"
            + b"x" * 23,
        ),
        "invalid-utf8-iptc": segment(
            0xED,
            b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x14"
            + b"\x1c\x01\x5a\x00\x03\x1b%G\x1c\x02\x78\x00\x04\xff\xfe\xc0\xaf",
        ),
        "huge-xmp": segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>" + b"<a>" * 20000),
        "entity-xmp": segment(
            0xE1,
            b"http://ns.adobe.com/xap/1.0/\x00<?xml version='1.0'?><!DOCTYPE x ["
            b"<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;'>]><x>&b;</x>",
        ),
        "invalid-utf8-xmp": segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>\xff\xfe\xfd</x:xmpmeta>"),
        "absurd-exif-offset": segment(0xE1, b"Exif\x00\x00MM\x00*\xff\xff\xff\xf0" + b"\x00" * 64),
        "absurd-exif-count": segment(
            0xE1,
            b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x01\x00\x0e\x01\x02\x00"
            + b"\xff\xff\xff\x7f\x1a\x00\x00\x00"
            + b"\x00" * 16,
        ),
        "exif-loop": segment(
            0xE1,
            b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x01\x00\x69\x87\x04\x00\x01\x00\x00\x00"
            b"\x08\x00\x00\x00\x08\x00\x00\x00",
        ),
    }
    for name, seg in garbage_metadata.items():
        add(f"{name}.jpg", jpeg[:2] + seg + jpeg[2:], good)
    add("png-named.jpg", png, good)
    add("jpeg-named.tif", jpeg, good)
    return good, must_fail, maybe
