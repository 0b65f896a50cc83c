"""``batches`` and ``batch_files``: each ingest run, and what became of every file it was given."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence

from catalog.db.rows import Cell, rows_of


class Batches:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get(self, batch_id: int) -> dict[str, Cell] | None:
        """One batch's row: when it ran, from where (``sources``, JSON text), its status and counts."""
        found = list(rows_of(self.conn, "SELECT * FROM batches WHERE id = ?", [batch_id]))
        return dict(found[0]) if found else None

    def start(self, sources: Sequence[str], at: str) -> int:
        cursor = self.conn.execute(
            "INSERT INTO batches (started_at, status, sources) VALUES (?, 'running', ?)",
            [at, json.dumps(list(sources), ensure_ascii=False)],
        )
        return int(cursor.lastrowid or 0)

    def add_file(
        self,
        batch_id: int,
        path: str,
        status: str,
        asset_id: int | None,
        sha256: str | None,
        reason: str | None,
        warnings: Sequence[str],
    ) -> None:
        self.conn.execute(
            "INSERT INTO batch_files (batch_id, path, status, asset_id, sha256, reason, warnings) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [batch_id, path, status, asset_id, sha256, reason, json.dumps(list(warnings), ensure_ascii=False)],
        )

    def count(self, batch_id: int, counts: Mapping[str, int]) -> None:
        """Set the batch's counts of new, present, failed and skipped files."""
        self.conn.execute(
            "UPDATE batches SET new = ?, present = ?, failed = ?, skipped = ? WHERE id = ?",
            [counts["new"], counts["present"], counts["failed"], counts["skipped"], batch_id],
        )

    def finish(self, batch_id: int, status: str, at: str) -> None:
        self.conn.execute("UPDATE batches SET finished_at = ?, status = ? WHERE id = ?", [at, status, batch_id])
