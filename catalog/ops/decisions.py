"""Writing down what linking decided: corrections (names and agencies, each undoable) and review-queue entries.

``ops.link`` decides; this module records. A correction row says which field changed, from what, to what, by which
rule and why; ``corrections.undo`` reads it back. The raw credit text is never touched here.
"""

from __future__ import annotations

from catalog.credits.agencies import AgencyMatch
from catalog.credits.names import NameMatch
from catalog.db import Catalog
from catalog.db.log import Doubt
from catalog.library import Library
from catalog.model import JSONObject, now_iso
from catalog.text import name_key

DESK_RULE = "desk-edit"  # the rule of a change an editor made on the desk (``ops.edit``)


def log_name_correction(catalog: Catalog, asset_id: int, decision: NameMatch, out: list[JSONObject]) -> None:
    cid = _log(
        catalog,
        asset_id,
        "photographer",
        decision.written,
        decision.name,
        decision.rule,
        decision.score,
        decision.reason,
    )
    out.append(
        {
            "id": cid,
            "asset_id": asset_id,
            "field": "photographer",
            "from": decision.written,
            "to": decision.name,
            "rule": decision.rule,
            "score": decision.score,
        }
    )


def log_agency_correction(catalog: Catalog, asset_id: int, fix: AgencyMatch, out: list[JSONObject]) -> None:
    row = fix.to_dict()
    cid = _log(catalog, asset_id, "agency", fix.written, fix.agency, str(row["rule"]), fix.score, fix.reason)
    out.append({"id": cid, "asset_id": asset_id, **row})


def _log(
    catalog: Catalog, asset_id: int, field: str, old: str, new: str, rule: str, score: float | None, reason: str | None
) -> int:
    """The id of the active correction of this change, logging it if there is none (a relink logs nothing new)."""
    active = catalog.log.active(asset_id, field, old, new)
    if active is not None:
        return active
    return catalog.log.add(asset_id, field, old, new, rule, score, reason, now_iso())


def queue_review(
    catalog: Catalog, asset_id: int, decision: NameMatch, agency: str | None, out: list[JSONObject]
) -> None:
    catalog.log.queue(asset_id, doubt(decision, agency), now_iso())
    out.append({"asset_id": asset_id, **decision.to_dict()})


def doubt(decision: NameMatch, agency: str | None) -> Doubt:
    """What the review queue keeps of an undecided name."""
    return Doubt(decision.written, agency, decision.candidate, decision.runner_up, decision.score, decision.reason)


def undone_corrections(library: Library, ids: list[int], field: str | None = None) -> set[tuple[int, str, str]]:
    """(asset, folded from, folded to) of every undone correction of ``ids`` (of one ``field`` if given): a relink
    must not redo what an editor undid."""
    return {(a, name_key(f), name_key(t)) for a, f, t in library.catalog.log.undone(ids, field)}
