"""``batches`` and ``batch_files``: each ingest run, and what became of every file it was given."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from catalog.db.connection import Connection
from catalog.db.rows import Row, rows_of
from catalog.model import Batch, BatchFile

BATCH_COLUMNS = "id, started_at, finished_at, status, sources, new, present, failed, skipped"


class Batches:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def start(self, sources: Sequence[str], at: str) -> int:
        cursor = self.conn.execute(
            "INSERT INTO batches (started_at, status, sources) VALUES (?, 'running', ?) RETURNING id",
            [at, json.dumps(list(sources), ensure_ascii=False)],
        )
        return int(cursor.fetchone()[0])

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

    def recent(self, limit: int = 100, offset: int = 0) -> list[Batch]:
        """Batches newest first."""
        sql = f"SELECT {BATCH_COLUMNS} FROM batches ORDER BY id DESC LIMIT ? OFFSET ?"
        return [_batch(r) for r in rows_of(self.conn, sql, [limit, offset])]

    def total(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM batches").fetchone()[0])

    def get(self, batch_id: int) -> Batch | None:
        rows = list(rows_of(self.conn, f"SELECT {BATCH_COLUMNS} FROM batches WHERE id = ?", [batch_id]))
        return _batch(rows[0]) if rows else None

    def files(self, batch_id: int) -> list[BatchFile]:
        """The files of a batch in the order they were recorded."""
        sql = "SELECT path, status, asset_id, sha256, reason, warnings FROM batch_files WHERE batch_id = ? ORDER BY id"
        return [
            BatchFile(
                str(r["path"]),
                str(r["status"]),
                _int_or_none(r["asset_id"]),
                _str_or_none(r["sha256"]),
                _str_or_none(r["reason"]),
                [str(w) for w in json.loads(str(r["warnings"] or "[]"))],
            )
            for r in rows_of(self.conn, sql, [batch_id])
        ]


def _batch(r: Row) -> Batch:
    return Batch(
        int(r["id"] or 0),
        str(r["started_at"]),
        _str_or_none(r["finished_at"]),
        str(r["status"]),
        [str(s) for s in json.loads(str(r["sources"] or "[]"))],
        int(r["new"] or 0),
        int(r["present"] or 0),
        int(r["failed"] or 0),
        int(r["skipped"] or 0),
    )


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None
