"""Variant spellings for the desk to look at: clusters of photographer names, and the queue of doubts.

In the spirit of OpenRefine's clustering: names whose letters collide once case, accents, punctuation and word
order are folded ('HAIM ZACH', 'Zach Haim'), and nearest neighbours within a few edits ('Haim Zch').

The desk answers each: a cluster's spellings merged into the one it chooses (``merge_cluster``, the CLI's
``credits merge`` for each), or the cluster kept as written (``keep_cluster``: not offered again until a new
spelling joins it); a queued name accepted (its candidate: ``credits merge WRITTEN --into CANDIDATE``), merged into
another name, or kept as written (``keep_review``: the review settled, the name left as it is).
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz.distance import OSA

from catalog.credits.names import max_edits
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.model import JSONObject, Review, now_iso
from catalog.ops.corrections import merge
from catalog.text import name_key


class ReviewError(PhotodeskError):
    pass


def fingerprint(name: str) -> str:
    return " ".join(sorted(set(name_key(name).replace(".", "").split())))


def clusters(library: Library) -> list[JSONObject]:
    """Groups of two or more spellings that may be one photographer, with how often each was credited.

    Names are counted as decided: a written spelling that a correction, a merge or the authority already fixed
    is settled and is not offered for a decision again (an undone correction makes it count once more). A cluster
    the desk kept as written is not offered again either, unless a spelling it did not hold has joined it."""
    counts: dict[str, int] = defaultdict(int)
    agencies: dict[str, set[str]] = defaultdict(set)
    for final, agency in library.catalog.assets.decided_credits():
        for name in set(final):
            counts[name] += 1
            if agency:
                agencies[name].add(agency)
    names = sorted(counts)
    parent = {n: n for n in names}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    by_print: dict[str, list[str]] = defaultdict(list)
    for n in names:
        by_print[fingerprint(n)].append(n)
    for group in by_print.values():
        for other in group[1:]:
            parent[find(other)] = find(group[0])
    keys = {n: name_key(n) for n in names}
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            limit = min(max_edits(keys[a]), max_edits(keys[b]))
            if limit and OSA.distance(keys[a], keys[b], score_cutoff=limit) <= limit:
                parent[find(b)] = find(a)
    groups: dict[str, list[str]] = defaultdict(list)
    for n in names:
        groups[find(n)].append(n)
    kept = [{name_key(n) for n in names} for names in library.catalog.log.dismissed_clusters()]
    clustered = [
        sorted(m, key=lambda n: (-counts[n], n))
        for m in groups.values()
        if len(m) >= 2 and not any({keys[n] for n in m} <= k for k in kept)
    ]
    clustered.sort(key=lambda m: -sum(counts[n] for n in m))
    return [
        {
            "names": [{"name": n, "count": counts[n], "agencies": sorted(agencies[n])} for n in members],
            "suggested": members[0],
        }
        for members in clustered
    ]


def open_reviews(library: Library) -> list[JSONObject]:
    return [r.to_dict() for r in library.catalog.log.open_reviews()]


def keep_cluster(library: Library, names: list[str]) -> JSONObject:
    """Keep a cluster's spellings as written: they are different people (or the desk wants them so). Only a
    cluster on offer can be kept, named by all its spellings."""
    wanted = {name_key(n) for n in names}
    offered = [g for g in clusters(library) if {name_key(str(n["name"])) for n in _names(g)} == wanted]
    if not offered:
        raise ReviewError("no such cluster on offer: reload the review page")
    spellings = [str(n["name"]) for n in _names(offered[0])]
    with library.catalog.transaction():
        library.catalog.log.dismiss_cluster(spellings, now_iso())
    return {"kept": spellings}


def merge_cluster(library: Library, names: list[str], into: str) -> JSONObject:
    """Merge each of ``names`` but ``into`` into ``into``, as ``credits merge NAME --into INTO`` one after the
    other, all or nothing."""
    variants = list(dict.fromkeys(n for n in names if name_key(n) != name_key(into)))
    if not into.strip() or not variants:
        raise ReviewError("choose the spelling to keep and at least one other to merge into it")
    with library.catalog.transaction():
        merged = [merge(library, v, into) for v in variants]
    return {"into": into, "merged": merged}


def accept_review(library: Library, review_id: int) -> JSONObject:
    """Take a queued name's candidate: ``credits merge WRITTEN --into CANDIDATE``."""
    review = _open(library, review_id)
    if not review.candidate:
        raise ReviewError(f"review {review_id} has no candidate to accept: merge it into a name, or keep it")
    return merge(library, review.written, review.candidate)


def merge_review(library: Library, review_id: int, into: str) -> JSONObject:
    """Merge a queued name into a name the desk gives: ``credits merge WRITTEN --into INTO``."""
    review = _open(library, review_id)
    if not into.strip():
        raise ReviewError("name the photographer to merge into")
    return merge(library, review.written, into.strip())


def keep_review(library: Library, review_id: int) -> JSONObject:
    """Keep a queued name as written: the review is settled and the picture's credit stays as it is."""
    catalog = library.catalog
    with catalog.transaction():
        review = _open(library, review_id)
        catalog.log.close_review(review_id, now_iso())
    return {"kept": review.written, "asset_id": review.asset_id, "review": review_id}


def _open(library: Library, review_id: int) -> Review:
    review = library.catalog.log.open_review(review_id)
    if review is None:
        raise ReviewError(f"review {review_id} is settled already (or was never queued): reload the review page")
    return review


def _names(cluster: JSONObject) -> list[JSONObject]:
    names = cluster["names"]
    assert isinstance(names, list)
    return [n for n in names if isinstance(n, dict)]
