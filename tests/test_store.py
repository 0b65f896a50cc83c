from __future__ import annotations

import fcntl
import sqlite3
from pathlib import Path

import pytest

import catalog.ingest.writer
import catalog.store
from catalog.store import Store

from .helpers import photo, run


def test_put_is_atomic_and_idempotent(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.ensure()
    rel = Store.original_relpath("ab" * 32, "JPEG")
    assert store.put(rel, b"bytes") is True
    assert store.put(rel, b"bytes") is False
    assert (tmp_path / rel).read_bytes() == b"bytes"
    assert rel.startswith("assets/originals/ab/") and rel.endswith(".jpg")
    assert list((tmp_path / "assets" / "tmp").iterdir()) == []


def test_abandoned_temporaries_are_removed_but_locked_ones_kept(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.ensure()
    tmp = tmp_path / "assets" / "tmp"
    dead = tmp / ".tmp-1-dead"
    dead.write_bytes(b"partial")
    locked = tmp / ".tmp-2-busy"
    locked.write_bytes(b"partial")
    with open(locked, "rb") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        assert store.remove_stale_temporaries() == 1
    assert not dead.exists() and locked.exists()


def _committed(library: Path) -> set[str]:
    db = library / "library.db"
    if not db.exists():
        return set()
    conn = sqlite3.connect(db)  # another connection: it sees committed rows only
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {r[0] for r in conn.execute("SELECT sha256 FROM assets")} if "assets" in tables else set()
    finally:
        conn.close()


@pytest.mark.parametrize("on_duplicate", ["keep", "skip"])
def test_every_stored_file_is_durable_before_its_row_is_committed(
    tmp_path: Path, library: Path, monkeypatch: pytest.MonkeyPatch, on_duplicate: str
) -> None:
    """Workers leave folder fsyncs to the writer, which does them once per transaction: every original's and
    thumbnail's folder must still be fsynced after the file landed and before its row commits (a crash in
    between must not leave a row whose file the file system forgets). Several transactions, both store paths
    (the worker's, and the writer's own under ``--on-duplicate skip``)."""
    folder = tmp_path / "in"
    for i in range(9):
        photo(folder / f"{i}.jpg", size=(96, 72), seed=i, fmt="JPEG")
    monkeypatch.setattr(catalog.ingest.writer, "COMMIT_EVERY_FILES", 4)
    synced: list[tuple[Path, set[str], set[str]]] = []  # folder, its files then, rows committed then
    real = catalog.store._fsync_dir

    def recording(path: Path) -> None:
        real(path)
        synced.append((Path(path), {p.name for p in Path(path).iterdir()}, _committed(library)))

    monkeypatch.setattr(catalog.store, "_fsync_dir", recording)
    result = run("ingest", str(folder), "--jobs", "1", "--on-duplicate", on_duplicate)
    assert result.exit_code == 0, result.stderr
    committed = _committed(library)
    assert len(committed) == 9
    for sha in committed:
        for rel in (Store.original_relpath(sha, "JPEG"), Store.thumb_relpath(sha)):
            target = library / rel
            assert target.is_file()
            assert any(
                path == target.parent and target.name in names and sha not in rows_then
                for path, names, rows_then in synced
            ), f"{rel}: its folder was not fsynced between the file landing and its row's commit"
