"""Migrations 1–19: the schema as the first four sessions shipped it (never edited: see the package's docstring)."""

from __future__ import annotations

from sqlite_utils import Database

from catalog.db.migrations.registry import migrations


@migrations()
def m001_create_batches(db: Database) -> None:
    """One row per ingest run: when, from where, and what became of its files."""
    db.table("batches").create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,  # null while running, or when the run was killed
            "status": str,  # running | done | interrupted
            "sources": str,  # JSON list of the paths given on the command line
            "new": int,
            "present": int,
            "failed": int,
            "skipped": int,
        },
        pk="id",
        not_null={"started_at", "status", "sources"},
        defaults={"new": 0, "present": 0, "failed": 0, "skipped": 0},
    )


@migrations()
def m002_create_assets(db: Database) -> None:
    """One row per distinct original (by SHA-256). Raw metadata is kept beside every reconciled value."""
    db.table("assets").create(
        {
            "id": int,
            "sha256": str,
            "path": str,  # the original in the store, relative to the library root, '/' separators
            "filename": str,  # the name it arrived with
            "format": str,
            "width": int,  # as displayed, after EXIF orientation
            "height": int,
            "bytes": int,
            "taken_at": str,  # ISO 8601; with its UTC offset when the camera recorded one
            "camera_make": str,
            "camera_model": str,
            "lens": str,
            "orientation": int,
            "gps_lat": float,
            "gps_lon": float,
            "caption": str,
            "headline": str,
            "byline": str,
            "credit_raw": str,
            "source": str,
            "copyright": str,
            "keywords": str,  # JSON list
            "people": str,  # JSON list
            "sublocation": str,
            "city": str,
            "province_state": str,
            "country": str,
            "country_code": str,
            "instructions": str,
            "object_name": str,
            "thumbnail": str,  # relative path of the JPEG thumbnail, or null
            "metadata_raw": str,  # JSON: every value as read from EXIF, IPTC IIM and XMP
            "conflicts": str,  # JSON list: fields whose sources disagreed, and which one won
            "warnings": str,  # JSON list: metadata that could not be read
            "ingested_at": str,
            "batch_id": int,
        },
        pk="id",
        not_null={"sha256", "path", "format", "bytes", "ingested_at"},
        foreign_keys=[("batch_id", "batches", "id")],
    )
    db.table("assets").create_index(["sha256"], unique=True)
    db.table("assets").create_index(["ingested_at"])
    db.table("assets").create_index(["taken_at"])
    db.table("assets").create_index(["batch_id"])


@migrations()
def m003_create_asset_sources(db: Database) -> None:
    """Every path an asset's bytes arrived from: the same picture filed twice is stored once, seen twice."""
    db.table("asset_sources").create(
        {"id": int, "asset_id": int, "path": str, "batch_id": int, "seen_at": str},
        pk="id",
        not_null={"asset_id", "path", "seen_at"},
        foreign_keys=[("asset_id", "assets", "id"), ("batch_id", "batches", "id")],
    )
    db.table("asset_sources").create_index(["asset_id", "path"], unique=True)


@migrations()
def m004_create_batch_files(db: Database) -> None:
    """What happened to each file of a batch, failures with their reason."""
    db.table("batch_files").create(
        {
            "id": int,
            "batch_id": int,
            "path": str,
            "status": str,  # new | present | failed | skipped
            "asset_id": int,
            "sha256": str,
            "reason": str,
            "warnings": str,  # JSON list
        },
        pk="id",
        not_null={"batch_id", "path", "status"},
        foreign_keys=[("batch_id", "batches", "id"), ("asset_id", "assets", "id")],
    )
    db.table("batch_files").create_index(["batch_id"])


@migrations()
def m005_create_photographers(db: Database) -> None:
    """The photographer authority: canonical names, their agency, and the spellings that mean them."""
    db.table("photographers").create(
        {"id": int, "name": str, "agency": str, "created_at": str}, pk="id", not_null={"name", "created_at"}
    )
    db.table("photographers").create_index(["name"], unique=True)
    db.table("photographer_aliases").create(
        {"id": int, "photographer_id": int, "alias": str, "key": str},
        pk="id",
        not_null={"photographer_id", "alias", "key"},
        foreign_keys=[("photographer_id", "photographers", "id")],
    )
    db.table("photographer_aliases").create_index(["key"], unique=True)


@migrations()
def m006_add_credit_columns(db: Database) -> None:
    """The parsed credit beside its raw text, and where the caption and credit came from."""
    assets = db.table("assets")
    for column in (
        "caption_raw",
        "caption_source",
        "credit_source",
        "credit_agency",
        "credit_kind",
        "credit_line",
        "credit_distributor",
        "credit_photographers",
        "credit_photographers_raw",
    ):
        assets.add_column(column, str)
    assets.create_index(["credit_agency"])


