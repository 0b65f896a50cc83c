"""Pictures by content address only: ``/thumbs/SHA256.jpg``. Nothing from a request becomes a path; the SHA-256
is checked to be 64 hex digits and asked of the catalog, and the answer never changes (immutable caching). The
bytes come from the library's store, whichever it is, through this server (the page's policy allows images from
the desk's own origin only); a store that cannot be reached is a 503, which no browser caches as the answer."""

from __future__ import annotations

import re

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from catalog.errors import StoreUnavailable
from catalog.library import Library

SHA256 = re.compile(r"[0-9a-f]{64}")
IMMUTABLE = {"cache-control": "public, max-age=31536000, immutable"}


def _thumbnail(library: Library, sha256: str) -> bytes | None:
    asset_id = library.catalog.assets.id_of(sha256)
    asset = library.catalog.assets.get(asset_id) if asset_id is not None else None
    if asset is None or not asset.thumbnail:
        return None
    try:
        return library.store.read(asset.thumbnail)
    except OSError:
        return None


async def thumbnail(request: Request) -> Response:
    sha = request.path_params["sha"]
    if not SHA256.fullmatch(sha):
        raise HTTPException(404, "no such picture")
    try:
        data = await request.app.state.desk.read(_thumbnail, sha)
    except StoreUnavailable:
        raise HTTPException(503, "the library's store cannot be reached") from None
    if data is None:
        raise HTTPException(404, "no such picture")
    return Response(data, media_type="image/jpeg", headers=IMMUTABLE)


routes = [Route("/thumbs/{sha}.jpg", thumbnail, methods=["GET"])]
