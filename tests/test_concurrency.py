from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from catalog.db.migrations import migrations

from .helpers import photo


def test_two_ingests_at_once_record_each_picture_once(tmp_path: Path, library: Path) -> None:
    shared = [photo(tmp_path / "a" / f"{i:02d}.jpg", size=(900, 600), seed=i, fmt="JPEG") for i in range(12)]
    for i, p in enumerate(shared):  # the same pictures arrive in a second folder too, plus some of its own
        (tmp_path / "b").mkdir(exist_ok=True)
        (tmp_path / "b" / f"copy-{i:02d}.jpg").write_bytes(p.read_bytes())
    for i in range(12, 18):
        photo(tmp_path / "b" / f"{i:02d}.jpg", size=(900, 600), seed=i, fmt="JPEG")
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "cli", "ingest", str(tmp_path / d), "--jobs", "1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for d in ("a", "b")
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err
    conn = sqlite3.connect(library / "library.db")
    assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM assets").fetchone() == (18, 18)
    assert conn.execute("SELECT count(*) FROM asset_sources").fetchone()[0] == 30
    conn.close()


def test_processes_creating_one_library_at_once_all_succeed(tmp_path: Path) -> None:
    for trial in range(5):
        library = tmp_path / f"new-{trial}"
        env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "cli", "init"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(4)
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
        conn = sqlite3.connect(library / "library.db")
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(migrations._migrations)
        conn.close()
        assert sorted(p.name for p in library.iterdir()) == ["assets", "library.db"]
