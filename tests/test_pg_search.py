"""PostgreSQL search gives SQLite's answers (``catalog.db.pg.search``).

The same pictures go into a real photodesk catalog (SQLite, FTS5: rows written by ``catalog.assets``, names found
by ``catalog.fts``) and, column for column, into an ``assets`` table in a PostgreSQL schema of the test's own
with ``search_ddl()``; the same parsed queries then run on both, and the ids must be the same (as sets; in the
same order where the order is by recency). PostgreSQL is the server libpq's environment names (PGHOST, PGPORT,
PGUSER, PGPASSWORD: CI runs the suite under ``pg_virtualenv``); without one the tests skip, except in CI.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from catalog.db import Catalog, open_catalog
from catalog.db.assets import to_asset
from catalog.db.connection import pg_sql
from catalog.db.migrations import FTS_COLUMNS, FTS_TOKENIZE
from catalog.db.pg import hits
from catalog.db.pg.migrations import p004_agency_statistics
from catalog.db.pg.search import PgSearches, PgSearchText, search_ddl
from catalog.db.pg.search_schema import (
    CREDIT_MARKS,
    MARKS,
    MAX_COLUMN,
    MAX_WORD,
    PERSON_MARKS,
    PROBE,
    PROBE_ROW,
    PROBE_ROW_WORDS,
    PROBE_WORDS,
    SEARCH_COLUMNS,
    TEXT_MARKS,
    folded_words,
    vector_text,
)
from catalog.db.pg.unicode61 import CASE_FOLDED_ONLY_HERE, SEPARATORS
from catalog.db.search import BROAD
from catalog.errors import InvalidQuery
from catalog.model import Asset
from catalog.search.query import parse

AT = "2024-01-01T00:00:00+00:00"


# --- the server, and a schema per catalog ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> None:
    """A PostgreSQL server reachable through libpq's environment, or the reason to skip (to fail, in CI)."""
    import psycopg

    try:
        psycopg.connect(connect_timeout=5).close()
    except psycopg.OperationalError as e:
        reason = f"no PostgreSQL server through libpq's environment (PGHOST={os.environ.get('PGHOST')!r}): {e}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


class Pg:
    """The connection the PostgreSQL parts are given: SQL with ``?`` placeholders, through ``pg_sql``."""

    dialect = "postgresql"

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[object] = (), *, prepare: bool | None = None) -> Any:
        return self.raw.execute(pg_sql(sql), list(params), prepare=prepare)


@contextmanager
def schema() -> Iterator[Pg]:
    """A fresh schema (dropped afterwards) and a connection whose search path starts there."""
    import psycopg

    name = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {name}")
        try:
            with psycopg.connect(autocommit=True, options=f"-c search_path={name},public") as conn:
                yield Pg(conn)
        finally:
            admin.execute(f"DROP SCHEMA {name} CASCADE")


# --- the desk: the same pictures in both engines ---------------------------------------------------------------------


@dataclass(frozen=True)
class Picture:
    name: str
    caption: str | None = None
    headline: str | None = None
    keywords: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    taken_at: str | None = None
    agency: str | None = None
    distributor: str | None = None
    kind: str | None = None
    photographers: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # the photographers as the credit wrote them
    credit_raw: str | None = None
    city: str | None = None
    duplicate_of: str | None = None


