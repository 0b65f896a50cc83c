"""The full-text index ``assets_fts`` (FTS5, external content ``assets``, kept in step by triggers), defined
here once, and what each picture can be found by (``assets.search_text``, ``assets.photographer_text``).

The index is defined once, by the migration that made it (``migrations.define_search_index``: columns and
tokenizer); ``check --repair`` rebuilds it from that definition. Changing it means a new migration.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from catalog.db.found_by import FoundBy

FTS_TABLE = "assets_fts"
TRIGGERS = frozenset({"assets_ai", "assets_ad", "assets_au"})


class SearchText(FoundBy[sqlite3.Connection]):
    """What each picture is found by, matched through FTS5."""

    def matching(self, expression: str) -> list[int]:
        """Asset ids whose indexed text matches an FTS5 expression, in id order."""
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid"
        return [int(r[0]) for r in self.conn.execute(sql, [expression])]

    def problem(self, *, read_only: bool) -> str | None:
        """Why the index is out of step with the catalog, or None. FTS5's integrity check is an INSERT, refused on
        a read-only catalog: there it runs on a temporary copy (SQLite's backup API: exactly what it holds)."""
        try:
            if read_only:
                with tempfile.TemporaryDirectory(prefix="photodesk-check-") as folder:
                    copy = sqlite3.connect(Path(folder) / "library.db")
                    try:
                        self.conn.backup(copy)
                        _integrity_check(copy)
                    finally:
                        copy.close()
            else:
                _integrity_check(self.conn)
        except sqlite3.DatabaseError as e:
            return f"out of step with the catalog ({e})"
        triggers = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        if not triggers >= TRIGGERS:
            return "the triggers that keep it in step are missing"
        return None

    def rebuild(self) -> None:
        """The index as the latest migration defines it, filled again from ``assets``."""
        from sqlite_utils import Database

        from catalog.db.migrations import define_search_index

        define_search_index(Database(self.conn))


def _integrity_check(conn: sqlite3.Connection) -> None:
    """FTS5's own check (a write statement: it opens a transaction, closed here whatever it says)."""
    try:
        conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES('integrity-check', 1)")
    finally:
        if conn.in_transaction:
            conn.rollback()
