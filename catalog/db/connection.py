"""The two engines' connections behind one face, so every part of ``catalog.db`` runs the same statements on both.

A part holds a ``Connection``: ``execute(sql, params)`` with ``?`` placeholders, returning a cursor with
``fetchone``, ``fetchall``, iteration, ``rowcount`` and ``description``; ``dialect`` names the engine for the few
statements that must differ (full-text search, JSON lists, name folding). SQLite's own ``sqlite3.Connection`` is
that face already (a subclass only adds ``dialect``: no wrapper on the single desk's hot path). PostgreSQL's is a
thin wrapper over psycopg 3 that rewrites ``?`` into psycopg's ``%s`` — once per distinct statement, cached.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # psycopg loads only when a PostgreSQL catalog is opened
    import psycopg
    from psycopg.rows import TupleRow

Cell = str | int | float | bytes | None  # what a statement binds (``rows.Cell``)

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
APPLICATION = "photodesk"


class Cursor(Protocol):
    """What a part reads from a statement, on either engine. Rows are untyped, as PEP 249 leaves them (both
    drivers return ``Any``): each part converts every cell it reads into its record's type."""

    @property
    def rowcount(self) -> int: ...

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What a part runs its statements on."""

    dialect: str

    def execute(self, sql: str, parameters: Sequence[Cell] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, seq_of_parameters: Iterable[Sequence[Cell]], /) -> object: ...


class SqliteConnection(sqlite3.Connection):
    """SQLite's connection, named by its dialect (``sqlite3.connect(..., factory=SqliteConnection)``)."""

    dialect = SQLITE


# Where a ``?`` is not a placeholder: string constants ('…' with '' inside, E'…' with backslash escapes), quoted
# identifiers, dollar-quoted bodies ($$…$$, $tag$…$tag$) and comments (a block comment up to its first ``*/``).
# PostgreSQL's own ``?`` operators (jsonb's) would read as placeholders: photodesk writes ``jsonb_exists()``.
_PARTS = re.compile(
    r"""
    (?P<quoted>
        (?<![\w$])[Ee]'(?:[^'\\]|\\.|'')*'
      | '(?:[^']|'')*'
      | "(?:[^"]|"")*"
      | \$(?P<tag>[A-Za-z_][A-Za-z_0-9]*|)\$.*?\$(?P=tag)\$
      | --[^\n]*
      | /\*.*?\*/
    )
    | (?P<mark>\?)
    | (?P<percent>%)
    """,
    re.VERBOSE | re.DOTALL,
)


@lru_cache(maxsize=4096)
def pg_sql(sql: str) -> str:
    """``sql`` with each ``?`` placeholder outside quotes and comments as psycopg's ``%s``, and every ``%``
    doubled — quoted ones too: psycopg reads every ``%`` of a statement with parameters as the start of one."""

    def part(m: re.Match[str]) -> str:
        if m["mark"]:
            return "%s"
        if m["percent"]:
            return "%%"
        return m[0].replace("%", "%%")

    return _PARTS.sub(part, sql)


class PgConnection:
    """A psycopg 3 connection in autocommit mode (``Catalog.transaction`` issues ``BEGIN`` and ``COMMIT``
    itself, as on SQLite), answering ``execute`` with ``?`` placeholders."""

    dialect = POSTGRESQL

    def __init__(self, conn: psycopg.Connection[TupleRow], url: str) -> None:
        self.raw = conn
        self.url = url

    @property
    def lost(self) -> bool:
        """Whether the server went away under this connection (restarted, the network cut): only a new
        connection can go on."""
        return bool(self.raw.broken or self.raw.closed)

    def reconnect(self) -> None:
        """Replace the lost connection by a new one to the same catalog (raises while the server refuses)."""
        fresh = _connect(self.url)
        with contextlib.suppress(Exception):  # it is gone already
            self.raw.close()
        self.raw = fresh

    def execute(self, sql: str, parameters: Sequence[object] = (), /, *, prepare: bool | None = None) -> Cursor:
        """Run ``sql``; a list among ``parameters`` binds as a PostgreSQL array. ``prepare=False``: planned for
        its parameters every time. Otherwise psycopg prepares a statement run five times, and PostgreSQL may then
        keep one plan for any parameters: right for most statements, wrong where the best plan depends on the
        values (a search for a rare word and for a common one)."""
        if parameters:
            return self.raw.execute(pg_sql(sql), list(parameters), prepare=prepare)
        return self.raw.execute(sql, prepare=prepare)  # no parameters: psycopg reads no placeholders

    def executemany(self, sql: str, seq_of_parameters: Iterable[Sequence[Cell]], /) -> object:
        """Many rows in one round of the protocol (psycopg pipelines ``executemany``)."""
        with self.raw.cursor() as cursor:
            cursor.executemany(pg_sql(sql), [list(p) for p in seq_of_parameters])
        return None

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


def connect_pg(url: str) -> PgConnection:
    """Connect to the PostgreSQL catalog at ``url`` (libpq's own environment and files supply what the URL
    leaves out: password, service, SSL)."""
    return PgConnection(_connect(url), url)


def _connect(url: str) -> psycopg.Connection[TupleRow]:
    """A new connection, named ``photodesk`` in ``pg_stat_activity`` so a database's administrator sees whose
    it is."""
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=10, application_name=APPLICATION)
