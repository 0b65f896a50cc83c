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

FILES = 14
TRIALS = 20


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("crash-batch")
    for i in range(FILES):
        photo(root / f"{i:03d}.jpg", size=(1000, 750), seed=i, fmt="JPEG", quality=92)
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


FIELDS = (
    "sha256",
    "path",
    "format",
    "width",
    "height",
    "bytes",
    "taken_at",
    "caption",
    "credit_line",
    "phash",
    "dhash",
    "hash_regions",
    "thumbnail",
    "people",
    "keywords",
    "linked_at IS NOT NULL",
)


def catalog_state(library: Path) -> list[tuple[object, ...]]:
    """Everything a clean run decides about each picture, without ids and timestamps."""
    conn = sqlite3.connect(library / "library.db")
    try:
        return sorted(conn.execute(f"SELECT {', '.join(FIELDS)} FROM assets").fetchall())
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_then_check_and_rerun_match_a_clean_run(folder: Path, tmp_path: Path) -> None:
    before = source_hashes(folder)
    t0 = time.monotonic()
    clean = subprocess_cli("ingest", str(folder), "--jobs", "1", library=tmp_path / "clean")
    full = time.monotonic() - t0
    assert clean.returncode == 0, clean.stderr
    expected = catalog_state(tmp_path / "clean")
    rng = random.Random(20261125)
    moments = sorted(rng.uniform(0.05, full * 1.1) for _ in range(TRIALS))  # spread over copy, metadata, hashing
    for trial, moment in enumerate(moments):
        library = tmp_path / f"killed-{trial}"
        jobs = 1 + trial % 2
        proc = start(folder, library, jobs)
        time.sleep(moment)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        assert_consistent(library)
        if (library / "library.db").exists():
            checked = subprocess_cli("check", library=library)
            assert checked.returncode == 0, f"trial {trial} at {moment:.2f}s: {checked.stderr}"
        rerun = subprocess_cli("ingest", str(folder), "--jobs", str(jobs), library=library)
        assert rerun.returncode == 0, rerun.stderr
        assert assert_consistent(library) == FILES
        assert catalog_state(library) == expected, f"trial {trial} at {moment:.2f}s differs from a clean run"
        final = subprocess_cli("check", library=library)
        assert final.returncode == 0 and "pending" not in final.stderr, final.stderr
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
