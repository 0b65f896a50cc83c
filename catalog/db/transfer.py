"""Copying a catalog's rows to another catalog, table by table in id order (``photodesk migrate``).

What is copied is what the desk made: every table but those the target derives for itself — ``hash_journal``
and ``credit_history`` (its triggers write them as the assets arrive), ``catalog_identity`` (its own), the
search index (made from ``search_text`` and the other columns), and the migrations' bookkeeping. Ids are kept, so
every reference (``asset_id``, ``duplicate_of``, ``batch_id``) stays true; the target's id counters are set past
them afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from catalog.db.connection import POSTGRESQL, Cell, Connection
from catalog.db.rows import marks

# Parents before the tables that refer to them; the key each table is read in order of.
TABLES: tuple[tuple[str, str], ...] = (
    ("batches", "id"),
    ("photographers", "id"),
    ("people", "id"),
    ("assets", "id"),
    ("asset_sources", "id"),
    ("batch_files", "id"),
    ("photographer_aliases", "id"),
    ("person_aliases", "id"),
    ("corrections", "id"),
    ("name_reviews", "id"),
    ("caption_sources", "id"),
    ("asset_people", "id"),
    ("dupe_pairs", "id"),
    ("cluster_dismissals", "id"),
    ("keeper_choices", "asset_id"),
    ("arrivals", "id"),
)
SETTINGS = "library_settings"  # copied whole, each key kept where the target has one of its own
CHUNK = 2_000


class Transfer:
    """One catalog's side of a copy: reading its rows in key order, or writing rows into it."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def columns(self, table: str) -> list[str]:
        """The table's columns, in the order the schema defines them."""
        if self.conn.dialect == POSTGRESQL:
            sql = (
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "AND table_schema = current_schema() ORDER BY ordinal_position"
            )
            return [str(r[0]) for r in self.conn.execute(sql, [table])]
        return [str(r[1]) for r in self.conn.execute(f"PRAGMA table_info({table})")]

    def count(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def last_key(self, table: str, key: str) -> Cell:
        """The greatest key copied so far (None for an empty table): a copy resumes after it."""
        return self.conn.execute(f"SELECT max({key}) FROM {table}").fetchone()[0]  # type: ignore[no-any-return]

    def chunks(self, table: str, key: str, columns: Sequence[str], after: Cell) -> Iterator[list[tuple[Cell, ...]]]:
        """The rows after key ``after`` (all when None), ``CHUNK`` at a time, in key order."""
        names = ", ".join(columns)
        while True:
            where, params = (f"WHERE {key} > ?", [after]) if after is not None else ("", [])
            sql = f"SELECT {names} FROM {table} {where} ORDER BY {key} LIMIT {CHUNK}"
            rows = [tuple(r) for r in self.conn.execute(sql, params).fetchall()]
            if not rows:
                return
            yield rows
            after = rows[-1][list(columns).index(key)]

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Cell, ...]]) -> None:
        """Write rows with their own keys (an identity column takes an explicit id: ``BY DEFAULT``)."""
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks(columns)})"
        self.conn.executemany(sql, rows)

    def settings(self, leave_out: Sequence[str]) -> dict[str, str]:
        rows = self.conn.execute(f"SELECT key, value FROM {SETTINGS}").fetchall()
        return {str(k): str(v) for k, v in rows if k not in leave_out}

    def reset_ids(self, table: str) -> None:
        """Move the table's id counter past the ids copied in (PostgreSQL; SQLite takes max(id) + 1 itself)."""
        if self.conn.dialect != POSTGRESQL:
            return
        self.conn.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table})) "
            f"WHERE EXISTS (SELECT 1 FROM {table})"
        )

    def fingerprint(self, table: str, key: str, columns: Sequence[str]) -> tuple[int, str]:
        """(rows, SHA-256 over every row in key order, cells as their ``repr``): equal on two catalogs that hold
        the same rows, whatever the engines."""
        import hashlib

        digest = hashlib.sha256()
        n = 0
        for chunk in self.chunks(table, key, columns, None):
            for row in chunk:
                digest.update(repr(tuple(_plain(c) for c in row)).encode())
                n += 1
        return n, digest.hexdigest()


def _plain(cell: Cell) -> Cell:
    """A cell as both engines agree on it: a float that is whole is the same number however it is stored."""
    return float(cell) if isinstance(cell, float) else cell