PEOPLE = [
    ("Benjamin Netanyahu", ["Bibi", "נתניהו"]),
    ("Sara Netanyahu", []),
    ("Vladimir Putin", ["Путин"]),
    ("Barack Obama", []),
    ("Andrzej Duda", []),
]
PHOTOGRAPHERS = [
    ("Haim Zach", "GPO", ["Haim Tzach"]),
    ("Kobi Gideon", "GPO", []),
    ("Maxim Shemetov", "Reuters", []),
    ("Evan Vucci", "AP", []),
    ("Amos Ben Gershom", "GPO", []),
]
GPO = {"agency": "GPO", "kind": "photo"}
PICTURES = [
    Picture(
        "kremlin",
        "Netanyahu meets Putin in the Kremlin (Haim Zach/GPO)",
        people=["Benjamin Netanyahu", "Vladimir Putin"],
        taken_at="2016-06-06T10:00:00",
        photographers=["Haim Zach"],
        written=["Haim Zach"],
        credit_raw="Haim Zach/GPO",
        city="Moscow",
        **GPO,
    ),
    Picture(
        "moscow",
        "Путин в Кремле, Москва. REUTERS/Maxim Shemetov",
        people=["Vladimir Putin"],
        taken_at="2016-06-07T12:00:00",
        agency="Reuters",
        kind="photo",
        photographers=["Maxim Shemetov"],
        written=["Maxim Shemetov"],
        credit_raw="REUTERS/Maxim Shemetov",
        city="Москва",
    ),
    Picture(
        "warsaw",
        "Obama and Duda at the NATO summit in Warsaw (Evan Vucci/AP Pool)",
        people=["Barack Obama", "Andrzej Duda"],
        taken_at="2016-07-09T09:30:00",
        agency="AP",
        kind="pool",
        photographers=["Evan Vucci"],
        written=["Evan Vucci"],
        credit_raw="Evan Vucci/AP Pool",
    ),
    Picture(
        "office",
        "נתניהו בלשכה בירושלים (GPO/Handout)",
        taken_at="2016-05-02T08:00:00",
        agency="GPO",
        kind="handout",
        credit_raw="GPO/Handout",
    ),
    Picture(
        "bolshoi",
        "Netanyahu and Putin at the Bolshoi theatre (Kobi Gideon/GPO)",
        people=["Benjamin Netanyahu", "Vladimir Putin"],
        taken_at="2016-06-07T21:00:00",
        photographers=["Kobi Gideon"],
        written=["Kobi Gideon"],
        credit_raw="Kobi Gideon/GPO",
        **GPO,
    ),
    Picture("old-city", "ירושלים, העיר העתיקה", taken_at="2017-03-01T10:00:00", credit_raw="Flash90", agency="Flash90"),
    Picture("aqsa", "القدس: صلاة الجمعة في المسجد الأقصى", taken_at="2017-04-01T10:00:00", credit_raw="AFP"),
    Picture("vowels", "مدينة القُدس والقدس", taken_at="2017-04-02T10:00:00", credit_raw="AFP", agency="AFP"),
    Picture("solidarity", "Lech Wałęsa in Gdańsk", taken_at="2015-01-01T10:00:00", credit_raw="EPA", agency="EPA"),
    Picture("flore", "Crème brûlée at the Café de Flore, Paris", taken_at="2015-02-01T10:00:00", credit_raw="AFP"),
    Picture("bridge", "Straße in München; the Øresund bridge", taken_at="2015-03-01T10:00:00", credit_raw="dpa"),
    Picture("noir", "Cafe\u0301 Noir, rue Saint-Denis", headline="CAFÉ", taken_at="2015-04-01", credit_raw="AFP"),
    Picture("uncaptioned", None, taken_at="2018-01-01T10:00:00", credit_raw="Haim Zach/GPO", **GPO),
    Picture("uncredited", "Untitled street scene", taken_at="2018-01-02T10:00:00"),
    Picture(
        "screenshot",
        "Screenshot of a speech broadcast",
        taken_at="2018-02-01T10:00:00",
        agency="YouTube",
        kind="screenshot",
        credit_raw="Screenshot/YouTube",
    ),
    Picture(
        "kremlin-copy",
        "Netanyahu meets Putin in the Kremlin",
        people=["Benjamin Netanyahu"],
        taken_at="2016-06-06T10:00:01",
        photographers=["Haim Zach"],
        written=["Haim Zch"],
        credit_raw="Haim Zch/GPO",
        duplicate_of="kremlin",
        **GPO,
    ),
    Picture(
        "knesset",
        "Reception at the Knesset",
        people=["Sara Netanyahu", "Benjamin Netanyahu"],
        taken_at="2019-01-01T10:00:00",
        photographers=["Amos Ben Gershom"],
        written=["Amos Ben Gershom"],
        credit_raw="Amos Ben Gershom/GPO",
        **GPO,
    ),
    Picture("no-date", "Netanyahu's office, Jerusalem", credit_raw="GPO", agency="GPO"),
    Picture("wreath", "Ceremony", keywords=["wreath", "memorial", "Putin"], taken_at="2019-05-01", credit_raw="AP"),
    Picture(
        "guests",
        "Greeting guests: Sara",
        headline="Netanyahu hosts dinner",
        taken_at="2019-06-01",
        photographers=["Kobi Gideon"],
        written=["Kobi Gideon"],
        credit_raw="Kobi Gideon/GPO",
        **GPO,
    ),
    Picture(
        "portrait",
        "Kobi Gideon photographs Haim Zach at work",
        taken_at="2019-07-01",
        photographers=["Kobi Gideon"],
        written=["Kobi Gideon"],
        credit_raw="Kobi Gideon/GPO",
        **GPO,
    ),
    Picture("hostile", "it's 100% o'brien: a\\b, c?d, $1 'quoted' \"x\" (a|b) & !c <-> d:*", taken_at="2020-01-01"),
]


@dataclass
class Desk:
    sqlite: Catalog
    pg: Pg
    ids: dict[str, int]

    def pg_search(self) -> PgSearches:
        # the authority and the corrections are the catalog's own (one source of spellings for both engines)
        return PgSearches(self.pg, self.sqlite.authority, self.sqlite.log)

    def named(self, *names: str) -> set[int]:
        return {self.ids[n] for n in names}


def _pg_type(sqlite_type: str) -> str:
    t = sqlite_type.upper()
    return "bigint" if "INT" in t else "double precision" if any(k in t for k in ("REAL", "FLOA", "DOUB")) else "text"


def build_catalog(root: Path, pictures: Sequence[Picture]) -> tuple[Catalog, dict[str, int]]:
    """A real photodesk catalog holding ``pictures``, the authority and one corrected misspelling."""
    catalog = open_catalog(root, create=True)
    ids: dict[str, int] = {}
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with catalog.transaction():
        for name, aliases in PEOPLE:
            pid = catalog.authority.people.add(name, AT)
            for alias in aliases:
                catalog.authority.people.add_alias(pid, alias)
        for name, agency, aliases in PHOTOGRAPHERS:
            pid = catalog.authority.photographers.add(name, AT, agency)
            for alias in aliases:
                catalog.authority.photographers.add_alias(pid, alias)
        for i, p in enumerate(pictures):
            record = Asset(
                id=0,
                sha256=f"{i:064x}",
                path=f"originals/{p.name}.jpg",
                format="jpeg",
                bytes=1_000 + i,
                filename=f"{p.name}.jpg",
                caption=p.caption,
                headline=p.headline,
                keywords=p.keywords,
                people=p.people,
                taken_at=p.taken_at,
                city=p.city,
            )
            assert catalog.assets.insert_new(
                record, ingested_at=(start + timedelta(seconds=i)).isoformat(), batch_id=None
            )
            ids[p.name] = catalog.assets.id_of(record.sha256) or 0
        for p in pictures:
            catalog.assets.update(
                ids[p.name],
                {
                    "credit_agency": p.agency,
                    "credit_distributor": p.distributor,
                    "credit_kind": p.kind,
                    "credit_photographers": p.photographers,
                    "credit_photographers_raw": p.written,
                    "credit_raw": p.credit_raw,
                    "credit_line": p.credit_raw,
                    "duplicate_of": ids[p.duplicate_of] if p.duplicate_of else None,
                },
            )
            for written, decided in zip(p.written, p.photographers, strict=True):
                if written != decided:
                    catalog.log.add(ids[p.name], "photographer", written, decided, "test", 0.9, None, AT)
        catalog.fts.refresh(list(ids.values()))
    return catalog, ids


