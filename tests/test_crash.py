"""A run killed at any moment leaves a consistent catalog, and the next run completes the batch.

Kills land at named phases of an ingest (``catalog.ingest.phases``: the batch row made, rows committed, linking
half done, copies not looked for, the batch not marked done), not at timed moments, which mostly land before the
library exists or after the batch is finished."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import Result
from PIL import Image

from catalog.ingest.phases import CRASH_AT, PHASES
from catalog.ingest.writer import COMMIT_EVERY_FILES

from .helpers import catalog_rows, photo, run, subprocess_cli

FILES = 14


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
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


PICTURES = COMMIT_EVERY_FILES + 6  # more than one transaction of rows


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Pictures enough for two transactions, captions with credits to link (one misspelling the batch's own
    history corrects), and a copy to group: every part of an ingest has work to do."""
    root = tmp_path_factory.mktemp("crash-desk")
    for i in range(PICTURES - 1):
        photo(root / f"{i:03d}.jpg", size=(240, 180), seed=i, fmt="JPEG")
    with Image.open(root / "000.jpg") as im:
        im.resize((200, 150)).save(root / "zz-copy-of-000.jpg", quality=75)
    for i, credit in enumerate(("Haim Zach/GPO", "Haim Zach/GPO", "Haim Zch/GPO", "Miriam Alster/Flash90")):
        (root / f"{i:03d}.txt").write_text(f"Picture {i} at the Knesset. ({credit})", encoding="utf-8")
    return root


def killed_at(phase: str, folder: Path, library: Path, jobs: int) -> tuple[int, str]:
    """Ingest with ``PHOTODESK_CRASH_AT=phase``: its exit status (``-SIGKILL`` when the phase was reached) and
    stderr. Its pool's workers must die with it; should one outlive it, it is ended here and the test fails."""
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library), CRASH_AT: phase}
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "cli", "ingest", str(folder), "--jobs", str(jobs)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
            text=True,
            start_new_session=True,
        )
        survivors = False
        try:
            status = proc.wait(timeout=120)
            survivors = _group_outlives(proc.pid)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        assert not survivors, f"killed at {phase}: workers of the pool ran on orphaned"
        err.seek(0)
        return status, err.read()


