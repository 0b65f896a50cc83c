"""Reliability: check and repair, a corpus of broken files, concurrency with searches, hostile text, a full disk
and a read-only library."""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import sqlite3
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from catalog.captions.sheets import find_slots
from catalog.errors import InvalidQuery
from catalog.media import metadata
from catalog.model import Asset
from catalog.ops.export import file_name
from catalog.search.query import parse

from .helpers import DATA, photo, run, run_json, subprocess_cli


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def segment(marker: int, body: bytes) -> bytes:
    body = body[:65533]
    return b"\xff" + bytes([marker]) + (len(body) + 2).to_bytes(2, "big") + body


def half_size(photograph: Path) -> bytes:
    """The photograph at half its size, encoded as the originals are (baseline, Pillow's default quality).

    What the bit flips are made from: the flips decode into near-copies of one another, and every pair of copies
    is verified feature by feature, which at full size over one photograph made the dedupe step most of this
    test's 20 seconds; four smaller photographs flip the same way for a quarter of that."""
    out = io.BytesIO()
    with Image.open(photograph) as im:
        im.reduce(2).save(out, "JPEG")
    return out.getvalue()


def broken_corpus(folder: Path) -> tuple[list[Path], list[Path], list[Path]]:
    """(good files, files that must fail, files that may decode or fail) — over 200 broken inputs."""
    rng = random.Random(6)
    folder.mkdir(parents=True)
    good = [folder / "good-osprey.jpg", folder / "good-wren.jpg"]
    for path, name in zip(good, ("osprey.jpg", "wren.jpg"), strict=True):
        path.write_bytes((DATA / name).read_bytes())
    good.append(photo(folder / "good.png", fmt="PNG", seed=2))
    good.append(photo(folder / "good.tif", fmt="TIFF", seed=3))
    good.append(photo(folder / "good.webp", fmt="WEBP", seed=4))
    jpeg, png = (DATA / "casa-mila.jpg").read_bytes(), good[2].read_bytes()
    must_fail: list[Path] = []
    maybe: list[Path] = []

    def add(name: str, data: bytes, bucket: list[Path]) -> None:
        path = folder / name
        path.write_bytes(data)
        bucket.append(path)

    add("empty.jpg", b"", must_fail)
    add("empty.png", b"", must_fail)
    for i, cut in enumerate(sorted(rng.sample(range(20, len(jpeg) - 4), 70))):
        add(f"truncated-{i:02d}.jpg", jpeg[:cut], maybe)
    for i, cut in enumerate(sorted(rng.sample(range(40, len(png) - 20), 40))):
        add(f"truncated-{i:02d}.png", png[:cut], maybe)
    webp = good[4].read_bytes()
    for i, cut in enumerate(sorted(rng.sample(range(16, len(webp) - 8), 15))):
        add(f"truncated-{i:02d}.webp", webp[:cut], maybe)
    photographs = [half_size(DATA / name) for name in ("casa-mila.jpg", "lake.jpg", "osprey.jpg", "wren.jpg")]
    for i in range(60):
        flipped = bytearray(photographs[i % len(photographs)])
        for _ in range(rng.randint(1, 40)):
            flipped[rng.randrange(2, len(flipped))] ^= 1 << rng.randrange(8)
        add(f"bitflip-{i:02d}.jpg", bytes(flipped), maybe)
    for i in range(10):
        add(f"page-{i}.jpg", f"<!DOCTYPE html><html><body>Error {i}</body></html>".encode(), must_fail)
        add(f"notes-{i}.png", f"caption notes {i}\n".encode() * (i + 1), must_fail)
    ihdr = struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0)
    add(
        "bomb.png",
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""),
        must_fail,
    )
    sof = bytearray(jpeg)
    at = sof.find(b"\xff\xc0")
    sof[at + 5 : at + 9] = struct.pack(">HH", 65_000, 65_000)
    add("bomb-header.jpg", bytes(sof), must_fail)
    tiff = (
        b"II*\x00\x08\x00\x00\x00\x02\x00"
        + struct.pack("<HHII", 256, 4, 1, 10**9)
        + struct.pack("<HHII", 257, 4, 1, 10**9)
        + b"\x00\x00\x00\x00"
    )
    add("absurd.tif", tiff, must_fail)
    garbage_metadata = {
        "huge-iptc": segment(
            0xED, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\xff\xf0" + b"\x1c\x02\x78\x7f\xff" + os.urandom(60000)
        ),
        "bad-iptc-lengths": segment(
            0xED,
            b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x20"
            + b"\x1c\x02\x78\x80\x04\xff\xff\xff\xff"
            + b"x" * 23,
        ),
        "invalid-utf8-iptc": segment(
            0xED,
            b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x14"
            + b"\x1c\x01\x5a\x00\x03\x1b%G\x1c\x02\x78\x00\x04\xff\xfe\xc0\xaf",
        ),
        "huge-xmp": segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>" + b"<a>" * 20000),
        "entity-xmp": segment(
            0xE1,
            b"http://ns.adobe.com/xap/1.0/\x00<?xml version='1.0'?><!DOCTYPE x ["
            b"<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;'>]><x>&b;</x>",
        ),
        "invalid-utf8-xmp": segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>\xff\xfe\xfd</x:xmpmeta>"),
        "absurd-exif-offset": segment(0xE1, b"Exif\x00\x00MM\x00*\xff\xff\xff\xf0" + b"\x00" * 64),
        "absurd-exif-count": segment(
            0xE1,
            b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x01\x00\x0e\x01\x02\x00"
            + b"\xff\xff\xff\x7f\x1a\x00\x00\x00"
            + b"\x00" * 16,
        ),
        "exif-loop": segment(
            0xE1,
            b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x01\x00\x69\x87\x04\x00\x01\x00\x00\x00"
            b"\x08\x00\x00\x00\x08\x00\x00\x00",
        ),
    }
    for name, seg in garbage_metadata.items():
        add(f"{name}.jpg", jpeg[:2] + seg + jpeg[2:], good)
    add("png-named.jpg", png, good)
    add("jpeg-named.tif", jpeg, good)
    return good, must_fail, maybe


