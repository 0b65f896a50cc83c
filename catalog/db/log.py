"""``corrections`` (every automatic or desk change of a name, an agency or a person, undoable),
``name_reviews`` (the names linking kept as written and queued for the desk) and ``cluster_dismissals`` (clusters
of spellings a desk editor kept as written)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from catalog.db.connection import POSTGRESQL, Cell, Connection
from catalog.db.rows import Row, contains, marks, rows_of
from catalog.model import Correction, Review
from catalog.text import name_key


@dataclass(frozen=True)
class Doubt:
    """What a queued review says: the name as written and what the matcher thought of it."""

    written: str
    agency: str | None
    candidate: str | None
    runner_up: str | None
    score: float | None
    reason: str | None


class Log:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # --- corrections ----------------------------------------------------------------------------------------------

    def correction(self, correction_id: int) -> Correction | None:
        found = list(rows_of(self.conn, "SELECT * FROM corrections WHERE id = ?", [correction_id]))
        return _correction(found[0]) if found else None

    def corrections_of(self, ids: Sequence[int]) -> dict[int, list[Correction]]:
        out: dict[int, list[Correction]] = {i: [] for i in ids}
        if ids:
            sql = f"SELECT * FROM corrections WHERE asset_id IN ({marks(ids)}) ORDER BY id"
            for row in rows_of(self.conn, sql, list(ids)):
                c = _correction(row)
                out[c.asset_id].append(c)
        return out

    def active(self, asset_id: int, field: str, old: str, new: str) -> int | None:
        """The id of the correction of this very change that is not undone, if one is logged."""
        row = self.conn.execute(
            "SELECT id FROM corrections WHERE asset_id = ? AND field = ? AND from_value = ? AND to_value = ? "
            "AND undone_at IS NULL",
            [asset_id, field, old, new],
        ).fetchone()
        return int(row[0]) if row else None

    def add(
        self,
        asset_id: int,
        field: str,
        old: str,
        new: str,
        rule: str,
        score: float | None,
        reason: str | None,
        at: str,
        *,
        editor: str | None = None,
    ) -> int:
        cursor = self.conn.execute(
            "INSERT INTO corrections (asset_id, field, from_value, to_value, rule, score, reason, created_at, editor) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [asset_id, field, old, new, rule, score, reason, at, editor],
        )
        return int(cursor.fetchone()[0])

    def fields_changed(self, asset_id: int, rule: str) -> set[str]:
        """The fields of one asset with a change by ``rule`` that is not undone."""
        rows = self.conn.execute(
            "SELECT DISTINCT field FROM corrections WHERE asset_id = ? AND rule = ? AND undone_at IS NULL",
            [asset_id, rule],
        )
        return {str(r[0]) for r in rows}

    def mark_undone(self, correction_id: int, at: str) -> None:
        self.conn.execute("UPDATE corrections SET undone_at = ? WHERE id = ?", [at, correction_id])

    def undone(self, ids: Sequence[int], field: str | None = None) -> list[tuple[int, str, str]]:
        """(asset, from, to) of every undone correction of ``ids`` (of one ``field`` if given)."""
        if not ids:
            return []
        only = " AND field = ?" if field else ""
        rows = self.conn.execute(
            f"SELECT asset_id, from_value, to_value FROM corrections WHERE undone_at IS NOT NULL{only} "
            f"AND asset_id IN ({marks(ids)})",
            [*([field] if field else []), *ids],
        )
        return [(int(a), str(f), str(t)) for a, f, t in rows]

    def misspellings_of(self, name: str) -> list[str]:
        """The written names corrected into photographer ``name``."""
        rows = self.conn.execute(
            "SELECT DISTINCT from_value FROM corrections WHERE to_value = ? AND field = 'photographer'", [name]
        )
        return [r[0] for r in rows]

    def corrected_from_like(self, folded: str) -> list[str]:
        """Photographer names that a written name containing ``folded`` (folded) was corrected into."""
        if self.conn.dialect == POSTGRESQL:  # no pd_fold there: the distinct spellings corrected, folded here
            pairs = self.conn.execute(
                "SELECT DISTINCT from_value, to_value FROM corrections WHERE field = 'photographer'"
            ).fetchall()
            return list(dict.fromkeys(str(to) for spelt, to in pairs if folded in name_key(str(spelt))))
        like = contains(folded)
        rows = self.conn.execute(
            "SELECT DISTINCT to_value FROM corrections WHERE field = 'photographer' "
            "AND pd_fold(from_value) LIKE ? ESCAPE '\\'",
            [like],
        )
        return [r[0] for r in rows]

    # --- reviews ----------------------------------------------------------------------------------------------------

    def queue(self, asset_id: int, doubt: Doubt, at: str, *, update: bool = False) -> None:
        """Queue a doubt once per (asset, written name); ``update`` brings an existing one up to date and opens it
        again."""
        values: list[Cell] = [
            asset_id,
            doubt.written,
            doubt.agency,
            doubt.candidate,
            doubt.runner_up,
            doubt.score,
            doubt.reason,
        ]
        insert = (
            "INSERT INTO name_reviews (asset_id, written, agency, candidate, runner_up, score, reason, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        )
        if update:
            insert += (
                " ON CONFLICT(asset_id, written) DO UPDATE SET candidate = excluded.candidate, "
                "runner_up = excluded.runner_up, score = excluded.score, reason = excluded.reason, resolved_at = NULL"
            )
        else:
            insert += " ON CONFLICT(asset_id, written) DO NOTHING"
        self.conn.execute(insert, [*values, at])

    def close(self, asset_id: int, written: str, at: str) -> int:
        """Settle the open review of one written name on one asset; how many were settled."""
        cursor = self.conn.execute(
            "UPDATE name_reviews SET resolved_at = ? WHERE asset_id = ? AND written = ? AND resolved_at IS NULL",
            [at, asset_id, written],
        )
        return int(cursor.rowcount)

    def close_spelling(self, written: str, at: str) -> None:
        """Settle every open review of a spelling (any case): it was merged into a name."""
        self.conn.execute(
            "UPDATE name_reviews SET resolved_at = ? WHERE lower(written) = lower(?) AND resolved_at IS NULL",
            [at, written],
        )

    def open_reviews(self) -> list[Review]:
        rows = rows_of(
            self.conn,
            "SELECT id, asset_id, written, agency, candidate, runner_up, score, reason, created_at FROM name_reviews "
            "WHERE resolved_at IS NULL ORDER BY id",
        )
        return [Review(**r) for r in rows]  # type: ignore[arg-type]  # columns typed by the schema

    def open_review(self, review_id: int) -> Review | None:
        """One open review by its id (None once settled, or when there is none)."""
        rows = list(
            rows_of(
                self.conn,
                "SELECT id, asset_id, written, agency, candidate, runner_up, score, reason, created_at "
                "FROM name_reviews WHERE resolved_at IS NULL AND id = ?",
                [review_id],
            )
        )
        return Review(**rows[0]) if rows else None  # type: ignore[arg-type]  # columns typed by the schema

    def close_review(self, review_id: int, at: str) -> int:
        """Settle one review by its id; how many were settled (0: it was settled already)."""
        cursor = self.conn.execute(
            "UPDATE name_reviews SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL", [at, review_id]
        )
        return int(cursor.rowcount)

    # --- clusters kept as written -----------------------------------------------------------------------------------

    def dismiss_cluster(self, names: Sequence[str], at: str) -> int:
        cursor = self.conn.execute(
            "INSERT INTO cluster_dismissals (names, dismissed_at) VALUES (?, ?) RETURNING id",
            [json.dumps(list(names), ensure_ascii=False), at],
        )
        return int(cursor.fetchone()[0])

    def dismissed_clusters(self) -> list[list[str]]:
        """The names of every cluster kept as written, oldest first."""
        rows = self.conn.execute("SELECT names FROM cluster_dismissals ORDER BY id")
        return [list(json.loads(r[0])) for r in rows]


def _correction(row: Row) -> Correction:
    return Correction(**row)  # type: ignore[arg-type]  # columns typed by the schema
