"""A misspelt agency (``Reutres``, ``Flahs90``, ``Goverment Press Office``) read as the organisation it means —
only when that is certain.

The rule is the name matcher's (``names.max_edits``): the written agency, folded like organisations are
(``orgs.fold``: case, accents, spacing and punctuation; a leading ``The`` dropped), is within a few edits of one
known organisation's spellings (``orgs.ORGANISATIONS``) and no other organisation or platform is close behind
(the runner-up at least ``margin`` edits further). Short names (``APF``, ``EAP``) are never respelled: at five
letters or fewer every wire is one or two edits from another. A known organisation or platform is never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz.distance import OSA

from catalog.credits.names import max_edits
from catalog.credits.orgs import ORGANISATIONS, PLATFORMS, organisation, platform
from catalog.credits.parse import Credit
from catalog.text import fold

_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True)
class AgencyMatch:
    """One agency respelled, with its reasons."""

    written: str
    agency: str
    score: int
    runner_up: str | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": "agency",
            "from": self.written,
            "to": self.agency,
            "rule": "agency-fuzzy",
            "score": self.score,
            "reason": self.reason,
        }


@cache
def _spellings() -> tuple[tuple[str, str, bool], ...]:
    """(folded spelling, canonical name, is an organisation) for every organisation and platform."""
    out = [(fold(s), c, True) for c, spellings in ORGANISATIONS.items() for s in (c, *spellings)]
    out += [(fold(s), c, False) for c, spellings in PLATFORMS.items() for s in (c, *spellings)]
    return tuple((k, c, is_org) for k, c, is_org in out if k)


def match_agency(written: str | None, *, margin: int = 2) -> AgencyMatch | None:
    """The organisation a misspelt agency certainly means, or None (known already, too short, nothing close,
    or two close)."""
    if not written or organisation(written) or platform(written) or organisation(_THE.sub("", written)):
        return None
    key = fold(_THE.sub("", written))
    limit = max_edits(key)
    if limit == 0:
        return None
    nearest: dict[tuple[str, bool], int] = {}
    for spelling, canonical, is_org in _spellings():
        d = OSA.distance(key, spelling, score_cutoff=limit + margin)
        if d <= limit + margin:
            nearest[(canonical, is_org)] = min(d, nearest.get((canonical, is_org), d))
    ranked = sorted((d, name, is_org) for (name, is_org), d in nearest.items())
    if not ranked or ranked[0][0] > limit or not ranked[0][2]:
        return None
    best_d, best, _ = ranked[0]
    runner = ranked[1] if len(ranked) > 1 else None
    if runner is not None and runner[0] < best_d + margin:
        return None
    reason = f"{best_d} edit(s) from {best}, no other organisation close behind"
    return AgencyMatch(written, best, best_d, runner[1] if runner else None, reason)


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
