"""What the desk reads and pastes: show, ls, credits line and tag (issue 10, defect 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from .helpers import cached_library, exiftool, photo, run, run_json


def dated(path: Path, when: str, seed: int) -> Path:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = when
    return photo(path, size=(400, 300), seed=seed, fmt="JPEG", quality=90, exif=exif.tobytes())


@pytest.fixture
def desk(tmp_path: Path, library: Path, needs_exiftool: None) -> dict[str, int]:
    """Three pictures: a Hebrew caption with a GPO credit, a Reuters picture, and one with no caption at all;
    made once per session, each test getting a copy of its own to change."""
    return cached_library("output-defects", library, lambda: _build_desk(tmp_path))


def _build_desk(tmp_path: Path) -> dict[str, int]:
    folder = tmp_path / "incoming"
    folder.mkdir()
    gpo = dated(folder / "office.jpg", "2016:06:06 10:00:00", seed=1)
    exiftool(gpo, "-XMP-dc:Description=נתניהו בלשכה בירושלים (Haim Zach/GPO)")
    reuters = dated(folder / "moscow.jpg", "2016:06:07 12:00:00", seed=2)
    exiftool(reuters, "-XMP-dc:Description=Путин в Кремле, Москва. REUTERS/Maxim Shemetov")
    dated(folder / "bare.jpg", "2016:06:08 09:00:00", seed=3)
    assert run("ingest", str(folder)).exit_code == 0
    return {a["filename"]: a["id"] for a in run_json("ls")}


def test_show_prints_the_credit_as_text_not_python(desk: dict[str, int]) -> None:
    result = run("show", str(desk["office.jpg"]))
    assert result.exit_code == 0, result.stderr
    credit = next(line for line in result.stdout.splitlines() if line.strip().startswith("credit:"))
    assert credit.split(":", 1)[1].strip() == "Haim Zach/GPO  [photo; photographers: Haim Zach; agency: GPO]"
    for line in result.stdout.splitlines():
        assert "['" not in line and "=[" not in line and "None" not in line, line
        assert not line.endswith((" | ", " |")), line
    bare = run("show", str(desk["bare.jpg"])).stdout
    assert "embedded: no caption, no credit" in bare
    assert not any(line.endswith((" | ", " |")) for line in bare.splitlines())


def test_show_puts_the_credit_as_written_beside_a_corrected_one(desk: dict[str, int], tmp_path: Path) -> None:
    """A merge corrects the name: show says what the picture said, and what the desk now prints."""
    assert (
        run("credits", "merge", "Maxim Shemetov", "--into", "Maxim Shemetov-Ivanov", "--agency", "Reuters").exit_code
        == 0
    )
    shown = run("show", str(desk["moscow.jpg"])).stdout
    credit = next(line for line in shown.splitlines() if line.strip().startswith("credit:"))
    assert "photographers: Maxim Shemetov-Ivanov" in credit and "as written: Maxim Shemetov" in credit
    assert "raw: REUTERS/Maxim Shemetov" in credit
    correction = next(line for line in shown.splitlines() if "->" in line)
    assert '"Maxim Shemetov" -> "Maxim Shemetov-Ivanov"' in correction and "'" not in correction


def test_ls_has_a_header_then_newest_first(desk: dict[str, int]) -> None:
    result = run("ls")
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["id", "sha256", "taken", "credit", "caption"]
    assert [int(row.split()[0]) for row in rows] == sorted(desk.values(), reverse=True)
    gpo = next(row for row in rows if "Haim Zach/GPO" in row)
    assert gpo.index("Haim Zach/GPO") == header.index("credit")  # the header names the columns it stands over


def test_ls_of_an_empty_library_says_so(library: Path) -> None:
    assert run("init").exit_code == 0
    result = run("ls")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip() == "no pictures in the library"
    assert run_json("ls") == []


def test_credit_line_for_one_picture_is_the_line_alone(desk: dict[str, int]) -> None:
    one = run("credits", "line", str(desk["office.jpg"]))
    assert one.exit_code == 0 and one.stdout == "Haim Zach/GPO\n"
    by_query = run("credits", "line", "--query", "кремле", "--style", "ap")
    assert by_query.stdout == "(Maxim Shemetov/Reuters)\n"
    several = run("credits", "line", str(desk["office.jpg"]), str(desk["moscow.jpg"]))
    assert [line.split(None, 1) for line in several.stdout.splitlines()] == [
        [str(desk["office.jpg"]), "Haim Zach/GPO"],
        [str(desk["moscow.jpg"]), "Maxim Shemetov/Reuters"],
    ]


@pytest.mark.parametrize("name", ["", "   ", "\t", "\u00a0", "--"])
def test_tag_refuses_a_person_without_a_name(desk: dict[str, int], name: str) -> None:
    ident = str(desk["bare.jpg"])
    result = run("tag", ident, "--person", "Benjamin Netanyahu", "--person", name)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
    assert "a person needs a name" in result.stderr
    assert run_json("show", ident)["people"] == []  # nothing was tagged, not even the good name


def test_tag_still_tags_and_removes(desk: dict[str, int]) -> None:
    ident = str(desk["bare.jpg"])
    tagged = json.loads(run("tag", ident, "--person", "  בנימין נתניהו ", "--json").stdout)
    assert tagged["people"] == ["בנימין נתניהו"]
    assert run_json("tag", ident, "--person", "בנימין נתניהו", "--remove")["people"] == []
