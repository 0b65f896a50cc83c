"""The credit line the catalog stores is the one it exports: one renderer, ``credits.styles.render`` (issue 12).

Storage (linking writes ``assets.credit_line``, what ``show --json`` gives as ``credit.line``) and export
(``photodesk export``: the XMP Credit field written back and the credits.csv row; ``photodesk credits line``) once
had a renderer each, and a handout delivered by a wire was stored ``…/Handout via Reuters`` but exported
``…/Handout``, an illustration stored ``Name/Flash90`` but exported ``Illustration: Name/Flash90``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from catalog.credits.line import parse_credit
from catalog.credits.styles import BUILTIN, render

from .helpers import exiftool, exiftool_read, photo, run, run_json

# raw credit -> the one line in the house (slash) style: the README's forms, the distributor always kept
HOUSE_LINES = [
    ("Haim Zach/GPO/Handout via Reuters", "Haim Zach/GPO/Handout via Reuters"),
    ("Israel Defense Forces/Handout via REUTERS", "IDF/Handout via Reuters"),
    ("Ronen Zvulun/Pool via REUTERS", "Ronen Zvulun/Pool via Reuters"),
    ("Photo by Menahem Kahana/Pool/AFP via Getty Images", "Menahem Kahana/AFP/Pool via Getty Images"),
    ("Pool photo via AP", "Pool via AP"),
    ("REUTERS/Dado Ruvic/Illustration", "Illustration: Dado Ruvic/Reuters"),
    ("Illustrative photo: Miriam Alster/Flash90", "Illustration: Miriam Alster/Flash90"),
    ("Jack Guez/AFP via Getty Images", "Jack Guez/AFP via Getty Images"),
    ("(Youtube/Screenshot)", "YouTube screenshot"),
    ("Social media/via REUTERS", "Screenshot via Reuters"),
    ("צילום מסך", "Screenshot"),
    ("Screen grab: Haim Zach/Channel 12", "Haim Zach/Channel 12 screenshot"),
    ("Photo courtesy of the family via AP", "Courtesy via AP"),
    ("(Courtesy of the family)", "Courtesy"),
    ("Israeli Government Press Office/Handout", "GPO/Handout"),
]


@pytest.mark.parametrize(("raw", "line"), HOUSE_LINES)
def test_a_parsed_credit_line_is_the_house_style_render(raw: str, line: str) -> None:
    credit = parse_credit(raw)
    assert credit is not None
    assert credit.line == line
    assert render(credit.to_dict(), BUILTIN["slash"]) == line


@pytest.mark.parametrize(
    ("raw", "style", "line"),
    [
        ("Haim Zach/GPO/Handout via Reuters", "ap", "(Haim Zach/GPO/Handout via Reuters)"),
        ("Haim Zach/GPO/Handout via Reuters", "photo", "Photo: Haim Zach/GPO via Reuters (handout)"),
        ("Photo by Menahem Kahana/Pool/AFP via Getty Images", "ap", "(Menahem Kahana/AFP, Pool via Getty Images)"),
        ("REUTERS/Dado Ruvic/Illustration", "photo", "Illustrative photo: Dado Ruvic/Reuters"),
        ("Screen grab: Haim Zach/Channel 12", "photo", "Screenshot: Haim Zach/Channel 12"),
    ],
)
def test_every_built_in_style_keeps_the_distributor_and_the_photographer(raw: str, style: str, line: str) -> None:
    credit = parse_credit(raw)
    assert credit is not None and render(credit.to_dict(), BUILTIN[style]) == line


# file name -> (credit written by exiftool, the line stored and exported)
DESK = {
    "handout.jpg": ("Haim Zach/GPO/Handout via Reuters", "Haim Zach/GPO/Handout via Reuters"),
    "idf.jpg": ("Israel Defense Forces/Handout via REUTERS", "IDF/Handout via Reuters"),
    "pool.jpg": ("Ronen Zvulun/Pool via REUTERS", "Ronen Zvulun/Pool via Reuters"),
    "illustration.jpg": ("REUTERS/Dado Ruvic/Illustration", "Illustration: Dado Ruvic/Reuters"),
    "courtesy.jpg": ("(Courtesy of the family)", "Courtesy"),
}


def test_the_stored_credit_line_is_the_exported_one(tmp_path: Path, needs_exiftool: None) -> None:
    folder = tmp_path / "incoming"
    for seed, (name, (credit, _)) in enumerate(DESK.items(), start=1):
        p = photo(folder / name, seed=60 + seed, fmt="JPEG", quality=90)
        exiftool(p, "-codedcharacterset=utf8", "-XMP-dc:Description=The minister at the border.")
        exiftool(p, f"-XMP-photoshop:Credit={credit}")
    assert run("ingest", str(folder)).exit_code == 0
    ids = {Path(a["source_paths"][0]).name: a["id"] for a in run_json("ls", "--limit", "50")}
    stored = {name: run_json("show", str(ids[name]))["credit"]["line"] for name in DESK}

    out = tmp_path / "out"
    args = [a for name in DESK for a in ("--ids", str(ids[name]))]
    exported = run_json("export", *args, "--to", str(out))
    by_id = {item["id"]: item for item in exported}
    rows = {r["id"]: r for r in csv.DictReader((out / "credits.csv").read_text(encoding="utf-8").splitlines())}
    lines = {x["id"]: x["line"] for x in run_json("credits", "line", *(str(ids[n]) for n in DESK))}
    for name, line in stored.items():
        asset_id = ids[name]
        item = by_id[asset_id]
        assert item["credit_line"] == line, name
        assert rows[str(asset_id)]["credit_line"] == line, name
        assert lines[asset_id] == line, name
        assert exiftool_read(out / item["file"], "-XMP-photoshop:Credit")["Credit"] == line, name
    assert stored == {name: line for name, (_, line) in DESK.items()}
