"""A parsed ``Query`` run as bound SQL and FTS5 — the search language's SQLite form.

Each kind of term compiles itself (``_COMPILE``): free text, people and photographers become FTS5 expressions
over the index (every spelling the authorities and the corrections know, as quoted phrases: user text never
reaches FTS5 syntax unescaped); agency and kind become conditions on indexed columns, their values bound
parameters. A group of indexed terms joins the one MATCH expression, so bm25 ranks by it.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable
from typing import Any

from catalog.db.authority import AuthorityRows
from catalog.db.connection import Cell, Connection
from catalog.db.log import Log
from catalog.search.query import BM25_WEIGHTS, INDEXED, Query, Term
from catalog.text import name_key

BM25 = f"bm25(assets_fts, {', '.join(str(w) for w in BM25_WEIGHTS)})"
# Past this many hits, order by recency instead of bm25: ranking every hit grows with the hit count (about 300 ms
# at 300,000 hits), while FTS5 streams hits in rowid order and stops at the limit (well under a millisecond).
BROAD = 5_000
FACET_WITHIN = 1_000  # facets count the first this many matches (the best, or the newest)
IN_INDEX = "assets.id {}IN (SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?)"


def fts_phrase(term: Term) -> str:
    """A quoted FTS5 phrase: quotes doubled, and NUL (which ends FTS5's reading of the expression) a space."""
    return '"' + term.value.replace('"', '""').replace("\x00", " ") + '"' + ("*" if term.prefix else "")


def _names_clause(columns: str, spellings: list[str]) -> str:
    phrases = " OR ".join(fts_phrase(Term(n)) for n in dict.fromkeys(s for s in spellings if s.strip()))
    return "{" + columns + "} : (" + phrases + ")"


class SearchSql(ABC):
    """What both engines' searches share: a query's groups, dates and duplicates as one WHERE clause, the page of
    ids, and the facets. Each engine says how its index is asked (``_indexed``, ``_in_index``), how its matches
    join, how it compares capture dates and orders the ids (``_select``); the answers are the same on both."""

    MATCH_JOIN = " AND "  # the full-text expressions of several groups, all required
    TAKEN = "assets.taken_at"  # capture dates compared as text, byte by byte
    TAKEN_KNOWN: str | None = None  # with a date: what makes TAKEN the capture date (None: TAKEN is taken_at)
    NO_LIMIT: int | None = -1  # what LIMIT takes for every row (SQLite: -1; PostgreSQL: NULL)

    @abstractmethod
    def _indexed(self, query: Query) -> Callable[[list[Term]], str | None]:
        """For a group's indexed terms, the one full-text expression that finds them (None: no words to find)."""

    @abstractmethod
    def _in_index(self, *, negated: bool) -> str:
        """A condition (one parameter: an expression) that a picture is, or is not, found by the index."""

    @abstractmethod
    def _select(self, query: Query, *, newest: bool = False) -> tuple[str, list[Cell]]:
        """The ids matching ``query``, best first, as SQL without its LIMIT."""

    @abstractmethod
    def _rows(self, sql: str, params: list[Cell]) -> list[Any]:
        """Every row of a statement."""

    def to_sql(self, query: Query) -> tuple[str, list[Cell], str | None]:
        """(WHERE clause, parameters, full-text expression or None).

        A negated indexed term is a NOT subquery or condition; a group that mixes indexed terms with columns
        (``agency:AP OR kremlin``) is the index condition ORed with the column conditions; a group whose indexed
        terms have no words matches through its other terms, or not at all.
        """
        indexed_of = self._indexed(query)
        where: list[str] = ["1 = 1"]
        params: list[Cell] = []
        matches: list[str] = []
        for group in query.groups:
            indexed = indexed_of([t for t in group if t.field in INDEXED])
            columns = [_column(t) for t in group if t.field not in INDEXED]
            if group[0].negated:  # a negated term is always alone in its group
                if indexed is not None:
                    where.append(self._in_index(negated=True))
                    params.append(indexed)
                elif columns:
                    where.append("NOT (" + columns[0][0] + ")")
                    params += list(columns[0][1])
            elif not columns:
                if indexed is None:
                    where.append("1 = 0")  # an empty phrase: nothing
                else:
                    matches.append(indexed)
            else:
                parts = ([self._in_index(negated=False)] if indexed is not None else []) + [sql for sql, _ in columns]
                where.append("(" + " OR ".join(parts) + ")")
                params += ([indexed] if indexed is not None else []) + [a for _, args in columns for a in args]
        if (query.since or query.until) and self.TAKEN_KNOWN:
            where.append(self.TAKEN_KNOWN)
        if query.since:
            where.append(f"{self.TAKEN} >= ?")
            params.append(query.since)
        if query.until:
            where.append(f"{self.TAKEN} < ?")
            params.append(query.until)
        if query.no_dupes:
            where.append("assets.duplicate_of IS NULL")
        return " AND ".join(where), params, self.MATCH_JOIN.join(matches) or None

    def run(self, query: Query, *, limit: int | None = 50, offset: int = 0, newest: bool = False) -> list[int]:
        """Matching asset ids, best first (``newest``: newest capture first); ``limit`` None is every match,
        ``offset`` skips the first ones."""
        sql, params = self._select(query, newest=newest)
        cap = self.NO_LIMIT if limit is None else limit
        return [int(r[0]) for r in self._rows(f"{sql} LIMIT ? OFFSET ?", [*params, cap, offset])]

    def facets(self, query: Query, *, within: int = FACET_WITHIN) -> dict[str, list[tuple[str, int]]]:
        """Counts by agency, photographer, kind and month over the first ``within`` matches (the best, or the
        newest): a desk narrows what it is looking at, and the counts stay fast on any library (one query reads
        the few columns of those rows; they are counted here)."""
        sql, params = self._select(query)
        rows = self._rows(
            "SELECT credit_agency, credit_photographers, coalesce(credit_kind, 'photo'), substr(taken_at, 1, 7) "
            f"FROM assets WHERE id IN ({sql} LIMIT {int(within)})",
            params,
        )
        agencies = Counter(str(r[0]) for r in rows if r[0])
        written = Counter(str(r[1]) for r in rows if r[1])  # JSON lists as stored: few distinct, each decoded once
        kinds = Counter(str(r[2]) for r in rows)
        months = Counter(str(r[3]) for r in rows if r[3])
        photographers: Counter[str] = Counter()
        for names, n in written.items():
            for name in json.loads(names):
                photographers[name] += n
        counts = {"agency": agencies, "photographer": photographers, "kind": kinds, "date": months}
        top = {name: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:12] for name, c in counts.items()}
        top["date"] = sorted(counts["date"].items(), reverse=True)[:12]
        return top


