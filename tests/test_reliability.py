"""Reliability: check and repair, a corpus of broken files (``broken_corpus``), concurrency with searches, hostile
text, a full disk and a read-only library."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.captions.sheets import find_slots
from catalog.errors import InvalidQuery
from catalog.media import metadata
from catalog.model import Asset
from catalog.ops.export import file_name
from catalog.search.query import parse
from catalog.storage import ORIGINALS, THUMBS

from .broken_corpus import broken_corpus
from .engines import SQLITE, execute, query, refuse_writes
from .helpers import catalog_rows, photo, run, run_json, subprocess_cli
from .stores import moves_files, overwrite, remove, stored, stored_keys


@pytest.mark.slow
def test_a_batch_of_200_broken_files_lands_every_good_one_and_reports_every_bad_one(
    tmp_path: Path, library: Path
) -> None:
    good, must_fail, maybe = broken_corpus(tmp_path / "broken")
    assert len(must_fail) + len(maybe) + len(good) - 5 >= 200
    # The peak of the ingest's own memory: VmHWM belongs to the new program, whereas getrusage's ru_maxrss
    # carries over the high-water mark of the process that forked it (pytest's, 400 MB late in a CI run).
    code = (
        "import sys\nfrom cli import cli\n"
        "try:\n    cli(['ingest', sys.argv[1], '--jobs', '1', '--json'], prog_name='photodesk')\n"
        "except SystemExit as e:\n    code = e.code\n"
        "peak = [line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM:')][0]\n"
        "print(peak, file=sys.stderr)\nsys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "broken")],
        capture_output=True,
        text=True,
        env={**os.environ, "PHOTODESK_LIBRARY": str(library)},
        timeout=600,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    assert peak_kb < 400 * 1024, f"peak memory {peak_kb // 1024} MB"
    results = {Path(f["path"]).name: f for f in json.loads(done.stdout)["files"]}
    for path in good:
        assert results[path.name]["status"] in ("new", "present"), results[path.name]  # png-named.jpg = good.png
    for path in must_fail:
        assert results[path.name]["status"] == "failed" and results[path.name]["reason"], results[path.name]
    for path in maybe:
        assert results[path.name]["status"] in ("new", "failed")
        if results[path.name]["status"] == "failed":
            assert results[path.name]["reason"]
    failed = [f for f in results.values() if f["status"] == "failed"]
    assert len(failed) >= 60
    assert subprocess_cli("check", library=library).returncode == 0


def test_a_bug_met_while_repairing_a_thumbnail_surfaces_as_a_bug(tmp_path: Path, library: Path, monkeypatch) -> None:
    """'cannot decode the original' is for an original the file's own bytes make unreadable, not for our KeyError."""
    [ingested] = run_json("ingest", str(photo(tmp_path / "in" / "a.jpg", fmt="JPEG")))["files"]
    remove(library, run_json("show", str(ingested["asset_id"]))["thumbnail"])

    def broken(*args: object) -> None:
        raise KeyError("caption")

    with monkeypatch.context() as patch, pytest.raises(KeyError, match="caption"):
        patch.setattr(metadata, "_reconcile", broken)
        run("check", "--repair")
    assert run("check", "--repair").exit_code == 0  # the original was fine: the thumbnail is rebuilt from it


def break_search_index(library: Path, engine: str, asset_id: int) -> None:
    """Put search out of step with the catalog the way each engine's index can be: on SQLite an asset's FTS5 row
    deleted behind the triggers' back, on PostgreSQL the GIN index of the search vectors dropped."""
    if engine == SQLITE:
        execute(
            library,
            "INSERT INTO assets_fts(assets_fts, rowid, caption, headline, keywords, people, search_text) "
            "SELECT 'delete', id, caption, headline, keywords, people, search_text FROM assets WHERE id = ?",
            (asset_id,),
        )
    else:
        execute(library, "DROP INDEX idx_assets_search")


