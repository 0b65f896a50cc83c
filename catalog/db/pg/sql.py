"""The catalog's SQL (``?`` placeholders, as SQLite writes them) in the form psycopg runs, and the connection the
PostgreSQL parts are given.

The parts write their SQL once, with ``?`` placeholders; the connection adapter passes every statement through
``pg_sql`` (psycopg's placeholder is ``%s``, and it reads every ``%`` in the text as the start of one, quoted or
not) and always passes a parameter list, even an empty one, so psycopg turns ``%%`` back into ``%``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from catalog.db.connection import pg_sql  # noqa: F401  (one rewriting of placeholders, shared)

# What a column of a result holds, as psycopg reads it (a text[] column is a list), and a row of them.
Value = str | int | float | bool | bytes | list[str] | None
Row = Sequence[Value]


class Cursor(Protocol):
    """What the parts read from a statement's result (a psycopg cursor)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Row | None: ...

    def fetchall(self) -> list[Row]: ...

    def __iter__(self) -> Iterator[Row]: ...


class Connection(Protocol):
    """The connection the PostgreSQL parts are given: SQL with ``?`` placeholders (``pg_sql``), parameters as a
    sequence (a Python list binds as a PostgreSQL array); ``prepare=False`` plans a statement for its parameters
    every time, never with a prepared statement's plan for any parameters (psycopg's own argument)."""

    @property
    def dialect(self) -> str: ...

    def execute(self, sql: str, params: Sequence[object] = ..., /, *, prepare: bool | None = ...) -> Cursor: ...


def first(cursor: Cursor) -> Row:
    """The one row a statement returns (a count, a check): a statement that returns none is a bug."""
    row = cursor.fetchone()
    if row is None:
        raise LookupError("the statement returned no row")
    return row


def integer(value: Value) -> int:
    """A column value that is an integer (an id, a count)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"not an integer: {value!r}")
    return value


def words(value: Value) -> list[str]:
    """A text[] column value (NULL: none)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise TypeError(f"not a text array: {value!r}")
    return value
