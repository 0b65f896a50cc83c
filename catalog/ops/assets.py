"""Reading assets back: by id or SHA-256 prefix, the latest, a search or a selection, and the public JSON shape."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from catalog.errors import AmbiguousId, AssetNotFound, InvalidId, InvalidQuery
from catalog.library import Library
from catalog.model import JSON, Asset, JSONObject
from catalog.search.query import Query, parse

MIN_PREFIX = 6
_HEX = re.compile(r"[0-9a-f]+")


def resolve_id(library: Library, ident: str) -> int:
    """An integer id, or a unique SHA-256 prefix of at least 6 hex digits.

    All-digit text is tried as an id first, then (6 digits or more) as a prefix, so ``123456`` finds asset
    123456 when there is one and a SHA-256 starting ``123456`` otherwise.
    """
    assets = library.catalog.assets
    text = ident.strip().lower()
    if text.isdigit():
        if assets.exists(int(text)):
            return int(text)
        if len(text) < MIN_PREFIX:
            raise AssetNotFound(ident)
    if len(text) < MIN_PREFIX or not _HEX.fullmatch(text):
        raise InvalidId(ident)
    found = assets.with_prefix(text, 2)
    if not found:
        raise AssetNotFound(ident)
    if len(found) > 1:
        raise AmbiguousId(ident, assets.count_prefix(text))
    return found[0]


def get_asset(library: Library, ident: str, *, raw: bool = True) -> JSONObject:
    asset_id = resolve_id(library, ident)
    return assets_by_ids(library, [asset_id], raw=raw)[0]


def latest(library: Library, limit: int = 20) -> list[JSONObject]:
    return assets_by_ids(library, library.catalog.assets.latest(limit), raw=False)


def search(library: Library, query: Query, *, limit: int | None = 50, offset: int = 0) -> list[int]:
    """Matching asset ids, best first (see ``catalog.db.search``); ``limit`` None is every match."""
    return library.catalog.search.run(query, limit=limit, offset=offset)


def select(library: Library, text: str | None, ids: list[str], *, limit: int | None = None) -> list[int]:
    """The assets a command works on: ``--ids`` (numbers or SHA-256 prefixes, in the order given) or a query.

    The whole selection unless ``limit`` is given: a command that cuts it must say so (``export --limit``)."""
    if ids:
        return list(dict.fromkeys(resolve_id(library, i) for i in ids))[:limit]
    if text is None or not text.strip():
        raise InvalidQuery("say which pictures: a query, or --ids")
    return search(library, parse(text), limit=limit)


def assets_by_ids(library: Library, ids: list[int], *, raw: bool = False) -> list[JSONObject]:
    """Asset objects in the order of ``ids``; ``raw`` adds the metadata exactly as read from the file."""
    if not ids:
        return []
    catalog = library.catalog
    records = catalog.assets.many(ids)
    sources = catalog.assets.source_paths(ids)
    corrections = catalog.log.corrections_of(ids)
    out = []
    for i in ids:
        if i not in records:
            continue
        asset = to_json(records[i], sources[i], raw=raw)
        asset["corrections"] = [c.to_dict() for c in corrections[i]]
        if raw:
            asset["caption_sources"] = [s.to_dict() for s in catalog.offers.of(i)]
        out.append(asset)
    return out


def to_json(asset: Asset, source_paths: list[str], *, raw: bool = False) -> JSONObject:
    """The public asset object (README: 'The asset object'). Keys are an interface: add, never rename."""
    a = asset
    gps: JSON = {"lat": a.gps_lat, "lon": a.gps_lon} if a.gps_lat is not None and a.gps_lon is not None else None
    location = ", ".join(v for v in (a.sublocation, a.city, a.province_state, a.country) if v) or None
    out: JSONObject = {
        "id": a.id,
        "sha256": a.sha256,
        "path": a.path,
        "filename": a.filename,
        "source_paths": source_paths,
        "format": a.format,
        "width": a.width,
        "height": a.height,
        "bytes": a.bytes,
        "taken_at": a.taken_at,
        "camera": camera_name(a.camera_make, a.camera_model),
        "lens": a.lens,
        "caption": a.caption,
        "headline": a.headline,
        "byline": a.byline,
        "credit": credit_json(a),
        "source": a.source,
        "copyright": a.copyright,
        "keywords": a.keywords,
        "people": a.people,
        "location": location,
        "city": a.city,
        "country": a.country,
        "gps": gps,
        "instructions": a.instructions,
        "object_name": a.object_name,
        "thumbnail": a.thumbnail,
        "conflicts": [*a.conflicts, *a.source_conflicts],
        "caption_source": a.caption_source,
        "credit_source": a.credit_source,
        "warnings": a.warnings,
        "ingested_at": a.ingested_at,
        "batch_id": a.batch_id,
        "duplicate_of": a.duplicate_of,
        "version": a.version,
    }
    if raw:
        decoded = json.loads(a.metadata_raw) if a.metadata_raw else {}
        out["raw"] = decoded if isinstance(decoded, dict) else {}
    return out


def records(library: Library, ids: list[int], chunk: int = 500) -> list[Asset]:
    """The records of ``ids`` that exist, in the order of ``ids``, read a chunk at a time."""
    out: list[Asset] = []
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        found = library.catalog.assets.many(part)
        out += [found[i] for i in part if i in found]
    return out


@dataclass(frozen=True)
class DecidedCredit:
    """A picture's credit as the desk has it: the raw text, the names as corrected (``photographers_written`` as
    parsed), organisation, kind, distributor and the house line."""

    raw: str | None
    photographers: list[str]
    agency: str | None
    kind: str | None
    line: str | None
    distributor: str | None
    photographers_written: list[str]

    def to_dict(self) -> JSONObject:
        return {
            "raw": self.raw,
            "photographers": self.photographers,
            "agency": self.agency,
            "kind": self.kind,
            "line": self.line,
            "distributor": self.distributor,
            "photographers_written": self.photographers_written,
        }


def credit_of(asset: Asset) -> DecidedCredit:
    """The decided credit; parsed on the fly while the asset is not linked yet (a dry run, an interrupted
    batch)."""
    if asset.linked_at is None:
        from catalog.credits.line import parse_credit  # the parser: only for a picture not linked yet

        parsed = parse_credit(asset.credit_raw) if asset.credit_raw else None
        if parsed is None:
            return DecidedCredit(asset.credit_raw, [], None, None, None, None, [])
        names = list(parsed.photographers)
        return DecidedCredit(parsed.raw, names, parsed.agency, parsed.kind, parsed.line, parsed.distributor, names)
    return DecidedCredit(
        asset.credit_raw,
        list(asset.credit_photographers),
        asset.credit_agency,
        asset.credit_kind,
        asset.credit_line,
        asset.credit_distributor,
        list(asset.credit_photographers_raw),
    )


def credit_line(asset: Asset) -> str | None:
    """The credit line as the house prints it."""
    return credit_of(asset).line


def credit_json(asset: Asset) -> JSONObject:
    """The credit object: ``raw`` as read, the names as corrected (``photographers_written`` as parsed)."""
    return credit_of(asset).to_dict()


def camera_name(make: str | None, model: str | None) -> str | None:
    """'Canon' + 'Canon EOS 5D' -> 'Canon EOS 5D' (models often repeat the make)."""
    if not model:
        return make or None
    if not make or model.lower().startswith(make.split()[0].lower()):
        return model
    return f"{make} {model}"
