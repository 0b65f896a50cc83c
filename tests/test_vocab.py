"""The multilingual credit vocabulary (catalog/credits/vocab/) as data: coverage, shape, and no contradictions."""

from __future__ import annotations

import re
import unicodedata

import pytest

from catalog.credits import vocab
from catalog.credits.bodies import ORGANISATIONS, PLATFORMS
from catalog.credits.orgs import organisation, platform, status
from catalog.text import fold

Concept = dict[str, tuple[str, ...]]

# Every language-keyed concept, with the fewest languages it must cover.
CONCEPTS: dict[str, tuple[Concept, int]] = {
    "LABELS": (vocab.LABELS, 28),
    "FILE": (vocab.FILE, 25),
    "ILLUSTRATION": (vocab.ILLUSTRATION, 25),
    "HANDOUT": (vocab.HANDOUT, 20),
    "POOL": (vocab.POOL, 20),
    "SCREENSHOT": (vocab.SCREENSHOT, 25),
    "COURTESY_LEAD": (vocab.COURTESY_LEAD, 20),
    "COURTESY_TAILS": (vocab.COURTESY_TAILS, 1),
    "PRIVATE": (vocab.PRIVATE, 25),
    "PRIVATE_WORDS": (vocab.PRIVATE_WORDS, 20),
    "PLACEHOLDERS": (vocab.PLACEHOLDERS, 25),
    "UNIT_HEADS": (vocab.UNIT_HEADS, 20),
    "UNIT_TAILS": (vocab.UNIT_TAILS, 5),
    "BODY_WORDS": (vocab.BODY_WORDS, 28),
    "BODY_STEMS": (vocab.BODY_STEMS, 15),
    "BODY_ENDINGS": (vocab.BODY_ENDINGS, 5),
    "RELATED_HEADERS": (vocab.RELATED_HEADERS, 28),
    "SHARE_WORDS": (vocab.SHARE_WORDS, 28),
    "GALLERY_WORDS": (vocab.GALLERY_WORDS, 28),
    "ADVERT_WORDS": (vocab.ADVERT_WORDS, 28),
    "TIMESTAMP_WORDS": (vocab.TIMESTAMP_WORDS, 28),
    "FROM_WORDS": (vocab.FROM_WORDS, 20),
}
ALIASES: dict[str, tuple[Concept, dict[str, tuple[str, ...]]]] = {
    "BROADCASTER_ALIASES": (vocab.BROADCASTER_ALIASES, PLATFORMS),
    "ORG_ALIASES": (vocab.ORG_ALIASES, ORGANISATIONS),
}


def _phrases() -> list[tuple[str, str, str]]:
    return [(name, lang, p) for name, (c, _) in CONCEPTS.items() for lang, ps in c.items() for p in ps]


def _compile(phrase: str) -> re.Pattern[str]:
    """The convention the vocabulary package's docstring promises the parser: escaped, spaces as \\s+, whole word."""
    body = r"\s+".join(re.escape(w) for w in phrase.split(" ")).replace("'", "['’]")
    flags = 0 if phrase in vocab.CASE_SENSITIVE else re.IGNORECASE
    return re.compile(rf"(?<!\w){body}(?!\w)", flags)


def test_every_module_concept_is_checked_here() -> None:
    typed = {n for n in vocab.__all__ if isinstance(getattr(vocab, n), dict)} - {"KIND_CONCEPTS"}
    assert typed == set(CONCEPTS) | set(ALIASES)


@pytest.mark.parametrize("name", sorted(CONCEPTS))
def test_concept_covers_its_languages(name: str) -> None:
    concept, least = CONCEPTS[name]
    assert set(concept) <= set(vocab.LANGUAGES), set(concept) - set(vocab.LANGUAGES)
    assert len(concept) >= least, f"{name}: {len(concept)} languages"
    assert all(concept[lang] for lang in concept), "a language listed with no phrase"


def test_the_brief_languages_all_have_labels_and_body_words() -> None:
    wanted = "en fr de es pt it nl pl cs sk hu ro sv no da fi el tr ru uk bg sr hr he ar fa zh ja ko id".split()
    assert set(wanted) <= set(vocab.LANGUAGES)
    assert set(wanted) <= set(vocab.LABELS)
    assert set(wanted) <= set(vocab.BODY_WORDS)


