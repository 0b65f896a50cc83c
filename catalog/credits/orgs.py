"""What the credit parser knows about organisations: agencies, press offices, platforms and status words.

A credit names people and organisations in one chain with inconsistent separators; telling 'Flash90' (an
agency) from 'Haim Zach' (a person) needs a list. Each organisation has a canonical display name and the spellings
desks meet. Unknown organisations are still recognised as organisations when a segment does not look like a
person's name (see ``credits.namecase.looks_like_name``); this list only makes the common ones certain and canonical.
"""

from __future__ import annotations

import re

from catalog.credits import phrases, vocab
from catalog.credits.bodies import ORGANISATIONS, PLATFORMS
from catalog.text import fold

__all__ = [
    "ORGANISATIONS",
    "ORG_WORDS",
    "PLATFORMS",
    "STATUS",
    "canonical",
    "fold",
    "organisation",
    "platform",
    "status",
]

# Status words: what kind of picture it is, not who made it.
STATUS: dict[str, str] = {
    "pool": "pool",
    "pool photo": "pool",
    "kremlin pool photo": "pool",
    "pool via ap": "pool",
    "handout": "handout",
    "handout photo": "handout",
    "handout picture": "handout",
    "press handout": "handout",
    "file": "file",
    "file photo": "file",
    "file picture": "file",
    "archive": "file",
    "archive photo": "file",
    "archive image": "file",
    "archive picture": "file",
    "из архива": "file",
    "пул": "pool",
    "פול": "pool",
    "video screenshot": "screenshot",
    "screen capture": "screenshot",
    "frame grab": "screenshot",
    "لقطة من فيديو": "screenshot",
    "لقطة شاشة من فيديو": "screenshot",
    "archives": "file",
    "arkiv": "file",
    "архив": "file",
    "ארכיון": "file",
    "screenshot": "screenshot",
    "screen shot": "screenshot",
    "screen grab": "screenshot",
    "screengrab": "screenshot",
    "video grab": "screenshot",
    "צילום מסך": "screenshot",
    "скриншот": "screenshot",
    "courtesy": "courtesy",
    "illustrative": "illustration",
    "illustration": "illustration",
    "illustrative photo": "illustration",
    "illustrative image": "illustration",
    "אילוסטרציה": "illustration",
    "photo illustration": "illustration",
    "social media": "screenshot",
    "file image": "file",
    "handout image": "handout",
    "pool picture": "pool",
    "pool image": "pool",
    "ho": "handout",
    "archiv": "file",
    "archivbild": "file",
    "archivfoto": "file",
    "archivo": "file",
    "archivio": "file",
    "d'archives": "file",
    "photo d'archives": "file",
    "photo d'archive": "file",
    "foto de archivo": "file",
    "foto d'archivio": "file",
    "архивное фото": "file",
    "фото из архива": "file",
    "צילום ארכיון": "file",
    "أرشيف": "file",
    "صورة أرشيفية": "file",
    "symbolbild": "illustration",
    "צילום אילוסטרציה": "illustration",
    "иллюстрация": "illustration",
    "image d'illustration": "illustration",
    "photo d'illustration": "illustration",
    "capture d'écran": "screenshot",
    "captura de pantalla": "screenshot",
    "bildschirmfoto": "screenshot",
    "لقطة شاشة": "screenshot",
    "video still": "screenshot",
    "still from video": "screenshot",
    "צילום מתוך וידאו": "screenshot",
    "кадр из видео": "screenshot",
}
# Words that make a segment an organisation rather than a person (in any position).
ORG_WORDS = frozenset(
    [
        # newspapers' and companies' words that are nobody's name
        "technologies",
        "motors",
        "music",
        "sportswire",
        "shots",
        "studios",
        "productions",
        "entertainment",
        "records",
        "airlines",
        "airways",
        "holdings",
        "industries",
        "corporation",
        "group",
        "dispatch",
        "tribune",
        "herald",
        "gazette",
        "chronicle",
        "courier",
        "telegraph",
        "inquirer",
        "examiner",
        "observer",
        "courrier",
        "gazette",
        "journal",
        "monitor",
        "mirror",
        "fc",
        "agency",
        "press",
        "news",
        "office",
        "unit",
        "ministry",
        "department",
        "images",
        "image",
        "photos",
        "photo",
        "pictures",
        "service",
        "services",
        "tv",
        "channel",
        "radio",
        "university",
        "foundation",
        "institute",
        "museum",
        "archive",
        "archives",
        "wallpapers",
        "backgrounds",
        "desktop",
        "council",
        "party",
        "police",
        "army",
        "navy",
        "forces",
        "force",
        "spokesperson",
        "spokesman",
        "media",
        "group",
        "studio",
        "studios",
        "corp",
        "inc",
        "ltd",
        "llc",
        "gmbh",
        "company",
        "association",
        "club",
        "team",
        "federation",
        "committee",
        "government",
        "embassy",
        "consulate",
        "municipality",
        "city",
        "hospital",
        "center",
        "centre",
        "library",
        "network",
        "magazine",
        "newspaper",
        "times",
        "post",
        "herald",
        "journal",
        "tribune",
        "daily",
        "weekly",
        "stock",
        "wire",
        "handout",
        "courtesy",
        "collection",
        "commons",
        "project",
        "organisation",
        "organization",
        "authority",
        "brigade",
        "corps",
        "command",
        "administration",
        "commission",
        "court",
        "school",
        "college",
        "academy",
        "parliament",
        "senate",
        "congress",
        "municipal",
        "campus",
        "clinic",
        "medical",
        "rescue",
        "fire",
        "guard",
        "military",
        "ministry",
        "trust",
        "society",
        "union",
        "movement",
        "international",
        "national",
        "archiv",
        "presidency",
        "secretariat",
        "directorate",
        "assembly",
        "cabinet",
        "palace",
        "region",
        "regional",
        "province",
        "county",
        "airport",
        "airlines",
        "observatory",
        "laboratory",
        "headquarters",
        "mission",
        "delegation",
        "crescent",
        "battalion",
        "regiment",
        "squadron",
        "fleet",
        "gendarmerie",
        "россии",
        "рф",
        "мчс",
        "мвд",
        "фсб",
        "минобороны",
        "כבאות",
        "הצלה",
        'זק"א',
        'מד"א',
        "staatskanzlei",
        "staff",
        "rathaus",
    ]
)
# A body's unit, dropped from its name: 'Haifa Municipality Spokesperson' -> 'Haifa Municipality'.
_UNIT_TAIL = re.compile(
    r"[\s,]+(?:spokes(?:person|man|woman)(?:'s|’s)?(?:\s+(?:unit|office|division))?|press\s+(?:service|office)|"
    r"media\s+(?:office|unit)|press\s+and\s+information\s+office|pressestelle)$",
    re.IGNORECASE,
)
_UNIT_HEAD = re.compile(
    r"^(?:(?:the\s+)?(?:press\s+(?:service|office)|spokes(?:person|man)(?:'s)?\s+(?:unit|office)?|"
    r"media\s+office)\s+of\s+(?:the\s+)?|пресс-служб[аы]\s+|пресс-центр\s+|דוברות\s+|דובר(?:ת)?\s+|"
    r"service\s+de\s+presse\s+(?:de\s+la\s+|du\s+|de\s+l')?|oficina\s+de\s+prensa\s+(?:de\s+la\s+|del\s+)?|"
    r"ufficio\s+stampa\s+(?:della\s+|del\s+|dell')?|pressestelle\s+(?:der\s+|des\s+)?|"
    r"المكتب\s+الإعلامي\s+(?:ل|في\s+)?)",
    re.IGNORECASE,
)


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, spellings in table.items():
        for spelling in (canonical, *spellings):
            out.setdefault(fold(spelling), canonical)
    return out


