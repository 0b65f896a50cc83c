"""The catalog's storage: the only package that knows which engine holds the catalog, and the only one that
holds SQL.

Everything else asks a ``Catalog`` for typed records through one part per table family — ``assets``,
``batches``, ``offers`` (caption sources), ``authority`` (photographers, people and their aliases), ``log``
(corrections and review queues), ``dupes`` (verified pairs), ``journal`` (hash changes, for the neighbour
index), ``fts`` (what search finds) and ``search``
(queries compiled to SQL). The parts run on either engine (``connection``: one ``execute`` with ``?``
placeholders); where the engines differ — full-text search, JSON lists, name folding, migrations — the part asks
``conn.dialect`` or PostgreSQL has its own module (``catalog.db.pg``). No caller changes.

Opening a SQLite catalog turns on WAL (readers never block the writer), foreign keys, a busy timeout and full
fsync, registers ``pd_fold`` (the name comparison key, so name searches fold case and accents inside SQL), and
applies pending migrations under the write lock.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from catalog.db.arrivals import Arrivals
from catalog.db.assets import Assets
from catalog.db.authority import AuthorityRows
from catalog.db.batches import Batches
from catalog.db.connection import POSTGRESQL, Connection, PgConnection, SqliteConnection
from catalog.db.dupes import DupePairs
from catalog.db.engine_errors import storage_errors as storage_errors
from catalog.db.engine_errors import unavailable as unavailable
from catalog.db.fts import SearchText
from catalog.db.journal import HashJournal
from catalog.db.log import Log
from catalog.db.offers import Offers
from catalog.db.queue import WorkQueue
from catalog.db.search import Searches
from catalog.db.settings import Settings
from catalog.db.version import LATEST_MIGRATION, MIGRATION_SET
from catalog.errors import LibraryUnwritable
from catalog.text import name_key

if TYPE_CHECKING:  # sqlite-utils is loaded only to migrate or create a catalog, and for tools (``Catalog.db``)
    from sqlite_utils import Database

    from catalog.db.pg.search import PgSearches, PgSearchText

DB_NAME = "library.db"
DB_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal")
BUSY_TIMEOUT_S = 60.0
RECOVER_S = 60.0  # how long a writer waits for a PostgreSQL server that went away (a restart takes seconds)
RECOVER_POLL_S = 0.5


class Catalog:
    """One open catalog. ``transaction()`` groups writes; the parts run the statements."""

    def __init__(self, path: Path | None, conn: Connection, url: str | None = None) -> None:
        self.path = path  # the SQLite file; None for a PostgreSQL catalog
        self.url = url  # the PostgreSQL catalog's URL; None for SQLite
        self._conn = conn
        self.dialect = conn.dialect
        self._db: Database | None = None
        self._depth = 0
        self.assets = Assets(conn)
        self.batches = Batches(conn)
        self.offers = Offers(conn)
        self.authority = AuthorityRows(conn)
        self.log = Log(conn)
        self.dupes = DupePairs(conn)
        if conn.dialect == POSTGRESQL:
            from catalog.db.pg.journal import PgHashJournal

            self.journal: HashJournal = PgHashJournal(conn)
        else:
            self.journal = HashJournal(conn)
        self.settings = Settings(conn)
        self.arrivals = Arrivals(conn)
        self.queue = WorkQueue(conn)

    @cached_property
    def fts(self) -> SearchText | PgSearchText:
        """What search finds, kept in step (each engine's full-text index)."""
        if self.dialect == POSTGRESQL:
            from catalog.db.pg.search import PgSearchText

            assert isinstance(self._conn, PgConnection)
            return PgSearchText(self._conn, self.assets, self.authority, self.log)
        assert isinstance(self._conn, sqlite3.Connection)  # FTS5's index is SQLite's own
        return SearchText(self._conn, self.assets, self.authority, self.log)

    @cached_property
    def search(self) -> Searches | PgSearches:
        """Queries of the search language, run on this engine."""
        if self.dialect == POSTGRESQL:
            from catalog.db.pg.search import PgSearches

            assert isinstance(self._conn, PgConnection)
            return PgSearches(self._conn, self.authority, self.log)
        return Searches(self._conn, self.authority, self.log)

    @property
    def db(self) -> Database:
        """The catalog as sqlite-utils sees it: for migrations, tests and tools; photodesk's code uses the parts.
        SQLite only."""
        if not isinstance(self._conn, sqlite3.Connection):
            raise TypeError("a PostgreSQL catalog has no sqlite-utils view")
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self._conn)
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that takes the write lock up front; nested, a savepoint inside it.

        On SQLite ``BEGIN IMMEDIATE`` waits (busy timeout) for another writer instead of failing later with
        'database is locked' when a deferred read transaction tries to upgrade. PostgreSQL has no catalog-wide
        write lock: writers meet only on the rows they both change. A failed ``COMMIT`` (a deferred foreign key,
        a full disk) rolls back, so the connection is never left inside a transaction nobody will finish.
        """
        conn = self._conn
        if self._depth:
            name = f"pd_{self._depth}"
            conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            finally:
                self._depth -= 1
            conn.execute(f"RELEASE {name}")
            return
        conn.execute("BEGIN" if self.dialect == POSTGRESQL else "BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if _in_transaction(conn):
                conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def recover(self, error: BaseException) -> bool:
        """After ``error``, connect again when the catalog's server went away (PostgreSQL restarted, the network
        cut) and return True once it answers — within ``RECOVER_S``; False when ``error`` is anything else (the
        caller raises it) or the server stays away. The transaction that failed is gone: the caller runs it
        again from its start. SQLite has no server to lose."""
        if not _reconnected(self._conn):
            return False
        self._depth = 0
        return True

    def refuses_writes(self) -> bool:
        """Whether the engine itself refuses every write: a PostgreSQL server whose transactions are read-only (a
        hot standby, or ``default_transaction_read_only`` set for the role or database). A read-only SQLite
        catalog is a read-only file, which the file system tells (``ops.check.read_only``)."""
        if self.dialect != POSTGRESQL:
            return False
        row = self._conn.execute("SELECT current_setting('transaction_read_only')", []).fetchone()
        return str(row[0]) == "on"

    def problems(self) -> list[str]:
        """SQLite's own integrity and foreign-key checks: what is wrong, or nothing. PostgreSQL enforces its
        foreign keys and checks its own pages: nothing to ask it here."""
        if self.dialect == POSTGRESQL:
            return []
        out = []
        result = [r[0] for r in self._conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            out.append("; ".join(result[:5]))
        bad = self._conn.execute("PRAGMA foreign_key_check").fetchall()
        if bad:
            out.append(f"{len(bad)} rows point at missing rows")
        return out

    def close(self) -> None:
        self._conn.close()  # type: ignore[attr-defined]  # both engines' connections close


def _reconnected(conn: Connection) -> bool:
    """True once a PostgreSQL connection that was lost is connected again (waiting up to ``RECOVER_S`` for the
    server); False for any other connection, or a server that stays away."""
    import time

    if not isinstance(conn, PgConnection) or not conn.lost:
        return False
    deadline = time.monotonic() + RECOVER_S
    while True:
        try:
            conn.reconnect()
            return True
        except storage_errors():
            if time.monotonic() > deadline:
                return False
            time.sleep(RECOVER_POLL_S)


def _in_transaction(conn: Connection) -> bool:
    return bool(conn.in_transaction)  # type: ignore[attr-defined]  # both engines' connections tell


def exists(root: Path) -> bool:
    return (root / DB_NAME).is_file()


def open_catalog(root: Path, *, create: bool = False) -> Catalog:
    """The catalog in folder ``root`` (which exists, or is made by the caller when ``create``)."""
    db_path = root / DB_NAME
    if not db_path.is_file() and create:
        try:
            _create_database(db_path)
        except (OSError, sqlite3.DatabaseError) as e:
            raise LibraryUnwritable(root, getattr(e, "strerror", None) or str(e)) from e
    try:
        conn = _connect(db_path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.create_function("pd_fold", 1, _fold, deterministic=True)
        catalog = Catalog(db_path, conn)
        _migrate(catalog)
    except sqlite3.DatabaseError as e:
        raise LibraryUnwritable(root, str(e)) from e
    return catalog


def open_catalog_url(url: str, *, create: bool = False) -> Catalog:
    """The PostgreSQL catalog at ``url``; with ``create``, its schema is made (migrated) first when missing.
    Raises ``LibraryNotFound`` when the database holds no catalog and ``create`` is not given."""
    from catalog.errors import LibraryNotFound, PhotodeskError

    try:
        import psycopg
    except ImportError as e:
        raise PhotodeskError(
            f"{safe_url(url)} is a PostgreSQL catalog: install photodesk's newsroom extra "
            "(pip install 'photodesk[newsroom]')"
        ) from e

    from catalog.db.connection import connect_pg
    from catalog.db.pg import migrations as pg_migrations

    try:
        conn = connect_pg(url)
    except psycopg.OperationalError as e:
        raise LibraryUnwritable(Path(safe_url(url)), unavailable(e) or str(e)) from e
    try:
        if not pg_migrations.is_catalog(conn) and not create:
            raise LibraryNotFound(Path(safe_url(url)))
        pg_migrations.apply(conn)
    except BaseException:
        conn.close()
        raise
    return Catalog(None, conn, url)


def safe_url(url: str) -> str:
    """``url`` without its password, for messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


