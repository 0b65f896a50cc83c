from __future__ import annotations

import fcntl
from pathlib import Path

from catalog.store import Store


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
