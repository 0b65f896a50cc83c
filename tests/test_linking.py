"""Captions and credits linked from articles, sheets and sidecars; names corrected with care; people found."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from catalog.captions.sheets import find_slots
from catalog.credits.names import Authority, History, Person, match_name, name_key

from .helpers import DATA, exiftool, photo, run, run_json

# An article laid out like the seed: a screenshot credit on its own line, short title lines over caption
# paragraphs that end in credits, a misspelled photographer, parentheses that are not credits, a byline.
ARTICLE = """(Youtube/Screenshot)
Macron welcomes Herzog in Paris

Macron welcomes Herzog in Paris

President Isaac Herzog is greeted at the Elysee Palace on Wednesday. (Kobi Gideon/GPO)

The two presidents (both in their first terms) discussed trade, energy and the fight against antisemitism.

"We will stand together (always) against hatred," Macron said at the joint news conference.

Herzog in Paris

Herzog lays a wreath at the Arc de Triomphe, honoring the soldiers of France (left) and Israel. (Kobi Gideon/GPO)

Talks continued into the evening with a dinner hosted by the French president.

President Isaac and Michal Herzog at the Louvre

President Isaac Herzog and his wife Michal tour the Louvre's new Mesopotamian galleries. (Kobi Gidoen/GPO)

By: AFP and Desk Staff

