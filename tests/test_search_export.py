"""Search, credit lines, export and the contact sheet, on a batch ingested with an article."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from catalog.db.pg.search_schema import SEARCH_COLUMNS
from catalog.model import Asset
from catalog.ops.export import file_name

from .engines import SQLITE, execute
from .helpers import cached_library, exiftool, exiftool_read, photo, run, run_json
from .stores import stored
from .test_linking import ARTICLE

COARSE = 4  # where_shown first searches the screen at 1/COARSE of its size
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def dated(path: Path, when: str, seed: int) -> Path:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = when
    return photo(path, size=(640, 427), seed=seed, fmt="JPEG", quality=90, exif=exif.tobytes())


@pytest.fixture
def desk(tmp_path: Path, library: Path) -> dict[str, int]:
    """The article's four pictures (one per day, 2016-06-05..08), plus two more with other credits."""
    return cached_library("search-export", library, lambda: _build_desk(tmp_path))


def _build_desk(tmp_path: Path) -> dict[str, int]:
    folder = tmp_path / "paris"
    folder.mkdir()
    for i, day in enumerate(("05", "06", "07", "08"), start=1):
        dated(folder / f"{i}.jpg", f"2016:06:{day} 10:00:00", seed=10 + i)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    people = tmp_path / "people.csv"
    people.write_text(
        "name,aliases\nIsaac Herzog,Bougie|Ицхак Герцог\nMichal Herzog,\nEmmanuel Macron,\n", encoding="utf-8"
    )
    assert run("people", "import", str(people)).exit_code == 0
    assert run("ingest", str(folder), "--captions", str(tmp_path / "article.txt"), "--yes").exit_code == 0
    other = tmp_path / "other"
    other.mkdir()
    reuters = dated(other / "reuters.jpg", "2016:06:07 12:00:00", seed=30)
    exiftool(
        reuters,
        "-codedcharacterset=utf8",
        "-IPTC:Caption-Abstract=Путин в Кремле, Москва. REUTERS/Maxim Shemetov",
        "-XMP-dc:Description=Путин в Кремле, Москва. REUTERS/Maxim Shemetov",
        "-Photoshop:IPTCDigest=new",
    )
    zurich = dated(other / "zurich.jpg", "2017:01:20 09:00:00", seed=31)
    exiftool(zurich, "-XMP-dc:Description=Delegates arrive in Zürich for the forum (Kobi Gideon/GPO)")
    assert run("ingest", str(other)).exit_code == 0
    ids = {Path(a["source_paths"][0]).name: a["id"] for a in run_json("ls", "--limit", "50")}
    return ids


def found(*args: str) -> set[int]:
    return {a["id"] for a in run_json("search", *args)}


def test_search_by_person_credit_agency_and_date_returns_exactly_the_right_pictures(desk: dict[str, int]) -> None:
    article = {desk[f"{i}.jpg"] for i in range(1, 5)}
    # 'Herzog' alone (slot 3) is ambiguous with both Isaac and Michal Herzog listed: not tagged
    assert found("--person", "Isaac Herzog") == {desk["2.jpg"], desk["4.jpg"]}
    assert found("--person", "Michal Herzog") == {desk["4.jpg"]}
    assert found("--credit", "Kobi Gideon") == {desk["2.jpg"], desk["3.jpg"], desk["4.jpg"], desk["zurich.jpg"]}
    assert found("--credit", "Kobi Gidoen") == found("--credit", "Kobi Gideon")  # the corrected misspelling
    assert found("--agency", "GPO") == found("--credit", "gideon") == found("--credit", "Kobi Gideon")
    assert found("--agency", "Reuters") == {desk["reuters.jpg"]}
    assert found("--agency", "YouTube") == {desk["1.jpg"]}
    assert found("--since", "2016-06-06", "--until", "2016-06-07") == {
        desk["2.jpg"],
        desk["3.jpg"],
        desk["reuters.jpg"],
    }
    assert found("date:2016-06") == article | {desk["reuters.jpg"]}
    assert found('person:"Isaac Herzog" credit:gideon agency:GPO date:2016-06-06..2016-06-08') == {
        desk["2.jpg"],
        desk["4.jpg"],
    }
    assert found("kind:screenshot") == {desk["1.jpg"]}
    assert found("agency:GPO -wreath") == {desk["2.jpg"], desk["4.jpg"], desk["zurich.jpg"]}
    assert found("agency:GPO", "-wreath") == found("agency:GPO -wreath")  # a negated word as its own argument


