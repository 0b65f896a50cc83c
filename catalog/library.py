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

from catalog.credits.names import name_key
from catalog.db.migrations import migrations
from catalog.errors import LibraryNotFound, LibraryUnwritable, PhotodeskError
from catalog.store import Store, write_atomic

DB_NAME = "library.db"
DB_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal")
CONFIG_NAME = "photodesk.toml"
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
        return frozenset([self.store.root.absolute(), *(self.root.absolute() / n for n in DB_FILES)])

    def protected(self) -> tuple[frozenset[Path], frozenset[Path]]:
        """(files, folders) no command may write into, symlinks resolved: the catalog with its journals,
        ``photodesk.toml`` and the whole store."""
        files = [self.root / n for n in (*DB_FILES, CONFIG_NAME)]
        return frozenset(p.resolve() for p in files), frozenset([self.store.root.resolve()])

    def check_output(self, path: Path, *, force: bool = False) -> Path:
        """Where a command may write the file the user named (``-o``): the resolved path, never one of the
        library's own files, whatever the spelling (relative, ``..``, symlinks, hard links), and never an
        existing file unless ``force``."""
        target = path.expanduser().absolute()
        real = target.resolve()
        files, folders = self.protected()
        if real in files or real in folders or any(f in real.parents for f in folders) or _same_file(real, files):
            raise UnsafeOutput(target, f"is one of the library's own files (library at {self.root}): not written")
        if not force and os.path.lexists(target):
            raise UnsafeOutput(target, "exists already: not replaced (pass --force to replace it)")
        return real

    def write_output(self, path: Path, data: bytes, *, force: bool = False) -> Path:
        """Write a file the user named, after ``check_output``; without ``force`` the write itself refuses a file
        that appeared since the check (the complete file is linked into place, never renamed over one)."""
        target = self.check_output(path, force=force)
        write_atomic(target, data, replace=force)
        return target

    def check_output_folder(self, path: Path) -> Path:
        """The resolved folder a command may write new files into (``export --to``): not the library's own
        folder (beside ``library.db``) and nothing inside its store."""
        folder = path.expanduser().absolute()
        real = folder.resolve()
        files, folders = self.protected()
        inside = any(real == f or f in real.parents for f in folders)
        if real == self.root.resolve() or inside or real in files:
            raise UnsafeOutput(folder, f"is inside the library's own files (library at {self.root}): choose another")
        return real

    def close(self) -> None:
        self.db.close()


class UnsafeOutput(PhotodeskError):
    """A file or folder a command was asked to write that would harm the library or overwrite a file."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path} {problem}")
        self.path = path


def _same_file(path: Path, files: frozenset[Path]) -> bool:
    """True when ``path`` is a hard link to one of ``files``."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    for f in files:
        with contextlib.suppress(OSError):
            other = os.stat(f)
            if (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino):
                return True
    return False


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
