"""Writing down what linking decided: corrections (names and agencies, each undoable) and review-queue entries.

``linking`` decides; this module records. A correction row says which field changed, from what, to what, by which
rule and why; ``corrections.undo`` reads it back. The raw credit text is never touched here.
"""

from __future__ import annotations

from typing import Any

from catalog.credits.agencies import AgencyMatch, match_agency
from catalog.credits.line import Credit
from catalog.credits.names import NameMatch, name_key
from catalog.library import Library
from catalog.model import now_iso


def respell_agency(credit: Credit | None) -> AgencyMatch | None:
    """Correct a misspelt agency on ``credit`` in place when ``agencies.match_agency`` is certain of it. A credit
    with no agency whose last 'photographer' is certainly a misspelt organisation ('Chip Somodevilla/Getty
    Imges': two capitalised words read as a name) gets it as its agency."""
    if credit is None:
        return None
    fix = match_agency(credit.agency)
    if fix is not None:
        credit.agency = fix.agency
        credit.organisations = [fix.agency if o == fix.written else o for o in credit.organisations]
        return fix
    fix = match_agency(credit.photographers[-1]) if credit.agency is None and credit.photographers else None
    if fix is not None:
        credit.photographers = credit.photographers[:-1]
        credit.agency = fix.agency
        credit.organisations = [fix.agency, *credit.organisations]
    return fix


def log_name_correction(db: Any, asset_id: int, decision: NameMatch, out: list[dict[str, Any]]) -> None:
    cid = _log(
        db, asset_id, "photographer", decision.written, decision.name, decision.rule, decision.score, decision.reason
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


def log_agency_correction(db: Any, asset_id: int, fix: AgencyMatch, out: list[dict[str, Any]]) -> None:
    row = fix.to_dict()
    cid = _log(db, asset_id, "agency", fix.written, fix.agency, row["rule"], fix.score, fix.reason)
    out.append({"id": cid, "asset_id": asset_id, **row})


def _log(db: Any, asset_id: int, field: str, old: str, new: str, rule: str, score: float | None, reason: str) -> int:
    """The id of the active correction of this change, logging it if there is none (a relink logs nothing new)."""
    active = db.execute(
        "SELECT id FROM corrections WHERE asset_id = ? AND field = ? AND from_value = ? AND to_value = ? "
        "AND undone_at IS NULL",
        [asset_id, field, old, new],
    ).fetchone()
    if active is not None:
        return int(active[0])
    row = {"asset_id": asset_id, "field": field, "from_value": old, "to_value": new, "rule": rule}
    return int(
        db.table("corrections").insert({**row, "score": score, "reason": reason, "created_at": now_iso()}).last_pk
    )


def queue_review(db: Any, asset_id: int, decision: NameMatch, agency: str | None, out: list[dict[str, Any]]) -> None:
    db.execute(
        "INSERT OR IGNORE INTO name_reviews (asset_id, written, agency, candidate, runner_up, score, reason, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            asset_id,
            decision.written,
            agency,
            decision.candidate,
            decision.runner_up,
            decision.score,
            decision.reason,
            now_iso(),
        ],
    )
    out.append({"asset_id": asset_id, **decision.to_dict()})


def undone_corrections(library: Library, ids: list[int], field: str | None = None) -> set[tuple[int, str, str]]:
    """(asset, folded from, folded to) of every undone correction of ``ids`` (of one ``field`` if given): a relink
    must not redo what an editor undid."""
    marks = ", ".join("?" * len(ids))
    only = " AND field = ?" if field else ""
    rows = library.db.execute(
        f"SELECT asset_id, from_value, to_value FROM corrections WHERE undone_at IS NOT NULL{only} "
        f"AND asset_id IN ({marks})",
        [*([field] if field else []), *ids],
    )
    return {(a, name_key(f), name_key(t)) for a, f, t in rows}
