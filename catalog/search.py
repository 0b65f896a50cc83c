"""Searching the catalog: a small query language parsed into a typed ``Query``, run as bound SQL and FTS5.

    netanyahu moscow                      free text (FTS5: caption, headline, keywords, people, names, places)
    person:"Sara Netanyahu"               who is shown (canonical names and aliases)
    credit:zach   photographer:"Haim Zch" who took it (canonical, aliases, and misspellings that were corrected)
    agency:GPO    kind:screenshot         the credit's organisation and kind
    date:2016-06-06..2016-06-08           capture date (also date:2016-06, date:2016-06-06.., date:..2016)
    -word  -person:X  NOT word  a OR b    negation and alternatives

User text never reaches FTS5 syntax unescaped: every free-text term becomes a quoted phrase (a trailing ``*``
makes it a prefix). Field values become bound SQL parameters.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .errors import InvalidQuery
from .library import Library
from .names import name_key
from .orgs import organisation, platform

FIELDS = {
    "person": "person",
    "people": "person",
    "credit": "credit",
    "photographer": "credit",
    "by": "credit",
    "agency": "agency",
    "kind": "kind",
    "date": "date",
    "since": "since",
    "until": "until",
}
KINDS = ("photo", "screenshot", "handout", "pool", "file", "courtesy", "illustration")
# bm25 weights per FTS column: caption, headline, keywords, people, search_text. A word in a headline, a keyword or
# a person's name says more about the picture than the same word somewhere in a long caption.
BM25 = "bm25(assets_fts, 1.0, 2.0, 2.0, 3.0, 1.5, 3.0)"
# Past this many hits, order by recency instead of bm25: ranking every hit grows with the hit count (about 300 ms
# at 300,000 hits), while FTS5 streams hits in rowid order and stops at the limit (well under a millisecond).
BROAD = 5_000


@dataclass
class Term:
    value: str
    negated: bool = False
    prefix: bool = False


@dataclass
class Query:
    """A parsed query. ``text`` holds groups of alternatives: [[a], [b, c]] means a AND (b OR c)."""

    text: list[list[Term]] = field(default_factory=list)
    person: list[Term] = field(default_factory=list)
    credit: list[Term] = field(default_factory=list)
    agency: list[Term] = field(default_factory=list)
    kind: list[Term] = field(default_factory=list)
    since: str | None = None
    until: str | None = None  # exclusive upper bound
    no_dupes: bool = False

    def is_empty(self) -> bool:
        return not (self.text or self.person or self.credit or self.agency or self.kind or self.since or self.until)


_TOKEN = re.compile(r'\s*(-?)(?:([A-Za-z_]+):)?("(?:[^"]|"")*"|[^\s"]+|"[^"]*$)')


def tokens(text: str) -> list[tuple[bool, str | None, str, bool]]:
    """(negated, field, value, quoted) per token; raises InvalidQuery on unbalanced quotes."""
    out = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise InvalidQuery(f"cannot read the query at {text[pos : pos + 20]!r}")
        negated, name, value = m[1] == "-", m[2], m[3]
        quoted = value.startswith('"')
        if quoted:
            if len(value) < 2 or not value.endswith('"') or value.endswith('\\"'):
                raise InvalidQuery(f"unbalanced quotes in {text!r}")
            value = value[1:-1].replace('""', '"')
        elif '"' in value:
            raise InvalidQuery(f"unbalanced quotes in {text!r}")
        out.append((negated, name, value, quoted))
        pos = m.end()
    return out


def parse(text: str, **filters: Any) -> Query:
    """Parse a query string (and the command line's filter options) into a ``Query``."""
    query = Query(no_dupes=bool(filters.get("no_dupes")))
    pending_or = pending_not = False
    for negated, name, value, quoted in tokens(text or ""):
        if negated and name is None and not quoted and value.startswith("-"):
            raise InvalidQuery(f"-{value} is not an option of this command (see --help)")
        if name is None and not quoted and value in ("AND", "OR", "NOT"):
            if value == "OR":
                if not query.text or pending_or or pending_not:
                    raise InvalidQuery("OR needs a word on each side")
                pending_or = True
            elif value == "NOT":
                pending_not = True
            elif not query.text or pending_or or pending_not:
                raise InvalidQuery("AND needs a word on each side")
            continue
        negated = negated or pending_not
        pending_not = False
        if name is not None:
            if pending_or:
                raise InvalidQuery("OR joins words of free text, not fields")
            _field(query, name, value, negated)
            continue
        if not value.strip("*"):
            continue
        term = Term(value.rstrip("*"), negated, value.endswith("*") and not quoted)
        if pending_or:
            if negated:
                raise InvalidQuery("OR cannot join a negated word")
            query.text[-1].append(term)
            pending_or = False
        else:
            query.text.append([term])
    if pending_or or pending_not:
        raise InvalidQuery("the query ends with OR or NOT")
    for key in ("person", "credit", "agency", "kind"):
        for value in filters.get(key) or ():
            _field(query, key, value, False)
    for key in ("since", "until"):
        if filters.get(key):
            _field(query, key, filters[key], False)
    return query


def _field(query: Query, name: str, value: str, negated: bool) -> None:
    key = FIELDS.get(name.lower())
    if key is None:
        raise InvalidQuery(f"unknown field {name!r}: use {', '.join(sorted(set(FIELDS)))}")
    if not value.strip():
        raise InvalidQuery(f"{name}: needs a value")
    if key == "kind" and value.lower() not in KINDS:
        raise InvalidQuery(f"kind:{value}: kinds are {', '.join(KINDS)}")
    if key in ("date", "since", "until"):
        if negated:
            raise InvalidQuery(f"-{name}: dates cannot be negated; use since: and until:")
        start, end = _date_range(value, key)
        query.since = max(filter(None, (query.since, start)), default=None)
        query.until = min(filter(None, (query.until, end)), default=None)
        return
    getattr(query, key).append(Term(value, negated))


def _date_range(value: str, key: str) -> tuple[str | None, str | None]:
    if key == "since":
        return _bound(value, end=False), None
    if key == "until":
        return None, _bound(value, end=True)
    if ".." in value:
        lo, hi = value.split("..", 1)
        return (_bound(lo, end=False) if lo else None), (_bound(hi, end=True) if hi else None)
    return _bound(value, end=False), _bound(value, end=True)


def _bound(text: str, *, end: bool) -> str:
    """'2016', '2016-06' or '2016-06-06' as an ISO date: the first day, or (end) the day after the last."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text.strip())
    if not m:
        raise InvalidQuery(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        first = date(year, month, day)
        if not end:
            return first.isoformat()
        if m[3]:
            return date.fromordinal(first.toordinal() + 1).isoformat()
        if m[2]:
            last = calendar.monthrange(year, month)[1]
            return date.fromordinal(date(year, month, last).toordinal() + 1).isoformat()
        return date(year + 1, 1, 1).isoformat()
    except ValueError as e:
        raise InvalidQuery(f"{text!r} is not a date: {e}") from None


def fts_phrase(term: Term) -> str:
    return '"' + term.value.replace('"', '""') + '"' + ("*" if term.prefix else "")


def _like(value: str) -> str:
    return "%" + name_key(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _photographer_names(library: Library, value: str) -> list[str]:
    """Canonical names a photographer search means: authority names and aliases containing it, and the names
    that misspellings of it were corrected into."""
    like = _like(value)
    rows = library.db.execute(
        "SELECT p.name FROM photographers p WHERE pd_fold(p.name) LIKE ? ESCAPE '\\' UNION "
        "SELECT p.name FROM photographers p JOIN photographer_aliases a ON a.photographer_id = p.id "
        "WHERE pd_fold(a.alias) LIKE ? ESCAPE '\\' UNION "
        "SELECT to_value FROM corrections WHERE field = 'photographer' AND pd_fold(from_value) LIKE ? ESCAPE '\\'",
        [like, like, like],
    )
    return [r[0] for r in rows]


def _person_names(library: Library, value: str) -> list[str]:
    like = _like(value)
    rows = library.db.execute(
        "SELECT p.name FROM people p WHERE pd_fold(p.name) LIKE ? ESCAPE '\\' UNION "
        "SELECT p.name FROM people p JOIN person_aliases a ON a.person_id = p.id WHERE pd_fold(a.alias) LIKE ? "
        "ESCAPE '\\'",
        [like, like],
    )
    return [r[0] for r in rows]


def _names_clause(columns: str, spellings: list[str]) -> str:
    phrases = " OR ".join(fts_phrase(Term(n)) for n in dict.fromkeys(s for s in spellings if s.strip()))
    return "{" + columns + "} : (" + phrases + ")"


def to_sql(library: Library, query: Query) -> tuple[str, list[Any], str | None]:
    """(WHERE clause, parameters, FTS match expression or None).

    Free text, people and photographers all go through the FTS index (one MATCH expression for what must match,
    NOT IN subqueries for what must not); agency, kind and dates are indexed columns.
    """
    where: list[str] = ["1 = 1"]
    params: list[Any] = []
    positive = [g for g in query.text if not (len(g) == 1 and g[0].negated)]
    clauses = ["(" + " OR ".join(fts_phrase(t) for t in group) + ")" for group in positive]
    negatives = [fts_phrase(g[0]) for g in query.text if len(g) == 1 and g[0].negated]
    for term in query.person:
        clause = _names_clause("people caption headline", [term.value, *_person_names(library, term.value)])
        (negatives if term.negated else clauses).append(clause)
    for term in query.credit:
        clause = _names_clause("photographer_text", [term.value, *_photographer_names(library, term.value)])
        (negatives if term.negated else clauses).append(clause)
    for expression in negatives:
        where.append("assets.id NOT IN (SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?)")
        params.append(expression)
    for term in query.agency:
        canonical = organisation(term.value) or platform(term.value) or term.value
        names = list(dict.fromkeys([canonical, term.value, term.value.upper(), term.value.capitalize()]))
        marks = ", ".join("?" * len(names))
        where.append(
            ("NOT " if term.negated else "") + f"(coalesce(assets.credit_agency, '') IN ({marks}) OR "
            f"coalesce(assets.credit_distributor, '') IN ({marks}))"
        )
        params += names + names
    for term in query.kind:
        where.append(("NOT " if term.negated else "") + "coalesce(assets.credit_kind, 'photo') = ?")
        params.append(term.value.lower())
    if query.since:
        where.append("assets.taken_at >= ?")
        params.append(query.since)
    if query.until:
        where.append("assets.taken_at < ?")
        params.append(query.until)
    if query.no_dupes:
        where.append("assets.duplicate_of IS NULL")
    return " AND ".join(where), params, " AND ".join(clauses) or None


def search(library: Library, query: Query, *, limit: int = 50) -> list[int]:
    """Matching asset ids, best first: bm25 when the index is consulted (newest ingested first past BROAD hits),
    else newest capture first."""
    where, params, match = to_sql(library, query)
    try:
        if match:
            broad = (
                library.db.execute(
                    f"SELECT count(*) FROM (SELECT rowid FROM assets_fts WHERE assets_fts MATCH ? LIMIT {BROAD + 1})",
                    [match],
                ).fetchone()[0]
                > BROAD
            )
            order = "assets_fts.rowid DESC" if broad else f"{BM25}, assets.id DESC"
            sql = (
                f"SELECT assets.id FROM assets_fts JOIN assets ON assets.id = assets_fts.rowid "
                f"WHERE assets_fts MATCH ? AND {where} ORDER BY {order} LIMIT ?"
            )
            args = [match, *params, limit]
        else:
            sql = (
                f"SELECT assets.id FROM assets WHERE {where} "
                "ORDER BY coalesce(assets.taken_at, assets.ingested_at) DESC, assets.id DESC LIMIT ?"
            )
            args = [*params, limit]
        return [r[0] for r in library.db.execute(sql, args)]
    except Exception as e:  # FTS5 reports malformed expressions as OperationalError
        raise InvalidQuery(f"the search index rejected the query: {e}") from None


def select(library: Library, text: str | None, ids: list[str], *, limit: int | None = None) -> list[int]:
    """The assets a command works on: ``--ids`` (numbers or SHA-256 prefixes, in the order given) or a query.

    The whole selection unless ``limit`` is given: a command that cuts it must say so (``export --limit``)."""
    from .assets import resolve_id

    if ids:
        return list(dict.fromkeys(resolve_id(library, i) for i in ids))[:limit]
    if text is None or not text.strip():
        raise InvalidQuery("say which pictures: a query, or --ids")
    return search(library, parse(text), limit=-1 if limit is None else limit)  # SQLite: LIMIT -1 is no limit
