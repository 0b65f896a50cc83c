"""A newsroom's shared library (PostgreSQL catalog, S3 bucket) under load and failure: several ingest processes
and an editor saving in the browser at once; the database server dropping every connection mid-ingest; the
store unreachable. Each ends with every picture recorded exactly once, complete, and a healthy ``check``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from web.app import create_app

from .engines import POSTGRESQL, query
from .helpers import desk_client, photo, run, run_json
from .s3 import Bucket, free_port
from .test_web_assets import form_of

pytestmark = pytest.mark.parametrize("engine", [POSTGRESQL], indirect=True)  # the newsroom's setup only


def _start_ingest(folder: Path, library: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    return subprocess.Popen(
        [sys.executable, "-m", "cli", "ingest", str(folder), "--jobs", "1", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _folders(tmp_path: Path, n: int, shared: int) -> list[Path]:
    """``n`` folders, each with pictures of its own and the same ``shared`` ones (an agency's picture that
    arrives through two feeds)."""
    common = [
        photo(tmp_path / "common" / f"{i:02d}.jpg", size=(400, 300), seed=100 + i, fmt="JPEG") for i in range(shared)
    ]
    out = []
    for k in range(n):
        folder = tmp_path / f"feed-{k}"
        for i in range(8):
            photo(folder / f"own-{i:02d}.jpg", size=(400, 300), seed=k * 50 + i, fmt="JPEG")
        for p in common:
            (folder / f"wire-{p.name}").write_bytes(p.read_bytes())
        out.append(folder)
    return out


def test_three_ingests_and_an_editor_at_once_record_each_picture_once(
    tmp_path: Path, library: Path, engine: str
) -> None:
    assert run("ingest", str(photo(tmp_path / "first" / "first.jpg", seed=999, fmt="JPEG"))).exit_code == 0
    (first,) = query(library, "SELECT id FROM assets")
    client = desk_client(create_app(library), base_url="http://127.0.0.1:8750")
    feeds = _folders(tmp_path, 3, 6)
    saved: list[int] = []
    failures: list[str] = []
    stop = threading.Event()

    def edit() -> None:  # an editor rewriting one caption again and again while the feeds arrive
        n = 0
        while not stop.is_set():
            n += 1
            form = form_of(client, first[0]) | {"caption": f"Edit {n}"}
            answer = client.post(f"/assets/{first[0]}/edit", data=form, follow_redirects=False)
            if answer.status_code != 303:
                failures.append(f"{answer.status_code}: {answer.text[:200]}")
                return
            saved.append(n)

    editor = threading.Thread(target=edit)
    editor.start()
    procs = [_start_ingest(folder, library) for folder in feeds]
    outputs = [p.communicate(timeout=300) for p in procs]
    stop.set()
    editor.join(timeout=60)
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    assert query(library, "SELECT count(*), count(DISTINCT sha256) FROM assets") == [(1 + 3 * 8 + 6, 1 + 3 * 8 + 6)]
    assert query(library, "SELECT count(*) FROM asset_sources") == [(1 + 3 * (8 + 6),)]
    assert not failures and saved, failures
    assert query(library, "SELECT caption, version FROM assets WHERE id = ?", (first[0],)) == [
        (f"Edit {saved[-1]}", len(saved))
    ]
    checked = run("check")
    assert checked.exit_code == 0, checked.output


def test_the_database_dropping_every_connection_mid_ingest_loses_and_doubles_nothing(
    tmp_path: Path, library: Path, engine: str
) -> None:
    """The server ends every photodesk connection (as a restart does) while an ingest is writing: the ingest
    goes on once it can connect again, or stops with one line — and a second run completes the batch."""
    folder = tmp_path / "in"
    pictures = [photo(folder / f"{i:03d}.jpg", size=(640, 480), seed=i, fmt="JPEG") for i in range(80)]
    assert run("init").exit_code == 0
    proc = _start_ingest(folder, library)
    deadline = time.monotonic() + 120
    while query(library, "SELECT count(*) FROM assets")[0][0] < 5:  # it is writing
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    dropped = query(
        library,
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'photodesk' "
        "AND pid <> pg_backend_pid() AND datname = current_database()",
    )[0][0]
    assert dropped >= 1
    _, err = proc.communicate(timeout=300)
    assert "Traceback" not in err
    if proc.returncode != 0:  # it may stop, but with one clear line
        assert "catalog error: PostgreSQL" in err, err
        assert run("ingest", str(folder)).exit_code == 0
    assert query(library, "SELECT count(*), count(DISTINCT sha256) FROM assets") == [(len(pictures), len(pictures))]
    assert query(library, "SELECT count(*) FROM asset_sources") == [(len(pictures),)]
    assert query(library, "SELECT count(*) FROM assets WHERE linked_at IS NULL") == [(0,)]
    checked = run("check")
    assert checked.exit_code == 0, checked.output


def test_an_unreachable_store_changes_nothing_and_the_retry_completes(
    tmp_path: Path, library: Path, engine: str, s3_bucket: Bucket, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    for i in range(4):
        photo(folder / f"{i}.jpg", seed=i, fmt="JPEG")
    assert run("init").exit_code == 0
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{free_port()}")
    failed = subprocess.run(
        [sys.executable, "-m", "cli", "ingest", str(folder)],
        env={**os.environ, "PHOTODESK_LIBRARY": str(library)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert failed.returncode == 1
    assert "cannot use the store" in failed.stderr and "Traceback" not in failed.stderr
    assert len(failed.stderr.strip().splitlines()) <= 2
    assert query(library, "SELECT count(*) FROM assets") == [(0,)]
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_bucket.endpoint)
    done = run_json("ingest", str(folder), "--json")
    assert done["new"] == 4
    assert len([k for k in s3_bucket.stored() if "/originals/" in k]) == 4


def test_two_scans_at_once_share_the_hashing_each_picture_hashed_once(
    tmp_path: Path, library: Path, engine: str
) -> None:
    """``dupes scan`` on two machines: the pictures without hashes are a shared work queue (SKIP LOCKED)."""
    folder = tmp_path / "older"
    for i in range(40):
        photo(folder / f"{i:02d}.jpg", size=(1000, 750), seed=300 + i, fmt="JPEG")
    assert run("ingest", str(folder), "--jobs", "1").exit_code == 0
    query(library, "UPDATE assets SET phash = NULL, hash_version = NULL RETURNING id")  # as an older library's
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    scans = [
        subprocess.Popen(
            [sys.executable, "-m", "cli", "dupes", "scan", "--json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    reports = []
    for scan in scans:
        out, err = scan.communicate(timeout=300)
        assert scan.returncode == 0, err
        reports.append(json.loads(out))
    assert sum(r["hashed"] for r in reports) == 40  # neither hashed what the other held
    assert all(r["hashed"] > 0 for r in reports)  # and both worked
    assert query(library, "SELECT count(*) FROM assets WHERE phash IS NULL") == [(0,)]