Sign up for our newsletter (free)
"""

# Another layout: no blank lines, credits on their own line after each caption, a Reuters tagline.
ARTICLE_CREDIT_LINES = """Storm hits the coast
Waves crash over the promenade in Tel Aviv as the first winter storm arrives.
Photo: Miriam Alster/Flash90
Residents say the storm (the strongest in a decade) flooded several streets.
Fishermen pull their boats onto the beach in Jaffa.
Photo: Yonatan Sindel/Flash90
TEL AVIV (Reuters) - Forecasters expect more rain on Sunday.
(Writing by Dan Williams; Editing by Tom Heneghan)
"""


def batch_of(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [photo(folder / name, seed=i, fmt="JPEG") for i, name in enumerate(names)]


def assets_by_file(summary: dict) -> dict[str, dict]:
    return {Path(f["path"]).name: run_json("show", str(f["asset_id"])) for f in summary["files"] if f["asset_id"]}


def test_article_slots_are_found_in_reading_order() -> None:
    slots = find_slots(ARTICLE)
    assert [s.credit for s in slots] == ["Youtube/Screenshot", "Kobi Gideon/GPO", "Kobi Gideon/GPO", "Kobi Gidoen/GPO"]
    assert slots[1].headline == "Macron welcomes Herzog in Paris"
    assert slots[3].headline == "President Isaac and Michal Herzog at the Louvre"
    assert slots[2].caption is not None and "(left)" in slots[2].caption


def test_article_with_credit_lines_after_captions() -> None:
    slots = find_slots(ARTICLE_CREDIT_LINES)
    assert [s.credit for s in slots] == ["Photo: Miriam Alster/Flash90", "Photo: Yonatan Sindel/Flash90"]


def test_article_links_every_slot_in_natural_order_and_fixes_the_misspelling(tmp_path: Path) -> None:
    folder = tmp_path / "paris"
    batch_of(folder, ["10.jpg", "2.jpg", "1.jpg", "3.jpg"])  # natural order: 1, 2, 3, 10
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("ingest", str(folder), "--captions", str(article), "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assets = assets_by_file(summary)
    assert assets["1.jpg"]["credit"]["kind"] == "screenshot"
    assert assets["1.jpg"]["credit"]["line"] == "YouTube screenshot"
    assert assets["2.jpg"]["caption"] == "President Isaac Herzog is greeted at the Elysee Palace on Wednesday."
    assert assets["2.jpg"]["headline"] == "Macron welcomes Herzog in Paris"
    assert assets["3.jpg"]["caption"].startswith("Herzog lays a wreath")
    for name in ("2.jpg", "3.jpg", "10.jpg"):
        assert assets[name]["credit"]["photographers"] == ["Kobi Gideon"]
        assert assets[name]["credit"]["agency"] == "GPO"
        assert assets[name]["credit"]["line"] == "Kobi Gideon/GPO"
    fixed = assets["10.jpg"]
    assert fixed["credit"]["raw"] == "Kobi Gidoen/GPO"  # the raw text is kept
    assert fixed["credit"]["photographers_written"] == ["Kobi Gidoen"]
    assert [(c["from"], c["to"], c["rule"]) for c in fixed["corrections"]] == [
        ("Kobi Gidoen", "Kobi Gideon", "history")
    ]
    assert "corrected:" in result.stderr


def test_article_and_batch_of_different_sizes_link_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "three"
    batch_of(folder, ["1.jpg", "2.jpg", "3.jpg"])
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("ingest", str(folder), "--captions", str(article), "--yes", "--json")
    assert result.exit_code == 1
    assert "4 photo slot(s) in the article but 3 picture(s)" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["new"] == 3
    for asset in assets_by_file(summary).values():
        assert asset["caption"] is None and asset["credit"]["raw"] is None


def test_caption_sheet_beats_sidecar_beats_embedded_and_conflicts_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    a, b, _c = batch_of(folder, ["a.jpg", "b.jpg", "c.jpg"])
    exiftool(
        a, "-XMP-dc:Description=Embedded caption for a", "-XMP-photoshop:Credit=Reuters", "-XMP-dc:Creator=Ammar Awad"
    )
    exiftool(b, "-XMP-dc:Description=Embedded caption for b (Haim Zach/GPO)")
    (folder / "b.txt").write_text("Sidecar caption for b. (Amos Ben Gershom/GPO)", encoding="utf-8")
    (folder / "c.json").write_text(
        json.dumps({"caption": "נתניהו במוסקבה", "credit": 'חיים צח/לע"מ', "people": ["Sara Netanyahu"]}),
        encoding="utf-8",
    )
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "file,caption,credit,headline,people\n"
        "a.jpg,Sheet caption for a,Kobi Gideon/GPO,Sheet headline,Benjamin Netanyahu;Sara Netanyahu\n",
        encoding="utf-8",
    )
    result = run("ingest", str(folder), "--captions", str(sheet), "--json")
    assert result.exit_code == 0, result.stderr
    assets = assets_by_file(json.loads(result.stdout))
    assert set(assets) == {"a.jpg", "b.jpg", "c.jpg"}  # sidecars are read, not reported as pictures
    assert assets["a.jpg"]["caption"] == "Sheet caption for a"
    assert assets["a.jpg"]["credit"]["line"] == "Kobi Gideon/GPO"
    assert assets["a.jpg"]["people"] == ["Benjamin Netanyahu", "Sara Netanyahu"]
    fields = {c["field"]: c for c in assets["a.jpg"]["conflicts"]}
    assert fields["caption"]["chosen"] == "sheet" and fields["caption"]["values"]["embedded"].startswith("Embedded")
    assert assets["b.jpg"]["caption"] == "Sidecar caption for b."
    assert assets["b.jpg"]["credit"]["photographers"] == ["Amos Ben Gershom"]
    assert assets["b.jpg"]["caption_source"] == "sidecar"
    assert assets["c.jpg"]["caption"] == "נתניהו במוסקבה"
    assert assets["c.jpg"]["credit"]["photographers"] == ["חיים צח"] and assets["c.jpg"]["credit"]["agency"] == "GPO"
    kinds = {s["kind"] for s in run_json("show", str(assets["a.jpg"]["id"]))["caption_sources"]}
    assert kinds == {"embedded", "sheet"}


def test_embedded_byline_and_agency_credit_are_read_together(tmp_path: Path) -> None:
    path = photo(tmp_path / "gpo.jpg", fmt="JPEG")
    exiftool(
        path,
        "-codedcharacterset=utf8",
        "-IPTC:By-line=KOBI GIDEON",
        "-IPTC:Credit=GPO",
        "-IPTC:Caption-Abstract=Netanyahu at the Knesset",
    )
    run_json("ingest", str(path))
    credit = run_json("show", "1")["credit"]
    assert credit["raw"] == "GPO"
    assert (credit["photographers"], credit["agency"], credit["line"]) == (["Kobi Gideon"], "GPO", "Kobi Gideon/GPO")


AUTHORITY = """name,agency,aliases
Haim Zach,GPO,Chaim Zach|Hayim Zach
Kobi Gideon,GPO,Koby Gideon
Dan Zach,Flash90,
Ran Zach,Flash90,
Amos Ben Gershom,GPO,Amos Ben-Gershom
"""


@pytest.fixture
def authority(tmp_path: Path) -> Path:
    path = tmp_path / "photographers.csv"
    path.write_text(AUTHORITY, encoding="utf-8")
    result = run("credits", "authority", "import", str(path))
    assert result.exit_code == 0, result.stderr
    return path


def parse_lines(*lines: str) -> list[dict]:
    result = run("credits", "parse", *lines, "--json")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_authority_corrects_aliases_and_typos_but_not_ambiguity(authority: Path) -> None:
    out = parse_lines(
        "Chaim Zach/GPO", "Haim Zch/GPO", "Gan Zach/Flash90", "Koby Gideon/GPO", "HAIM ZACH/GPO", "Haim Zch/Reuters"
    )
    assert [o["credit"]["photographers"] for o in out] == [
        ["Haim Zach"],
        ["Haim Zach"],
        ["Gan Zach"],
        ["Kobi Gideon"],
        ["Haim Zach"],
        ["Haim Zch"],
    ]
    assert out[0]["corrections"][0]["rule"] == "alias"
    assert out[1]["corrections"][0]["rule"] == "fuzzy"
    assert out[2]["corrections"] == [] and "Dan Zach" in out[2]["reviews"][0]["reason"]
    assert out[5]["corrections"] == []  # same spelling distance, but another agency: queued, not fixed
    assert out[5]["reviews"]


def test_no_correction_between_two_people_the_authority_lists(tmp_path: Path) -> None:
    path = tmp_path / "close.csv"
    path.write_text(
        "name,agency,aliases\nKobi Gideon,GPO,\nKoby Gideon,GPO,\nYossi Zamir,Flash90,\nYosi Zamir,Flash90,\n",
        encoding="utf-8",
    )
    assert run("credits", "authority", "import", str(path)).exit_code == 0
    out = parse_lines("Koby Gideon/GPO", "Kobi Gideon/GPO", "Yosi Zamir/Flash90", "Yossi Zamir/Flash90")
    assert [o["credit"]["photographers"][0] for o in out] == ["Koby Gideon", "Kobi Gideon", "Yosi Zamir", "Yossi Zamir"]
    assert all(o["corrections"] == [] for o in out)


LETTERS = "abcdefghiklmnorstuyz"
names = st.text(alphabet=LETTERS, min_size=3, max_size=8).map(str.capitalize)


@st.composite
def one_edit(draw: st.DrawFn, name: str) -> str:
    """``name`` with one typo: a letter changed, dropped, added or two swapped (the space is kept)."""
    letters = [i for i, c in enumerate(name) if c != " "]
    i = draw(st.sampled_from(letters))
    c = draw(st.sampled_from(LETTERS))
    kind = draw(st.sampled_from(["change", "drop", "add", "swap"]))
    if kind == "drop" and len(name.split()[0 if i < name.index(" ") else 1]) > 1:
        out = name[:i] + name[i + 1 :]
    elif kind == "add":
        out = name[:i] + c + name[i:]
    elif kind == "swap" and i + 1 < len(name) and name[i + 1] != " ":
        out = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    else:
        out = name[:i] + c + name[i + 1 :]
    return " ".join(w.capitalize() for w in out.split())


@st.composite
def close_authorities(draw: st.DrawFn) -> list[str]:
    """Listed names in clusters: each drawn name, and some listed one typo away from it ('Kobi Gideon' and
    'Koby Gideon' both real people), so a typo of one is often close to another."""
    names_out: dict[str, str] = {}
    for first, last in draw(st.lists(st.tuples(names, names), min_size=1, max_size=4)):
        base = f"{first} {last}"
        names_out.setdefault(name_key(base), base)
        for _ in range(draw(st.integers(0, 2))):
            variant = draw(one_edit(base))
            names_out.setdefault(name_key(variant), variant)
    return list(names_out.values())


@settings(max_examples=300, deadline=None)
@given(close_authorities(), st.sampled_from(["GPO", "AP"]), st.data())
def test_a_typo_of_a_listed_name_becomes_that_name_or_stays_as_written(
    listed: list[str], agency: str, data: st.DataObject
) -> None:
    """Never another listed person: a typo close to two listed names is left as written (and queued)."""
    people = [Person(i, name, agency) for i, name in enumerate(listed)]
    authority = Authority.of(people)
    history = History()
    for person in people:
        history.add(person.name, agency, 5)
    for person in people:
        decision = match_name(person.name, agency, authority, history)
        assert (decision.name, decision.rule) == (person.name, "exact")
    meant = data.draw(st.sampled_from(people))
    written = data.draw(one_edit(meant.name))
    assume(name_key(written) not in authority.by_key)
    decision = match_name(written, agency, authority, history)
    assert decision.name in (written, meant.name), (decision.rule, decision.reason)


def test_a_typo_that_is_also_the_start_of_another_listed_name_is_queued_not_completed() -> None:
    """'Eyal Warshavski' is one letter from the listed Eyal Warshavsky and the start of the listed Eyal
    Warshavskiy: a truncation of one or a typo of the other, so neither is certain (found by the property above)."""
    authority = Authority.of([Person(1, "Eyal Warshavsky", "AFP"), Person(2, "Eyal Warshavskiy", "AFP")])
    decision = match_name("Eyal Warshavski", "AFP", authority, History())
    assert (decision.name, decision.rule) == ("Eyal Warshavski", "review")
    assert {decision.candidate, decision.runner_up} == {"Eyal Warshavsky", "Eyal Warshavskiy"}
    alone = Authority.of([Person(2, "Eyal Warshavskiy", "AFP")])
    assert match_name("Eyal Warshavski", "AFP", alone, History()).rule == "truncation"  # nothing else that close


def test_authority_import_refuses_an_alias_of_someone_else(authority: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,agency,aliases\nKobi Gideon Jr,GPO,Chaim Zach\n", encoding="utf-8")
    result = run("credits", "authority", "import", str(bad))
    assert result.exit_code == 1
    assert "bad.csv, line 2" in result.stderr and "already means Haim Zach" in result.stderr


def test_authority_export_round_trips(authority: Path) -> None:
    result = run("credits", "authority", "export")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "name,agency,aliases"
    assert "Haim Zach,GPO,Chaim Zach|Hayim Zach" in lines


def test_no_autofix_keeps_names_and_queues_them(tmp_path: Path, authority: Path) -> None:
    path = photo(tmp_path / "x.jpg", fmt="JPEG")
    exiftool(path, "-XMP-dc:Description=Arrival in Moscow (Haim Zch/GPO)")
    summary = run_json("ingest", str(path), "--no-autofix")
    assert summary["corrections"] == [] and summary["reviews"][0]["written"] == "Haim Zch"
    assert run_json("show", "1")["credit"]["photographers"] == ["Haim Zch"]


def test_undo_restores_the_written_name_and_a_rerun_respects_it(tmp_path: Path, authority: Path) -> None:
    path = photo(tmp_path / "x.jpg", fmt="JPEG")
    exiftool(path, "-XMP-dc:Description=Arrival in Moscow (Haim Zch/GPO)")
    run_json("ingest", str(path))
    correction = run_json("show", "1")["corrections"][0]
    assert (correction["from"], correction["to"]) == ("Haim Zch", "Haim Zach")
    assert run("credits", "undo", str(correction["id"])).exit_code == 0
    asset = run_json("show", "1")
    assert asset["credit"]["photographers"] == ["Haim Zch"] and asset["corrections"][0]["undone_at"]
    (tmp_path / "x.txt").write_text("Arrival in Moscow, again (Haim Zch/GPO)", encoding="utf-8")
    run_json("ingest", str(tmp_path))  # a sidecar arrives: the asset is relinked
    assert run_json("show", "1")["credit"]["photographers"] == ["Haim Zch"]
    assert run("credits", "undo", str(correction["id"])).exit_code == 1


def test_review_clusters_then_merge_fixes_records_and_keeps_raw(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    pics = batch_of(folder, ["1.jpg", "2.jpg", "3.jpg", "4.jpg"])
    credits = ["Koby Gideon/GPO", "Kobi Gideon/GPO", "KOBI GIDEON/GPO", "Koby Gideon / GPO"]
    for pic, credit in zip(pics, credits, strict=True):
        exiftool(pic, f"-XMP-photoshop:Credit={credit}")
    summary = run_json("ingest", str(folder))
    assert summary["corrections"] == []  # two and two: no spelling is established over the other
    review = run_json("credits", "review")
    assert {n["name"]: n["count"] for n in review["clusters"][0]["names"]} == {"Koby Gideon": 2, "Kobi Gideon": 2}
    merged = run_json("credits", "merge", "Koby Gideon", "--into", "Kobi Gideon")
    assert len(merged["assets_fixed"]) == 2
    asset = run_json("show", str(merged["assets_fixed"][0]))
    assert asset["credit"]["photographers"] == ["Kobi Gideon"] and asset["credit"]["raw"] == "Koby Gideon/GPO"
    assert asset["corrections"][-1]["rule"] == "merge"
    assert "Kobi Gideon,GPO,Koby Gideon" in run("credits", "authority", "export").stdout


def test_people_from_iptc_authority_coordinated_forms_and_tags(tmp_path: Path) -> None:
    people_csv = tmp_path / "people.csv"
    people_csv.write_text(
        "name,aliases\nBenjamin Netanyahu,Bibi|Биньямин Нетаньяху\nSara Netanyahu,\nVladimir Putin,Путин\n",
        encoding="utf-8",
    )
    assert run("people", "import", str(people_csv)).exit_code == 0
    folder = tmp_path / "p"
    a, b, c = batch_of(folder, ["a.jpg", "b.jpg", "c.jpg"])
    exiftool(a, "-XMP-dc:Description=PM Benjamin and Sara Netanyahu in Moscow (Haim Zach/GPO)")
    exiftool(b, "-XMP-dc:Description=Putin greets his guest; Netanyahu smiles", "-XMP-iptcExt:PersonInImage=Bibi")
    exiftool(c, "-XMP-dc:Description=Путин и Нетаньяху в Кремле. Andrei Gromyko's portrait hangs behind them")
    summary = run_json("ingest", str(folder))
    assets = assets_by_file(summary)
    assert assets["a.jpg"]["people"] == ["Benjamin Netanyahu", "Sara Netanyahu"]
    assert assets["b.jpg"]["people"] == ["Benjamin Netanyahu", "Vladimir Putin"]  # surname alone is ambiguous
    assert assets["c.jpg"]["people"] == ["Vladimir Putin"]
    tagged = run_json("tag", str(assets["c.jpg"]["id"]), "--person", "Bibi")
    assert tagged["people"] == ["Vladimir Putin", "Benjamin Netanyahu"]
    listed = {p["name"]: p for p in run_json("people", "list")}
    assert listed["Benjamin Netanyahu"]["pictures"] == 3
    suggestions = [s["name"] for s in run_json("people", "suggest")]
    assert "Andrei Gromyko" in suggestions and "Vladimir Putin" not in suggestions


def test_credits_parse_reads_stdin_as_json_lines() -> None:
    result = run("credits", "parse", "--json", input="(Haim Zach/GPO)\nNetanyahu in Moscow (left)\n")
    assert result.exit_code == 0
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert set(first) >= {"caption", "credit", "corrections"}
    assert set(first["credit"]) >= {"raw", "photographers", "agency", "kind", "line"}
    assert second["credit"] is None and second["caption"] == "Netanyahu in Moscow (left)"


def test_relinking_a_known_picture_with_a_new_sheet_updates_it(tmp_path: Path) -> None:
    shutil.copy(DATA / "osprey.jpg", tmp_path / "osprey.jpg")
    run_json("ingest", str(tmp_path / "osprey.jpg"))
    sheet = tmp_path / "sheet.json"
    sheet.write_text(
        json.dumps([{"file": "osprey.jpg", "caption": "An osprey perched on a branch", "credit": "Handout"}]),
        encoding="utf-8",
    )
    summary = run_json("ingest", str(tmp_path / "osprey.jpg"), "--captions", str(sheet))
    assert summary["present"] == 1
    asset = run_json("show", "1")
    assert asset["caption"] == "An osprey perched on a branch" and asset["credit"]["kind"] == "handout"


def test_a_correction_from_one_real_given_name_to_another_is_queued(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "name,agency,aliases\nAhmad Gharabli,AFP,\nMuhammad Salem,Reuters,\nYosi Zamir,Flash90,\nJohn Macdougall,AFP,\n"
        "Haim Zach,GPO,\n",
        encoding="utf-8",
    )
    assert run("credits", "authority", "import", str(path)).exit_code == 0
    written = ["Ahmed Gharabli/AFP", "Mohammed Salem/Reuters", "Yossi Zamir/Flash90", "Jon Macdougall/AFP"]
    out = parse_lines(*written, "Haim Zch/GPO")
    assert [o["credit"]["photographers"] for o in out] == [
        ["Ahmed Gharabli"],
        ["Mohammed Salem"],
        ["Yossi Zamir"],
        ["Jon Macdougall"],
        ["Haim Zach"],
    ]
    for o in out[:4]:
        assert o["corrections"] == [], o
        review = o["reviews"][0]
        assert review["rule"] == "review" and "given name or surname" in review["reason"], review
    assert [(c["from"], c["to"]) for c in out[4]["corrections"]] == [("Haim Zch", "Haim Zach")]


def test_history_does_not_turn_a_real_spelling_into_another() -> None:
    """Gidon and Gideon are both names: one credit 'Kobi Gidon' among many 'Kobi Gideon' is queued, not fixed."""
    history = History()
    history.add("Kobi Gideon", "GPO", 5)
    history.add("Kobi Gidon", "GPO")
    decision = match_name("Kobi Gidon", "GPO", Authority.of([]), history)
    assert (decision.name, decision.rule, decision.candidate) == ("Kobi Gidon", "review", "Kobi Gideon")
    typo = History()
    typo.add("Kobi Gideon", "GPO", 5)
    typo.add("Kobi Gidoen", "GPO")
    assert match_name("Kobi Gidoen", "GPO", Authority.of([]), typo).name == "Kobi Gideon"


def test_a_spelling_seen_as_a_word_of_another_name_is_not_a_typo() -> None:
    """'Warshavski' is not in the list of names, but the catalog knows it as another photographer's surname."""
    authority = Authority.of([Person(1, "Eyal Warshavsky", "AFP"), Person(2, "Anna Warshavski", "AFP")])
    decision = match_name("Eyal Warshavski", "AFP", authority, History())
    assert (decision.name, decision.rule) == ("Eyal Warshavski", "review")
    assert "Warshavski" in decision.reason or "warshavski" in decision.reason
    alone = Authority.of([Person(1, "Eyal Warshavsky", "AFP")])
    assert match_name("Eyal Warshavski", "AFP", alone, History()).name == "Eyal Warshavsky"


