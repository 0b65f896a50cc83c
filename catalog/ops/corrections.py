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

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz.distance import OSA

from catalog.credits.line import house_line, parse_credit
from catalog.credits.names import DEFAULT_THRESHOLDS, Authority, History, NameMatch, Thresholds, match_name, max_edits
from catalog.db import Catalog
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.model import Asset, JSONObject, now_iso
from catalog.ops.authority import (
    add_photographer_alias,
    ensure_photographer,
    import_photographers,
    photographer_authority,
)
from catalog.ops.decisions import DESK_RULE, doubt, undone_corrections
from catalog.ops.dupes import restore_keeper
from catalog.ops.edit import undo_desk_edit
from catalog.ops.link import catalog_history
from catalog.text import name_key

AUTHORITY_RULES = frozenset({"exact", "alias", "truncation", "fuzzy"})


class CorrectionError(PhotodeskError):
    pass


def undo(library: Library, correction_id: int) -> JSONObject:
    """Put the written name (or agency, or person) back on the asset — or, for a keeper chosen by the desk
    ('dupes-keeper'), the group's previous keeper; for a desk edit (caption, headline, credit, people), what the edit
    replaced (``edit``) — and mark the correction undone; a later relink respects it."""
    catalog = library.catalog
    with catalog.transaction():
        row = catalog.log.correction(correction_id)
        if row is None:
            raise CorrectionError(f"no correction {correction_id} (see 'photodesk show ID' for an asset's list)")
        if row.undone_at:
            raise CorrectionError(f"correction {correction_id} was already undone at {row.undone_at}")
        asset = catalog.assets.get(row.asset_id)
        assert asset is not None, "a correction's asset exists (foreign key)"
        if row.rule == DESK_RULE:
            undo_desk_edit(library, row)
        elif row.field == "person":
            _undo_person(catalog, asset, row.from_value, row.to_value)
        elif row.field == "agency":
            _undo_agency(catalog, asset, row.from_value)
        elif row.field == "keeper":  # 'dupes-keeper': the group's previous keeper is keeper again
            restore_keeper(library, asset.id, int(row.from_value))
        else:
            names = list(asset.credit_photographers)
            if row.to_value in names:
                names[names.index(row.to_value)] = row.from_value
            _write_names(catalog, asset, names)
        catalog.log.mark_undone(correction_id, now_iso())
    return {"id": correction_id, "asset_id": row.asset_id, "restored": row.from_value, "was": row.to_value}


def _undo_agency(catalog: Catalog, asset: Asset, written: str) -> None:
    """A respelled agency: the agency as written comes back, and the printed line with it."""
    catalog.assets.update(asset.id, {"credit_agency": written})
    _write_names(catalog, replace(asset, credit_agency=written), list(asset.credit_photographers))


def _undo_person(catalog: Catalog, asset: Asset, before: str, after: str) -> None:
    """A person found or renamed by a relink: put the name as it was back (or take an added one away)."""
    if before:
        catalog.assets.rename_tag(asset.id, after, before)
    catalog.assets.untag(asset.id, after, keep_manual=True)
    people = [before if p == after else p for p in asset.people] if before else [p for p in asset.people if p != after]
    catalog.assets.update(asset.id, {"people": list(dict.fromkeys(people))})
    catalog.fts.refresh([asset.id])


def merge(library: Library, variant: str, into: str, *, agency: str | None = None) -> JSONObject:
    """Record ``variant`` as an alias of ``into`` (creating ``into`` in the authority if needed), fix every
    asset credited to the variant, then relink what else the new alias can affect."""
    if name_key(variant) == name_key(into):
        raise CorrectionError("a name cannot be merged into itself")
    fixed: list[int] = []
    catalog = library.catalog
    with catalog.transaction():
        listed = catalog.authority.photographers.listed(variant)
        if listed:
            raise CorrectionError(
                f"{listed!r} is a photographer of its own in the authority; "
                "remove it there before merging it into someone else"
            )
        usual = catalog.assets.usual_agency
        target = ensure_photographer(catalog, into, agency or usual(into) or usual(variant))
        add_photographer_alias(catalog, target, variant)
        for asset in catalog.assets.credited_folded(name_key(variant)):
            names = asset.credit_photographers
            changed = [n for n in names if name_key(n) == name_key(variant)]
            _write_names(catalog, asset, [into if name_key(n) == name_key(variant) else n for n in names])
            for old in changed:
                _log(catalog, asset.id, old, into, "merge", None, f"merged {variant!r} into {into!r}")
            fixed.append(asset.id)
        catalog.log.close_spelling(variant, now_iso())
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


