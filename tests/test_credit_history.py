"""The catalog's credit history (how often each photographer was credited with each agency), kept by triggers,
equals a recount over every asset after inserts, changes of names and agency, and clearing."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from catalog.library import open_library

from .engines import query
from .helpers import photo, run


def _recount(library: Path, exclude: list[int]) -> list[tuple[str, str | None, int]]:
    """How often each (photographer, agency) is credited, counted afresh from every asset's stored list (JSON
    text on both engines), the assets ``exclude`` names left out."""
    counts: Counter[tuple[str, str | None]] = Counter()
    rows = query(library, "SELECT id, credit_photographers, credit_agency FROM assets")
    for asset_id, names, agency in rows:
        if names is not None and asset_id not in exclude:
            counts.update((str(n), None if agency is None else str(agency)) for n in json.loads(str(names)))
    return sorted(((n, a, c) for (n, a), c in counts.items()), key=repr)


def test_credit_counts_equal_a_recount_through_every_kind_of_change(tmp_path: Path, library: Path) -> None:
    for i in range(1, 6):
        photo(tmp_path / "in" / f"{i}.jpg", seed=i, fmt="JPEG")
    assert run("ingest", str(tmp_path / "in")).exit_code == 0
    lib = open_library(library)
    try:
        assets = lib.catalog.assets
        ids = assets.hashed_ids()
        steps = [
            (ids[0], ["Haim Zach"], "GPO"),
            (ids[1], ["Haim Zach", "Amos Ben Gershom"], "GPO"),
            (ids[2], ["Haim Zach"], None),
            (ids[3], ["Avi Ohayon", "Avi Ohayon"], "Flash90"),  # one name twice counts twice, as a recount does
            (ids[1], ["Amos Ben Gershom"], "GPO"),  # a name taken off
            (ids[0], ["Haim Zach"], "Reuters"),  # the agency changed
            (ids[3], None, None),  # credit cleared
            (ids[4], ["מרק ניימן"], "לע״מ"),
        ]
        for asset_id, names, agency in steps:
            with lib.catalog.transaction():
                assets.update(asset_id, {"credit_photographers": names, "credit_agency": agency})
            for exclude in ([], [ids[0]], [ids[1], ids[4]]):
                assert sorted(assets.credit_counts(exclude), key=repr) == _recount(library, exclude)
    finally:
        lib.close()
