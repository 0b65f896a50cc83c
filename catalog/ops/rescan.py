"""``photodesk dupes scan``: hash what has no hashes (an older library's pictures), then examine the whole library
for copies again."""

from __future__ import annotations

from collections.abc import Callable

from catalog.dupes.hashing import compute
from catalog.dupes.neighbors import DEFAULT_CANDIDATES, CandidateThresholds
from catalog.library import Library
from catalog.media.imaging import decode
from catalog.media.sniff import sniff
from catalog.model import now_iso
from catalog.ops.dupes import REPLACE, build_index, find_pairs, list_groups, regroup


def scan(
    library: Library,
    thresholds: CandidateThresholds = DEFAULT_CANDIDATES,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Hash what has no hashes (from the stored originals, by the ingest decode path), then re-examine all.

    The pictures to hash are a shared work queue (``catalog.queue``): scans on several machines at once each take
    pictures the others do not hold, so each is hashed once; ``hashed`` counts this scan's."""
    catalog = library.catalog
    total = catalog.queue.unhashed_count()
    hashed = 0
    while True:
        with catalog.transaction():
            taken = catalog.queue.claim_unhashed()
            for asset in taken:
                data = library.store.read(asset.path)
                decoded = decode(data, asset.format or sniff(data[:32]) or "JPEG", asset.filename or asset.path)
                catalog.assets.set_hashes(asset.id, compute(decoded.image))
                hashed += 1
                if progress:
                    progress(min(hashed, total), total)
        if not taken:
            break
    ids = catalog.assets.hashed_ids()
    with catalog.transaction():
        catalog.dupes.forget_all()
    pairs = find_pairs(library, ids, build_index(library), thresholds)
    regroup(library, new_ids=None, mode=REPLACE)
    with catalog.transaction():
        catalog.assets.mark_dupes_checked(ids, now_iso())
    groups = list_groups(library)
    return {
        "hashed": hashed,
        "pairs_verified": len(pairs),
        "copies": sum(p[4].same for p in pairs),
        "groups": len(groups),
    }
