"""``dupe_pairs``: every pair of candidate copies that was decided, with how it was found and verified; and
``keeper_choices``: the keepers a desk editor chose by hand."""

from __future__ import annotations

from collections.abc import Sequence

from catalog.db.connection import Connection
from catalog.db.rows import marks, rows_of
from catalog.model import DupePair


class DupePairs:
    def __init__(self, conn: Connection) -> None:
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

    def choose_keeper(self, keeper: int, others: Sequence[int], at: str) -> None:
        """Record ``keeper`` as chosen by hand for its group, and forget any choice of the group's ``others``."""
        if others:
            self.conn.execute(f"DELETE FROM keeper_choices WHERE asset_id IN ({marks(others)})", list(others))
        self.conn.execute(
            "INSERT INTO keeper_choices (asset_id, chosen_at) VALUES (?, ?) "
            "ON CONFLICT(asset_id) DO UPDATE SET chosen_at = excluded.chosen_at",
            [keeper, at],
        )

    def chosen_keepers(self, ids: Sequence[int]) -> dict[int, str]:
        """{asset: when chosen} for those of ``ids`` a desk editor chose as their group's keeper."""
        if not ids:
            return {}
        sql = f"SELECT asset_id, chosen_at FROM keeper_choices WHERE asset_id IN ({marks(ids)})"
        return {int(a): str(t) for a, t in self.conn.execute(sql, list(ids))}

    def forget_choices(self, ids: Sequence[int]) -> None:
        if ids:
            self.conn.execute(f"DELETE FROM keeper_choices WHERE asset_id IN ({marks(ids)})", list(ids))
