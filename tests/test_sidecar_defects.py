"""Sidecars, caption sheets and articles: found whatever the case of their names, decoded like IIM text (BOMs,
UTF-16, UTF-8, cp1255, cp1252), never garbled, and every one that cannot be read reported with exit status 1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog.text.codec import DecodedText, UndecodableText, decode_text_file

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


# --- defect 3: text in other encodings, unreadable sidecars, sheets and articles -----------------------------

CP1252_CAPTION = "Café talks in Zürich — “no deal yet”."
HEBREW_CAPTION = "נתניהו נפגש עם פוטין במוסקבה"
RUSSIAN_CAPTION = "Встреча Нетаньяху и Путина в Кремле"


def no_replacement_characters(value: Any) -> bool:
    return "\ufffd" not in json.dumps(value, ensure_ascii=False)


def test_sidecar_text_in_cp1252_cp1255_and_utf16_comes_through_intact(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    texts = {
        "a": (f"{CP1252_CAPTION} (Miriam Alster/Flash90)".encode("cp1252"), "cp1252"),
        "b": (HEBREW_CAPTION.encode("cp1255"), "cp1255"),
        "c": (RUSSIAN_CAPTION.encode("utf-16"), "utf-16-le"),  # Notepad's "Unicode": a BOM, little-endian
        "d": (b"\xfe\xff" + HEBREW_CAPTION.encode("utf-16-be"), "utf-16-be"),
        "e": (RUSSIAN_CAPTION.encode("utf-16-le"), "utf-16-le"),  # no BOM at all
        "f": (b"\xef\xbb\xbf" + CP1252_CAPTION.encode("utf-8"), "utf-8"),
    }
    for i, (stem, (data, _)) in enumerate(texts.items()):
        photo(folder / f"{stem}.jpg", seed=i, fmt="JPEG")
        (folder / f"{stem}.txt").write_bytes(data)
    photo(folder / "g.jpg", seed=7, fmt="JPEG")
    (folder / "g.json").write_bytes(json.dumps({"caption": CP1252_CAPTION}, ensure_ascii=False).encode("cp1252"))
    result = run("ingest", str(folder), "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    files = by_name(summary)
    for stem, (_, charset) in texts.items():
        assert files[f"{stem}.jpg"]["sidecars"][0]["charset"] == charset
    assert files["g.jpg"]["sidecars"][0]["charset"] == "cp1252"
    captions = {stem: shown(summary, f"{stem}.jpg")["caption"] for stem in "abcdefg"}
    assert captions == {
        "a": CP1252_CAPTION,
        "b": HEBREW_CAPTION,
        "c": RUSSIAN_CAPTION,
        "d": HEBREW_CAPTION,
        "e": RUSSIAN_CAPTION,
        "f": CP1252_CAPTION,
        "g": CP1252_CAPTION,
    }
    assert shown(summary, "a.jpg")["credit"]["photographers"] == ["Miriam Alster"]


def test_unreadable_sidecars_are_warnings_of_their_picture_and_exit_1(tmp_path: Path, needs_exiftool: None) -> None:
    folder = tmp_path / "desk"
    for i, stem in enumerate(["p1", "p2", "p3", "p4", "p5"]):
        photo(folder / f"{stem}.jpg", seed=i, fmt="JPEG")
    (folder / "p1.json").write_text('{"caption": "Herzog in Paris", "credit": ', encoding="utf-8")
    donor = photo(tmp_path / "donor.jpg", seed=9, fmt="JPEG")
    exiftool(donor, f"-XMP-dc:Description={HEBREW_CAPTION}")
    exiftool(donor, "-o", str(tmp_path / "donor.xmp"))
    xmp = (tmp_path / "donor.xmp").read_bytes()
    (folder / "p2.xmp").write_bytes(xmp[: len(xmp) // 2])  # truncated in transfer
    (folder / "p3.txt").write_bytes(b"Caf\xe9 \x81\x8d in Z\xfcrich")  # bytes no codec of ours can hold
    (folder / "p4.json").write_text(json.dumps(["not", "an", "object"]), encoding="utf-8")
    (folder / "p5.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\x00\xff")
    result = run("ingest", str(folder), "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert (summary["new"], summary["failed"], summary["skipped"]) == (5, 0, 0)
    files = by_name(summary)
    for stem, sidecar, problem in [
        ("p1", "p1.json", "not valid JSON"),
        ("p2", "p2.xmp", "not readable XMP"),
        ("p3", "p3.txt", "not text"),
        ("p4", "p4.json", "expected a JSON object"),
        ("p5", "p5.txt", "not text"),
    ]:
        picture = folder / f"{stem}.jpg"
        [note] = files[f"{stem}.jpg"]["sidecars"]
        assert note["path"] == str(folder / sidecar) and problem in note["problem"]
        assert any(w.startswith(f"sidecar {sidecar}: {problem}") for w in files[f"{stem}.jpg"]["warnings"])
        assert f"warning: {picture}: sidecar {sidecar}: {problem}" in result.stderr
        assert any(p.startswith(f"{folder / sidecar}: {problem}") for p in summary["caption_problems"])
        assert shown(summary, f"{stem}.jpg")["caption"] is None
    assert no_replacement_characters(run_json("ls"))


def test_an_excel_sheet_saved_with_semicolons_in_cp1252_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    photo(folder / "a.jpg", seed=1, fmt="JPEG")
    photo(folder / "b.jpg", seed=2, fmt="JPEG")
    sheet = tmp_path / "captions.csv"
    sheet.write_bytes(
        (
            "File;Caption;Credit\r\n"
            f"a.jpg;{CP1252_CAPTION};Miriam Alster/Flash90\r\n"
            'b.jpg;"Macron, Herzog; the talks, again";Kobi Gideon/GPO\r\n'
        ).encode("cp1252")
    )
    result = run("ingest", str(folder), "--captions", str(sheet), "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert shown(summary, "a.jpg")["caption"] == CP1252_CAPTION
    b = shown(summary, "b.jpg")
    assert b["caption"] == "Macron, Herzog; the talks, again" and b["credit"]["photographers"] == ["Kobi Gideon"]


def test_a_tab_separated_utf16_sheet_is_read_whatever_its_extension(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    photo(folder / "a.jpg", seed=1, fmt="JPEG")
    photo(folder / "b.jpg", seed=2, fmt="JPEG")
    for name in ("sheet.tsv", "unicode-text.txt"):  # Excel's "Unicode Text" is UTF-16 with tabs, named .txt
        sheet = tmp_path / name
        rows = f'file\tcaption\tcredit\na.jpg\t{HEBREW_CAPTION}\tחיים צח/לע"מ\nb.jpg\t{RUSSIAN_CAPTION}\tReuters\n'
        sheet.write_bytes(rows.encode("utf-16"))
        result = run("ingest", str(folder), "--captions", str(sheet), "--json")
        assert result.exit_code == 0, result.stderr
        summary = json.loads(result.stdout)
        assert shown(summary, "a.jpg")["caption"] == HEBREW_CAPTION
        assert shown(summary, "b.jpg")["caption"] == RUSSIAN_CAPTION


def sheet_batch(tmp_path: Path, text: str) -> tuple[Path, Path]:
    folder = tmp_path / "desk"
    for i, name in enumerate(["a.jpg", "b.jpg", "c.jpg"]):
        photo(folder / name, seed=i, fmt="JPEG")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(text, encoding="utf-8")
    return folder, sheet


def refused(tmp_path: Path, text: str) -> tuple[str, dict[str, Any]]:
    """Ingest a batch with a broken sheet: the pictures arrive, nothing comes from the sheet, exit status 1."""
    folder, sheet = sheet_batch(tmp_path, text)
    result = run("ingest", str(folder), "--captions", str(sheet), "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["new"] == 3
    for name in ("a.jpg", "b.jpg", "c.jpg"):
        assert shown(summary, name)["caption"] is None
    [problem] = summary["caption_problems"]
    assert f"error: {problem}" in result.stderr and problem.startswith(f"{sheet}, line ")
    assert "nothing was linked from the sheet" in problem
    return problem, summary


def test_a_sheet_with_an_unterminated_quote_is_refused_naming_the_line(tmp_path: Path) -> None:
    problem, _ = refused(
        tmp_path,
        "file,caption,credit\na.jpg,Herzog in Paris,GPO\n"
        'b.jpg,"Netanyahu in Moscow,Haim Zach/GPO\nc.jpg,Putin speaks,Reuters\n',
    )
    assert problem.startswith(f"{tmp_path / 'sheet.csv'}, line 3: ")
    assert "quote" in problem


def test_two_rows_for_one_picture_are_refused_naming_both_lines(tmp_path: Path) -> None:
    problem, _ = refused(
        tmp_path,
        "file,caption\na.jpg,First caption\nb.jpg,Caption for b\nA.JPG,Second caption\n",
    )
    assert ", line 4: " in problem and "line 2" in problem
    problem, _ = refused(tmp_path / "again", "file,caption\nb.jpg,Caption for b\nb,Caption again\n")
    assert ", line 3: " in problem and "line 2" in problem


def test_a_row_with_more_cells_than_the_header_is_refused_not_shifted(tmp_path: Path) -> None:
    problem, _ = refused(tmp_path, "file,caption,credit\na.jpg,Netanyahu, Putin meet in Moscow,Haim Zach/GPO\n")
    assert ", line 2: 4 cells" in problem


def test_a_sheet_row_that_names_no_picture_is_a_warning_with_exit_1(tmp_path: Path) -> None:
    folder, sheet = sheet_batch(tmp_path, "file,caption\na.jpg,Caption for a\nz.jpg,Caption for a missing picture\n")
    result = run("ingest", str(folder), "--captions", str(sheet), "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert shown(summary, "a.jpg")["caption"] == "Caption for a"
    assert summary["caption_problems"] == [f"{sheet}, line 3: no picture named 'z.jpg' in this batch"]


def test_an_article_in_cp1255_is_read_and_an_unreadable_one_refused(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    photo(folder / "1.jpg", seed=1, fmt="JPEG")
    article = tmp_path / "article.txt"
    article.write_bytes(f'{HEBREW_CAPTION}. (חיים צח/לע"מ)\n\nגוף הכתבה.\n'.encode("cp1255"))
    result = run("ingest", str(folder), "--captions", str(article), "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    asset = shown(json.loads(result.stdout), "1.jpg")
    assert asset["caption"] == HEBREW_CAPTION + "." and asset["credit"]["photographers"] == ["חיים צח"]
    article.write_bytes(b"Caption \x81\x8d\x90 (Kobi Gideon/GPO)\n")
    result = run("ingest", str(folder), "--captions", str(article), "--yes", "--json")
    assert result.exit_code == 1
    [problem] = json.loads(result.stdout)["caption_problems"]
    assert problem.startswith(f"{article}: not text") and f"error: {problem}" in result.stderr


# Text a desk writes: words of Latin, Greek, Cyrillic, Hebrew, Arabic, Syriac, Thaana, Devanagari or CJK letters (each
# word in one script, as words are), digits, punctuation, spaces and line breaks. A Latin letter glued to a Cyrillic,
# Hebrew or IPA letter inside one word is no one's word: it is how cp1252 bytes read as UTF-8, and the decoder takes it
# for that (tests above).
SCRIPTS = [
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèàçüöñøåßÉÜ",
    "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕ",
    "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГД",
    "אבגדהוזחטיכלמנסעפצקרשתםןףץ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "ܐܒܓܕܗܘܙܚܛܝܟܠܡܢܣܥܦܨܩܪܫܬ",
    "ހށނރބޅކއވމފދތލގޏސޑޒޓ",
    "अआइईउऊऋएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह",
    "日本語中文漢字写真報道記者",
    "0123456789",
]
word = st.sampled_from(SCRIPTS).flatmap(lambda letters: st.text(alphabet=letters, min_size=1, max_size=8))
between = st.sampled_from(
    [" ", " ", " ", ", ", ". ", " – ", " — ", "\n", "\t", ": ", " (", ") ", "! ", "? ", "“", "”", "’"]
)
desk_text = st.lists(st.tuples(word, between), max_size=10).map(lambda parts: "".join(w + b for w, b in parts))


@given(desk_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32"]))
def test_unicode_files_decode_to_exactly_their_text(text: str, encoding: str) -> None:
    data = b"\xfe\xff" + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    assert decode_text_file(data).text == text


latin_word = st.builds(
    lambda head, tail: head + tail,
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=6),
    st.text(alphabet="éèàçüöñøåßÉÜ’“”–—abcdefgh", max_size=6),
)
hebrew_word = st.text(alphabet=[chr(c) for c in range(0x05D0, 0x05EB)], min_size=2, max_size=8)


@given(st.lists(latin_word, min_size=1, max_size=12).filter(lambda ws: any(not w.isascii() for w in ws)))
def test_cp1252_text_of_accented_words_comes_through_intact(words: list[str]) -> None:
    text = " ".join(words) + "."
    assert decode_text_file(text.encode("cp1252")) == DecodedText(text, "cp1252")


@given(st.lists(hebrew_word, min_size=1, max_size=12), st.sampled_from([" ", ", ", " - ", "\n"]))
def test_cp1255_hebrew_comes_through_intact(words: list[str], separator: str) -> None:
    text = separator.join(words) + ' (לע"מ)'
    assert decode_text_file(text.encode("cp1255")) == DecodedText(text, "cp1255")


def test_hebrew_and_cyrillic_utf16_without_a_bom_are_recognised() -> None:
    for text in (HEBREW_CAPTION, RUSSIAN_CAPTION, "Herzog in Paris"):
        for codec in ("utf-16-le", "utf-16-be"):
            assert decode_text_file(text.encode(codec)) == DecodedText(text, codec)


def test_bytes_that_are_no_text_are_refused_not_replaced() -> None:
    for data in (b"Caf\xe9 \x81", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "אבג \u05ea".encode("cp1255") + b"\xca"):
        with pytest.raises(UndecodableText):
            decode_text_file(data)


def test_a_sheet_header_with_an_open_quote_is_refused_naming_its_line(tmp_path: Path) -> None:
    problem, _ = refused(tmp_path, '\nfile,"caption,credit\na.jpg,Herzog in Paris,GPO\n')
    assert ", line 2: " in problem and "quote" in problem


def test_a_sheet_after_blank_lines_is_read(tmp_path: Path) -> None:
    folder, sheet = sheet_batch(tmp_path, "\r\n\r\nfile,caption\r\na.jpg,Caption for a\r\nb.jpg,Caption for b\r\n")
    summary = run_json("ingest", str(folder), "--captions", str(sheet))
    assert [shown(summary, n)["caption"] for n in ("a.jpg", "b.jpg")] == ["Caption for a", "Caption for b"]


@pytest.mark.parametrize("text", ["AÉ–.", "Caption by RENÉ—Paris.", "ÜBER ß— ok."])
def test_cp1252_accents_before_a_dash_that_happen_to_be_valid_utf8_are_read_as_cp1252(text: str) -> None:
    # 'É–' is C9 96 in cp1252, which is also the UTF-8 of 'ɖ' (an IPA letter): text never puts one there.
    assert decode_text_file(text.encode("cp1252")) == DecodedText(text, "cp1252")


@pytest.mark.parametrize("text", ["܀", "ܫܠܡܐ ܥܠܡܐ", "ދިވެހި", "/ʃ/ and /ʒ/", "The ܫܠܡܐ inscription"])
def test_utf8_of_syriac_thaana_or_ipa_on_its_own_is_read_as_written(text: str) -> None:
    """Found by the property test: a lone Syriac mark in UTF-8 came out as cp1252 'Ü€'."""
    assert decode_text_file(text.encode("utf-8")).text == text


def test_cp1252_accented_capital_before_a_dash_is_still_read_as_cp1252() -> None:
    """'JOSÉ–' in cp1252 is valid UTF-8 ('JOSɖ'): glued to a Latin letter, the IPA letter gives it away."""
    assert decode_text_file("Photo: JOSÉ– Reuters".encode("cp1252")).text == "Photo: JOSÉ– Reuters"
