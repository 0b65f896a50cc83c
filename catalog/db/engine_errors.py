"""What the engines raise when they cannot serve a statement, told apart from a bug of ours."""

from __future__ import annotations

import sqlite3

# What the engine raises when it cannot serve a statement; ``unavailable`` tells the user's trouble (busy past the
# timeout, disk I/O, a full disk, a damaged or read-only file) from a bug of ours (no such column, a syntax error),
# which must surface as a bug.
SQLITE_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError, sqlite3.DatabaseError)
UNAVAILABLE = (
    "database is locked",
    "database table is locked",
    "disk i/o error",
    "database or disk is full",
    "unable to open database",
    "attempt to write a readonly database",
    "database disk image is malformed",
    "file is not a database",
)


def storage_errors() -> tuple[type[Exception], ...]:
    """What the engines raise when a statement fails: SQLite's, and psycopg's once a PostgreSQL catalog was
    opened (psycopg is never imported just to ask)."""
    import sys

    psycopg = sys.modules.get("psycopg")
    return SQLITE_ERRORS + ((psycopg.Error,) if psycopg is not None else ())


def unavailable(error: BaseException) -> str | None:
    """A one-line reason when ``error`` is the catalog's engine unable to serve (the user can act on it), else
    None (a bug: let it surface). On PostgreSQL that is every ``OperationalError`` (the server unreachable,
    restarted, out of disk, the connection lost) and a write refused by a read-only server (a hot standby, or
    ``default_transaction_read_only``), as SQLite's read-only file is; not a ``ProgrammingError``."""
    import sys

    psycopg = sys.modules.get("psycopg")
    if psycopg is not None and isinstance(error, psycopg.Error):
        if isinstance(error, (psycopg.OperationalError, psycopg.errors.ReadOnlySqlTransaction)):
            first = (str(error).strip().splitlines() or [type(error).__name__])[0]
            return f"PostgreSQL: {first}"
        return None
    text = str(error)
    return text if any(m in text.lower() for m in UNAVAILABLE) else None


__all__ = ["SQLITE_ERRORS", "UNAVAILABLE", "storage_errors", "unavailable"]
