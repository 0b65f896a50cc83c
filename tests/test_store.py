from __future__ import annotations

import fcntl
import sqlite3
from pathlib import Path

import pytest

import catalog.ingest.writer
import catalog.storage.folder
from catalog.errors import LibraryUnwritable
from catalog.storage import FolderStore

from .helpers import photo, run


def test_put_is_atomic_and_idempotent(tmp_path: Path) -> None:
    store = FolderStore(tmp_path)
    store.ensure()
    rel = FolderStore.original_relpath("ab" * 32, "JPEG")
    assert store.put(rel, b"bytes") is True
    assert store.put(rel, b"bytes") is False
    assert (tmp_path / rel).read_bytes() == b"bytes"
    assert rel.startswith("assets/originals/ab/") and rel.endswith(".jpg")
    assert list((tmp_path / "assets" / "tmp").iterdir()) == []


def test_abandoned_temporaries_are_removed_but_locked_ones_kept(tmp_path: Path) -> None:
    store = FolderStore(tmp_path)
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
    real = catalog.storage.folder._fsync_dir

    def recording(path: Path) -> None:
        real(path)
        synced.append((Path(path), {p.name for p in Path(path).iterdir()}, _committed(library)))

    monkeypatch.setattr(catalog.storage.folder, "_fsync_dir", recording)
    result = run("ingest", str(folder), "--jobs", "1", "--on-duplicate", on_duplicate)
    assert result.exit_code == 0, result.stderr
    committed = _committed(library)
    assert len(committed) == 9
    for sha in committed:
        for rel in (FolderStore.original_relpath(sha, "JPEG"), FolderStore.thumb_relpath(sha)):
            target = library / rel
            assert target.is_file()
            assert any(
                path == target.parent and target.name in names and sha not in rows_then
                for path, names, rows_then in synced
            ), f"{rel}: its folder was not fsynced between the file landing and its row's commit"


def test_a_staged_file_lands_whole_at_its_name_or_leaves_nothing(tmp_path: Path) -> None:
    store = FolderStore(tmp_path)
    store.ensure()
    data = bytes(range(256)) * 40_000  # 10 MB: the thread is still writing when the caller goes on
    rel = FolderStore.original_relpath("cd" * 32, "JPEG")
    temporaries = tmp_path / "assets" / "tmp"
    with store.stage(data):
        pass  # left without landing: dropped
    assert not (tmp_path / rel).exists() and list(temporaries.iterdir()) == []
    with store.stage(data) as staged:
        assert staged.land(rel) is True
    assert (tmp_path / rel).read_bytes() == data and list(temporaries.iterdir()) == []
    with store.stage(data) as again:
        assert again.land(rel) is False  # a complete copy is there already
    assert list(temporaries.iterdir()) == []
    with pytest.raises(RuntimeError), store.stage(data):
        raise RuntimeError("an exception on the way")
    assert list(temporaries.iterdir()) == []


def test_a_staged_file_the_disk_refused_is_reported_as_the_store_reports_it(tmp_path: Path) -> None:
    """The thread's own error is not lost or raised out of context: landing retries with a plain ``put``, whose
    LibraryUnwritable names the file."""
    store = FolderStore(tmp_path)
    store.ensure()
    temporaries = tmp_path / "assets" / "tmp"
    temporaries.rmdir()
    temporaries.write_bytes(b"")  # the temporary folder is a file: nothing can be written there
    rel = FolderStore.original_relpath("ef" * 32, "JPEG")
    with store.stage(b"bytes") as staged, pytest.raises(LibraryUnwritable, match="ef" * 32):
        staged.land(rel)
    assert not (tmp_path / rel).exists()
