"""A parsed ``Query`` run on PostgreSQL: the search language's second form, with the answers of the first
(``catalog.db.search``, SQLite FTS5).

What a picture is found by is one stored, generated ``tsvector`` (``assets.search_vector``, GIN-indexed) made by
SQL functions that split and fold text exactly as FTS5's ``unicode61 remove_diacritics 2`` does (``unicode61``,
its tables, measured on every code point): FTS5's separators split words (``Zach/GPO`` is two, and so are Hebrew
and Arabic words written with vowel points, as in FTS5), ICU's ``lower()`` folds case, and accents come off as FTS5
takes them off (``é`` is ``e``; ``ł``, ``ø`` and ``ß`` stay letters of their own). Words are never stemmed and
never cut into stems or clitics: ``ירושלים`` does not find ``בירושלים``, in FTS5 or here.

The vector is built from the words directly (no text search parser, no dictionary: nothing depends on the
server's locale) with positions, a gap of one between columns (a phrase never runs from one column into the next,
as in FTS5) and a weight label per column group, so the column filters are weights in the query:

    A  people, headline       person: searches A and C (people, caption, headline)
    B  photographer_text      credit: searches B
    C  caption                free text searches all four
    D  keywords, search_text

A query's words are folded by the same functions in the server (``pd_search_words``) and the tsquery is written
here from those words only: each quoted and escaped, a phrase as ``<->``, a prefix as ``:*``; user text never
reaches tsquery syntax. Ranking is ``ts_rank`` with the labels weighted like ``BM25_WEIGHTS``, so ranked order is
PostgreSQL's, not bm25's; past ``BROAD`` hits the order is newest ingested first, as in SQLite.

Where the answers can differ from FTS5's: 390 letters added to Unicode after FTS5's tables (Cherokee, Georgian
Mtavruli, Osage, a few rare Latin and Cyrillic ones: ``CASE_FOLDED_ONLY_HERE``) match their other case here and
not in FTS5; a word longer than ``MAX_WORD`` characters is indexed (and searched) by its first ``MAX_WORD``; a
column is indexed up to its first ``MAX_COLUMN`` characters; positions past 16,383 (PostgreSQL's limit) share the
last one, so a phrase there can match what FTS5 would not.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from catalog.db.connection import Cell, PgConnection
from catalog.db.pg.unicode61 import DROPPED, FOLD, SEPARATORS
from catalog.db.search import BROAD, FACET_WITHIN, MISSING_SQL, _column
from catalog.model import Asset
from catalog.search.query import BM25_WEIGHTS, INDEXED, Query, Term
from catalog.search.text import Lookups, found_by, photographer_text
from catalog.text import name_key

# The columns search reads (FTS5's, in its order), the weight label of each, and the labels of the column filters.
SEARCH_COLUMNS = ("caption", "headline", "keywords", "people", "search_text", "photographer_text")
LABELS = {"caption": "C", "headline": "A", "keywords": "D", "people": "A", "search_text": "D", "photographer_text": "B"}
PERSON_LABELS = "AC"  # people, caption, headline
CREDIT_LABELS = "B"  # photographer_text
VECTOR = "assets.search_vector"
MAX_WORD = 500  # characters: PostgreSQL refuses a lexeme of 2,048 bytes or more
MAX_COLUMN = 40_000  # characters: six columns of them stay under a tsvector's 1 MB of lexemes
MAX_POSITION = 16_383


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
NEWEST = 'coalesce(assets.taken_at, assets.ingested_at) COLLATE "C" DESC, assets.id DESC'  # SQLite's byte order


# --- the schema ---------------------------------------------------------------------------------------------------


def _regex_char(c: int) -> str:
    r"""A code point as a regular-expression escape (\uXXXX, \UXXXXXXXX), written for an E'' string."""
    return f"\\\\u{c:04x}" if c <= 0xFFFF else f"\\\\U{c:08x}"


def _string_char(c: int) -> str:
    return f"\\u{c:04x}" if c <= 0xFFFF else f"\\U{c:08x}"


def _regex_class(ranges: Sequence[tuple[int, int]]) -> str:
    return "[" + "".join(_regex_char(a) + ("" if a == b else "-" + _regex_char(b)) for a, b in ranges) + "]"


def search_ddl() -> list[str]:
    """The statements that add search to an ``assets`` table with SQLite's columns (text, lists as JSON text):
    the functions, the generated vector column, its GIN index, and the newest-first indexes (SQLite's migration 17,
    in SQLite's byte order). Safe to run again: each creates only what is missing, or replaces a function by the
    same one. Needs the ICU collation ``und-x-icu`` (every PostgreSQL built with ICU has it)."""
    marks = sorted({*(a for a, _ in FOLD), *DROPPED})
    guard = _regex_class([(c, c) for c in marks])
    from_chars = "".join(_string_char(a) for a, _ in FOLD) + "".join(_string_char(c) for c in DROPPED)
    to_chars = "".join(_string_char(b) for _, b in FOLD)  # DROPPED, past its end, are deleted
    separators = _regex_class(SEPARATORS)
    columns = ", ".join(SEARCH_COLUMNS)
    parts = ", ".join(f"({i}, '{LABELS[c]}', pd_search_words({c}))" for i, c in enumerate(SEARCH_COLUMNS, start=1))
    arguments = ", ".join(f"{c} text" for c in SEARCH_COLUMNS)
    return [
        # accents and forms FTS5 folds, on text ICU has lowercased (a regular expression sees first whether any
        # is there: translate() reads its whole table for every character)
        "CREATE OR REPLACE FUNCTION pd_search_unmark(lowered text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        f"RETURN CASE WHEN lowered ~ E'{guard}' THEN translate(lowered, E'{from_chars}', E'{to_chars}') "
        "ELSE lowered END",
        "CREATE OR REPLACE FUNCTION pd_search_fold(doc text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        'RETURN pd_search_unmark(lower(doc COLLATE "und-x-icu"))',
        # the words of a text, folded, in order: what FTS5 would index
        "CREATE OR REPLACE FUNCTION pd_search_words(doc text) RETURNS text[] "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        f"RETURN string_to_array(btrim(regexp_replace(pd_search_fold(left(doc, {MAX_COLUMN})), "
        f"E'{separators}+', ' ', 'g')), ' ')",
        # every column's words, labelled, at positions with a gap of one between columns
        f"CREATE OR REPLACE FUNCTION pd_search_vector({arguments}) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        "RETURN (SELECT coalesce(string_agg("
        f"'''' || replace(replace(left(u.w, {MAX_WORD}), chr(92), repeat(chr(92), 2)), '''', '''''') || ''':' "
        f"|| least(c.base + u.i, {MAX_POSITION}) || c.label, ' '), '')::tsvector "
        "FROM (SELECT v.label, v.words, coalesce(sum(coalesce(cardinality(v.words), 0) + 1) "
        "OVER (ORDER BY v.k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS base "
        f"FROM (VALUES {parts}) AS v(k, label, words)) AS c "
        "CROSS JOIN LATERAL unnest(c.words) WITH ORDINALITY AS u(w, i))",
        "ALTER TABLE assets ADD COLUMN IF NOT EXISTS search_vector tsvector "
        f"GENERATED ALWAYS AS (pd_search_vector({columns})) STORED",
        "CREATE INDEX IF NOT EXISTS idx_assets_search ON assets USING gin (search_vector)",
        # the order of a query without words, and the desk's to-do lists (SQLite's migration 17)
        "CREATE INDEX IF NOT EXISTS idx_assets_newest "
        'ON assets ((coalesce(taken_at, ingested_at)) COLLATE "C" DESC, id DESC)',
        "CREATE INDEX IF NOT EXISTS idx_assets_caption_missing "
        'ON assets ((coalesce(taken_at, ingested_at)) COLLATE "C" DESC, id DESC) '
        f"WHERE {MISSING_SQL['caption']}",
        "CREATE INDEX IF NOT EXISTS idx_assets_credit_missing "
        'ON assets ((coalesce(taken_at, ingested_at)) COLLATE "C" DESC, id DESC) '
        f"WHERE {MISSING_SQL['credit']}",
    ]


FUNCTIONS = ("pd_search_vector", "pd_search_words", "pd_search_fold", "pd_search_unmark")  # dependents first
# A text whose words say whether the functions are this version's: FTS5's answer for it (the tests check FTS5).
PROBE = "Wałęsa ÉCOLE Straße Zach/GPO שָׁלוֹם ΟΔΟΣ e\u0301te\u0301 İstanbul µs"
PROBE_WORDS = ["wałesa", "ecole", "straße", "zach", "gpo", "ש", "לו", "ם", "οδοσ", "ete", "istanbul", "μs"]


# --- what search asks of the other parts ----------------------------------------------------------------------------


class Names(Protocol):
    """One authority (photographers or people), as the PostgreSQL or SQLite part gives it."""

    def names_like(self, folded: str) -> list[str]: ...

    def aliases_of_name(self, name: str) -> list[str]: ...


class Authorities(Protocol):
    @property
    def people(self) -> Names: ...

    @property
    def photographers(self) -> Names: ...


class Corrections(Protocol):
    def corrected_from_like(self, folded: str) -> list[str]: ...

    def misspellings_of(self, name: str) -> list[str]: ...


class AssetRecords(Protocol):
    def many(self, ids: Sequence[int]) -> dict[int, Asset]: ...


# --- tsquery text, written from folded words ------------------------------------------------------------------------


def _lexeme(word: str, labels: str, prefix: bool) -> str:
    """One quoted lexeme (quotes and backslashes doubled, though the functions never leave either in a word)."""
    quoted = "'" + word[:MAX_WORD].replace("\\", "\\\\").replace("'", "''") + "'"
    flags = ("*" if prefix else "") + labels
    return f"{quoted}:{flags}" if flags else quoted


def _phrase(words: Sequence[str], labels: str, prefix: bool) -> str | None:
    """The words in a row (the last one a prefix when asked), or None when the text has no words: FTS5's empty
    phrase, which matches nothing."""
    if not words:
        return None
    last = len(words) - 1
    return "(" + " <-> ".join(_lexeme(w, labels, prefix and i == last) for i, w in enumerate(words)) + ")"


def _any(alternatives: Sequence[str]) -> str | None:
    """The alternatives ORed, nested as a balanced tree (a person with thousands of spellings stays a shallow
    tsquery), or None when there are none."""
    if not alternatives:
        return None
    if len(alternatives) <= 16:
        return "(" + " | ".join(alternatives) + ")"
    half = len(alternatives) // 2
    return f"({_any(alternatives[:half])} | {_any(alternatives[half:])})"


def folded_words(conn: PgConnection, texts: Sequence[str]) -> list[list[str]]:
    """Each text's words as the index holds them (``pd_search_words``, in the server: the same functions as the
    vectors), in one statement."""
    if not texts:
        return []
    rows = conn.execute(
        "SELECT pd_search_words(t.text) FROM unnest(?::text[]) WITH ORDINALITY AS t(text, n) ORDER BY t.n",
        [list(texts)],
    ).fetchall()
    return [list(r[0] or []) for r in rows]


class PgSearches:
    """``catalog.db.search.Searches`` on PostgreSQL: the same methods, the same answers (as sets; ranked order is
    ts_rank's)."""

    def __init__(self, conn: PgConnection, authority: Authorities, log: Corrections) -> None:
        self.conn = conn
        self.authority = authority
        self.log = log
        self._spellings: dict[str, Callable[[Term], tuple[list[str], str, bool]]] = {
            "text": lambda t: ([t.value], "", t.prefix),
            "person": self._person,
            "credit": self._photographer,
        }

    def _person(self, term: Term) -> tuple[list[str], str, bool]:
        """Who is shown: the name and every person in the authority whose name or alias contains it."""
        spellings = [term.value, *self.authority.people.names_like(name_key(term.value))]
        return _distinct(spellings), PERSON_LABELS, False

    def _photographer(self, term: Term) -> tuple[list[str], str, bool]:
        """Who took it: authority names and aliases containing it, and the names misspellings of it were
        corrected into."""
        folded = name_key(term.value)
        names = self.authority.photographers.names_like(folded) + self.log.corrected_from_like(folded)
        return _distinct([term.value, *dict.fromkeys(names)]), CREDIT_LABELS, False

    def _indexed(self, query: Query) -> dict[Term, str | None]:
        """The tsquery of each indexed term (None: it has no words, so it matches nothing), every spelling's
        words folded in one statement."""
        wanted = {t: self._spellings[t.field](t) for group in query.groups for t in group if t.field in INDEXED}
        texts = [s for spellings, _, _ in wanted.values() for s in spellings]
        words = iter(folded_words(self.conn, texts))
        out: dict[Term, str | None] = {}
        for term, (spellings, labels, prefix) in wanted.items():
            phrases = [_phrase(next(words), labels, prefix) for _ in spellings]
            out[term] = _any([p for p in phrases if p is not None])
        return out

    def to_sql(self, query: Query) -> tuple[str, list[Cell], str | None]:
        """(WHERE clause, parameters, tsquery text or None): ``Searches.to_sql`` with tsqueries for FTS5
        expressions. A group whose indexed terms have no words matches through its other terms, or not at all."""
        compiled = self._indexed(query)
        where: list[str] = ["1 = 1"]
        params: list[Cell] = []
        matches: list[str] = []
        for group in query.groups:
            indexed = _any([q for t in group if t.field in INDEXED and (q := compiled[t]) is not None])
            columns = [_column(t) for t in group if t.field not in INDEXED]
            if group[0].negated:  # a negated term is always alone in its group
                if indexed is not None:
                    where.append(f"NOT ({VECTOR} @@ ?::tsquery)")
                    params.append(indexed)
                elif columns:
                    where.append("NOT (" + columns[0][0] + ")")
                    params += list(columns[0][1])
            elif not columns:
                if indexed is None:
                    where.append("1 = 0")  # FTS5's empty phrase: nothing
                else:
                    matches.append(indexed)
            else:
                parts = ([f"{VECTOR} @@ ?::tsquery"] if indexed is not None else []) + [sql for sql, _ in columns]
                where.append("(" + " OR ".join(parts) + ")")
                params += ([indexed] if indexed is not None else []) + [a for _, args in columns for a in args]
        if query.since:
            where.append('assets.taken_at COLLATE "C" >= ?')
            params.append(query.since)
        if query.until:
            where.append('assets.taken_at COLLATE "C" < ?')
            params.append(query.until)
        if query.no_dupes:
            where.append("assets.duplicate_of IS NULL")
        return " AND ".join(where), params, " & ".join(matches) or None

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
        hits = self.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM assets WHERE {VECTOR} @@ ?::tsquery LIMIT {BROAD + 1}) AS hits",
            [match],
        ).fetchone()[0]
        broad = hits > BROAD
        order = "assets.id DESC" if broad else f"{RANK} DESC, assets.id DESC"
        sql = f"SELECT assets.id FROM assets WHERE {VECTOR} @@ ?::tsquery AND {where} ORDER BY {order}"
        return sql, [match, *params, *([] if broad else [match])]

    def run(self, query: Query, *, limit: int | None = 50, offset: int = 0, newest: bool = False) -> list[int]:
        """Matching asset ids, best first (``newest``: newest capture first); ``limit`` None is every match,
        ``offset`` skips the first ones."""
        sql, params = self._select(query, newest=newest)
        return [int(r[0]) for r in self.conn.execute(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset])]

    def facets(self, query: Query, *, within: int = FACET_WITHIN) -> dict[str, list[tuple[str, int]]]:
        """Counts by agency, photographer, kind and month over the first ``within`` matches (the best, or the
        newest), as ``Searches.facets`` counts them."""
        sql, params = self._select(query)
        rows = self.conn.execute(
            "SELECT credit_agency, credit_photographers, coalesce(credit_kind, 'photo'), substr(taken_at, 1, 7) "
            f"FROM assets WHERE id IN ({sql} LIMIT {int(within)})",
            params,
        ).fetchall()
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