class Searches(SearchSql):
    """The search language on SQLite: FTS5 expressions over ``assets_fts``, ranked by bm25."""

    def __init__(self, conn: Connection, authority: AuthorityRows, log: Log) -> None:
        self.conn = conn
        self.authority = authority
        self.log = log
        self._compile: dict[str, Callable[[Term], str]] = {
            "text": fts_phrase,
            "person": self._person,
            "credit": self._photographer,
        }

    def _person(self, term: Term) -> str:
        """Who is shown: the name and every person in the authority whose name or alias contains it."""
        spellings = [term.value, *self.authority.people.names_like(name_key(term.value))]
        return _names_clause("people caption headline", spellings)

    def _photographer(self, term: Term) -> str:
        """Who took it: authority names and aliases containing it, and the names misspellings of it were
        corrected into."""
        folded = name_key(term.value)
        names = self.authority.photographers.names_like(folded) + self.log.corrected_from_like(folded)
        return _names_clause("photographer_text", [term.value, *dict.fromkeys(names)])

    def _indexed(self, query: Query) -> Callable[[list[Term]], str | None]:
        def expression(terms: list[Term]) -> str | None:
            return "(" + " OR ".join(self._compile[t.field](t) for t in terms) + ")" if terms else None

        return expression

    def _in_index(self, *, negated: bool) -> str:
        return IN_INDEX.format("NOT " if negated else "")

    def _rows(self, sql: str, params: list[Cell]) -> list[Any]:
        return self.conn.execute(sql, params).fetchall()

    def _select(self, query: Query, *, newest: bool = False) -> tuple[str, list[Cell]]:
        """The ids matching ``query``, best first: bm25 when the index is consulted (newest ingested first past
        BROAD hits), else — or with ``newest`` — newest capture first; SQL without its LIMIT."""
        where, params, match = self.to_sql(query)
        if match is not None and newest:
            where = f"{where} AND {IN_INDEX.format('')}"
            params = [*params, match]
            match = None
        if match is None:
            sql = (
                f"SELECT assets.id FROM assets WHERE {where} "
                "ORDER BY coalesce(assets.taken_at, assets.ingested_at) DESC, assets.id DESC"
            )
            return sql, params
        hits = self.conn.execute(
            f"SELECT count(*) FROM (SELECT rowid FROM assets_fts WHERE assets_fts MATCH ? LIMIT {BROAD + 1})", [match]
        ).fetchone()[0]
        order = "assets_fts.rowid DESC" if hits > BROAD else f"{BM25}, assets.id DESC"
        sql = (
            f"SELECT assets.id FROM assets_fts JOIN assets ON assets.id = assets_fts.rowid "
            f"WHERE assets_fts MATCH ? AND {where} ORDER BY {order}"
        )
        # no catch-all: the parser bounds the query and quotes every phrase, so SQLite has nothing to reject
        return sql, [match, *params]


MISSING_SQL = {  # the partial indexes' conditions as migration 17 (and PostgreSQL's p002) wrote them: frozen
    "caption": "coalesce(caption, '') = ''",
    "credit": "coalesce(credit_raw, '') = '' AND coalesce(credit_line, '') = ''",
}
# The same conditions in a query, each column named with its table: beside the full-text join a bare ``caption``
# is ambiguous (assets_fts has one too). Both engines still read the partial index (the expressions are the same
# columns), so a to-do list reads only the pictures on it.
MISSING_QUERY_SQL = {
    "caption": "coalesce(assets.caption, '') = ''",
    "credit": "coalesce(assets.credit_raw, '') = '' AND coalesce(assets.credit_line, '') = ''",
}


def _column(term: Term) -> tuple[str, list[str]]:
    """The SQL condition for an agency (any spelling of the organisation, as agency or distributor), a kind, or
    a missing caption or credit."""
    if term.field == "missing":
        return MISSING_QUERY_SQL[term.value], []
    if term.field == "kind":
        return "coalesce(assets.credit_kind, 'photo') = ?", [term.value.lower()]
    from catalog.credits.orgs import organisation, platform  # the vocabulary: only for an agency term

    canonical = organisation(term.value) or platform(term.value) or term.value
    names = list(dict.fromkeys([canonical, term.value, term.value.upper(), term.value.capitalize()]))
    marks = ", ".join("?" * len(names))
    sql = f"(coalesce(assets.credit_agency, '') IN ({marks}) OR coalesce(assets.credit_distributor, '') IN ({marks}))"
    return sql, names + names
