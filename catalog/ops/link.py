"""Resolving each picture's caption, credit and people from every source offered for it.

Precedence: an explicit caption sheet or article beats a sidecar, which beats embedded metadata; when sources
disagree the winner is used, every offer is kept (``caption_sources``) and the disagreement is recorded. The
credit is parsed (``credits``), its photographer names decided against the authority and the catalog's history
(``names``) jointly for the whole set being linked — so an article with 'Haim Zach/GPO' twice and 'Haim Zch/GPO'
once ends with three Haim Zach — and every change is logged in ``corrections`` (undoable), every doubt queued in
``name_reviews``. Linking is idempotent: assets are marked ``linked_at`` and any left unmarked by a killed run are
linked by the next one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from catalog.captions.sheets import CaptionOffer
from catalog.credits.agencies import AgencyMatch
from catalog.credits.line import (
    Credit,
    house_line,
    looks_like_name,
    parse_credit,
    proper_case,
    read_line,
    split_caption,
    with_caption_kinds,
)
from catalog.credits.names import (
    DEFAULT_THRESHOLDS,
    Authority,
    History,
    NameMatch,
    Thresholds,
    agency_key,
    match_name,
    name_key,
)
from catalog.ingest.phases import reached
from catalog.library import Library
from catalog.model import now_iso
from catalog.ops.authority import people_authority, photographer_authority
from catalog.ops.decisions import (
    log_agency_correction,
    log_name_correction,
    queue_review,
    respell_agency,
    undone_corrections,
)
from catalog.ops.people import canonical_person, find_people
from catalog.search.text import refresh as refresh_search

PRECEDENCE = {"sheet": 3, "article": 3, "sidecar": 2, "embedded": 1}
PEOPLE_SOURCE = {"embedded": "iptc"}
PRECEDENCE_RULE = "an explicit sheet or article beats a sidecar, which beats embedded metadata"


@dataclass
class LinkReport:
    linked: int = 0
    corrections: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "linked": self.linked,
            "corrections": self.corrections,
            "reviews": self.reviews,
            "conflicts": self.conflicts,
        }


def embedded_offer(row: dict[str, Any]) -> CaptionOffer:
    """What the picture's own metadata offers: its caption, its Credit field as written, its by-line."""
    people = json.loads(row["people"]) if row.get("people") else []
    return CaptionOffer(
        "embedded",
        row.get("path") or "",
        caption=row.get("caption_raw") or row.get("caption"),
        credit=row.get("credit_raw"),
        headline=row.get("headline"),
        people=people,
        byline=row.get("byline"),
    )


def offer_credit(offer: CaptionOffer) -> Credit | None:
    """One source's credit. ``raw`` is its credit text as written (else the credit ending its caption, else its
    by-line); when that names no photographer, the caption-end credit or the by-line of the same source supplies
    them ('GPO' + By-line 'Haim Zach' -> Haim Zach/GPO), never another source."""
    trailing = split_caption(offer.caption)[1] if offer.caption else None
    raw = offer.credit or trailing or offer.byline
    credit = parse_credit(raw) if raw else None
    if credit is not None and raw == offer.byline and not (offer.credit or trailing):
        credit.raw = ""  # no credit was written: the structure comes from the by-line, raw stays empty
    if credit is None or credit.photographers:
        return credit
    for extra in (trailing, offer.byline):
        other = parse_credit(extra) if extra and extra != raw else None
        if other is None or not other.photographers:
            continue
        if other.agency and credit.agency and agency_key(other.agency) != agency_key(credit.agency):
            continue
        credit.photographers = other.photographers
        credit.agency = credit.agency or other.agency
        break
    if not credit.photographers and offer.byline and raw != offer.byline:
        names = [n.strip() for n in offer.byline.split(";") if n.strip()]
        credit.photographers = [proper_case(n) for n in names if looks_like_name(n)]
    return credit


def store_offer(db: Any, asset_id: int, offer: CaptionOffer) -> None:
    db.execute(
        "INSERT INTO caption_sources (asset_id, kind, path, caption, credit, headline, people, byline, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(asset_id, kind, path) DO UPDATE SET "
        "caption = excluded.caption, credit = excluded.credit, headline = excluded.headline, "
        "people = excluded.people, byline = excluded.byline",
        [
            asset_id,
            offer.kind,
            offer.path,
            offer.caption,
            offer.credit,
            offer.headline,
            json.dumps(offer.people, ensure_ascii=False),
            offer.byline,
            now_iso(),
        ],
    )


