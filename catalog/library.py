"""Opening a library: the one place that connects to ``library.db``.

A library is a folder holding ``library.db`` (the SQLite catalog) and ``assets/`` (the content-addressed store).
Opening applies pending migrations, turns on WAL (readers never block the writer), foreign keys and a busy
timeout, so that two photodesk processes can share one library.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from .errors import LibraryNotFound, LibraryUnwritable
from .migrations import migrations
from .names import name_key
from .store import Store

DB_NAME = "library.db"
BUSY_TIMEOUT_S = 60.0


@dataclass
class Library:
    root: Path
    db: Database
    store: Store

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction that takes the write lock up front.

        ``BEGIN IMMEDIATE`` waits (busy timeout) for another writer instead of failing later with
        'database is locked' when a deferred read transaction tries to upgrade.
        """
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def own_files(self) -> frozenset[Path]:
        """The library's own files and folders, which a folder walk must never take for incoming pictures."""
        names = [DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal"]
        return frozenset([self.store.root.absolute(), *(self.root.absolute() / n for n in names)])

    def close(self) -> None:
        self.db.close()


def _fold(text: object) -> str | None:
    """SQL ``pd_fold(x)``: the name comparison key (case and accents folded), for searches by name."""
    return name_key(text) if isinstance(text, str) else None


def library_exists(root: Path) -> bool:
    return (root / DB_NAME).is_file()


def open_library(root: Path, *, create: bool = False) -> Library:
    """Open the library at ``root``; with ``create``, make it first if it is missing.

    Read commands pass ``create=False`` so that a mistyped ``--library`` never leaves an empty library behind.
    """
    root = root.expanduser().absolute()
    db_path = root / DB_NAME
    if not db_path.is_file():
        if not create:
            raise LibraryNotFound(root)
        try:
            root.mkdir(parents=True, exist_ok=True)
            _create_database(db_path)
        except (OSError, sqlite3.DatabaseError) as e:
            raise LibraryUnwritable(root, getattr(e, "strerror", None) or str(e)) from e
    try:
        conn = _connect(db_path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.create_function("pd_fold", 1, _fold, deterministic=True)
        db = Database(conn)
        library = Library(root=root, db=db, store=Store(root))
        _migrate(library)
    except sqlite3.DatabaseError as e:
        raise LibraryUnwritable(root, str(e)) from e
    if create:
        library.store.ensure()
    return library


def _connect(db_path: Path) -> sqlite3.Connection:
    """Connect to the catalog. A WAL catalog on a read-only medium that was closed cleanly (no ``-wal``, no
    ``-shm``) cannot be opened the ordinary way, because SQLite must create the ``-shm`` file; it is opened
    immutable instead, which is exact there: nothing can change it, and there is no ``-wal`` to replay."""
    conn = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(db_path.parent, os.W_OK) or db_path.with_name(f"{DB_NAME}-wal").exists():
            raise
    return sqlite3.connect(f"{db_path.as_uri()}?mode=ro&immutable=1", uri=True, timeout=BUSY_TIMEOUT_S)


def _create_database(db_path: Path) -> None:
    """Make a new catalog under a temporary name (WAL, fully migrated) and hard-link it into place.

    Two processes creating the same library at once both build one; the first link wins and the other process
    simply opens the winner. Nobody ever sees a half-made ``library.db`` (switching a shared file to WAL is a
    step SQLite does not retry under a busy timeout).
    """
    tmp = db_path.with_name(f".{DB_NAME}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            db = Database(conn)
            migrations.apply(db)
        finally:
            conn.close()
        with contextlib.suppress(FileExistsError):  # another process made it first: use theirs
            os.link(tmp, db_path)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _migrate(library: Library) -> None:
    """Apply pending migrations under the write lock, so two processes opening a new library don't race."""
    if not migrations.pending(library.db):
        return
    with library.transaction():
        migrations.apply(library.db)
