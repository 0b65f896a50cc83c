"""Sidecars, caption sheets and articles: found whatever the case of their names, decoded like IIM text (BOMs,
UTF-16, UTF-8, cp1255, cp1252), never garbled, and every one that cannot be read reported with exit status 1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .helpers import exiftool, photo, run, run_json


def by_name(summary: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(f["path"]).name: f for f in summary["files"]}


def shown(summary: dict[str, Any], name: str) -> dict[str, Any]:
    asset: dict[str, Any] = run_json("show", str(by_name(summary)[name]["asset_id"]))
    return asset


# --- defect 11: case-insensitive sidecars, not counted as skipped ---------------------------------------------


def test_sidecars_with_upper_case_extensions_or_pictures_are_applied(tmp_path: Path, needs_exiftool: None) -> None:
    folder = tmp_path / "desk"
    photo(folder / "A.JPG", seed=1, fmt="JPEG")
    (folder / "a.txt").write_text("Herzog arrives in Paris. (Kobi Gideon/GPO)", encoding="utf-8")
    photo(folder / "c.jpg", seed=2, fmt="JPEG")
    (folder / "c.TXT").write_text("Putin greets Netanyahu. (Haim Zach/GPO)", encoding="utf-8")
    photo(folder / "d.jpg", seed=3, fmt="JPEG")
    (folder / "d.JSON").write_text(json.dumps({"caption": "Встреча в Кремле", "credit": "Reuters"}), "utf-8")
    photo(folder / "e.jpg", seed=4, fmt="JPEG")
    exiftool(photo(tmp_path / "donor.jpg", seed=9, fmt="JPEG"), "-XMP-dc:Description=נתניהו במוסקבה")
    exiftool(tmp_path / "donor.jpg", "-o", str(tmp_path / "e.xmp"))
    (tmp_path / "e.xmp").rename(folder / "e.XMP")
    result = run("ingest", str(folder), "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["new"], summary["skipped"]) == (4, 0)
    files = by_name(summary)
    assert set(files) == {"A.JPG", "c.jpg", "d.jpg", "e.jpg"}
    expected = {"A.JPG": "a.txt", "c.jpg": "c.TXT", "d.jpg": "d.JSON", "e.jpg": "e.XMP"}
    for picture, sidecar in expected.items():
        assert [Path(s["path"]).name for s in files[picture]["sidecars"]] == [sidecar]
    assert shown(summary, "A.JPG")["caption"] == "Herzog arrives in Paris."
    assert shown(summary, "c.jpg")["credit"]["photographers"] == ["Haim Zach"]
    assert shown(summary, "d.jpg")["caption"] == "Встреча в Кремле"
    e = shown(summary, "e.jpg")
    assert e["caption"] == "נתניהו במוסקבה" and e["caption_source"] == "sidecar"
    assert {s["kind"] for s in e["caption_sources"]} == {"embedded", "sidecar"}


def test_a_picture_named_alone_finds_its_sidecar_whatever_the_case(tmp_path: Path) -> None:
    picture = photo(tmp_path / "IMG_0042.JPG", fmt="JPEG")
    (tmp_path / "img_0042.Txt").write_text("Storm over Jaffa. (Miriam Alster/Flash90)", encoding="utf-8")
    summary = run_json("ingest", str(picture))
    assert shown(summary, "IMG_0042.JPG")["caption"] == "Storm over Jaffa."


def test_sidecars_are_read_with_their_picture_not_counted_as_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    photo(folder / "a.jpg", fmt="JPEG")
    (folder / "a.txt").write_text("Caption for a. (Kobi Gideon/GPO)", encoding="utf-8")
    (folder / "a.jpg.json").write_text(json.dumps({"headline": "Herzog in Paris"}), encoding="utf-8")
    (folder / "notes.txt").write_text("call the desk", encoding="utf-8")
    for args in (["--dry-run"], []):
        result = run("ingest", str(folder), "--json", *args)
        assert result.exit_code == 0, result.stderr
        summary = json.loads(result.stdout)
        assert (summary["new"], summary["skipped"]) == (1, 1)
        files = by_name(summary)
        assert set(files) == {"a.jpg", "notes.txt"}
        sidecars = files["a.jpg"]["sidecars"]
        assert [(Path(s["path"]).name, s["problem"]) for s in sidecars] == [("a.txt", None), ("a.jpg.json", None)]
        assert "1 skipped" in result.stderr
    asset = shown(summary, "a.jpg")
    assert (asset["caption"], asset["headline"]) == ("Caption for a.", "Herzog in Paris")


def test_a_sidecar_whose_file_is_not_a_stored_picture_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "report.doc").write_text("minutes of the meeting", encoding="utf-8")
    (folder / "report.txt").write_text("Caption nobody will see. (Kobi Gideon/GPO)", encoding="utf-8")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (folder / "broken.txt").write_text("Caption of a broken picture.", encoding="utf-8")
    result = run("ingest", str(folder), "--json")
    assert result.exit_code == 1  # broken.jpg failed
    files = by_name(json.loads(result.stdout))
    assert files["broken.jpg"]["status"] == "failed"
    for sidecar, owner in (("report.txt", "report.doc"), ("broken.txt", "broken.jpg")):
        assert files[sidecar]["status"] == "skipped"
        assert owner in files[sidecar]["reason"]
        assert f"skipped: {folder / sidecar}: " in result.stderr