def test_history_corrects_across_the_and_no_the_in_an_unknown_agency() -> None:
    history = History()
    history.add("Dan Cohen", "The Jerusalem Report", 3)
    history.add("Dan Coehn", "Jerusalem Report")
    decision = match_name("Dan Coehn", "Jerusalem Report", Authority.of([]), history)
    assert (decision.name, decision.rule) == ("Dan Cohen", "history")
    listed = Authority.of([Person(1, "Dan Cohen", "The Jerusalem Report")])
    decision = match_name("Dan Coehn", "Jerusalem Report", listed, History())
    assert (decision.name, decision.rule) == ("Dan Cohen", "fuzzy")


def test_an_agency_typo_is_corrected_only_when_certain() -> None:
    out = parse_lines(
        "Amir Cohen/Reutres",
        "Yonatan Sindel/Flahs90",
        "Haim Zach/Goverment Press Office",
        "Photo: Isreal Police",
        "Dan Balilty/Channel 14",
        "Ahmad Gharabli/APF",
        "Chip Somodevilla/Getty Imges",
    )
    agencies = [o["credit"]["agency"] for o in out]
    assert agencies[:4] == ["Reuters", "Flash90", "GPO", "Israel Police"]
    assert (agencies[6], out[6]["credit"]["photographers"]) == ("Getty Images", ["Chip Somodevilla"])
    assert agencies[4:6] != ["Channel 12", "AFP"] and agencies[4] != "Channel 13"  # close to two, or too short
    fixes = [[(c["field"], c["from"], c["to"]) for c in o["corrections"] if c.get("field") == "agency"] for o in out]
    assert fixes == [
        [("agency", "Reutres", "Reuters")],
        [("agency", "Flahs90", "Flash90")],
        [("agency", "Goverment Press Office", "GPO")],
        [("agency", "Isreal Police", "Israel Police")],
        [],
        [],
        [("agency", "Getty Imges", "Getty Images")],
    ]
    assert out[0]["credit"]["raw"] == "Amir Cohen/Reutres" and out[0]["credit"]["line"] == "Amir Cohen/Reuters"


