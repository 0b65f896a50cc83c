"""Verifying a library like ``git fsck``, and mending what can be derived.

Checks: SQLite's integrity and foreign keys; every asset's original present with bytes matching its SHA-256;
thumbnails and perceptual hashes present; every stored file accounted for; the search index in step with the
table; the neighbour index file readable and this catalog's; every asset's captions resolved. ``repair`` rebuilds
what is derived (thumbnails, hashes, the search index, the neighbour index, links), restores a missing or damaged
original from a source path that still holds the same bytes, and moves unaccounted files to
``assets/quarantine/`` — it never deletes. What it cannot mend is reported. In an S3 store every original is
read back and hashed all the same; a missing one is restored (a new object), but nothing there is moved or
replaced — a damaged or stray object is reported, for whoever owns the bucket to remove.

A read-only library (an archive on a read-only mount, files the user may not write, a catalog on a PostgreSQL
server that refuses writes) is verified all the same — the search index through a temporary copy of the catalog,
since SQLite's FTS5 check is a write statement — and ``repair`` mends nothing there: each problem says so.

A complete original that a killed ingest stored but did not record, or an asset whose captions it did not
resolve yet, is *pending*, not damage: the catalog is consistent, and the next ingest finishes the work.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from catalog.dupes.hashing import compute
from catalog.errors import UnreadableImage
from catalog.library import INDEX_NAME, Library
from catalog.media.imaging import decode, thumbnail_jpeg
from catalog.model import Asset, JSONObject
from catalog.ops import neighbours
from catalog.ops.dupes import after_ingest
from catalog.ops.link import link
from catalog.storage import ORIGINALS, THUMBS


@dataclass
class Problem:
    kind: str
    where: str
    detail: str
    mended: bool = False

    def to_dict(self) -> JSONObject:
        return {"kind": self.kind, "where": self.where, "detail": self.detail, "mended": self.mended}


@dataclass
class CheckReport:
    assets: int = 0
    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    read_only: bool = False
    repair_refused: bool = False  # --repair was asked on a read-only library

    @property
    def healthy(self) -> bool:
        return all(p.mended for p in self.problems)

    def to_dict(self) -> JSONObject:
        return {
            "healthy": self.healthy,
            "assets": self.assets,
            "files": self.files,
            "problems": [
                {"kind": p.kind, "where": p.where, "detail": p.detail, "mended": p.mended} for p in self.problems
            ],
            "pending": self.pending,
            "read_only": self.read_only,
            "repair_refused": self.repair_refused,
        }


def check(library: Library, *, repair: bool = False, progress: Callable[[int, int], None] | None = None) -> CheckReport:
    report = CheckReport(read_only=read_only(library))
    report.repair_refused = repair and report.read_only
    repair = repair and not report.read_only
    _database(library, report)
    rows = library.catalog.assets.every()
    report.assets = len(rows)
    expected: set[str] = set()
    for done, row in enumerate(rows, 1):
        expected.add(row.path)
        if row.thumbnail:
            expected.add(row.thumbnail)
        _asset(library, row, report, repair)
        if progress:
            progress(done, len(rows))
    _files(library, expected, {r.sha256 for r in rows}, report, repair)
    _search_index(library, report, repair)
    _neighbour_index(library, report, repair)
    _links(library, report, repair)
    _dupes(library, report, repair)
    if report.repair_refused:
        for problem in report.problems:
            problem.detail += f"; not mended: the library is read-only ({library.root})"
    return report


def read_only(library: Library) -> bool:
    """True when nothing in the library can be written: a read-only mount, a catalog or folder this user may not
    write, or a catalog server that refuses writes (a PostgreSQL hot standby)."""
    try:
        mounted_ro = bool(os.statvfs(library.root).f_flag & os.ST_RDONLY)
    except OSError:
        mounted_ro = False
    paths = (library.root, library.db_path, library.assets_dir)
    unwritable = not all(os.access(p, os.W_OK) for p in paths if p.exists())
    return mounted_ro or unwritable or library.catalog.refuses_writes()


def _database(library: Library, report: CheckReport) -> None:
    for detail in library.catalog.problems():
        report.problems.append(Problem("database", "library.db", detail))


def _sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def _asset(library: Library, row: Asset, report: CheckReport, repair: bool) -> None:
    where = f"asset {row.id} ({row.path})"
    actual = library.store.sha256(row.path)
    report.files += actual is not None
    if actual != row.sha256:
        problem = Problem(
            "missing-original" if actual is None else "damaged-original",
            where,
            "the stored original is missing" if actual is None else "the stored bytes no longer match the SHA-256",
        )
        report.problems.append(problem)
        if repair:
            problem.mended = _restore(library, row, problem)
        if not problem.mended:
            return
    needs_thumb = not row.thumbnail or not library.store.size(row.thumbnail)
    needs_hashes = not row.phash
    if needs_thumb or needs_hashes:
        problem = Problem(
            "missing-thumbnail" if needs_thumb else "missing-hashes",
            where,
            "thumbnail missing" if needs_thumb else "perceptual hashes missing",
        )
        report.problems.append(problem)
        if repair:
            problem.mended = _rederive(library, row, needs_thumb, needs_hashes, problem)


def _restore(library: Library, row: Asset, problem: Problem) -> bool:
    """Copy the original back from a source path that still holds the same bytes; keep a damaged copy aside (a
    store that moves nothing keeps it, and it is reported: a stored name is never overwritten)."""
    store = library.store
    for source in library.catalog.assets.source_paths([row.id])[row.id]:
        if _sha256(Path(source)) == row.sha256:
            if store.exists(row.path) and store.set_aside(row.path, _stamp()) is None:
                problem.detail += (
                    f"; {source} holds the right bytes, but {store.location} never overwrites a stored object: "
                    "remove the damaged one there, then run 'photodesk check --repair' again"
                )
                return False
            store.put(row.path, Path(source).read_bytes())
            problem.detail += f"; restored from {source}"
            return True
    problem.detail += "; no source path holds these bytes any more: cannot mend"
    return False


def _rederive(library: Library, row: Asset, thumb: bool, hashes: bool, problem: Problem) -> bool:
    try:
        data = library.store.read(row.path)
        decoded = decode(data, row.format, row.filename or row.path)
    except (OSError, UnreadableImage) as e:  # the original itself is unreadable: report, do not guess
        problem.detail += f"; cannot decode the original: {e}"
        return False
    relpath = row.thumbnail or library.store.thumb_relpath(row.sha256)
    if thumb:
        library.store.put(relpath, thumbnail_jpeg(decoded.image, decoded.icc_profile))
    catalog = library.catalog
    with catalog.transaction():
        catalog.assets.update(row.id, {"thumbnail": relpath})
        if hashes:
            catalog.assets.set_hashes(row.id, compute(decoded.image))
    problem.detail += "; rebuilt"
    return True


def _files(library: Library, expected: set[str], known: set[str], report: CheckReport, repair: bool) -> None:
    store = library.store
    pending_stems: set[str] = set()
    for sub in (ORIGINALS, THUMBS):
        for rel in sorted(store.keys(sub)):  # in order: the same report every run, whatever the store
            if rel in expected:
                continue
            stem = rel.rsplit("/", 1)[-1].split(".", 1)[0]
            complete = sub == ORIGINALS and stem not in known and store.sha256(rel) == stem
            if complete or (sub == THUMBS and stem in pending_stems):
                pending_stems.add(stem)
                report.pending.append(rel)
                continue
            problem = Problem("orphan", rel, "a stored file no catalog row refers to")
            report.problems.append(problem)
            if repair:
                moved = store.set_aside(rel, _stamp())
                problem.mended = moved is not None
                problem.detail += (
                    f"; moved to {moved}"
                    if moved is not None
                    else f"; not moved: {store.location} is never rearranged by photodesk (remove it there if unwanted)"
                )
    stale = store.temporaries()
    removed = store.remove_stale_temporaries() if repair else 0
    if stale and not repair:
        report.pending += stale
    elif removed:
        report.pending.append(f"{removed} abandoned temporary file(s) removed")


def _stamp() -> str:
    """The quarantine folder of this moment (``assets/quarantine/<stamp>/``)."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def _search_index(library: Library, report: CheckReport, repair: bool) -> None:
    detail = library.catalog.fts.problem(read_only=report.read_only)
    if detail is None:
        return
    problem = Problem("search-index", "assets_fts", detail)
    report.problems.append(problem)
    if repair:
        with library.catalog.transaction():
            library.catalog.fts.rebuild()
        problem.detail += "; rebuilt"
        problem.mended = True


