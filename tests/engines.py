"""The catalog engines the suite runs on: SQLite (every test) and PostgreSQL (the modules in ``BOTH_ENGINES``).

PostgreSQL is the server libpq's environment names (``PGHOST``, ``PGPORT``, ``PGUSER``, ``PGPASSWORD``,
``PGDATABASE``): CI runs the suite under Debian's ``pg_virtualenv``, which starts a throwaway cluster and sets
them. Without a server the PostgreSQL half skips, saying why — except in CI, where it fails. Each test's library
gets a schema of its own (``search_path``), dropped afterwards, so tests never see each other's rows.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
# Test modules whose every test runs on both engines (``engine`` parameter): the catalog, search, reliability
# and web tests. A test there that is about SQLite itself says so with ``@pytest.mark.sqlite_only``.
BOTH_ENGINES = frozenset(
    {
        "test_pg_catalog",
        "test_linking",
        "test_authority_relink",
        "test_authority_files",
        "test_transactions",
        "test_neighbour_index",
        "test_web",
        "test_web_review",
        "test_web_assets",
        "test_web_arrivals",
        "test_watch",
    }
)

_reachable: bool | None = None


def server_reason() -> str | None:
    """Why no PostgreSQL server can be used, or None when one answers."""
    global _reachable
    if not (os.environ.get("PGHOST") or os.environ.get("PGSERVICE")):
        return "no PostgreSQL server named (PGHOST unset): run the suite under pg_virtualenv"
    if _reachable is None:
        try:
            import psycopg

            psycopg.connect("", connect_timeout=5).close()
            _reachable = True
        except Exception as e:  # any failure to connect is the reason to give
            _reachable = False
            return f"PostgreSQL at {os.environ.get('PGHOST')}:{os.environ.get('PGPORT', '5432')} unreachable: {e}"
    return None if _reachable else "PostgreSQL unreachable"


def require_server() -> None:
    reason = server_reason()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(reason)


def schema_url(schema: str) -> str:
    """A URL of the server's database with ``schema`` first on the search path (extensions live in public)."""
    database = os.environ.get("PGDATABASE", "postgres")
    return f"postgresql:///{database}?options=-csearch_path%3D{schema},public"


def fresh_schema() -> Iterator[str]:
    """A new empty schema's catalog URL, dropped (with everything in it) when the test ends."""
    import psycopg

    require_server()
    name = f"t_{secrets.token_hex(6)}"
    with psycopg.connect("", autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        yield schema_url(name)
    finally:
        with psycopg.connect("", autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


def point_library_at(library: Path, catalog_url: str, store_url: str | None = None) -> None:
    """Make ``library`` a folder whose catalog is ``catalog_url`` and whose store is ``store_url`` (its
    ``photodesk.toml``)."""
    library.mkdir(parents=True, exist_ok=True)
    store = f'[store]\nurl = "{store_url}"\n' if store_url else ""
    (library / "photodesk.toml").write_text(f'[catalog]\nurl = "{catalog_url}"\n{store}', encoding="utf-8")


def query(library: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Rows of ``sql`` (``?`` placeholders) on the library's catalog, whichever engine holds it: how a test
    looks at what is stored without caring where."""
    from catalog.library import open_library

    lib = open_library(library)
    try:
        return [tuple(r) for r in lib.catalog._conn.execute(sql, list(params)).fetchall()]
    finally:
        lib.close()