def _group_outlives(pgid: int, within: float = 5.0) -> bool:
    """Whether a process of the group is still alive ``within`` seconds of its leader's death."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.05)
    return True


def check(library: Path, *args: str) -> Result:
    """``photodesk check`` over ``library``, in this process: what it reads is the files a killed run left, and a
    new interpreter for each look (there are about twenty) would only add its start-up. The kills and the reruns
    are processes of their own."""
    return run("--library", str(library), "check", *args)


def progress(library: Path) -> tuple[int, int, list[str]]:
    """(assets recorded, assets linked, every batch's status) as a killed run left them."""
    conn = sqlite3.connect(library / "library.db")
    try:
        recorded, linked = conn.execute("SELECT count(*), count(linked_at) FROM assets").fetchone()
        return recorded, linked, [r[0] for r in conn.execute("SELECT status FROM batches ORDER BY id")]
    finally:
        conn.close()


# What each phase has left behind when the process is killed there: (assets recorded, linked), None = "some".
LEFT_BEHIND = {
    "batch-row": (0, 0),
    "rows-written": (None, 0),
    "linking": (PICTURES, 0),  # the linking transaction dies with the process
    "before-dedupe": (PICTURES, PICTURES),
    "before-done": (PICTURES, PICTURES),
}


DEDUPE = ("dupe_pairs", "assets.duplicate_of")


class CopiesNotGrouped(AssertionError):
    """The rerun did not finish the dedupe a killed run never did."""


def dedupe_state(library: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(library / "library.db")
    try:
        copies = conn.execute(
            "SELECT a.sha256, k.sha256 FROM assets a LEFT JOIN assets k ON k.id = a.duplicate_of ORDER BY a.sha256"
        ).fetchall()
    finally:
        conn.close()
    return {"copies": copies, "pairs": catalog_rows(library)["dupe_pairs"]}


@pytest.fixture(scope="module")
def clean(desk: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    library = tmp_path_factory.mktemp("clean") / "library"
    clean_run = run("--library", str(library), "ingest", str(desk), "--jobs", "1")
    assert clean_run.exit_code == 0, clean_run.stderr
    copies = [c for c in dedupe_state(library)["copies"] if c[1] is not None]
    assert len(copies) == 1  # the copy of 000.jpg, grouped with it
    return library


def test_every_phase_is_tried_and_has_a_left_behind_state() -> None:
    assert set(LEFT_BEHIND) == set(PHASES)
    assert {phase for phase, _ in KILLS} == set(PHASES)


# (phase, jobs); with two jobs, workers have stored files not yet recorded
KILLS = [
    ("batch-row", 1),
    ("rows-written", 1),
    ("rows-written", 2),
    ("linking", 1),
    ("before-dedupe", 1),
    ("before-done", 1),
]


@pytest.mark.slow
@pytest.mark.parametrize(("phase", "jobs"), KILLS)
def test_sigkill_at_each_phase_then_a_rerun_completes_the_catalog_of_a_clean_run(
    desk: Path, clean: Path, tmp_path: Path, phase: str, jobs: int
) -> None:
    """The process killed at the phase (so the phase is known to be reached), the catalog consistent at once,
    and after a rerun every picture once, linked, the batch done, every row as a clean run writes it."""
    before = source_hashes(desk)
    library = tmp_path / "killed"
    status, stderr = killed_at(phase, desk, library, jobs)
    assert status == -signal.SIGKILL, f"never reached {phase}: exit status {status}, {stderr}"
    recorded, linked, batches = progress(library)
    expected = LEFT_BEHIND[phase]
    if expected[0] is None:
        assert 0 < recorded < PICTURES and linked == 0
    else:
        assert (recorded, linked) == expected
    assert batches == ["running"]  # killed: no chance to say otherwise
    assert assert_consistent(library) == recorded
    checked = check(library)
    assert checked.exit_code == 0, checked.stderr  # what a kill leaves is pending work, not damage
    rerun = subprocess_cli("ingest", str(desk), "--jobs", str(jobs), library=library)
    assert rerun.returncode == 0, rerun.stderr
    assert assert_consistent(library) == PICTURES
    assert progress(library)[1:] == (PICTURES, ["running", "done"])  # every picture once, linked; batch done
    assert catalog_rows(library, leave_out=("batch_files", *DEDUPE)) == catalog_rows(
        clean, leave_out=("batch_files", *DEDUPE)
    )
    final = check(library)
    assert final.exit_code == 0 and "pending" not in final.stderr, final.stderr
    assert source_hashes(desk) == before
    ours, theirs = dedupe_state(library), dedupe_state(clean)
    if ours != theirs:
        ungrouped = len(set(theirs["copies"]) - set(ours["copies"]))
        unchecked = len(set(theirs["pairs"]) - set(ours["pairs"]))
        raise CopiesNotGrouped(f"killed at {phase}: {ungrouped} copy not grouped, {unchecked} pair(s) not checked")


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


@pytest.mark.slow
def test_check_repair_finishes_the_dedupe_a_killed_run_never_did(desk: Path, clean: Path, tmp_path: Path) -> None:
    library = tmp_path / "killed"
    status, stderr = killed_at("before-dedupe", desk, library, 1)
    assert status == -signal.SIGKILL, stderr
    checked = check(library)
    assert checked.exit_code == 0 and "not looked up for copies yet" in checked.stderr, checked.stderr
    repaired = check(library, "--repair")
    assert repaired.exit_code == 0, repaired.stderr
    assert dedupe_state(library)["copies"] == dedupe_state(clean)["copies"]
    final = check(library)
    assert "not looked up" not in final.stderr, final.stderr
