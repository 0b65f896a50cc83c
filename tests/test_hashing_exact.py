"""The fast paths of hashing and resizing give exactly what their plain definitions give.

Hashes are stored and compared across libraries and versions (``HASH_VERSION``), and thumbnails are stored by
content address, so a faster way of computing either must not move a single bit: each is compared here with the
straightforward form it replaces (imagehash's own functions, Pillow's own ``thumbnail``) on real photographs.
"""

from __future__ import annotations

import hashlib
import random

import imagehash
import numpy as np
import pytest
from PIL import Image, ImageOps

from catalog.dupes.hashing import FLAT_STD, HASH_BASE, REGIONS, WORK_SIZE, compute, trim_box
from catalog.media.shrink import fitted_size, shrink
from catalog.model import Hashes

from .helpers import DATA

PHOTOS = sorted(DATA.glob("*.jpg"))


def photo(path: str) -> Image.Image:
    with Image.open(path) as im:
        return im.convert("RGB")


def hex16(h: imagehash.ImageHash) -> str:
    return f"{int(str(h), 16):016x}"


def reference(image: Image.Image) -> Hashes:
    """``compute`` as first written: a copy and ``thumbnail`` for each resize, one imagehash call per hash."""
    work = image.copy()
    work.thumbnail((WORK_SIZE, WORK_SIZE), Image.Resampling.BILINEAR, reducing_gap=None)
    gray_work = work.convert("L")
    digest = hashlib.sha256(f"{work.mode} {work.width}x{work.height}\n".encode() + work.tobytes())
    trim = trim_box(np.asarray(gray_work, dtype=np.float32))
    w, h = gray_work.size

    def small(im: Image.Image) -> Image.Image:
        out = im.copy()
        out.thumbnail((HASH_BASE, HASH_BASE), Image.Resampling.BOX, reducing_gap=None)
        return out

    content = small(gray_work.crop((round(trim[0] * w), round(trim[1] * h), round(trim[2] * w), round(trim[3] * h))))
    cw, ch = content.size
    regions = [
        hex16(imagehash.phash(content.crop((round(x0 * cw), round(y0 * ch), round(x1 * cw), round(y1 * ch)))))
        for x0, y0, x1, y1 in REGIONS
    ]
    regions.append(hex16(imagehash.phash(small(gray_work) if trim != (0.0, 0.0, 1.0, 1.0) else content)))
    return Hashes(
        phash=hex16(imagehash.phash(content)),
        dhash=hex16(imagehash.dhash(content)),
        phash_mirror=hex16(imagehash.phash(ImageOps.mirror(content))),
        regions=regions,
        trim=trim,
        flat=float(np.asarray(content, dtype=np.float32).std()) < FLAT_STD,
        pixels=digest.hexdigest()[:32],
    )


@pytest.mark.parametrize("path", PHOTOS, ids=lambda p: p.name)
def test_compute_equals_its_plain_definition_on_real_photographs(path: str) -> None:
    image = photo(path)
    large = image.resize((image.width * 3, image.height * 3), Image.Resampling.BICUBIC)  # resized to work scale
    barred = Image.new("RGB", (large.width, large.height * 4 // 3), (0, 0, 0))  # letterboxed: trimmed first
    barred.paste(large, (0, large.height // 6))
    for picture in (image, large, barred):
        assert compute(picture) == reference(picture)
    assert compute(barred).trim != (0.0, 0.0, 1.0, 1.0), "the letterbox case was trimmed"


def test_fitted_size_is_the_size_thumbnail_gives() -> None:
    rng = random.Random(7)
    sizes = [(1, 1), (512, 512), (513, 1), (1, 513), (6000, 4000), (4000, 6000), (511, 9000), (750, 500)]
    sizes += [(rng.randint(1, 5000), rng.randint(1, 5000)) for _ in range(3000)]
    for size in sizes:
        for box in (160, 512):
            probe = Image.new("1", size)
            probe.thumbnail((box, box), Image.Resampling.NEAREST, reducing_gap=None)
            assert fitted_size(size, box) == probe.size, (size, box)


@pytest.mark.parametrize("resample", [Image.Resampling.LANCZOS, Image.Resampling.BILINEAR, Image.Resampling.BOX])
def test_shrink_gives_thumbnails_pixels_and_leaves_the_picture(resample: Image.Resampling) -> None:
    image = photo(PHOTOS[0])
    large = image.resize((1501, 997), Image.Resampling.BICUBIC)
    for picture, box in ((large, 512), (large, 160), (image, 4000)):
        before = picture.tobytes()
        expected = picture.copy()
        expected.thumbnail((box, box), resample, reducing_gap=None)
        got = shrink(picture, box, resample)
        assert (got.size, got.mode, got.tobytes()) == (expected.size, expected.mode, expected.tobytes())
        assert picture.tobytes() == before
