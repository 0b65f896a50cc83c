"""Verifying a library like ``git fsck``, and mending what can be derived.

Checks: SQLite's integrity and foreign keys; every asset's original present with bytes matching its SHA-256;
thumbnails and perceptual hashes present; every stored file accounted for; the search index in step with the
table; every asset's captions resolved. ``repair`` rebuilds what is derived (thumbnails, hashes, the search index,
links), restores a missing or damaged original from a source path that still holds the same bytes, and moves
unaccounted files to ``assets/quarantine/`` — it never deletes. What it cannot mend is reported.

A read-only library (an archive on a read-only mount, or files the user may not write) is verified all the same
— the search index through a temporary copy of the catalog, since SQLite's FTS5 check is a write statement — and
``repair`` mends nothing there: each problem says so.

A complete original that a killed ingest stored but did not record, or an asset whose captions it did not
resolve yet, is *pending*, not damage: the catalog is consistent, and the next ingest finishes the work.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from catalog.dupes.hashing import compute
from catalog.errors import UnreadableImage
from catalog.library import Library
from catalog.media.imaging import decode, thumbnail_jpeg
from catalog.ops.dupes import hash_columns
from catalog.ops.link import link
from catalog.search.text import FTS_COLUMNS
from catalog.store import ASSETS_DIR, ORIGINALS, THUMBS, TMP, abandoned, write_atomic

QUARANTINE = "quarantine"


@dataclass
class Problem:
    kind: str
    where: str
    detail: str
    mended: bool = False


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "healthy": self.healthy,
            "assets": self.assets,
            "files": self.files,
            "problems": [asdict(p) for p in self.problems],
            "pending": self.pending,
            "read_only": self.read_only,
            "repair_refused": self.repair_refused,
        }


def check(library: Library, *, repair: bool = False, progress: Callable[[int, int], None] | None = None) -> CheckReport:
    report = CheckReport(read_only=read_only(library))
    report.repair_refused = repair and report.read_only
    repair = repair and not report.read_only
    _database(library, report)
    rows = [dict(r) for r in library.db.query("SELECT * FROM assets ORDER BY id")]
    report.assets = len(rows)
    expected: set[str] = set()
    for done, row in enumerate(rows, 1):
        expected.add(row["path"])
        if row.get("thumbnail"):
            expected.add(row["thumbnail"])
        _asset(library, row, report, repair)
        if progress:
            progress(done, len(rows))
    _files(library, expected, {r["sha256"] for r in rows}, report, repair)
    _search_index(library, report, repair)
    _links(library, report, repair)
    if report.repair_refused:
        for problem in report.problems:
            problem.detail += f"; not mended: the library is read-only ({library.root})"
    return report


def read_only(library: Library) -> bool:
    """True when nothing in the library can be written: a read-only mount, or a catalog or folder this user may
    not write."""
    try:
        mounted_ro = bool(os.statvfs(library.root).f_flag & os.ST_RDONLY)
    except OSError:
        mounted_ro = False
    paths = (library.root, library.db_path, library.store.root)
    return mounted_ro or not all(os.access(p, os.W_OK) for p in paths if p.exists())


def _database(library: Library, report: CheckReport) -> None:
    result = [r[0] for r in library.db.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        report.problems.append(Problem("database", "library.db", "; ".join(result[:5])))
    bad = library.db.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        report.problems.append(Problem("database", "library.db", f"{len(bad)} rows point at missing rows"))


def _sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def _asset(library: Library, row: dict[str, Any], report: CheckReport, repair: bool) -> None:
    where = f"asset {row['id']} ({row['path']})"
    original = library.store.abspath(row["path"])
    actual = _sha256(original)
    report.files += actual is not None
    if actual != row["sha256"]:
        problem = Problem(
            "missing-original" if actual is None else "damaged-original",
            where,
            "the stored original is missing" if actual is None else "the stored bytes no longer match the SHA-256",
        )
        report.problems.append(problem)
        if repair:
            problem.mended = _restore(library, row, original, problem)
        if not problem.mended:
            return
    thumb = library.store.abspath(row["thumbnail"]) if row.get("thumbnail") else None
    needs_thumb = thumb is None or not thumb.is_file() or thumb.stat().st_size == 0
    needs_hashes = not row.get("phash")
    if needs_thumb or needs_hashes:
        problem = Problem(
            "missing-thumbnail" if needs_thumb else "missing-hashes",
            where,
            "thumbnail missing" if needs_thumb else "perceptual hashes missing",
        )
        report.problems.append(problem)
        if repair:
            problem.mended = _rederive(library, row, needs_thumb, needs_hashes, problem)


def _restore(library: Library, row: dict[str, Any], original: Path, problem: Problem) -> bool:
    """Copy the original back from a source path that still holds the same bytes; keep a damaged copy aside."""
    for (source,) in library.db.execute("SELECT path FROM asset_sources WHERE asset_id = ?", [row["id"]]):
        if _sha256(Path(source)) == row["sha256"]:
            if original.exists():
                _quarantine(library, original)
            original.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(original, Path(source).read_bytes(), library.store.root / TMP)
            problem.detail += f"; restored from {source}"
            return True
    problem.detail += "; no source path holds these bytes any more: cannot mend"
    return False


def _rederive(library: Library, row: dict[str, Any], thumb: bool, hashes: bool, problem: Problem) -> bool:
    try:
        data = library.store.abspath(row["path"]).read_bytes()
        decoded = decode(data, row["format"], row.get("filename") or row["path"])
    except (OSError, UnreadableImage) as e:  # the original itself is unreadable: report, do not guess
        problem.detail += f"; cannot decode the original: {e}"
        return False
    relpath = row.get("thumbnail") or library.store.thumb_relpath(row["sha256"])
    if thumb:
        library.store.put(relpath, thumbnail_jpeg(decoded.image, decoded.icc_profile))
    with library.transaction() as db:
        update: dict[str, Any] = {"thumbnail": relpath}
        if hashes:
            update.update(hash_columns(compute(decoded.image)))
        db.table("assets").update(row["id"], update)
    problem.detail += "; rebuilt"
    return True


def _files(library: Library, expected: set[str], known: set[str], report: CheckReport, repair: bool) -> None:
    root = library.root
    pending_stems: set[str] = set()
    for sub in (ORIGINALS, THUMBS):
        folder = library.store.root / sub
        if not folder.is_dir():
            continue
        for dirpath, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(dirpath) / name
                rel = path.relative_to(root).as_posix()
                if rel in expected:
                    continue
                stem = name.split(".", 1)[0]
                complete = sub == ORIGINALS and stem not in known and _sha256(path) == stem
                if complete or (sub == THUMBS and stem in pending_stems):
                    pending_stems.add(stem)
                    report.pending.append(rel)
                    continue
                problem = Problem("orphan", rel, "a stored file no catalog row refers to")
                report.problems.append(problem)
                if repair:
                    problem.detail += f"; moved to {_quarantine(library, path).relative_to(root).as_posix()}"
                    problem.mended = True
    tmp = library.store.root / TMP
    stale = [p for p in tmp.iterdir() if abandoned(p)] if tmp.is_dir() else []
    removed = library.store.remove_stale_temporaries() if repair else 0
    if stale and not repair:
        report.pending += [p.relative_to(root).as_posix() for p in stale]
    elif removed:
        report.pending.append(f"{removed} abandoned temporary file(s) removed")


def _quarantine(library: Library, path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = library.root / ASSETS_DIR / QUARANTINE / stamp / path.relative_to(library.store.root)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(path), target)
    return target


def _search_index(library: Library, report: CheckReport, repair: bool) -> None:
    problem = None
    try:
        if report.read_only:
            _fts_check_on_a_copy(library.db.conn)
        else:
            library.db.execute("INSERT INTO assets_fts(assets_fts, rank) VALUES('integrity-check', 1)")
            library.db.conn.commit()
    except sqlite3.DatabaseError as e:
        problem = Problem("search-index", "assets_fts", f"out of step with the catalog ({e})")
    triggers = {r[0] for r in library.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    if problem is None and not {"assets_ai", "assets_ad", "assets_au"} <= triggers:
        problem = Problem("search-index", "assets_fts", "the triggers that keep it in step are missing")
    if problem is None:
        return
    report.problems.append(problem)
    if repair:
        with library.transaction():
            library.db.table("assets").enable_fts(
                FTS_COLUMNS,
                create_triggers=True,
                tokenize="unicode61 remove_diacritics 2",
                replace=True,
            )
            library.db.execute("INSERT INTO assets_fts(assets_fts) VALUES('rebuild')")
        problem.detail += "; rebuilt"
        problem.mended = True


def _fts_check_on_a_copy(conn: sqlite3.Connection) -> None:
    """FTS5's integrity check is an INSERT, refused on a read-only catalog: run it on a temporary copy (SQLite's
    backup API, so the copy is exactly what the catalog holds). Raises ``sqlite3.DatabaseError`` when the index
    is out of step."""
    with tempfile.TemporaryDirectory(prefix="photodesk-check-") as folder:
        copy = sqlite3.connect(Path(folder) / "library.db")
        try:
            conn.backup(copy)
            copy.execute("INSERT INTO assets_fts(assets_fts, rank) VALUES('integrity-check', 1)")
            copy.commit()
        finally:
            copy.close()


def _links(library: Library, report: CheckReport, repair: bool) -> None:
    """Assets whose captions and credits an interrupted ingest did not resolve: pending work, which the next
    ingest (or ``--repair``) finishes."""
    ids = [r[0] for r in library.db.execute("SELECT id FROM assets WHERE linked_at IS NULL")]
    if not ids:
        return
    if repair:
        link(library, ids)
        report.pending.append(f"{len(ids)} asset(s) linked")
    else:
        report.pending += [f"asset {i}: captions and credits not resolved yet" for i in ids]