def test_an_agency_correction_is_logged_undoable_and_keeps_the_raw_text(tmp_path: Path) -> None:
    path = photo(tmp_path / "x.jpg", fmt="JPEG")
    exiftool(path, "-XMP-dc:Description=Protesters in Tel Aviv", "-XMP-photoshop:Credit=Amir Cohen/Reutres")
    result = run("ingest", str(path), "--json")
    assert result.exit_code == 0, result.stderr
    assert "'Reutres' -> 'Reuters'" in result.stderr
    asset = run_json("show", "1")
    assert (asset["credit"]["agency"], asset["credit"]["raw"]) == ("Reuters", "Amir Cohen/Reutres")
    (fix,) = [c for c in asset["corrections"] if c["field"] == "agency"]
    assert (fix["from"], fix["to"]) == ("Reutres", "Reuters")
    assert run_json("search", "agency:Reuters")  # the corrected agency is what search finds
    assert run("credits", "undo", str(fix["id"])).exit_code == 0
    asset = run_json("show", "1")
    assert asset["credit"]["agency"] == "Reutres" and asset["credit"]["line"] == "Amir Cohen/Reutres"
    (tmp_path / "x.txt").write_text("Protesters in Tel Aviv, again", encoding="utf-8")
    run_json("ingest", str(tmp_path))  # a sidecar arrives: the asset is relinked, the undo is respected
    assert run_json("show", "1")["credit"]["agency"] == "Reutres"
