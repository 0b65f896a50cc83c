"""The desk's own edits — caption, headline, credit and people, on one picture or a selection — each logged in
``corrections`` like a correction (rule ``desk-edit``, with the editor's name) and undoable.

Two editors changing one picture: every edit raises the picture's ``version``, and a save carries the version
its form was loaded at; the raise is one conditional statement (``assets.bump_version``), so of two saves made on
the same version exactly one wins and the other changes nothing (``StaleVersion``: the picture as it is now).

A credit is re-parsed and its names decided by linking's own code (``link.relink_credit``). A field of a selection
is changed only when the editor changed it: a field that differs across the selection is shown "mixed" and left
alone unless something is written in it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from catalog.credits.people import canonical_person
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.model import Asset, Correction, JSONObject, now_iso
from catalog.ops.assets import assets_by_ids
from catalog.ops.authority import people_authority
from catalog.ops.decisions import DESK_RULE
from catalog.ops.link import relink_credit
from catalog.ops.people import person_name

DESK_REASON = "edited by the desk"
DEFAULT_EDITOR = "desk"
TEXT_FIELDS = ("caption", "headline", "credit")
FIELDS = (*TEXT_FIELDS, "people")


class EditError(PhotodeskError):
    pass


class StaleVersion(EditError):
    """A save made on a version of a picture that is no longer the current one: nothing was changed."""

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids
        super().__init__(f"picture {', '.join(map(str, ids))} changed while you were editing: here is what it says now")


@dataclass(frozen=True)
class Changes:
    """What an editor changed; None is 'left alone'. ``people`` is the whole list of people shown."""

    caption: str | None = None
    headline: str | None = None
    credit: str | None = None
    people: list[str] | None = None

    @classmethod
    def from_form(cls, submitted: Mapping[str, str], shown: Mapping[str, str]) -> Changes:
        """The fields whose submitted text differs from the text the form showed (a "mixed" field shows
        nothing, so it changes only when something is written in it). People: one name a line."""
        changed = {f: submitted[f] for f in FIELDS if f in submitted and _norm(submitted[f]) != _norm(shown.get(f, ""))}
        people = changed.pop("people", None)
        names = [n for n in (line.strip() for line in people.splitlines()) if n] if people is not None else None
        return cls(people=names, **changed)

    def empty(self) -> bool:
        return all(getattr(self, f) is None for f in FIELDS)


def _norm(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines() if line.strip())


def _text(value: str | None) -> str | None:
    cleaned = value.strip() if value is not None else None
    return cleaned or None


def selection(library: Library, ids: Sequence[int]) -> JSONObject:
    """What a selection's edit form shows: each field's common value, or mixed; each picture's version."""
    found = assets_by_ids(library, list(dict.fromkeys(ids)))
    if not found:
        raise EditError("select at least one picture")
    fields: JSONObject = {}
    for name in FIELDS:
        values = {_shown(a, name) for a in found}
        fields[name] = {"value": next(iter(values)) if len(values) == 1 else "", "mixed": len(values) > 1}
    return {"assets": found, "fields": fields, "ids": [a["id"] for a in found]}


def _shown(asset: JSONObject, name: str) -> str:
    """A field of an asset object as the edit form shows it."""
    if name == "people":
        people = asset.get("people")
        return "\n".join(str(p) for p in people) if isinstance(people, list) else ""
    if name == "credit":
        credit = asset.get("credit")
        raw = credit.get("raw") if isinstance(credit, dict) else None
        return str(raw) if raw else ""
    value = asset.get(name)
    return str(value) if value else ""


def edit(
    library: Library, ids: Sequence[int], changes: Changes, versions: Mapping[int, int], *, editor: str | None = None
) -> JSONObject:
    """Apply ``changes`` to every picture of ``ids``, each at the version given (all or none: a stale one refuses
    the whole save, ``StaleVersion``). Returns the corrections logged and the pictures as they are now."""
    who = (editor or "").strip() or DEFAULT_EDITOR
    wanted = list(dict.fromkeys(ids))
    catalog = library.catalog
    logged: list[int] = []
    with catalog.transaction():
        records = catalog.assets.many(wanted)
        missing = [i for i in wanted if i not in records]
        if missing:
            raise EditError(f"no picture {', '.join(map(str, missing))}")
        stale = [i for i in wanted if not catalog.assets.bump_version(i, versions.get(i))]
        if stale:
            raise StaleVersion(stale)
        if not changes.empty():
            for asset_id in wanted:
                logged += _apply(library, records[asset_id], changes, who)
        catalog.fts.refresh(wanted)
    return {"edited": wanted, "corrections": logged, "assets": assets_by_ids(library, wanted)}