def test_check_reports_and_repairs_what_can_be_derived(tmp_path: Path, library: Path, engine: str) -> None:
    """A folder store's damaged original is restored from its source and the stray file moved aside; a bucket is
    never rearranged, so there both are reported for whoever owns it (``test_s3_store`` says how in detail)."""
    folder = tmp_path / "in"
    pics = [photo(folder / f"{i}.jpg", seed=i, fmt="JPEG", quality=90) for i in range(3)]
    run_json("ingest", str(folder))
    assert run("check").exit_code == 0
    assets = run_json("ls")
    by_name = {a["filename"]: a for a in assets}
    thumbnail = by_name["0.jpg"]["thumbnail"]
    remove(library, thumbnail)
    damaged = by_name["1.jpg"]["path"]
    rotten = stored(library, damaged)[:-100] + b"\0" * 100  # bit rot; the source still has the bytes
    overwrite(library, damaged, rotten)
    remove(library, by_name["2.jpg"]["path"])
    pics[2].write_bytes(b"the source is gone too")
    overwrite(library, "assets/originals/stray.jpg", b"not ours")
    break_search_index(library, engine, by_name["0.jpg"]["id"])
    before = run("check", "--json")
    assert before.exit_code == 1
    kinds = sorted(p["kind"] for p in json.loads(before.stdout)["problems"])
    assert kinds == ["damaged-original", "missing-original", "missing-thumbnail", "orphan", "search-index"]
    repaired = run("check", "--repair", "--json")
    assert repaired.exit_code == 1  # the lost original cannot be mended: said, not hidden
    problems = {p["kind"]: p for p in json.loads(repaired.stdout)["problems"]}
    assert problems["missing-original"]["mended"] is False and "cannot mend" in problems["missing-original"]["detail"]
    assert problems["missing-thumbnail"]["mended"] and problems["search-index"]["mended"]
    assert thumbnail in stored_keys(library, THUMBS)
    after = json.loads(run("check", "--json").stdout)
    if moves_files(library):
        assert problems["damaged-original"]["mended"] and problems["orphan"]["mended"]
        assert stored(library, damaged) == pics[1].read_bytes()
        quarantined = list((library / "assets" / "quarantine").rglob("*"))
        assert any(p.name == "stray.jpg" for p in quarantined)
        assert any(p.name == Path(damaged).name for p in quarantined)  # the damaged copy is kept aside, not deleted
        assert [p["kind"] for p in after["problems"]] == ["missing-original"]
    else:
        assert (
            not problems["damaged-original"]["mended"] and "never overwrites" in problems["damaged-original"]["detail"]
        )
        assert not problems["orphan"]["mended"] and "never rearranged" in problems["orphan"]["detail"]
        assert stored(library, damaged) == rotten and stored(library, "assets/originals/stray.jpg") == b"not ours"
        assert sorted(p["kind"] for p in after["problems"]) == ["damaged-original", "missing-original", "orphan"]


def test_two_ingests_and_a_stream_of_searches_at_once(tmp_path: Path, library: Path) -> None:
    for d in ("a", "b"):
        for i in range(10):
            photo(tmp_path / d / f"{d}{i}.jpg", size=(400, 300), seed=hash((d, i)) % 1000, fmt="JPEG")
    run("init")
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    searcher = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import select, sys, time\nfrom pathlib import Path\nfrom catalog.library import open_library\n"
            "from catalog.search.query import parse\nfrom catalog.ops.assets import search\n"
            "lib = open_library(Path(sys.argv[1]))\nn = 0\n"
            "def both():\n    search(lib, parse('a OR b'), limit=20); search(lib, parse('date:2016'), limit=5)\n"
            "both(); print('searching', flush=True)\n"
            "end = time.monotonic() + 60\n"
            "while time.monotonic() < end and not select.select([sys.stdin], [], [], 0)[0]:\n"
            "    both(); n += 2; time.sleep(0.002)\n"
            "print(n)\n",
            str(library),
        ],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # The ingests start once the searches run, and the searches stop (stdin closed) once the ingests are done.
    assert searcher.stdout is not None and searcher.stdout.readline() == "searching\n", searcher.stderr
    ingests = [
        subprocess.Popen(
            [sys.executable, "-m", "cli", "ingest", str(tmp_path / d), "--jobs", "1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for d in ("a", "b")
    ]
    for proc in ingests:
        _, err = proc.communicate(timeout=180)
        assert proc.returncode == 0 and "locked" not in err, err
    out, err = searcher.communicate(timeout=60)  # closes its stdin: the stop signal
    assert searcher.returncode == 0 and "locked" not in err, err
    assert int(out) > 20
    assert query(library, "SELECT count(*), count(DISTINCT sha256) FROM assets") == [(20, 20)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_article_parser_never_raises(text: str) -> None:
    for slot in find_slots(text):
        assert slot.credit


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_query_parser_raises_only_invalid_query(text: str) -> None:
    with contextlib.suppress(InvalidQuery):
        parse(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80), st.text(max_size=40))
def test_export_names_from_any_metadata_stay_inside(photographer: str, agency: str, date: str) -> None:
    asset = Asset(
        id=3,
        sha256="cd" * 32,
        path="x",
        format="PNG",
        bytes=1,
        taken_at=date,
        filename=photographer,
        credit_photographers=[photographer],
        credit_agency=agency,
        credit_kind="photo",
        linked_at="2026-01-01T00:00:00Z",
    )
    name = file_name(asset, "{date}_{photographer}_{agency}_{filename}")
    assert "/" not in name and "\\" not in name and "\0" not in name
    assert name not in (".", "..") and not name.startswith(".") and len(name) < 200


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
        ).returncode
        == 0
    )