def copy_to_pg(catalog: Catalog, pg: Pg) -> None:
    """``assets`` in PostgreSQL with SQLite's columns and rows, search added by ``search_ddl()`` and the planner's
    statistics by migration p004, as a catalog has them."""
    columns = [(str(r[1]), str(r[2])) for r in catalog.db.execute("PRAGMA table_info(assets)")]
    spec = ", ".join(f"{n} {'bigint PRIMARY KEY' if n == 'id' else _pg_type(t)}" for n, t in columns)
    pg.execute(f"CREATE TABLE assets ({spec})")
    for statement in search_ddl():
        pg.execute(statement)
    names = ", ".join(n for n, _ in columns)
    rows = catalog.db.execute(f"SELECT {names} FROM assets ORDER BY id").fetchall()
    insert = f"INSERT INTO assets ({names}) VALUES ({', '.join('?' for _ in columns)})"
    with pg.raw.cursor() as cursor:
        cursor.executemany(pg_sql(insert), rows)
    p004_agency_statistics(pg)  # and ANALYZE, as autovacuum would after the copy


@contextmanager
def desk_of(root: Path, pictures: Sequence[Picture]) -> Iterator[Desk]:
    root.mkdir(parents=True, exist_ok=True)
    catalog, ids = build_catalog(root, pictures)
    try:
        with schema() as pg:
            copy_to_pg(catalog, pg)
            yield Desk(catalog, pg, ids)
    finally:
        catalog.close()


@pytest.fixture(scope="module")
def desk(server: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory.mktemp("desk"), PICTURES) as d:
        yield d


@pytest.fixture
def own_desk(server: None, tmp_path: Path) -> Iterator[Desk]:
    """A desk a test may change."""
    with desk_of(tmp_path / "catalog", PICTURES) as d:
        yield d


def found(desk: Desk, text: str, **filters: Any) -> set[int]:
    """The pictures both engines find for ``text``: the same set, or the test fails."""
    query = parse(text, **filters)
    expected = desk.sqlite.search.run(query, limit=None)
    got = desk.pg_search().run(query, limit=None)
    assert len(got) == len(set(got)), text
    assert set(got) == set(expected), (text, sorted(got), sorted(expected))
    return set(got)


def listed(desk: Desk, text: str, **options: Any) -> list[int]:
    """The pictures both engines list for ``text``, in the same order (queries ordered by recency)."""
    query = parse(text)
    expected = desk.sqlite.search.run(query, **options)
    got = desk.pg_search().run(query, **options)
    assert got == expected, text
    return got


# --- words ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("putin", {"kremlin", "bolshoi", "kremlin-copy", "wreath", "moscow"}),
        ("Путин", {"moscow", "kremlin", "bolshoi"}),  # kremlin, bolshoi: Путин is Putin's alias (not wreath's)
        ("кремле", {"moscow"}),
        ("КРЕМЛЕ", {"moscow"}),
        ("москва", {"moscow"}),
        ("נתניהו", {"office", "kremlin", "bolshoi", "kremlin-copy", "knesset"}),  # the alias is found by
        ("kremlin moscow", {"kremlin"}),
        ('"Bolshoi theatre"', {"bolshoi"}),
        ('"theatre Bolshoi"', set()),
        ("bolshoi theatre netanyahu", {"bolshoi"}),
        ("wreath", {"wreath"}),
        ("knesset.jpg", {"knesset"}),  # the file name is in what a picture is found by
        ("netanyahu's", {"no-date"}),
    ],
)
def test_free_words_find_the_same_pictures_in_every_script(desk: Desk, text: str, names: set[str]) -> None:
    assert found(desk, text) == desk.named(*names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("walesa", set()),  # FTS5 keeps ł a letter of its own (unaccent would make it l: not here)
        ("wałesa", {"solidarity"}),
        ("WAŁĘSA", {"solidarity"}),
        ("gdansk", {"solidarity"}),
        ("creme brulee", {"flore"}),
        ("café", {"flore", "noir"}),  # é precomposed in one, e and a combining accent in the other
        ("CAFE", {"flore", "noir"}),
        ("strasse", set()),
        ("straße", {"bridge"}),
        ("munchen", {"bridge"}),
        ("oresund", set()),
        ("Øresund", {"bridge"}),
    ],
)
def test_accents_come_off_as_fts5_takes_them_off(desk: Desk, text: str, names: set[str]) -> None:
    assert found(desk, text) == desk.named(*names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ירושלים", {"old-city"}),  # not בירושלים: a clitic makes another word, in FTS5 and here
        ("בירושלים", {"office"}),
        ("ירושלים*", {"old-city"}),
        ("בלשכה", {"office"}),
        ("לשכה", set()),
        ("القدس", {"aqsa"}),  # not vowels: والقدس is another word, and القُدس two (FTS5 splits at the damma)
        ("والقدس", {"vowels"}),
        ("القُدس", {"vowels"}),
        ("الأقصى", {"aqsa"}),
    ],
)
def test_hebrew_and_arabic_words_are_found_as_fts5_finds_them(desk: Desk, text: str, names: set[str]) -> None:
    assert found(desk, text) == desk.named(*names)


