"""A run killed at any moment leaves a consistent catalog, and the next run completes the batch."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import photo, subprocess_cli

FILES = 36


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("crash-batch")
    for i in range(FILES):
        photo(root / f"{i:03d}.jpg", size=(1200, 900), seed=i, fmt="JPEG", quality=92)
    return root


def start(folder: Path, library: Path, jobs: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    return subprocess.Popen(
        [sys.executable, "-m", "cli", "ingest", str(folder), "--jobs", str(jobs)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def assert_consistent(library: Path) -> int:
    """Every catalogued asset's stored file exists and matches its SHA-256; returns the asset count."""
    db = library / "library.db"
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "assets" not in tables:  # killed before the first migration committed: an empty, valid file
            return 0
        rows = conn.execute("SELECT sha256, path FROM assets").fetchall()
    finally:
        conn.close()
    for sha, rel in rows:
        assert hashlib.sha256((library / rel).read_bytes()).hexdigest() == sha
    return len(rows)


def source_hashes(folder: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.slow
def test_sigkill_at_random_moments_then_rerun_completes(folder: Path, tmp_path: Path) -> None:
    before = source_hashes(folder)
    t0 = time.monotonic()
    clean = subprocess_cli("ingest", str(folder), "--jobs", "1", library=tmp_path / "clean")
    full = time.monotonic() - t0
    assert clean.returncode == 0, clean.stderr
    rng = random.Random(20261125)
    for trial in range(6):
        library = tmp_path / f"killed-{trial}"
        jobs = 1 + trial % 2
        proc = start(folder, library, jobs)
        time.sleep(rng.uniform(0.05, full))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        assert_consistent(library)
        rerun = subprocess_cli("ingest", str(folder), "--jobs", str(jobs), library=library)
        assert rerun.returncode == 0, rerun.stderr
        assert assert_consistent(library) == FILES
        stored = sorted(p.name.split(".")[0] for p in (library / "assets" / "originals").rglob("*.jpg"))
        assert stored == sorted(set(before.values()))
        leftovers = [p for p in (library / "assets").rglob(".tmp-*")]
        assert all(p.parent.name == "tmp" for p in leftovers)  # never beside the originals
    assert source_hashes(folder) == before


@pytest.mark.slow
def test_ctrl_c_exits_130_and_keeps_what_was_done(folder: Path, tmp_path: Path) -> None:
    library = tmp_path / "interrupted"
    proc = start(folder, library, 1)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if (library / "library.db").exists():
            conn = sqlite3.connect(library / "library.db")
            try:
                done = conn.execute("SELECT count(*) FROM batch_files").fetchone()[0]
            except sqlite3.OperationalError:
                done = 0
            conn.close()
            if done:
                break
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    if proc.returncode == 0:
        pytest.skip("the batch finished before Ctrl-C arrived")
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    count = assert_consistent(library)
    assert 0 < count <= FILES
    conn = sqlite3.connect(library / "library.db")
    assert conn.execute("SELECT status FROM batches").fetchone()[0] == "interrupted"
    conn.close()
