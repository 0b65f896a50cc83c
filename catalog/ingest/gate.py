"""``--on-duplicate skip``, decided before anything is stored.

The worker leaves a new picture unstored and hands back its thumbnail; the gate looks it up in the hash index and
verifies each candidate against its stored thumbnail, exactly as ingest's dedupe step does. Only a picture that is
not a copy is then stored, and it joins the index, so a batch holding two copies of one picture stores one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from catalog.dupes.groups import views_of
from catalog.dupes.verify import verify_views
from catalog.library import Library
from catalog.model import Asset
from catalog.ops.dupes import build_index, thumbnail_views


@dataclass
class SeenCopy:
    """A picture found, before it was stored, to be a copy of one in the library (``--on-duplicate skip``)."""

    keeper: int  # the keeper of the matched picture's group: what the copy is recorded against
    matched: int
    via: str
    distance: int
    larger: bool  # the copy has more pixels than the keeper: 'replace' would have kept it instead

    def reason(self, size: str, keeper_size: str) -> str:
        text = f"copy of asset {self.keeper} ({self.via}, {self.distance} bits): not stored (--on-duplicate skip)"
        if self.larger:
            text += f"; it is larger ({size}) than the library's copy ({keeper_size}): --on-duplicate replace keeps it"
        return text


class CopyGate:
    """``--on-duplicate skip`` decided before anything is stored: each new picture is looked up (hashes, then
    verification against the candidates' stored thumbnails) and stored only when it is not a copy. Pictures
    accepted earlier in the batch join the index, so a batch holding two copies of one picture stores one."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.index = build_index(library)

    def copy_of(self, record: Asset, thumbnail: bytes) -> SeenCopy | None:
        h = record.hashes()
        if h is None:
            return None
        assets = self.library.catalog.assets
        mine: tuple[np.ndarray, np.ndarray] | None = None
        for c in self.index.candidates(h):
            other = assets.get(c.asset_id)
            if other is None:
                continue
            if record.pixel_digest and record.pixel_digest == other.pixel_digest:
                same = True
            else:
                mine = mine or views_of(thumbnail, record.trim)
                views = thumbnail_views(self.library, other)
                if views is None:
                    continue  # its thumbnail is missing: not evidence either way
                flat = record.flat and other.flat
                same = verify_views(mine, views, flat=flat, mirrored_first=c.via == "mirror").same
            if same:
                keeper = other.duplicate_of or other.id
                kept = other if keeper == other.id else assets.get(keeper)
                theirs = (kept.width or 0) * (kept.height or 0) if kept else 0
                larger = (record.width or 0) * (record.height or 0) > theirs
                return SeenCopy(keeper, other.id, c.via, c.distance, larger)
        return None

    def accept(self, asset_id: int, record: Asset) -> None:
        h = record.hashes()
        if h is not None:
            self.index.add(asset_id, h)
