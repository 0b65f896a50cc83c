"""Migrations from 20 on."""

from __future__ import annotations

from sqlite_utils import Database

from catalog.db.migrations.registry import migrations

# The hash columns the neighbour index is made of: a change to any of them is journaled.
INDEXED_HASH_COLUMNS = ("phash", "dhash", "phash_mirror", "hash_regions", "flat")


@migrations()
def m020_create_hash_journal(db: Database) -> None:
    """``hash_journal``: one row each time an asset's hashes are set or change, in order (``seq`` never reused).

    The neighbour index file beside the catalog (``neighbours.idx``) is a cache of the hash columns; it records the
    last ``seq`` it holds, so bringing it up to date reads only the rows after that — not every hash in the
    catalog. Triggers write the journal, so no write path (ingest, ``dupes scan``, ``check --repair``, a tool
    editing the catalog) can change a hash without the index hearing of it. Existing hashed assets are journaled
    once, in id order. ``catalog_identity`` holds a random token made here, which the index file records, so an
    index file beside another catalog (copied, restored) is never taken for this one's."""
    db.execute("CREATE TABLE catalog_identity (token TEXT NOT NULL)")
    db.execute("INSERT INTO catalog_identity (token) VALUES (lower(hex(randomblob(16))))")
    db.execute(
        "CREATE TABLE hash_journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, asset_id INTEGER NOT NULL "
        "REFERENCES assets(id))"
    )
    db.execute(
        "CREATE TRIGGER assets_hash_journal_insert AFTER INSERT ON assets WHEN NEW.phash IS NOT NULL "
        "BEGIN INSERT INTO hash_journal (asset_id) VALUES (NEW.id); END"
    )
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in INDEXED_HASH_COLUMNS)
    db.execute(
        f"CREATE TRIGGER assets_hash_journal_update AFTER UPDATE OF {', '.join(INDEXED_HASH_COLUMNS)} ON assets "
        f"WHEN {changed} BEGIN INSERT INTO hash_journal (asset_id) VALUES (NEW.id); END"
    )
    db.execute("INSERT INTO hash_journal (asset_id) SELECT id FROM assets WHERE phash IS NOT NULL ORDER BY id")
