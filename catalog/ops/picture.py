"""One picture as the desk's picture page shows it, and its large preview.

The page: the asset object (``show --json``'s, with ``caption_sources``), its duplicate group (keeper and copies
with how each was found and verified) and the batch it came in. The preview: a JPEG of about ``PREVIEW_SIZE`` on
its long side, decoded once from the stored original with its orientation applied, kept in the store by content
address (``assets/previews/``, create-only) so it is made once.
"""

from __future__ import annotations

import contextlib

from catalog.errors import LibraryUnwritable, StoreUnavailable, UnreadableImage
from catalog.library import Library
from catalog.media.imaging import decode, thumbnail_jpeg
from catalog.model import JSONObject
from catalog.ops.assets import get_asset
from catalog.ops.decisions import DESK_RULE
from catalog.ops.dupes import group_of

PREVIEW_SIZE = 1600


def page(library: Library, ident: str) -> JSONObject:
    """Everything the picture page shows about picture ``ident`` (an id or a SHA-256 prefix)."""
    asset = get_asset(library, ident)
    asset_id = asset["id"]
    assert isinstance(asset_id, int)
    group = group_of(library, asset_id)
    batch_id = asset.get("batch_id")
    batch: JSONObject | None = None
    if isinstance(batch_id, int):
        found = library.catalog.batches.get(batch_id)
        batch = found.to_dict() if found is not None else None
    return {"asset": asset, "group": group.to_dict() if group else None, "batch": batch, "edited": _edited(asset)}


def _edited(asset: JSONObject) -> JSONObject:
    """Each field whose value is the desk's (its latest desk edit not undone): that correction."""
    out: JSONObject = {}
    corrections = asset.get("corrections")
    for c in corrections if isinstance(corrections, list) else []:
        if isinstance(c, dict) and c.get("rule") == DESK_RULE and not c.get("undone_at"):
            out[str(c.get("field"))] = c
    return out


def preview(library: Library, sha256: str) -> bytes | None:
    """The large preview of the picture with this SHA-256 (made and stored on first ask); None when there is no
    such picture or its original cannot be read."""
    catalog, store = library.catalog, library.store
    asset_id = catalog.assets.id_of(sha256)
    asset = catalog.assets.get(asset_id) if asset_id is not None else None
    if asset is None:
        return None
    relpath = store.preview_relpath(asset.sha256)
    try:
        return store.read(relpath)
    except OSError:
        pass
    try:
        decoded = decode(store.read(asset.path), asset.format, asset.filename or asset.sha256, size=PREVIEW_SIZE)
    except (OSError, UnreadableImage):
        return None
    data = thumbnail_jpeg(decoded.image, decoded.icc_profile, size=PREVIEW_SIZE)
    with contextlib.suppress(LibraryUnwritable, StoreUnavailable):  # a read-only library still shows its pictures
        store.put_new(relpath, data)
    return data
