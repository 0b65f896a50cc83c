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
        "test_reliability",
        "test_concurrency",
        "test_ingest",
        "test_dedupe",
        "test_web_batches",
        "test_check_read_only",
        "test_ingest_session",
        "test_search_defects",
        "test_search_export",
        "test_credit_history",
        "test_export_defects",
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


def execute(library: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    """Run the write statement ``sql`` (``?`` placeholders) on the library's catalog and commit it, whichever
    engine holds it: how a test damages or ages a catalog behind photodesk's back."""
    from catalog.library import open_library

    lib = open_library(library)
    try:
        with lib.catalog.transaction():
            lib.catalog._conn.execute(sql, list(params))
    finally:
        lib.close()


def library_made(library: Path) -> bool:
    """Whether anything of a library was made at ``library``: on SQLite the folder itself; on PostgreSQL (whose
    folder the test made, holding just its ``photodesk.toml``) any table in the test's schema, any other file in
    the folder, or any object in the store."""
    from catalog.config import CONFIG_NAME, read_config

    from .stores import holds_anything

    url = read_config(library).catalog_url
    if url is None:
        return library.exists()
    import psycopg

    with psycopg.connect(url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchone()
    others = [p.name for p in library.iterdir() if p.name != CONFIG_NAME]
    return bool(tables and tables[0]) or bool(others) or holds_anything(library)


def refuse_writes(library: Path) -> None:
    """Make the PostgreSQL catalog of ``library`` refuse every write, as a hot standby's does: its URL's options
    make every transaction of the library's connections read-only (``default_transaction_read_only``)."""
    from catalog.config import read_config

    config = read_config(library)
    assert config.catalog_url is not None and "?options=" in config.catalog_url, config
    url = config.catalog_url.replace("?options=", "?options=-cdefault_transaction_read_only%3Don%20", 1)
    point_library_at(library, url, config.store_url)