def _neighbour_index(library: Library, report: CheckReport, repair: bool) -> None:
    """The neighbour index file is a cache of the hash columns: damaged or made from another catalog is a
    problem ``--repair`` mends by rebuilding it; missing is pending (the next ingest builds it); behind the
    catalog is its normal state between ingests, and not reported."""
    state = neighbours.status(library)
    if state.problem == "missing":
        if repair:
            neighbours.rebuild(library)
            report.pending.append("neighbour index built")
        else:
            report.pending.append(f"{INDEX_NAME}: neighbour index not built yet (the next ingest builds it)")
    elif state.problem:
        problem = Problem("neighbour-index", INDEX_NAME, state.problem)
        report.problems.append(problem)
        if repair:
            neighbours.rebuild(library)
            problem.detail += "; rebuilt"
            problem.mended = True


def _links(library: Library, report: CheckReport, repair: bool) -> None:
    """Assets whose captions and credits an interrupted ingest did not resolve: pending work, which the next
    ingest (or ``--repair``) finishes."""
    ids = library.catalog.assets.unlinked()
    if not ids:
        return
    if repair:
        link(library, ids)
        report.pending.append(f"{len(ids)} asset(s) linked")
    else:
        report.pending += [f"asset {i}: captions and credits not resolved yet" for i in ids]


def _dupes(library: Library, report: CheckReport, repair: bool) -> None:
    """Assets an interrupted ingest did not look up for copies: pending work, which the next ingest (or
    ``--repair``) finishes."""
    ids = library.catalog.assets.dupes_unchecked()
    if not ids:
        return
    if repair:
        after_ingest(library, ids)
        report.pending.append(f"{len(ids)} asset(s) looked up for copies")
    else:
        report.pending += [f"asset {i}: not looked up for copies yet" for i in ids]
