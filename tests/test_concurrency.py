from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from catalog.db.migrations import migrations
from catalog.db.pg import migrations as pg_migrations

from .engines import SQLITE, query
from .helpers import photo


def test_two_ingests_at_once_record_each_picture_once(tmp_path: Path, library: Path) -> None:
    shared = [photo(tmp_path / "a" / f"{i:02d}.jpg", size=(450, 300), seed=i, fmt="JPEG") for i in range(12)]
    for i, p in enumerate(shared):  # the same pictures arrive in a second folder too, plus some of its own
        (tmp_path / "b").mkdir(exist_ok=True)
        (tmp_path / "b" / f"copy-{i:02d}.jpg").write_bytes(p.read_bytes())
    for i in range(12, 18):
        photo(tmp_path / "b" / f"{i:02d}.jpg", size=(450, 300), seed=i, fmt="JPEG")
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
    assert query(library, "SELECT count(*), count(DISTINCT sha256) FROM assets") == [(18, 18)]
    assert query(library, "SELECT count(*) FROM asset_sources") == [(30,)]


# Forks four children per library, each running ``photodesk init``, released together: the interpreter and the
# command's modules are loaded once, before the forks, so the children start the command at the same instant (a
# tighter race than four interpreters whose start-up differs by tenths of a second) and twenty of them cost the
# start-up of one. Prints one JSON list per library: each child's exit status and stderr.
RACE = """
import json, os, sys, tempfile, traceback
import cli.library, catalog.library, catalog.db.migrations, sqlite_utils
from cli import cli as photodesk
for library in sys.argv[1:]:
    go_read, go = os.pipe()
    children = []
    for _ in range(4):
        err = tempfile.TemporaryFile()
        pid = os.fork()
        if pid == 0:
            os.close(go)
            os.read(go_read, 1)
            os.dup2(err.fileno(), 2)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            os.environ["PHOTODESK_LIBRARY"] = library
            code = 1
            try:
                photodesk(["init"], prog_name="photodesk")
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else 1
            except BaseException:
                traceback.print_exc()
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        children.append((pid, err))
    os.close(go_read)
    os.close(go)
    done = []
    for pid, err in children:
        status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        err.seek(0)
        done.append([status, err.read().decode()])
    print(json.dumps(done), flush=True)
"""


def test_processes_creating_one_library_at_once_all_succeed(engine: str, new_library: Callable[[str], Path]) -> None:
    """On SQLite the four race to make ``library.db``; on PostgreSQL to migrate one empty schema (the migration
    lock lets one of them do it while the others wait, then find nothing to do)."""
    libraries = [new_library(f"new-{trial}") for trial in range(5)]
    race = subprocess.run(
        [sys.executable, "-c", RACE, *map(str, libraries)], capture_output=True, text=True, timeout=120
    )
    assert race.returncode == 0, race.stderr
    trials = [json.loads(line) for line in race.stdout.splitlines()]
    assert len(trials) == len(libraries)
    for library, children in zip(libraries, trials, strict=True):
        assert len(children) == 4
        for status, err in children:
            assert status == 0, err
        if engine != SQLITE:
            assert query(library, "SELECT count(*) FROM photodesk_migrations") == [(len(pg_migrations.MIGRATIONS),)]
            assert [p.name for p in library.iterdir()] == ["photodesk.toml"]  # the catalog and store are elsewhere
            continue
        conn = sqlite3.connect(library / "library.db")
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(migrations._migrations)
        conn.close()
        assert sorted(p.name for p in library.iterdir()) == ["assets", "library.db"]
