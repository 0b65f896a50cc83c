"""The neighbour index on disk (``neighbours.idx`` beside the catalog): every hashed asset's hashes as packed
64-bit integers, column by column, so that opening it at 1,000,000 assets is one read of 150 MB straight into
the arrays the lookup scans — no row-by-row decoding of hex and JSON — and adding a picture writes a few bytes.

It is a cache. The catalog stays the truth; the header records which catalog it was made from (a random token
the catalog holds) and how far into its hash journal the file has read (``seq``, and the asset journaled there).
A damaged, foreign or older-format file is simply rebuilt.

Layout (little-endian): a 4096-byte header (magic, format, hash version, region slots, capacity, count, seq, the
asset at seq, the largest id held, the catalog's token, CRC-32 of the header), then ``capacity`` slots of each
column in turn — ids (int64), pHash, dHash, mirror pHash, one column per region slot (uint64), then the flat flags
(uint8). Records past ``count`` are unused; a record whose id is negative was withdrawn (its asset lost its
hashes). Writers append into the spare capacity in place, then rewrite the header; when it is full the file is
rewritten at twice the size under a temporary name and renamed over (a reader sees the old file or the new one,
never half of one).
"""

from __future__ import annotations

import contextlib
import os
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from catalog.dupes.hashing import SLOTS

MAGIC = b"PDNEIGH1"
FORMAT = 1
HEADER_SIZE = 4096
# magic format hash_version slots reserved capacity count seq seq_asset max_id catalog-token
_HEADER = struct.Struct("<8sIIIIqqqqq16s")
WORDS = 4 + SLOTS  # ids, phash, dhash, mirror, regions


class IndexFileDamaged(Exception):
    """The file is not a neighbour index this code can trust (truncated, overwritten, another format)."""


@dataclass
class Header:
    hash_version: int
    capacity: int
    count: int
    seq: int  # the last hash-journal entry the file holds
    seq_asset: int  # the asset journaled at ``seq``
    max_id: int
    catalog: str  # the catalog's token (32 hex digits): which catalog the file was made from

    def pack(self) -> bytes:
        fields = (self.capacity, self.count, self.seq, self.seq_asset, self.max_id, bytes.fromhex(self.catalog))
        body = _HEADER.pack(MAGIC, FORMAT, self.hash_version, SLOTS, 0, *fields)
        return body + struct.pack("<I", zlib.crc32(body))


@dataclass
class Columns:
    """The index's arrays: one entry per record (``regions`` is SLOTS rows of them)."""

    ids: np.ndarray
    phash: np.ndarray
    dhash: np.ndarray
    mirror: np.ndarray
    regions: np.ndarray
    flat: np.ndarray

    @classmethod
    def empty(cls) -> Columns:
        z = np.zeros(0, dtype=np.uint64)
        return cls(
            np.zeros(0, dtype=np.int64), z, z.copy(), z.copy(), np.zeros((SLOTS, 0), np.uint64), np.zeros(0, bool)
        )

    def __len__(self) -> int:
        return len(self.ids)

    def head(self, n: int) -> Columns:
        """The first ``n`` records (views: nothing copied)."""
        return Columns(
            self.ids[:n], self.phash[:n], self.dhash[:n], self.mirror[:n], self.regions[:, :n], self.flat[:n]
        )

    def words(self) -> list[np.ndarray]:
        return [self.ids, self.phash, self.dhash, self.mirror, *self.regions]

    def concat(self, other: Columns) -> Columns:
        return Columns.join([self, other])

    @classmethod
    def join(cls, parts: Sequence[Columns]) -> Columns:
        return cls(
            np.concatenate([p.ids for p in parts]),
            np.concatenate([p.phash for p in parts]),
            np.concatenate([p.dhash for p in parts]),
            np.concatenate([p.mirror for p in parts]),
            np.ascontiguousarray(np.concatenate([p.regions for p in parts], axis=1)),
            np.concatenate([p.flat for p in parts]),
        )

    def take(self, rows: np.ndarray) -> Columns:
        """The records at ``rows``, in that order."""
        return Columns(
            self.ids[rows],
            self.phash[rows],
            self.dhash[rows],
            self.mirror[rows],
            np.ascontiguousarray(self.regions[:, rows]),
            self.flat[rows],
        )


