"""What the desk's search grid shows: one page of a query's pictures (copies folded under their keeper), the
query's terms as chips that can be taken away, and facets with counts. The web desk calls this; it decides
nothing itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from catalog.library import Library
from catalog.model import JSONObject
from catalog.ops.assets import assets_by_ids
from catalog.search.query import INDEXED, Query, Term, parse

PAGE = 60
FACET_FIELDS = {"agency": "agency", "photographer": "credit", "kind": "kind", "date": "date"}


@dataclass
class Chip:
    """One term of the query, with the query text that remains when it is taken away."""

    label: str
    without: str


@dataclass
class Facet:
    field: str
    values: list[tuple[str, int, str]]  # (value, count, the query narrowed to it)


@dataclass
class GridPage:
    query: str
    assets: list[JSONObject]
    offset: int
    more: bool
    chips: list[Chip] = field(default_factory=list)
    copies: dict[int, int] = field(default_factory=dict)  # keeper id -> its copies, folded under it
    newest: bool = False
    ranked: bool = False  # best first (words in the query), rather than newest first


def grid_page(library: Library, text: str, *, offset: int = 0, size: int = PAGE, newest: bool = False) -> GridPage:
    """The pictures of ``text`` from ``offset``: ranked when the query has words (``newest``: newest first, as
    it always is without words); copies are folded under their keeper, as the desk reads a feed."""
    query = parse(text, no_dupes=True)
    ids = library.catalog.search.run(query, limit=size + 1, offset=offset, newest=newest)
    page = GridPage(text, assets_by_ids(library, ids[:size]), offset, len(ids) > size, newest=newest)
    page.ranked = any(t.field in INDEXED for g in query.groups for t in g if not t.negated) and not newest
    page.copies = library.catalog.assets.copy_counts(ids[:size])
    page.chips = chips(text, query)
    return page


def facets(library: Library, text: str) -> list[Facet]:
    """Counts by agency, photographer, kind and month over the query's first matches, each value with the query
    narrowed to it. Asked apart from the page (the grid fetches them after it shows), as a broad word with a
    narrow filter makes them cost more than the page itself."""
    query = parse(text, no_dupes=True)
    out = []
    for name, values in library.catalog.search.facets(query).items():
        out.append(Facet(name, [(v, n, _narrowed(text, FACET_FIELDS[name], v)) for v, n in values]))
    return out


def chips(text: str, query: Query) -> list[Chip]:
    """The query's terms one by one, each with the query text without it."""
    out = []
    for group in query.groups:
        label = " OR ".join(_label(t) for t in group)
        others = [g for g in query.groups if g is not group]
        out.append(Chip(label, " ".join(" OR ".join(_label(t) for t in g) for g in others)))
    if query.since or query.until:
        span = f"date:{(query.since or '')}..{(query.until or '')}"
        out.append(Chip(span, " ".join(" OR ".join(_label(t) for t in g) for g in query.groups)))
    return out


def _label(term: Term) -> str:
    value = f'"{term.value}"' if any(c.isspace() for c in term.value) else term.value
    if term.field == "missing":
        text = f"{term.value}:missing"
    elif term.field == "text":
        text = value + ("*" if term.prefix else "")
    else:
        text = f"{term.field}:{value}"
    return ("-" if term.negated else "") + text


def _narrowed(text: str, field_name: str, value: str) -> str:
    quoted = f'"{value}"' if any(c.isspace() or c == ":" for c in value) else value
    return f"{text} {field_name}:{quoted}".strip()
