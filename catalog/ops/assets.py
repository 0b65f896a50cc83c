"""Reading assets back: by id or SHA-256 prefix, the latest, and the public JSON shape."""

from __future__ import annotations

import json
import re
from typing import Any

from catalog.credits.line import parse_credit
from catalog.errors import AmbiguousId, AssetNotFound, InvalidId
from catalog.library import Library

MIN_PREFIX = 6
_HEX = re.compile(r"[0-9a-f]+")


def resolve_id(library: Library, ident: str) -> int:
    """An integer id, or a unique SHA-256 prefix of at least 6 hex digits.

    All-digit text is tried as an id first, then (6 digits or more) as a prefix, so ``123456`` finds asset
    123456 when there is one and a SHA-256 starting ``123456`` otherwise.
    """
    text = ident.strip().lower()
    if text.isdigit():
        row = library.db.execute("SELECT id FROM assets WHERE id = ?", [int(text)]).fetchone()
        if row:
            return int(row[0])
        if len(text) < MIN_PREFIX:
            raise AssetNotFound(ident)
    if len(text) < MIN_PREFIX or not _HEX.fullmatch(text):
        raise InvalidId(ident)
    rows = library.db.execute(
        "SELECT id FROM assets WHERE sha256 >= ? AND sha256 < ? LIMIT 2", [text, text + "g"]
    ).fetchall()
    if not rows:
        raise AssetNotFound(ident)
    if len(rows) > 1:
        count = library.db.execute(
            "SELECT count(*) FROM assets WHERE sha256 >= ? AND sha256 < ?", [text, text + "g"]
        ).fetchone()[0]
        raise AmbiguousId(ident, int(count))
    return int(rows[0][0])


def get_asset(library: Library, ident: str, *, raw: bool = True) -> dict[str, Any]:
    asset_id = resolve_id(library, ident)
    return assets_by_ids(library, [asset_id], raw=raw)[0]


def latest(library: Library, limit: int = 20) -> list[dict[str, Any]]:
    ids = [
        r[0] for r in library.db.execute("SELECT id FROM assets ORDER BY ingested_at DESC, id DESC LIMIT ?", [limit])
    ]
    return assets_by_ids(library, ids, raw=False)


def assets_by_ids(library: Library, ids: list[int], *, raw: bool = False) -> list[dict[str, Any]]:
    """Asset objects in the order of ``ids``; ``raw`` adds the metadata exactly as read from the file."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = {r["id"]: r for r in library.db.query(f"SELECT * FROM assets WHERE id IN ({marks})", ids)}
    sources: dict[int, list[str]] = {i: [] for i in ids}
    for asset_id, path in library.db.execute(
        f"SELECT asset_id, path FROM asset_sources WHERE asset_id IN ({marks}) ORDER BY id", ids
    ):
        sources[asset_id].append(path)
    corrections: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for r in library.db.query(f"SELECT * FROM corrections WHERE asset_id IN ({marks}) ORDER BY id", ids):
        corrections[r["asset_id"]].append(
            {
                "id": r["id"],
                "field": r["field"],
                "from": r["from_value"],
                "to": r["to_value"],
                "rule": r["rule"],
                "score": r["score"],
                "reason": r["reason"],
                "at": r["created_at"],
                "undone_at": r["undone_at"],
            }
        )
    out = []
    for i in ids:
        if i not in rows:
            continue
        asset = to_json(rows[i], sources[i], raw=raw)
        asset["corrections"] = corrections[i]
        if raw:
            asset["caption_sources"] = [
                {k: (json.loads(v) if k == "people" and v else v) for k, v in r.items() if k not in ("id", "asset_id")}
                for r in library.db.query("SELECT * FROM caption_sources WHERE asset_id = ? ORDER BY id", [i])
            ]
        out.append(asset)
    return out


def to_json(row: dict[str, Any], source_paths: list[str], *, raw: bool = False) -> dict[str, Any]:
    """The public asset object (README: 'The asset object'). Keys are an interface: add, never rename."""
    camera = camera_name(row.get("camera_make"), row.get("camera_model"))
    gps = None
    if row.get("gps_lat") is not None and row.get("gps_lon") is not None:
        gps = {"lat": row["gps_lat"], "lon": row["gps_lon"]}
    location = (
        ", ".join(v for v in (row.get(k) for k in ("sublocation", "city", "province_state", "country")) if v) or None
    )
    out: dict[str, Any] = {
        "id": row["id"],
        "sha256": row["sha256"],
        "path": row["path"],
        "filename": row.get("filename"),
        "source_paths": source_paths,
        "format": row.get("format"),
        "width": row.get("width"),
        "height": row.get("height"),
        "bytes": row.get("bytes"),
        "taken_at": row.get("taken_at"),
        "camera": camera,
        "lens": row.get("lens"),
        "caption": row.get("caption"),
        "headline": row.get("headline"),
        "byline": row.get("byline"),
        "credit": credit_json(row),
        "source": row.get("source"),
        "copyright": row.get("copyright"),
        "keywords": _list(row.get("keywords")),
        "people": _list(row.get("people")),
        "location": location,
        "city": row.get("city"),
        "country": row.get("country"),
        "gps": gps,
        "instructions": row.get("instructions"),
        "object_name": row.get("object_name"),
        "thumbnail": row.get("thumbnail"),
        "conflicts": _list(row.get("conflicts")) + _list(row.get("source_conflicts")),
        "caption_source": row.get("caption_source"),
        "credit_source": row.get("credit_source"),
        "warnings": _list(row.get("warnings")),
        "ingested_at": row.get("ingested_at"),
        "batch_id": row.get("batch_id"),
        "duplicate_of": row.get("duplicate_of"),
    }
    if raw:
        out["raw"] = json.loads(row["metadata_raw"]) if row.get("metadata_raw") else {}
    return out


def credit_json(row: dict[str, Any]) -> dict[str, Any]:
    """The credit object: ``raw`` as read, the names as corrected (``photographers_written`` as parsed)."""
    if row.get("linked_at") is None:  # not resolved yet (a dry run, an interrupted batch): parse on the fly
        parsed = parse_credit(row["credit_raw"]) if row.get("credit_raw") else None
        if parsed is None:
            return {
                "raw": row.get("credit_raw"),
                "photographers": [],
                "agency": None,
                "kind": None,
                "line": None,
                "distributor": None,
                "photographers_written": [],
            }
        return {**parsed.to_dict(), "photographers_written": list(parsed.photographers)}
    return {
        "raw": row.get("credit_raw"),
        "photographers": _list(row.get("credit_photographers")),
        "agency": row.get("credit_agency"),
        "kind": row.get("credit_kind"),
        "line": row.get("credit_line"),
        "distributor": row.get("credit_distributor"),
        "photographers_written": _list(row.get("credit_photographers_raw")),
    }


def camera_name(make: str | None, model: str | None) -> str | None:
    """'Canon' + 'Canon EOS 5D' -> 'Canon EOS 5D' (models often repeat the make)."""
    if not model:
        return make or None
    if not make or model.lower().startswith(make.split()[0].lower()):
        return model
    return f"{make} {model}"


def _list(text: str | None) -> list[Any]:
    if not text:
        return []
    value = json.loads(text)
    return value if isinstance(value, list) else []
