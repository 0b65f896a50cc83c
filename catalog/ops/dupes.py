"""Duplicate groups: find every copy of a picture, keep one master, lose nothing.

Pairs come from the hash index (``neighbors``) and are decided by ``verify`` (pixel-identical files need no
verification); every decision is stored in ``dupe_pairs``. Verified pairs join into groups; each group has one
keeper — the largest picture (content area, frames not counted), then the less derived (not a screenshot, not
framed), then the richer caption and credit, then the earliest — and the others point at it (``duplicate_of``).
At ingest an existing keeper stays keeper unless ``on_duplicate='replace'``; ``skip`` records that a copy was seen
and removes what was stored for it. A keeper a desk editor chose (``set_keeper``) stays keeper through every
regroup — ingest in any mode, ``dupes scan`` — while it is in the group. ``scan`` hashes assets that have no hashes
yet (older libraries) and re-examines everything; ``merge`` carries a copy's caption, credit and people onto its
keeper, logged (``merge(..., dry_run=True)`` answers what it would do and writes nothing).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from PIL import UnidentifiedImageError

from catalog.db.assets import AssetValue
from catalog.dupes.groups import choose_keeper, components, differences, views_of
from catalog.dupes.neighbors import DEFAULT_CANDIDATES, CandidateThresholds, HashIndex
from catalog.dupes.verify import Verdict, verify_views
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.model import JSON, Asset, CopyNote, DupePair, JSONObject, now_iso
from catalog.ops.neighbours import open_index

KEEP, SKIP, REPLACE = "keep", "skip", "replace"
VIEWS_KEPT = 64  # thumbnails' views held during a batch's lookups


class DupesError(PhotodeskError):
    pass


def build_index(library: Library) -> HashIndex:
    """The neighbour index over every hashed asset (its file beside the catalog brought up to date)."""
    return open_index(library)


def thumbnail_views(library: Library, asset: Asset) -> tuple[np.ndarray, np.ndarray] | None:
    """(trimmed, whole) grayscale views from the stored thumbnail: what verification compares. None when the
    thumbnail is missing or unreadable (``check`` reports it, ``check --repair`` makes it again): such a pair is
    left undecided, to be looked at again once the thumbnail is back, rather than guessed."""
    if not asset.thumbnail:
        return None
    try:
        return views_of(library.store.read(asset.thumbnail), asset.trim)
    except (OSError, UnidentifiedImageError):
        return None


def find_pairs(
    library: Library,
    asset_ids: Iterable[int],
    index: HashIndex,
    thresholds: CandidateThresholds = DEFAULT_CANDIDATES,
    undecided: set[int] | None = None,
) -> list[tuple[int, int, str, int, Verdict]]:
    """Look each asset up and verify every candidate pair not decided before; store and return the decisions.
    The assets of ``asset_ids`` with a pair left undecided (a thumbnail missing) are added to ``undecided``."""
    catalog = library.catalog
    records: dict[int, Asset | None] = {}

    def record(asset_id: int) -> Asset | None:
        if asset_id not in records:
            records[asset_id] = catalog.assets.get(asset_id)
        return records[asset_id]

    views: OrderedDict[int, tuple[np.ndarray, np.ndarray] | None] = OrderedDict()  # the latest VIEWS_KEPT

    def view(x: Asset) -> tuple[np.ndarray, np.ndarray] | None:
        """Its thumbnail's views, kept for the next few lookups (copies of one picture tend to arrive together)
        but not for the whole batch: a batch's memory must not grow with its size."""
        if x.id in views:
            views.move_to_end(x.id)
        else:
            views[x.id] = thumbnail_views(library, x)
            if len(views) > VIEWS_KEPT:
                views.popitem(last=False)
        return views[x.id]

    decided: set[tuple[int, int]] = set()
    out = []
    for asset_id in asset_ids:
        mine = record(asset_id)
        h = mine.hashes() if mine else None
        if mine is None or h is None:
            continue
        for c in index.candidates(h, exclude=asset_id, thresholds=thresholds):
            a, b = sorted((asset_id, c.asset_id))
            other = record(c.asset_id)
            if (a, b) in decided or other is None or catalog.dupes.decided(a, b):
                continue
            if mine.pixel_digest and mine.pixel_digest == other.pixel_digest:
                verdict = Verdict(True, "pixels-identical", containment=1.0, correlation=1.0, reason="same pixels")
            else:
                seen, theirs = view(mine), view(other)
                if seen is None or theirs is None:
                    if undecided is not None:
                        undecided.add(asset_id)
                    continue  # undecided until the thumbnail is back
                verdict = verify_views(seen, theirs, flat=mine.flat and other.flat, mirrored_first=c.via == "mirror")
            decided.add((a, b))
            out.append((a, b, c.via, c.distance, verdict))
    with catalog.transaction():
        for a, b, via, dist, v in out:
            pair = DupePair(
                a, b, via, dist, v.same, v.method, v.inliers, round(v.containment, 4), round(v.correlation, 4), v.reason
            )
            catalog.dupes.record(pair, now_iso())
    return out