@migrations()
def m007_create_corrections(db: Database) -> None:
    """Every automatic or manual change to a name: from, to, rule, score, when; undone ones stay, marked."""
    db.table("corrections").create(
        {
            "id": int,
            "asset_id": int,
            "field": str,
            "from_value": str,
            "to_value": str,
            "rule": str,
            "score": float,
            "reason": str,
            "created_at": str,
            "undone_at": str,
        },
        pk="id",
        not_null={"asset_id", "field", "from_value", "to_value", "rule", "created_at"},
        foreign_keys=[("asset_id", "assets", "id")],
    )
    db.table("corrections").create_index(["asset_id"])
    db.table("corrections").create_index(["from_value"])


@migrations()
def m008_create_name_reviews(db: Database) -> None:
    """Names kept as written because a correction was possible but not certain: the desk decides."""
    db.table("name_reviews").create(
        {
            "id": int,
            "asset_id": int,
            "written": str,
            "agency": str,
            "candidate": str,
            "runner_up": str,
            "score": float,
            "reason": str,
            "created_at": str,
            "resolved_at": str,
        },
        pk="id",
        not_null={"asset_id", "written", "created_at"},
        foreign_keys=[("asset_id", "assets", "id")],
    )
    db.table("name_reviews").create_index(["asset_id", "written"], unique=True)


@migrations()
def m009_create_caption_sources(db: Database) -> None:
    """Every caption and credit offered for an asset (embedded, sidecar, sheet, article), kept side by side."""
    db.table("caption_sources").create(
        {
            "id": int,
            "asset_id": int,
            "kind": str,
            "path": str,
            "caption": str,
            "credit": str,
            "headline": str,
            "people": str,
            "created_at": str,
        },
        pk="id",
        not_null={"asset_id", "kind", "path", "created_at"},
        foreign_keys=[("asset_id", "assets", "id")],
    )
    db.table("caption_sources").create_index(["asset_id", "kind", "path"], unique=True)


@migrations()
def m010_create_people(db: Database) -> None:
    """The people authority, and who is shown in each picture (and how we know)."""
    db.table("people").create({"id": int, "name": str, "created_at": str}, pk="id", not_null={"name", "created_at"})
    db.table("people").create_index(["name"], unique=True)
    db.table("person_aliases").create(
        {"id": int, "person_id": int, "alias": str, "key": str},
        pk="id",
        not_null={"person_id", "alias", "key"},
        foreign_keys=[("person_id", "people", "id")],
    )
    db.table("person_aliases").create_index(["key"], unique=True)
    db.table("asset_people").create(
        {"id": int, "asset_id": int, "name": str, "source": str, "created_at": str},
        pk="id",
        not_null={"asset_id", "name", "source", "created_at"},
        foreign_keys=[("asset_id", "assets", "id")],
    )
    db.table("asset_people").create_index(["asset_id", "name", "source"], unique=True)
    db.table("asset_people").create_index(["name"])


@migrations()
def m011_add_link_columns(db: Database) -> None:
    """When an asset's captions and credit were last resolved, and the disagreements between their sources."""
    assets = db.table("assets")
    assets.add_column("linked_at", str)
    assets.add_column("source_conflicts", str)
    db.execute("CREATE INDEX idx_assets_unlinked ON assets(id) WHERE linked_at IS NULL")


@migrations()
def m012_add_caption_source_byline(db: Database) -> None:
    """A source's by-line, read together with its credit (IPTC keeps the photographer and the agency apart)."""
    db.table("caption_sources").add_column("byline", str)


@migrations()
def m013_add_perceptual_hashes(db: Database) -> None:
    """Perceptual hashes (16 hex digits each) and duplicate groups; existing assets get theirs from 'dupes scan'."""
    assets = db.table("assets")
    for column, kind in (
        ("phash", str),
        ("dhash", str),
        ("phash_mirror", str),
        ("hash_regions", str),
        ("trim", str),
        ("flat", int),
        ("pixel_digest", str),
        ("hash_version", int),
        ("duplicate_of", int),
    ):
        assets.add_column(column, kind)
    assets.create_index(["pixel_digest"])
    assets.create_index(["duplicate_of"])
    db.table("dupe_pairs").create(
        {
            "id": int,
            "asset_id": int,
            "other_id": int,
            "via": str,
            "distance": int,
            "same": int,
            "method": str,
            "inliers": int,
            "containment": float,
            "correlation": float,
            "reason": str,
            "created_at": str,
        },
        pk="id",
        not_null={"asset_id", "other_id", "same", "created_at"},
        foreign_keys=[("asset_id", "assets", "id"), ("other_id", "assets", "id")],
    )
    db.table("dupe_pairs").create_index(["asset_id", "other_id"], unique=True)
    db.table("dupe_pairs").create_index(["other_id"])


