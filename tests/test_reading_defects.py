"""Metadata that only some writers use: EXIF in a PNG text chunk (ImageMagick's 'Raw profile type exif', the
PNG eXIf chunk) and JPEG Extended XMP — each read as ExifTool reads it."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, PngImagePlugin

from .helpers import EXIFTOOL, exiftool, exiftool_read, photo, run_json

pytestmark = pytest.mark.usefixtures("needs_exiftool")

EXIF_ARGS = [
    "-EXIF:ImageDescription=Netanyahu lays a wreath at the Tomb of the Unknown Soldier in Moscow.",
    "-EXIF:Artist=Kobi Gideon",
    "-EXIF:Copyright=GPO",
    "-DateTimeOriginal=2016:06:07 11:20:30",
    "-OffsetTimeOriginal=+03:00",
    "-Make=Canon",
    "-Model=Canon EOS-1D X",
    "-GPSLatitude=55.7539",
    "-GPSLatitudeRef=N",
    "-GPSLongitude=37.6208",
    "-GPSLongitudeRef=E",
]


def ingest_one(path: Path) -> dict[str, Any]:
    summary = run_json("ingest", str(path), "--jobs", "1")
    assert summary["new"] == 1, summary
    return dict(run_json("show", str(summary["files"][0]["asset_id"])))


def exif_block(tmp_path: Path) -> bytes:
    """A TIFF-structured EXIF block written by exiftool (into a scratch JPEG, then extracted)."""
    scratch = photo(tmp_path / "scratch.jpg", fmt="JPEG", seed=9)
    exiftool(scratch, *EXIF_ARGS)
    assert EXIFTOOL
    block = subprocess.run([EXIFTOOL, "-b", "-EXIF", str(scratch)], check=True, capture_output=True).stdout
    assert block[:4] in (b"MM\x00*", b"II*\x00")
    return block


def raw_profile(name: str, payload: bytes) -> str:
    """ImageMagick's layout: a newline, the profile name, the length, then hex in lines of 72 digits."""
    digits = payload.hex()
    lines = [digits[i : i + 72] for i in range(0, len(digits), 72)]
    return f"\n{name}\n{len(payload):8d}\n" + "\n".join(lines) + "\n"


def assert_exif_agrees_with_exiftool(path: Path, asset: dict[str, Any]) -> None:
    ref = exiftool_read(path, "-n", "-EXIF:all", "-Composite:GPSLatitude", "-Composite:GPSLongitude")
    assert ref.get("Artist") == "Kobi Gideon"  # exiftool itself sees the EXIF
    assert asset["byline"] == ref["Artist"]
    assert asset["caption"] == ref["ImageDescription"]
    assert asset["copyright"] == ref["Copyright"]
    assert asset["camera"] == ref["Model"]  # 'Canon' + 'Canon EOS-1D X': the make is not repeated
    assert (
        asset["taken_at"] == ref["DateTimeOriginal"].replace(":", "-", 2).replace(" ", "T") + ref["OffsetTimeOriginal"]
    )
    assert asset["gps"] == pytest.approx({"lat": ref["GPSLatitude"], "lon": ref["GPSLongitude"]}, abs=1e-6)


@pytest.mark.parametrize("header", [b"Exif\x00\x00", b""], ids=["with-exif-header", "bare-tiff"])
def test_png_exif_in_a_raw_profile_text_chunk_is_read_like_exiftool(tmp_path: Path, header: bytes) -> None:
    block = exif_block(tmp_path)
    info = PngImagePlugin.PngInfo()
    info.add_text("Raw profile type exif", raw_profile("exif", header + block), zip=True)  # zTXt, as ImageMagick
    path = tmp_path / "wreath.png"
    with Image.open(photo(tmp_path / "plain.png", fmt="PNG", seed=3)) as im:
        im.save(path, pnginfo=info)
    asset = ingest_one(path)
    assert_exif_agrees_with_exiftool(path, asset)


def test_png_exif_in_an_app1_raw_profile_is_read_like_exiftool(tmp_path: Path) -> None:
    block = exif_block(tmp_path)
    info = PngImagePlugin.PngInfo()
    info.add_text("Raw profile type APP1", raw_profile("APP1", b"Exif\x00\x00" + block), zip=True)
    path = tmp_path / "app1.png"
    with Image.open(photo(tmp_path / "plain.png", fmt="PNG", seed=4)) as im:
        im.save(path, pnginfo=info)
    asset = ingest_one(path)
    assert_exif_agrees_with_exiftool(path, asset)