def save_form(
    library: Library, ids: Sequence[str], form: Mapping[str, str], *, editor: str | None = None
) -> JSONObject:
    """A desk edit form's save: ``ids`` the pictures, ``form`` the submitted fields, ``shown_<field>`` the text each
    showed and ``version_<id>`` the version each picture was loaded at (see ``edit``)."""
    wanted = [_id(i) for i in ids]
    if not wanted:
        raise EditError("select at least one picture")
    versions = {i: _version(form.get(f"version_{i}")) for i in wanted}
    shown = {f: form.get(f"shown_{f}", "") for f in FIELDS}
    return edit(library, wanted, Changes.from_form(form, shown), versions, editor=editor)


def _id(text: str) -> int:
    if not text.strip().isdigit():
        raise EditError(f"{text!r} is not a picture id")
    return int(text)


def _version(text: str | None) -> int:
    if text is None or not text.strip().isdigit():
        raise EditError("the form does not say which version of the picture it was loaded at: reload it")
    return int(text)


def _apply(library: Library, asset: Asset, changes: Changes, editor: str) -> list[int]:
    catalog = library.catalog
    out: list[int] = []

    def log(field: str, old: str | None, new: str | None) -> None:
        at = now_iso()
        out.append(
            catalog.log.add(asset.id, field, old or "", new or "", DESK_RULE, None, DESK_REASON, at, editor=editor)
        )

    for name, current in (("caption", asset.caption), ("headline", asset.headline)):
        value = getattr(changes, name)
        if value is not None and _text(value) != current:
            catalog.assets.update(asset.id, {name: _text(value)})
            log(name, current, _text(value))
    if changes.credit is not None and _text(changes.credit) != asset.credit_raw:
        relink_credit(library, asset.id, _text(changes.credit))
        log("credit", asset.credit_raw, _text(changes.credit))
    if changes.people is not None:
        authority = people_authority(library)
        wanted = list(dict.fromkeys(canonical_person(person_name(n), authority) for n in changes.people))
        for gone in [p for p in asset.people if p not in wanted]:
            _untag(library, asset.id, gone)
            log("person", gone, None)
        for added in [p for p in wanted if p not in asset.people]:
            _tag(library, asset.id, added)
            log("person", None, added)
    return out


def _tag(library: Library, asset_id: int, name: str) -> None:
    catalog = library.catalog
    catalog.assets.tag(asset_id, name, "manual", now_iso())
    record = catalog.assets.get(asset_id)
    people = list(record.people) if record else []
    catalog.assets.update(asset_id, {"people": list(dict.fromkeys([*people, name]))})


def _untag(library: Library, asset_id: int, name: str) -> None:
    catalog = library.catalog
    catalog.assets.untag(asset_id, name)
    record = catalog.assets.get(asset_id)
    people = list(record.people) if record else []
    catalog.assets.update(asset_id, {"people": [p for p in people if p != name]})


def undo_desk_edit(library: Library, row: Correction) -> None:
    """Put back what a desk edit replaced (inside ``corrections.undo``'s transaction); refused when the field was
    changed again since, so an undo never throws away a later edit."""
    catalog = library.catalog
    asset = catalog.assets.get(row.asset_id)
    assert asset is not None, "a correction's asset exists (foreign key)"
    before, after = row.from_value or None, row.to_value or None
    if row.field in ("caption", "headline", "credit"):
        current = asset.credit_raw if row.field == "credit" else getattr(asset, row.field)
        if current != after:
            raise EditError(
                f"the {row.field} of picture {asset.id} was changed again since correction {row.id}: "
                "undo the later change first"
            )
        if row.field == "credit":
            relink_credit(library, asset.id, before)
        else:
            catalog.assets.update(asset.id, {row.field: before})
    elif row.field == "person":
        if after:
            _untag(library, asset.id, after)
        if before:
            _tag(library, asset.id, before)
    catalog.assets.bump_version(asset.id)
    catalog.fts.refresh([asset.id])
