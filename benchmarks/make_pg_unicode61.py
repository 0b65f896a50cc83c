"""Write ``catalog/db/pg/unicode61.py``: how SQLite's FTS5 tokenizer (``unicode61 remove_diacritics 2``, the
catalog's) splits and folds every code point, as the tables PostgreSQL's search functions are made of. A script
(not part of the package: it needs psycopg), run by hand when SQLite or the server's ICU changes
(``tests/test_pg_search.py`` says when):

    python benchmarks/make_pg_unicode61.py      # libpq's environment (PGHOST, ...) names the server

FTS5 is asked, not re-derived: each code point c goes into a document ``x{c}y`` and one ``{c}``, and the tokens
FTS5 keeps (fts5vocab) say whether c separates words, is a mark dropped inside a word, or is part of a word and
what it folds to. PostgreSQL folds case with ICU's ``lower()``; the tables map what ICU leaves to what FTS5 makes
of it (accents removed, final sigma, ...). Letters whose case FTS5 does not fold at all (letters added to
Unicode after its tables were made, which ICU lowercases) are listed as ``CASE_FOLDED_ONLY_HERE``.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "catalog" / "db" / "pg" / "unicode61.py"


def probe() -> dict[int, tuple[str, str]]:
    """(kind, folded) per code point: kind ``sep`` (separates words), ``drop`` (dropped inside a word, separates
    nothing) or ``tok`` (part of a word; ``folded`` is what FTS5 indexes it as)."""
    from catalog.db.migrations import FTS_TOKENIZE

    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize='{FTS_TOKENIZE}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    points = [c for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF]
    conn.executemany("INSERT INTO t(rowid, a, b) VALUES (?, ?, ?)", ((c, f"x{chr(c)}y", chr(c)) for c in points))
    tokens: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
    for term, doc, col, offset in conn.execute("SELECT term, doc, col, offset FROM v"):
        tokens[doc, col].append((offset, term))
    out = {}
    for c in points:
        inside = [t for _, t in sorted(tokens[c, "a"])]
        alone = [t for _, t in sorted(tokens[c, "b"])]
        if inside == ["x", "y"] and not alone:
            out[c] = ("sep", "")
        elif inside == ["xy"] and not alone:
            out[c] = ("drop", "")
        elif len(inside) == 1 and alone == [inside[0][1:-1]]:
            out[c] = ("tok", alone[0])
        else:
            raise SystemExit(f"U+{c:04X}: FTS5 made {inside} and {alone}, which this script cannot read")
    conn.close()
    return out


def _ranges(points: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for c in sorted(points):
        if out and out[-1][1] == c - 1:
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
    return out


def _rows(items: list[str], per_line: int) -> str:
    return "\n".join("    " + " ".join(items[i : i + per_line]) for i in range(0, len(items), per_line))


def main() -> None:
    import psycopg

    fts5 = probe()
    words = sorted(c for c, (kind, _) in fts5.items() if kind == "tok")
    with psycopg.connect(autocommit=True) as pg:
        lowered: dict[int, str] = {}
        for i in range(0, len(words), 50_000):
            chunk = [chr(c) for c in words[i : i + 50_000]]
            sql = 'SELECT u.c, lower(u.c COLLATE "und-x-icu") FROM unnest(%s::text[]) AS u(c)'
            lowered |= {ord(c): low for c, low in pg.execute(sql, [chunk])}
        server = pg.execute("SHOW server_version").fetchone()
        icu = pg.execute("SELECT collversion FROM pg_collation WHERE collname = 'und-x-icu'").fetchone()
    wanted: dict[int, Counter[str]] = defaultdict(Counter)  # a lowercased character: what FTS5 makes of its sources
    for c in words:
        if len(lowered[c]) == 1:
            wanted[ord(lowered[c])][fts5[c][1]] += 1
    fold: dict[int, int] = {}
    for low, targets in sorted(wanted.items()):
        own = fts5[low][1] if fts5.get(low, ("", ""))[0] == "tok" else ""
        target = own if own in targets else targets.most_common(1)[0][0]
        if target != chr(low):
            fold[low] = ord(target)
    dropped = [c for c, (kind, _) in fts5.items() if kind == "drop"]

    def here(c: int) -> str:  # what PostgreSQL's functions make of c: lower(), then FOLD, DROPPED removed
        return "".join(chr(fold.get(ord(x), ord(x))) for x in lowered[c] if ord(x) not in dropped)

    unfolded = [c for c in words if here(c) != fts5[c][1]]
    # the characters whose lowercase needs FOLD or holds a DROPPED mark: where translate() has work to do
    needs = set(fold) | set(dropped)
    guard = sorted({c for c in words if any(ord(x) in needs for x in lowered[c])} | set(dropped))
    separators = [c for c, (kind, _) in fts5.items() if kind == "sep"]
    text = f'''"""How SQLite's FTS5 (``unicode61 remove_diacritics 2``) splits and folds text, as tables for PostgreSQL.

Generated by ``python benchmarks/make_pg_unicode61.py`` from SQLite {sqlite3.sqlite_version} and PostgreSQL
{server[0] if server else "?"} (ICU collation version {icu[0] if icu else "?"}): do not edit by hand.
"""

# fmt: off

# (first, last) code point ranges that separate words
SEPARATORS: tuple[tuple[int, int], ...] = (
{_rows([f"(0x{a:X}, 0x{b:X})," for a, b in _ranges(separators)], 5)}
)
# combining marks dropped inside a word (and separating nothing)
DROPPED: tuple[int, ...] = (
{_rows([f"0x{c:X}," for c in dropped], 10)}
)
# what ICU's lower() leaves -> what FTS5 indexes: accents removed, sigma and symbol forms folded
FOLD: tuple[tuple[int, int], ...] = (
{_rows([f"(0x{a:X}, 0x{b:X})," for a, b in fold.items()], 5)}
)
# the characters that need FOLD or DROPPED once lowercased (a text without any is only lowercased)
GUARD: tuple[tuple[int, int], ...] = (
{_rows([f"(0x{a:X}, 0x{b:X})," for a, b in _ranges(guard)], 5)}
)
# letters FTS5 does not case-fold (its tables predate them) that ICU lowercases: here they match their other case
CASE_FOLDED_ONLY_HERE: tuple[tuple[int, int], ...] = (
{_rows([f"(0x{a:X}, 0x{b:X})," for a, b in _ranges(unfolded)], 5)}
)
'''
    TARGET.write_text(text, encoding="utf-8")
    print(
        f"{TARGET}: {len(separators)} separators, {len(dropped)} dropped marks, {len(fold)} folds, "
        f"{len(unfolded)} letters folded only here"
    )


if __name__ == "__main__":
    main()