def unlinked(library: Library) -> list[int]:
    return [r[0] for r in library.db.execute("SELECT id FROM assets WHERE linked_at IS NULL ORDER BY id")]


@dataclass
class _Plan:
    asset_id: int
    caption_full: str | None
    caption: str | None
    caption_source: str | None
    credit: Credit | None
    credit_source: str | None
    headline: str | None
    people: list[tuple[str, str]]  # (name, source)
    conflicts: list[dict[str, Any]]
    agency_fix: AgencyMatch | None = None  # a misspelt agency read as the organisation it certainly means


def link(
    library: Library, asset_ids: list[int], *, autofix: bool = True, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> LinkReport:
    """Resolve captions, credits and people for ``asset_ids`` (and any asset a killed run left unlinked)."""
    ids = sorted(set(asset_ids) | set(unlinked(library)))
    report = LinkReport()
    if not ids:
        return report
    with library.transaction() as db:
        for row in db.query(f"SELECT * FROM assets WHERE id IN ({_marks(ids)}) AND linked_at IS NULL", ids):
            if not db.execute(
                "SELECT 1 FROM caption_sources WHERE asset_id = ? AND kind = 'embedded'", [row["id"]]
            ).fetchone():
                store_offer(db, row["id"], embedded_offer(row))
    authority, people = photographer_authority(library), people_authority(library)
    plans = [_plan(asset_id, _offers(library, asset_id), people) for asset_id in ids]
    history = catalog_history(library, ids)
    for plan in plans:
        for name in plan.credit.photographers if plan.credit else []:
            history.add(name, plan.credit.agency if plan.credit else None)
    undone = undone_corrections(library, ids)
    with library.transaction() as db:
        for plan in plans:
            _apply(db, plan, authority, history, thresholds, autofix, undone, report)
            reached("linking")
        refresh_search(db, [plan.asset_id for plan in plans])
        report.linked = len(plans)
    return report


def _marks(ids: list[int]) -> str:
    return ", ".join("?" * len(ids))


def _offers(library: Library, asset_id: int) -> list[CaptionOffer]:
    rows = library.db.execute(
        "SELECT kind, path, caption, credit, headline, people, byline FROM caption_sources WHERE asset_id = ? "
        "ORDER BY id",
        [asset_id],
    ).fetchall()
    offers = [CaptionOffer(k, p, c, cr, h, json.loads(pe) if pe else [], b) for k, p, c, cr, h, pe, b in rows]
    return sorted(offers, key=lambda o: -PRECEDENCE.get(o.kind, 0))


def _plan(asset_id: int, offers: list[CaptionOffer], people: Authority) -> _Plan:
    conflicts: list[dict[str, Any]] = []
    with_caption = [o for o in offers if o.caption]
    caption_offer = with_caption[0] if with_caption else None
    caption_full = caption_offer.caption if caption_offer else None
    caption = split_caption(caption_full)[0] if caption_full else None
    credits = [(o, c) for o, c in ((o, offer_credit(o)) for o in offers) if c is not None]
    credit_offer, credit = credits[0] if credits else (None, None)
    agency_fix = respell_agency(credit)
    _conflict(conflicts, "caption", [(o.kind, split_caption(o.caption or "")[0]) for o in with_caption])
    _conflict(conflicts, "credit", [(o.kind, c.line) for o, c in credits])
    with_headline = [o for o in offers if o.headline]
    _conflict(conflicts, "headline", [(o.kind, o.headline) for o in with_headline])
    if credit is not None:
        with_caption_kinds(credit, caption_full)
    named: list[tuple[str, str]] = []
    for offer in offers:
        named += [(canonical_person(p, people), PEOPLE_SOURCE.get(offer.kind, offer.kind)) for p in offer.people]
    headline = with_headline[0].headline if with_headline else None
    for text in (caption, headline):
        named += [(p, "caption") for p in find_people(text, people)]
    return _Plan(
        asset_id,
        caption_full,
        caption,
        caption_offer.kind if caption_offer else None,
        credit,
        credit_offer.kind if credit_offer else None,
        headline,
        named,
        conflicts,
        agency_fix,
    )


def _conflict(out: list[dict[str, Any]], name: str, values: list[tuple[str, str | None]]) -> None:
    distinct: dict[str, str] = {}
    for kind, value in values:
        if value:
            distinct.setdefault(kind, value)
    if len({" ".join(v.casefold().split()) for v in distinct.values()}) > 1:
        out.append({"field": name, "values": distinct, "chosen": next(iter(distinct)), "rule": PRECEDENCE_RULE})


def catalog_history(library: Library, exclude: list[int]) -> History:
    """How often each decided name was credited with each agency, over every asset but ``exclude``."""
    history = History()
    rows = library.db.execute(
        "SELECT j.value, a.credit_agency, count(*) FROM assets a, json_each(a.credit_photographers) j "
        f"WHERE a.credit_photographers IS NOT NULL AND a.id NOT IN ({_marks(exclude)}) GROUP BY 1, 2",
        exclude,
    )
    for name, agency, count in rows:
        history.add(name, agency, count)
    return history


def _apply(
    db: Any,
    plan: _Plan,
    authority: Authority,
    history: History,
    thresholds: Thresholds,
    autofix: bool,
    undone: set[tuple[int, str, str]],
    report: LinkReport,
) -> None:
    credit = plan.credit
    _apply_agency_fix(db, plan, autofix, undone, report)
    final: list[str] = []
    written = list(credit.photographers) if credit else []
    for name in written:
        decision = match_name(name, credit.agency if credit else None, authority, history, thresholds, autofix=autofix)
        if decision.changed and (plan.asset_id, name_key(name), name_key(decision.name)) in undone:
            decision = NameMatch(name, name, "kept", reason="a desk editor undid this correction")
        final.append(decision.name)
        if decision.changed:
            log_name_correction(db, plan.asset_id, decision, report.corrections)
        elif decision.needs_review:
            queue_review(db, plan.asset_id, decision, credit.agency if credit else None, report.reviews)
    line = house_line(replace(credit, photographers=final)) if credit else None
    for c in plan.conflicts:
        report.conflicts.append({"asset_id": plan.asset_id, **c})
    plan.people = [(n, s) for n, s in plan.people if (plan.asset_id, "", name_key(n)) not in undone]
    names = list(dict.fromkeys(n for n, _ in plan.people))
    db.execute("DELETE FROM asset_people WHERE asset_id = ? AND source != 'manual'", [plan.asset_id])
    for name, source in dict.fromkeys(plan.people):
        db.execute(
            "INSERT OR IGNORE INTO asset_people (asset_id, name, source, created_at) VALUES (?, ?, ?, ?)",
            [plan.asset_id, name, source, now_iso()],
        )
    manual = [
        r[0]
        for r in db.execute(
            "SELECT name FROM asset_people WHERE asset_id = ? AND source = 'manual' ORDER BY id", [plan.asset_id]
        )
    ]
    db.execute(
        "UPDATE assets SET caption = ?, caption_raw = ?, caption_source = ?, credit_source = ?, credit_raw = ?, "
        "credit_agency = ?, credit_kind = ?, credit_line = ?, credit_distributor = ?, credit_photographers = ?, "
        "credit_photographers_raw = ?, headline = ?, people = ?, source_conflicts = ?, linked_at = ? WHERE id = ?",
        [
            plan.caption,
            plan.caption_full,
            plan.caption_source,
            plan.credit_source,
            (credit.raw or None) if credit else None,
            credit.agency if credit else None,
            credit.kind if credit else None,
            line,
            credit.distributor if credit else None,
            json.dumps(final, ensure_ascii=False),
            json.dumps(written, ensure_ascii=False),
            plan.headline,
            json.dumps(list(dict.fromkeys(names + manual)), ensure_ascii=False),
            json.dumps(plan.conflicts, ensure_ascii=False),
            now_iso(),
            plan.asset_id,
        ],
    )


def _apply_agency_fix(
    db: Any, plan: _Plan, autofix: bool, undone: set[tuple[int, str, str]], report: LinkReport
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
        log_agency_correction(db, plan.asset_id, fix, report.corrections)


def check_lines(
    library: Library | None,
    lines: list[str],
    *,
    autofix: bool = True,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    explain: bool = False,
) -> list[dict[str, Any]]:
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
    out = []
    for (caption, credit), reading, fix in zip(parsed, readings, fixes, strict=True):
        corrections: list[dict[str, Any]] = [fix.to_dict()] if fix else []
        reviews, final = [], []
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