@migrations()
def m014_create_search_index(db: Database) -> None:
    """Full-text search over captions and every name a picture can be found by (FTS5, kept in step by triggers).

    ``search_text`` holds photographers as corrected and as written, authority aliases, corrected misspellings,
    agency, people and their aliases, place and file name. Tokens fold case and diacritics; Hebrew and Cyrillic
    tokenise as words. Datasette offers the same search on ``assets``.
    """
    db.table("assets").add_column("search_text", str)
    db.table("assets").enable_fts(
        ["caption", "headline", "keywords", "people", "search_text"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


# The search index as migration 15 defines it: the one definition, which ``check --repair`` rebuilds too
# (``catalog.db.fts``). A later change of columns or tokenizer is a new migration with constants of its own.
FTS_COLUMNS = ("caption", "headline", "keywords", "people", "search_text", "photographer_text")
FTS_TOKENIZE = "unicode61 remove_diacritics 2"  # case and diacritics folded; Hebrew and Cyrillic split as words


def define_search_index(db: Database) -> None:
    """(Re)create ``assets_fts`` over ``FTS_COLUMNS`` with its triggers, and fill it from ``assets``."""
    db.table("assets").enable_fts(list(FTS_COLUMNS), create_triggers=True, tokenize=FTS_TOKENIZE, replace=True)
    db.execute("INSERT INTO assets_fts(assets_fts) VALUES('rebuild')")


@migrations()
def m015_add_photographer_search_column(db: Database) -> None:
    """Photographer names (corrected, as written, aliases, corrected misspellings) in a column of their own in
    the search index, so a credit: filter is an index lookup rather than a scan of every row."""
    db.table("assets").add_column("photographer_text", str)
    define_search_index(db)


@migrations()
def m016_add_dupes_checked(db: Database) -> None:
    """When each asset was looked up for copies: NULL until the dedupe step of its ingest has run, so the next
    ingest (or ``check --repair``) finishes the dedupe of a run killed before it. Assets hashed before this
    migration were looked up by their own ingest or by ``dupes scan``."""
    db.table("assets").add_column("dupes_checked_at", str)
    db.execute("UPDATE assets SET dupes_checked_at = ingested_at WHERE phash IS NOT NULL")
    db.execute("CREATE INDEX idx_assets_dupes_unchecked ON assets(id) WHERE dupes_checked_at IS NULL")


@migrations()
def m017_index_newest_first(db: Database) -> None:
    """The order of a query without words (the desk's grid, ``search`` by fields only): newest capture first.
    Without this index every such page sorts the whole catalog (70 ms at 100,000 assets; under 1 ms with it)."""
    db.execute("CREATE INDEX idx_assets_newest ON assets(coalesce(taken_at, ingested_at) DESC, id DESC)")
    # caption:missing and credit:missing, the desk's to-do lists: partial indexes of just those pictures
    db.execute(
        "CREATE INDEX idx_assets_caption_missing ON assets(coalesce(taken_at, ingested_at) DESC, id DESC) "
        "WHERE coalesce(caption, '') = ''"
    )
    db.execute(
        "CREATE INDEX idx_assets_credit_missing ON assets(coalesce(taken_at, ingested_at) DESC, id DESC) "
        "WHERE coalesce(credit_raw, '') = '' AND coalesce(credit_line, '') = ''"
    )


@migrations()
def m018_add_desk_edits(db: Database) -> None:
    """Edits on the desk: who made each logged change (``corrections.editor``; null for linking's own), and each
    picture's version, raised by every desk change, so a save made on an older version is refused rather than
    silently overwriting another editor's."""
    db.table("corrections").add_column("editor", str)
    db.table("assets").add_column("version", int, not_null_default=0)


@migrations()
def m019_add_desk_decisions(db: Database) -> None:
    """Two decisions a desk editor makes in the review queues and that later runs must respect:
    ``cluster_dismissals`` — a cluster of spellings kept as written (the names, JSON), never offered again as
    long as no new spelling joins it; ``keeper_choices`` — the keeper of a duplicate group chosen by hand, which a
    regroup (ingest, ``dupes scan``) keeps while the picture is in its group."""
    db.table("cluster_dismissals").create(
        {"id": int, "names": str, "dismissed_at": str}, pk="id", not_null={"names", "dismissed_at"}
    )
    db.table("keeper_choices").create(
        {"asset_id": int, "chosen_at": str},
        pk="asset_id",
        not_null={"chosen_at"},
        foreign_keys=[("asset_id", "assets", "id")],
    )