def _distinct(spellings: list[str]) -> list[str]:
    return list(dict.fromkeys(s for s in spellings if s.strip()))


# --- what each picture is found by ----------------------------------------------------------------------------------

# The FTS5 expressions photodesk's steps hand to ``matching``: an optional column filter, then one quoted phrase
# (``*`` for a prefix) or several ORed in parentheses.
_FILTER = re.compile(r"\s*\{([^{}]*)\}\s*:\s*")
_PHRASE = re.compile(r'\s*"((?:[^"]|"")*)"(\*?)\s*')


def read_expression(expression: str) -> tuple[list[str], list[tuple[str, bool]]]:
    """(columns, [(phrase, prefix)]) of an FTS5 expression of the form photodesk writes; ValueError otherwise."""
    pos = 0
    columns = list(SEARCH_COLUMNS)
    if m := _FILTER.match(expression):
        columns = m[1].split()
        unknown = [c for c in columns if c not in SEARCH_COLUMNS]
        if unknown or not columns:
            raise ValueError(f"not a search column: {unknown or columns}")
        pos = m.end()
    rest = expression[pos:].strip()
    grouped = rest.startswith("(") and rest.endswith(")")
    body = rest[1:-1] if grouped else rest
    phrases: list[tuple[str, bool]] = []
    at = 0
    while True:
        m = _PHRASE.match(body, at)
        if not m:
            raise ValueError(f"not an expression photodesk writes: {expression[:80]!r}")
        phrases.append((m[1].replace('""', '"'), m[2] == "*"))
        at = m.end()
        if at == len(body):
            break
        if not grouped or not body.startswith("OR", at):
            raise ValueError(f"not an expression photodesk writes: {expression[:80]!r}")
        at += 2
    return columns, phrases


