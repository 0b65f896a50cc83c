"""``photodesk watch`` on real folders: pictures copied in slow chunks, in bursts of hundreds, with sidecars before
and after, renamed from temporary names, with the watcher killed and restarted mid-burst — each picture ends in
the catalog exactly once, complete, with its sidecar's caption."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from catalog.library import open_library
from catalog.model import Arrival
from catalog.watch.watcher import Watcher, WatchOptions

from .engines import query
from .helpers import photo, run

FAST = {"settle": 0.5, "pair_wait": 0.6}


def wait_for(condition: Callable[[], bool], timeout: float = 60.0, what: str = "the watch") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


@contextmanager
def watching(library: Path, folders: list[Path], **options: object) -> Iterator[list[Arrival]]:
    """A watch running on a thread of its own (its library opened there) until the block ends."""
    arrivals: list[Arrival] = []
    notices: list[str] = []
    stop = threading.Event()
    started = threading.Event()
    failure: list[BaseException] = []

    def main() -> None:
        lib = open_library(library, create=True)
        try:
            settings = {**FAST, "jobs": 1, **options}
            watcher = Watcher(lib, WatchOptions(folders, **settings), arrivals.append, notices.append)
            started.set()
            try:
                watcher.run(until=stop.is_set)
            finally:
                watcher.close()
        except BaseException as e:
            failure.append(e)
            started.set()
        finally:
            lib.close()

    thread = threading.Thread(target=main, daemon=True)
    thread.start()
    started.wait(30)
    try:
        yield arrivals
    finally:
        stop.set()
        thread.join(60)
        if failure:
            raise failure[0]


def catalog_shas(library: Path) -> list[str]:
    return [str(r[0]) for r in query(library, "SELECT sha256 FROM assets")]


def caption_of(library: Path, sha: str) -> str | None:
    rows = query(library, "SELECT caption FROM assets WHERE sha256 = ?", (sha,))
    return None if not rows else (None if rows[0][0] is None else str(rows[0][0]))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pictures(folder: Path, count: int, *, start: int = 1, size: tuple[int, int] = (160, 120)) -> list[Path]:
    """Distinct JPEGs made outside the watched folder, to be delivered into it."""
    return [photo(folder / f"p{i:04d}.jpg", seed=i, size=size, fmt="JPEG") for i in range(start, start + count)]


def deliver(source: Path, target: Path, *, temporary: str = ".part") -> None:
    """As an FTP client does: write under a temporary name, then rename into place."""
    part = (
        target.with_name(target.name + temporary)
        if not temporary.startswith(".")
        else target.with_name("." + target.name + temporary)
    )
    part.write_bytes(source.read_bytes())
    os.replace(part, target)


def test_a_picture_written_in_slow_chunks_with_a_stall_is_ingested_once_and_whole(
    library: Path, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    source = photo(tmp_path / "src" / "big.jpg", size=(900, 700), fmt="JPEG", quality=95)
    data = source.read_bytes()
    with watching(library, [drop], settle=0.4) as arrivals:
        target = drop / "big.jpg"
        with open(target, "wb") as fh:
            for i in range(0, len(data), len(data) // 6):
                fh.write(data[i : i + len(data) // 6])
                fh.flush()
                time.sleep(1.2 if i == 0 else 0.15)  # the first pause outlasts the settle time: a stalled upload
        wait_for(lambda: len(arrivals) >= 1)
        time.sleep(1.0)
    assert [a.status for a in arrivals] == ["new"]
    assert catalog_shas(library) == [sha(source)]


def test_a_burst_of_hundreds_with_sidecars_before_and_after_ends_with_each_picture_once_and_captioned(
    library: Path, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    (drop / "gpo").mkdir(parents=True)
    (drop / "agencies").mkdir()
    sources = pictures(tmp_path / "src", 240)
    captions = {p.name: f"כותרת {i} — caption {i}" for i, p in enumerate(sources)}
    with watching(library, [drop], jobs=2) as arrivals:
        for i, source in enumerate(sources):
            folder = drop / ("gpo" if i % 2 else "agencies")
            target = folder / source.name
            sidecar = folder / (source.stem + ".txt")
            if i % 3 == 0:  # the sidecar first
                sidecar.write_text(captions[source.name], encoding="utf-8")
                deliver(source, target)
            elif i % 3 == 1:  # the sidecar a moment after
                deliver(source, target)
                sidecar.write_text(captions[source.name], encoding="utf-8")
            else:  # the sidecar well after its picture was ingested
                deliver(source, target, temporary=".filepart")
        wait_for(lambda: len({a.path for a in arrivals if not a.again}) >= len(sources), timeout=240)
        for i, source in enumerate(sources):
            if i % 3 == 2:
                folder = drop / ("gpo" if i % 2 else "agencies")
                (folder / (source.stem + ".txt")).write_text(captions[source.name], encoding="utf-8")
        wait_for(lambda: sum(a.again for a in arrivals) >= len(sources) // 3, timeout=120, what="late sidecars")
    shas = catalog_shas(library)
    assert sorted(shas) == sorted(sha(s) for s in sources)  # every picture, once
    for source in sources:
        assert caption_of(library, sha(source)) == captions[source.name], source.name
    firsts = [a for a in arrivals if not a.again]
    assert sorted(a.status for a in firsts) == ["new"] * len(sources)


@pytest.mark.parametrize("temporary", [".part", ".filepart", ".crdownload", "~", ".rsync-tmp"])
def test_pictures_renamed_from_temporary_names_are_ingested_under_their_final_name(
    library: Path, tmp_path: Path, temporary: str
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    source = pictures(tmp_path / "src", 1)[0]
    with watching(library, [drop]) as arrivals:
        deliver(source, drop / "final.jpg", temporary=temporary)
        wait_for(lambda: len(arrivals) >= 1)
        time.sleep(1.0)
    assert [(Path(a.path).name, a.status) for a in arrivals] == [("final.jpg", "new")]
    assert catalog_shas(library) == [sha(source)]


def test_pictures_inside_a_hidden_folder_are_passed_over(library: Path, tmp_path: Path) -> None:
    """A sync client's own folder (``.sync``, ``.Trash``) holds copies in transit, not deliveries."""
    drop = tmp_path / "drop"
    (drop / ".sync").mkdir(parents=True)
    hidden, shown = pictures(tmp_path / "src", 2)
    with watching(library, [drop]) as arrivals:
        (drop / ".sync" / "x.jpg").write_bytes(hidden.read_bytes())
        deliver(shown, drop / "y.jpg")
        wait_for(lambda: len(arrivals) >= 1)
        time.sleep(1.5)
    assert [Path(a.path).name for a in arrivals] == ["y.jpg"]
    assert catalog_shas(library) == [sha(shown)]


