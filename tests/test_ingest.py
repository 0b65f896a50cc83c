"""Ingest through the CLI: what lands, what is skipped, what fails, and that nothing is touched or doubled."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from catalog.media import metadata
from catalog.storage import ORIGINALS, THUMBS

from .engines import library_made, query
from .helpers import DATA, catalog_rows, photo, run, run_json
from .stores import stored, stored_keys


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG whose header claims ``width`` x ``height``: the shape of a decompression bomb, a few bytes long."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )
    return path


def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(DATA / "osprey.jpg", folder / "osprey.jpg")
    shutil.copy(DATA / "casa-mila.jpg", folder / "sub" / "casa-mila.jpg")
    photo(folder / "made.png", fmt="PNG", seed=2)
    photo(folder / "made.tif", fmt="TIFF", seed=3)
    photo(folder / "made.webp", fmt="WEBP", seed=4)
    return folder


def test_ingest_stores_every_picture_byte_for_byte(tmp_path: Path, library: Path) -> None:
    folder = batch(tmp_path)
    before = {p: (sha256(p), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}
    summary = run_json("ingest", str(folder))
    assert (summary["new"], summary["failed"], summary["skipped"]) == (5, 0, 0)
    for f in summary["files"]:
        asset = run_json("show", str(f["asset_id"]))
        original = stored(library, asset["path"])
        assert hashlib.sha256(original).hexdigest() == asset["sha256"] == sha256(Path(f["path"]))
        with Image.open(io.BytesIO(stored(library, asset["thumbnail"]))) as thumb:
            assert thumb.format == "JPEG"
    after = {p: (sha256(p), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}
    assert after == before  # originals untouched


def test_ingest_twice_adds_nothing(tmp_path: Path, library: Path) -> None:
    folder = batch(tmp_path)
    first = run_json("ingest", str(folder))
    second = run_json("ingest", str(folder))
    assert second["new"] == 0 and second["present"] == first["new"] == 5
    assert len(run_json("ls", "--limit", "100")) == 5
    assert len(stored_keys(library)) == 5


def test_same_bytes_under_two_names_is_one_asset_with_both_paths(tmp_path: Path) -> None:
    a = tmp_path / "in" / "a.jpg"
    a.parent.mkdir()
    shutil.copy(DATA / "osprey.jpg", a)
    b = tmp_path / "in" / "copy of a.jpg"
    shutil.copy(a, b)
    summary = run_json("ingest", str(a.parent), "--jobs", "2")
    assert sorted(f["status"] for f in summary["files"]) == ["new", "present"]
    [ident] = {f["asset_id"] for f in summary["files"]}
    asset = run_json("show", str(ident))
    assert sorted(asset["source_paths"]) == sorted(str(p.absolute()) for p in (a, b))


def test_format_is_recognised_by_content_not_extension(tmp_path: Path) -> None:
    wrong = photo(tmp_path / "actually-a-png.jpg", fmt="PNG")
    no_ext = tmp_path / "noextension"
    shutil.copy(DATA / "osprey.jpg", no_ext)
    summary = run_json("ingest", str(wrong), str(no_ext))
    formats = sorted(run_json("show", str(f["asset_id"]))["format"] for f in summary["files"])
    assert formats == ["JPEG", "PNG"]


def test_bad_files_are_reported_and_the_rest_ingested(tmp_path: Path, library: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(DATA / "osprey.jpg", folder / "good.jpg")
    (folder / "empty.jpg").write_bytes(b"")
    good = (DATA / "casa-mila.jpg").read_bytes()
    (folder / "truncated.jpg").write_bytes(good[: len(good) // 3])
    (folder / "page.jpg").write_text("<!DOCTYPE html><html><body>404</body></html>")
    corrupt = bytearray(good)
    corrupt[200:4000] = bytes(3800)
    (folder / "corrupt.jpg").write_bytes(bytes(corrupt))
    png_header_only(folder / "bomb.png", 40_000, 40_000)
    (folder / "notes.txt").write_text("caption notes")
    result = run("ingest", str(folder), "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    by_name = {Path(f["path"]).name: f for f in summary["files"]}
    assert by_name["good.jpg"]["status"] == "new"
    assert by_name["notes.txt"]["status"] == "skipped"
    reasons = {name: by_name[name]["reason"] for name in ("empty.jpg", "truncated.jpg", "page.jpg", "bomb.png")}
    assert all(by_name[n]["status"] == "failed" for n in reasons)
    assert "empty" in reasons["empty.jpg"]
    assert "truncated" in reasons["truncated.jpg"]
    assert "HTML" in reasons["page.jpg"]
    assert "bomb" in reasons["bomb.png"]
    assert by_name["corrupt.jpg"]["status"] in ("failed", "new")  # a zeroed header region may still decode
    for name in reasons:
        line = [ln for ln in result.stderr.splitlines() if ln.startswith("failed:") and name in ln]
        assert len(line) == 1, result.stderr
    assert "Traceback" not in result.stderr
    # A file that failed leaves nothing in the store: its bytes were being written while it was decoded.
    kept = {Path(key).stem for kind in (ORIGINALS, THUMBS) for key in stored_keys(library, kind)}
    assert kept == {f["sha256"] for f in summary["files"] if f["status"] == "new"}


def test_batch_record_counts_and_failures_are_kept(tmp_path: Path, library: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    shutil.copy(DATA / "osprey.jpg", folder / "one.jpg")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0garbage")
    run("ingest", str(folder))
    [(new, failed, status, sources)] = query(library, "SELECT new, failed, status, sources FROM batches")
    assert (new, failed, status) == (1, 1, "done")
    assert json.loads(str(sources)) == [str(folder)]
    [(path, reason)] = query(library, "SELECT path, reason FROM batch_files WHERE status = 'failed'")
    assert str(path).endswith("broken.jpg") and reason


def test_dry_run_writes_nothing_and_creates_no_library(tmp_path: Path, library: Path) -> None:
    folder = batch(tmp_path)
    summary = run_json("ingest", str(folder), "--dry-run")
    assert summary["dry_run"] and summary["new"] == 5
    assert not library_made(library)


def test_orientation_is_applied_to_size_and_thumbnail(tmp_path: Path, library: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 CW to display
    path = photo(tmp_path / "rotated.jpg", size=(400, 300), fmt="JPEG", exif=exif.tobytes())
    [ingested] = run_json("ingest", str(path))["files"]
    asset = run_json("show", str(ingested["asset_id"]))
    assert (asset["width"], asset["height"]) == (300, 400)
    with Image.open(io.BytesIO(stored(library, asset["thumbnail"]))) as thumb:
        assert thumb.height > thumb.width


def test_large_jpeg_thumbnail_is_bounded(tmp_path: Path, library: Path) -> None:
    path = photo(tmp_path / "big.jpg", size=(3000, 2000), fmt="JPEG", quality=90)
    [ingested] = run_json("ingest", str(path))["files"]
    asset = run_json("show", str(ingested["asset_id"]))
    assert (asset["width"], asset["height"]) == (3000, 2000)
    with Image.open(io.BytesIO(stored(library, asset["thumbnail"]))) as thumb:
        assert max(thumb.size) == 512


def test_ingest_of_the_library_folder_does_not_ingest_the_store(tmp_path: Path, library: Path) -> None:
    library.mkdir(exist_ok=True)  # a newsroom library's folder holds its photodesk.toml already
    shutil.copy(DATA / "osprey.jpg", library / "osprey.jpg")
    first = run_json("ingest", str(library))
    second = run_json("ingest", str(library))
    assert first["new"] == 1
    assert second["new"] == 0 and second["present"] == 1
    assert len(second["files"]) == 1


def test_missing_path_is_a_failure_with_its_name(tmp_path: Path) -> None:
    result = run("ingest", str(tmp_path / "nope.jpg"))
    assert result.exit_code == 1
    assert "nope.jpg" in result.stderr and "no such file" in result.stderr


def captioned(path: Path, caption: str, seed: int) -> Path:
    """A JPEG whose EXIF ImageDescription (written by Pillow) is a caption ending in its credit."""
    exif = Image.Exif()
    exif[0x010E] = caption
    return photo(path, seed=seed, fmt="JPEG", exif=exif.tobytes())


def test_parallel_and_serial_ingest_record_the_same_catalog(
    tmp_path: Path, library: Path, new_library: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Assets, captions, credits (a misspelling corrected from the batch's own history), people, sources and
    copies: ``--jobs 2`` writes the same rows as ``--jobs 1``."""
    folder = batch(tmp_path)
    (folder / "osprey.txt").write_text("An osprey over the lake. (Haim Zach/GPO)", encoding="utf-8")
    for i, credit in enumerate(("Haim Zach/GPO", "Haim Zach/GPO", "Haim Zch/GPO", "Kobi Gideon/GPO"), start=10):
        captioned(folder / "desk" / f"{i}.jpg", f"Picture {i} from the Knesset ({credit})", seed=i)
    with Image.open(DATA / "osprey.jpg") as im:
        im.reduce(2).save(folder / "desk" / "osprey-small.jpg", quality=80)
    serial = run_json("ingest", str(folder), "--jobs", "1")
    other = new_library("other")
    monkeypatch.setenv("PHOTODESK_LIBRARY", str(other))
    parallel = run_json("ingest", str(folder), "--jobs", "2")
    assert serial["new"] == parallel["new"] == 10 and len(serial["copies"]) == 1
    one, two = catalog_rows(library), catalog_rows(other)
    assert len(one["assets"]) == 10 and len(one["caption_sources"]) == 11  # every picture's own, one sidecar
    assert [(c[2], c[3]) for c in one["corrections"]] == [("Haim Zch", "Haim Zach")] and one["dupe_pairs"]
    assert one == two


