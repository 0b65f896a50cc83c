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


_AGENCY_KEY = "coalesce({row}.credit_agency, '')"


def _count_names(row: str, sign: str) -> str:
    """The statement adding (``+``) or taking away (``-``) one asset's credited names in ``credit_history``."""
    if sign == "+":
        return (
            f"INSERT INTO credit_history (name, agency, assets) SELECT j.value, {_AGENCY_KEY.format(row=row)}, 1 "
            f"FROM json_each({row}.credit_photographers) j WHERE {row}.credit_photographers IS NOT NULL "
            "ON CONFLICT(name, agency) DO UPDATE SET assets = assets + 1;"
        )
    return (
        "UPDATE credit_history SET assets = assets - (SELECT count(*) FROM "
        f"json_each({row}.credit_photographers) j WHERE j.value = credit_history.name) "
        f"WHERE {row}.credit_photographers IS NOT NULL AND agency = {_AGENCY_KEY.format(row=row)} "
        f"AND name IN (SELECT value FROM json_each({row}.credit_photographers));"
        "DELETE FROM credit_history WHERE assets <= 0;"
    )


@migrations()
def m021_create_credit_history(db: Database) -> None:
    """``credit_history``: how many assets credit each decided photographer with each agency ('' for none) — the
    catalog's history that name correction weighs. Linking one picture used to count it afresh over every asset
    (``json_each`` over the whole table: most of a one-picture ingest's time at 1,000,000 assets); triggers now
    keep the counts as credits are written, changed or removed, so linking reads a table the size of the
    photographers' roster, not of the library."""
    db.execute(
        "CREATE TABLE credit_history (name TEXT NOT NULL, agency TEXT NOT NULL, assets INTEGER NOT NULL, "
        "PRIMARY KEY (name, agency))"
    )
    db.execute(
        f"CREATE TRIGGER assets_credit_history_insert AFTER INSERT ON assets BEGIN {_count_names('NEW', '+')} END"
    )
    db.execute(
        "CREATE TRIGGER assets_credit_history_update AFTER UPDATE OF credit_photographers, credit_agency ON assets "
        "WHEN NEW.credit_photographers IS NOT OLD.credit_photographers OR NEW.credit_agency IS NOT OLD.credit_agency "
        f"BEGIN {_count_names('OLD', '-')} {_count_names('NEW', '+')} END"
    )
    db.execute(
        f"CREATE TRIGGER assets_credit_history_delete AFTER DELETE ON assets BEGIN {_count_names('OLD', '-')} END"
    )
    db.execute(
        "INSERT INTO credit_history (name, agency, assets) SELECT j.value, coalesce(a.credit_agency, ''), count(*) "
        "FROM assets a, json_each(a.credit_photographers) j WHERE a.credit_photographers IS NOT NULL GROUP BY 1, 2"
    )


@migrations()
def m022_create_library_settings(db: Database) -> None:
    """``library_settings``: what a library records of itself, such as where its store is (``store_url``), so a
    catalog moved to another engine (``photodesk migrate``) still knows where its originals are."""
    db.execute("CREATE TABLE library_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m023_create_arrivals(db: Database) -> None:
    """``arrivals``: each file a watched folder received (``photodesk watch``) and what became of it. A watch
    restarted knows by path, size and modification time what it took before; the desk's arrivals screen reads the
    newest by id."""
    db.execute(
        "CREATE TABLE arrivals (id INTEGER PRIMARY KEY, path TEXT NOT NULL, size INTEGER NOT NULL, "
        "mtime_ns INTEGER NOT NULL, status TEXT NOT NULL, asset_id INTEGER REFERENCES assets(id), "
        "batch_id INTEGER REFERENCES batches(id), reason TEXT, detail TEXT NOT NULL, arrived_at TEXT NOT NULL, "
        "ingested_at TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX idx_arrivals_path ON arrivals (path)")
    db.execute("CREATE INDEX idx_arrivals_asset_id ON arrivals (asset_id)")
