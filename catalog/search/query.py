"""Searching the catalog: a small query language parsed into a typed ``Query`` (run by ``catalog.db.search``).

    netanyahu moscow                      free text (FTS5: caption, headline, keywords, people, names, places)
    person:"Sara Netanyahu"               who is shown (canonical names and aliases)
    credit:zach   photographer:"Haim Zch" who took it (canonical, aliases, and misspellings that were corrected)
    agency:GPO    kind:screenshot         the credit's organisation and kind
    date:2016-06-06..2016-06-08           capture date (also date:2016-06, date:2016-06-06.., date:..2016)
    caption:missing  credit:missing       what the desk must still caption or credit
    -word  -person:X  NOT word            negation
    a OR b   agency:GPO OR agency:AP      alternatives, of words and fields alike (OR binds tighter than AND)

User text never reaches FTS5 syntax unescaped: every free-text term becomes a quoted phrase (a trailing ``*``
makes it a prefix). Field values become bound SQL parameters.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from catalog.errors import InvalidQuery

FIELDS = {"person": "person", "people": "person", "credit": "credit", "photographer": "credit", "by": "credit"}
FIELDS |= {"agency": "agency", "kind": "kind", "date": "date", "since": "since", "until": "until"}
FIELDS |= {"caption": "caption"}  # only caption:missing — free text already searches captions
MISSING = ("caption", "credit")  # caption:missing, credit:missing: pictures a desk must still caption or credit
KINDS = ("photo", "screenshot", "handout", "pool", "file", "courtesy", "illustration")
# bm25 weights per FTS column: caption, headline, keywords, people, search_text. A word in a headline, a keyword or
# a person's name says more about the picture than the same word somewhere in a long caption.
BM25_WEIGHTS = (1.0, 2.0, 2.0, 3.0, 1.5, 3.0)
# A desk's query is a line. The bounds keep SQLite's limits far away: LIKE patterns (50,000 bytes), expression
# depth (1,000; every term adds one level) and bound variables (each agency term binds 8).
MAX_QUERY_CHARS = 2_000
MAX_TERMS = 64
INDEXED = ("text", "person", "credit")  # found through the FTS index; agency and kind are columns
ORDER = {name: i for i, name in enumerate((*INDEXED, "agency", "kind", "missing"))}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Term:
    value: str
    negated: bool = False
    prefix: bool = False
    field: str = "text"  # text, person, credit, agency, kind, or missing (value: caption or credit)


@dataclass
class Query:
    """A parsed query: ``groups`` are ANDed, the terms of a group ORed ([[a], [b, c]] means a AND (b OR c)); a
    negated term is a group of its own. Groups and terms are kept sorted, so the same terms in any order (or as
    command-line options) are the same query, run as the same SQL."""

    groups: list[list[Term]] = field(default_factory=list)
    since: str | None = None
    until: str | None = None  # exclusive upper bound
    no_dupes: bool = False

    def is_empty(self) -> bool:
        return not (self.groups or self.since or self.until)


_TOKEN = re.compile(r'\s*(-?)(?:([A-Za-z_]+):)?("(?:[^"]|"")*"|[^\s"]+|"[^"]*$|(?<=:)(?=\s|$))')


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
                raise InvalidQuery(f"unbalanced quotes in {_cut(text)!r}")
            value = value[1:-1].replace('""', '"')
        elif '"' in value:
            raise InvalidQuery(f"unbalanced quotes in {_cut(text)!r}")
        out.append((negated, name, value, quoted))
        pos = m.end()
    return out


def parse(text: str, **filters: Any) -> Query:
    """Parse a query string (and the command line's filter options, which are the same terms written as
    ``field:"value"`` after the query) into a ``Query``."""
    text = text or ""
    options = [(key, v) for key in ("person", "credit", "agency", "kind") for v in filters.get(key) or ()]
    options += [(key, filters[key]) for key in ("since", "until") if filters.get(key) is not None]
    _check_text(text, [v for _, v in options])
    builder = _Builder(Query(no_dupes=bool(filters.get("no_dupes"))))
    for token in tokens(text):
        builder.feed(*token)
    builder.finish()
    for key, value in options:
        builder.feed(False, key, value, True)
    return builder.done()


def _check_text(text: str, values: list[str]) -> None:
    """Bound the query before anything reads it, and refuse text SQLite cannot take (lone surrogates, controls)."""
    size = len(text) + sum(len(v) for v in values)
    if size > MAX_QUERY_CHARS:
        raise InvalidQuery(f"the query is {size:,} characters long: at most {MAX_QUERY_CHARS:,}")
    for part in (text, *values):
        try:
            part.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidQuery(f"the query {_cut(part)!r} is not valid text (UTF-8)") from None
        if _CONTROL.search(part):
            raise InvalidQuery(f"the query {_cut(part)!r} holds a control character")


def _cut(text: str) -> str:
    return text if len(text) <= 60 else text[:60] + "…"


class _Builder:
    """Terms and operators, one token at a time: OR binds tighter than the implicit AND between terms."""

    def __init__(self, query: Query) -> None:
        self.query = query
        self.operator: str | None = None  # AND, OR or NOT waiting for the next term
        self.last: Term | str | None = None  # the last term, or "date"
        self.count = 0
        self.dropped: list[str] = []

    def feed(self, negated: bool, name: str | None, value: str, quoted: bool) -> None:
        if negated and name is None and not quoted and value.startswith("-"):
            raise InvalidQuery(f"-{value} is not an option of this command (see --help)")
        if name is None and not quoted and value in ("AND", "OR", "NOT"):
            self._operator(value)
            return
        negated = negated or self.operator == "NOT"
        joined = self.operator == "OR"
        self.operator = None
        if name is not None and FIELDS.get(name.lower()) in ("date", "since", "until"):
            if joined:
                raise InvalidQuery("dates cannot be joined with OR: use date:FROM..TO")
            _dates(self.query, name, value, negated)
            self.last = "date"
            return
        term = _field(name, value, negated) if name is not None else self._word(value, negated, quoted)
        if term is None:
            self.operator = "OR" if joined else None
            return
        self.count += 1
        if self.count > MAX_TERMS:
            raise InvalidQuery(f"the query has more than {MAX_TERMS} terms: at most {MAX_TERMS}")
        if joined:
            if negated:
                raise InvalidQuery("OR cannot join a negated term: write the negation on its own")
            self.query.groups[-1].append(term)
        else:
            self.query.groups.append([term])
        self.last = term

    def _operator(self, word: str) -> None:
        if word == "NOT":
            if self.operator == "NOT":
                raise InvalidQuery("NOT needs a word or field after it")
            self.operator = "NOT"
            return
        if self.last is None or self.operator is not None:
            raise InvalidQuery(f"{word} needs a word or field on each side")
        if word == "OR" and self.last == "date":
            raise InvalidQuery("dates cannot be joined with OR: use date:FROM..TO")
        if word == "OR" and isinstance(self.last, Term) and self.last.negated:
            raise InvalidQuery("OR cannot join a negated term: write the negation on its own")
        self.operator = word

    def _word(self, value: str, negated: bool, quoted: bool) -> Term | None:
        """A free-text term; a word with no letters or digits ('-', '&') has nothing for the index to find and
        would make the whole query match nothing, so it is left out."""
        if not any(c.isalnum() for c in value):
            if value.strip("*"):
                self.dropped.append(value)
            return None
        return Term(value.rstrip("*"), negated, value.endswith("*") and not quoted)

    def finish(self) -> None:
        if self.operator is not None:
            raise InvalidQuery(f"the query ends with {self.operator}")

    def done(self) -> Query:
        query = self.query
        if query.is_empty() and self.dropped:
            raise InvalidQuery(f"nothing to search for: {_cut(self.dropped[0])!r} has no letters or digits")
        if query.since and query.until and query.since >= query.until:
            last = date.fromisoformat(query.until).toordinal() - 1
            raise InvalidQuery(
                f"the dates leave no day to search: on or after {query.since} and on or before "
                f"{date.fromordinal(last).isoformat()}"
            )
        groups = {tuple(sorted(set(g), key=_term_key)) for g in query.groups}
        query.groups = [list(g) for g in sorted(groups, key=lambda g: [_term_key(t) for t in g])]
        return query


def _term_key(term: Term) -> tuple[int, bool, str, bool]:
    return (ORDER[term.field], term.negated, term.value, term.prefix)


def _field(name: str, value: str, negated: bool) -> Term:
    key = FIELDS.get(name.lower())
    if key is None:
        raise InvalidQuery(f"unknown field {name!r}: use {', '.join(sorted(set(FIELDS)))}")
    if not value.strip():
        raise InvalidQuery(f"{name}: needs a value")
    if key in MISSING and value.lower() == "missing":
        return Term(key, negated, field="missing")
    if key == "caption":
        raise InvalidQuery(f"caption:{_cut(value)}: only caption:missing; to find words in captions, search them")
    if key == "kind" and value.lower() not in KINDS:
        raise InvalidQuery(f"kind:{value}: kinds are {', '.join(KINDS)}")
    if key in ("person", "credit", "agency") and not any(c.isalnum() for c in value):
        raise InvalidQuery(f"{name}:{_cut(value)}: a name needs letters or digits")
    return Term(value.lower() if key == "kind" else value, negated, field=key)


def _dates(query: Query, name: str, value: str, negated: bool) -> None:
    if not value.strip():
        raise InvalidQuery(f"{name}: needs a value")
    if negated:
        raise InvalidQuery(f"-{name}: dates cannot be negated; use since: and until:")
    start, end = _date_range(value, FIELDS[name.lower()])
    query.since = max(filter(None, (query.since, start)), default=None)
    query.until = min(filter(None, (query.until, end)), default=None)


def _date_range(value: str, key: str) -> tuple[str | None, str | None]:
    if key == "since":
        return _bound(value, end=False), None
    if key == "until":
        return None, _bound(value, end=True)
    if ".." in value:
        lo, hi = value.split("..", 1)
        start, end = (_bound(lo, end=False) if lo else None), (_bound(hi, end=True) if hi else None)
        if start and end and start >= end:
            raise InvalidQuery(f"date:{value}: the range ends before it starts, so it holds no day")
        return start, end
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