def test_a_credit_written_with_a_slash_is_two_words_in_a_row(desk: Desk) -> None:
    assert found(desk, "Zach/GPO") == desk.named("kremlin", "uncaptioned")
    assert found(desk, '"Haim Zach/GPO"') == desk.named("kremlin", "uncaptioned")
    assert found(desk, "GPO/Zach") == set()
    assert found(desk, "REUTERS/Maxim") == desk.named("moscow")
    assert found(desk, "zach gpo") == desk.named("kremlin", "uncaptioned", "kremlin-copy", "portrait")


def test_prefixes_match_the_start_of_a_word(desk: Desk) -> None:
    assert found(desk, "netan*") == found(desk, "netanyahu OR netanyahu's")
    assert found(desk, "пут*") == desk.named("moscow", "kremlin", "bolshoi")
    assert found(desk, "kreml*") == desk.named("kremlin", "kremlin-copy")
    assert found(desk, "bolshoi thea*") == desk.named("bolshoi")
    assert found(desk, '"bolshoi thea"*') == set()  # a star after the quotes is a word of its own, dropped
    assert found(desk, "zach/g*") == desk.named("kremlin", "uncaptioned")
    assert found(desk, '"kreml*"') == set()  # quoted: the star is a separator, not a prefix


def test_negation_and_or_groups(desk: Desk) -> None:
    assert found(desk, "netanyahu -putin") == desk.named("knesset", "no-date", "guests")
    assert found(desk, "netanyahu NOT kremlin") == found(desk, "netanyahu -kremlin")
    assert found(desk, "bolshoi OR kind:handout") == desk.named("bolshoi", "office")
    assert found(desk, "agency:AP OR кремле") == desk.named("warsaw", "moscow")
    assert found(desk, "putin agency:Reuters OR kind:handout") == desk.named("moscow")
    assert found(desk, "wałesa OR gdansk OR kremlin") == desk.named("solidarity", "kremlin", "kremlin-copy")
    everything = found(desk, "-nothingatall")
    assert everything == set(desk.ids.values())
    assert found(desk, "-putin") == everything - found(desk, "putin")


# --- fields ------------------------------------------------------------------------------------------------------


def test_person_searches_people_caption_and_headline_only(desk: Desk) -> None:
    # wreath has Putin in its keywords only: free text finds it, person: does not
    assert found(desk, "person:putin") == desk.named("kremlin", "bolshoi", "kremlin-copy", "moscow")
    assert found(desk, "person:Путин") == desk.named("kremlin", "bolshoi", "moscow")  # kremlin-copy: Putin only
    # Bibi is Benjamin Netanyahu's alias: his name, and the alias, in people, caption or headline
    assert found(desk, "person:bibi") == desk.named("kremlin", "bolshoi", "kremlin-copy", "knesset")
    assert found(desk, 'person:"Barack Obama" OR person:Путин') == desk.named("warsaw", "kremlin", "bolshoi", "moscow")
    netanyahus = desk.named("kremlin", "bolshoi", "kremlin-copy", "knesset", "no-date", "guests")
    assert found(desk, "person:netanyahu") == netanyahus
    assert found(desk, "-person:netanyahu kind:photo") == found(desk, "kind:photo") - netanyahus


def test_a_phrase_never_runs_from_one_column_into_the_next(desk: Desk) -> None:
    """guests: the caption ends with Sara and the headline starts with Netanyahu."""
    assert found(desk, 'person:"Sara Netanyahu"') == desk.named("knesset")
    assert found(desk, '"sara netanyahu"') == desk.named("knesset")
    assert found(desk, "sara netanyahu") == desk.named("knesset", "guests")


def test_credit_searches_the_photographers_names_only(desk: Desk) -> None:
    # portrait names Haim Zach in its caption, and was taken by Kobi Gideon
    assert found(desk, "credit:zach") == desk.named("kremlin", "kremlin-copy")
    assert found(desk, "credit:tzach") == desk.named("kremlin", "kremlin-copy")  # the authority's alias
    assert found(desk, "credit:zch") == desk.named("kremlin", "kremlin-copy")  # a misspelling corrected into him
    assert found(desk, "by:gideon") == desk.named("bolshoi", "guests", "portrait")
    assert found(desk, "credit:zach OR credit:shemetov") == desk.named("kremlin", "kremlin-copy", "moscow")
    assert found(desk, 'photographer:"Amos Ben Gershom"') == desk.named("knesset")
    assert found(desk, "zach -credit:zach") == desk.named("uncaptioned", "portrait")


def test_agency_kind_missing_dates_and_copies(desk: Desk) -> None:
    assert found(desk, "agency:gpo") == desk.named(
        "kremlin", "office", "bolshoi", "uncaptioned", "kremlin-copy", "knesset", "no-date", "guests", "portrait"
    )
    assert found(desk, "agency:GPO OR agency:Reuters -kind:handout") == found(desk, "agency:GPO -kind:handout") | {
        desk.ids["moscow"]
    }
    assert found(desk, "kind:screenshot") == desk.named("screenshot")
    assert found(desk, "kind:photo -agency:GPO") == desk.named(
        "moscow",
        "old-city",
        "aqsa",
        "vowels",
        "solidarity",
        "flore",
        "bridge",
        "noir",
        "uncredited",
        "wreath",
        "hostile",
    )
    assert found(desk, "caption:missing") == desk.named("uncaptioned")
    assert found(desk, "credit:missing") == desk.named("uncredited", "hostile")
    assert found(desk, "-credit:missing -caption:missing") == set(desk.ids.values()) - desk.named(
        "uncaptioned", "uncredited", "hostile"
    )
    assert found(desk, "date:2016-06") == desk.named("kremlin", "moscow", "bolshoi", "kremlin-copy")
    # PostgreSQL compares dates on the newest-first key, the ingest time where no capture date is: no-date, taken
    # on no day and ingested in 2024, is found by no date, with words or without
    assert found(desk, "since:2024-01-01") == found(desk, "netanyahu date:2024") == set()
    assert found(desk, "netanyahu until:2030") == found(desk, "netanyahu") - desk.named("no-date")
    assert found(desk, "date:2016-06-06..2016-06-06") == desk.named("kremlin", "kremlin-copy")
    assert found(desk, "since:2019-06-01 until:2019-12") == desk.named("guests", "portrait")
    assert found(desk, "נתניהו date:..2016-05") == desk.named("office")
    assert found(desk, "kremlin", no_dupes=True) == desk.named("kremlin")
    assert found(desk, "", credit=["zach"], since="2016-06-06", kind=["photo"]) == desk.named("kremlin", "kremlin-copy")


