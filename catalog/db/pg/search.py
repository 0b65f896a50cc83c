"""A parsed ``Query`` run on PostgreSQL: the search language's second form, with the answers of the first
(``catalog.db.search``, SQLite FTS5).

What a picture is found by is one stored, generated ``tsvector`` (``assets.search_vector``, GIN-indexed) made by
functions that split and fold text exactly as FTS5's ``unicode61 remove_diacritics 2`` does (``unicode61``, its
tables, measured on every code point): FTS5's separators split words (``Zach/GPO`` is two, and so are Hebrew and
Arabic words written with vowel points, as in FTS5), ICU's ``lower()`` folds case, and accents come off as FTS5
takes them off (``é`` is ``e``; ``ł``, ``ø`` and ``ß`` stay letters of their own, where ``unaccent`` would make
``walesa`` find Wałęsa and ``strasse`` Straße, which SQLite does not). Words are never stemmed and never cut into
stems or clitics: ``ירושלים`` does not find ``בירושלים``, in FTS5 or here, so no trigram index is wanted either.

The vector is written from the words directly (no text search parser, no dictionary: nothing depends on the
server's locale), with positions, a gap of one between columns (a phrase never runs from one column into the
next, as in FTS5), a mark on each lexeme for its column group, and a weight label for ranking:

    column             lexeme     label      searched by
    people, headline   !word      A          person: and free text
    caption            !word      C          person: and free text
    photographer_text  #word      B          credit: and free text
    keywords           word       D          free text
    search_text        word       D          free text

A mark is a character FTS5 separates words at, so no word holds one, and a column filter is an index lookup, not
a recheck of every candidate's vector: ``credit:zach`` is ``'#zach'``, ``person:netanyahu`` ``'!netanyahu'``,
free text ``zach`` is ``'zach' | '!zach' | '#zach'``. A query's words are folded in the server by the vectors' own
expression (``pd_search_words``) and the tsquery is written here from those words only: each quoted, a phrase as
``<->``, a prefix as ``:*``; user text never reaches tsquery syntax. Ranking is ``ts_rank`` with the labels
weighted like ``BM25_WEIGHTS``, so ranked order is PostgreSQL's, not bm25's; past ``BROAD`` hits the order is
newest ingested first, as in SQLite.

Where the answers can differ from FTS5's: 390 letters added to Unicode after FTS5's tables (Cherokee, Georgian
Mtavruli, Osage, a few rare Latin and Cyrillic ones: ``CASE_FOLDED_ONLY_HERE``) match their other case here and
not in FTS5; a word longer than ``MAX_WORD`` characters is indexed (and searched) by its first ``MAX_WORD``; a
column is indexed up to its first ``MAX_COLUMN`` characters; positions past 16,383 (PostgreSQL's limit) share the
last one, so a phrase there can match what FTS5 would not.

Here: ``PgSearches`` (queries); ``search_schema`` (``search_ddl`` and what the vector holds), ``tsquery`` (tsquery
text from folded words), ``hits`` (whether a search is past ``BROAD``, counted in the order that reads fewest rows),
``search_text`` (``PgSearchText``); ``catalog.db.found_by`` says what search asks of the other parts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from catalog.db.connection import Cell
from catalog.db.found_by import Authorities, Corrections
from catalog.db.pg.hits import broad
from catalog.db.pg.search_schema import (
    CREDIT_MARKS,
    LABELS,
    PERSON_MARKS,
    SEARCH_COLUMNS,
    TEXT_MARKS,
    VECTOR,
    folded_words,
    search_ddl,
)
from catalog.db.pg.search_text import PgSearchText
from catalog.db.pg.sql import Connection
from catalog.db.pg.tsquery import Phrase, any_of, phrases
from catalog.db.search import SearchSql
from catalog.search.query import BM25_WEIGHTS, INDEXED, Query, Term
from catalog.text import name_key

__all__ = ["PgSearchText", "PgSearches", "search_ddl"]


def _rank_weights() -> str:
    """ts_rank's {D, C, B, A} weights: each label's columns' mean ``BM25_WEIGHTS``, scaled into 0..1."""
    weight = dict(zip(SEARCH_COLUMNS, BM25_WEIGHTS, strict=True))
    mean = {
        label: sum(weight[c] for c in SEARCH_COLUMNS if LABELS[c] == label)
        / sum(1 for c in SEARCH_COLUMNS if LABELS[c] == label)
        for label in "ABCD"
    }
    top = max(mean.values())
    return "{" + ", ".join(f"{mean[label] / top:.3f}" for label in "DCBA") + "}"


