"""What every part of ``catalog.db`` shares: the cell type, placeholders, and rows as mappings."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

Cell = str | int | float | bytes | None
Row = dict[str, Cell]


def marks(values: Sequence[object]) -> str:
    """``?, ?, ?`` for ``values``."""
    return ", ".join("?" * len(values))


def rows_of(conn: sqlite3.Connection, sql: str, params: Sequence[Cell] = ()) -> Iterator[Row]:
    """The rows of a query as {column: value}."""
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def contains(folded: str) -> str:
    """A LIKE pattern (with ``ESCAPE '\\'``) matching text that contains ``folded`` literally."""
    return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