def test_queries_without_words_list_newest_capture_first_in_the_same_order(desk: Desk) -> None:
    for text in ("agency:GPO", "kind:photo", "-agency:GPO", "credit:missing OR caption:missing", "date:2016..2019"):
        assert len(listed(desk, text, limit=None)) > 2
    # pages of it, and the newest order of a query with words
    assert listed(desk, "agency:GPO", limit=3, offset=2) == listed(desk, "agency:GPO", limit=None)[2:5]
    assert len(listed(desk, "netanyahu", newest=True, limit=None)) == 6
    assert len(listed(desk, "netanyahu OR putin", newest=True, limit=2, offset=1)) == 2


# --- what FTS5 would make nothing of ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a'b", {"hostile"}),
        ("o'brien", {"hostile"}),
        ("100%", {"hostile"}),
        ("a\\b", {"hostile"}),
        ("c?d", {"hostile"}),
        ("$1", {"hostile"}),
        ("'quoted'", {"hostile"}),
        ('"(a|b)"', {"hostile"}),
        ("!c", {"hostile"}),
        ("a' | 'b", {"hostile"}),
        ("x' & !'y", set()),
        ("a <-> b", {"hostile"}),
        ("d:*", None),  # an unknown field: refused by the parser
        # b*: Benjamin, Barack, Bolshoi, brûlée, bridge, broadcast, Ben Gershom, (a|b)
        (
            "'b':*",
            {"kremlin", "warsaw", "bolshoi", "flore", "bridge", "screenshot", "kremlin-copy", "knesset", "hostile"},
        ),
    ],
)
def test_text_in_tsquery_syntax_is_only_words(desk: Desk, text: str, names: set[str] | None) -> None:
    if names is None:
        with pytest.raises(InvalidQuery):
            parse(text)
        return
    assert found(desk, text) == desk.named(*names)


def test_the_hostile_caption_is_found_by_its_words(desk: Desk) -> None:
    assert found(desk, "o'brien") == desk.named("hostile")
    assert found(desk, "100") == desk.named("hostile")
    assert found(desk, '"a b c d"') == desk.named("hostile")


def test_a_word_fts5_reads_no_letters_in_matches_nothing(desk: Desk) -> None:
    """U+19B0 is a letter to Python (the parser keeps it) and a separator to FTS5: an empty phrase."""
    vowel = "\u19b0"
    assert found(desk, vowel) == set()
    assert found(desk, f"{vowel} OR putin") == found(desk, "putin")
    assert found(desk, f"-{vowel}") == set(desk.ids.values())
    assert found(desk, f"putin -{vowel}") == found(desk, "putin")
    assert found(desk, f"person:{vowel}") == set()
    assert found(desk, f"kind:pool OR credit:{vowel}") == desk.named("warsaw")


def test_long_words_and_long_columns_are_found_as_far_as_postgresql_indexes_them(own_desk: Desk) -> None:
    """FTS5 indexes words and columns of any length; PostgreSQL refuses a lexeme of 2 KB and a vector of 1 MB, so
    a word is indexed (and searched) by its first MAX_WORD characters and a column by its first MAX_COLUMN: the
    same answers short of those bounds, and the two differences past them, as the module says."""
    desk = own_desk
    word = "w" * (MAX_WORD + 100)
    huge = " ".join(f"word{i}" for i in range(30_000))  # 268,890 characters
    assert len(huge) > MAX_COLUMN
    for statement, params in (
        ("UPDATE assets SET caption = ? WHERE id = ?", [f"{word} end", desk.ids["uncredited"]]),
        ("UPDATE assets SET headline = ? WHERE id = ?", [huge, desk.ids["hostile"]]),
    ):
        desk.sqlite.db.execute(statement, params)
        desk.pg.execute(statement, params)
    assert found(desk, word) == desk.named("uncredited")
    assert found(desk, '"word1 word2"') == desk.named("hostile")
    assert found(desk, "word3000") == desk.named("hostile")  # within the first MAX_COLUMN characters
    # past the bounds the engines part
    other = "w" * (MAX_WORD + 99) + "x"  # differs from the long word past its first MAX_WORD characters
    assert desk.sqlite.search.run(parse(other)) == []
    assert desk.pg_search().run(parse(other)) == [desk.ids["uncredited"]]
    assert desk.sqlite.search.run(parse("word29999")) == [desk.ids["hostile"]]
    assert desk.pg_search().run(parse("word29999")) == []


def test_the_densest_columns_still_make_a_vector(functions: Pg) -> None:
    """Every column at MAX_COLUMN characters of distinct one-character words of four bytes each (the most
    lexemes a text can make), or of words of MAX_WORD such characters (the longest lexemes): PostgreSQL takes
    the vector (a lexeme of 2 KB, or a vector past its bounds, would refuse the picture)."""
    half = MAX_COLUMN // 2
    densest = [" ".join(chr(0x20000 + k * half + i) for i in range(half)) for k in range(6)]
    longest = [
        " ".join("".join(chr(0x20000 + (k * 100 + w) * 600 + j) for j in range(MAX_WORD)) for w in range(60))
        for k in range(6)
    ]
    for row in (densest, longest):
        assert len(row[0]) <= MAX_COLUMN
        vector = "SELECT length(pd_search_vector(?, ?, ?, ?, ?, ?))"
        assert functions.execute(vector, row).fetchone()[0] == sum(len(c.split()) for c in row)


