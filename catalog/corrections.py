"""Changing names after the fact: undoing a correction, merging a variant spelling into a canonical name.

Both are logged in ``corrections`` like automatic fixes, and both keep the raw credit text untouched: only the
decided names (``credit_photographers``) and the printed line change.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from .authority import add_photographer_alias, ensure_photographer
from .credits import house_line, parse_credit
from .errors import PhotodeskError
from .library import Library
from .models import now_iso
from .names import name_key
from .searchtext import refresh as refresh_search


class CorrectionError(PhotodeskError):
    pass


def undo(library: Library, correction_id: int) -> dict[str, Any]:
    """Put the written name back on the asset and mark the correction undone; a later relink respects it."""
    with library.transaction() as db:
        row = next(db.query("SELECT * FROM corrections WHERE id = ?", [correction_id]), None)
        if row is None:
            raise CorrectionError(f"no correction {correction_id} (see 'photodesk show ID' for an asset's list)")
        if row["undone_at"]:
            raise CorrectionError(f"correction {correction_id} was already undone at {row['undone_at']}")
        asset = next(db.query("SELECT * FROM assets WHERE id = ?", [row["asset_id"]]))
        names = json.loads(asset["credit_photographers"] or "[]")
        if row["to_value"] in names:
            names[names.index(row["to_value"])] = row["from_value"]
        _write_names(db, asset, names)
        db.execute("UPDATE corrections SET undone_at = ? WHERE id = ?", [now_iso(), correction_id])
    return {"id": correction_id, "asset_id": row["asset_id"], "restored": row["from_value"], "was": row["to_value"]}


def merge(library: Library, variant: str, into: str, *, agency: str | None = None) -> dict[str, Any]:
    """Record ``variant`` as an alias of ``into`` (creating ``into`` in the authority if needed) and fix every
    asset credited to the variant."""
    if name_key(variant) == name_key(into):
        raise CorrectionError("a name cannot be merged into itself")
    fixed: list[int] = []
    with library.transaction() as db:
        listed = db.execute("SELECT name FROM photographers WHERE name = ? COLLATE NOCASE", [variant]).fetchone()
        if listed:
            raise CorrectionError(
                f"{listed[0]!r} is a photographer of its own in the authority; "
                "remove it there before merging it into someone else"
            )
        target = ensure_photographer(db, into, agency or _agency_of(db, into) or _agency_of(db, variant))
        add_photographer_alias(db, target, variant)
        for asset in list(db.query("SELECT * FROM assets WHERE credit_photographers IS NOT NULL")):
            names = json.loads(asset["credit_photographers"])
            changed = [n for n in names if name_key(n) == name_key(variant)]
            if not changed:
                continue
            new = [into if name_key(n) == name_key(variant) else n for n in names]
            _write_names(db, asset, new)
            for old in changed:
                db.table("corrections").insert(
                    {
                        "asset_id": asset["id"],
                        "field": "photographer",
                        "from_value": old,
                        "to_value": into,
                        "rule": "merge",
                        "score": None,
                        "reason": f"merged {variant!r} into {into!r}",
                        "created_at": now_iso(),
                    }
                )
            fixed.append(asset["id"])
        db.execute(
            "UPDATE name_reviews SET resolved_at = ? WHERE written = ? COLLATE NOCASE AND resolved_at IS NULL",
            [now_iso(), variant],
        )
    return {"alias": variant, "into": into, "assets_fixed": fixed}


def _agency_of(db: Any, name: str) -> str | None:
    row = db.execute(
        "SELECT a.credit_agency, count(*) FROM assets a, json_each(a.credit_photographers) j "
        "WHERE j.value = ? AND a.credit_agency IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
        [name],
    ).fetchone()
    return row[0] if row else None


def _write_names(db: Any, asset: dict[str, Any], names: list[str]) -> None:
    credit = parse_credit(asset["credit_raw"]) if asset.get("credit_raw") else None
    line = asset.get("credit_line")
    if credit is not None:
        line = house_line(
            replace(
                credit,
                photographers=names,
                agency=asset.get("credit_agency"),
                kind=asset.get("credit_kind") or credit.kind,
            )
        )
    elif names:
        line = ", ".join(names) + (f"/{asset['credit_agency']}" if asset.get("credit_agency") else "")
    db.execute(
        "UPDATE assets SET credit_photographers = ?, credit_line = ? WHERE id = ?",
        [json.dumps(names, ensure_ascii=False), line, asset["id"]],
    )
    refresh_search(db, [asset["id"]])
