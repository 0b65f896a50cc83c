"""Duplicate groups: find every copy of a picture, keep one master, lose nothing.

Pairs come from the hash index (``neighbors``) and are decided by ``verify`` (pixel-identical files need no
verification); every decision is stored in ``dupe_pairs``. Verified pairs join into groups; each group has one
keeper — the largest picture (content area, frames not counted), then the less derived (not a screenshot, not
framed), then the richer caption and credit, then the earliest — and the others point at it (``duplicate_of``).
At ingest an existing keeper stays keeper unless ``on_duplicate='replace'``; ``skip`` records that a copy was seen
and removes what was stored for it. ``scan`` hashes assets that have no hashes yet (older libraries) and
re-examines everything; ``merge`` carries a copy's caption, credit and people onto its keeper, logged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PIL import Image

from catalog.dupes.hashing import HASH_VERSION, Hashes, compute
from catalog.dupes.neighbors import DEFAULT_CANDIDATES, CandidateThresholds, HashIndex
from catalog.dupes.verify import Verdict, gray_array, verify_views
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.media.imaging import decode
from catalog.media.sniff import sniff
from catalog.model import now_iso
from catalog.search.text import refresh as refresh_search

KEEP, SKIP, REPLACE = "keep", "skip", "replace"


class DupesError(PhotodeskError):
    pass


def hash_columns(h: Hashes) -> dict[str, Any]:
    return {
        "phash": h.phash,
        "dhash": h.dhash,
        "phash_mirror": h.phash_mirror,
        "hash_regions": json.dumps(h.regions),
        "trim": json.dumps(list(h.trim)),
        "flat": int(h.flat),
        "pixel_digest": h.pixels,
        "hash_version": HASH_VERSION,
    }


def hashes_of(row: dict[str, Any]) -> Hashes | None:
    if not row.get("phash"):
        return None
    trim = json.loads(row["trim"]) if row.get("trim") else [0.0, 0.0, 1.0, 1.0]
    return Hashes(
        row["phash"],
        row["dhash"],
        row["phash_mirror"],
        json.loads(row["hash_regions"] or "[]"),
        (trim[0], trim[1], trim[2], trim[3]),
        bool(row.get("flat")),
        row.get("pixel_digest") or "",
    )


def build_index(library: Library) -> HashIndex:
    index = HashIndex()
    for row in library.db.query(
        "SELECT id, phash, dhash, phash_mirror, hash_regions, trim, flat, pixel_digest "
        "FROM assets WHERE phash IS NOT NULL ORDER BY id"
    ):
        h = hashes_of(row)
        if h is not None:
            index.add(row["id"], h)
    return index


def thumbnail_views(library: Library, row: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """(trimmed, whole) grayscale views from the stored thumbnail: what verification compares."""
    return views_of(library.store.abspath(row["thumbnail"]), row)


def views_of(thumbnail: Any, row: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """(trimmed, whole) views of a thumbnail (a path or a file object) cut by the row's trim box."""
    with Image.open(thumbnail) as im:
        whole = im.convert("L")
    left, top, right, bottom = json.loads(row["trim"]) if row.get("trim") else (0.0, 0.0, 1.0, 1.0)
    w, h = whole.size
    trimmed = whole.crop((round(left * w), round(top * h), round(right * w), round(bottom * h)))
    return gray_array(trimmed), gray_array(whole)


@dataclass
class CopyNote:
    """What ingest reports about a picture that turned out to be a copy."""

    asset_id: int
    duplicate_of: int
    via: str
    distance: int
    differences: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "asset_id": self.asset_id,
            "duplicate_of": self.duplicate_of,
            "via": self.via,
            "distance": self.distance,
            "differences": self.differences,
        }