@pytest.fixture
def small_disk(tmp_path: Path):
    mount = tmp_path / "small"
    if not _mount_tmpfs(mount, "1200k"):
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


@pytest.mark.sqlite_only  # the disk is the one under library.db and assets/ (a bucket that refuses: test_s3_store)
def test_a_full_disk_gives_a_clear_error_and_a_consistent_library(
    tmp_path: Path, small_disk: Path | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "big"
    for i in range(12):
        photo(folder / f"{i}.png", size=(400, 300), seed=i, fmt="PNG")
    if small_disk is None:  # no permission to mount here: inject the write error instead
        import errno

        import catalog.storage.folder as store

        real = store.write_atomic
        calls = {"n": 0}

        def failing(target: Path, data: bytes, tmp_dir: Path | None = None) -> None:
            calls["n"] += 1
            if calls["n"] > 6:
                raise OSError(errno.ENOSPC, "No space left on device", str(target))
            real(target, data, tmp_dir)

        monkeypatch.setattr(store, "write_atomic", failing)
        library = tmp_path / "lib"
        result = run("--library", str(library), "ingest", str(folder), "--jobs", "1")
    else:
        library = small_disk / "lib"
        result = subprocess_cli("ingest", str(folder), "--jobs", "1", library=library)
    stderr = result.stderr
    assert result.exit_code if hasattr(result, "exit_code") else result.returncode
    assert "No space left on device" in stderr or "disk is full" in stderr
    assert len(stderr.strip().splitlines()) <= 3 and "Traceback" not in stderr
    if small_disk is not None:
        subprocess.run(["mount", "-o", "remount,size=20m", str(small_disk)], check=True)
    # What the failed run left, read in this process (the files are the same to it as to a new one).
    assert run("--library", str(library), "check").exit_code == 0
    assert run("--library", str(library), "ingest", str(folder)).exit_code == 0
    assert len(run_json("--library", str(library), "ls", "--limit", "100")) == 12


def test_a_read_only_library_gives_a_clear_error_and_is_left_as_it_was(
    tmp_path: Path, library: Path, engine: str
) -> None:
    """On SQLite the library is on a mount then remounted read-only; on PostgreSQL its catalog's server refuses
    writes, as a hot standby's does."""
    photo(tmp_path / "one" / "a.jpg", seed=1, fmt="JPEG")
    photo(tmp_path / "two" / "b.jpg", seed=2, fmt="JPEG")
    with contextlib.ExitStack() as mounted:
        if engine == SQLITE:
            mount = tmp_path / "ro"
            if not _mount_tmpfs(mount, "20m"):
                pytest.skip("mounting a tmpfs needs root: the injected write error above covers the failure path")
            mounted.callback(subprocess.run, ["umount", "-l", str(mount)], capture_output=True)
            library = mount / "lib"
        # A process of its own: an in-process ingest leaves a connection to library.db for the garbage collector
        # to close, and a mount with a file open for writing cannot be remounted read-only.
        assert subprocess_cli("ingest", str(tmp_path / "one"), library=library).returncode == 0
        if engine == SQLITE:
            subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        else:
            refuse_writes(library)
        held = catalog_rows(library), {kind: stored_keys(library, kind) for kind in (ORIGINALS, THUMBS)}
        snapshot = {p: p.read_bytes() for p in library.rglob("*") if p.is_file()}
        result = subprocess_cli("ingest", str(tmp_path / "two"), library=library)
        assert result.returncode == 1
        assert "read-only" in result.stderr.lower() or "readonly" in result.stderr.lower()
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
        assert len(run_json("--library", str(library), "ls")) == 1  # reading still works
        assert {p: p.read_bytes() for p in snapshot} == snapshot
        assert (catalog_rows(library), {kind: stored_keys(library, kind) for kind in (ORIGINALS, THUMBS)}) == held
