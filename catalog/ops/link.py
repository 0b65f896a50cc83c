"""Resolving each picture's caption, credit and people from every source offered for it.

Precedence: an explicit caption sheet or article beats a sidecar, which beats embedded metadata; when sources
disagree the winner is used, every offer is kept (``caption_sources``) and the disagreement is recorded. The
credit is parsed (``credits``), its photographer names decided against the authority and the catalog's history
(``names``) jointly for the whole set being linked — so an article with 'Haim Zach/GPO' twice and 'Haim Zch/GPO'
once ends with three Haim Zach — and every change is logged in ``corrections`` (undoable), every doubt queued in
``name_reviews``. A field the desk edited (``ops.edit``) keeps the desk's text until that edit is undone; new
offers are kept beside it. Linking is idempotent: assets are marked ``linked_at`` and any left unmarked by a killed
run are linked by the next one.
"""

from __future__ import annotations

from dataclasses import replace

from catalog.captions.resolve import PRECEDENCE, Plan, embedded_offer
from catalog.captions.resolve import plan as plan_of
from catalog.credits.agencies import respell_agency
from catalog.credits.line import (
    Credit,
    house_line,
    read_line,
)
from catalog.credits.names import DEFAULT_THRESHOLDS, Authority, History, NameMatch, Thresholds, match_name
from catalog.ingest.phases import reached
from catalog.library import Library
from catalog.model import CaptionOffer, JSONObject, LinkReport, now_iso
from catalog.ops.authority import people_authority, photographer_authority
from catalog.ops.decisions import (
    DESK_RULE,
    log_agency_correction,
    log_name_correction,
    queue_review,
    undone_corrections,
)
from catalog.text import name_key


def unlinked(library: Library) -> list[int]:
    return library.catalog.assets.unlinked()


