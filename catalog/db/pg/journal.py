"""The hash journal's positions on PostgreSQL, where ``seq`` order is not commit order.

On SQLite one writer at a time commits, so ``seq`` grows in commit order and "everything after ``seq``" is exact.
On PostgreSQL two ingests commit in either order: a reader that saw seq 6 (committed) while seq 5 was still in
flight would skip 5 for ever. So a position here is a transaction id: ``pg_snapshot_xmin`` of the reader's
snapshot, below which every transaction has finished. Every entry the reader could not see then was written by a
transaction at or above it, so "entries with ``xid`` ≥ the position" misses nothing; the few entries seen twice
are applied twice, which changes nothing (the index reads the asset's current hashes).
"""

from __future__ import annotations

from catalog.db.journal import HashJournal

XMIN = "pg_snapshot_xmin(pg_current_snapshot())"


class PgHashJournal(HashJournal):
    def last(self) -> tuple[int, int]:
        """(position, 0): the oldest transaction still running (or the next one) — see the module's docstring."""
        row = self.conn.execute(f"SELECT {XMIN}::text::bigint").fetchone()
        return int(row[0]), 0

    def asset_at(self, seq: int) -> int | None:
        """0 when ``seq`` is a position this catalog has reached, None when it is ahead of it (a file beside a
        catalog restored from an older backup, or another cluster's)."""
        row = self.conn.execute(f"SELECT ?::text::bigint <= {XMIN}::text::bigint", [seq]).fetchone()
        return 0 if row[0] else None

    def changed_since(self, seq: int, upto: int) -> list[int]:
        """The assets journaled by transactions at or after position ``seq`` (``upto`` does not bound them:
        re-reading what is newer costs nothing and is exact)."""
        sql = "SELECT DISTINCT asset_id FROM hash_journal WHERE xid >= ?::text::xid8 ORDER BY asset_id"
        return [int(r[0]) for r in self.conn.execute(sql, [seq])]

    def count_since(self, seq: int) -> int:
        if seq == 0:
            return int(self.conn.execute("SELECT count(*) FROM hash_journal").fetchone()[0])
        sql = "SELECT count(*) FROM hash_journal WHERE xid >= ?::text::xid8"
        return int(self.conn.execute(sql, [seq]).fetchone()[0])
