"""What PostgreSQL search adds to ``assets`` (``search_ddl``): the functions that fold words as FTS5 does, the
generated vector, its indexes; and what the vector holds for each column (its mark, its label, the bounds).
The design is told in ``catalog.db.pg.search``."""

from __future__ import annotations

from collections.abc import Sequence

from catalog.db.pg.sql import Connection, words
from catalog.db.pg.unicode61 import DROPPED, FOLD, GUARD, SEPARATORS
from catalog.db.search import MISSING_SQL

# The columns search reads (FTS5's, in its order), each one's mark and weight label, and the marks each kind of
# term searches.
SEARCH_COLUMNS = ("caption", "headline", "keywords", "people", "search_text", "photographer_text")
MARKS = {"caption": "!", "headline": "!", "keywords": "", "people": "!", "search_text": "", "photographer_text": "#"}
LABELS = {"caption": "C", "headline": "A", "keywords": "D", "people": "A", "search_text": "D", "photographer_text": "B"}
TEXT_MARKS = ("", "!", "#")
PERSON_MARKS = ("!",)  # people, caption, headline
CREDIT_MARKS = ("#",)  # photographer_text
VECTOR = "assets.search_vector"
MAX_WORD = 500  # characters: PostgreSQL refuses a lexeme of 2,048 bytes or more
MAX_COLUMN = 32_000  # characters: six columns of them (marks too) stay under a tsvector's 1 MB of lexemes
MAX_POSITION = 16_383


def _regex_char(c: int) -> str:
    r"""A code point as a regular-expression escape (\uXXXX, \UXXXXXXXX), written for an E'' string."""
    return f"\\\\u{c:04x}" if c <= 0xFFFF else f"\\\\U{c:08x}"


def _string_char(c: int) -> str:
    return f"\\u{c:04x}" if c <= 0xFFFF else f"\\U{c:08x}"


def _regex_class(ranges: Sequence[tuple[int, int]]) -> str:
    return "[" + "".join(_regex_char(a) + ("" if a == b else "-" + _regex_char(b)) for a, b in ranges) + "]"


def words_sql(doc: str) -> str:
    """The SQL expression for the words of ``doc`` (an SQL text expression), folded, in order: what FTS5 would
    index. ICU lowercases; translate() folds the accents and forms FTS5 folds and deletes the marks it drops, but
    only in a text that holds one (it reads its whole table for every character); FTS5's separators split."""
    from_chars = "".join(_string_char(a) for a, _ in FOLD) + "".join(_string_char(c) for c in DROPPED)
    to_chars = "".join(_string_char(b) for _, b in FOLD)  # DROPPED, past its end, are deleted
    lowered = f'lower(left({doc}, {MAX_COLUMN}) COLLATE "und-x-icu")'
    return (
        f"string_to_array(btrim(regexp_replace(CASE WHEN {doc} ~ E'{_regex_class(GUARD)}' "
        f"THEN translate({lowered}, E'{from_chars}', E'{to_chars}') ELSE {lowered} END, "
        f"E'{_regex_class(SEPARATORS)}+', ' ', 'g')), ' ')"
    )


def _vector_body() -> str:
    """PL/pgSQL writing the vector: each word of each column, marked, at its position, with its column's label
    (a loop: about 80 us a picture, where one SQL statement per call costs ten times that). The words' expression
    is written in, not called, so the body names nothing but built-in functions and works under any search_path;
    no word holds a quote or a backslash (both are separators), so the lexemes need no escaping."""
    marks = ", ".join(f"'{MARKS[c]}'" for c in SEARCH_COLUMNS)
    labels = ", ".join(f"'{LABELS[c]}'" for c in SEARCH_COLUMNS)
    lexeme = f"'''' || marks[k] || left(words[i], {MAX_WORD}) || ''':' || least(base + i, {MAX_POSITION}) || labels[k]"
    return "\n".join(
        [
            "DECLARE",
            f"    docs text[] := ARRAY[{', '.join(SEARCH_COLUMNS)}];",
            f"    marks text[] := ARRAY[{marks}];",
            f"    labels text[] := ARRAY[{labels}];",
            "    words text[];",
            "    lexemes text[] := '{}';",
            "    base int := 0;",
            "    n int;",
            "BEGIN",
            f"    FOR k IN 1..{len(SEARCH_COLUMNS)} LOOP",
            f"        words := {words_sql('docs[k]')};",
            "        n := coalesce(cardinality(words), 0);",
            "        FOR i IN 1..n LOOP",
            f"            lexemes := lexemes || ({lexeme});",
            "        END LOOP;",
            "        base := base + n + 1;",
            "    END LOOP;",
            "    RETURN array_to_string(lexemes, ' ')::tsvector;",
            "END",
        ]
    )


