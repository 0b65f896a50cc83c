"""``dupe_pairs``: every pair of candidate copies that was decided, with how it was found and verified."""

from __future__ import annotations

import sqlite3

from catalog.db.rows import rows_of
from catalog.model import DupePair


class DupePairs:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def decided(self, a: int, b: int) -> bool:
        sql = "SELECT 1 FROM dupe_pairs WHERE asset_id = ? AND other_id = ?"
        return self.conn.execute(sql, [min(a, b), max(a, b)]).fetchone() is not None

    def record(self, pair: DupePair, at: str) -> None:
        """Store a decision (replacing an earlier one of the same pair)."""
        self.conn.execute(
            "INSERT INTO dupe_pairs (asset_id, other_id, via, distance, same, method, inliers, containment, "
            "correlation, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(asset_id, other_id) DO UPDATE SET via = excluded.via, distance = excluded.distance, "
            "same = excluded.same, method = excluded.method, inliers = excluded.inliers, "
            "containment = excluded.containment, correlation = excluded.correlation, reason = excluded.reason, "
            "created_at = excluded.created_at",
            [
                pair.asset_id,
                pair.other_id,
                pair.via,
                pair.distance,
                int(pair.same),
                pair.method,
                pair.inliers,
                pair.containment,
                pair.correlation,
                pair.reason,
                at,
            ],
        )

    def same(self) -> list[DupePair]:
        """Every pair verified to be one photograph."""
        rows = rows_of(
            self.conn,
            "SELECT asset_id, other_id, via, distance, same, method, inliers, containment, correlation, reason "
            "FROM dupe_pairs WHERE same = 1 ORDER BY asset_id, other_id",
        )
        return [DupePair(**{**r, "same": bool(r["same"])}) for r in rows]  # type: ignore[arg-type]

    def same_touching(self, asset_id: int) -> list[DupePair]:
        """The verified pairs one of whose pictures is ``asset_id``."""
        rows = rows_of(
            self.conn,
            "SELECT asset_id, other_id, via, distance, same, method, inliers, containment, correlation, reason "
            "FROM dupe_pairs WHERE same = 1 AND (asset_id = ? OR other_id = ?) ORDER BY asset_id, other_id",
            [asset_id, asset_id],
        )
        return [DupePair(**{**r, "same": bool(r["same"])}) for r in rows]  # type: ignore[arg-type]

    def forget_all(self) -> None:
        """Every decision, to be made again (``dupes scan``)."""
        self.conn.execute("DELETE FROM dupe_pairs")
