"""``check`` on a read-only library (an archive on a read-only mount): it verifies and reports health, and says it
could not repair only when ``--repair`` is asked. The mount is a real tmpfs remounted read-only (as in
``tests/test_reliability.py``); where mounting is not permitted the tests skip."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result

from .helpers import photo, run


def _mount_tmpfs(path: Path, size: str = "20m") -> bool:
    path.mkdir(parents=True, exist_ok=True)
    cmd = ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)]
    return subprocess.run(cmd, capture_output=True).returncode == 0


@pytest.fixture
def mount(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "ro"
    if not _mount_tmpfs(where):
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture(scope="module")
def archived(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of two pictures (Hebrew caption included), made once and copied onto each test's mount."""
    tmp = tmp_path_factory.mktemp("archived")
    library = tmp / "lib"
    photo(tmp / "in" / "a.jpg", seed=1, fmt="JPEG")
    photo(tmp / "in" / "ב.png", seed=2, fmt="PNG")
    assert run("--library", str(library), "ingest", str(tmp / "in")).exit_code == 0
    assert check(library).exit_code == 0
    assert not (library / "library.db-shm").exists()
    return library


def check(library: Path, *args: str) -> Result:
    """``photodesk check`` over ``library``, through click's runner: a read-only mount is the file system's, the
    same to this process as to a new one."""
    return run("--library", str(library), "check", *args)


def read_only_library(archived: Path, mount: Path, *, closed_cleanly: bool) -> Path:
    """The archived library on a mount then made read-only. ``closed_cleanly``: the last writer checkpointed and
    removed library.db-wal/-shm, as an archived library usually is."""
    library = mount / "lib"
    shutil.copytree(archived, library)
    assert not (library / "library.db-shm").exists()
    if not closed_cleanly:  # a reader killed before closing leaves library.db-wal and -shm behind
        db = str(library / "library.db")
        leave = f"import os, sqlite3; sqlite3.connect({db!r}).execute('SELECT * FROM assets').fetchall(); os._exit(0)"
        subprocess.run([sys.executable, "-c", leave], check=True)
        assert (library / "library.db-shm").exists()
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    return library


@pytest.mark.parametrize("closed_cleanly", [False, True], ids=["wal-present", "closed-cleanly"])
def test_check_on_a_healthy_read_only_library_reports_it_healthy(
    archived: Path, mount: Path, closed_cleanly: bool
) -> None:
    library = read_only_library(archived, mount, closed_cleanly=closed_cleanly)
    before = {p: p.read_bytes() for p in library.rglob("*") if p.is_file()}
    result = check(library, "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["healthy"] is True and report["problems"] == [] and report["files"] == 2
    assert report["read_only"] is True
    assert "repair" not in result.stderr.lower() and "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in before} == before


def test_check_repair_on_a_read_only_library_says_it_could_not_repair(archived: Path, mount: Path) -> None:
    library = read_only_library(archived, mount, closed_cleanly=True)
    result = check(library, "--repair")
    assert result.exit_code == 0, result.stderr  # healthy: nothing needed mending
    assert "read-only" in result.stderr and "not repair" in result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def test_check_on_a_damaged_read_only_library_reports_the_damage_and_mends_nothing(archived: Path, mount: Path) -> None:
    library = read_only_library(archived, mount, closed_cleanly=True)
    subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
    thumb = next((library / "assets" / "thumbs").rglob("*.jpg"))
    thumb.unlink()
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    result = check(library, "--repair", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    [problem] = report["problems"]
    assert problem["kind"] == "missing-thumbnail" and problem["mended"] is False
    assert "read-only" in problem["detail"]
    assert "read-only" in result.stderr and "NOT healthy" in result.stderr
    assert not thumb.exists()