def search_ddl() -> list[str]:
    """The statements that add search to an ``assets`` table with SQLite's columns (text, lists as JSON text):
    the two functions, the generated vector column, its GIN index, the newest-first indexes (SQLite's migration
    17, in SQLite's byte order) and the statistics kind: is planned by. Safe to run again: each creates only
    what is missing, or replaces a function by the same one. Needs a UTF8 database, the ICU collation
    ``und-x-icu`` (every PostgreSQL built with ICU has it) and PL/pgSQL (always there); no extension."""
    arguments = ", ".join(f"{c} text" for c in SEARCH_COLUMNS)
    newest = '((coalesce(taken_at, ingested_at)) COLLATE "C" DESC, id DESC)'
    return [
        # the words are Unicode text: a database in another encoding could not hold them
        "DO $check$ BEGIN IF getdatabaseencoding() <> 'UTF8' THEN RAISE EXCEPTION USING MESSAGE = "
        "'photodesk search needs a UTF8 database, not ' || getdatabaseencoding(); END IF; END $check$",
        # the words of a text, as FTS5 would index them: what a query's words are folded by
        "CREATE OR REPLACE FUNCTION pd_search_words(doc text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        f"RETURN {words_sql('doc')}",
        f"CREATE OR REPLACE FUNCTION pd_search_vector({arguments}) RETURNS tsvector "
        f"LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $body$\n{_vector_body()}\n$body$",
        # kept in the row (MAIN), not moved out to TOAST with the wide columns: a phrase's recheck and ts_rank
        # read the vector of every candidate (ten times faster so at 100,000 rows)
        "ALTER TABLE assets ADD COLUMN IF NOT EXISTS search_vector tsvector "
        f"GENERATED ALWAYS AS (pd_search_vector({', '.join(SEARCH_COLUMNS)})) STORED, "
        "ALTER COLUMN search_vector SET STORAGE MAIN",
        "CREATE INDEX IF NOT EXISTS idx_assets_search ON assets USING gin (search_vector)",
        # the order of a query without words, and the desk's to-do lists (SQLite's migration 17)
        f"CREATE INDEX IF NOT EXISTS idx_assets_newest ON assets {newest}",
        f"CREATE INDEX IF NOT EXISTS idx_assets_caption_missing ON assets {newest} WHERE {MISSING_SQL['caption']}",
        f"CREATE INDEX IF NOT EXISTS idx_assets_credit_missing ON assets {newest} WHERE {MISSING_SQL['credit']}",
        # how common each kind is (kind: compares this expression): without it the planner takes kind:photo for
        # rare and sorts every photo instead of reading the newest first (70 ms against 0.1 at 20,000 assets)
        "CREATE STATISTICS IF NOT EXISTS pd_assets_kind ON (coalesce(credit_kind, 'photo')) FROM assets",
    ]


FUNCTIONS = ("pd_search_vector", "pd_search_words")
# A text whose words say whether the functions are this version's: FTS5's answer for it (the tests check FTS5).
PROBE = "Wałęsa ÉCOLE Straße Zach/GPO שָׁלוֹם ΟΔΟΣ e\u0301te\u0301 İstanbul µs"
PROBE_WORDS = ["wałesa", "ecole", "straße", "zach", "gpo", "ש", "לו", "ם", "οδοσ", "ete", "istanbul", "μs"]
# and a picture (its SEARCH_COLUMNS) with the words of each column
PROBE_ROW: tuple[str | None, ...] = (PROBE, None, '["Zach/GPO"]', "", PROBE, "Haim Zach")
PROBE_ROW_WORDS: tuple[list[str] | None, ...] = (PROBE_WORDS, None, ["zach", "gpo"], [], PROBE_WORDS, ["haim", "zach"])


def vector_text(words: Sequence[Sequence[str] | None]) -> str:
    """As tsvector text, the vector ``pd_search_vector`` writes for columns holding ``words`` (in
    ``SEARCH_COLUMNS`` order; None for a NULL column): what the function is checked against."""
    lexemes, base = [], 0
    for column, these in zip(SEARCH_COLUMNS, words, strict=True):
        for i, word in enumerate(these or (), start=1):
            lexemes.append(f"'{MARKS[column]}{word[:MAX_WORD]}':{min(base + i, MAX_POSITION)}{LABELS[column]}")
        base += len(these or ()) + 1
    return " ".join(lexemes)


def folded_words(conn: Connection, texts: Sequence[str]) -> list[list[str]]:
    """Each text's words as the index holds them (``pd_search_words``, in the server: the vectors' own
    expression), in one statement."""
    if not texts:
        return []
    rows = conn.execute(
        "SELECT pd_search_words(t.doc) FROM unnest(?::text[]) WITH ORDINALITY AS t(doc, n) ORDER BY t.n",
        [list(texts)],
    ).fetchall()
    return [words(r[0]) for r in rows]