def test_full_text_folds_case_and_diacritics_and_reads_other_scripts(desk: dict[str, int]) -> None:
    assert found("zurich") == {desk["zurich.jpg"]}
    assert found("ZÜRICH") == {desk["zurich.jpg"]}
    assert found("кремле") == {desk["reuters.jpg"]}
    assert found("louvre OR kremlin") == {desk["4.jpg"]}
    assert found("Ицхак") == {desk["2.jpg"], desk["4.jpg"]}  # an alias of a person shown
    assert found("Gidoen") == found("--credit", "Kobi Gideon")  # misspellings are searchable words too
    assert found("shemetov") == {desk["reuters.jpg"]}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('person:"Sara', "unbalanced quotes"),
        ("AND", "AND needs a word"),
        ("herzog OR", "ends with OR"),
        ("foo:bar", "unknown field 'foo'"),
        ("date:2016-13", "is not a date"),
        ("kind:video", "kinds are"),
    ],
)
def test_malformed_queries_are_one_line_errors(desk: dict[str, int], query: str, message: str) -> None:
    result = run("search", query)
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_search_csv_and_table(desk: dict[str, int]) -> None:
    result = run("search", "--agency", "GPO", "--csv")
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert {r["credit_line"] for r in rows} == {"Kobi Gideon/GPO"}
    table = run("search", "herzog")
    assert "Kobi Gideon/GPO" in table.stdout and "assets/thumbs/" in table.stdout


def test_search_follows_tags_and_credit_merges(desk: dict[str, int]) -> None:
    assert found("wreath") == {desk["3.jpg"]}
    assert desk["1.jpg"] not in found("--person", "Macron")
    run("tag", str(desk["1.jpg"]), "--person", "Emmanuel Macron")
    assert desk["1.jpg"] in found("--person", "Macron")
    run("credits", "merge", "Kobi Gideon", "--into", "Koby Gideon", "--agency", "GPO")
    assert (
        found("Gideon")
        == found("--credit", "Koby Gideon")
        == {desk[n] for n in ("2.jpg", "3.jpg", "4.jpg")} | {desk["zurich.jpg"]}
    )


@pytest.mark.sqlite_only
def test_index_is_kept_in_step_by_triggers_for_datasette(desk: dict[str, int], library: Path) -> None:
    """SQLite's FTS5 index follows writes made beside photodesk (datasette, the sqlite3 shell): its triggers."""
    conn = sqlite3.connect(library / "library.db")
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"assets_ai", "assets_ad", "assets_au"} <= triggers
    conn.execute("UPDATE assets SET caption = coalesce(caption, '') || ' zeppelin' WHERE id = ?", [desk["1.jpg"]])
    conn.commit()
    conn.close()
    assert found("zeppelin") == {desk["1.jpg"]}


def test_credit_lines_in_house_styles_and_a_gallery_summary(desk: dict[str, int], library: Path) -> None:
    ids = [str(desk[f"{i}.jpg"]) for i in range(1, 5)]
    lines = run_json("credits", "line", *ids)
    assert [x["line"] for x in lines] == ["YouTube screenshot"] + ["Kobi Gideon/GPO"] * 3
    assert run_json("credits", "line", ids[1], "--style", "photo")[0]["line"] == "Photo: Kobi Gideon/GPO"
    assert run_json("credits", "line", ids[1], "--style", "ap")[0]["line"] == "(Kobi Gideon/GPO)"
    summary = run("credits", "line", *ids, "--summary")
    assert summary.stdout.strip() == "Photos: YouTube screenshot; Kobi Gideon/GPO"
    with (library / "photodesk.toml").open("a", encoding="utf-8") as config:  # beside a newsroom's catalog
        config.write(
            '[styles.paper]\nphoto = "צילום: {photographers} / {agency}"\nscreenshot = "Screenshot: {agency}"\n'
        )
    paper = run_json("credits", "line", *ids[:2], "--style", "paper")
    assert [x["line"] for x in paper] == ["Screenshot: YouTube", "צילום: Kobi Gideon / GPO"]
    assert run("credits", "line", ids[0], "--style", "nope").exit_code == 2