RANK = f"ts_rank('{_rank_weights()}'::real[], {VECTOR}, ?::tsquery)"
CAPTURED = 'coalesce(assets.taken_at, assets.ingested_at) COLLATE "C"'  # idx_assets_newest's key, SQLite's byte order
NEWEST = f"{CAPTURED} DESC, assets.id DESC"


class PgSearches(SearchSql):
    """``catalog.db.search.Searches`` on PostgreSQL: the same methods, the same answers (as sets; ranked order is
    ts_rank's). Matches of several groups join as a tsquery ``&``; capture dates compare byte by byte (``C``), as
    SQLite's text does.

    A date compares ``idx_assets_newest``'s key, which is the capture date wherever there is one (``TAKEN_KNOWN``),
    not ``taken_at`` itself: ``idx_assets_taken_at`` is in the database's collation, which a byte-order comparison
    cannot use, so a date was a filter on every row read, where the newest-first index reads only its range (in
    order, for a search without words: 5 s against 1 ms at 1,000,000 pictures).

    Every statement that reads ``assets`` is planned for its own words and values (``prepare=False``): psycopg
    prepares a statement run five times and PostgreSQL then plans it once for any words, a plan that reads every
    row of a common word's bitmap (seconds at 1,000,000 pictures) where a plan for that word reads the newest
    pictures first."""

    MATCH_JOIN = " & "
    TAKEN = CAPTURED
    TAKEN_KNOWN = "assets.taken_at IS NOT NULL"
    NO_LIMIT = None

    def __init__(self, conn: Connection, authority: Authorities, log: Corrections) -> None:
        self.conn = conn
        self.authority = authority
        self.log = log
        self._spellings: dict[str, Callable[[Term], tuple[list[str], tuple[str, ...], bool]]] = {
            "text": lambda t: ([t.value], TEXT_MARKS, t.prefix),
            "person": self._person,
            "credit": self._photographer,
        }

    def _person(self, term: Term) -> tuple[list[str], tuple[str, ...], bool]:
        """Who is shown: the name and every person in the authority whose name or alias contains it."""
        spellings = [term.value, *self.authority.people.names_like(name_key(term.value))]
        return _distinct(spellings), PERSON_MARKS, False

    def _photographer(self, term: Term) -> tuple[list[str], tuple[str, ...], bool]:
        """Who took it: authority names and aliases containing it, and the names misspellings of it were
        corrected into."""
        folded = name_key(term.value)
        names = self.authority.photographers.names_like(folded) + self.log.corrected_from_like(folded)
        return _distinct([term.value, *dict.fromkeys(names)]), CREDIT_MARKS, False

    def _indexed(self, query: Query) -> Callable[[list[Term]], str | None]:
        """A group's tsquery: the phrases each indexed term searches for (none: it has no words, so it matches
        nothing), every spelling's words of the whole query folded in one statement."""
        wanted = {t: self._spellings[t.field](t) for group in query.groups for t in group if t.field in INDEXED}
        words = iter(folded_words(self.conn, [s for spellings, _, _ in wanted.values() for s in spellings]))
        compiled: dict[Term, list[Phrase]] = {
            term: [p for _ in spellings for p in phrases(next(words), marks, prefix)]
            for term, (spellings, marks, prefix) in wanted.items()
        }
        return lambda terms: any_of([p for t in terms for p in compiled[t]])

    def _in_index(self, *, negated: bool) -> str:
        return f"NOT ({VECTOR} @@ ?::tsquery)" if negated else f"{VECTOR} @@ ?::tsquery"

    def _rows(self, sql: str, params: list[Cell]) -> list[Any]:
        return list(self.conn.execute(sql, params, prepare=False).fetchall())

    def _select(self, query: Query, *, newest: bool = False) -> tuple[str, list[Cell]]:
        """The ids matching ``query``, best first: ts_rank when words are searched for (newest ingested first past
        BROAD hits), else — or with ``newest`` — newest capture first; SQL without its LIMIT."""
        where, params, match = self.to_sql(query)
        if match is not None and newest:
            where = f"{where} AND {VECTOR} @@ ?::tsquery"
            params = [*params, match]
            match = None
        if match is None:
            return f"SELECT assets.id FROM assets WHERE {where} ORDER BY {NEWEST}", params
        wide = broad(self.conn, match)
        order = "assets.id DESC" if wide else f"{RANK} DESC, assets.id DESC"
        sql = f"SELECT assets.id FROM assets WHERE {VECTOR} @@ ?::tsquery AND {where} ORDER BY {order}"
        return sql, [match, *params, *([] if wide else [match])]


def _distinct(spellings: list[str]) -> list[str]:
    return list(dict.fromkeys(s for s in spellings if s.strip()))
