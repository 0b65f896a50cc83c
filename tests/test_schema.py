from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from catalog.db.migrations import migrations
from catalog.library import open_library


def test_migrations_build_the_schema_on_a_blank_database() -> None:
    db = Database(memory=True)
    migrations.apply(db)
    assert {"batches", "assets", "asset_sources", "batch_files"} <= set(db.table_names())
    assert not migrations.pending(db)


def test_reapplying_migrations_changes_nothing(library: Path) -> None:
    lib = open_library(library, create=True)
    schema = lib.catalog.db.schema
    lib.close()
    lib = open_library(library)
    assert lib.catalog.db.schema == schema
    assert [m.name for m in migrations.applied(lib.catalog.db)] == [m.name for m in migrations._migrations]
    lib.close()


def test_library_uses_wal_and_foreign_keys(library: Path) -> None:
    lib = open_library(library, create=True)
    assert lib.catalog.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert lib.catalog.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    lib.close()


def test_the_latest_migration_known_at_open_is_the_last_one() -> None:
    """Opening a catalog asks only whether it has ``LATEST_MIGRATION``: it must be the last migration there is."""
    from catalog.db.version import LATEST_MIGRATION, MIGRATION_SET

    assert migrations.name == MIGRATION_SET
    assert [m.name for m in migrations._migrations][-1] == LATEST_MIGRATION