def _misshapen(phrase: str) -> str | None:
    if not phrase:
        return "empty"
    if phrase != phrase.strip():
        return "leading or trailing space"
    if "  " in phrase or re.search(r"[\t\n\r\u00a0]", phrase):
        return "spaces other than single spaces"
    if unicodedata.normalize("NFC", phrase) != phrase:
        return "not NFC"
    if "’" in phrase:
        return "write ' (the compiler accepts ’)"
    if phrase.endswith((":", "：", " -", " –", " —")):
        return "the separator is not part of a label"
    if phrase != phrase.lower() and phrase not in vocab.CASE_SENSITIVE:
        return "upper case where case does not matter"
    return None


def test_phrase_shape() -> None:
    bad = [(name, lang, p, why) for name, lang, p in _phrases() if (why := _misshapen(p))]
    assert not bad


def test_misshapen_phrases_are_caught() -> None:
    assert _misshapen(" photo") and _misshapen("photo ") and _misshapen("photo  credit")
    assert _misshapen("photo:") and _misshapen("d’archives") and _misshapen("Photo")
    assert _misshapen("STR") is None and _misshapen("crédit photo") is None


def test_case_sensitive_phrases_are_used_and_are_short_capitals() -> None:
    used = {p for _, _, p in _phrases()}
    assert used >= vocab.CASE_SENSITIVE
    assert all(len(p) <= 4 and p != p.lower() for p in vocab.CASE_SENSITIVE)


@pytest.mark.parametrize("name", sorted(CONCEPTS))
def test_no_phrase_twice_in_a_language(name: str) -> None:
    concept, _ = CONCEPTS[name]
    for lang, phrases in concept.items():
        twice = {p for p in phrases if phrases.count(p) > 1}
        assert not twice, f"{name}[{lang}]: {twice}"


def test_single_word_concepts_hold_single_words() -> None:
    for name in ("PRIVATE_WORDS", "BODY_STEMS", "BODY_ENDINGS"):
        concept, _ = CONCEPTS[name]
        several = [(lang, p) for lang, ps in concept.items() for p in ps if " " in p]
        assert not several, f"{name}: {several}"


def test_stems_and_endings_are_long_enough_not_to_catch_names() -> None:
    short = [p for c in (vocab.BODY_STEMS, vocab.BODY_ENDINGS) for ps in c.values() for p in ps if len(p) < 4]
    assert not short


def test_hebrew_abbreviations_in_both_quote_styles() -> None:
    for name, lang, phrase in _phrases():
        if lang != "he" or not ('"' in phrase or "״" in phrase):
            continue
        twin = phrase.replace('"', "״") if '"' in phrase else phrase.replace("״", '"')
        assert twin in CONCEPTS[name][0]["he"], f"{name}: {phrase} without {twin}"


def _kind_of() -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for kind, concept in vocab.KIND_CONCEPTS.items():
        for phrases in concept.values():
            for p in phrases:
                kinds.setdefault(fold(p), set()).add(kind)
    return kinds


def test_kind_concepts_are_the_status_concepts() -> None:
    assert vocab.KIND_CONCEPTS["courtesy"] is vocab.PRIVATE
    assert set(vocab.KIND_CONCEPTS) == {"screenshot", "handout", "pool", "courtesy", "illustration", "file"}


def test_no_phrase_marks_two_kinds() -> None:
    clashes = {p: k for p, k in _kind_of().items() if len(k) > 1}
    assert not clashes


def test_kinds_agree_with_the_status_words_orgs_already_knows() -> None:
    for kind, concept in vocab.KIND_CONCEPTS.items():
        for phrases in concept.values():
            for p in phrases:
                known = status(p)
                assert known in (None, kind), f"{p!r}: {kind} here, {known} in orgs.STATUS"


def test_courtesy_leads_are_no_other_kind() -> None:
    kinds = _kind_of()
    for phrases in vocab.COURTESY_LEAD.values():
        for p in phrases:
            assert kinds.get(fold(p), {"courtesy"}) == {"courtesy"}, p