def test_png_exif_chunk_written_by_exiftool_is_read(tmp_path: Path) -> None:
    path = photo(tmp_path / "exif-chunk.png", fmt="PNG", seed=5)
    exiftool(path, *EXIF_ARGS, "-XMP-dc:Description=Путин и Нетаньяху в Москве")
    with Image.open(path) as im:
        im.load()
        assert "exif" in im.info  # exiftool wrote an eXIf chunk
    asset = ingest_one(path)
    assert_exif_agrees_with_exiftool(path, asset)


EXTENSION = b"http://ns.adobe.com/xmp/extension/\x00"
PARAGRAPH = (
    "ראש הממשלה בנימין נתניהו ורעייתו שרה בתערוכה במוסקבה. Путин и Нетаньяху в Москве. "
    "Prime Minister Benjamin Netanyahu lays a wreath at the Tomb of the Unknown Soldier. "
)


def long_caption() -> str:
    """A caption too long for one 64 KB APP1 segment, ending in a credit."""
    return PARAGRAPH * 400 + "(Haim Zach/GPO)"


def jpeg_segments(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every marker segment before the scan."""
    out, pos = [], 2
    while data[pos] == 0xFF and data[pos + 1] not in (0xDA, 0xD9):
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        out.append((pos, end))
        pos = end
    return out


def extension_segments(data: bytes) -> list[tuple[int, int]]:
    return [(s, e) for s, e in jpeg_segments(data) if data[s + 4 : s + 4 + len(EXTENSION)] == EXTENSION]


def written_with_extended_xmp(tmp_path: Path) -> Path:
    path = photo(tmp_path / "long.jpg", fmt="JPEG")
    caption = tmp_path / "caption.txt"
    caption.write_text(long_caption(), encoding="utf-8")
    exiftool(path, f"-XMP-dc:Description<={caption}", "-XMP-dc:Creator=Haim Zach", "-XMP-photoshop:Headline=Moscow")
    assert len(extension_segments(path.read_bytes())) >= 2  # exiftool split the packet into Extended XMP
    return path


def test_extended_xmp_is_joined_and_merged_like_exiftool(tmp_path: Path) -> None:
    path = written_with_extended_xmp(tmp_path)
    ref = exiftool_read(path, "-MWG:Description", "-MWG:Creator", "-XMP:HasExtendedXMP")
    assert ref["Description"] == long_caption() and ref["HasExtendedXMP"]
    asset = ingest_one(path)
    assert asset["caption"] + " (Haim Zach/GPO)" == ref["Description"]  # the credit ending it is split off
    assert asset["credit"]["line"] == "Haim Zach/GPO"
    assert [asset["byline"]] == ref["Creator"] and asset["headline"] == "Moscow"  # the main packet still counts
    assert asset["warnings"] == []


def test_extended_xmp_chunks_are_joined_in_offset_order(tmp_path: Path) -> None:
    path = written_with_extended_xmp(tmp_path)
    data = path.read_bytes()
    (s1, e1), (s2, e2) = extension_segments(data)[:2]
    assert e1 == s2
    swapped = tmp_path / "swapped.jpg"
    swapped.write_bytes(data[:s1] + data[s2:e2] + data[s1:e1] + data[e2:])
    assert exiftool_read(swapped, "-MWG:Description")["Description"] == long_caption()
    assert ingest_one(swapped)["caption"] + " (Haim Zach/GPO)" == long_caption()


def test_extended_xmp_under_another_guid_is_ignored_like_exiftool(tmp_path: Path) -> None:
    path = written_with_extended_xmp(tmp_path)
    data = path.read_bytes()
    guid = data[extension_segments(data)[0][0] + 4 + len(EXTENSION) :][:32]
    other = bytes(reversed(guid))
    assert data.count(guid) > 1 and other != guid
    main_end = extension_segments(data)[0][0]
    path.write_bytes(data[:main_end].replace(guid, other) + data[main_end:])  # the main packet names another GUID
    assert "Description" not in exiftool_read(path, "-MWG:Description")
    asset = ingest_one(path)
    assert asset["caption"] is None and asset["byline"] == "Haim Zach"


def test_incomplete_extended_xmp_is_a_warning_not_a_lost_picture(tmp_path: Path) -> None:
    path = written_with_extended_xmp(tmp_path)
    data = path.read_bytes()
    start, end = extension_segments(data)[-1]
    path.write_bytes(data[:start] + data[end:])
    asset = ingest_one(path)
    assert asset["caption"] is None and asset["byline"] == "Haim Zach"
    assert any("Extended XMP" in w and "incomplete" in w for w in asset["warnings"])
