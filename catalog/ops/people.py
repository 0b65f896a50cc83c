"""People shown in pictures: from IPTC/XMP persons-shown, the people authority matched in captions, and tags.

Matching in text finds an authority name or alias anywhere (case and accents folded); a surname alone only when one
person in the authority carries it ('Putin', but not 'Netanyahu' when both Benjamin and Sara are listed); and
coordinated forms ('Benjamin and Sara Netanyahu', 'Sara and Benjamin Netanyahu') as both people.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from catalog.credits.names import Authority
from catalog.credits.people import canonical_person, find_people, suggest
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.model import JSON, Asset, JSONObject, now_iso
from catalog.ops.authority import import_people, people_authority
from catalog.ops.decisions import undone_corrections
from catalog.search.text import fts_phrase_text
from catalog.text import name_key


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
    catalog = library.catalog
    with catalog.transaction():
        if remove:
            catalog.assets.untag(asset_id, canonical)
        else:
            catalog.assets.tag(asset_id, canonical, "manual", now_iso())
        names = list(dict.fromkeys(catalog.assets.tagged(asset_id, manual_last=True)))
        catalog.assets.update(asset_id, {"people": names})
        catalog.fts.refresh([asset_id])
    return names


def listing(library: Library) -> list[JSONObject]:
    """Every person of the authority with aliases and how many pictures show them, then people not listed."""
    counts = library.catalog.assets.tag_counts()
    people = library.catalog.authority.people.load().people
    listed = {p.name: list(p.aliases) for p in sorted(people, key=lambda p: p.name)}
    out: list[JSONObject] = [
        {"name": n, "aliases": a, "pictures": counts.get(n, 0), "listed": True} for n, a in listed.items()
    ]
    out += [
        {"name": n, "aliases": [], "pictures": c, "listed": False} for n, c in sorted(counts.items()) if n not in listed
    ]
    return out


def suggest_from_library(library: Library, authority: Authority, limit: int = 50) -> list[tuple[str, int]]:
    return suggest(list(library.catalog.assets.texts()), authority, limit=limit)


def import_and_relink(library: Library, path: Path) -> JSONObject:
    """``people import``: add the file's people, then relink the pictures they can affect."""
    imported = import_people(library, path)
    return {**imported.to_dict(), **relink_people(library, imported.touched)}


def relink_people(library: Library, person_ids: Iterable[int]) -> JSONObject:
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
    changed: list[int] = []
    corrections: list[JSON] = []
    if ids:
        undone = undone_corrections(library, ids, "person")
        catalog = library.catalog
        with catalog.transaction():
            for asset in catalog.assets.many(ids).values():
                made = _relink_asset_people(library, asset, authority, undone)
                if made:
                    changed.append(asset.id)
                    corrections += made
            catalog.fts.refresh(ids)
    return {
        "pictures_examined": len(ids),
        "pictures_changed": len(changed),
        "changed_ids": changed,
        "corrections": corrections,
    }


def _pictures_naming(library: Library, words: set[str]) -> list[int]:
    if not words:
        return []
    match = "{caption headline people} : (" + " OR ".join(fts_phrase_text(w) for w in sorted(words)) + ")"
    return library.catalog.fts.matching(match)


def _relink_asset_people(
    library: Library, asset: Asset, authority: Authority, undone: set[tuple[int, str, str]]
) -> list[JSONObject]:
    """Rename and add this asset's people; returns the corrections made. Nobody is taken away."""
    catalog = library.catalog
    aid = asset.id
    people = list(asset.people)
    made: list[tuple[str, str]] = []
    for i, name in enumerate(people):
        canonical = canonical_person(name, authority)
        if canonical != name and (aid, name_key(name), name_key(canonical)) not in undone:
            people[i] = canonical
            made.append((name, canonical))
            catalog.assets.rename_tag(aid, name, canonical)
            catalog.assets.untag(aid, name)
    for text in (asset.caption, asset.headline):
        for found in find_people(text, authority):
            if found not in people and (aid, "", name_key(found)) not in undone:
                people.append(found)
                made.append(("", found))
                catalog.assets.tag(aid, found, "caption", now_iso())
    if not made:
        return []
    catalog.assets.update(aid, {"people": list(dict.fromkeys(people))})
    out: list[JSONObject] = []
    for before, after in made:
        reason = "the people authority names them" if before else "the caption names them (people authority)"
        cid = catalog.log.add(aid, "person", before, after, "authority", None, reason, now_iso())
        out.append({"id": cid, "asset_id": aid, "from": before, "to": after, "rule": "authority"})
    return out