class PgSearchText:
    """``catalog.db.fts.SearchText`` on PostgreSQL. The vectors are generated columns, so PostgreSQL keeps them in
    step with every write; ``refresh`` recomputes the two columns of names they are made from."""

    def __init__(self, conn: PgConnection, assets: AssetRecords, authority: Authorities, log: Corrections) -> None:
        self.conn = conn
        self.assets = assets
        self.lookups = Lookups(
            photographer_aliases=authority.photographers.aliases_of_name,
            person_aliases=authority.people.aliases_of_name,
            misspellings=log.misspellings_of,
        )

    def refresh(self, ids: Sequence[int]) -> None:
        """Recompute what each picture is found by from the catalog's current state (after any change of names)."""
        for asset in self.assets.many(list(ids)).values():
            self.conn.execute(
                "UPDATE assets SET search_text = ?, photographer_text = ? WHERE id = ?",
                [found_by(asset, self.lookups), photographer_text(asset, self.lookups), asset.id],
            )

    def matching(self, expression: str) -> list[int]:
        """Asset ids whose indexed text matches ``expression``, in id order. The expression is FTS5's, in the one
        form photodesk's steps write (``{caption headline people} : ("a" OR "b c")``, a phrase, ``"pre"*``), so a
        step runs unchanged on either engine; anything else is a ValueError. A column filter that is not a union
        of weight labels is checked again on a vector of just those columns."""
        columns, phrases = read_expression(expression)
        labels = "".join(sorted({LABELS[c] for c in columns}))
        labels = "" if labels == "ABCD" else labels
        words = folded_words(self.conn, [text for text, _ in phrases])
        tsquery = _any([p for (_, prefix), w in zip(phrases, words, strict=True) if (p := _phrase(w, labels, prefix))])
        if tsquery is None:
            return []
        where, params = f"{VECTOR} @@ ?::tsquery", [tsquery]
        if {c for c in SEARCH_COLUMNS if LABELS[c] in labels} != set(columns) and labels:
            only = ", ".join(c if c in columns else "NULL" for c in SEARCH_COLUMNS)
            where += f" AND pd_search_vector({only}) @@ ?::tsquery"
            params.append(tsquery)
        return [int(r[0]) for r in self.conn.execute(f"SELECT id FROM assets WHERE {where} ORDER BY id", params)]

    def problem(self, *, read_only: bool) -> str | None:
        """Why search is out of step with the catalog, or None: its functions missing or not this version's
        (they fold a probe text otherwise than FTS5 does), the vector column or its index missing, or stored
        vectors the functions would now make otherwise (every row is recomputed: as long as FTS5's own check).
        Every check only reads, so ``read_only`` changes nothing here."""
        found = {
            str(r[0])
            for r in self.conn.execute(
                "SELECT proname FROM pg_proc WHERE proname = ANY (?::text[]) AND pg_function_is_visible(oid)",
                [list(FUNCTIONS)],
            )
        }
        if missing := [f for f in FUNCTIONS if f not in found]:
            return f"the search functions are missing ({', '.join(sorted(missing))})"
        if folded_words(self.conn, [PROBE])[0] != PROBE_WORDS:
            return "the search functions are not this version's: they fold words otherwise"
        generated = self.conn.execute(
            "SELECT a.attgenerated, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a "
            "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            "WHERE a.attrelid = 'assets'::regclass AND a.attname = 'search_vector' AND NOT a.attisdropped"
        ).fetchone()
        expected = f"pd_search_vector({', '.join(SEARCH_COLUMNS)})"
        if generated is None or generated[0] != "s" or expected not in str(generated[1]):
            return f"assets.search_vector is missing or not generated as {expected}"
        index = self.conn.execute(
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am am ON am.oid = c.relam JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY (i.indkey) WHERE i.indrelid = 'assets'::regclass AND a.attname = 'search_vector' "
            "AND am.amname = 'gin' ORDER BY i.indisvalid DESC LIMIT 1"
        ).fetchone()
        if index is None or not index[0]:
            return "the GIN index on assets.search_vector is missing or invalid"
        stale = self.conn.execute(
            f"SELECT count(*) FROM assets WHERE search_vector IS DISTINCT FROM pd_search_vector("
            f"{', '.join(SEARCH_COLUMNS)})"
        ).fetchone()[0]
        if stale:
            return f"out of step with the catalog ({stale:,} stored vectors differ from what the functions make now)"
        return None

    def rebuild(self) -> None:
        """Search as this version defines it: the vector column, its index and the functions made again, every
        vector computed afresh (the table is rewritten: run it inside the caller's transaction)."""
        self.conn.execute("DROP INDEX IF EXISTS idx_assets_search", [])
        self.conn.execute("ALTER TABLE assets DROP COLUMN IF EXISTS search_vector", [])
        for name in FUNCTIONS:
            self.conn.execute(f"DROP FUNCTION IF EXISTS {name}", [])
        for statement in search_ddl():
            self.conn.execute(statement, [])
