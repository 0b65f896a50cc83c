"""Batch ingest: discover -> read, hash and decode (a process pool) -> one writer in this process.

Workers do everything that needs the pixels: SHA-256, format check, metadata, thumbnail, and the atomic copy into
the store. The writer only records rows, in transactions of a few dozen files, so the catalog never references a
file that is not complete in the store, and a run killed at any moment leaves a consistent catalog: files stored
but not yet recorded are found by their SHA-256 next time and recorded then. ``dry_run`` runs the same workers
without writing anything.
"""

from __future__ import annotations

import hashlib
import json
import signal
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .captions import CaptionOffer
from .dedupe import KEEP, SKIP, CopyGate, after_ingest, hash_columns
from .discover import walk
from .errors import UnreadableImage
from .files import NotRegular, open_regular, unreadable_reason
from .hashing import compute
from .imaging import decode, thumbnail_jpeg
from .library import DB_NAME, Library
from .linking import embedded_offer, link, store_offer
from .models import DUPLICATE, FAILED, NEW, PRESENT, SKIPPED, BatchSummary, FileResult, now_iso
from .sidecars import SIDECAR_SUFFIXES, SidecarFinder, read_sidecar
from .sniff import HEAD_BYTES, IMAGE_EXTENSIONS, describe, sniff
from .store import Store

MAX_FILE_BYTES = 2 * 1024**3
COMMIT_EVERY_FILES = 32
COMMIT_EVERY_SECONDS = 2.0
Progress = Callable[[FileResult, int, int], None]


@dataclass
class Prepared:
    """A worker's answer for one file: an asset record to insert, a known SHA-256, or a failure/skip."""

    path: str
    outcome: str  # "record" | "known" | FAILED | SKIPPED
    sha256: str | None = None
    reason: str | None = None
    record: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)
    thumbnail: bytes | None = None  # only when storing waits for the writer's decision (--on-duplicate skip)
    duplicate_of: int | None = None