class ReadOnly:
    """A read-only connection a worker process keeps open for the duration of a batch."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @classmethod
    def of(cls, root: Path) -> ReadOnly | None:
        """The catalog of the library folder ``root``, read-only, on whichever engine; None when there is none."""
        from catalog.config import read_config

        url = read_config(root).catalog_url
        if url is not None:
            from catalog.db.connection import connect_pg

            conn = connect_pg(url)
            try:
                conn.execute("SET default_transaction_read_only = on")
            except BaseException:
                conn.close()  # never a connection left open behind a failure
                raise
            return cls(conn)
        if not exists(root):
            return None
        uri = f"file:{root / DB_NAME}?mode=ro"
        return cls(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, factory=SqliteConnection))

    def has(self, sha256: str) -> bool:
        """Whether the catalog records ``sha256`` (asked again on a new connection when the server went away)."""
        while True:
            try:
                return self.conn.execute("SELECT 1 FROM assets WHERE sha256 = ?", (sha256,)).fetchone() is not None
            except storage_errors():
                if not _reconnected(self.conn):
                    raise
                self.conn.execute("SET default_transaction_read_only = on")

    def close(self) -> None:
        self.conn.close()  # type: ignore[attr-defined]  # both engines' connections close


def _migrated(catalog: Catalog) -> bool:
    try:
        row = catalog._conn.execute(
            "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? AND name = ?", [MIGRATION_SET, LATEST_MIGRATION]
        ).fetchone()
    except sqlite3.OperationalError:  # no migrations table yet
        return False
    return row is not None


def _fold(text: object) -> str | None:
    """SQL ``pd_fold(x)``: the name comparison key (case and accents folded), for searches by name."""
    return name_key(text) if isinstance(text, str) else None


def _connect(db_path: Path) -> SqliteConnection:
    """Connect to the catalog. A WAL catalog on a read-only medium that was closed cleanly (no ``-wal``, no
    ``-shm``) cannot be opened the ordinary way, because SQLite must create the ``-shm`` file; it is opened
    immutable instead, which is exact there: nothing can change it, and there is no ``-wal`` to replay."""
    conn = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S, factory=SqliteConnection)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(db_path.parent, os.W_OK) or db_path.with_name(f"{DB_NAME}-wal").exists():
            raise
    uri = f"{db_path.as_uri()}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, factory=SqliteConnection)


def _create_database(db_path: Path) -> None:
    """Make a new catalog under a temporary name (WAL, fully migrated) and hard-link it into place.

    Two processes creating the same library at once both build one; the first link wins and the other process
    simply opens the winner. Nobody ever sees a half-made ``library.db`` (switching a shared file to WAL is a
    step SQLite does not retry under a busy timeout).
    """
    tmp = db_path.with_name(f".{DB_NAME}.{os.getpid()}.{secrets.token_hex(4)}")
    try:
        from sqlite_utils import Database

        from catalog.db.migrations import migrations

        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            migrations.apply(Database(conn))
        finally:
            conn.close()
        with contextlib.suppress(FileExistsError):  # another process made it first: use theirs
            os.link(tmp, db_path)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _migrate(catalog: Catalog) -> None:
    """Apply pending migrations under the write lock, so two processes opening a new library don't race. A catalog
    that has the latest migration has all of them (they are applied in order): that one query is all an open
    costs, and the migrations (with sqlite-utils) load only when one is pending."""
    if _migrated(catalog):
        return
    from catalog.db.migrations import migrations

    if not migrations.pending(catalog.db):
        return
    with catalog.transaction():
        migrations.apply(catalog.db)
