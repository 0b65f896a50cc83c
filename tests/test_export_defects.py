"""Export, contact sheet and authority export never harm the library, never overwrite, never lose a picture's
credit row, never let a spreadsheet run a caption, and one bad picture never stops the rest (issue 10)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from PIL import Image

import catalog.ops.export
import catalog.storage.folder
from catalog.db.transfer import Transfer
from catalog.library import open_library
from catalog.storage import ORIGINALS, PREVIEWS, THUMBS

from .engines import SQLITE
from .helpers import cached_library, exiftool, exiftool_read, photo, run, run_json
from .stores import remove, store_of, stored

CAPTIONS = (
    "Премьер-министр Нетаньяху в Кремле",
    "ראש הממשלה נתניהו במוסקבה",
    "Delegates arrive in Zürich for the forum",
    '=HYPERLINK("http://evil.example/","click")',
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def dated(path: Path, when: str, seed: int) -> Path:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = when
    return photo(path, size=(320, 240), seed=seed, fmt="JPEG", quality=90, exif=exif.tobytes())


@pytest.fixture
def pictures(tmp_path: Path, library: Path, needs_exiftool: None) -> list[int]:
    """Four pictures (Cyrillic, Hebrew, accented and formula-like captions), ids in the order of CAPTIONS."""
    return cached_library("export-defects", library, lambda: _ingest_pictures(tmp_path))


def _ingest_pictures(tmp_path: Path) -> list[int]:
    folder = tmp_path / "incoming"
    for i, caption in enumerate(CAPTIONS, start=1):
        p = dated(folder / f"{i}.jpg", f"2016:06:0{i} 10:00:00", seed=40 + i)
        exiftool(
            p,
            "-codedcharacterset=utf8",
            f"-IPTC:Caption-Abstract={caption}",
            f"-XMP-dc:Description={caption}",
            "-XMP-photoshop:Credit=Kobi Gideon/GPO",
            "-XMP-dc:Creator=-Kobi Gideon",
        )
    assert run("ingest", str(folder)).exit_code == 0
    by_name = {Path(a["source_paths"][0]).name: a["id"] for a in run_json("ls", "--limit", "50")}
    return [by_name[f"{i}.jpg"] for i in range(1, len(CAPTIONS) + 1)]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def library_files(library: Path) -> dict[str, str]:
    """Every file of the library with its SHA-256, its folder's and its store's (a newsroom's store is a bucket):
    what a refused write must leave exactly as it was."""
    folder = {str(p.relative_to(library)): digest(p) for p in sorted(library.rglob("*")) if p.is_file()}
    store = store_of(library)
    kept = sorted(relpath for kind in (ORIGINALS, THUMBS, PREVIEWS) for relpath in store.keys(kind))
    return {**folder, **{f"store:{relpath}": str(store.sha256(relpath)) for relpath in kept}}


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


# --- defect 1: nothing writes into the library's own files, nothing overwrites unless told --------------------


def test_contact_sheet_refuses_every_spelling_of_the_library_own_files(
    pictures: list[int], library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    """The folder's files and the store's folder are the library's own on either engine: a newsroom's library
    has no library.db or assets/ of its own, and none may be made there either."""
    with (library / "photodesk.toml").open("a", encoding="utf-8") as config:
        config.write('[styles]\nmine = "{photographers}"\n')
    original = library / run_json("show", str(pictures[0]))["path"]  # where a folder store keeps it
    (tmp_path / "link-to-db").symlink_to(library / "library.db")
    (tmp_path / "link-to-store").symlink_to(original.parent, target_is_directory=True)
    hard_links = []
    for own in ["photodesk.toml", *(["library.db"] if engine == SQLITE else [])]:
        os.link(library / own, tmp_path / f"hard-link-to-{own}")
        hard_links.append(f"hard-link-to-{own}")
    monkeypatch.chdir(tmp_path)
    before = library_files(library)
    targets = [
        str(library / "library.db"),
        "library/library.db-wal",
        "library/assets/../library.db",
        f"incoming/../library/./{original.relative_to(library)}",
        "link-to-db",
        *hard_links,
        f"link-to-store/{original.name}",
        str(library / "photodesk.toml"),
        str(library / "assets" / "thumbs" / "new.html"),
    ]
    for target in targets:
        for force in ([], ["--force"]):
            result = run("contact-sheet", "--ids", str(pictures[0]), "-o", target, *force)
            assert result.exit_code == 1, (target, result.stderr)
            assert result.stderr.startswith("Error: ") and "library's own" in result.stderr, result.stderr
            assert len(result.stderr.strip().splitlines()) == 1
    assert library_files(library) == before
    assert run_json("show", str(pictures[0]))["id"] == pictures[0]


def test_contact_sheet_refuses_to_overwrite_an_existing_file_unless_forced(pictures: list[int], tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.html"
    sheet.write_text("the editor's notes", encoding="utf-8")
    refused = run("contact-sheet", "--ids", str(pictures[0]), "-o", str(sheet))
    assert refused.exit_code == 1 and "--force" in refused.stderr and str(sheet) in refused.stderr
    assert sheet.read_text(encoding="utf-8") == "the editor's notes"
    forced = run("contact-sheet", "--ids", str(pictures[0]), "-o", str(sheet), "--force")
    assert forced.exit_code == 0, forced.stderr
    assert CAPTIONS[0] in sheet.read_text(encoding="utf-8")


def test_export_refuses_a_folder_inside_the_library(pictures: list[int], library: Path, tmp_path: Path) -> None:
    original = library / run_json("show", str(pictures[0]))["path"]
    (tmp_path / "out-link").symlink_to(library / "assets", target_is_directory=True)
    before = library_files(library)
    for target in (library, original.parent, library / "assets" / "new", tmp_path / "out-link" / "originals"):
        result = run("export", "--ids", str(pictures[0]), "--to", str(target))
        assert result.exit_code == 1, (target, result.stderr)
        assert result.stderr.startswith("Error: ") and "library" in result.stderr, result.stderr
        assert not (library / "assets" / "new").exists()
    assert library_files(library) == before


def test_authority_export_writes_a_file_but_never_the_library_own_files(
    pictures: list[int], library: Path, tmp_path: Path
) -> None:
    authority = tmp_path / "photographers.csv"
    authority.write_text("name,agency,aliases\nKobi Gideon,GPO,Koby Gideon|קובי גדעון\n", encoding="utf-8")
    assert run("credits", "authority", "import", str(authority)).exit_code == 0
    before = library_files(library)
    refused = run("credits", "authority", "export", "-o", str(library / "library.db"), "--force")
    assert refused.exit_code == 1 and refused.stderr.startswith("Error: "), refused.stderr
    assert library_files(library) == before
    out = tmp_path / "authority.csv"
    assert run("credits", "authority", "export", "-o", str(out)).exit_code == 0
    assert "קובי גדעון" in out.read_text(encoding="utf-8")
    again = run("credits", "authority", "export", "-o", str(out))
    assert again.exit_code == 1 and "--force" in again.stderr
    assert run("credits", "authority", "export", "-o", str(out), "--force").exit_code == 0


# --- defect 5: several ids after one --ids, no silent cap ----------------------------------------------------


def test_export_takes_several_ids_after_one_option_and_comma_lists(pictures: list[int], tmp_path: Path) -> None:
    a, b, c, d = (str(i) for i in pictures)
    spaced = run_json("export", "--ids", a, b, c, "--to", str(tmp_path / "spaced"))
    assert [x["id"] for x in spaced] == pictures[:3]
    commas = run_json("export", "--ids", f"{b},{c},{d}", "--to", str(tmp_path / "commas"))
    assert [x["id"] for x in commas] == pictures[1:]
    repeated = run_json("export", "--ids", d, "--ids", f"{a},{b}", "--to", str(tmp_path / "repeated"))
    assert sorted(x["id"] for x in repeated) == sorted([pictures[3], pictures[0], pictures[1]])
    assert len(list((tmp_path / "spaced").glob("*.jpg"))) == 3


def test_ids_and_a_query_together_are_an_error(pictures: list[int], tmp_path: Path) -> None:
    for command in (["export", "--to", str(tmp_path / "out")], ["contact-sheet", "-o", str(tmp_path / "s.html")]):
        result = run(*command, "--ids", str(pictures[0]), "Нетаньяху")
        assert result.exit_code == 1, result.stderr
        assert result.stderr.startswith("Error: ") and "--ids" in result.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "s.html").exists()


def test_contact_sheet_takes_the_whole_selection_and_reports_a_limit(
    pictures: list[int], library: Path, tmp_path: Path
) -> None:
    """1,004 pictures match: all of them are on the sheet, and --limit says what it left out."""
    lib = open_library(library)
    try:
        conn = lib.catalog._conn
        copied = [c for c in Transfer(conn).columns("assets") if c not in ("id", "sha256", "search_vector")]
        names = ", ".join(copied)
        clones = [(hashlib.sha256(f"clone {n}".encode()).hexdigest(), pictures[0]) for n in range(1000)]
        with lib.catalog.transaction():
            conn.executemany(f"INSERT INTO assets ({names}, sha256) SELECT {names}, ? FROM assets WHERE id = ?", clones)
    finally:
        lib.close()
    sheet = tmp_path / "all.html"
    result = run("contact-sheet", "date:2016", "-o", str(sheet))
    assert result.exit_code == 0, result.stderr
    assert sheet.read_text(encoding="utf-8").count("<figure") == 1004
    limited = run("contact-sheet", "date:2016", "-o", str(tmp_path / "ten.html"), "--limit", "10")
    assert limited.exit_code == 0, limited.stderr
    assert (tmp_path / "ten.html").read_text(encoding="utf-8").count("<figure") == 10
    assert "10 of 1004" in limited.stderr


# --- defect 6: credits files are never replaced, and Ctrl-C leaves every exported picture listed -------------


def test_a_second_export_into_the_same_folder_keeps_the_first_credits(pictures: list[int], tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("export", "--ids", str(pictures[0]), "--to", str(out)).exit_code == 0
    second = run("export", "--ids", str(pictures[1]), "--to", str(out))
    assert second.exit_code == 0, second.stderr
    first_rows, second_rows = rows(out / "credits.csv"), rows(out / "credits-2.csv")
    assert [r["id"] for r in first_rows] == [str(pictures[0])]
    assert [r["id"] for r in second_rows] == [str(pictures[1])]
    assert "credits-2.csv" in second.stderr
    listed = {r["file"] for r in first_rows + second_rows}
    assert listed == {p.name for p in out.glob("*.jpg")}


def each(ids: list[int]) -> list[str]:
    """``--ids`` once per picture (the spelling every version accepts)."""
    return [arg for i in ids for arg in ("--ids", str(i))]


def listed_files(folder: Path) -> set[str]:
    return {r["file"] for sheet in folder.glob("credits*.csv") for r in rows(sheet)}


@pytest.mark.sqlite_only  # a FIFO in place of a stored original needs the folder store, a SQLite library's
def test_ctrl_c_during_an_export_leaves_every_exported_picture_in_a_credits_file(
    pictures: list[int], library: Path, tmp_path: Path
) -> None:
    """The third picture's stored original is a FIFO: the export blocks reading it, after two pictures landed,
    and gets SIGINT there."""
    original = library / run_json("show", str(pictures[2]))["path"]
    original.unlink()
    os.mkfifo(original)
    out = tmp_path / "out"
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    cmd = [sys.executable, "-m", "cli", "export", *each(pictures), "--to", str(out)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writer = None
    deadline = time.monotonic() + 60
    while writer is None and proc.poll() is None and time.monotonic() < deadline:
        try:
            writer = os.open(original, os.O_WRONLY | os.O_NONBLOCK)  # succeeds once the export opened it
        except OSError:
            time.sleep(0.01)
    try:
        assert writer is not None, "the export never reached the third picture"
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if writer is not None:
            os.close(writer)
        proc.kill()
    assert proc.returncode == 130, stderr
    exported = {p.name for p in out.glob("*.jpg")}
    assert len(exported) == 2, exported  # the phase: two pictures out, the third being read
    assert listed_files(out) == exported


def test_an_interrupt_right_after_a_picture_lands_still_lists_it(
    pictures: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """KeyboardInterrupt raised from the store's folder fsync, the step right after the second picture's rename."""
    out = tmp_path / "out"
    real = catalog.storage.folder._fsync_dir
    hits: list[int] = []

    def interrupted(folder: Path) -> None:
        real(folder)
        if Path(folder) == out.resolve() and len(list(out.glob("*.jpg"))) == 2:
            hits.append(1)
            raise KeyboardInterrupt

    monkeypatch.setattr(catalog.storage.folder, "_fsync_dir", interrupted)
    result = run("export", *each(pictures), "--to", str(out))
    assert hits and result.exit_code == 130, result.stderr
    exported = {p.name for p in out.glob("*.jpg")}
    assert len(exported) == 2
    assert listed_files(out) == exported


def test_a_real_ctrl_c_while_a_row_is_being_written_waits_for_the_row(
    pictures: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGINT sent to ourselves while the second picture's row is being made: it takes effect after the row."""
    out = tmp_path / "out"
    real = catalog.ops.export.csv_line
    lines: list[object] = []

    def signalled(cells: Iterable[object]) -> bytes:
        lines.append(cells)
        if len(lines) == 3:  # header, first row, second row
            os.kill(os.getpid(), signal.SIGINT)
        return real(cells)

    monkeypatch.setattr(catalog.ops.export, "csv_line", signalled)
    result = run("export", *each(pictures), "--to", str(out))
    assert len(lines) == 3 and result.exit_code == 130, result.stderr
    exported = {p.name for p in out.glob("*.jpg")}
    assert len(exported) == 2
    assert listed_files(out) == exported


# --- defect 7: no cell of credits.csv runs as a formula -----------------------------------------------------


def test_credits_csv_cells_never_start_a_formula(pictures: list[int], tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("export", *each(pictures), "--to", str(out)).exit_code == 0
    sheet = rows(out / "credits.csv")
    formula = next(r for r in sheet if r["id"] == str(pictures[3]))
    assert formula["caption"] == "'" + CAPTIONS[3]
    assert [r["caption"] for r in sheet[:3]] == list(CAPTIONS[:3])
    for r in sheet:
        assert not any(cell.startswith(FORMULA_STARTS) for cell in r.values()), r


# --- defect 8: one bad picture never stops the rest; huge captions go out whole; nothing matched is an error --


def test_a_picture_that_cannot_be_exported_is_reported_and_the_rest_go_out(
    pictures: list[int], library: Path, tmp_path: Path
) -> None:
    broken = pictures[1]
    remove(library, run_json("show", str(broken))["path"])
    out = tmp_path / "out"
    result = run("export", *each(pictures), "--to", str(out), "--json")
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and f"#{broken}" in failed[0] and "original" in failed[0], result.stderr
    entries = json.loads(result.stdout)
    assert {e["id"]: e["status"] for e in entries} == {i: ("failed" if i == broken else "exported") for i in pictures}
    assert next(e for e in entries if e["id"] == broken)["reason"]
    assert len(list(out.glob("*.jpg"))) == 3
    assert {r["id"] for r in rows(out / "credits.csv")} == {str(i) for i in pictures if i != broken}


def test_a_caption_too_big_for_one_jpeg_segment_goes_out_whole_as_extended_xmp(
    tmp_path: Path, library: Path, needs_exiftool: None, new_library: Callable[[str], Path]
) -> None:
    folder = tmp_path / "long"
    big = dated(folder / "long.jpg", "2016:06:09 10:00:00", seed=60)
    small = dated(folder / "small.jpg", "2016:06:09 11:00:00", seed=61)
    for p in (big, small):
        exiftool(p, "-codedcharacterset=utf8", "-IPTC:Caption-Abstract=old", "-EXIF:ImageDescription=old")
    caption = " ".join(f"פסקה {n}: ראש הממשלה נתניהו נפגש עם נשיא רוסיה פוטין בקרמלין." for n in range(1500))
    assert len(caption.encode("utf-8")) > 100_000
    sheet = tmp_path / "sheet.json"
    sheet.write_text(
        json.dumps([{"file": "long.jpg", "caption": caption}, {"file": "small.jpg", "caption": "Кремль"}]),
        encoding="utf-8",
    )
    assert run("ingest", str(folder), "--captions", str(sheet), "--yes").exit_code == 0
    ids = {Path(a["source_paths"][0]).name: a["id"] for a in run_json("ls")}
    assert run_json("show", str(ids["long.jpg"]))["caption"] == caption
    out = tmp_path / "out"
    result = run("export", *each([ids["long.jpg"], ids["small.jpg"]]), "--to", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    files = {e["id"]: out / e["file"] for e in json.loads(result.stdout)}
    read = exiftool_read(files[ids["long.jpg"]], "-XMP-dc:Description", "-MWG:Description", "-HasExtendedXMP")
    assert read["Description"] == caption
    assert len(read["HasExtendedXMP"]) == 32
    assert exiftool_read(files[ids["small.jpg"]], "-MWG:Description")["Description"] == "Кремль"
    other = str(new_library("other-library"))  # photodesk reads its own export back
    assert run("--library", other, "ingest", str(files[ids["long.jpg"]])).exit_code == 0
    [read_back] = run_json("--library", other, "ls")
    assert run_json("--library", other, "show", str(read_back["id"]))["caption"] == caption
    original = stored(library, run_json("show", str(ids["long.jpg"]))["path"])
    with Image.open(io.BytesIO(original)) as a, Image.open(files[ids["long.jpg"]]) as b:
        assert a.tobytes() == b.tobytes()


def test_nothing_matched_is_an_error_and_writes_nothing(pictures: list[int], tmp_path: Path) -> None:
    out, sheet = tmp_path / "out", tmp_path / "sheet.html"
    exported = run("export", "nosuchwordanywhere", "--to", str(out))
    assert exported.exit_code == 1 and "nothing matched" in exported.stderr, exported.stderr
    assert not out.exists() or not list(out.iterdir())
    drawn = run("contact-sheet", "nosuchwordanywhere", "-o", str(sheet))
    assert drawn.exit_code == 1 and "nothing matched" in drawn.stderr, drawn.stderr
    assert not sheet.exists()