def import_and_relink(library: Library, path: Path) -> JSONObject:
    """``credits authority import``: add the file's photographers, then relink the pictures they can affect."""
    imported = import_photographers(library, path)
    return {**imported.to_dict(), **relink_photographers(library, imported.touched).to_dict()}


def _log(catalog: Catalog, asset_id: int, old: str, new: str, rule: str, score: float | None, reason: str) -> int:
    return catalog.log.add(asset_id, "photographer", old, new, rule, score, reason, now_iso())


@dataclass
class RelinkReport:
    """What an authority change did to the pictures it could affect."""

    examined: int = 0
    changed: list[int] = field(default_factory=list)
    corrections: list[JSONObject] = field(default_factory=list)
    reviews_closed: int = 0
    reviews_queued: list[JSONObject] = field(default_factory=list)

    def to_dict(self) -> JSONObject:
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
    catalog = library.catalog
    with catalog.transaction():
        assets = list(catalog.assets.many(ids).values())
        for asset in assets:
            for name in asset.credit_photographers_raw:
                history.add(name, asset.credit_agency)
        for asset in assets:
            if _relink_asset(catalog, asset, authority, history, thresholds, undone, report):
                report.changed.append(asset.id)
        catalog.fts.refresh(ids)
    return report


def _assets_within_reach(library: Library, spellings: set[str], thresholds: Thresholds) -> list[int]:
    """The assets credited (as written or as decided) with a name that a change to ``spellings`` can decide
    differently: the same folded name, a truncation of one, or within the edits the matcher looks at."""
    if not spellings:
        return []
    names = library.catalog.assets.credited_names()
    near = [n for n in names if _within_reach(name_key(n), spellings, thresholds)]
    return library.catalog.assets.credited_with(near)


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
    catalog: Catalog,
    asset: Asset,
    authority: Authority,
    history: History,
    thresholds: Thresholds,
    undone: set[tuple[int, str, str]],
    report: RelinkReport,
) -> bool:
    written = asset.credit_photographers_raw
    final = asset.credit_photographers
    if len(written) != len(final):
        return False  # names carried from a copy by 'dupes merge': no slot-by-slot decision to revisit
    new = list(final)
    for i, name in enumerate(written):
        decision = match_name(name, asset.credit_agency, authority, history, thresholds)
        if decision.needs_review:
            if final[i] == name:
                _requeue(catalog, asset, decision, report)
            continue
        report.reviews_closed += catalog.log.close(asset.id, name, now_iso())
        if decision.rule not in AUTHORITY_RULES or decision.name == final[i]:
            continue
        keys = {(asset.id, name_key(w), name_key(decision.name)) for w in (name, final[i])}
        if keys & undone:
            continue  # a desk editor undid this very change
        new[i] = decision.name
        cid = _log(catalog, asset.id, final[i], decision.name, decision.rule, decision.score, _why(decision))
        report.corrections.append(
            {"id": cid, "asset_id": asset.id, "from": final[i], "to": decision.name, "rule": decision.rule}
        )
    if new == final:
        return False
    _write_names(catalog, asset, new)
    return True


def _why(decision: NameMatch) -> str:
    return f"authority change: {decision.reason or decision.rule}"


def _requeue(catalog: Catalog, asset: Asset, decision: NameMatch, report: RelinkReport) -> None:
    """Queue a new doubt, or bring an existing review up to date with the authority as it is now."""
    catalog.log.queue(asset.id, doubt(decision, asset.credit_agency), now_iso(), update=True)
    report.reviews_queued.append({"asset_id": asset.id, **decision.to_dict()})


def _write_names(catalog: Catalog, asset: Asset, names: list[str]) -> None:
    credit = parse_credit(asset.credit_raw) if asset.credit_raw else None
    line = asset.credit_line
    if credit is not None:
        line = house_line(
            replace(
                credit,
                photographers=names,
                agency=asset.credit_agency,
                kind=asset.credit_kind or credit.kind,
            )
        )
    elif names:
        line = ", ".join(names) + (f"/{asset.credit_agency}" if asset.credit_agency else "")
    catalog.assets.update(asset.id, {"credit_photographers": names, "credit_line": line})
    catalog.fts.refresh([asset.id])