def regroup(library: Library, *, new_ids: frozenset[int] | None = None, mode: str = KEEP) -> dict[int, int]:
    """Recompute ``duplicate_of`` for the groups that hold ``new_ids`` (every group when None); returns
    {copy: keeper} for the copies among ``new_ids`` (and, with 'replace', the old members a new keeper took over)."""
    catalog = library.catalog
    touched = new_ids or frozenset()
    copies: dict[int, int] = {}
    with catalog.transaction():
        if new_ids is None:
            catalog.assets.ungroup_all()
        for members in components((p.asset_id, p.other_id) for p in catalog.dupes.same()):
            if new_ids is not None and not touched.intersection(members):
                continue
            records = catalog.assets.many(members)
            present = [m for m in members if m in records]
            old = [m for m in present if m not in touched]
            pool = old if (mode == KEEP and old) else present
            keeper = choose_keeper([records[m] for m in pool])
            if mode == KEEP:
                previous = [m for m in old if records[m].duplicate_of is None and catalog.assets.is_keeper(m)]
                keeper = choose_keeper([records[m] for m in previous]) if previous else keeper
            chosen = catalog.dupes.chosen_keepers(present)
            if chosen:  # a desk editor's choice (``set_keeper``) wins over every rule; the latest if groups joined
                keeper = max(chosen, key=lambda m: (chosen[m], m))
            for m in present:
                catalog.assets.update(m, {"duplicate_of": None if m == keeper else keeper})
                if m != keeper and (m in touched or (mode == REPLACE and keeper in touched)):
                    copies[m] = keeper
    return copies


def set_keeper(library: Library, group_member_id: int, new_keeper_id: int) -> JSONObject:
    """Make ``new_keeper_id`` the keeper of the group ``group_member_id`` is in: every other member becomes its
    copy, the change is logged in corrections (rule 'dupes-keeper', on the new keeper, undoable), and the choice is
    stored so a later regroup keeps it."""
    catalog = library.catalog
    with catalog.transaction():
        group = _group_of(library, group_member_id)
        previous = group[0]
        if new_keeper_id not in group:
            raise DupesError(
                f"asset {new_keeper_id} is not in the group of asset {group_member_id} (keeper {previous})"
            )
        _point_at(library, group, new_keeper_id)
        catalog.dupes.choose_keeper(new_keeper_id, [m for m in group if m != new_keeper_id], now_iso())
        correction = None
        if new_keeper_id != previous:
            reason = f"keeper chosen by the desk instead of asset {previous}"
            correction = catalog.log.add(
                new_keeper_id, "keeper", str(previous), str(new_keeper_id), "dupes-keeper", None, reason, now_iso()
            )
    return {"group": new_keeper_id, "keeper": new_keeper_id, "previous": previous, "correction": correction}


