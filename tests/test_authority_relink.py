"""An authority imported (or a merge made) after the pictures relinks the pictures it can affect: names corrected
and logged (undoable, and an undo is respected later), people found, the search index refreshed, reviews settled."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .helpers import exiftool, photo, run, run_json


def ingest(folder: Path, captions: dict[str, str]) -> dict[str, int]:
    """Pictures with the given XMP captions (file name -> caption); returns file name -> asset id."""
    for i, (name, caption) in enumerate(captions.items()):
        exiftool(photo(folder / name, seed=i, fmt="JPEG"), f"-XMP-dc:Description={caption}")
    summary = run_json("ingest", str(folder), "--jobs", "1")
    return {Path(f["path"]).name: f["asset_id"] for f in summary["files"]}


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def show(asset_id: int) -> dict[str, Any]:
    return dict(run_json("show", str(asset_id)))


def search_ids(*args: str) -> set[int]:
    return {a["id"] for a in run_json("search", *args)}


CAPTIONS = {
    "1.jpg": "Netanyahu arrives at Vnukovo airport (Koby Gideon/GPO)",
    "2.jpg": "Netanyahu meets the Russian prime minister (Koby Gideon/GPO)",
    "3.jpg": "Putin greets Netanyahu in the Kremlin (Haim Zach/GPO)",
    "4.jpg": "A wreath at the Tomb of the Unknown Soldier (Amos Ben Gershom/GPO)",
}


def test_a_photographer_authority_imported_later_fixes_the_pictures_it_names(tmp_path: Path) -> None:
    ids = ingest(tmp_path / "in", CAPTIONS)
    assert show(ids["1.jpg"])["credit"]["photographers"] == ["Koby Gideon"]
    csv = write_csv(tmp_path / "ph.csv", "name,agency,aliases\nKobi Gideon,GPO,Koby Gideon|קובי גדעון\n")
    result = run("credits", "authority", "import", str(csv), "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["pictures_changed"] == 2 and sorted(report["changed_ids"]) == sorted([ids["1.jpg"], ids["2.jpg"]])
    assert "2 picture(s) relinked" in result.stderr
    for name in ("1.jpg", "2.jpg"):
        asset = show(ids[name])
        assert asset["credit"]["photographers"] == ["Kobi Gideon"] and asset["credit"]["line"] == "Kobi Gideon/GPO"
        assert asset["credit"]["raw"] == "Koby Gideon/GPO"  # the text as written is kept
        [fix] = asset["corrections"]
        assert (fix["from"], fix["to"], fix["rule"]) == ("Koby Gideon", "Kobi Gideon", "alias")
    assert show(ids["3.jpg"])["corrections"] == []
    both = {ids["1.jpg"], ids["2.jpg"]}
    assert search_ids("--credit", "קובי גדעון") == both
    assert search_ids('credit:"Kobi Gideon"') == both


def test_an_authority_import_examines_only_the_pictures_it_can_affect(tmp_path: Path) -> None:
    ids = ingest(tmp_path / "in", CAPTIONS)
    csv = write_csv(tmp_path / "ph.csv", "name,agency,aliases\nKobi Gideon,GPO,Koby Gideon\n")
    report = run_json("credits", "authority", "import", str(csv))
    assert report["pictures_examined"] == 2  # not the Haim Zach and Amos Ben Gershom pictures
    csv2 = write_csv(tmp_path / "ph2.csv", "name,agency,aliases\nHaim Zach,GPO,Chaim Zach\n")
    again = run_json("credits", "authority", "import", str(csv2))
    assert again["pictures_examined"] == 1 and again["pictures_changed"] == 0  # its search text is refreshed
    assert search_ids("--credit", "Chaim Zach") == {ids["3.jpg"]}


def test_an_undone_authority_fix_stays_undone_when_the_authority_is_imported_again(tmp_path: Path) -> None:
    ids = ingest(tmp_path / "in", CAPTIONS)
    csv = write_csv(tmp_path / "ph.csv", "name,agency,aliases\nKobi Gideon,GPO,Koby Gideon\n")
    run_json("credits", "authority", "import", str(csv))
    [fix] = show(ids["1.jpg"])["corrections"]
    assert run("credits", "undo", str(fix["id"])).exit_code == 0
    assert show(ids["1.jpg"])["credit"]["photographers"] == ["Koby Gideon"]
    again = run_json("credits", "authority", "import", str(csv))
    assert again["pictures_changed"] == 0
    assert show(ids["1.jpg"])["credit"]["photographers"] == ["Koby Gideon"]
    assert show(ids["2.jpg"])["credit"]["photographers"] == ["Kobi Gideon"]


def test_an_authority_import_settles_the_reviews_it_answers(tmp_path: Path) -> None:
    ids = ingest(
        tmp_path / "in",
        {"a.jpg": "Arrival in Moscow (Haim Zach/GPO)", "b.jpg": "At the Kremlin (Haim Zch/GPO)"},
    )
    before = run_json("credits", "review")
    assert sorted(q["written"] for q in before["queue"]) == ["Haim Zach", "Haim Zch"] and before["clusters"]
    csv = write_csv(tmp_path / "ph.csv", "name,agency,aliases\nHaim Zach,GPO,חיים צח\n")
    report = run_json("credits", "authority", "import", str(csv))
    assert report["reviews_closed"] == 2 and report["pictures_changed"] == 1
    assert show(ids["b.jpg"])["credit"]["photographers"] == ["Haim Zach"]
    after = run_json("credits", "review")
    assert after["queue"] == [] and after["clusters"] == []  # 'Haim Zch' is fixed: nothing left to decide


def test_a_people_authority_imported_later_finds_the_people_in_captions(tmp_path: Path) -> None:
    ids = ingest(tmp_path / "in", CAPTIONS)
    assert show(ids["3.jpg"])["people"] == []
    csv = write_csv(tmp_path / "people.csv", "name,aliases\nVladimir Putin,Путин|Владимир Путин\n")
    result = run("people", "import", str(csv), "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["pictures_changed"] == 1 and report["pictures_examined"] == 1
    assert "1 picture(s) relinked" in result.stderr
    assert show(ids["3.jpg"])["people"] == ["Vladimir Putin"]
    assert search_ids('person:"Путин"') == {ids["3.jpg"]}
    listed = {p["name"]: p["pictures"] for p in run_json("people", "list")}
    assert listed["Vladimir Putin"] == 1
    [added] = [c for c in show(ids["3.jpg"])["corrections"] if c["field"] == "person"]
    assert added["to"] == "Vladimir Putin"
    assert run("credits", "undo", str(added["id"])).exit_code == 0
    assert show(ids["3.jpg"])["people"] == []
    assert run_json("people", "import", str(csv))["pictures_changed"] == 0  # the undo is respected
    assert show(ids["3.jpg"])["people"] == []
    (tmp_path / "in" / "3.txt").write_text("Putin greets Netanyahu in the Kremlin again", encoding="utf-8")
    run_json("ingest", str(tmp_path / "in"))  # a sidecar arrives: the picture is relinked from its sources
    assert show(ids["3.jpg"])["people"] == []


def test_a_people_alias_canonicalises_persons_shown_as_written(tmp_path: Path) -> None:
    path = photo(tmp_path / "in" / "x.jpg", fmt="JPEG")
    exiftool(path, "-XMP-dc:Description=The delegation at the Kremlin", "-XMP-iptcExt:PersonInImage=Bibi")
    asset_id = run_json("ingest", str(path))["files"][0]["asset_id"]
    assert show(asset_id)["people"] == ["Bibi"]
    csv = write_csv(tmp_path / "people.csv", "name,aliases\nBenjamin Netanyahu,Bibi|ביבי\n")
    assert run_json("people", "import", str(csv))["pictures_changed"] == 1
    assert show(asset_id)["people"] == ["Benjamin Netanyahu"]
    assert search_ids('person:"ביבי"') == {asset_id}


def test_a_merge_refreshes_the_search_text_of_the_canonical_names_pictures(tmp_path: Path) -> None:
    ids = ingest(
        tmp_path / "in",
        {"a.jpg": "Arrival (Kobi Gideon/GPO)", "b.jpg": "Departure (Kobi Gideon/GPO)", "c.jpg": "Talks (Koby G/GPO)"},
    )
    merged = run_json("credits", "merge", "Koby G", "--into", "Kobi Gideon")
    assert merged["assets_fixed"] == [ids["c.jpg"]] and merged["pictures_changed"] == 1
    everyone = {ids["a.jpg"], ids["b.jpg"], ids["c.jpg"]}
    assert search_ids("photographer:Kobi") == everyone
    assert {a["id"] for a in run_json("search", '"Koby G"')} == everyone  # the alias is in every one's search text
