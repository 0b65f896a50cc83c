"""Authority files arrive from spreadsheets like caption sheets do: in cp1255 or UTF-16, with ';' or tabs, and
sometimes with a quote left open. Names come through intact, or the file is refused naming the line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .helpers import run, run_json


def _exported() -> list[dict[str, str]]:
    result = run("credits", "authority", "export")
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_a_cp1255_semicolon_authority_keeps_its_hebrew_names(tmp_path: Path) -> None:
    path = tmp_path / "photographers.csv"
    path.write_bytes(
        "name;agency;aliases\nחיים צח;GPO;חיים צך|Haim Zach\nKobi Gideon;GPO;Koby Gideon\n".encode("cp1255")
    )
    run_json("credits", "authority", "import", str(path))
    rows = {r["name"]: r for r in _exported()}
    assert set(rows) == {"חיים צח", "Kobi Gideon"}
    assert rows["חיים צח"]["agency"] == "GPO" and "Haim Zach" in rows["חיים צח"]["aliases"]
    assert not any("\ufffd" in v for r in rows.values() for v in r.values())


def test_a_utf16_tab_separated_people_list_is_read(tmp_path: Path) -> None:
    path = tmp_path / "people.txt"
    path.write_bytes("name\taliases\nСергей Лавров\tЛавров|Sergei Lavrov\n".encode("utf-16"))
    run_json("people", "import", str(path))
    listed = run_json("people", "list")
    assert any(p["name"] == "Сергей Лавров" for p in listed), listed


def test_an_authority_with_a_quote_left_open_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "photographers.csv"
    path.write_text('name,agency,aliases\nHaim Zach,GPO,\n"Kobi Gideon,GPO,Koby\nAmos Ben Gershom,GPO,\n')
    result = run("credits", "authority", "import", str(path))
    assert result.exit_code == 1 and "line 3" in result.stderr and "Traceback" not in result.stderr
    assert _exported() == []


def test_an_authority_in_no_text_encoding_is_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "photographers.csv"
    path.write_bytes(b"name,agency\nHaim \x81\x8d Zach,GPO\n")
    result = run("credits", "authority", "import", str(path))
    assert result.exit_code == 1 and str(path) in result.stderr and "not text" in result.stderr
