"""Changing names after the fact: undoing a correction, merging a variant spelling into a canonical name, and
relinking the pictures an authority change can affect.

All are logged in ``corrections`` like automatic fixes, and all keep the raw credit text untouched: only the
decided names (``credit_photographers``) and the printed line change. A relink after an authority import or a
merge is proportional: it finds, through the catalog, the pictures whose written or decided names are within
reach of the spellings that changed (equal, a prefix, or a few edits), decides those names again, applies what the
authority now settles (rules exact, alias, truncation, fuzzy) unless a desk editor undid that very change, closes
the reviews it answers, queues the new doubts, and refreshes those pictures' search text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rapidfuzz.distance import OSA

from catalog.credits.line import house_line, parse_credit
from catalog.credits.names import DEFAULT_THRESHOLDS, Authority, NameMatch, Thresholds, match_name, max_edits, name_key
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.model import now_iso
from catalog.ops.authority import (
    add_photographer_alias,
    ensure_photographer,
    import_photographers,
    photographer_authority,
)
from catalog.ops.decisions import undone_corrections
from catalog.ops.link import catalog_history
from catalog.search.text import refresh as refresh_search

AUTHORITY_RULES = frozenset({"exact", "alias", "truncation", "fuzzy"})


class CorrectionError(PhotodeskError):
    pass


def undo(library: Library, correction_id: int) -> dict[str, Any]:
    """Put the written name (or agency) back on the asset and mark the correction undone; a later relink respects
    it."""
    with library.transaction() as db:
        row = next(db.query("SELECT * FROM corrections WHERE id = ?", [correction_id]), None)
        if row is None:
            raise CorrectionError(f"no correction {correction_id} (see 'photodesk show ID' for an asset's list)")
        if row["undone_at"]:
            raise CorrectionError(f"correction {correction_id} was already undone at {row['undone_at']}")
        asset = next(db.query("SELECT * FROM assets WHERE id = ?", [row["asset_id"]]))
        if row["field"] == "person":
            _undo_person(db, asset, row["from_value"], row["to_value"])
        elif row["field"] == "agency":
            _undo_agency(db, asset, row["from_value"])
        else:
            names = json.loads(asset["credit_photographers"] or "[]")
            if row["to_value"] in names:
                names[names.index(row["to_value"])] = row["from_value"]
            _write_names(db, asset, names)
        db.execute("UPDATE corrections SET undone_at = ? WHERE id = ?", [now_iso(), correction_id])
    return {"id": correction_id, "asset_id": row["asset_id"], "restored": row["from_value"], "was": row["to_value"]}


def _undo_agency(db: Any, asset: dict[str, Any], written: str) -> None:
    """A respelled agency: the agency as written comes back, and the printed line with it."""
    db.execute("UPDATE assets SET credit_agency = ? WHERE id = ?", [written, asset["id"]])
    _write_names(db, {**asset, "credit_agency": written}, json.loads(asset["credit_photographers"] or "[]"))


def _undo_person(db: Any, asset: dict[str, Any], before: str, after: str) -> None:
    """A person found or renamed by a relink: put the name as it was back (or take an added one away)."""
    people = json.loads(asset["people"] or "[]")
    if before:
        db.execute(
            "UPDATE OR IGNORE asset_people SET name = ? WHERE asset_id = ? AND name = ?", [before, asset["id"], after]
        )
    db.execute("DELETE FROM asset_people WHERE asset_id = ? AND name = ? AND source != 'manual'", [asset["id"], after])
    people = [before if p == after else p for p in people] if before else [p for p in people if p != after]
    db.execute(
        "UPDATE assets SET people = ? WHERE id = ?",
        [json.dumps(list(dict.fromkeys(people)), ensure_ascii=False), asset["id"]],
    )
    refresh_search(db, [asset["id"]])


def merge(library: Library, variant: str, into: str, *, agency: str | None = None) -> dict[str, Any]:
    """Record ``variant`` as an alias of ``into`` (creating ``into`` in the authority if needed), fix every
    asset credited to the variant, then relink what else the new alias can affect."""
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
        credited = db.query(
            "SELECT * FROM assets WHERE id IN (SELECT a.id FROM assets a, json_each(a.credit_photographers) j "
            "WHERE pd_fold(j.value) = ?) ORDER BY id",
            [name_key(variant)],
        )
        for asset in list(credited):
            names = json.loads(asset["credit_photographers"])
            changed = [n for n in names if name_key(n) == name_key(variant)]
            _write_names(db, asset, [into if name_key(n) == name_key(variant) else n for n in names])
            for old in changed:
                _log(db, asset["id"], old, into, "merge", None, f"merged {variant!r} into {into!r}")
            fixed.append(asset["id"])
        db.execute(
            "UPDATE name_reviews SET resolved_at = ? WHERE written = ? COLLATE NOCASE AND resolved_at IS NULL",
            [now_iso(), variant],
        )
    relinked = relink_photographers(library, [target])
    changed_ids = sorted(set(fixed) | set(relinked.changed))
    return {
        "alias": variant,
        "into": into,
        "assets_fixed": fixed,
        "pictures_changed": len(changed_ids),
        "changed_ids": changed_ids,
        "relinked": relinked.to_dict(),
    }


def import_and_relink(library: Library, path: Path) -> dict[str, Any]:
    """``credits authority import``: add the file's photographers, then relink the pictures they can affect."""
    imported = import_photographers(library, path)
    return {**imported.to_dict(), **relink_photographers(library, imported.touched).to_dict()}


