"""What a batch folder holds besides pictures: empty paths, links (broken, looping, to folders), named pipes,
other libraries — and copies under ``--on-duplicate skip``. Each is reported on its own line; none stops the batch,
none is taken silently, none is dropped silently."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from .helpers import DATA, photo, run, run_json, subprocess_cli


def _stored(library: Path, kind: str = "originals") -> list[Path]:
    return [p for p in (library / "assets" / kind).rglob("*") if p.is_file()]


def test_an_empty_path_is_an_error_and_the_current_folder_is_not_ingested(
    tmp_path: Path, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "here"
    photo(here / "a.jpg")
    monkeypatch.chdir(here)
    for args in ([""], ["  "], [str(here / "a.jpg"), ""]):
        result = run("ingest", *args)
        assert result.exit_code == 1, args
        assert "empty path" in result.stderr and "Traceback" not in result.stderr
    assert not library.exists()
    result = run("--library", "", "ingest", str(here / "a.jpg"))
    assert result.exit_code == 2 and "empty path" in result.stderr
    assert not (here / "library.db").exists()


def test_links_loops_and_pipes_are_each_reported_and_the_good_pictures_land(tmp_path: Path, library: Path) -> None:
    batch = tmp_path / "batch"
    photo(batch / "good.jpg", seed=1)
    photo(tmp_path / "elsewhere" / "linked.jpg", seed=2)
    (batch / "gone.jpg").symlink_to(batch / "missing.jpg")
    (batch / "self.jpg").symlink_to(batch / "self.jpg")
    (batch / "loop").symlink_to(batch)
    (batch / "folder-link").symlink_to(tmp_path / "elsewhere")
    os.mkfifo(batch / "pipe.jpg")
    # a subprocess with a timeout: a reader blocked on the pipe would hang the run, not fail it
    result = subprocess_cli("ingest", str(batch), "--json", library=library, timeout=120)
    assert result.returncode == 1, result.stderr
    summary = json.loads(result.stdout)
    by_name = {Path(f["path"]).name: f for f in summary["files"]}
    assert by_name["good.jpg"]["status"] == by_name["linked.jpg"]["status"] == "new"  # a linked folder is walked
    assert by_name["gone.jpg"]["status"] == "failed" and "broken symbolic link" in by_name["gone.jpg"]["reason"]
    assert by_name["self.jpg"]["status"] == "failed" and "loop" in by_name["self.jpg"]["reason"]
    assert by_name["pipe.jpg"]["status"] == "skipped" and "named pipe" in by_name["pipe.jpg"]["reason"]
    assert by_name["loop"]["status"] == "skipped" and "already walked" in by_name["loop"]["reason"]
    for name in ("gone.jpg", "self.jpg", "pipe.jpg", "loop"):
        assert sum(f"{batch / name}:" in line for line in result.stderr.splitlines()) == 1, (name, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(run_json("ls")) == 2


def test_another_library_in_the_batch_is_passed_over_not_ingested(
    tmp_path: Path, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    incoming = tmp_path / "incoming"
    photo(incoming / "new.jpg", seed=3)
    other = incoming / "old-desk"
    monkeypatch.setenv("PHOTODESK_LIBRARY", str(other))
    run_json("ingest", str(DATA / "osprey.jpg"), str(DATA / "wren.jpg"))
    monkeypatch.setenv("PHOTODESK_LIBRARY", str(library))
    result = run("ingest", str(incoming), "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["new"] == 1
    passed = {Path(f["path"]).name: f["reason"] for f in summary["files"] if f["status"] == "skipped"}
    assert set(passed) >= {"library.db", "assets"} and all("photodesk library" in r for r in passed.values())
    thumbs = other / "assets" / "thumbs"
    named = run("ingest", str(thumbs), str(other / "library.db"), "--json")
    assert json.loads(named.stdout)["new"] == 0
    assert all("photodesk library" in f["reason"] for f in json.loads(named.stdout)["files"])
    assert len(run_json("ls")) == 1


def _lake(path: Path, scale: int) -> Path:
    with Image.open(DATA / "lake.jpg") as im:
        im = im.convert("RGB")
        im = im.reduce(scale) if scale > 1 else im
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, quality=90)
    return path


def test_skip_does_not_store_a_larger_copy_and_says_so(tmp_path: Path, library: Path) -> None:
    run_json("ingest", str(_lake(tmp_path / "a" / "small.jpg", 2)))
    big = _lake(tmp_path / "b" / "big.jpg", 1)
    summary = run_json("ingest", str(big), "--on-duplicate", "skip")
    [entry] = summary["files"]
    assert entry["status"] == "duplicate" and entry["asset_id"] == entry["duplicate_of"] == 1
    assert "larger" in entry["reason"] and "--on-duplicate replace" in entry["reason"]
    assert len(run_json("ls")) == 1 and len(_stored(library)) == 1 and len(_stored(library, "thumbs")) == 1
    assert run_json("show", "1")["duplicate_of"] is None
    assert str(big.absolute()) in run_json("show", "1")["source_paths"]


def test_skip_reports_only_asset_ids_that_exist_afterwards(tmp_path: Path, library: Path) -> None:
    run_json("ingest", str(_lake(tmp_path / "a" / "big.jpg", 1)))
    batch = tmp_path / "resend"
    _lake(batch / "small.jpg", 2)
    _lake(batch / "smaller.jpg", 3)
    shutil.copy(DATA / "wren.jpg", batch / "wren.jpg")
    summary = run_json("ingest", str(batch), "--on-duplicate", "skip")
    statuses = sorted(f["status"] for f in summary["files"])
    assert statuses == ["duplicate", "duplicate", "new"]
    existing = {a["id"] for a in run_json("ls")}
    reported = {f["asset_id"] for f in summary["files"]} | {c["asset_id"] for c in summary["copies"]}
    reported |= {c["duplicate_of"] for c in summary["copies"]}
    assert reported <= existing and len(existing) == 2
    assert len(_stored(library)) == 2


def test_skip_stores_one_of_two_copies_arriving_in_the_same_batch(tmp_path: Path, library: Path) -> None:
    batch = tmp_path / "batch"
    _lake(batch / "1.jpg", 1)
    _lake(batch / "2.jpg", 2)
    summary = run_json("ingest", str(batch), "--on-duplicate", "skip", "--jobs", "2")
    assert [f["status"] for f in summary["files"]] == ["new", "duplicate"]
    assert summary["files"][1]["duplicate_of"] == summary["files"][0]["asset_id"]
    assert len(_stored(library)) == 1


def test_declining_the_caption_pairing_at_a_terminal_ingests_nothing_and_says_so(tmp_path: Path, library: Path) -> None:
    """On a terminal ingest asks before linking an article's captions; 'n' is a decision, not a crash."""
    batch = tmp_path / "batch"
    photo(batch / "1.jpg", seed=1)
    article = tmp_path / "article.txt"
    article.write_text("Headline\n\nThe minister at the airport. (Haim Zach/GPO)\n", encoding="utf-8")
    master, slave = pty.openpty()
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "ingest", str(batch), "--captions", str(article)],
        stdin=slave,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    seen = _read_until(master, b"Link these captions?")
    os.write(master, b"n\n")
    seen += _read_until(master, b"declined")
    assert proc.wait(timeout=60) == 1
    os.close(master)
    text = seen.decode("utf-8", "replace")
    assert "Aborted!" not in text and "nothing ingested" in text
    assert not (library / "library.db").exists() or run_json("ls") == []


def _read_until(fd: int, marker: bytes, timeout: float = 60) -> bytes:
    out = b""
    deadline = time.monotonic() + timeout
    while marker not in out and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                out += os.read(fd, 4096)
            except OSError:
                break
    return out
