"""Whether a search's words find more than ``BROAD`` pictures (past that, both engines list the matches newest
ingested first instead of ranking them): counted exactly, up to ``BROAD + 1``, in the order that reads fewest
rows, which the planner's estimates choose.

FTS5 counts from its index alone; PostgreSQL visits a row for every match it counts (a GIN index holds no
visibility), so what costs is which rows. Left to the planner, a common word is counted by a sequential scan
from the first block, stopping at ``BROAD + 1``; but a table larger than a quarter of ``shared_buffers`` is
scanned through a small ring of buffers, so those rows are read from the operating system (or the disk) by
every search: 50 to 100 ms at 1,000,000 pictures with the table in the page cache, seconds without. The words'
bitmap instead holds every match before the first row is read (125,000 for ``credit:zach``), which costs as
much. Read newest first by the primary key, a common word's ``BROAD + 1`` matches are among the newest pictures
— those a broad search lists, so the cached ones — and about ``BROAD / frequency`` rows away.

So a word the planner expects to be common (``newest_first_budget``) is counted newest first, reading at most
twice the rows its estimate says that takes: a word common long ago but rare lately stops there, not at the end
of the table. Otherwise, or when that walk did not find ``BROAD + 1``, the count is the planner's own (the words'
bitmap, stopping at ``BROAD + 1``). Estimates choose only how the matches are counted, never the count.
"""

from __future__ import annotations

from catalog.db.pg.search_schema import VECTOR
from catalog.db.pg.sql import Connection, first, integer
from catalog.db.search import BROAD

HITS = f"SELECT count(*) FROM (SELECT 1 FROM assets WHERE {VECTOR} @@ ?::tsquery LIMIT {BROAD + 1}) AS h"
# the newest ? pictures, by the primary key backwards (the inner LIMIT keeps the walk from being planned
# another way), and their matches up to BROAD + 1
NEWEST_HITS = (
    "SELECT count(*) FROM (SELECT 1 FROM (SELECT search_vector FROM assets ORDER BY id DESC LIMIT ?) AS newest "
    f"WHERE newest.search_vector @@ ?::tsquery LIMIT {BROAD + 1}) AS h"
)
ESTIMATE = f"EXPLAIN (FORMAT JSON) SELECT 1 FROM assets WHERE {VECTOR} @@ ?::tsquery"
PICTURES = "SELECT reltuples FROM pg_class WHERE oid = 'assets'::regclass"


def newest_first_budget(expected: float, pictures: float) -> int | None:
    """How many of the newest pictures to read for ``BROAD + 1`` matches of a word expected in ``expected`` of
    ``pictures`` (the planner's estimates), or None: count in the bitmap's order. Newest first reads about
    ``BROAD * pictures / expected`` rows, the bitmap ``expected`` entries and then ``BROAD`` rows: newest first
    when that walk is no longer than the bitmap, read up to twice its length (never past the table)."""
    if pictures <= 0 or expected * expected < BROAD * pictures:
        return None
    return int(min(2 * BROAD * pictures / expected, pictures)) + 1


def broad(conn: Connection, match: str) -> bool:
    """Whether the tsquery ``match`` finds more than ``BROAD`` pictures."""
    budget = newest_first_budget(*estimates(conn, match))
    if budget is not None and _count(conn, NEWEST_HITS, [budget, match]) > BROAD:
        return True
    return _count(conn, HITS, [match]) > BROAD


def estimates(conn: Connection, match: str) -> tuple[float, float]:
    """The planner's estimates, no row read: the pictures ``match`` finds, and the pictures (-1: never
    analyzed)."""
    plan: object = first(conn.execute(ESTIMATE, [match], prepare=False))[0]
    top = plan[0].get("Plan") if isinstance(plan, list) and plan and isinstance(plan[0], dict) else None
    rows = top.get("Plan Rows") if isinstance(top, dict) else None
    pictures = first(conn.execute(PICTURES, [], prepare=False))[0]
    if not isinstance(rows, int | float) or not isinstance(pictures, int | float):
        raise TypeError(f"no estimate in {plan!r} and {pictures!r}")
    return float(rows), float(pictures)


def _count(conn: Connection, sql: str, params: list[object]) -> int:
    return integer(first(conn.execute(sql, params, prepare=False))[0])
