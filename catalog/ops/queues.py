"""What the desk's review screens show: the name queues and the duplicate groups, each item with the pictures it
is about (thumbnail, caption, credit line), as the terminal's ``credits review`` and ``dupes`` list them."""

from __future__ import annotations

from catalog.library import Library
from catalog.model import Asset, JSONObject
from catalog.ops.dupes import list_groups, merge
from catalog.ops.review import clusters, open_reviews


def name_queues(library: Library) -> JSONObject:
    """``credits review --json`` ({clusters, queue}), each queued name with its picture."""
    queue = open_reviews(library)
    ids = [int(str(item["asset_id"])) for item in queue]
    records = library.catalog.assets.many(ids)
    return {
        "clusters": clusters(library),
        "queue": [{**item, "picture": _picture(records.get(i))} for item, i in zip(queue, ids, strict=True)],
    }


def duplicate_groups(library: Library) -> list[JSONObject]:
    """``dupes --json``, each member with its picture: keeper first, then each copy."""
    groups = [g.to_dict() for g in list_groups(library)]
    ids = [int(str(m["id"])) for g in groups for m in _members(g)]
    records = library.catalog.assets.many(ids)
    for g in groups:
        g["members"] = [{**m, "picture": _picture(records.get(int(str(m["id"]))))} for m in _members(g)]
    return groups


def _members(group: JSONObject) -> list[JSONObject]:
    members = group["members"]
    assert isinstance(members, list)
    return [m for m in members if isinstance(m, dict)]


def _picture(asset: Asset | None) -> JSONObject | None:
    if asset is None:
        return None
    return {
        "id": asset.id,
        "sha256": asset.sha256,
        "filename": asset.filename,
        "bytes": asset.bytes,
        "caption": asset.caption,
        "headline": asset.headline,
        "credit_line": asset.credit_line or asset.credit_raw,
        "people": list(asset.people),
    }


def merge_preview(library: Library, ident: int) -> JSONObject:
    """What ``dupes merge`` would do to the group ``ident`` is in (``merge(dry_run=True)``: nothing is written),
    with the group's members beside it."""
    plan = merge(library, ident, dry_run=True)
    group = next((g for g in duplicate_groups(library) if g["keeper"] == plan["keeper"]), None)
    return {"plan": plan, "group": group}
