"""photodesk reads what exiftool (the reference) wrote, and agrees with exiftool's MWG reading of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .helpers import exiftool, exiftool_read, photo, run, run_json

pytestmark = pytest.mark.usefixtures("needs_exiftool")

HE = "ראש הממשלה בנימין נתניהו ורעייתו שרה בתערוכה במוסקבה"
RU = "Путин и Нетаньяху в Москве"
MWG_TAGS = [
    "-MWG:Description",
    "-MWG:Creator",
    "-MWG:Copyright",
    "-MWG:Keywords",
    "-Headline",
    "-Credit",
    "-Source",
    "-XMP-iptcExt:PersonInImage",
]
OURS = {
    "Description": "caption",
    "Creator": "byline",
    "Copyright": "copyright",
    "Keywords": "keywords",
    "Headline": "headline",
    "Credit": "credit",
    "Source": "source",
    "PersonInImage": "people",
}


def full_args(caption: str = HE, headline: str = RU) -> list[str]:
    return [
        "-codedcharacterset=utf8",
        f"-MWG:Description={caption}",
        "-MWG:Creator=Haim Zach",
        "-MWG:Copyright=© Government Press Office",
        "-MWG:Keywords=Netanyahu",
        "-MWG:Keywords=Москва",
        f"-IPTC:Headline={headline}",
        f"-XMP-photoshop:Headline={headline}",
        "-IPTC:Credit=GPO",
        "-XMP-photoshop:Credit=GPO",
        "-IPTC:Source=Israel GPO",
        "-XMP-photoshop:Source=Israel GPO",
        "-XMP-iptcExt:PersonInImage=Sara Netanyahu",
        "-XMP-iptcExt:PersonInImage=Benjamin Netanyahu",
    ]


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def ingest_one(path: Path) -> dict[str, Any]:
    summary = run_json("ingest", str(path), "--jobs", "1")
    assert summary["new"] == 1, summary
    return run_json("show", str(summary["files"][0]["asset_id"]))


def assert_agrees_with_exiftool(path: Path, asset: dict[str, Any], charset: str | None = None) -> None:
    ref = exiftool_read(path, *MWG_TAGS, charset=charset)
    compared = 0
    for tag, key in OURS.items():
        ours = asset["credit"]["raw"] if key == "credit" else asset[key]
        if key == "byline":
            ours = ours.split("; ") if ours else []
        assert as_list(ours) == as_list(ref.get(tag)), f"{key}: ours {ours!r}, exiftool {ref.get(tag)!r}"
        compared += tag in ref
    assert compared >= 1


@pytest.mark.parametrize(("fmt", "suffix"), [("JPEG", ".jpg"), ("TIFF", ".tif"), ("PNG", ".png"), ("WEBP", ".webp")])
def test_every_format_reads_what_exiftool_wrote(tmp_path: Path, fmt: str, suffix: str) -> None:
    path = photo(tmp_path / f"moscow{suffix}", fmt=fmt)
    exiftool(path, *full_args())
    asset = ingest_one(path)
    assert asset["caption"] == HE
    assert asset["headline"] == RU
    assert asset["byline"] == "Haim Zach"
    assert asset["people"] == ["Sara Netanyahu", "Benjamin Netanyahu"]
    assert_agrees_with_exiftool(path, asset)


def test_iim_only_file(tmp_path: Path) -> None:
    path = photo(tmp_path / "iim.jpg", fmt="JPEG")
    exiftool(
        path,
        "-codedcharacterset=utf8",
        f"-IPTC:Caption-Abstract={RU}",
        "-IPTC:By-line=Kobi Gideon",
        "-IPTC:Credit=GPO",
        "-IPTC:Keywords=Kremlin",
        "-IPTC:Keywords=Кремль",
        "-IPTC:City=Москва",
        "-IPTC:Country-PrimaryLocationName=Russia",
        "-IPTC:ObjectName=MOSCOW-VISIT",
    )
    asset = ingest_one(path)
    assert asset["caption"] == RU
    assert asset["keywords"] == ["Kremlin", "Кремль"]
    assert asset["location"] == "Москва, Russia"
    assert asset["object_name"] == "MOSCOW-VISIT"
    assert asset["conflicts"] == []
    assert_agrees_with_exiftool(path, asset)


def test_xmp_only_file(tmp_path: Path) -> None:
    path = photo(tmp_path / "xmp.jpg", fmt="JPEG")
    exiftool(
        path,
        f"-XMP-dc:Description={HE}",
        "-XMP-dc:Creator=Amos Ben Gershom",
        "-XMP-photoshop:Credit=GPO",
        "-XMP-dc:Rights=GPO",
        "-XMP-photoshop:Instructions=No archive",
    )
    asset = ingest_one(path)
    assert asset["byline"] == "Amos Ben Gershom"
    assert asset["instructions"] == "No archive"
    assert_agrees_with_exiftool(path, asset)


def test_exif_only_file(tmp_path: Path) -> None:
    path = photo(tmp_path / "exif.jpg", fmt="JPEG")
    exiftool(
        path,
        "-EXIF:ImageDescription=Netanyahu receives full honors upon arrival in Moscow.",
        "-EXIF:Artist=Haim Zach",
        "-EXIF:Copyright=GPO",
        "-DateTimeOriginal=2016:06:06 10:15:00",
        "-OffsetTimeOriginal=+03:00",
        "-Make=Canon",
        "-Model=Canon EOS 5D Mark III",
        "-GPSLatitude=55.7539",
        "-GPSLatitudeRef=N",
        "-GPSLongitude=37.6208",
        "-GPSLongitudeRef=E",
    )
    asset = ingest_one(path)
    assert asset["caption"] == "Netanyahu receives full honors upon arrival in Moscow."
    assert asset["taken_at"] == "2016-06-06T10:15:00+03:00"
    assert asset["camera"] == "Canon EOS 5D Mark III"
    assert asset["gps"] == pytest.approx({"lat": 55.7539, "lon": 37.6208}, abs=1e-4)
    assert_agrees_with_exiftool(path, asset)


def test_conflict_without_digest_xmp_wins_and_is_recorded(tmp_path: Path) -> None:
    path = photo(tmp_path / "conflict.jpg", fmt="JPEG")
    exiftool(
        path,
        "-IPTC:Caption-Abstract=Old caption from the wire",
        "-XMP-dc:Description=Corrected caption",
        "-IPTC:By-line=Haim Zch",
        "-XMP-dc:Creator=Haim Zach",
    )
    asset = ingest_one(path)
    assert asset["caption"] == "Corrected caption"
    assert asset["byline"] == "Haim Zach"
    conflicts = {c["field"]: c for c in asset["conflicts"]}
    assert conflicts["caption"]["chosen"] == "xmp"
    assert conflicts["caption"]["values"]["iim"] == "Old caption from the wire"
    assert asset["raw"]["iim"]["caption"] == "Old caption from the wire"  # raw kept beside the reconciled value
    assert_agrees_with_exiftool(path, asset)


def test_conflict_with_stale_digest_iim_wins(tmp_path: Path) -> None:
    path = photo(tmp_path / "stale.jpg", fmt="JPEG")
    exiftool(
        path,
        "-IPTC:Caption-Abstract=Edited in an IIM-only tool",
        "-XMP-dc:Description=Older XMP caption",
        "-Photoshop:IPTCDigest=0123456789abcdef0123456789abcdef",
    )
    asset = ingest_one(path)
    assert asset["caption"] == "Edited in an IIM-only tool"
    assert asset["raw"]["iptc_digest"] == "stale"
    assert_agrees_with_exiftool(path, asset)


def test_matching_digest_lets_xmp_win(tmp_path: Path) -> None:
    path = photo(tmp_path / "synced.jpg", fmt="JPEG")
    exiftool(path, "-IPTC:Headline=IIM headline", "-XMP-photoshop:Headline=XMP headline", "-Photoshop:IPTCDigest=new")
    asset = ingest_one(path)
    assert asset["raw"]["iptc_digest"] == "matches"
    assert asset["headline"] == "XMP headline"


def test_exif_wins_over_iim_and_xmp(tmp_path: Path) -> None:
    path = photo(tmp_path / "exifwins.jpg", fmt="JPEG")
    exiftool(path, "-EXIF:Artist=Kobi Gideon", "-IPTC:By-line=Someone Else", "-XMP-dc:Creator=Someone Else")
    asset = ingest_one(path)
    assert asset["byline"] == "Kobi Gideon"
    assert_agrees_with_exiftool(path, asset)


def test_truncated_iim_byline_is_completed_from_xmp(tmp_path: Path) -> None:
    long_name = "Alexandros Konstantinopoulos-Papadimitriou"
    path = photo(tmp_path / "truncated.jpg", fmt="JPEG")
    exiftool(
        path,
        f"-IPTC:By-line={long_name[:32]}",
        f"-XMP-dc:Creator={long_name}",
        "-Photoshop:IPTCDigest=0123456789abcdef0123456789abcdef",
    )
    asset = ingest_one(path)
    assert asset["byline"] == long_name


def test_unmarked_cp1255_hebrew_iim_comes_through_intact(tmp_path: Path) -> None:
    path = photo(tmp_path / "cp1255.jpg", fmt="JPEG")
    exiftool(
        path, "-charset", "iptc=cp1255", f"-IPTC:Caption-Abstract={HE}", "-IPTC:By-line=חיים צח", '-IPTC:Credit=לע"מ'
    )
    assert "CodedCharacterSet" not in exiftool_read(path, "-IPTC:CodedCharacterSet")
    asset = ingest_one(path)
    assert asset["caption"] == HE
    assert asset["byline"] == "חיים צח"
    assert asset["raw"]["iim_charset"] == "cp1255"
    assert_agrees_with_exiftool(path, asset, charset="cp1255")


def test_unmarked_cp1252_accents_come_through_intact(tmp_path: Path) -> None:
    caption = "Président Macron à l'Élysée, Zürich-born photographer Jürgen Müller"
    path = photo(tmp_path / "cp1252.jpg", fmt="JPEG")
    exiftool(path, f"-IPTC:Caption-Abstract={caption}", "-IPTC:By-line=François Lenoir")
    asset = ingest_one(path)
    assert asset["caption"] == caption
    assert asset["byline"] == "François Lenoir"
    assert_agrees_with_exiftool(path, asset)


def test_show_prints_the_caption_for_people_too(tmp_path: Path) -> None:
    path = photo(tmp_path / "he.jpg", fmt="JPEG")
    exiftool(path, *full_args())
    ingest_one(path)
    result = run("show", "1")
    assert result.exit_code == 0
    assert HE in result.stdout and "GPO" in result.stdout


def test_language_tag_written_as_the_value_is_not_a_caption(tmp_path: Path) -> None:
    path = photo(tmp_path / "junk.jpg", fmt="JPEG")
    exiftool(
        path,
        "-XMP-dc:Description=x-default",
        "-XMP-dc:Rights=x-default",
        "-EXIF:ImageDescription=OLYMPUS DIGITAL CAMERA         ",
        "-XMP-photoshop:Credit=Reuters",
    )
    asset = ingest_one(path)
    assert asset["caption"] is None and asset["copyright"] is None
    assert asset["credit"]["raw"] == "Reuters"
    assert asset["raw"]["xmp"]["caption"] == "x-default"  # kept as read
    assert any("junk" in w for w in asset["warnings"]) and any("placeholder" in w for w in asset["warnings"])


def test_camera_placeholders_are_not_captions_but_real_captions_are(tmp_path: Path) -> None:
    for i, (description, expected) in enumerate(
        [
            ("KONICA MINOLTA DIGITAL CAMERA", None),
            ("IMG_1234.JPG", None),
            ("Her first digital camera, bought in 1999", "Her first digital camera, bought in 1999"),
        ]
    ):
        path = photo(tmp_path / f"cam{i}.jpg", fmt="JPEG", seed=i)
        exiftool(path, f"-EXIF:ImageDescription={description}")
        assert ingest_one(path)["caption"] == expected
