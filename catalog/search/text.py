"""What a picture can be found by, beyond its caption: kept in ``assets.search_text`` for full-text search.

One function builds it from the catalog's current state, and every change that touches names calls it
(linking, undo, merge, tags, dupes merge), so search never disagrees with ``show``.
"""

from __future__ import annotations

import json
from typing import Any

from catalog.credits.orgs import ORGANISATIONS, PLATFORMS, organisation, platform

FTS_COLUMNS = ["caption", "headline", "keywords", "people", "search_text", "photographer_text"]


def fts_phrase_text(text: str) -> str:
    """``text`` as one quoted FTS5 phrase: quotes doubled, NUL (which ends FTS5's reading) a space."""
    return '"' + text.replace('"', '""').replace("\x00", " ") + '"'


def refresh(db: Any, asset_ids: list[int]) -> None:
    for asset_id in asset_ids:
        row = next(db.query("SELECT * FROM assets WHERE id = ?", [asset_id]), None)
        if row is not None:
            db.execute(
                "UPDATE assets SET search_text = ?, photographer_text = ? WHERE id = ?",
                [build(db, dict(row)), photographer_text(db, dict(row)), asset_id],
            )


def photographer_text(db: Any, row: dict[str, Any]) -> str:
    """Every spelling a photographer search should find this picture by."""
    final = json.loads(row.get("credit_photographers") or "[]")
    names = final + json.loads(row.get("credit_photographers_raw") or "[]")
    if not final and row.get("byline"):
        names.append(row["byline"])
    for name in final:
        names += [
            r[0]
            for r in db.execute(
                "SELECT a.alias FROM photographer_aliases a JOIN photographers p ON p.id = a.photographer_id "
                "WHERE p.name = ?",
                [name],
            )
        ]
        names += [
            r[0]
            for r in db.execute(
                "SELECT DISTINCT from_value FROM corrections WHERE to_value = ? AND field = 'photographer'", [name]
            )
        ]
    return " | ".join(dict.fromkeys(n for n in names if n))


def build(db: Any, row: dict[str, Any]) -> str:
    words: list[str] = []
    final = json.loads(row.get("credit_photographers") or "[]")
    written = json.loads(row.get("credit_photographers_raw") or "[]")
    words += final + written
    if not final and row.get("byline"):
        words.append(row["byline"])
    for name in final:
        words += [
            r[0]
            for r in db.execute(
                "SELECT a.alias FROM photographer_aliases a JOIN photographers p ON p.id = a.photographer_id "
                "WHERE p.name = ?",
                [name],
            )
        ]
        words += [
            r[0]
            for r in db.execute(
                "SELECT DISTINCT from_value FROM corrections WHERE to_value = ? AND field = 'photographer'", [name]
            )
        ]
    for org in (row.get("credit_agency"), row.get("credit_distributor")):
        if org:
            canonical = organisation(org) or platform(org) or org
            words += [canonical, *ORGANISATIONS.get(canonical, ()), *PLATFORMS.get(canonical, ())]
    people = json.loads(row.get("people") or "[]")
    for person in people:
        words += [
            r[0]
            for r in db.execute(
                "SELECT a.alias FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE p.name = ?", [person]
            )
        ]
    words += [
        row.get(k) or ""
        for k in ("sublocation", "city", "province_state", "country", "filename", "credit_raw", "object_name", "source")
    ]
    return " | ".join(dict.fromkeys(w for w in words if w))