def test_a_bad_file_is_set_aside_and_the_watch_goes_on(library: Path, tmp_path: Path) -> None:
    drop, done = tmp_path / "drop", tmp_path / "done"
    drop.mkdir()
    good = pictures(tmp_path / "src", 1)[0]
    with watching(library, [drop], move_to=done) as arrivals:
        (drop / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 2000 + b"\xff\xd9")
        (drop / "notes.pdf").write_bytes(b"%PDF-1.4 not a picture")
        deliver(good, drop / "good.jpg")
        (drop / "good.txt").write_text("Prime Minister at the Knesset", encoding="utf-8")
        wait_for(lambda: len(arrivals) >= 3)
    by_name = {Path(a.path).name: a for a in arrivals}
    assert by_name["broken.jpg"].status == "failed" and by_name["broken.jpg"].reason
    assert by_name["notes.pdf"].status == "skipped"
    assert by_name["good.jpg"].status == "new"
    assert (done / "failed" / "broken.jpg").exists() and (done / "failed" / "notes.pdf").exists()
    assert (done / "good.jpg").read_bytes() == good.read_bytes() and (done / "good.txt").exists()
    assert sorted(p.name for p in drop.iterdir()) == []
    assert caption_of(library, sha(good)) == "Prime Minister at the Knesset"


def test_a_name_already_taken_in_the_done_folder_is_never_overwritten(library: Path, tmp_path: Path) -> None:
    drop, done = tmp_path / "drop", tmp_path / "done"
    drop.mkdir()
    done.mkdir()
    (done / "a.jpg").write_bytes(b"an editor's file")
    source = pictures(tmp_path / "src", 1)[0]
    with watching(library, [drop], move_to=done) as arrivals:
        (drop / "a.txt").write_text("Caption", encoding="utf-8")
        deliver(source, drop / "a.jpg")
        wait_for(lambda: len(arrivals) >= 1)
    assert (done / "a.jpg").read_bytes() == b"an editor's file"
    assert (done / "a (2).jpg").read_bytes() == source.read_bytes()
    assert (done / "a (2).txt").read_text(encoding="utf-8") == "Caption"
    assert arrivals[0].moved_to == str(done / "a (2).jpg")


