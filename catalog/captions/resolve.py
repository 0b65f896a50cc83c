"""Deciding one picture's caption, credit, headline and people from every source offered for it. Pure: the
offers and the people authority come in, a ``Plan`` goes out (``catalog.ops.link`` records it).

Precedence: an explicit caption sheet or article beats a sidecar, which beats embedded metadata; when sources
disagree the winner is used and the disagreement is recorded. A source's credit is its credit text as written,
else the credit ending its caption, else its by-line.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog.credits.agencies import AgencyMatch, respell_agency
from catalog.credits.line import Credit, looks_like_name, parse_credit, proper_case, split_caption, with_caption_kinds
from catalog.credits.names import Authority, agency_key
from catalog.credits.people import canonical_person, find_people
from catalog.model import Asset, CaptionOffer, JSONObject

PRECEDENCE = {"sheet": 3, "article": 3, "sidecar": 2, "embedded": 1}
PEOPLE_SOURCE = {"embedded": "iptc"}
PRECEDENCE_RULE = "an explicit sheet or article beats a sidecar, which beats embedded metadata"


def embedded_offer(asset: Asset) -> CaptionOffer:
    """What the picture's own metadata offers: its caption, its Credit field as written, its by-line."""
    return CaptionOffer(
        "embedded",
        asset.path or "",
        caption=asset.caption_raw or asset.caption,
        credit=asset.credit_raw,
        headline=asset.headline,
        people=list(asset.people),
        byline=asset.byline,
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


@dataclass
class Plan:
    asset_id: int
    caption_full: str | None
    caption: str | None
    caption_source: str | None
    credit: Credit | None
    credit_source: str | None
    headline: str | None
    people: list[tuple[str, str]]  # (name, source)
    conflicts: list[JSONObject]
    agency_fix: AgencyMatch | None = None  # a misspelt agency read as the organisation it certainly means


def plan(asset_id: int, offers: list[CaptionOffer], people: Authority) -> Plan:
    conflicts: list[JSONObject] = []
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
    return Plan(
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


def _conflict(out: list[JSONObject], name: str, values: list[tuple[str, str | None]]) -> None:
    distinct: dict[str, str] = {}
    for kind, value in values:
        if value:
            distinct.setdefault(kind, value)
    if len({" ".join(v.casefold().split()) for v in distinct.values()}) > 1:
        out.append({"field": name, "values": distinct, "chosen": next(iter(distinct)), "rule": PRECEDENCE_RULE})
