"""What a picture can be found by, beyond its caption: kept in ``assets.search_text`` for full-text search.

One builder makes it from the catalog's current state (``catalog.db.fts`` refreshes it after every change that
touches names: linking, undo, merge, tags, dupes merge), so search never disagrees with ``show``. Pure: the
catalog's lookups (aliases, corrected misspellings) are passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from catalog.model import Asset

PLACE_AND_FILE = ("sublocation", "city", "province_state", "country", "filename", "credit_raw", "object_name", "source")


@dataclass(frozen=True)
class Lookups:
    """The catalog's answers the builder needs: a photographer's and a person's aliases, and the written names
    corrected into a photographer."""

    photographer_aliases: Callable[[str], list[str]]
    person_aliases: Callable[[str], list[str]]
    misspellings: Callable[[str], list[str]]


def fts_phrase_text(text: str) -> str:
    """``text`` as one quoted FTS5 phrase: quotes doubled, NUL (which ends FTS5's reading) a space."""
    return '"' + text.replace('"', '""').replace("\x00", " ") + '"'


def _photographer_words(asset: Asset, lookups: Lookups) -> list[str]:
    final = list(asset.credit_photographers)
    names = final + list(asset.credit_photographers_raw)
    if not final and asset.byline:
        names.append(asset.byline)
    for name in final:
        names += lookups.photographer_aliases(name) + lookups.misspellings(name)
    return names


def photographer_text(asset: Asset, lookups: Lookups) -> str:
    """Every spelling a photographer search should find this picture by."""
    return " | ".join(dict.fromkeys(n for n in _photographer_words(asset, lookups) if n))


def found_by(asset: Asset, lookups: Lookups) -> str:
    """Photographers (decided, written, aliases, misspellings), organisations with their spellings, people's
    aliases, place and file name."""
    from catalog.credits.orgs import ORGANISATIONS, PLATFORMS, organisation, platform  # only when text is built

    words = _photographer_words(asset, lookups)
    for org in (asset.credit_agency, asset.credit_distributor):
        if org:
            canonical = organisation(org) or platform(org) or org
            words += [canonical, *ORGANISATIONS.get(canonical, ()), *PLATFORMS.get(canonical, ())]
    for person in asset.people:
        words += lookups.person_aliases(person)
    words += [getattr(asset, k) or "" for k in PLACE_AND_FILE]
    return " | ".join(dict.fromkeys(w for w in words if w))