def test_a_restarted_watch_takes_what_arrived_while_it_was_down_and_nothing_twice(
    library: Path, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    first, second = pictures(tmp_path / "src", 3), pictures(tmp_path / "src", 3, start=10)
    with watching(library, [drop]) as arrivals:
        for source in first:
            deliver(source, drop / source.name)
        wait_for(lambda: len(arrivals) >= 3)
    for source in second:  # while no watch runs
        deliver(source, drop / source.name)
    with watching(library, [drop]) as again:
        wait_for(lambda: len(again) >= 3)
        time.sleep(1.5)
    assert sorted(Path(a.path).name for a in again) == sorted(s.name for s in second)
    assert sorted(catalog_shas(library)) == sorted(sha(s) for s in first + second)


def watch_process(library: Path, drop: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library), "PYTHONUNBUFFERED": "1"}
    args = [sys.executable, "-m", "cli", "watch", str(drop), "--settle", "0.5", "--pair-wait", "0.5", "--json"]
    return subprocess.Popen([*args, *extra], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_watch_killed_mid_burst_and_restarted_ends_with_every_picture_once_and_captioned(
    library: Path, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    sources = pictures(tmp_path / "src", 120)
    proc = watch_process(library, drop, "--jobs", "2")
    try:
        time.sleep(2.0)
        for i, source in enumerate(sources):
            (drop / f"{source.stem}.txt").write_text(f"Caption {i}", encoding="utf-8")
            deliver(source, drop / source.name)
            if i == 60:
                wait_for(lambda: len(catalog_shas(library)) >= 10, what="the first pictures")
                proc.kill()  # SIGKILL: no chance to finish anything
                proc.communicate(timeout=30)
        proc = watch_process(library, drop, "--jobs", "2")
        wait_for(lambda: len(catalog_shas(library)) >= len(sources), timeout=240, what="every picture")
        time.sleep(1.5)
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    shas = catalog_shas(library)
    assert len(shas) == len(set(shas)) == len(sources)
    for i, source in enumerate(sources):
        assert caption_of(library, sha(source)) == f"Caption {i}", source.name
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert "summary" in lines[-1] and "watched" in err  # Ctrl-C: the summary, on stdout and stderr
    new_paths = [r["path"] for r in lines if r.get("status") == "new"]
    assert len(new_paths) == len(set(new_paths))  # the second watch reported nothing new twice
    recorded = query(library, "SELECT path, count(*) FROM arrivals WHERE status = 'new' GROUP BY path")
    assert all(n == 1 for _, n in recorded)


def test_a_caption_sheet_pairs_rows_as_pictures_arrive_and_rows_added_later_reach_pictures_taken_before(
    library: Path, tmp_path: Path
) -> None:
    drop, done = tmp_path / "drop", tmp_path / "done"
    drop.mkdir()
    sheet = drop / "sheet.csv"  # in the folder it captions: never taken for an arrival, never moved
    sheet.write_text("file,caption,credit\na.jpg,נתניהו בכנסת,Haim Zach/GPO\n", encoding="utf-8")
    a, b = pictures(tmp_path / "src", 2)
    with watching(library, [drop], captions=sheet, move_to=done) as arrivals:
        deliver(a, drop / "a.jpg")
        deliver(b, drop / "b.jpg")
        wait_for(lambda: len(arrivals) >= 2)
        assert caption_of(library, sha(a)) == "נתניהו בכנסת"
        assert caption_of(library, sha(b)) is None
        time.sleep(0.05)
        with open(sheet, "a", encoding="utf-8") as fh:
            fh.write("b.jpg,Knesset plenum,Kobi Gideon/GPO\n")
        wait_for(lambda: any(x.again for x in arrivals), what="the sheet's new row")
    assert caption_of(library, sha(b)) == "Knesset plenum"
    assert [Path(x.path).name for x in arrivals if x.again] == ["b.jpg"]  # a's row did not change: not read again
    assert sorted(catalog_shas(library)) == sorted([sha(a), sha(b)])
    assert sheet.exists() and not any(Path(x.path) == sheet for x in arrivals)


def test_polling_finds_what_file_events_would(library: Path, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    (drop / "deep" / "er").mkdir(parents=True)
    source = pictures(tmp_path / "src", 1)[0]
    with watching(library, [drop], poll=0.3) as arrivals:
        deliver(source, drop / "deep" / "er" / "a.jpg")
        wait_for(lambda: len(arrivals) >= 1)
    assert arrivals[0].status == "new"


def test_watch_refuses_an_article_and_a_missing_folder_in_one_line(library: Path, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    article = tmp_path / "article.txt"
    article.write_text("Netanyahu meets Putin\n\nBy a reporter\n\nThe two leaders met.\n", encoding="utf-8")
    result = run("watch", str(drop), "--captions", str(article))
    assert result.exit_code != 0 and "an article, not a caption sheet" in result.output
    assert len(result.output.strip().splitlines()) == 1
    result = run("watch", str(tmp_path / "nowhere"))
    assert result.exit_code != 0 and "nowhere: not a folder" in result.output
    assert "Traceback" not in result.output