def _log(db: Any, asset_id: int, old: str, new: str, rule: str, score: float | None, reason: str) -> int:
    row = {"asset_id": asset_id, "field": "photographer", "from_value": old, "to_value": new, "rule": rule}
    return int(
        db.table("corrections").insert({**row, "score": score, "reason": reason, "created_at": now_iso()}).last_pk
    )


@dataclass
class RelinkReport:
    """What an authority change did to the pictures it could affect."""

    examined: int = 0
    changed: list[int] = field(default_factory=list)
    corrections: list[dict[str, Any]] = field(default_factory=list)
    reviews_closed: int = 0
    reviews_queued: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pictures_examined": self.examined,
            "pictures_changed": len(self.changed),
            "changed_ids": self.changed,
            "corrections": self.corrections,
            "reviews_closed": self.reviews_closed,
            "reviews_queued": self.reviews_queued,
        }


def relink_photographers(
    library: Library, photographer_ids: Iterable[int], *, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> RelinkReport:
    """Decide again the names of every picture the given authority entries (their names and aliases, as they are
    now) can affect, and apply what the authority settles. See the module docstring."""
    wanted = set(photographer_ids)
    authority = photographer_authority(library)
    spellings = {name_key(s) for p in authority.people if p.id in wanted for s in (p.name, *p.aliases)}
    ids = _assets_within_reach(library, spellings, thresholds)
    report = RelinkReport(examined=len(ids))
    if not ids:
        return report
    history = catalog_history(library, ids)
    undone = undone_corrections(library, ids)
    with library.transaction() as db:
        assets = [dict(r) for r in db.query(f"SELECT * FROM assets WHERE id IN ({_marks(ids)})", ids)]
        for asset in assets:
            for name in json.loads(asset["credit_photographers_raw"] or "[]"):
                history.add(name, asset["credit_agency"])
        for asset in assets:
            if _relink_asset(db, asset, authority, history, thresholds, undone, report):
                report.changed.append(asset["id"])
        refresh_search(db, ids)
    return report


def _marks(ids: list[Any]) -> str:
    return ", ".join("?" * len(ids))


def _assets_within_reach(library: Library, spellings: set[str], thresholds: Thresholds) -> list[int]:
    """The assets credited (as written or as decided) with a name that a change to ``spellings`` can decide
    differently: the same folded name, a truncation of one, or within the edits the matcher looks at."""
    if not spellings:
        return []
    names = [
        r[0]
        for r in library.db.execute(
            "SELECT j.value FROM assets a, json_each(a.credit_photographers_raw) j UNION "
            "SELECT j.value FROM assets a, json_each(a.credit_photographers) j"
        )
    ]
    near = [n for n in names if isinstance(n, str) and _within_reach(name_key(n), spellings, thresholds)]
    if not near:
        return []
    rows = library.db.execute(
        f"SELECT a.id FROM assets a, json_each(a.credit_photographers_raw) j WHERE j.value IN ({_marks(near)}) "
        f"UNION SELECT a.id FROM assets a, json_each(a.credit_photographers) j WHERE j.value IN ({_marks(near)})",
        near + near,
    )
    return sorted({int(r[0]) for r in rows})


def _within_reach(key: str, spellings: set[str], thresholds: Thresholds) -> bool:
    if not key:
        return False
    if key in spellings:
        return True
    if len(key) >= thresholds.min_prefix and any(s.startswith(key) for s in spellings):
        return True
    cutoff = max_edits(key) + thresholds.margin + 1  # as far as the matcher ranks candidates and runners-up
    return any(OSA.distance(key, s, score_cutoff=cutoff) <= cutoff for s in spellings)


def _relink_asset(
    db: Any,
    asset: dict[str, Any],
    authority: Authority,
    history: Any,
    thresholds: Thresholds,
    undone: set[tuple[int, str, str]],
    report: RelinkReport,
) -> bool:
    written = json.loads(asset["credit_photographers_raw"] or "[]")
    final = json.loads(asset["credit_photographers"] or "[]")
    if len(written) != len(final):
        return False  # names carried from a copy by 'dupes merge': no slot-by-slot decision to revisit
    new = list(final)
    for i, name in enumerate(written):
        decision = match_name(name, asset["credit_agency"], authority, history, thresholds)
        if decision.needs_review:
            if final[i] == name:
                _requeue(db, asset, decision, report)
            continue
        report.reviews_closed += _close_review(db, asset["id"], name)
        if decision.rule not in AUTHORITY_RULES or decision.name == final[i]:
            continue
        keys = {(asset["id"], name_key(w), name_key(decision.name)) for w in (name, final[i])}
        if keys & undone:
            continue  # a desk editor undid this very change
        new[i] = decision.name
        cid = _log(db, asset["id"], final[i], decision.name, decision.rule, decision.score, _why(decision))
        report.corrections.append(
            {"id": cid, "asset_id": asset["id"], "from": final[i], "to": decision.name, "rule": decision.rule}
        )
    if new == final:
        return False
    _write_names(db, asset, new)
    return True


def _why(decision: NameMatch) -> str:
    return f"authority change: {decision.reason or decision.rule}"


def _close_review(db: Any, asset_id: int, written: str) -> int:
    cursor = db.execute(
        "UPDATE name_reviews SET resolved_at = ? WHERE asset_id = ? AND written = ? AND resolved_at IS NULL",
        [now_iso(), asset_id, written],
    )
    return int(cursor.rowcount)


def _requeue(db: Any, asset: dict[str, Any], decision: NameMatch, report: RelinkReport) -> None:
    """Queue a new doubt, or bring an existing review up to date with the authority as it is now."""
    db.execute(
        "INSERT INTO name_reviews (asset_id, written, agency, candidate, runner_up, score, reason, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(asset_id, written) DO UPDATE SET candidate = excluded.candidate, "
        "runner_up = excluded.runner_up, score = excluded.score, reason = excluded.reason, resolved_at = NULL",
        [
            asset["id"],
            decision.written,
            asset["credit_agency"],
            decision.candidate,
            decision.runner_up,
            decision.score,
            decision.reason,
            now_iso(),
        ],
    )
    report.reviews_queued.append({"asset_id": asset["id"], **decision.to_dict()})


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
