"""How PostgreSQL counts a search's matches up to BROAD + 1 (``catalog.db.pg.hits``): newest first for a word
the planner expects to be common, for a walk no longer than the words' bitmap and at most twice as long as it
should take; otherwise in the bitmap's order. The count itself (both orders agree) is proved with the engines
in ``test_pg_search.py``."""

from __future__ import annotations

import pytest

from catalog.db.pg.hits import newest_first_budget
from catalog.db.search import BROAD


@pytest.mark.parametrize(
    ("expected", "pictures", "budget"),
    [
        (1_000_000, 1_000_000, 2 * BROAD + 1),  # every picture: twice BROAD of the newest
        (266_311, 1_000_000, int(2 * BROAD * 1_000_000 / 266_311) + 1),  # 'minister': 37,551 of the newest
        (100_000, 100_000, 2 * BROAD + 1),
        (5_050, 5_077, 5_077 + 1),  # most of a small table: all of it, no more
    ],
)
def test_a_common_word_is_counted_among_the_newest_pictures(expected: float, pictures: float, budget: int) -> None:
    assert newest_first_budget(expected, pictures) == budget


@pytest.mark.parametrize(
    ("expected", "pictures"),
    [
        (34_191, 1_000_000),  # 3 %: a walk of 146,000 rows against a bitmap of 34,000
        (12_553, 100_000),  # 'credit:zach' at 100,000: a walk of 40,000 rows against 12,553
        (6_884, 1_000_000),
        (0, 1_000_000),
        (50, 0),  # an empty table, as the planner sees it
        (50, -1),  # never analyzed: nothing to go by
    ],
)
def test_any_other_is_counted_in_the_bitmaps_order(expected: float, pictures: float) -> None:
    assert newest_first_budget(expected, pictures) is None
