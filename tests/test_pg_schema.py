"""PostgreSQL's migrations make the schema SQLite's make: the same tables, columns in the same order with the
same NOT NULL constraints and kinds of value, the same unique keys, and the same trigger-kept tables."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog.db import open_catalog, open_catalog_url
from catalog.db.pg import migrations as pg_migrations

from .engines import fresh_schema

# SQLite's declared types, as PostgreSQL's migration spells them
KINDS = {"INTEGER": "bigint", "TEXT": "text", "REAL": "double precision", "": "text"}
SQLITE_ONLY = ("_sqlite_migrations", "sqlite_sequence")  # sqlite-utils' and SQLite's own bookkeeping
PG_ONLY = ("photodesk_migrations",)
# Columns only PostgreSQL has, each for a reason of its own
PG_ONLY_COLUMNS = {("hash_journal", "xid")}  # journal positions are transaction ids there (catalog/db/pg/journal.py)


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from fresh_schema()


def _sqlite_schema(tmp_path: Path) -> tuple[dict[str, list[tuple[str, str, bool]]], set[tuple[str, tuple[str, ...]]]]:
    catalog = open_catalog(tmp_path, create=True)
    conn = catalog._conn
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not r[0].startswith("assets_fts") and r[0] not in SQLITE_ONLY
    ]
    columns = {}
    unique: set[tuple[str, tuple[str, ...]]] = set()
    for table in tables:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        columns[table] = [(c[1], KINDS[c[2].upper()], bool(c[3]) or bool(c[5])) for c in info]
        keys = tuple(c[1] for c in sorted((c for c in info if c[5]), key=lambda c: c[5]))
        if keys:
            unique.add((table, keys))
        for index in conn.execute(f"PRAGMA index_list({table})").fetchall():
            if index[2]:  # unique
                cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({index[1]})"))
                unique.add((table, cols))
    catalog.close()
    return columns, unique


def _pg_schema(url: str) -> tuple[dict[str, list[tuple[str, str, bool]]], set[tuple[str, tuple[str, ...]]]]:
    catalog = open_catalog_url(url, create=True)
    conn = catalog._conn
    rows = conn.execute(
        "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
        "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
    ).fetchall()
    columns: dict[str, list[tuple[str, str, bool]]] = {}
    generated = {
        (t, c)
        for t, c in conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND is_generated = 'ALWAYS'"
        )
    }
    for table, column, kind, nullable in rows:
        if table in PG_ONLY or (table, column) in generated or (table, column) in PG_ONLY_COLUMNS:
            continue
        columns.setdefault(table, []).append((column, kind, nullable == "NO"))
    unique = set()
    for table, index in conn.execute(
        "SELECT t.relname, i.indexrelid FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE i.indisunique AND n.nspname = current_schema()"
    ):
        cols = tuple(
            r[0]
            for r in conn.execute(
                "SELECT a.attname FROM pg_index i, unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
                "JOIN pg_attribute a ON a.attnum = k.attnum WHERE i.indexrelid = ? AND a.attrelid = i.indrelid "
                "ORDER BY k.n",
                [index],
            )
        )
        if table not in PG_ONLY:
            unique.add((table, cols))
    catalog.close()
    return columns, unique


def test_both_engines_migrate_to_the_same_tables_columns_and_keys(tmp_path: Path, pg_url: str) -> None:
    sqlite_columns, sqlite_unique = _sqlite_schema(tmp_path)
    pg_columns, pg_unique = _pg_schema(pg_url)
    assert sorted(pg_columns) == sorted(sqlite_columns)
    for table, columns in sqlite_columns.items():
        assert pg_columns[table] == columns, table
    assert pg_unique == sqlite_unique


def test_migrating_twice_or_from_two_servers_at_once_applies_each_migration_once(pg_url: str) -> None:
    import threading

    errors: list[BaseException] = []

    def open_one() -> None:
        try:
            open_catalog_url(pg_url, create=True).close()
        except BaseException as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    catalog = open_catalog_url(pg_url)
    try:
        assert not pg_migrations.pending(catalog._conn)
        names = [r[0] for r in catalog._conn.execute("SELECT name FROM photodesk_migrations ORDER BY name")]
        assert names == [name for name, _ in pg_migrations.MIGRATIONS]
        assert catalog._conn.execute("SELECT count(*) FROM catalog_identity").fetchone()[0] == 1
    finally:
        catalog.close()


def test_a_database_without_a_catalog_is_not_made_one_by_a_read(pg_url: str) -> None:
    from catalog.errors import LibraryNotFound

    with pytest.raises(LibraryNotFound):
        open_catalog_url(pg_url)


def test_the_planner_knows_how_common_each_agency_is(pg_url: str) -> None:
    """``agency:`` compares ``coalesce(credit_agency, '')`` and the distributor's: migration p004 gives the
    planner their statistics, so a search with an agency is planned for how many pictures it has, not for the
    half percent it assumes of an expression it knows nothing about."""
    catalog = open_catalog_url(pg_url, create=True)
    conn = catalog._conn
    try:
        conn.execute(
            "INSERT INTO assets (sha256, path, format, bytes, ingested_at, credit_agency, credit_distributor) "
            "SELECT md5(i::text), 'p' || i, 'jpeg', 1, '2024-01-01', CASE WHEN i % 4 = 0 THEN 'GPO' END, "
            "CASE WHEN i % 10 = 0 THEN 'Reuters' END FROM generate_series(1, 4000) AS i"
        )
        conn.execute("ANALYZE assets")
        for condition, rows in (
            ("coalesce(credit_agency, '') IN ('GPO', 'Gpo')", 1_000),
            ("coalesce(credit_distributor, '') IN ('Reuters', 'REUTERS')", 400),
        ):
            plan = conn.execute(f"EXPLAIN (FORMAT JSON) SELECT id FROM assets WHERE {condition}").fetchone()[0]
            assert 0.8 * rows <= plan[0]["Plan"]["Plan Rows"] <= 1.2 * rows, condition
    finally:
        catalog.close()
