"""Candidate copies from hashes held in memory as packed 64-bit integers: one XOR and popcount per hash kind.

numpy's vectorised popcount over 1,000,000 hashes takes about a millisecond, so a lookup is a handful of array
scans rather than a Python loop over pairs. Candidates come from several hashes (see ``hashing``): the whole
picture (pHash close, or pHash and dHash both loosely close), its mirror, and crop-surviving regions in both
directions. Only candidates are ever verified.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache

import numpy as np

from catalog.dupes.hashing import SLOTS
from catalog.dupes.index_file import Columns
from catalog.model import Hashes

PARALLEL_FROM = 200_000  # below this a scan is faster than handing it to threads
WORKERS = min(os.cpu_count() or 1, 8)


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


# One picture's indexed hashes as stored: (asset id, pHash, dHash, mirror pHash, region pHashes, flat), hex digits.
HashTuple = tuple[int, str, str, str, list[str], bool]


def pack(rows: Sequence[HashTuple]) -> Columns:
    """Hashes as the index's arrays. A picture hashed by an older version with fewer region hashes has its
    missing slots filled with its own pHash (a duplicate entry, never a false one)."""
    if not rows:
        return Columns.empty()

    def u64(values: Iterable[str]) -> np.ndarray:
        return np.array([int(v, 16) for v in values], dtype=np.uint64)

    regions = np.empty((SLOTS, len(rows)), dtype=np.uint64)
    for i, (_, p, _d, _m, r, _f) in enumerate(rows):
        regions[:, i] = [int(v, 16) for v in (r + [p] * SLOTS)[:SLOTS]]
    return Columns(
        np.array([r[0] for r in rows], dtype=np.int64),
        u64(r[1] for r in rows),
        u64(r[2] or r[1] for r in rows),
        u64(r[3] or r[1] for r in rows),
        regions,
        np.array([r[5] for r in rows], dtype=bool),
    )


def as_tuple(asset_id: int, h: Hashes) -> HashTuple:
    return (asset_id, h.phash, h.dhash, h.phash_mirror, list(h.regions), h.flat)


class HashIndex:
    """Hashes in memory, from the index file (``from_columns``) or added one by one (``add``); ``candidates`` to
    look one picture up. Withdrawn records (negative ids) never match."""

    def __init__(self, columns: Columns | None = None) -> None:
        self.columns = columns if columns is not None else Columns.empty()
        self._pending: list[HashTuple] = []

    def __len__(self) -> int:
        return len(self.columns) + len(self._pending)

    def add(self, asset_id: int, hashes: Hashes) -> None:
        self._pending.append(as_tuple(asset_id, hashes))

    def _flush(self) -> None:
        if self._pending:
            self.columns = self.columns.concat(pack(self._pending))
            self._pending.clear()

    @staticmethod
    def _min_distance(columns: Iterable[np.ndarray], values: list[np.uint64]) -> np.ndarray:
        """Smallest Hamming distance, per asset, between any of ``columns`` and any of ``values``: one column
        and one value at a time into reused buffers (no N x K temporaries). A large index is split into one slice
        per core scanned in threads (numpy releases the GIL in its loops)."""
        columns = list(columns)
        n = len(columns[0]) if columns else 0
        best = np.full(n, 64, dtype=np.uint8)
        if n >= PARALLEL_FROM and WORKERS > 1:
            bounds = np.linspace(0, n, WORKERS + 1).astype(int)
            slices = [slice(int(a), int(b)) for a, b in itertools.pairwise(bounds)]
            list(_pool().map(lambda part: _scan(columns, values, best, part), slices))
        else:
            _scan(columns, values, best, slice(0, n))
        return best

    def candidates(
        self, hashes: Hashes, *, exclude: int | None = None, thresholds: CandidateThresholds = DEFAULT_CANDIDATES
    ) -> list[Candidate]:
        """Assets whose hashes say they may be copies of ``hashes``, nearest first, at most max_candidates."""
        self._flush()
        cols = self.columns
        if not len(cols):
            return []
        p, d = _u64(hashes.phash), _u64(hashes.dhash)
        d_p = self._min_distance([cols.phash], [p])
        d_d = self._min_distance([cols.dhash], [d])
        found: dict[int, Candidate] = {}

        def take(mask: np.ndarray, dist: np.ndarray, via: str) -> None:
            for i in np.flatnonzero(mask):
                aid = int(cols.ids[i])
                if aid >= 0 and aid != exclude and (aid not in found or found[aid].distance > int(dist[i])):
                    found[aid] = Candidate(aid, via, int(dist[i]))

        take(d_p <= thresholds.phash, d_p, "phash")
        both = (d_p <= thresholds.loose_phash) & (d_d <= thresholds.loose_dhash)
        take(both & (d_p > thresholds.phash), d_p, "phash+dhash")
        d_m = self._min_distance([cols.mirror], [p])
        take(d_m <= thresholds.mirror, d_m, "mirror")
        d_r = self._min_distance(cols.regions, [p])  # this picture is a crop of a library picture
        take(d_r <= thresholds.region, d_r, "region")
        own = [np.uint64(int(r, 16)) for r in hashes.regions]
        d_o = self._min_distance([cols.phash], own)  # a library picture is a crop of this one
        take(d_o <= thresholds.region, d_o, "region")
        ranked = sorted(found.values(), key=lambda c: (c.distance, c.asset_id))
        return ranked[: thresholds.max_candidates]


@cache
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(WORKERS, thread_name_prefix="photodesk-scan")


def _scan(columns: list[np.ndarray], values: list[np.uint64], best: np.ndarray, part: slice) -> None:
    n = part.stop - part.start
    xor = np.empty(n, dtype=np.uint64)
    dist = np.empty(n, dtype=np.uint8)
    out = best[part]
    for column in columns:
        for value in values:
            np.bitwise_xor(column[part], value, out=xor)
            np.bitwise_count(xor, out=dist)
            np.minimum(out, dist, out=out)
