"""Variant spellings for the desk to look at: clusters of photographer names, and the queue of doubts.

In the spirit of OpenRefine's clustering: names whose letters collide once case, accents, punctuation and word
order are folded ('HAIM ZACH', 'Zach Haim'), and nearest neighbours within a few edits ('Haim Zch').
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz.distance import OSA

from catalog.credits.names import max_edits
from catalog.library import Library
from catalog.model import JSONObject
from catalog.text import name_key


def fingerprint(name: str) -> str:
    return " ".join(sorted(set(name_key(name).replace(".", "").split())))


def clusters(library: Library) -> list[JSONObject]:
    """Groups of two or more spellings that may be one photographer, with how often each was credited.

    Names are counted as decided: a written spelling that a correction, a merge or the authority already fixed
    is settled and is not offered for a decision again (an undone correction makes it count once more)."""
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
    clustered = [sorted(m, key=lambda n: (-counts[n], n)) for m in groups.values() if len(m) >= 2]
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
