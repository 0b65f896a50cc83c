"""Perceptual hashes, computed from the one decoded working image (EXIF orientation applied, borders trimmed).

One global hash cannot separate copies from look-alikes (a 10% crop moves pHash 12-18 bits, unrelated photographs
can come within 20), so hashes only *propose* candidates and ``verify.py`` decides. Each picture gets:

- ``phash`` (64-bit DCT hash) and ``dhash`` (64-bit gradient hash, independent), after trimming uniform borders
  (letterbox bars, screenshot frames);
- ``phash_mirror``: the pHash of the mirrored picture, so a flipped copy is found by its plain pHash;
- ``regions``: pHashes of sub-rectangles that survive a crop (the centre at 90%, 80% and 70%, and the four 80%
  corners): a cropped copy's whole-picture hash lands near one of the original's region hashes;
- ``flat``: too little texture to tell pictures apart by hashes or features (skies, walls, blank frames);
- ``pixels``: a digest of the decoded working image, equal for pixel-identical files with other metadata.

Hashes are stored as 16 hex digits (SQLite integers are signed).
"""

from __future__ import annotations

import hashlib

import numpy as np
from PIL import Image, ImageOps

from catalog.media.shrink import shrink
from catalog.model import HASH_VERSION, Hashes  # noqa: F401  (re-exported)

WORK_SIZE = 512  # the long side hashes and verification work at
UNIFORM_STD = 7.0  # a border row/column this flat (of 255) is a bar or a frame
FLAT_STD = 10.0
MAX_TRIM = 0.45
# Sub-rectangles that survive a crop: 90% at the centre and corners, 80% on a 3x3 grid of offsets (a crop
# anywhere is within 5% of one of them), and one more slot for the untrimmed picture (when trimming removed a
# natural border — a sky — from one copy and not from another).
REGIONS = tuple(
    [(x, y, x + 0.9, y + 0.9) for x, y in ((0.05, 0.05), (0, 0), (0.1, 0), (0, 0.1), (0.1, 0.1))]
    + [(x, y, x + 0.8, y + 0.8) for y in (0.0, 0.1, 0.2) for x in (0.0, 0.1, 0.2)]
)
SLOTS = len(REGIONS) + 1
HASH_BASE = 160


def working_image(image: Image.Image) -> Image.Image:
    """The picture at WORK_SIZE on its long side (never enlarged): what hashes and verification see."""
    return shrink(image, WORK_SIZE, Image.Resampling.BILINEAR)


def compute(image: Image.Image) -> Hashes:
    """All hashes of one decoded, oriented RGB picture.

    Every hash comes from one small grayscale copy (HASH_BASE pixels on its long side, box-filtered once), so
    the 17 pHashes cost little more than one, and whole-picture and region hashes stay comparable.
    """
    work = working_image(image)
    digest = hashlib.sha256(f"{work.mode} {work.width}x{work.height}\n".encode())
    digest.update(work.tobytes())
    pixels = digest.hexdigest()[:32]
    gray_work = work.convert("L")
    gray = np.asarray(gray_work, dtype=np.float32)
    trim = trim_box(gray)
    w, h = gray_work.size
    content = _small(gray_work.crop((round(trim[0] * w), round(trim[1] * h), round(trim[2] * w), round(trim[3] * h))))
    cw, ch = content.size
    flat = float(np.asarray(content, dtype=np.float32).std()) < FLAT_STD
    crops = [
        content.crop((round(x0 * cw), round(y0 * ch), round(x1 * cw), round(y1 * ch))) for x0, y0, x1, y1 in REGIONS
    ]
    whole = _small(gray_work) if trim != (0.0, 0.0, 1.0, 1.0) else content
    # One pass over all 18 pHashes: the whole picture, its mirror, the regions, the untrimmed picture.
    hashes = phashes([content, ImageOps.mirror(content), *crops, whole])
    return Hashes(
        phash=hashes[0],
        dhash=dhash(content),
        phash_mirror=hashes[1],
        regions=hashes[2:],
        trim=trim,
        flat=flat,
        pixels=pixels,
    )


def phashes(images: list[Image.Image]) -> list[str]:
    """``imagehash.phash`` of each grayscale image, as 16 hex digits. imagehash stays the implementation (the
    project's named dependency for perceptual hashes): a batched re-implementation saved about 1 ms of a 60 ms
    ingest, not worth a second copy of its DCT and median to keep bit-for-bit equal."""
    import imagehash  # here: a command that hashes nothing never loads imagehash and SciPy

    return [to_hex(imagehash.phash(im)) for im in images]


def dhash(image: Image.Image) -> str:
    """``imagehash.dhash`` of a grayscale image as 16 hex digits."""
    import imagehash

    return to_hex(imagehash.dhash(image))


def to_hex(h: object) -> str:
    """An ImageHash as 16 hex digits (its ``str`` drops no leading zeros, but be explicit)."""
    return f"{int(str(h), 16):016x}"


def _small(gray: Image.Image) -> Image.Image:
    return shrink(gray, HASH_BASE, Image.Resampling.BOX)


def trim_box(gray: np.ndarray) -> tuple[float, float, float, float]:
    """The content rectangle (fractions of width and height) inside uniform borders.

    A border line is trimmed while it is nearly uniform and close to the colour of the outermost line on that
    side (bars and frames are one colour); at most 45% per side, and not at all for a flat picture.
    """
    h, w = gray.shape
    if h < 8 or w < 8 or float(gray.std()) < FLAT_STD:
        return (0.0, 0.0, 1.0, 1.0)

    def scan(lines: np.ndarray) -> int:
        edge = float(lines[0].mean())
        limit = int(len(lines) * MAX_TRIM)
        n = 0
        while n < limit:
            line = lines[n]
            if float(line.std()) > UNIFORM_STD or abs(float(line.mean()) - edge) > 6:
                break
            n += 1
        if n < 2 or n >= limit:
            return 0
        step = lines[n : n + 3]  # a bar ends in a visible step; a sky or a wall fades into the picture
        if abs(float(step.mean()) - edge) < 20 and float(step.std()) < 3 * UNIFORM_STD:
            return 0
        return n

    top, bottom = scan(gray), scan(gray[::-1])
    left, right = scan(gray.T), scan(gray.T[::-1])
    if max(top, bottom, left, right) < 2:
        return (0.0, 0.0, 1.0, 1.0)
    return (left / w, top / h, (w - right) / w, (h - bottom) / h)


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()
