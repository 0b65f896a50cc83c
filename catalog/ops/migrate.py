"""``photodesk migrate``: move a library's catalog to PostgreSQL (and its originals to an S3-compatible store),
losslessly and resumably.

Files go first (``--store``): every original, thumbnail and preview, each original read back from the target
and checked against its SHA-256 before its row is copied, so the target never records a picture its store does
not hold intact; objects there already are checked, never overwritten. Rows are copied table by table in id
order, a chunk per transaction, with their ids; a copy that was stopped resumes after the last id the target
holds. The target's own triggers rebuild what is derived (the hash journal,
the credit history, the search index). At the end every table's rows are compared, source against target, by
count and by a digest over every cell: a migration that reports success holds exactly what the source held.
The source library is never changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from catalog.db import Catalog, open_catalog_url, safe_url
from catalog.db.settings import STORE_URL
from catalog.db.transfer import SETTINGS, TABLES, Transfer
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.storage import Store, open_store, preview_relpath

FILE_CHUNK = 256  # assets whose files are copied between two progress reports
FILE_THREADS = 8  # uploads at once: a store is network-bound, not CPU-bound

MIGRATED_FROM = "migrated_from"  # the target's note of the source catalog's identity
TARGET_ONLY = (MIGRATED_FROM, "store_url")

Progress = Callable[[str, int, int], None]  # (table, rows copied, rows in all)


class MigrateError(PhotodeskError):
    pass


@dataclass(frozen=True)
class TableCopied:
    table: str
    rows: int  # in the source (and, verified, in the target)
    copied: int  # by this run (0 when an earlier run copied it all)

    def to_dict(self) -> dict[str, str | int]:
        return {"table": self.table, "rows": self.rows, "copied": self.copied}


@dataclass(frozen=True)
class FilesCopied:
    store: str
    originals: int  # in the target, each checked against its SHA-256
    uploaded: int  # files (originals, thumbnails, previews) this run wrote

    def to_dict(self) -> dict[str, str | int]:
        return {"store": self.store, "originals": self.originals, "uploaded": self.uploaded}


@dataclass(frozen=True)
class Migrated:
    target: str  # the URL, without a password
    tables: list[TableCopied]
    files: FilesCopied | None

    def to_dict(self) -> dict[str, object]:
        files = self.files.to_dict() if self.files else None
        return {"target": self.target, "tables": [t.to_dict() for t in self.tables], "files": files, "verified": True}


def migrate(library: Library, to_url: str, store_url: str | None = None, progress: Progress | None = None) -> Migrated:
    """Copy ``library``'s files into the store at ``store_url`` (when given) and its catalog into the PostgreSQL
    catalog at ``to_url`` (made when missing), then verify."""
    source = library.catalog
    if source.url is not None and source.url == to_url:
        raise MigrateError(f"{safe_url(to_url)} is this library's own catalog")
    store = open_store(library.root, store_url) if store_url else None
    if store is not None and store.location == library.store.location:
        raise MigrateError(f"{store_url} is this library's own store")
    target = open_catalog_url(to_url, create=True)
    try:
        _claim(source, target, to_url)
        files = _copy_files(library, store, progress) if store is not None else None
        copied = [
            _copy(Transfer(source._conn), Transfer(target._conn), table, key, target, progress) for table, key in TABLES
        ]
        _copy_settings(Transfer(source._conn), Transfer(target._conn), target)
        if store_url is not None:
            with target.transaction():
                target.settings.put(STORE_URL, store_url)
        _verify(Transfer(source._conn), Transfer(target._conn), to_url)
        return Migrated(safe_url(to_url), copied, files)
    finally:
        target.close()


def _copy_files(library: Library, store: Store, progress: Progress | None) -> FilesCopied:
    """Every asset's original, thumbnail and preview into ``store``, originals checked there."""
    store.ensure()
    total = library.catalog.assets.count()
    done = originals = uploaded = 0
    after = 0
    with ThreadPoolExecutor(FILE_THREADS) as pool:
        while chunk := library.catalog.assets.files(after, FILE_CHUNK):
            for written in pool.map(lambda f: _copy_asset_files(library.store, store, f[1], f[2], f[3]), chunk):
                uploaded += written
                originals += 1
            after = chunk[-1][0]
            done += len(chunk)
            if progress is not None:
                progress("files", done, total)
    return FilesCopied(store.location, originals, uploaded)


def _copy_asset_files(source: Store, target: Store, sha256: str, path: str, thumbnail: str | None) -> int:
    """One asset's files into ``target``; how many were written. The original is checked against its SHA-256
    on the way out (the source's bytes) and in the target (read back), whether written now or there before."""
    written = 0
    if not target.exists(path):
        try:
            data = source.read(path)
        except FileNotFoundError:
            raise MigrateError(f"{source.location}: the original {path} is missing: run 'photodesk check'") from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise MigrateError(f"{source.location}: {path} does not match its SHA-256: run 'photodesk check'")
        written += target.put(path, data)
    if target.sha256(path) != sha256:
        raise MigrateError(f"{target.location}: {path} there does not match its SHA-256; nothing is overwritten")
    for extra in (thumbnail, preview_relpath(sha256)):
        if extra and not target.exists(extra) and source.exists(extra):
            written += target.put(extra, source.read(extra))
    return written


def _claim(source: Catalog, target: Catalog, to_url: str) -> None:
    """Mark the target as this source's copy; refuse one that holds another catalog."""
    identity = source.journal.identity()
    with target.transaction():
        claimed = target.settings.get(MIGRATED_FROM)
        if claimed is None and target.assets.count() > 0:
            raise MigrateError(f"{safe_url(to_url)} holds another catalog already: migrate into an empty one")
        if claimed is not None and claimed != identity:
            raise MigrateError(f"{safe_url(to_url)} holds a copy of another library: migrate into an empty one")
        target.settings.put(MIGRATED_FROM, identity)


def _copy(
    source: Transfer, target: Transfer, table: str, key: str, catalog: Catalog, progress: Progress | None
) -> TableCopied:
    columns = source.columns(table)
    missing = set(columns) - set(target.columns(table))
    if missing:
        raise MigrateError(f"the target's {table} has no {', '.join(sorted(missing))}: is it an older photodesk?")
    total = source.count(table)
    done = target.count(table)
    copied = 0
    for rows in source.chunks(table, key, columns, target.last_key(table, key)):
        with catalog.transaction():
            target.insert(table, columns, rows)
        copied += len(rows)
        if progress is not None:
            progress(table, done + copied, total)
    if key == "id":
        with catalog.transaction():
            target.reset_ids(table)
    return TableCopied(table, total, copied)


def _copy_settings(source: Transfer, target: Transfer, catalog: Catalog) -> None:
    with catalog.transaction():
        for key, value in source.settings(TARGET_ONLY).items():
            catalog.settings.put(key, value)


def _verify(source: Transfer, target: Transfer, to_url: str) -> None:
    for table, key in TABLES:
        columns = source.columns(table)
        theirs, ours = target.fingerprint(table, key, columns), source.fingerprint(table, key, columns)
        if theirs != ours:
            raise MigrateError(
                f"{safe_url(to_url)}: {table} differs from the source after copying ({theirs[0]} rows against "
                f"{ours[0]}): run migrate again; if it persists, report it"
            )
    if source.settings(TARGET_ONLY) != target.settings(TARGET_ONLY):
        raise MigrateError(f"{safe_url(to_url)}: {SETTINGS} differs from the source after copying")
