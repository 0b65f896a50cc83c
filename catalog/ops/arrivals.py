"""What the desk's arrivals screen shows of the pictures a watch takes (``photodesk watch``): each arrival as it
was recorded, with what a screen needs beside it — the file's name, the seconds from first sight to row, and the
picture's caption and content address (its thumbnail) as the catalog has them now.

The watch may run in another process or on another machine; the ``arrivals`` table is the only thing the two
share, so a screen follows it by id: ``newest`` to start, then ``after`` the last id it has shown.
"""

from __future__ import annotations

import re
from datetime import datetime

from catalog.library import Library
from catalog.model import Arrival, JSONObject

PAGE = 50  # arrivals the screen opens with
BATCH = 200  # arrivals read at a time when following the table
_SEPARATORS = re.compile(r"[\\/]")


def newest_arrivals(library: Library, limit: int = PAGE) -> list[JSONObject]:
    """The latest ``limit`` arrivals, newest first."""
    return arrival_views(library, library.catalog.arrivals.newest(limit))


def arrivals_after(library: Library, last_id: int, limit: int = BATCH) -> list[JSONObject]:
    """Up to ``limit`` arrivals recorded after the one with id ``last_id``, oldest first (ids only grow)."""
    return arrival_views(library, library.catalog.arrivals.after(last_id, limit))


def last_arrival_id(library: Library) -> int:
    """The id of the latest arrival, 0 when nothing has arrived: where a follower with no position starts."""
    latest = library.catalog.arrivals.newest(1)
    return (latest[0].id or 0) if latest else 0


def arrival_views(library: Library, arrivals: list[Arrival]) -> list[JSONObject]:
    """Each arrival's record (``Arrival.to_dict``) with ``name``, ``seconds``, and its asset's ``caption`` and
    ``sha256`` (``has_thumbnail``: whether the store holds one) — None for an arrival with no asset (failed,
    skipped) or none the catalog has. One query for the assets of the lot, none for no arrivals."""
    ids = sorted({a.asset_id for a in arrivals if a.asset_id is not None})
    assets = library.catalog.assets.many(ids) if ids else {}
    views: list[JSONObject] = []
    for arrival in arrivals:
        asset = assets.get(arrival.asset_id) if arrival.asset_id is not None else None
        views.append(
            {
                **arrival.to_dict(),
                "name": file_name(arrival.path),
                "seconds": seconds(arrival),
                "sha256": asset.sha256 if asset else None,
                "has_thumbnail": bool(asset and asset.thumbnail),
                "caption": (asset.caption or asset.headline) if asset else None,
            }
        )
    return views


def file_name(path: str) -> str:
    """The last part of ``path`` whichever system's separators it has: a watch on Windows records ``C:\\drop\\a.jpg``
    and the desk may run on Linux, where ``PurePath`` would keep it whole."""
    return _SEPARATORS.split(path)[-1] or path


def seconds(arrival: Arrival) -> float | None:
    """Seconds from the file's first sight to its row, to the tenth (the watch's latency); None when a time cannot
    be read (a row written by hand)."""
    try:
        start = datetime.fromisoformat(arrival.arrived_at.replace("Z", "+00:00"))
        end = datetime.fromisoformat(arrival.ingested_at.replace("Z", "+00:00"))
        return round((end - start).total_seconds(), 1)
    except (ValueError, TypeError):  # unreadable, or one time with a zone and the other without
        return None
