"""The catalog's schema, as numbered, append-only migrations.

Never edit a migration that has shipped: add a new one. Each runs in a transaction together with its record in
``_sqlite_migrations`` (sqlite-utils' ``Migrations``), so a crash mid-migration leaves it pending, not half done.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("photodesk")


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