def restore_keeper(library: Library, chosen: int, previous: int) -> None:
    """Undo of a keeper choice: ``previous`` is its group's keeper again (when it is still in the group), and the
    hand choice is forgotten, so regroups choose by the rules again."""
    catalog = library.catalog
    with catalog.transaction():
        group = _group_of(library, chosen)
        catalog.dupes.forget_choices(group)
        if previous in group:
            _point_at(library, group, previous)


def _group_of(library: Library, member: int) -> list[int]:
    """The keeper first, then its copies."""
    asset = library.catalog.assets.get(member)
    if asset is None:
        raise DupesError(f"no asset {member}")
    keeper = asset.duplicate_of or asset.id
    copies = [m.id for m in library.catalog.assets.copies_of(keeper)]
    if not copies:
        raise DupesError(f"asset {member} is in no duplicate group (see 'photodesk dupes')")
    return [keeper, *copies]


def _point_at(library: Library, group: list[int], keeper: int) -> None:
    for m in group:
        library.catalog.assets.update(m, {"duplicate_of": None if m == keeper else keeper})


def after_ingest(library: Library, new_ids: list[int], mode: str = KEEP) -> list[CopyNote]:
    """The dedupe step of ingest: find the new pictures' copies (and those of any picture a killed run recorded
    but never looked up), group them, apply ``mode``, and mark them looked up."""
    catalog = library.catalog
    ids = sorted(set(new_ids) | set(catalog.assets.dupes_unchecked()))
    if not ids:
        return []
    undecided: set[int] = set()
    pairs = find_pairs(library, ids, build_index(library), undecided=undecided)
    copies = regroup(library, new_ids=frozenset(ids), mode=REPLACE if mode == REPLACE else KEEP)
    with catalog.transaction():  # one left undecided stays pending, for the run after its thumbnail is back
        catalog.assets.mark_dupes_checked([i for i in ids if i not in undecided], now_iso())
    best: dict[int, tuple[str, int]] = {}
    for a, b, via, dist, v in pairs:
        if v.same:
            for x in (a, b):
                if x not in best or best[x][1] > dist:
                    best[x] = (via, dist)
    notes = []
    for copy, keeper in sorted(copies.items()):
        via, dist = best.get(copy, ("group", 0))
        records = library.catalog.assets.many([copy, keeper])
        notes.append(CopyNote(copy, keeper, via, dist, differences(records[copy], records[keeper])))
    return notes


@dataclass
class Group:
    keeper: int
    members: list[JSONObject]

    def to_dict(self) -> JSONObject:
        return {"group": self.keeper, "keeper": self.keeper, "members": self.members}


def list_groups(library: Library, *, max_distance: int | None = None) -> list[Group]:
    """Every group: its keeper, and each copy with how it was found and verified."""
    catalog = library.catalog
    pairs = {(p.asset_id, p.other_id): p for p in catalog.dupes.same()}
    keepers = catalog.assets.keepers()
    records = catalog.assets.many(keepers)
    groups = (_group(library, records[k], pairs, max_distance) for k in keepers)
    return [g for g in groups if g is not None]


def group_of(library: Library, asset_id: int) -> Group | None:
    """The group a picture belongs to (as its keeper or as a copy), or None when it has no copies."""
    catalog = library.catalog
    record = catalog.assets.get(asset_id)
    if record is None:
        return None
    keeper = record.duplicate_of if record.duplicate_of is not None else asset_id
    found = catalog.assets.get(keeper) if keeper != asset_id else record
    if found is None:
        return None
    pairs = {(p.asset_id, p.other_id): p for p in catalog.dupes.same_touching(keeper)}
    return _group(library, found, pairs, None)


