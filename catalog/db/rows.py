"""What every part of ``catalog.db`` shares: the cell type, placeholders, and rows as mappings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from catalog.db.connection import POSTGRESQL, Cell, Connection

Row = dict[str, Cell]


def marks(values: Sequence[object]) -> str:
    """``?, ?, ?`` for ``values``."""
    return ", ".join("?" * len(values))


def rows_of(conn: Connection, sql: str, params: Sequence[Cell] = ()) -> Iterator[Row]:
    """The rows of a query as {column: value}."""
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def json_values(conn: Connection, column: str, alias: str = "j") -> str:
    """A FROM item of the elements of a JSON-list column, one row each as ``<alias>.value`` (SQLite's
    ``json_each``; PostgreSQL's ``jsonb_array_elements_text``, the column being JSON text on both)."""
    if conn.dialect == POSTGRESQL:
        return f"jsonb_array_elements_text(({column})::jsonb) AS {alias}(value)"
    return f"json_each({column}) {alias}"


def contains(folded: str) -> str:
    """A LIKE pattern (with ``ESCAPE '\\'``) matching text that contains ``folded`` literally."""
    return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