def test_export_writes_corrected_metadata_without_touching_pixels(
    desk: dict[str, int], tmp_path: Path, library: Path
) -> None:
    out = tmp_path / "out"
    fixed = desk["4.jpg"]  # credited 'Kobi Gidoen' in the article, corrected
    result = run("export", "--ids", str(fixed), "--ids", str(desk["reuters.jpg"]), "--to", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    exported = json.loads(result.stdout)
    first = out / exported[0]["file"]
    assert exported[0]["file"] == f"2016-06-08_Kobi-Gideon_{fixed}.jpg"
    ref = exiftool_read(first, "-MWG:Description", "-MWG:Creator", "-XMP-photoshop:Credit", "-PersonInImage")
    asset = run_json("show", str(fixed))
    assert ref["Description"] == asset["caption"]
    assert ref["Creator"] == "Kobi Gideon" and ref["Credit"] == "Kobi Gideon/GPO"
    assert ref["PersonInImage"] == ["Isaac Herzog", "Michal Herzog"]
    russian = exiftool_read(out / exported[1]["file"], "-MWG:Description", "-IPTC:Credit", "-XMP-photoshop:Credit")
    assert russian["Description"] == "Путин в Кремле, Москва."
    assert russian["Credit"] == "Maxim Shemetov/Reuters"
    digest = exiftool_read(out / exported[1]["file"], "-IPTCDigest", "-CurrentIPTCDigest")
    assert digest["IPTCDigest"] == digest["CurrentIPTCDigest"]
    for item in exported:
        original = stored(library, run_json("show", str(item["id"]))["path"])
        with Image.open(io.BytesIO(original)) as a, Image.open(out / item["file"]) as b:
            assert a.tobytes() == b.tobytes()
    rows = list(csv.DictReader((out / "credits.csv").read_text(encoding="utf-8").splitlines()))
    assert [r["credit_line"] for r in rows] == ["Kobi Gideon/GPO", "Maxim Shemetov/Reuters"]
    assert rows[0]["people"] == "Isaac Herzog; Michal Herzog"


def test_export_names_from_hostile_metadata_stay_inside_the_folder(desk: dict[str, int], tmp_path: Path) -> None:
    hostile = Asset(
        id=7,
        sha256="ab" * 32,
        path="x",
        format="JPEG",
        bytes=1,
        taken_at="../../etc",
        filename="..\\..\\x.jpg",
        credit_photographers=["../../../tmp/evil", "x"],
        credit_agency="/etc/passwd",
        credit_kind="photo",
        linked_at="2026-01-01T00:00:00Z",
    )
    for template in ("{date}_{photographer}_{id}", "{photographer}/../../{agency}", "{filename}{sha}"):
        name = file_name(hostile, template)
        assert "/" not in name and "\\" not in name and not name.startswith(".")
    out = tmp_path / "safe"
    result = run("export", "--ids", str(desk["1.jpg"]), "--to", str(out), "--name", "../{photographer}/../{id}")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir())[0].endswith(".jpg")
    assert all(p.parent == out for p in out.iterdir())
    assert run("export", "--ids", "1", "--to", str(out), "--name", "{nope}").exit_code == 1


