"""``check`` on a read-only library: it verifies and reports health, and says it could not repair only when
``--repair`` is asked. On SQLite the library is an archive on a read-only mount, a real tmpfs remounted read-only
(as in ``tests/test_reliability.py``; where mounting is not permitted the tests skip); on PostgreSQL a newsroom
library whose catalog server refuses writes, as a hot standby's does (``engines.refuse_writes``)."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from catalog.storage import ORIGINALS, THUMBS

from .engines import SQLITE, refuse_writes
from .helpers import catalog_rows, photo, run
from .stores import remove, stored, stored_keys


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


def fill(library: Path, folder: Path) -> None:
    """Two pictures (one with a Hebrew name) ingested into ``library``, which is healthy."""
    photo(folder / "a.jpg", seed=1, fmt="JPEG")
    photo(folder / "ב.png", seed=2, fmt="PNG")
    assert run("--library", str(library), "ingest", str(folder)).exit_code == 0
    assert check(library).exit_code == 0


@pytest.fixture(scope="module")
def archived(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite library of two pictures, made once and copied onto each test's mount."""
    tmp = tmp_path_factory.mktemp("archived")
    library = tmp / "lib"
    fill(library, tmp / "in")
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


@pytest.fixture
def read_only(engine: str, library: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[[], Path]:
    """Makes the test's read-only library of two pictures: on SQLite the archive on a mount made read-only (closed
    cleanly), on PostgreSQL the test's library with its catalog then refusing writes."""

    def make() -> Path:
        if engine == SQLITE:
            archive, where = request.getfixturevalue("archived"), request.getfixturevalue("mount")
            return read_only_library(archive, where, closed_cleanly=True)
        fill(library, tmp_path / "in")
        refuse_writes(library)
        return library

    return make


@contextlib.contextmanager
def writable(library: Path, engine: str) -> Iterator[None]:
    """For damaging the read-only library behind photodesk's back: a mount is made writable meanwhile; a catalog
    server that refuses writes leaves the store (the bucket) writable all along."""
    if engine != SQLITE:
        yield
        return
    subprocess.run(["mount", "-o", "remount,rw", str(library.parent)], check=True)
    try:
        yield
    finally:
        subprocess.run(["mount", "-o", "remount,ro", str(library.parent)], check=True)


def everything(library: Path) -> object:
    """What the library holds, to tell that a check changed nothing: its catalog's rows and every stored file."""
    files = {key: stored(library, key) for kind in (ORIGINALS, THUMBS) for key in stored_keys(library, kind)}
    return catalog_rows(library), files


def assert_healthy_and_untouched(library: Path) -> None:
    before = {p: p.read_bytes() for p in library.rglob("*") if p.is_file()}
    held = everything(library)
    result = check(library, "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["healthy"] is True and report["problems"] == [] and report["files"] == 2
    assert report["read_only"] is True
    assert "repair" not in result.stderr.lower() and "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in before} == before
    assert everything(library) == held


def test_check_on_a_healthy_read_only_library_reports_it_healthy(read_only: Callable[[], Path]) -> None:
    assert_healthy_and_untouched(read_only())


@pytest.mark.sqlite_only  # library.db-wal and -shm left by a killed reader, on the read-only mount
def test_check_on_a_read_only_library_a_killed_reader_left_open_reports_it_healthy(archived: Path, mount: Path) -> None:
    assert_healthy_and_untouched(read_only_library(archived, mount, closed_cleanly=False))


def test_check_repair_on_a_read_only_library_says_it_could_not_repair(read_only: Callable[[], Path]) -> None:
    library = read_only()
    result = check(library, "--repair")
    assert result.exit_code == 0, result.stderr  # healthy: nothing needed mending
    assert "read-only" in result.stderr and "not repair" in result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def test_check_on_a_damaged_read_only_library_reports_the_damage_and_mends_nothing(
    read_only: Callable[[], Path], engine: str
) -> None:
    library = read_only()
    thumb = sorted(stored_keys(library, THUMBS))[0]
    with writable(library, engine):
        remove(library, thumb)
    result = check(library, "--repair", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    [problem] = report["problems"]
    assert problem["kind"] == "missing-thumbnail" and problem["mended"] is False
    assert "read-only" in problem["detail"]
    assert "read-only" in result.stderr and "NOT healthy" in result.stderr
    assert thumb not in stored_keys(library, THUMBS)