def _group(
    library: Library, record: Asset, pairs: dict[tuple[int, int], DupePair], max_distance: int | None
) -> Group | None:
    keeper = record.id
    members: list[JSONObject] = [
        {"id": keeper, "filename": record.filename, "keeper": True, "size": f"{record.width}x{record.height}"}
    ]
    for m in library.catalog.assets.copies_of(keeper):
        link = pairs.get((min(m.id, keeper), max(m.id, keeper)))
        distance = link.distance if link else None
        if max_distance is not None and distance is not None and distance > max_distance:
            continue
        members.append(
            {
                "id": m.id,
                "filename": m.filename,
                "keeper": False,
                "size": f"{m.width}x{m.height}",
                "via": link.via if link else "group",
                "distance": distance,
                "method": link.method if link else None,
                "containment": link.containment if link else None,
            }
        )
    return Group(keeper, members) if len(members) > 1 else None


MERGE_FIELDS = (("caption", "caption"), ("headline", "headline"), ("credit", "credit_raw"))
CREDIT_COLUMNS = (
    "credit_agency",
    "credit_kind",
    "credit_line",
    "credit_distributor",
    "credit_photographers",
    "credit_photographers_raw",
)


@dataclass
class MergePlan:
    """What ``merge`` carries onto a keeper: the columns to set, each carried value to log, the people."""

    keeper: int
    updates: dict[str, AssetValue] = field(default_factory=dict)
    logged: list[tuple[str, str, str]] = field(default_factory=list)  # (field, value, reason)
    people: list[str] | None = None
    carried: list[JSON] = field(default_factory=list)
    conflicts: list[JSON] = field(default_factory=list)

    def to_dict(self) -> JSONObject:
        return {"group": self.keeper, "keeper": self.keeper, "carried": self.carried, "conflicts": self.conflicts}


def merge(library: Library, ident: int, *, dry_run: bool = False) -> JSONObject:
    """Carry what copies know and the keeper lacks onto the keeper (caption, headline, credit, people), logged.
    With ``dry_run``, the same answer — what would be carried, which conflicts would be left — and no write."""
    catalog = library.catalog
    if dry_run:
        return _merge_plan(library, ident).to_dict()
    with catalog.transaction():
        plan = _merge_plan(library, ident)
        at = now_iso()
        catalog.assets.update(plan.keeper, plan.updates)
        for name, value, reason in plan.logged:
            catalog.log.add(plan.keeper, name, "", value, "dupes-merge", None, reason, at)
        if plan.people is not None:
            catalog.assets.update(plan.keeper, {"people": plan.people})
            for p in plan.people:
                catalog.assets.tag(plan.keeper, p, "dupes-merge", at)
        catalog.fts.refresh([plan.keeper])
    return plan.to_dict()


def _merge_plan(library: Library, ident: int) -> MergePlan:
    catalog = library.catalog
    asset = catalog.assets.get(ident)
    if asset is None:
        raise DupesError(f"no asset {ident}")
    keeper = asset.duplicate_of or asset.id
    members = catalog.assets.copies_of(keeper)
    if not members:
        raise DupesError(f"asset {ident} is in no duplicate group (see 'photodesk dupes')")
    kept = catalog.assets.get(keeper)
    assert kept is not None, "a keeper its copies point at exists (foreign key)"
    plan = MergePlan(keeper)
    for name, column in MERGE_FIELDS:
        values = [(m, getattr(m, column)) for m in members if getattr(m, column)]
        if not values:
            continue
        theirs = getattr(kept, column)
        if not theirs:
            source, value = values[0]
            plan.updates[column] = value
            if name == "credit":
                plan.updates |= {extra: getattr(source, extra) for extra in CREDIT_COLUMNS}
            plan.logged.append((name, value, f"carried from copy {source.id}"))
            plan.carried.append({"field": name, "from_copy": source.id, "value": value})
        else:
            plan.conflicts += [
                {"field": name, "copy": m.id, "value": v, "keeper_value": theirs}
                for m, v in values
                if v.strip() != theirs.strip()
            ]
    people = list(dict.fromkeys(kept.people + [p for m in members for p in m.people]))
    if people != kept.people:
        plan.people = people
        plan.carried.append({"field": "people", "value": people})
    return plan