class Preparer:
    """Per-process state of a worker: where the library is, and a read-only view of its catalog."""

    def __init__(self, library_root: str | None, write: bool, defer: bool = False) -> None:
        self.store = Store(Path(library_root)) if library_root else None
        self.write = write and self.store is not None
        self.defer = defer  # store nothing new: the writer decides (--on-duplicate skip)
        self.conn: sqlite3.Connection | None = None
        db = Path(library_root) / DB_NAME if library_root else None
        if db is not None and db.is_file():
            self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=60)

    def known(self, sha256: str) -> bool:
        if self.conn is None:
            return False
        return self.conn.execute("SELECT 1 FROM assets WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def prepare(self, path_text: str) -> Prepared:
        path = Path(path_text)
        try:
            with open_regular(path) as fh:
                head = fh.read(HEAD_BYTES)
                fmt = sniff(head)
                if fmt is None:
                    return _not_a_picture(path_text, head)
                size = fh.seek(0, 2)
                if size > MAX_FILE_BYTES:
                    return Prepared(path_text, FAILED, reason=f"file too large ({size} bytes)")
                fh.seek(0)
                data = fh.read()
        except NotRegular as e:
            return Prepared(path_text, SKIPPED, reason=e.reason)
        except OSError as e:
            return Prepared(path_text, FAILED, reason=unreadable_reason(path, e))
        sha256 = hashlib.sha256(data).hexdigest()
        relpath = Store.original_relpath(sha256, fmt)
        if self.known(sha256):
            if self.write and self.store is not None:
                self.store.put(relpath, data)  # restores a missing store file; a no-op otherwise
            return Prepared(path_text, "known", sha256=sha256)
        try:
            decoded = decode(data, fmt, path.name)
        except UnreadableImage as e:
            return Prepared(path_text, FAILED, sha256=sha256, reason=e.reason)
        thumb_rel = Store.thumb_relpath(sha256)
        thumb = thumbnail_jpeg(decoded.image, decoded.icc_profile)
        if self.write and self.store is not None and not self.defer:
            self.store.put(relpath, data)
            self.store.put(thumb_rel, thumb)
        record = _record(decoded, sha256=sha256, relpath=relpath, thumb=thumb_rel, name=path.name, size=len(data))
        record.update(hash_columns(compute(decoded.image)))
        return Prepared(
            path_text,
            "record",
            sha256=sha256,
            record=record,
            warnings=decoded.embedded.warnings,
            thumbnail=thumb if self.defer else None,
        )


def _not_a_picture(path: str, head: bytes) -> Prepared:
    what = describe(head)
    claims_picture = Path(path).suffix.lower() in IMAGE_EXTENSIONS
    if claims_picture or not head:
        status = FAILED if claims_picture else SKIPPED
        return Prepared(path, status, reason=f"not a supported picture: {what}")
    return Prepared(path, SKIPPED, reason=f"not a picture: {what}")


def _record(decoded: Any, *, sha256: str, relpath: str, thumb: str, name: str, size: int) -> dict[str, Any]:
    meta = decoded.embedded
    f = meta.fields
    byline = f.get("byline") or []
    return {
        "sha256": sha256,
        "path": relpath,
        "filename": name,
        "format": decoded.format,
        "width": decoded.width,
        "height": decoded.height,
        "bytes": size,
        "taken_at": meta.taken_at,
        "camera_make": meta.exif.make,
        "camera_model": meta.exif.model,
        "lens": meta.exif.lens,
        "orientation": decoded.orientation,
        "gps_lat": meta.exif.gps_lat,
        "gps_lon": meta.exif.gps_lon,
        "caption": f.get("caption"),
        "headline": f.get("headline"),
        "byline": "; ".join(byline) if byline else None,
        "credit_raw": f.get("credit"),
        "source": f.get("source"),
        "copyright": f.get("copyright"),
        "keywords": json.dumps(f.get("keywords") or [], ensure_ascii=False),
        "people": json.dumps(f.get("people") or [], ensure_ascii=False),
        **{
            k: f.get(k)
            for k in (
                "sublocation",
                "city",
                "province_state",
                "country",
                "country_code",
                "instructions",
                "object_name",
            )
        },
        "thumbnail": thumb,
        "metadata_raw": json.dumps(meta.raw, ensure_ascii=False),
        "conflicts": json.dumps(meta.conflicts, ensure_ascii=False),
        "warnings": json.dumps(meta.warnings, ensure_ascii=False),
    }


_preparer: Preparer | None = None


def _init_worker(library_root: str | None, write: bool, defer: bool) -> None:
    """Workers leave Ctrl-C to the writer, which stops the pool and commits what is complete."""
    global _preparer
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _preparer = Preparer(library_root, write, defer)


def _prepare_in_worker(path: str) -> Prepared:
    assert _preparer is not None, "worker not initialised"
    return _preparer.prepare(path)


def ingest(
    library: Library | None,
    paths: Sequence[Path],
    *,
    jobs: int = 1,
    dry_run: bool = False,
    progress: Progress | None = None,
    offers: Mapping[str, list[CaptionOffer]] | None = None,
    autofix: bool = True,
    exclude: Iterable[Path] = (),
    on_duplicate: str = KEEP,
) -> BatchSummary:
    """Ingest ``paths`` (files and folders) into ``library``; with ``dry_run`` nothing is written.

    ``offers`` are captions from a sheet or an article, keyed by the file path as discovered; sidecars beside
    each picture are found here. After the rows are committed, captions, credits and people are resolved
    (``linking.link``), then copies are found and grouped (``dedupe.after_ingest``, by ``on_duplicate``).
    ``library`` may be None only for a dry run against a library that does not exist yet.
    """
    own = library.own_files() if library is not None else frozenset()
    walked = walk(paths, exclude=own | {p.absolute() for p in exclude})
    found = walked.files
    sidecars = _sidecar_files(found)
    files = [str(p) for p in found if p not in sidecars]
    root = str(library.root) if library is not None else None
    defer = on_duplicate == SKIP and library is not None and not dry_run
    writer = _Writer(library, dry_run, [str(p) for p in paths], offers or {}, gate=defer)
    summary = BatchSummary(batch_id=writer.batch_id, dry_run=dry_run)
    summary.files += [writer.add(Prepared(str(p), SKIPPED, reason=why)) for p, why in walked.passed_over]
    executor: Executor | None = None
    try:
        if jobs > 1 and len(files) > 1:
            executor = ProcessPoolExecutor(
                max_workers=jobs, initializer=_init_worker, initargs=(root, not dry_run, defer)
            )
            results: Iterable[Prepared] = executor.map(_prepare_in_worker, files)
        else:
            preparer = Preparer(root, not dry_run, defer)
            results = (preparer.prepare(f) for f in files)
        for done, prepared in enumerate(results, 1):
            result = writer.add(prepared)
            summary.files.append(result)
            if progress is not None:
                progress(result, done, len(files))
        writer.flush()
        summary.files += _unclaimed_sidecars(sidecars, summary.files)
        if executor is not None:
            executor.shutdown()
            executor = None
        if library is not None and not dry_run:
            _resolve(library, summary, writer.to_link, autofix=autofix, on_duplicate=on_duplicate)
        writer.finish("done")
    except BaseException:
        summary.interrupted = True
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
            executor = None
        writer.finish("interrupted")
        raise
    finally:
        if executor is not None:
            executor.shutdown()
    return summary


def _resolve(library: Library, summary: BatchSummary, to_link: list[int], *, autofix: bool, on_duplicate: str) -> None:
    """After the rows are in: captions, credits and people, then duplicates (part of the batch: an interrupt
    here marks the batch interrupted, and the next run or 'check --repair' finishes the linking)."""
    summary.links = link(library, to_link, autofix=autofix)
    new_ids = [f.asset_id for f in summary.files if f.status == NEW and f.asset_id is not None]
    summary.copies = after_ingest(library, new_ids, on_duplicate)
    by_id = {note.asset_id: note for note in summary.copies}
    for f in summary.files:
        note = by_id.get(f.asset_id) if f.asset_id is not None else None
        if note is not None:
            f.duplicate_of = note.duplicate_of


def _sidecar_files(found: list[Path]) -> dict[Path, Path]:
    """Sidecar files among ``found``, each with the file it belongs to (same name, other extension, any case:
    ``a.txt`` belongs to ``A.JPG``). They are read with their picture, not ingested as files of their own."""
    by_stem: dict[tuple[Path, str], Path] = {}
    for path in found:
        if path.suffix.lower() not in SIDECAR_SUFFIXES:
            by_stem.setdefault((path.parent, path.stem.casefold()), path)
            by_stem.setdefault((path.parent, path.name.casefold()), path)
    out = {}
    for path in found:
        if path.suffix.lower() in SIDECAR_SUFFIXES:
            owner = by_stem.get((path.parent, path.stem.casefold()))
            if owner is not None:
                out[path] = owner
    return out


def _unclaimed_sidecars(sidecars: dict[Path, Path], results: list[FileResult]) -> list[FileResult]:
    """Sidecars whose file did not become a picture (it failed, or is no picture): skipped, and said so."""
    read = {Path(note.path).absolute() for r in results for note in r.sidecars}
    status = {Path(r.path).absolute(): r.status for r in results}
    out = []
    for path, owner in sidecars.items():
        if path.absolute() not in read:
            why = {FAILED: "failed", DUPLICATE: "is a copy that was not stored"}.get(
                status.get(owner.absolute(), ""), "is not a picture"
            )
            out.append(FileResult(str(path), SKIPPED, reason=f"sidecar of {owner.name}, which {why}: not read"))
    return out


class _Writer:
    """The single writer: batches rows into short transactions and keeps the batch's counts current."""

    def __init__(
        self,
        library: Library | None,
        dry_run: bool,
        sources: list[str],
        offers: Mapping[str, list[CaptionOffer]],
        *,
        gate: bool = False,
    ) -> None:
        self.library = None if dry_run else library
        self.gate = CopyGate(self.library) if gate and self.library is not None else None
        self.offers = offers
        self.find_sidecars = SidecarFinder()
        self.sidecar_offers: dict[str, list[CaptionOffer]] = {}  # by picture path, read in add()
        self.to_link: list[int] = []
        self.pending: list[Prepared] = []
        self.results: list[FileResult] = []
        self.seen: dict[str, int | None] = {}  # sha256 -> asset id, within this run
        self.last_commit = time.monotonic()
        self.batch_id: int | None = None
        if self.library is not None:
            self.library.store.ensure()
            self.library.store.remove_stale_temporaries()
            with self.library.transaction() as db:
                table = db.table("batches")
                table.insert(
                    {
                        "started_at": now_iso(),
                        "status": "running",
                        "sources": json.dumps(sources, ensure_ascii=False),
                    }
                )
                self.batch_id = table.last_pk

    def add(self, prepared: Prepared) -> FileResult:
        if self.library is None:
            return self._dry(prepared)
        if self.gate is not None and prepared.outcome == "record":
            return self._gated(prepared)
        self.pending.append(prepared)
        result = FileResult(
            prepared.path,
            prepared.outcome,
            sha256=prepared.sha256,
            reason=prepared.reason,
            warnings=list(prepared.warnings),
        )
        self.sidecar_offers[prepared.path] = self._read_sidecars(result, prepared)
        self.results.append(result)
        if len(self.pending) >= COMMIT_EVERY_FILES or time.monotonic() - self.last_commit > COMMIT_EVERY_SECONDS:
            self.flush()
        return result

    def _gated(self, prepared: Prepared) -> FileResult:
        """--on-duplicate skip: a copy is recorded against its keeper and nothing is stored; anything else is
        stored now and committed at once, so the next picture of the batch is checked against it too."""
        assert self.gate is not None and self.library is not None and prepared.record is not None
        record = prepared.record
        seen = self.gate.copy_of(record, prepared.thumbnail or b"")
        if seen is not None:
            keeper = next(self.library.db.query("SELECT width, height FROM assets WHERE id = ?", [seen.keeper]))
            prepared.outcome, prepared.duplicate_of = DUPLICATE, seen.keeper
            prepared.reason = seen.reason(
                f"{record['width']}x{record['height']}", f"{keeper['width']}x{keeper['height']}"
            )
        else:
            try:
                self._store(prepared)
            except (OSError, UnreadableImage) as e:
                prepared.outcome, prepared.reason = FAILED, getattr(e, "reason", None) or str(e)
        self.pending.append(prepared)
        result = FileResult(
            prepared.path,
            prepared.outcome,
            sha256=prepared.sha256,
            reason=prepared.reason,
            warnings=prepared.warnings,
            duplicate_of=prepared.duplicate_of,
        )
        self.sidecar_offers[prepared.path] = self._read_sidecars(result, prepared)
        self.results.append(result)
        self.flush()
        if result.status == NEW and result.asset_id is not None:
            self.gate.accept(result.asset_id, record)
        return result

    def _store(self, prepared: Prepared) -> None:
        """Store a picture the worker left unstored: its bytes read again and checked against the SHA-256."""
        assert self.library is not None and prepared.record is not None
        with open_regular(Path(prepared.path)) as fh:
            data = fh.read()
        if hashlib.sha256(data).hexdigest() != prepared.sha256:
            raise UnreadableImage(prepared.path, "the file changed while it was being ingested: run again")
        self.library.store.put(prepared.record["path"], data)
        self.library.store.put(prepared.record["thumbnail"], prepared.thumbnail or b"")

    def _dry(self, prepared: Prepared) -> FileResult:
        status = prepared.outcome
        if status in ("record", "known"):
            known = status == "known" or (prepared.sha256 in self.seen)
            status = PRESENT if known else NEW
            self.seen[prepared.sha256 or ""] = None
        result = FileResult(
            prepared.path, status, sha256=prepared.sha256, reason=prepared.reason, warnings=list(prepared.warnings)
        )
        self._read_sidecars(result, prepared)
        return result

    def _read_sidecars(self, result: FileResult, prepared: Prepared) -> list[CaptionOffer]:
        """A picture's sidecars, each noted in its result; one that cannot be read is also a warning."""
        if prepared.outcome in (FAILED, SKIPPED, DUPLICATE):  # a copy not stored takes no captions
            return []
        offers = []
        for path in self.find_sidecars(Path(prepared.path)):
            offer, note = read_sidecar(path)
            result.sidecars.append(note)
            if note.problem:
                result.warnings.append(f"sidecar {path.name}: {note.problem}")
            if offer is not None:
                offers.append(offer)
        return offers

    def flush(self) -> None:
        """Record the pending files in one transaction and update the results handed out by ``add``."""
        if self.library is None or not self.pending:
            return
        offset = len(self.results) - len(self.pending)
        with self.library.transaction() as db:
            for i, prepared in enumerate(self.pending):
                result = self.results[offset + i]
                result.status, result.asset_id = self._record(db, prepared)
                db.table("batch_files").insert(
                    {
                        "batch_id": self.batch_id,
                        "path": result.path,
                        "status": result.status,
                        "asset_id": result.asset_id,
                        "sha256": result.sha256,
                        "reason": result.reason,
                        "warnings": json.dumps(result.warnings, ensure_ascii=False),
                    }
                )
            counts = {s: sum(1 for r in self.results if r.status == s) for s in (NEW, PRESENT, FAILED, SKIPPED)}
            db.table("batches").update(self._batch(), counts)
        self.pending.clear()
        self.last_commit = time.monotonic()

    def _record(self, db: Any, prepared: Prepared) -> tuple[str, int | None]:
        if prepared.outcome == DUPLICATE:  # seen, recorded against its keeper, not stored
            db.execute(
                "INSERT INTO asset_sources (asset_id, path, batch_id, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(asset_id, path) DO NOTHING",
                [prepared.duplicate_of, str(Path(prepared.path).absolute()), self.batch_id, now_iso()],
            )
            return DUPLICATE, prepared.duplicate_of
        if prepared.outcome not in ("record", "known"):
            return prepared.outcome, None
        status = PRESENT
        if prepared.outcome == "record" and prepared.record is not None:
            row = {**prepared.record, "ingested_at": now_iso(), "batch_id": self.batch_id}
            columns = ", ".join(row)
            cursor = db.execute(
                f"INSERT INTO assets ({columns}) VALUES ({', '.join('?' * len(row))}) ON CONFLICT(sha256) DO NOTHING",
                list(row.values()),
            )
            status = NEW if cursor.rowcount == 1 else PRESENT
        asset_id = db.execute("SELECT id FROM assets WHERE sha256 = ?", [prepared.sha256]).fetchone()[0]
        if status == NEW and prepared.record is not None:
            store_offer(db, asset_id, embedded_offer(prepared.record))
            self.to_link.append(asset_id)
        offers = list(self.offers.get(prepared.path, []))
        offers += self.sidecar_offers.pop(prepared.path, [])
        for offer in offers:
            store_offer(db, asset_id, offer)
        if offers and asset_id not in self.to_link:
            self.to_link.append(asset_id)
        db.execute(
            "INSERT INTO asset_sources (asset_id, path, batch_id, seen_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(asset_id, path) DO NOTHING",
            [asset_id, str(Path(prepared.path).absolute()), self.batch_id, now_iso()],
        )
        return status, asset_id

    def _batch(self) -> int:
        if self.batch_id is None:
            raise RuntimeError("no batch row: this writer is a dry run")
        return self.batch_id

    def finish(self, status: str) -> None:
        if self.library is None:
            return
        try:
            self.flush()
        finally:
            with self.library.transaction() as db:
                db.table("batches").update(self._batch(), {"finished_at": now_iso(), "status": status})