def test_labels_placeholders_and_body_words_are_not_kind_markers() -> None:
    kinds = _kind_of()
    for concept in (vocab.LABELS, vocab.PLACEHOLDERS, vocab.BODY_WORDS, vocab.UNIT_HEADS, vocab.UNIT_TAILS):
        marked = [p for ps in concept.values() for p in ps if fold(p) in kinds]
        assert not marked


def test_placeholders_are_not_private() -> None:
    private = {fold(p) for c in (vocab.PRIVATE, vocab.PRIVATE_WORDS) for ps in c.values() for p in ps}
    assert not [p for ps in vocab.PLACEHOLDERS.values() for p in ps if fold(p) in private]


def test_every_phrase_compiles_and_finds_itself_as_a_whole_word() -> None:
    for _, _, phrase in _phrases():
        pattern = _compile(phrase)
        assert pattern.search(f"x {phrase} y"), phrase
        assert pattern.search(f"({phrase})"), phrase
        if phrase[-1].isalpha() and phrase[-1].isascii():
            assert not pattern.search(f"{phrase}zz"), phrase  # whole words: 'photo' is not in 'photozz'


def test_compiled_labels_read_real_credits() -> None:
    def label(lang: str, text: str) -> bool:
        return any(_compile(p).match(text) for p in vocab.LABELS[lang])

    assert label("pl", "Fot. Jan Kowalski/PAP")
    assert label("pl", "fot. Jan Kowalski")
    assert label("pl", "zdj. Anna Nowak")
    assert label("uk", "Фото: Укрінформ")
    assert label("el", "Φωτ.: ΑΠΕ-ΜΠΕ")
    assert label("el", "Φωτογραφία: Eurokinissi")
    assert label("tr", "Fotoğraf: AA")
    assert label("pt", "Crédito: Divulgação")
    assert label("he", "צילום: חיים צח")
    assert label("ja", "写真：共同")
    assert label("ko", "사진=연합뉴스")
    assert not label("en", "Photographed over the city")


# (concept, language, phrase) the corpus README and the desk name: each must be in the vocabulary.
NAMED: list[tuple[str, str, str]] = [
    ("LABELS", "de", "bildquelle"),
    ("LABELS", "pl", "zdjęcie"),
    ("LABELS", "hu", "fotó"),
    ("LABELS", "fi", "kuva"),
    ("LABELS", "ar", "عدسة"),
    ("LABELS", "pt", "crédito da foto"),
    ("FILE", "de", "archivbild"),
    ("FILE", "es", "foto de archivo"),
    ("FILE", "it", "foto di repertorio"),
    ("FILE", "it", "immagine di repertorio"),
    ("FILE", "nl", "archiefbeeld"),
    ("FILE", "pl", "zdjęcie archiwalne"),
    ("FILE", "tr", "arşiv fotoğrafı"),
    ("FILE", "uk", "архівне фото"),
    ("FILE", "el", "αρχείο"),
    ("FILE", "ar", "صورة أرشيفية"),
    ("ILLUSTRATION", "de", "symbolbild"),
    ("ILLUSTRATION", "pl", "zdjęcie ilustracyjne"),
    ("ILLUSTRATION", "tr", "temsili"),
    ("ILLUSTRATION", "ar", "صورة تعبيرية"),
    ("ILLUSTRATION", "he", "אילוסטרציה"),
    ("HANDOUT", "pt", "divulgação"),
    ("HANDOUT", "pl", "materiały prasowe"),
    ("HANDOUT", "fr", "document remis"),
    ("HANDOUT", "he", 'יח"צ'),
    ("POOL", "ru", "фото пула"),
    ("POOL", "he", "צילום פול"),
    ("SCREENSHOT", "pt", "reprodução"),
    ("SCREENSHOT", "pl", "kadr z nagrania"),
    ("SCREENSHOT", "tr", "ekran görüntüsü"),
    ("SCREENSHOT", "it", "fermo immagine"),
    ("SCREENSHOT", "uk", "кадр з відео"),
    ("SCREENSHOT", "ar", "لقطة شاشة"),
    ("COURTESY_LEAD", "de", "mit freundlicher genehmigung von"),
    ("COURTESY_LEAD", "it", "per gentile concessione di"),
    ("COURTESY_LEAD", "he", "באדיבות"),
    ("PRIVATE", "pl", "archiwum rodzinne"),
    ("PRIVATE", "pt", "arquivo pessoal"),
    ("PRIVATE", "uk", "з особистого архіву"),
    ("PRIVATE", "ru", "из семейного архива"),
    ("PRIVATE", "he", "אלבום פרטי"),
    ("PRIVATE", "ar", "من العائلة"),
    ("PLACEHOLDERS", "en", "STR"),
    ("PLACEHOLDERS", "fr", "DR"),
    ("PLACEHOLDERS", "pl", "autor nieznany"),
    ("UNIT_HEADS", "ru", "пресс-служба"),
    ("UNIT_HEADS", "it", "ufficio stampa"),
    ("UNIT_HEADS", "he", "דוברות"),
    ("UNIT_TAILS", "tr", "basın bürosu"),
    ("BODY_WORDS", "it", "protezione civile"),
    ("BODY_WORDS", "fr", "sapeurs-pompiers"),
    ("BODY_WORDS", "uk", "дснс"),
    ("BODY_WORDS", "he", "עיריית"),
    ("BODY_WORDS", "ar", "الدفاع المدني"),
    ("RELATED_HEADERS", "pl", "czytaj też"),
    ("RELATED_HEADERS", "he", "לכתבה המלאה"),
    ("RELATED_HEADERS", "ar", "اقرأ أيضاً"),
    ("SHARE_WORDS", "ru", "поделиться"),
    ("GALLERY_WORDS", "pl", "zdjęć"),
    ("TIMESTAMP_WORDS", "tr", "güncellendi"),
    ("FROM_WORDS", "he", "מתוך"),
]