def find_pairs(
    library: Library, asset_ids: Iterable[int], index: HashIndex, thresholds: CandidateThresholds = DEFAULT_CANDIDATES
) -> list[tuple[int, int, str, int, Verdict]]:
    """Look each asset up and verify every candidate pair not decided before; store and return the decisions."""
    rows: dict[int, dict[str, Any]] = {}

    def row_of(asset_id: int) -> dict[str, Any] | None:
        if asset_id not in rows:
            found = next(library.db.query("SELECT * FROM assets WHERE id = ?", [asset_id]), None)
            if found is None:
                return None
            rows[asset_id] = dict(found)
        return rows[asset_id]

    views: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    decided: set[tuple[int, int]] = set()
    out = []
    for asset_id in asset_ids:
        row = row_of(asset_id)
        h = hashes_of(row) if row else None
        if row is None or h is None:
            continue
        for c in index.candidates(h, exclude=asset_id, thresholds=thresholds):
            a, b = sorted((asset_id, c.asset_id))
            other = row_of(c.asset_id)
            if (a, b) in decided or other is None or _decided(library, a, b):
                continue
            decided.add((a, b))
            if row["pixel_digest"] and row["pixel_digest"] == other["pixel_digest"]:
                verdict = Verdict(True, "pixels-identical", containment=1.0, correlation=1.0, reason="same pixels")
            else:
                for i in (asset_id, c.asset_id):
                    if i not in views:
                        views[i] = thumbnail_views(library, rows[i])
                verdict = verify_views(
                    views[asset_id],
                    views[c.asset_id],
                    flat=bool(row["flat"]) and bool(other["flat"]),
                    mirrored_first=c.via == "mirror",
                )
            out.append((a, b, c.via, c.distance, verdict))
    with library.transaction() as db:
        for a, b, via, dist, v in out:
            db.execute(
                "INSERT OR REPLACE INTO dupe_pairs (asset_id, other_id, via, distance, same, method, inliers, "
                "containment, correlation, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    a,
                    b,
                    via,
                    dist,
                    int(v.same),
                    v.method,
                    v.inliers,
                    round(v.containment, 4),
                    round(v.correlation, 4),
                    v.reason,
                    now_iso(),
                ],
            )
    return out


def _decided(library: Library, a: int, b: int) -> bool:
    return (
        library.db.execute("SELECT 1 FROM dupe_pairs WHERE asset_id = ? AND other_id = ?", [a, b]).fetchone()
        is not None
    )


def content_area(row: dict[str, Any]) -> float:
    left, top, right, bottom = json.loads(row["trim"]) if row.get("trim") else (0.0, 0.0, 1.0, 1.0)
    return float((row.get("width") or 0) * (row.get("height") or 0) * (right - left) * (bottom - top))


def choose_keeper(rows: list[dict[str, Any]]) -> int:
    """The best copy: the largest content area (frames not counted; within 8%, as trims are measured at working
    size), then the less derived (not a screenshot, not framed), the richer caption and credit, the less
    recompressed (more bytes), the earliest."""
    biggest = max(content_area(r) for r in rows)
    tier = [r for r in rows if content_area(r) >= 0.92 * biggest]

    def key(row: dict[str, Any]) -> tuple[Any, ...]:
        left, top, right, bottom = json.loads(row["trim"]) if row.get("trim") else (0.0, 0.0, 1.0, 1.0)
        derived = int(row.get("credit_kind") == "screenshot") + int((right - left) * (bottom - top) < 0.98)
        richness = len(row.get("caption") or "") + (200 if row.get("credit_raw") else 0)
        return (derived, -richness, -(row.get("bytes") or 0), row["id"])

    return int(min(tier, key=key)["id"])


def _components(library: Library) -> list[list[int]]:
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in library.db.execute("SELECT asset_id, other_id FROM dupe_pairs WHERE same = 1"):
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def regroup(library: Library, *, new_ids: frozenset[int] | None = None, mode: str = KEEP) -> dict[int, int]:
    """Recompute ``duplicate_of`` for the groups that hold ``new_ids`` (every group when None); returns
    {copy: keeper} for the copies among ``new_ids`` (and, with 'replace', the old members a new keeper took over)."""
    touched = new_ids or frozenset()
    copies: dict[int, int] = {}
    with library.transaction() as db:
        if new_ids is None:
            db.execute("UPDATE assets SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL")
        for members in _components(library):
            if new_ids is not None and not touched.intersection(members):
                continue
            marks = ", ".join("?" * len(members))
            rows = {r["id"]: dict(r) for r in db.query(f"SELECT * FROM assets WHERE id IN ({marks})", members)}
            present = [m for m in members if m in rows]
            old = [m for m in present if m not in touched]
            pool = old if (mode == KEEP and old) else present
            keeper = choose_keeper([rows[m] for m in pool])
            if mode == KEEP:
                previous = [m for m in old if rows[m]["duplicate_of"] is None and _was_keeper(db, m)]
                keeper = choose_keeper([rows[m] for m in previous]) if previous else keeper
            for m in present:
                db.execute("UPDATE assets SET duplicate_of = ? WHERE id = ?", [None if m == keeper else keeper, m])
                if m != keeper and (m in touched or (mode == REPLACE and keeper in touched)):
                    copies[m] = keeper
    return copies