def link(
    library: Library, asset_ids: list[int], *, autofix: bool = True, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> LinkReport:
    """Resolve captions, credits and people for ``asset_ids`` (and any asset a killed run left unlinked)."""
    ids = sorted(set(asset_ids) | set(unlinked(library)))
    report = LinkReport()
    if not ids:
        return report
    catalog = library.catalog
    with catalog.transaction():
        for asset in catalog.assets.many(ids).values():
            if asset.linked_at is None and not catalog.offers.has_embedded(asset.id):
                catalog.offers.put(asset.id, embedded_offer(asset), now_iso())
    authority, people = photographer_authority(library), people_authority(library)
    plans = [plan_of(asset_id, _offers(library, asset_id), people) for asset_id in ids]
    history = catalog_history(library, ids)
    for plan in plans:
        for name in plan.credit.photographers if plan.credit else []:
            history.add(name, plan.credit.agency if plan.credit else None)
    undone = undone_corrections(library, ids)
    with catalog.transaction():
        for p in plans:
            _apply(library, p, authority, history, thresholds, autofix, undone, report)
            reached("linking")
        catalog.fts.refresh([p.asset_id for p in plans])
        report.linked = len(plans)
    return report


def _offers(library: Library, asset_id: int) -> list[CaptionOffer]:
    offers = [
        CaptionOffer(s.kind, s.path, s.caption, s.credit, s.headline, s.people, s.byline)
        for s in library.catalog.offers.of(asset_id)
    ]
    return sorted(offers, key=lambda o: -PRECEDENCE.get(o.kind, 0))


def catalog_history(library: Library, exclude: list[int]) -> History:
    """How often each decided name was credited with each agency, over every asset but ``exclude``."""
    history = History()
    for name, agency, count in library.catalog.assets.credit_counts(exclude):
        history.add(name, agency, count)
    return history


def _apply(
    library: Library,
    plan: Plan,
    authority: Authority,
    history: History,
    thresholds: Thresholds,
    autofix: bool,
    undone: set[tuple[int, str, str]],
    report: LinkReport,
) -> None:
    catalog = library.catalog
    edited = catalog.log.fields_changed(plan.asset_id, DESK_RULE)  # a desk edit stands until it is undone
    credit_columns: dict[str, str | list[str] | None] = {}
    if "credit" not in edited:
        credit_columns = _decide_credit(library, plan, authority, history, thresholds, autofix, undone, report)
        credit_columns["credit_source"] = plan.credit_source
    for c in plan.conflicts:
        report.conflicts.append({"asset_id": plan.asset_id, **c})
    plan.people = [(n, s) for n, s in plan.people if (plan.asset_id, "", name_key(n)) not in undone]
    names = list(dict.fromkeys(n for n, _ in plan.people))
    catalog.assets.untag_automatic(plan.asset_id)
    for name, source in dict.fromkeys(plan.people):
        catalog.assets.tag(plan.asset_id, name, source, now_iso())
    manual = catalog.assets.tagged(plan.asset_id, "manual")
    caption: dict[str, str | None] = {}
    if "caption" not in edited:
        caption = {"caption": plan.caption, "caption_raw": plan.caption_full, "caption_source": plan.caption_source}
    catalog.assets.update(
        plan.asset_id,
        {
            **caption,
            **credit_columns,
            **({} if "headline" in edited else {"headline": plan.headline}),
            "people": list(dict.fromkeys(names + manual)),
            "source_conflicts": plan.conflicts,
            "linked_at": now_iso(),
        },
    )


def _decide_credit(
    library: Library,
    plan: Plan,
    authority: Authority,
    history: History,
    thresholds: Thresholds,
    autofix: bool,
    undone: set[tuple[int, str, str]],
    report: LinkReport,
) -> dict[str, str | list[str] | None]:
    """The credit columns of a plan's credit: agency respelled, each name decided (changes logged, doubts queued)
    and the house line printed."""
    catalog = library.catalog
    credit = plan.credit
    _apply_agency_fix(library, plan, autofix, undone, report)
    final: list[str] = []
    written = list(credit.photographers) if credit else []
    for name in written:
        decision = match_name(name, credit.agency if credit else None, authority, history, thresholds, autofix=autofix)
        if decision.changed and (plan.asset_id, name_key(name), name_key(decision.name)) in undone:
            decision = NameMatch(name, name, "kept", reason="a desk editor undid this correction")
        final.append(decision.name)
        if decision.changed:
            log_name_correction(catalog, plan.asset_id, decision, report.corrections)
        elif decision.needs_review:
            queue_review(catalog, plan.asset_id, decision, credit.agency if credit else None, report.reviews)
    line = house_line(replace(credit, photographers=final)) if credit else None
    return {
        "credit_raw": (credit.raw or None) if credit else None,
        "credit_agency": credit.agency if credit else None,
        "credit_kind": credit.kind if credit else None,
        "credit_line": line,
        "credit_distributor": credit.distributor if credit else None,
        "credit_photographers": final,
        "credit_photographers_raw": written,
    }


def relink_credit(
    library: Library, asset_id: int, raw: str | None, *, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> LinkReport:
    """Give one picture a new credit text (a desk edit, or its undo): parsed, its names decided against the
    authority and the catalog's history, and the line printed exactly as linking does. Caption, headline and
    people stay as they are."""
    report = LinkReport()
    offer = CaptionOffer("desk", "desk", credit=raw or None)
    credit_plan = plan_of(asset_id, [offer], people_authority(library))
    history = catalog_history(library, [asset_id])
    for name in credit_plan.credit.photographers if credit_plan.credit else []:
        history.add(name, credit_plan.credit.agency if credit_plan.credit else None)
    undone = undone_corrections(library, [asset_id])
    catalog = library.catalog
    with catalog.transaction():
        authority = photographer_authority(library)
        columns = _decide_credit(library, credit_plan, authority, history, thresholds, True, undone, report)
        catalog.assets.update(asset_id, columns)
        catalog.fts.refresh([asset_id])
    return report


def _apply_agency_fix(
    library: Library, plan: Plan, autofix: bool, undone: set[tuple[int, str, str]], report: LinkReport
) -> None:
    """Log the agency respelled in ``_plan``, or put the written one back (autofix off, or a desk editor undid
    this very change)."""
    fix, credit = plan.agency_fix, plan.credit
    if fix is None or credit is None:
        return
    if not autofix or (plan.asset_id, name_key(fix.written), name_key(fix.agency)) in undone:
        credit.agency = fix.written
        credit.organisations = [fix.written if o == fix.agency else o for o in credit.organisations]
    else:
        log_agency_correction(library.catalog, plan.asset_id, fix, report.corrections)


def check_lines(
    library: Library | None,
    lines: list[str],
    *,
    autofix: bool = True,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    explain: bool = False,
) -> list[JSONObject]:
    """What the desk would get for each line (a caption ending in a credit, or a credit alone), changing nothing.

    Names are decided with the library's authority and history, and jointly across the lines given.
    """
    authority = photographer_authority(library) if library is not None else Authority.of([])
    history = catalog_history(library, [-1]) if library is not None else History()
    parsed: list[tuple[str | None, Credit | None]] = []
    readings = [read_line(line) for line in lines]
    fixes = [respell_agency(reading.credit) if autofix else None for reading in readings]
    for reading in readings:
        caption, credit = reading.caption, reading.credit
        parsed.append((caption, credit))
        for name in credit.photographers if credit else []:
            history.add(name, credit.agency if credit else None)
    out: list[JSONObject] = []
    for (caption, credit), reading, fix in zip(parsed, readings, fixes, strict=True):
        corrections: list[JSONObject] = [fix.to_dict()] if fix else []
        reviews: list[JSONObject] = []
        final: list[str] = []
        for name in credit.photographers if credit else []:
            decision = match_name(
                name, credit.agency if credit else None, authority, history, thresholds, autofix=autofix
            )
            final.append(decision.name)
            if decision.changed:
                corrections.append(
                    {
                        "field": "photographer",
                        "from": name,
                        "to": decision.name,
                        "rule": decision.rule,
                        "score": decision.score,
                        "reason": decision.reason,
                    }
                )
            elif decision.needs_review:
                reviews.append(decision.to_dict())
        fixed = replace(credit, photographers=final) if credit else None
        out.append(
            {
                "caption": caption,
                "credit": {**fixed.to_dict(), "photographers_written": list(credit.photographers)}
                if fixed and credit
                else None,
                "corrections": corrections,
                "reviews": reviews,
                **({"explain": [step.to_dict() for step in reading.explain]} if explain else {}),
            }
        )
    return out