@pytest.mark.parametrize(("name", "lang", "phrase"), NAMED)
def test_named_forms_are_in_the_vocabulary(name: str, lang: str, phrase: str) -> None:
    assert phrase in CONCEPTS[name][0][lang]


@pytest.mark.parametrize("name", sorted(ALIASES))
def test_alias_keys_are_real_canonical_names(name: str) -> None:
    aliases, table = ALIASES[name]
    assert set(aliases) <= set(table), set(aliases) - set(table)


def test_aliases_are_new() -> None:
    """No alias is already a spelling in catalog/bodies.py, of its own body or another."""
    known = {fold(x) for table in (ORGANISATIONS, PLATFORMS) for k, xs in table.items() for x in (k, *xs)}
    for name, (aliases, _) in ALIASES.items():
        again = [(key, a) for key, xs in aliases.items() for a in xs if fold(a) in known]
        assert not again, f"{name}: {again}"


def test_aliases_collide_with_no_other_body() -> None:
    """Through orgs' own look-ups (before or after the parser indexes these aliases): an alias names its body
    or nothing yet, never another body, and never a platform for an organisation or the other way round."""
    for key, spellings in vocab.ORG_ALIASES.items():
        for alias in spellings:
            assert organisation(alias) in (None, key), f"{alias!r}: {organisation(alias)}, not {key}"
            assert platform(alias) is None, f"{alias!r} is the platform {platform(alias)}"
            assert status(alias) is None, f"{alias!r} is a status word"
    for key, spellings in vocab.BROADCASTER_ALIASES.items():
        for alias in spellings:
            assert platform(alias) in (None, key), f"{alias!r}: {platform(alias)}, not {key}"
            assert organisation(alias) is None, f"{alias!r} is the organisation {organisation(alias)}"
            assert status(alias) is None, f"{alias!r} is a status word"


def test_no_alias_names_two_bodies() -> None:
    seen: dict[str, str] = {}
    for aliases, _ in ALIASES.values():
        for key, spellings in aliases.items():
            for alias in spellings:
                assert seen.setdefault(fold(alias), key) == key, f"{alias!r}: {seen[fold(alias)]} and {key}"


def test_aliases_are_not_vocabulary_words() -> None:
    """An alias is a body's name, not a label, placeholder or kind ('כאן' is Kan only as a whole credit)."""
    words = {
        fold(p)
        for c in (vocab.LABELS, vocab.PLACEHOLDERS, vocab.PRIVATE, vocab.PRIVATE_WORDS, *vocab.KIND_CONCEPTS.values())
        for ps in c.values()
        for p in ps
    }
    for aliases, _ in ALIASES.values():
        for spellings in aliases.values():
            assert not [a for a in spellings if fold(a) in words]