def _was_keeper(db: Any, asset_id: int) -> bool:
    return db.execute("SELECT 1 FROM assets WHERE duplicate_of = ? LIMIT 1", [asset_id]).fetchone() is not None


def after_ingest(library: Library, new_ids: list[int], mode: str = KEEP) -> list[CopyNote]:
    """The dedupe step of ingest: find the new pictures' copies, group them, and apply ``mode``."""
    if not new_ids:
        return []
    pairs = find_pairs(library, new_ids, build_index(library))
    copies = regroup(library, new_ids=frozenset(new_ids), mode=REPLACE if mode == REPLACE else KEEP)
    best: dict[int, tuple[str, int]] = {}
    for a, b, via, dist, v in pairs:
        if v.same:
            for x in (a, b):
                if x not in best or best[x][1] > dist:
                    best[x] = (via, dist)
    notes = []
    for copy, keeper in sorted(copies.items()):
        via, dist = best.get(copy, ("group", 0))
        notes.append(CopyNote(copy, keeper, via, dist, _differences(library, copy, keeper)))
    return notes


def _differences(library: Library, copy: int, keeper: int) -> list[str]:
    rows = {
        r["id"]: r
        for r in library.db.query(
            "SELECT id, caption, credit_line, headline FROM assets WHERE id IN (?, ?)", [copy, keeper]
        )
    }
    out = []
    for name, column in (("caption", "caption"), ("credit", "credit_line"), ("headline", "headline")):
        mine, theirs = rows[copy][column], rows[keeper][column]
        if mine and not theirs:
            out.append(f"brings a {name} its keeper lacks")
        elif mine and theirs and mine.strip() != theirs.strip():
            out.append(f"has a different {name}")
    return out


@dataclass
class Group:
    keeper: int
    members: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.keeper, "keeper": self.keeper, "members": self.members}


def list_groups(library: Library, *, max_distance: int | None = None) -> list[Group]:
    """Every group: its keeper, and each copy with how it was found and verified."""
    pairs: dict[tuple[int, int], dict[str, Any]] = {}
    for r in library.db.query("SELECT * FROM dupe_pairs WHERE same = 1"):
        pairs[(r["asset_id"], r["other_id"])] = r
    out = []
    for keeper_row in library.db.query(
        "SELECT id, filename, width, height FROM assets WHERE id IN "
        "(SELECT DISTINCT duplicate_of FROM assets WHERE duplicate_of IS NOT NULL) "
        "ORDER BY id"
    ):
        keeper = keeper_row["id"]
        members = [
            {
                "id": keeper,
                "filename": keeper_row["filename"],
                "keeper": True,
                "size": f"{keeper_row['width']}x{keeper_row['height']}",
            }
        ]
        for m in library.db.query(
            "SELECT id, filename, width, height FROM assets WHERE duplicate_of = ? ORDER BY id", [keeper]
        ):
            link = pairs.get((min(m["id"], keeper), max(m["id"], keeper)))
            entry = {
                "id": m["id"],
                "filename": m["filename"],
                "keeper": False,
                "size": f"{m['width']}x{m['height']}",
                "via": link["via"] if link else "group",
                "distance": link["distance"] if link else None,
                "method": link["method"] if link else None,
                "containment": link["containment"] if link else None,
            }
            if max_distance is not None and entry["distance"] is not None and entry["distance"] > max_distance:
                continue
            members.append(entry)
        if len(members) > 1:
            out.append(Group(keeper, members))
    return out