def test_contact_sheet_is_self_contained_html(desk: dict[str, int], tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.html"
    result = run("contact-sheet", "date:2016-06", "-o", str(sheet), "--title", "Herzog <in> Paris")
    assert result.exit_code == 0, result.stderr
    html = sheet.read_text(encoding="utf-8")
    assert html.count("data:image/jpeg;base64,") == 5
    assert "Herzog &lt;in&gt; Paris" in html and "Kobi Gideon/GPO" in html and 'dir="auto"' in html
    assert "http://" not in html and "https://" not in html


@pytest.fixture
def chromium() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    return CHROMIUM


def headless(chromium: str, *args: str) -> None:
    """One run of headless Chromium with a profile of its own, nothing fetched from the network."""
    profile = tempfile.mkdtemp()
    try:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                *args,
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def where_shown(screen: np.ndarray, picture: Image.Image) -> tuple[float, tuple[int, int, int, int]]:
    """How well, and where (x, y, width, height), ``picture`` appears in the screenshot at the scale a card
    gives it (190 pixels high at most, as wide as the card): the best normalised correlation over those scales.

    The screen is searched at a quarter of its size first, which only says where to look (the three best places
    for each scale); every score is then the full-resolution correlation at a place on the screen, so no picture
    is found that an exhaustive search would not find (and one search of the whole screen at full size per scale
    was two seconds of the test)."""
    best: tuple[float, tuple[int, int, int, int]] = (-1.0, (0, 0, 0, 0))
    gray = cv2.cvtColor(screen, cv2.COLOR_RGB2GRAY)
    small = cv2.resize(gray, (gray.shape[1] // COARSE, gray.shape[0] // COARSE), interpolation=cv2.INTER_AREA)
    margin = 2 * COARSE
    for height in range(150, 192, 4):
        width = round(picture.width * height / picture.height)
        template = np.asarray(picture.convert("L").resize((width, height), Image.Resampling.BILINEAR))
        shrunk = cv2.resize(template, (width // COARSE, height // COARSE), interpolation=cv2.INTER_AREA)
        coarse = cv2.matchTemplate(small, shrunk, cv2.TM_CCOEFF_NORMED)
        for _ in range(3):
            _, _, _, (cx, cy) = cv2.minMaxLoc(coarse)
            coarse[max(0, cy - 2) : cy + 3, max(0, cx - 2) : cx + 3] = -1.0  # the next best place is elsewhere
            x0, y0 = max(0, cx * COARSE - margin), max(0, cy * COARSE - margin)
            window = gray[y0 : y0 + height + 2 * margin, x0 : x0 + width + 2 * margin]
            if window.shape[0] < height or window.shape[1] < width:
                continue
            _, score, _, (x, y) = cv2.minMaxLoc(cv2.matchTemplate(window, template, cv2.TM_CCOEFF_NORMED))
            if score > best[0]:
                best = (float(score), (x0 + x, y0 + y, width, height))
    return best


def test_contact_sheet_shows_every_picture_with_its_caption_in_chromium(
    desk: dict[str, int], tmp_path: Path, library: Path, chromium: str
) -> None:
    """What an editor sees: each picture's thumbnail drawn on screen, in a card of its own, with writing under it
    (its caption, credit and id), found in a screenshot rather than in anything the page says about itself."""
    sheet, shot = tmp_path / "sheet.html", tmp_path / "sheet.png"
    assert run("contact-sheet", "date:2016", "-o", str(sheet)).exit_code == 0
    headless(
        chromium,
        "--window-size=1280,1000",
        "--force-device-scale-factor=1",
        "--hide-scrollbars",
        f"--screenshot={shot}",
        sheet.as_uri(),
    )
    with Image.open(shot) as im:
        screen = np.asarray(im.convert("RGB"))
    shown = run_json("search", "date:2016")
    assert len(shown) == 5
    boxes = []
    for asset in shown:
        with Image.open(io.BytesIO(stored(library, asset["thumbnail"]))) as thumb:
            score, (x, y, w, h) = where_shown(screen, thumb.convert("RGB"))
        assert score > 0.9, f"asset {asset['id']} is not on screen (best match {score:.2f})"
        under = screen[y + h + 4 : y + h + 70, x : x + w].mean(axis=2)
        assert (under < 120).sum() > 200, f"nothing written under asset {asset['id']}"
        boxes.append((x, y, w, h))
    for i, (x, y, w, h) in enumerate(boxes):  # five places, not one picture found five times
        for x2, y2, w2, h2 in boxes[i + 1 :]:
            assert x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y


def break_search(library: Path, engine: str) -> None:
    """Search made to find nothing, as a damaged index would: on SQLite FTS5's index emptied and a trigger that
    keeps it in step dropped; on PostgreSQL the vector function replaced by one that writes empty vectors, and
    every stored vector written again by it."""
    if engine == SQLITE:
        execute(library, "DROP TRIGGER assets_au")
        execute(library, "INSERT INTO assets_fts(assets_fts) VALUES('delete-all')")
        return
    arguments = ", ".join(f"{c} text" for c in SEARCH_COLUMNS)
    execute(
        library,
        f"CREATE OR REPLACE FUNCTION pd_search_vector({arguments}) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE RETURN ''::tsvector",
    )
    execute(library, "UPDATE assets SET caption = caption")


def test_check_repair_rebuilds_every_column_of_the_search_index(
    desk: dict[str, int], library: Path, engine: str
) -> None:
    before = found("--credit", "Kobi Gidoen"), found("--person", "Michal Herzog"), found("wreath")
    assert all(before)  # an index rebuilt empty must not pass for one rebuilt right
    break_search(library, engine)
    assert found("wreath") == set()
    assert run("check").exit_code == 1
    assert run("check", "--repair").exit_code == 0
    assert run("check").exit_code == 0
    assert (found("--credit", "Kobi Gidoen"), found("--person", "Michal Herzog"), found("wreath")) == before