def test_a_bug_in_our_metadata_code_surfaces_as_a_bug_not_a_corrupt_picture(tmp_path: Path, monkeypatch) -> None:
    """Only what a file can cause makes it 'unreadable'; a KeyError in our own reader is ours to see and fix."""
    picture = photo(tmp_path / "in" / "fine.jpg", fmt="JPEG")

    def broken(*args: object) -> None:
        raise KeyError("caption")

    with monkeypatch.context() as patch, pytest.raises(KeyError, match="caption"):
        patch.setattr(metadata, "_reconcile", broken)
        run("ingest", str(picture), "--jobs", "1")
    assert run_json("ingest", str(picture), "--jobs", "1")["new"] == 1  # the picture itself was fine all along


def with_segments(jpeg: bytes, *segments: tuple[int, bytes]) -> bytes:
    """Insert APPn segments right after SOI, as a broken writer would leave them."""
    extra = b"".join(b"\xff" + bytes([marker]) + (len(body) + 2).to_bytes(2, "big") + body for marker, body in segments)
    return jpeg[:2] + extra + jpeg[2:]


def test_garbage_metadata_keeps_the_picture_and_warns(tmp_path: Path) -> None:
    jpeg = (DATA / "osprey.jpg").read_bytes()
    broken_xmp = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><rdf:RDF><unclosed"
    broken_iim = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x10" + b"\x1c\x02\x78\xff\xff" + b"\xee" * 11
    broken_exif = b"Exif\x00\x00MM\x00*\x00\x00\xff\xff" + bytes(range(256)) * 4
    path = tmp_path / "garbage-metadata.jpg"
    path.write_bytes(with_segments(jpeg, (0xE1, broken_exif), (0xE1, broken_xmp), (0xED, broken_iim)))
    result = run("ingest", str(path), "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["new"] == 1
    assert any("XMP" in w for w in summary["files"][0]["warnings"])
    assert "warning:" in result.stderr and "Traceback" not in result.stderr