def scan(
    library: Library,
    thresholds: CandidateThresholds = DEFAULT_CANDIDATES,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Hash what has no hashes (from the stored originals, by the ingest decode path), then re-examine all."""
    missing = [
        dict(r)
        for r in library.db.query(
            "SELECT id, path, format, filename FROM assets WHERE phash IS NULL OR hash_version IS NOT ?", [HASH_VERSION]
        )
    ]
    for done, row in enumerate(missing, 1):
        data = library.store.abspath(row["path"]).read_bytes()
        decoded = decode(data, row["format"] or sniff(data[:32]) or "JPEG", row["filename"] or row["path"])
        with library.transaction() as db:
            db.table("assets").update(row["id"], hash_columns(compute(decoded.image)))
        if progress:
            progress(done, len(missing))
    ids = [r[0] for r in library.db.execute("SELECT id FROM assets WHERE phash IS NOT NULL ORDER BY id")]
    with library.transaction() as db:
        db.execute("DELETE FROM dupe_pairs")
    pairs = find_pairs(library, ids, build_index(library), thresholds)
    regroup(library, new_ids=None, mode=REPLACE)
    groups = list_groups(library)
    return {
        "hashed": len(missing),
        "pairs_verified": len(pairs),
        "copies": sum(p[4].same for p in pairs),
        "groups": len(groups),
    }


MERGE_FIELDS = (("caption", "caption"), ("headline", "headline"), ("credit", "credit_raw"))


def merge(library: Library, ident: int) -> dict[str, Any]:
    """Carry what copies know and the keeper lacks onto the keeper (caption, headline, credit, people), logged."""
    row = next(library.db.query("SELECT id, duplicate_of FROM assets WHERE id = ?", [ident]), None)
    if row is None:
        raise DupesError(f"no asset {ident}")
    keeper = row["duplicate_of"] or row["id"]
    members = [dict(r) for r in library.db.query("SELECT * FROM assets WHERE duplicate_of = ? ORDER BY id", [keeper])]
    if not members:
        raise DupesError(f"asset {ident} is in no duplicate group (see 'photodesk dupes')")
    keeper_row = dict(next(library.db.query("SELECT * FROM assets WHERE id = ?", [keeper])))
    carried, conflicts = [], []
    with library.transaction() as db:
        for name, column in MERGE_FIELDS:
            values = [(m["id"], m[column]) for m in members if m[column]]
            if not values:
                continue
            if not keeper_row[column]:
                source, value = values[0]
                db.execute(f"UPDATE assets SET {column} = ? WHERE id = ?", [value, keeper])
                if name == "credit":
                    for extra in (
                        "credit_agency",
                        "credit_kind",
                        "credit_line",
                        "credit_distributor",
                        "credit_photographers",
                        "credit_photographers_raw",
                    ):
                        db.execute(
                            f"UPDATE assets SET {extra} = ? WHERE id = ?",
                            [next(m for m in members if m["id"] == source)[extra], keeper],
                        )
                db.table("corrections").insert(
                    {
                        "asset_id": keeper,
                        "field": name,
                        "from_value": "",
                        "to_value": value,
                        "rule": "dupes-merge",
                        "score": None,
                        "reason": f"carried from copy {source}",
                        "created_at": now_iso(),
                    }
                )
                carried.append({"field": name, "from_copy": source, "value": value})
            else:
                conflicts += [
                    {"field": name, "copy": s, "value": v, "keeper_value": keeper_row[column]}
                    for s, v in values
                    if v.strip() != keeper_row[column].strip()
                ]
        people = list(
            dict.fromkeys(
                json.loads(keeper_row["people"] or "[]") + [p for m in members for p in json.loads(m["people"] or "[]")]
            )
        )
        if people != json.loads(keeper_row["people"] or "[]"):
            db.execute("UPDATE assets SET people = ? WHERE id = ?", [json.dumps(people, ensure_ascii=False), keeper])
            for p in people:
                db.execute(
                    "INSERT OR IGNORE INTO asset_people (asset_id, name, source, created_at) "
                    "VALUES (?, ?, 'dupes-merge', ?)",
                    [keeper, p, now_iso()],
                )
            carried.append({"field": "people", "value": people})
        refresh_search(db, [keeper])
    return {"group": keeper, "keeper": keeper, "carried": carried, "conflicts": conflicts}
