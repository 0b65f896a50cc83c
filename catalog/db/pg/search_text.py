"""``catalog.db.fts.SearchText`` on PostgreSQL (``PgSearchText``): what each picture is found by, the FTS5
expressions photodesk's steps hand to ``matching``, and the check and rebuild of search."""

from __future__ import annotations

import re

from catalog.db.found_by import FoundBy
from catalog.db.pg.search_schema import (
    FUNCTIONS,
    MARKS,
    PROBE,
    PROBE_ROW,
    PROBE_ROW_WORDS,
    PROBE_WORDS,
    SEARCH_COLUMNS,
    VECTOR,
    folded_words,
    search_ddl,
    vector_text,
)
from catalog.db.pg.sql import Connection, first, integer
from catalog.db.pg.tsquery import any_of, phrases

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
    read: list[tuple[str, bool]] = []
    at = 0
    while True:
        m = _PHRASE.match(body, at)
        if not m:
            raise ValueError(f"not an expression photodesk writes: {expression[:80]!r}")
        read.append((m[1].replace('""', '"'), m[2] == "*"))
        at = m.end()
        if at == len(body):
            break
        if not grouped or not body.startswith("OR", at):
            raise ValueError(f"not an expression photodesk writes: {expression[:80]!r}")
        at += 2
    return columns, read


class PgSearchText(FoundBy[Connection]):
    """``catalog.db.fts.SearchText`` on PostgreSQL. The vectors are generated columns, so PostgreSQL keeps them in
    step with every write; ``refresh`` recomputes the two columns of names they are partly made from."""

    def matching(self, expression: str) -> list[int]:
        """Asset ids whose indexed text matches ``expression``, in id order. The expression is FTS5's, in the one
        form photodesk's steps write (``{caption headline people} : ("a" OR "b c")``, a phrase, ``"pre"*``), so a
        step runs unchanged on either engine; anything else is a ValueError. A column filter that is not a whole
        mark's columns (``{headline}``) is checked again on a vector of just those columns."""
        columns, wanted = read_expression(expression)
        marks = tuple(dict.fromkeys(MARKS[c] for c in columns))
        words = folded_words(self.conn, [text for text, _ in wanted])
        tsquery = any_of([p for (_, prefix), w in zip(wanted, words, strict=True) for p in phrases(w, marks, prefix)])
        if tsquery is None:
            return []
        where, params = f"{VECTOR} @@ ?::tsquery", [tsquery]
        if {c for c in SEARCH_COLUMNS if MARKS[c] in marks} != set(columns):
            only = ", ".join(c if c in columns else "NULL" for c in SEARCH_COLUMNS)
            where += f" AND pd_search_vector({only}) @@ ?::tsquery"
            params.append(tsquery)
        return [integer(r[0]) for r in self.conn.execute(f"SELECT id FROM assets WHERE {where} ORDER BY id", params)]

    def problem(self, *, read_only: bool) -> str | None:
        """Why search is out of step with the catalog, or None: its functions missing or not this version's
        (they make of a probe text other words, or another vector, than this version), the vector column or its
        index missing, or stored vectors the functions would now write otherwise (every row is recomputed: as
        long as FTS5's own check). Every check only reads, so ``read_only`` changes nothing here."""
        found = {
            str(r[0])
            for r in self.conn.execute(
                "SELECT proname FROM pg_proc WHERE proname = ANY (?::text[]) AND pg_function_is_visible(oid)",
                [list(FUNCTIONS)],
            )
        }
        if missing := [f for f in FUNCTIONS if f not in found]:
            return f"the search functions are missing ({', '.join(sorted(missing))})"
        same = first(
            self.conn.execute(
                "SELECT pd_search_words(?) = ?::text[], "
                f"pd_search_vector({', '.join('?' * len(PROBE_ROW))}) = ?::tsvector",
                [PROBE, PROBE_WORDS, *PROBE_ROW, vector_text(PROBE_ROW_WORDS)],
            )
        )
        if not (same[0] and same[1]):
            return "the search functions are not this version's: they fold words or write vectors otherwise"
        generated = self.conn.execute(
            "SELECT a.attgenerated, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a "
            "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            "WHERE a.attrelid = 'assets'::regclass AND a.attname = 'search_vector' AND NOT a.attisdropped"
        ).fetchone()
        expression = f"pd_search_vector({', '.join(SEARCH_COLUMNS)})"
        if generated is None or generated[0] != "s" or expression not in str(generated[1]):
            return f"assets.search_vector is missing or not generated as {expression}"
        index = self.conn.execute(
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am am ON am.oid = c.relam JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY (i.indkey) WHERE i.indrelid = 'assets'::regclass AND a.attname = 'search_vector' "
            "AND am.amname = 'gin' ORDER BY i.indisvalid DESC LIMIT 1"
        ).fetchone()
        if index is None or not index[0]:
            return "the GIN index on assets.search_vector is missing or invalid"
        stale = integer(
            first(self.conn.execute(f"SELECT count(*) FROM assets WHERE search_vector IS DISTINCT FROM {expression}"))[
                0
            ]
        )
        if stale:
            return f"out of step with the catalog ({stale:,} stored vectors differ from what the functions write now)"
        return None

    def rebuild(self) -> None:
        """Search as this version defines it: the vector column, its index and the functions made again, every
        vector written afresh (the table is rewritten: run it inside the caller's transaction)."""
        self.conn.execute("DROP INDEX IF EXISTS idx_assets_search", [])
        self.conn.execute("ALTER TABLE assets DROP COLUMN IF EXISTS search_vector", [])
        for name in FUNCTIONS:
            self.conn.execute(f"DROP FUNCTION IF EXISTS {name}", [])
        for statement in search_ddl():
            self.conn.execute(statement, [])