ORG_INDEX = _index(ORGANISATIONS)
PLATFORM_INDEX = _index(PLATFORMS)
for _table, _into in ((vocab.ORG_ALIASES, ORG_INDEX), (vocab.BROADCASTER_ALIASES, PLATFORM_INDEX)):
    for _key, _aliases in _table.items():
        for _alias in _aliases:
            _into.setdefault(fold(_alias), _key)
STATUS_INDEX = {fold(k): v for k, v in STATUS.items()}
for _kind, _concept in vocab.KIND_CONCEPTS.items():
    if _kind != "courtesy":  # private sources are told by labels.is_private: courtesy, and no agency
        for _phrase in phrases.phrases(_concept):
            STATUS_INDEX.setdefault(fold(_phrase), _kind)


def organisation(text: str) -> str | None:
    """The canonical name of a known agency or body, or None."""
    return ORG_INDEX.get(fold(text))


# The vocabulary's units, in thirty languages: 'Ufficio Stampa Quirinale', 'biuro prasowe …', '… basın bürosu'.
_CONNECTOR = r"(?:\s+(?:of|of\s+the|de|de\s+la|du|des|de\s+l'|del|della|dell'|der|des|di|do|da|dos|das))?"
_VOCAB_UNIT_HEAD = re.compile(rf"^(?:{phrases.pattern('UNIT_HEADS')}){_CONNECTOR}\s+(?=\S)", re.IGNORECASE)
_VOCAB_UNIT_TAIL = re.compile(rf"[\s,]+(?:{phrases.pattern('UNIT_TAILS')})$", re.IGNORECASE)


_AGENCY_SUFFIX = re.compile(
    r"^(?P<name>\S.*?)\s+(?:news\s+agency|press\s+agency|news|agency)$"
    r"|^(?:agencia|agence|agenzia|agência|agentur|agentschap|agencja|agenția)\s+(?:de\s+noticias\s+)?(?P<after>\S.*)$",
    re.IGNORECASE,
)


def without_unit(text: str) -> str:
    """A body's name without its press or spokesperson unit (both orders, many languages)."""
    stripped = _UNIT_HEAD.sub("", _UNIT_TAIL.sub("", text.strip())).strip()
    stripped = _VOCAB_UNIT_HEAD.sub("", _VOCAB_UNIT_TAIL.sub("", stripped)).strip()
    return stripped or text.strip()


def canonical(text: str) -> str | None:
    """The canonical name of a known body, whatever its unit: 'IDF Spokesperson's Unit', 'пресс-служба Кремля';
    and a known agency with the words for its trade after it ('TT News Agency', 'AAP Image' is elsewhere)."""
    found = organisation(text) or organisation(without_unit(text))
    if found is None:
        m = _AGENCY_SUFFIX.match(text.strip())
        found = organisation(m["name"] or m["after"]) if m else None
    return found


def platform(text: str) -> str | None:
    return PLATFORM_INDEX.get(fold(text))


def status(text: str) -> str | None:
    return STATUS_INDEX.get(fold(text))
