"""People shown in pictures: from IPTC/XMP persons-shown, the people authority matched in captions, and tags.

Matching in text finds an authority name or alias anywhere (case and accents folded); a surname alone only when one
person in the authority carries it ('Putin', but not 'Netanyahu' when both Benjamin and Sara are listed); and
coordinated forms ('Benjamin and Sara Netanyahu', 'Sara and Benjamin Netanyahu') as both people.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from catalog.credits.line import looks_like_name
from catalog.credits.names import Authority, Person, name_key
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.model import now_iso
from catalog.ops.authority import import_people, people_authority
from catalog.ops.decisions import undone_corrections
from catalog.search.text import fts_phrase_text
from catalog.search.text import refresh as refresh_search

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


class InvalidName(PhotodeskError):
    """A name given by hand that names nobody: empty, blank or punctuation only."""


def person_name(name: str) -> str:
    """The name as tagged (spaces trimmed); raises InvalidName when it has no letters or digits, which would tag
    the picture with a blank person that no search finds and every listing prints."""
    cleaned = " ".join(name.split())
    if not any(c.isalnum() for c in cleaned):
        raise InvalidName(f"{name!r}: a person needs a name (letters or digits)")
    return cleaned


def tag(library: Library, asset_id: int, name: str, authority: Authority, *, remove: bool = False) -> list[str]:
    """Add (or remove) a person shown, by hand; returns the asset's people afterwards."""
    canonical = canonical_person(person_name(name), authority)
    with library.transaction() as db:
        if remove:
            db.execute("DELETE FROM asset_people WHERE asset_id = ? AND name = ?", [asset_id, canonical])
        else:
            db.execute(
                "INSERT OR IGNORE INTO asset_people (asset_id, name, source, created_at) VALUES (?, ?, ?, ?)",
                [asset_id, canonical, "manual", now_iso()],
            )
        names = list(
            dict.fromkeys(
                r[0]
                for r in db.execute(
                    "SELECT name FROM asset_people WHERE asset_id = ? ORDER BY source = 'manual', id", [asset_id]
                )
            )
        )
        db.execute("UPDATE assets SET people = ? WHERE id = ?", [json.dumps(names, ensure_ascii=False), asset_id])
        refresh_search(db, [asset_id])
    return names


def listing(library: Library) -> list[dict[str, Any]]:
    """Every person of the authority with aliases and how many pictures show them, then people not listed."""
    counts = dict(library.db.execute("SELECT name, count(DISTINCT asset_id) FROM asset_people GROUP BY name"))
    authority_names = {}
    for row in library.db.execute("SELECT id, name FROM people ORDER BY name"):
        authority_names[row[1]] = [
            a
            for (a,) in library.db.execute("SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY id", [row[0]])
        ]
    out = [{"name": n, "aliases": a, "pictures": counts.get(n, 0), "listed": True} for n, a in authority_names.items()]
    out += [
        {"name": n, "aliases": [], "pictures": c, "listed": False}
        for n, c in sorted(counts.items())
        if n not in authority_names
    ]
    return out


def suggest_from_library(library: Library, authority: Authority, limit: int = 50) -> list[tuple[str, int]]:
    texts = [t for row in library.db.execute("SELECT caption, headline FROM assets") for t in row if t]
    return suggest(texts, authority, limit=limit)


def import_and_relink(library: Library, path: Path) -> dict[str, Any]:
    """``people import``: add the file's people, then relink the pictures they can affect."""
    imported = import_people(library, path)
    return {**imported.to_dict(), **relink_people(library, imported.touched)}


def relink_people(library: Library, person_ids: Iterable[int]) -> dict[str, Any]:
    """Find again the people shown in every picture whose caption, headline or people name one of these authority
    entries: persons shown as written take the authority's spelling, people the caption names are added. Each
    change is logged in ``corrections`` (field ``person``, undoable); an undone change is not made again.

    Every match in text needs the last word of a spelling (a full name, a coordinated form, a surname), so the
    pictures to look at come from the full-text index: those words in caption, headline or people."""
    wanted = set(person_ids)
    authority = people_authority(library)
    touched = [p for p in authority.people if p.id in wanted]
    words = {s.split()[-1] for p in touched for s in (p.name, *p.aliases) if s.split()}
    ids = _pictures_naming(library, words)
    changed, corrections = [], []
    if ids:
        undone = undone_corrections(library, ids, "person")
        with library.transaction() as db:
            for asset in [dict(r) for r in db.query(f"SELECT * FROM assets WHERE id IN ({_marks(ids)})", ids)]:
                made = _relink_asset_people(db, asset, authority, undone)
                if made:
                    changed.append(asset["id"])
                    corrections += made
            refresh_search(db, ids)
    return {
        "pictures_examined": len(ids),
        "pictures_changed": len(changed),
        "changed_ids": changed,
        "corrections": corrections,
    }


def _marks(ids: list[int]) -> str:
    return ", ".join("?" * len(ids))


def _pictures_naming(library: Library, words: set[str]) -> list[int]:
    if not words:
        return []
    match = "{caption headline people} : (" + " OR ".join(fts_phrase_text(w) for w in sorted(words)) + ")"
    rows = library.db.execute("SELECT rowid FROM assets_fts WHERE assets_fts MATCH ? ORDER BY rowid", [match])
    return [int(r[0]) for r in rows]


def _relink_asset_people(
    db: Any, asset: dict[str, Any], authority: Authority, undone: set[tuple[int, str, str]]
) -> list[dict[str, Any]]:
    """Rename and add this asset's people; returns the corrections made. Nobody is taken away."""
    aid = asset["id"]
    people: list[str] = json.loads(asset["people"] or "[]")
    made: list[tuple[str, str]] = []
    for i, name in enumerate(people):
        canonical = canonical_person(name, authority)
        if canonical != name and (aid, name_key(name), name_key(canonical)) not in undone:
            people[i] = canonical
            made.append((name, canonical))
            db.execute(
                "UPDATE OR IGNORE asset_people SET name = ? WHERE asset_id = ? AND name = ?", [canonical, aid, name]
            )
            db.execute("DELETE FROM asset_people WHERE asset_id = ? AND name = ?", [aid, name])
    for text in (asset["caption"], asset["headline"]):
        for found in find_people(text, authority):
            if found not in people and (aid, "", name_key(found)) not in undone:
                people.append(found)
                made.append(("", found))
                db.execute(
                    "INSERT OR IGNORE INTO asset_people (asset_id, name, source, created_at) VALUES (?, ?, ?, ?)",
                    [aid, found, "caption", now_iso()],
                )
    if not made:
        return []
    db.execute(
        "UPDATE assets SET people = ? WHERE id = ?", [json.dumps(list(dict.fromkeys(people)), ensure_ascii=False), aid]
    )
    out = []
    for before, after in made:
        reason = "the people authority names them" if before else "the caption names them (people authority)"
        row = {"asset_id": aid, "field": "person", "from_value": before, "to_value": after, "rule": "authority"}
        cid = db.table("corrections").insert({**row, "reason": reason, "created_at": now_iso()}).last_pk
        out.append({"id": cid, "asset_id": aid, "from": before, "to": after, "rule": "authority"})
    return out