@pytest.mark.slow
def test_a_batch_of_200_broken_files_lands_every_good_one_and_reports_every_bad_one(tmp_path: Path) -> None:
    good, must_fail, maybe = broken_corpus(tmp_path / "broken")
    assert len(must_fail) + len(maybe) + len(good) - 5 >= 200
    library = tmp_path / "lib"
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
    run_json("ingest", str(photo(tmp_path / "in" / "a.jpg", fmt="JPEG")))
    (library / run_json("show", "1")["thumbnail"]).unlink()

    def broken(*args: object) -> None:
        raise KeyError("caption")

    with monkeypatch.context() as patch, pytest.raises(KeyError, match="caption"):
        patch.setattr(metadata, "_reconcile", broken)
        run("check", "--repair")
    assert run("check", "--repair").exit_code == 0  # the original was fine: the thumbnail is rebuilt from it


def test_check_reports_and_repairs_what_can_be_derived(tmp_path: Path, library: Path) -> None:
    folder = tmp_path / "in"
    pics = [photo(folder / f"{i}.jpg", seed=i, fmt="JPEG", quality=90) for i in range(3)]
    run_json("ingest", str(folder))
    assert run("check").exit_code == 0
    assets = run_json("ls")
    by_name = {a["filename"]: a for a in assets}
    (library / by_name["0.jpg"]["thumbnail"]).unlink()
    damaged = library / by_name["1.jpg"]["path"]
    damaged.write_bytes(damaged.read_bytes()[:-100] + b"\0" * 100)  # bit rot; the source still has the bytes
    lost = library / by_name["2.jpg"]["path"]
    lost.unlink()
    pics[2].write_bytes(b"the source is gone too")
    (library / "assets" / "originals" / "stray.jpg").write_bytes(b"not ours")
    conn = sqlite3.connect(library / "library.db")
    conn.execute(
        "INSERT INTO assets_fts(assets_fts, rowid, caption, headline, keywords, people, search_text) "
        "SELECT 'delete', id, caption, headline, keywords, people, search_text FROM assets WHERE id = 1"
    )
    conn.commit()
    conn.close()
    before = run("check", "--json")
    assert before.exit_code == 1
    kinds = sorted(p["kind"] for p in json.loads(before.stdout)["problems"])
    assert kinds == ["damaged-original", "missing-original", "missing-thumbnail", "orphan", "search-index"]
    repaired = run("check", "--repair", "--json")
    assert repaired.exit_code == 1  # the lost original cannot be mended: said, not hidden
    problems = {p["kind"]: p for p in json.loads(repaired.stdout)["problems"]}
    assert problems["missing-original"]["mended"] is False and "cannot mend" in problems["missing-original"]["detail"]
    assert all(p["mended"] for k, p in problems.items() if k != "missing-original")
    assert (library / by_name["0.jpg"]["thumbnail"]).is_file()
    assert damaged.read_bytes() == pics[1].read_bytes()
    quarantined = list((library / "assets" / "quarantine").rglob("*"))
    assert any(p.name == "stray.jpg" for p in quarantined)
    assert any(p.name == damaged.name for p in quarantined)  # the damaged copy is kept aside, not deleted
    after = json.loads(run("check", "--json").stdout)
    assert [p["kind"] for p in after["problems"]] == ["missing-original"]


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
    conn = sqlite3.connect(library / "library.db")
    assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM assets").fetchone() == (20, 20)
    conn.close()


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


def test_a_read_only_library_gives_a_clear_error_and_is_left_as_it_was(tmp_path: Path) -> None:
    mount = tmp_path / "ro"
    if not _mount_tmpfs(mount, "20m"):
        pytest.skip("mounting a tmpfs needs root: the injected write error above covers the failure path")
    try:
        library = mount / "lib"
        photo(tmp_path / "one" / "a.jpg", seed=1, fmt="JPEG")
        # A process of its own: an in-process ingest leaves a connection to library.db for the garbage collector
        # to close, and a mount with a file open for writing cannot be remounted read-only.
        assert subprocess_cli("ingest", str(tmp_path / "one"), library=library).returncode == 0
        snapshot = {
            p: p.read_bytes()
            for p in library.rglob("*")
            if p.is_file() and "-wal" not in p.name and "-shm" not in p.name
        }
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        photo(tmp_path / "two" / "b.jpg", seed=2, fmt="JPEG")
        result = subprocess_cli("ingest", str(tmp_path / "two"), library=library)
        assert result.returncode == 1
        assert "read-only" in result.stderr.lower() or "readonly" in result.stderr.lower()
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
        assert len(run_json("--library", str(library), "ls")) == 1  # reading still works
        assert {p: p.read_bytes() for p in snapshot} == snapshot
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
