"""``hash_journal``: the order in which assets' hashes were set (triggers write it, migration 20), and the hash
columns read raw, for the neighbour index file that caches them (``ops.neighbours``)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from catalog.db.connection import Connection
from catalog.db.rows import marks

BATCH = 5000  # ids per IN (...) query


class HashRow(NamedTuple):
    """One asset's indexed hashes as stored (hex digits; regions decoded): a tuple, since a rebuild reads
    millions of them."""

    asset_id: int
    phash: str
    dhash: str
    mirror: str
    regions: list[str]
    flat: bool


class HashJournal:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def identity(self) -> str:
        """The catalog's random token (32 hex digits), made when the journal was created."""
        return str(self.conn.execute("SELECT token FROM catalog_identity").fetchone()[0])

    def last(self) -> tuple[int, int]:
        """(seq, asset id) of the newest entry; (0, 0) for an empty journal."""
        row = self.conn.execute("SELECT seq, asset_id FROM hash_journal ORDER BY seq DESC LIMIT 1").fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def asset_at(self, seq: int) -> int | None:
        """The asset journaled at ``seq`` (None when there is no such entry): tells a cache that recorded
        (seq, asset) whether it was made from this catalog."""
        row = self.conn.execute("SELECT asset_id FROM hash_journal WHERE seq = ?", [seq]).fetchone()
        return int(row[0]) if row else None

    def changed_since(self, seq: int, upto: int) -> list[int]:
        """The assets whose hashes changed after ``seq`` up to ``upto`` (inclusive), each once."""
        sql = "SELECT DISTINCT asset_id FROM hash_journal WHERE seq > ? AND seq <= ? ORDER BY asset_id"
        return [int(r[0]) for r in self.conn.execute(sql, [seq, upto])]

    def count_since(self, seq: int) -> int:
        return int(self.conn.execute("SELECT count(*) FROM hash_journal WHERE seq > ?", [seq]).fetchone()[0])

    def hashed_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM assets WHERE phash IS NOT NULL").fetchone()[0])

    def rows(self, ids: Sequence[int] | None = None) -> Iterator[HashRow]:
        """The indexed hashes of ``ids`` (every hashed asset when None, in id order); assets without hashes are
        left out. Read raw — no record built per row — because a rebuild reads millions."""
        columns = "id, phash, dhash, phash_mirror, hash_regions, flat"
        if ids is None:
            yield from self._rows(f"SELECT {columns} FROM assets WHERE phash IS NOT NULL ORDER BY id", [])
            return
        chunk = list(ids)
        for i in range(0, len(chunk), BATCH):
            part = chunk[i : i + BATCH]
            sql = f"SELECT {columns} FROM assets WHERE phash IS NOT NULL AND id IN ({marks(part)}) ORDER BY id"
            yield from self._rows(sql, part)

    def _rows(self, sql: str, params: list[int]) -> Iterator[HashRow]:
        for aid, p, d, m, regions, flat in self.conn.execute(sql, params):
            yield HashRow(int(aid), str(p), str(d or p), str(m or p), json.loads(regions or "[]"), bool(flat))
