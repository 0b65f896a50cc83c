"""Candidate copies from hashes held in memory as packed 64-bit integers: one XOR and popcount per hash kind.

numpy's vectorised popcount over 1,000,000 hashes takes about a millisecond, so a lookup is a handful of array
scans rather than a Python loop over pairs. Candidates come from several hashes (see ``hashing``): the whole
picture (pHash close, or pHash and dHash both loosely close), its mirror, and crop-surviving regions in both
directions. Only candidates are ever verified.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from catalog.dupes.hashing import SLOTS
from catalog.model import Hashes


@dataclass(frozen=True)
class CandidateThresholds:
    phash: int = 12  # whole picture, pHash alone
    loose_phash: int = 22  # whole picture, when dHash agrees too
    loose_dhash: int = 20
    mirror: int = 12
    region: int = 14
    max_candidates: int = 24


DEFAULT_CANDIDATES = CandidateThresholds()


@dataclass
class Candidate:
    asset_id: int
    via: str  # phash | phash+dhash | mirror | region
    distance: int


def _u64(hex_digits: str) -> np.uint64:
    return np.uint64(int(hex_digits, 16))


class HashIndex:
    """All assets' hashes in memory; ``add`` as new pictures arrive, ``candidates`` to look one up."""

    def __init__(self) -> None:
        self.ids = np.zeros(0, dtype=np.int64)
        self.phash = np.zeros(0, dtype=np.uint64)
        self.dhash = np.zeros(0, dtype=np.uint64)
        self.mirror = np.zeros(0, dtype=np.uint64)
        self.regions = np.zeros((SLOTS, 0), dtype=np.uint64)  # one contiguous row per region slot
        self.flat = np.zeros(0, dtype=bool)
        self._pending: list[tuple[int, Hashes]] = []

    def __len__(self) -> int:
        return len(self.ids) + len(self._pending)

    def add(self, asset_id: int, hashes: Hashes) -> None:
        self._pending.append((asset_id, hashes))

    def _flush(self) -> None:
        if not self._pending:
            return
        ids, items = zip(*self._pending, strict=True)
        self.ids = np.concatenate([self.ids, np.array(ids, dtype=np.int64)])
        self.phash = np.concatenate([self.phash, np.array([_u64(h.phash) for h in items], dtype=np.uint64)])
        self.dhash = np.concatenate([self.dhash, np.array([_u64(h.dhash) for h in items], dtype=np.uint64)])
        self.mirror = np.concatenate([self.mirror, np.array([_u64(h.phash_mirror) for h in items], dtype=np.uint64)])
        regions = np.array([[int(r, 16) for r in h.regions] for h in items], dtype=np.uint64)
        self.regions = np.ascontiguousarray(
            np.concatenate([self.regions, regions.reshape(len(items), SLOTS).T], axis=1)
        )
        self.flat = np.concatenate([self.flat, np.array([h.flat for h in items], dtype=bool)])
        self._pending.clear()

    def _min_distance(self, columns: Any, values: list[np.uint64]) -> np.ndarray:
        """Smallest Hamming distance, per asset, between any of ``columns`` and any of ``values``: one column
        and one value at a time into reused buffers (no N x K temporaries)."""
        n = len(self.ids)
        best = np.full(n, 64, dtype=np.uint8)
        xor = np.empty(n, dtype=np.uint64)
        dist = np.empty(n, dtype=np.uint8)
        for column in columns:
            for value in values:
                np.bitwise_xor(column, value, out=xor)
                np.bitwise_count(xor, out=dist)
                np.minimum(best, dist, out=best)
        return best

    def candidates(
        self, hashes: Hashes, *, exclude: int | None = None, thresholds: CandidateThresholds = DEFAULT_CANDIDATES
    ) -> list[Candidate]:
        """Assets whose hashes say they may be copies of ``hashes``, nearest first, at most max_candidates."""
        self._flush()
        if not len(self.ids):
            return []
        p, d = _u64(hashes.phash), _u64(hashes.dhash)
        d_p = np.bitwise_count(self.phash ^ p)
        d_d = np.bitwise_count(self.dhash ^ d)
        found: dict[int, Candidate] = {}

        def take(mask: np.ndarray, dist: np.ndarray, via: str) -> None:
            for i in np.flatnonzero(mask):
                aid = int(self.ids[i])
                if aid != exclude and (aid not in found or found[aid].distance > int(dist[i])):
                    found[aid] = Candidate(aid, via, int(dist[i]))

        take(d_p <= thresholds.phash, d_p, "phash")
        both = (d_p <= thresholds.loose_phash) & (d_d <= thresholds.loose_dhash)
        take(both & (d_p > thresholds.phash), d_p, "phash+dhash")
        d_m = np.bitwise_count(self.mirror ^ p)
        take(d_m <= thresholds.mirror, d_m, "mirror")
        d_r = self._min_distance(self.regions, [p])  # this picture is a crop of a library picture
        take(d_r <= thresholds.region, d_r, "region")
        own = [np.uint64(int(r, 16)) for r in hashes.regions]
        d_o = self._min_distance([self.phash], own)  # a library picture is a crop of this one
        take(d_o <= thresholds.region, d_o, "region")
        ranked = sorted(found.values(), key=lambda c: (c.distance, c.asset_id))
        return ranked[: thresholds.max_candidates]
