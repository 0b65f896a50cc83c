"""Shared work queues: pictures one of several processes must do something to, each taken by one of them.

On PostgreSQL several machines may work on one catalog at once (``dupes scan`` on two servers, a repair beside a
running desk). A worker takes a few rows with ``SELECT … FOR UPDATE SKIP LOCKED`` inside its transaction, does
the work and commits: the rows another worker holds are skipped, not waited for, and a worker that dies releases
its rows with its connection, so the next one takes them. SQLite has one writer at a time, so there is nobody to
skip: a worker takes one row per transaction (the write lock is held for one picture's work, not a batch's).
"""

from __future__ import annotations

from catalog.db.assets import to_asset
from catalog.db.connection import POSTGRESQL, Connection
from catalog.db.rows import rows_of
from catalog.model import HASH_VERSION, Asset

CLAIM = 8  # rows a PostgreSQL worker takes at a time: enough to keep it busy, few enough to share a backlog
UNHASHED = "phash IS NULL OR hash_version IS NULL OR hash_version <> ?"


class WorkQueue:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def claim_unhashed(self) -> list[Asset]:
        """Within the caller's transaction: a few assets with no hashes (or an older version's), held until it
        ends; none when every such asset is done or held by another worker."""
        if self.conn.dialect == POSTGRESQL:
            sql = f"SELECT * FROM assets WHERE {UNHASHED} ORDER BY id LIMIT {CLAIM} FOR UPDATE SKIP LOCKED"
        else:
            sql = f"SELECT * FROM assets WHERE {UNHASHED} ORDER BY id LIMIT 1"
        return [to_asset(r) for r in rows_of(self.conn, sql, [HASH_VERSION])]

    def unhashed_count(self) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM assets WHERE {UNHASHED}", [HASH_VERSION]).fetchone()[0])