# --- order and facets --------------------------------------------------------------------------------------------


def test_a_name_in_the_headline_ranks_above_the_same_name_in_a_caption(desk: Desk) -> None:
    """guests has Netanyahu in its headline, no-date in its caption: ts_rank's label weights, as bm25's column
    weights, put the headline first (ranked order is each engine's own; here they agree)."""
    query = parse("netanyahu -person:bibi")
    assert desk.pg_search().run(query) == [desk.ids["guests"], desk.ids["no-date"]]
    assert desk.sqlite.search.run(query) == [desk.ids["guests"], desk.ids["no-date"]]


def test_facets_count_the_same_pictures(desk: Desk) -> None:
    for text in ("netanyahu", "agency:GPO", "kind:photo -agency:GPO", "putin OR кремле", "-nothingatall"):
        query = parse(text)
        assert desk.pg_search().facets(query) == desk.sqlite.search.facets(query), text


def test_searches_are_planned_for_their_own_words_every_time(desk: Desk) -> None:
    """psycopg prepares a statement run five times, and PostgreSQL then plans it once for any words (at 1,000,000
    pictures a plan that read every row of a common word's bitmap: seconds): no statement that reads assets is
    prepared, however often a search runs."""
    import psycopg

    (schema_name,) = desk.pg.raw.execute("SELECT current_schema()").fetchone()
    with psycopg.connect(autocommit=True, options=f"-c search_path={schema_name},public") as raw:
        searches = PgSearches(Pg(raw), desk.sqlite.authority, desk.sqlite.log)
        for _ in range(8):
            for text in ("putin", "netanyahu agency:GPO date:2016", "agency:GPO", "credit:zach"):
                assert set(searches.run(parse(text), limit=None)) == found(desk, text)
                searches.facets(parse(text))
        prepared = [str(r[0]) for r in raw.execute("SELECT statement FROM pg_prepared_statements")]
    assert any("unnest" in s for s in prepared)  # the connection prepares what it may: the words' folding
    assert not [s for s in prepared if "assets" in s]


def test_broad_queries_list_newest_ingested_first_in_the_same_order(
    server: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past BROAD hits both engines stop ranking: newest ingested first, so pages and facets agree exactly.
    PostgreSQL counts a word this common among the newest pictures; where that walk stops short of BROAD + 1
    (a word common only long ago), in the words' bitmap."""
    crowd = [
        Picture(f"crowd-{i}", f"Crowd in the square, picture {i}", taken_at=f"2020-{1 + i % 12:02d}-01", **GPO)
        for i in range(BROAD + 50)
    ]
    with desk_of(tmp_path / "catalog", [*PICTURES, *crowd]) as desk:
        match = desk.pg_search().to_sql(parse("crowd"))[2]
        assert match is not None and hits.newest_first_budget(*hits.estimates(desk.pg, match)) is not None
        for budget in (hits.newest_first_budget, lambda expected, pictures: 10):
            monkeypatch.setattr(hits, "newest_first_budget", budget)
            for text in ("crowd", "crowd -kind:pool", "square OR putin"):
                assert len(listed(desk, text, limit=60)) == 60
                assert len(listed(desk, text, limit=20, offset=4_990)) == 20
                query = parse(text)
                assert desk.pg_search().facets(query) == desk.sqlite.search.facets(query)
            # broad is the words' hit count: a date that leaves 421 of them still lists them newest ingested first
            march = listed(desk, "crowd date:2020-03", limit=None)
            assert march == sorted((desk.ids[f"crowd-{i}"] for i in range(2, BROAD + 50, 12)), reverse=True)
            assert found(desk, "putin") == desk.named("kremlin", "bolshoi", "kremlin-copy", "wreath", "moscow")


# --- any query ---------------------------------------------------------------------------------------------------

WORDS = st.sampled_from(
    ["putin", "Путин", "נתניהו", "ירושלים", "القدس", "wałesa", "CAFE", "zach/gpo", "netan*", "OR", "NOT", "'", "a|b"]
)
FIELD_TOKENS = st.builds(
    lambda neg, name, value: f"{neg}{name}:{value}",
    st.sampled_from(["", "-"]),
    st.sampled_from(["person", "credit", "agency", "by"]),
    st.one_of(
        st.sampled_from(["GPO", "Reuters", '"Haim Zach"', "e", "netan", "putin", "Путин", "zch", "%", "_"]),
        st.text(alphabet="abehinostuz'\"*%_\u05d1\u0301\u19b0 ", min_size=1, max_size=8),
    ),
)
FILTERS = st.sampled_from(
    ["kind:photo", "-kind:pool", "kind:handout", "caption:missing", "-credit:missing", "date:2016", "since:2016-06-07"]
)
HOSTILE = st.text(alphabet="ab'\":*&|!<->()\\%?$ \u05d1\u0301\u19b0", min_size=1, max_size=8)
QUERIES = st.lists(st.one_of(WORDS, FIELD_TOKENS, FILTERS, HOSTILE, st.text(min_size=1, max_size=6)), max_size=6).map(
    " ".join
)


def test_caption_missing_beside_words_finds_the_uncaptioned_picture_on_both_engines(desk: Desk) -> None:
    """Words join the full-text index, which has a caption column too: the to-do condition names its table."""
    for search in (desk.sqlite.search, desk.pg_search()):
        assert search.run(parse("zach caption:missing")) == [desk.ids["uncaptioned"]]
        assert set(search.run(parse("zach -caption:missing"), limit=None)) == desk.named(
            "kremlin", "kremlin-copy", "portrait"
        )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUERIES)