def _column_offset(capacity: int, word: int) -> int:
    return HEADER_SIZE + word * capacity * 8


def read_header(path: Path) -> Header:
    with open(path, "rb") as f:
        raw = f.read(_HEADER.size + 4)
    if len(raw) < _HEADER.size + 4:
        raise IndexFileDamaged("shorter than its header")
    body, (crc,) = raw[: _HEADER.size], struct.unpack("<I", raw[_HEADER.size :])
    if zlib.crc32(body) != crc:
        raise IndexFileDamaged("header checksum does not match")
    magic, fmt, hash_version, slots, _, capacity, count, seq, seq_asset, max_id, token = _HEADER.unpack(body)
    if magic != MAGIC or fmt != FORMAT or slots != SLOTS:
        raise IndexFileDamaged("not a neighbour index of this format")
    if not 0 <= count <= capacity or os.path.getsize(path) < _column_offset(capacity, WORDS) + capacity:
        raise IndexFileDamaged("truncated")
    return Header(hash_version, capacity, count, seq, seq_asset, max_id, token.hex())


def read(path: Path, spare: int = 0) -> tuple[Header, Columns]:
    """The header and the ``count`` records, read column by column straight into the arrays, which have room for
    ``spare`` more records after them (placeholders: ``head`` takes the records in use), so that appending what the
    journal brings copies nothing — a copy of every column costs more than the whole read at 1,000,000."""
    header = read_header(path)
    n, cap = header.count, header.capacity
    size = n + spare
    columns = Columns(
        np.zeros(size, dtype=np.int64),
        np.zeros(size, dtype=np.uint64),
        np.zeros(size, dtype=np.uint64),
        np.zeros(size, dtype=np.uint64),
        np.zeros((SLOTS, size), dtype=np.uint64),
        np.zeros(size, dtype=bool),
    )
    with open(path, "rb") as f:
        for word, values in enumerate(columns.words()):
            f.seek(_column_offset(cap, word))
            if f.readinto(values[:n].data.cast("B")) != n * 8:
                raise IndexFileDamaged("truncated")
        f.seek(_column_offset(cap, WORDS))
        if f.readinto(columns.flat[:n].data.cast("B")) != n:
            raise IndexFileDamaged("truncated")
    return header, columns


def write(path: Path, header: Header, columns: Columns) -> None:
    """A whole new file, with room to grow, under a temporary name renamed into place."""
    n = len(columns)
    header.capacity = max(1024, 1 << max(n + n // 4, 1).bit_length())
    header.count = n
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.truncate(_column_offset(header.capacity, WORDS) + header.capacity)
            f.write(header.pack())
            for word, values in enumerate(columns.words()):
                f.seek(_column_offset(header.capacity, word))
                f.write(np.ascontiguousarray(values).tobytes())
            f.seek(_column_offset(header.capacity, WORDS))
            f.write(columns.flat.astype(np.uint8).tobytes())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_changes(path: Path, header: Header, columns: Columns, positions: np.ndarray) -> None:
    """Write the records at ``positions`` (changed in place or appended) into the file, then the header; or the
    whole file anew when the appended records do not fit its capacity."""
    n = len(columns)
    if n > header.capacity:
        write(path, header, columns)
        return
    header.count = n
    fd = os.open(path, os.O_RDWR)
    try:
        for word, values in enumerate(columns.words()):
            _write_runs(fd, _column_offset(header.capacity, word), 8, values, positions)
        _write_runs(fd, _column_offset(header.capacity, WORDS), 1, columns.flat.astype(np.uint8), positions)
        os.fdatasync(fd)  # the records are down before the header that counts them
        os.pwrite(fd, header.pack(), 0)
    finally:
        os.close(fd)


def _write_runs(fd: int, base: int, size: int, values: np.ndarray, positions: np.ndarray) -> None:
    """pwrite ``values[positions]`` in runs of consecutive positions (an append is one run)."""
    if not len(positions):
        return
    breaks = np.flatnonzero(np.diff(positions) != 1) + 1
    for run in np.split(positions, breaks):
        start, stop = int(run[0]), int(run[-1]) + 1
        os.pwrite(fd, np.ascontiguousarray(values[start:stop]).tobytes(), base + start * size)
