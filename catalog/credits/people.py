"""People shown in pictures, found in a caption's text against the people authority. Pure: no library.

Matching in text finds an authority name or alias anywhere (case and accents folded); a surname alone only when one
person in the authority carries it ('Putin', but not 'Netanyahu' when both Benjamin and Sara are listed); and
coordinated forms ('Benjamin and Sara Netanyahu', 'Sara and Benjamin Netanyahu') as both people.
"""

from __future__ import annotations

import re
from collections import Counter

from catalog.credits.line import looks_like_name
from catalog.credits.names import Authority, Person
from catalog.text import name_key

TITLES = frozenset(
    "pm mr mrs ms dr prof rabbi president prime minister king queen pope general gen sen rep gov governor mayor "
    "chief justice judge ambassador secretary foreign defense defence finance chancellor sheikh emir crown prince "
    "princess sir lady lord col lt sgt capt maj".split()
)
NOT_NAMES = frozenset(
    "the a an in on at of and or for with from to by monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december".split()
)
_CANDIDATE = re.compile(r"\b[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|van|von|de|da|al-[\w’'\-]+|bin|ben|ibn)){1,3}")
_COORDINATED = re.compile(r"\b([A-Z][\w’'\-]+)\s+(?:and|&)\s+([A-Z][\w’'\-]+)\s+([A-Z][\w’'\-]+)\b")


def find_people(text: str | None, authority: Authority) -> list[str]:
    """Canonical names of authority people mentioned in ``text``, in order of first mention."""
    if not text or not authority.people:
        return []
    folded = f" {name_key(text)} "
    found: dict[str, int] = {}
    for person in authority.people:
        for spelling in (person.name, *person.aliases):
            pos = _find_word(folded, name_key(spelling))
            if pos >= 0:
                found[person.name] = min(found.get(person.name, pos), pos)
    for m in _COORDINATED.finditer(text):
        for first in (m[1], m[2]):
            listed = _full(f"{first} {m[3]}", authority)
            if listed is not None:
                found.setdefault(listed.name, _find_word(folded, name_key(m[0])))
    surnames = Counter(name_key(p.name).split()[-1] for p in authority.people if len(p.name.split()) > 1)
    for person in authority.people:
        parts = person.name.split()
        if len(parts) < 2 or person.name in found:
            continue
        surname = parts[-1]
        if len(surname) < 3 or surnames[name_key(surname)] != 1:
            continue
        if re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            found[person.name] = _find_word(folded, name_key(surname))
    return [name for name, _ in sorted(found.items(), key=lambda kv: kv[1])]


def canonical_person(name: str, authority: Authority) -> str:
    """The authority's spelling of a listed name or alias; the name as given otherwise."""
    person = _full(name, authority)
    return person.name if person is not None else name


def _full(name: str, authority: Authority) -> Person | None:
    key = name_key(name)
    return authority.by_key.get(key) or authority.alias_of.get(key)


def _find_word(folded_text: str, key: str) -> int:
    if not key:
        return -1
    m = re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", folded_text)
    return m.start() if m else -1


def suggest(texts: list[str], authority: Authority, *, limit: int = 50) -> list[tuple[str, int]]:
    """Name-like phrases in captions that the authority does not know yet, most frequent first."""
    counts: Counter[str] = Counter()
    for text in texts:
        for m in _CANDIDATE.finditer(text or ""):
            words = m[0].split()
            titled = [i for i, w in enumerate(words) if w.casefold().strip(".") in TITLES]
            if titled:  # 'Russian President Vladimir Putin' -> 'Vladimir Putin'
                words = words[titled[-1] + 1 :]
            while words and words[0].casefold() in NOT_NAMES:
                words = words[1:]
            while words and words[-1].casefold() in NOT_NAMES:
                words = words[:-1]
            phrase = " ".join(words).rstrip("’'s").strip()
            if len(words) < 2 or not looks_like_name(phrase):
                continue
            if any(w.casefold() in NOT_NAMES for w in words):
                continue
            if _full(phrase, authority) is None:
                counts[phrase] += 1
    return counts.most_common(limit)