def test_any_query_finds_the_same_pictures_in_both_engines(desk: Desk, text: str) -> None:
    try:
        query = parse(text)
    except InvalidQuery:
        assume(False)
        return
    expected = set(desk.sqlite.search.run(query, limit=None))
    got = set(desk.pg_search().run(query, limit=None))
    event("some pictures" if got else "no picture")
    assert got == expected


# --- the words themselves ----------------------------------------------------------------------------------------


def fts5_words(texts: Sequence[str]) -> list[list[str]]:
    """Each text's tokens as the catalog's FTS5 tokenizer makes them."""
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(a, tokenize='{FTS_TOKENIZE}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    conn.executemany("INSERT INTO t(rowid, a) VALUES (?, ?)", enumerate(texts, start=1))
    out: list[list[str]] = [[] for _ in texts]
    for term, doc in conn.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
        out[doc - 1].append(term)
    conn.close()
    return out


@pytest.fixture(scope="module")
def functions(server: None) -> Iterator[Pg]:
    with schema() as pg:
        pg.execute("CREATE TABLE assets (id bigint PRIMARY KEY, " + ", ".join(f"{c} text" for c in FTS_COLUMNS) + ")")
        pg.execute("ALTER TABLE assets ADD COLUMN taken_at text, ADD COLUMN ingested_at text")
        pg.execute(
            "ALTER TABLE assets ADD COLUMN credit_raw text, ADD COLUMN credit_line text, ADD COLUMN credit_kind text"
        )
        for statement in search_ddl():
            pg.execute(statement)
        yield pg


def test_every_code_point_splits_and_folds_as_in_fts5(functions: Pg) -> None:
    """Each code point between two letters and alone, 1,000 to a text: PostgreSQL's words are FTS5's, but for
    the letters FTS5 does not case-fold (CASE_FOLDED_ONLY_HERE), which stay out of the texts."""
    apart = {c for a, b in CASE_FOLDED_ONLY_HERE for c in range(a, b + 1)}
    points = [c for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF and c not in apart]
    texts = ["".join(f"x{chr(c)}y {chr(c)} " for c in points[i : i + 1_000]) for i in range(0, len(points), 1_000)]
    expected = fts5_words(texts)
    for i in range(0, len(texts), 100):
        got = folded_words(functions, texts[i : i + 100])
        for j, (mine, theirs) in enumerate(zip(got, expected[i : i + 100], strict=True)):
            assert mine == theirs, f"code points from U+{points[(i + j) * 1_000]:04X}"


def test_letters_fts5_does_not_case_fold_are_the_one_difference(functions: Pg) -> None:
    cherokee = "\u13a0 \uab70"  # CHEROKEE LETTER A and its small form
    assert fts5_words([cherokee]) == [["\u13a0", "\uab70"]]
    assert folded_words(functions, [cherokee]) == [["\uab70", "\uab70"]]


def test_the_probe_that_tells_this_versions_functions_is_fts5s_answer(functions: Pg) -> None:
    assert fts5_words([PROBE]) == [PROBE_WORDS]
    assert folded_words(functions, [PROBE]) == [PROBE_WORDS]
    assert fts5_words([t or "" for t in PROBE_ROW]) == [w or [] for w in PROBE_ROW_WORDS]
    vector = functions.execute("SELECT pd_search_vector(?, ?, ?, ?, ?, ?)::text", list(PROBE_ROW)).fetchone()[0]
    assert vector == functions.execute("SELECT ?::tsvector::text", [vector_text(PROBE_ROW_WORDS)]).fetchone()[0]
    # positions: each column's words in a row, one left empty between columns; marks and labels by column
    assert {"'!zach':4C", "'zach':15,22", "'#haim':32B"} <= set(vector.split())


def test_a_vector_holds_each_words_position_mark_and_label(functions: Pg) -> None:
    row = ["Haim Zach/GPO", "Kremlin", '["a", "b"]', '["Sara Netanyahu"]', None, "Haim Zach"]
    vector = functions.execute("SELECT pd_search_vector(?, ?, ?, ?, ?, ?)::text", row).fetchone()[0]
    assert vector == (
        "'!gpo':3C '!haim':1C '!kremlin':5A '!netanyahu':11A '!sara':10A '!zach':2C '#haim':14B '#zach':15B 'a':7 'b':8"
    )


def test_the_search_columns_and_their_marks() -> None:
    assert SEARCH_COLUMNS == FTS_COLUMNS
    assert {c for c, mark in MARKS.items() if mark in PERSON_MARKS} == {"people", "caption", "headline"}
    assert {c for c, mark in MARKS.items() if mark in CREDIT_MARKS} == {"photographer_text"}
    assert set(MARKS.values()) == set(TEXT_MARKS)
    # a mark, a quote and a backslash are separators: no word holds one, so lexemes need no escaping
    separators = {c for a, b in SEPARATORS for c in range(a, b + 1)}
    assert {ord(c) for m in TEXT_MARKS for c in m} | {ord("'"), ord("\\")} <= separators


# --- PgSearchText ------------------------------------------------------------------------------------------------


class PgAssetRecords:
    """Asset records read from the PostgreSQL table (the catalog's own row reader, ``to_asset``)."""

    def __init__(self, pg: Pg) -> None:
        self.pg = pg

    def many(self, ids: Sequence[int]) -> dict[int, Asset]:
        cursor = self.pg.execute("SELECT * FROM assets WHERE id = ANY (?::bigint[])", [list(ids)])
        names = [d[0] for d in cursor.description]
        records = [to_asset(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]
        return {a.id: a for a in records}


def pg_text(desk: Desk) -> PgSearchText:
    return PgSearchText(desk.pg, PgAssetRecords(desk.pg), desk.sqlite.authority, desk.sqlite.log)


@pytest.mark.parametrize(
    "expression",
    [
        '{caption headline people} : ("putin" OR "sara netanyahu" OR "נתניהו")',
        '{people} : ("Benjamin Netanyahu")',
        '{headline} : ("netanyahu" OR "café")',  # headline shares its label with people: checked again
        '{caption} : ("netanyahu")',
        '{photographer_text} : ("zach")',
        '"netan"*',
        '"Zach/GPO"',
        '("kremlin" OR "wreath")',
        '{caption headline people} : ("say ""hello""")',
    ],
)
def test_matching_reads_the_expressions_photodesk_writes(desk: Desk, expression: str) -> None:
    assert pg_text(desk).matching(expression) == desk.sqlite.fts.matching(expression)


def test_matching_finds_what_photodesks_steps_ask_for(desk: Desk) -> None:
    got = pg_text(desk).matching('{caption headline people} : ("sara netanyahu")')
    assert got == [desk.ids["knesset"]]


@pytest.mark.parametrize("expression", ['{nowhere} : ("x")', '"a" AND "b"', "x", '"a" OR "b"', '{caption} "a"', ""])
def test_matching_refuses_other_expressions(desk: Desk, expression: str) -> None:
    with pytest.raises(ValueError):
        pg_text(desk).matching(expression)


def test_refresh_makes_new_names_findable(own_desk: Desk) -> None:
    desk = own_desk
    putin = desk.sqlite.authority.people.id_of("Vladimir Putin") or 0
    desk.sqlite.authority.people.add_alias(putin, "Poutine")
    assert found(desk, "poutine") == set()
    ids = list(desk.ids.values())
    desk.sqlite.fts.refresh(ids)
    pg_text(desk).refresh(ids)
    assert found(desk, "poutine") == desk.named("kremlin", "bolshoi", "moscow")
    stored = "SELECT id, search_text, photographer_text FROM assets ORDER BY id"
    assert [tuple(r) for r in desk.pg.execute(stored).fetchall()] == desk.sqlite.db.execute(stored).fetchall()


def test_problem_names_what_is_wrong_and_rebuild_mends_it(own_desk: Desk) -> None:
    desk = own_desk
    text = pg_text(desk)
    assert text.problem(read_only=False) is None
    assert text.problem(read_only=True) is None
    storage = "SELECT attstorage FROM pg_attribute WHERE attrelid = 'assets'::regclass AND attname = 'search_vector'"
    assert desk.pg.execute(storage).fetchone()[0] == "m"  # in the row, not in TOAST
    # the vector function replaced by another (an older version's, say), a row written meanwhile, and back
    arguments = ", ".join(f"{c} text" for c in SEARCH_COLUMNS)
    desk.pg.execute(
        f"CREATE OR REPLACE FUNCTION pd_search_vector({arguments}) RETURNS tsvector LANGUAGE sql IMMUTABLE "
        "RETURN to_tsvector('simple', coalesce(caption, ''))"
    )
    assert "not this version's" in (text.problem(read_only=True) or "")
    desk.pg.execute("UPDATE assets SET caption = caption WHERE id = ?", [desk.ids["flore"]])
    for statement in search_ddl():
        desk.pg.execute(statement)
    assert text.problem(read_only=True) == (
        "out of step with the catalog (1 stored vectors differ from what the functions write now)"
    )
    assert desk.pg_search().run(parse("creme")) == []  # flore's vector still holds crème
    text.rebuild()
    assert text.problem(read_only=False) is None
    assert found(desk, "creme") == desk.named("flore")
    desk.pg.execute("DROP INDEX idx_assets_search")
    assert "GIN index" in (text.problem(read_only=False) or "")
    desk.pg.execute("ALTER TABLE assets DROP COLUMN search_vector")
    assert "search_vector is missing" in (text.problem(read_only=False) or "")
    desk.pg.execute("DROP FUNCTION pd_search_words")
    assert text.problem(read_only=False) == "the search functions are missing (pd_search_words)"
    text.rebuild()
    assert text.problem(read_only=False) is None
    assert found(desk, "putin") == desk.named("kremlin", "bolshoi", "kremlin-copy", "wreath", "moscow")


def test_rebuild_runs_inside_a_transaction_that_rolls_back(own_desk: Desk) -> None:
    import psycopg

    desk = own_desk
    with pytest.raises(psycopg.errors.DivisionByZero), desk.pg.raw.transaction():
        pg_text(desk).rebuild()
        desk.pg.execute("SELECT 1 / 0")
    assert pg_text(desk).problem(read_only=False) is None
    assert found(desk, "putin")


# --- the placeholders ----------------------------------------------------------------------------------------------


def test_pg_sql_turns_only_placeholders_into_psycopgs(server: None) -> None:
    import psycopg

    sql = (
        "SELECT ?, '?', 'it''s ? 5%', E'\\'?', \"?col\".x, $$ ? $$, $t$ ?$$ $t$ -- ?\n"
        ', ? /* ? */, 5 % 3 FROM (SELECT 1 AS x) AS "?col"'
    )
    assert pg_sql(sql).count("%s") == 2
    with psycopg.connect(autocommit=True) as conn:
        row = conn.execute(pg_sql(sql), ["a", "b"]).fetchone()
    assert row == ("a", "?", "it's ? 5%", "'?", 1, " ? ", " ?$$ ", "b", 2)
