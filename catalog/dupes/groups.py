"""Groups of copies and their keeper: pure rules over records (``catalog.ops.dupes`` applies them).

Verified pairs join into groups (union-find); each group has one keeper — the largest picture (content area,
frames not counted), then the less derived (not a screenshot, not framed), then the richer caption and credit,
then the less recompressed, then the earliest.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import numpy as np
from PIL import Image

from catalog.dupes.neighbors import HashIndex
from catalog.dupes.verify import gray_array
from catalog.model import Asset, Hashes


def index_of(hashes: Iterable[tuple[int, Hashes]]) -> HashIndex:
    index = HashIndex()
    for asset_id, h in hashes:
        index.add(asset_id, h)
    return index


def views_of(
    thumbnail: bytes | str | Path | IO[bytes], trim: tuple[float, float, float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """(trimmed, whole) grayscale views of a thumbnail (its bytes, a path or a file object) cut by the trim box:
    what verification compares."""
    with Image.open(io.BytesIO(thumbnail) if isinstance(thumbnail, bytes) else thumbnail) as im:
        whole = im.convert("L")
    left, top, right, bottom = trim
    w, h = whole.size
    trimmed = whole.crop((round(left * w), round(top * h), round(right * w), round(bottom * h)))
    return gray_array(trimmed), gray_array(whole)


def choose_keeper(assets: list[Asset]) -> int:
    """The best copy: the largest content area (frames not counted; within 8%, as trims are measured at working
    size), then the less derived (not a screenshot, not framed), the richer caption and credit, the less
    recompressed (more bytes), the earliest."""
    biggest = max(a.content_area for a in assets)
    tier = [a for a in assets if a.content_area >= 0.92 * biggest]

    def key(a: Asset) -> tuple[int, int, int, int]:
        left, top, right, bottom = a.trim
        derived = int(a.credit_kind == "screenshot") + int((right - left) * (bottom - top) < 0.98)
        richness = len(a.caption or "") + (200 if a.credit_raw else 0)
        return (derived, -richness, -(a.bytes or 0), a.id)

    return min(tier, key=key).id


def components(pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected groups (two or more members, sorted) that the pairs make."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def differences(copy: Asset, keeper: Asset) -> list[str]:
    """What a copy says that its keeper does not: a caption, credit or headline it lacks or has differently."""
    out = []
    for name, mine, theirs in (
        ("caption", copy.caption, keeper.caption),
        ("credit", copy.credit_line, keeper.credit_line),
        ("headline", copy.headline, keeper.headline),
    ):
        if mine and not theirs:
            out.append(f"brings a {name} its keeper lacks")
        elif mine and theirs and mine.strip() != theirs.strip():
            out.append(f"has a different {name}")
    return out
