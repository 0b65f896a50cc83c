"""``GET /api/search?q=…`` and ``GET /api/assets/ID``: exactly the JSON of ``search --json`` and ``show --json``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from catalog.errors import AmbiguousId, AssetNotFound, InvalidId, InvalidQuery
from catalog.library import Library
from catalog.model import JSONObject
from catalog.ops.assets import assets_by_ids, get_asset, search
from catalog.search.query import parse

DEFAULT_LIMIT = 50  # as `photodesk search`
MAX_LIMIT = 1000


def _search(library: Library, text: str, limit: int) -> list[JSONObject]:
    return assets_by_ids(library, search(library, parse(text), limit=limit))


async def api_search(request: Request) -> Response:
    try:
        limit = min(MAX_LIMIT, max(1, int(request.query_params.get("limit", DEFAULT_LIMIT))))
    except ValueError:
        return JSONResponse({"error": "limit: a number"}, status_code=400)
    try:
        found = await request.app.state.desk.read(_search, request.query_params.get("q", ""), limit)
    except InvalidQuery as e:
        return JSONResponse({"error": str(e)}, status_code=400)
    return JSONResponse(found)


async def api_asset(request: Request) -> Response:
    try:
        asset = await request.app.state.desk.read(get_asset, request.path_params["ident"])
    except (AssetNotFound, InvalidId, AmbiguousId) as e:
        return JSONResponse({"error": str(e)}, status_code=404)
    return JSONResponse(asset)


routes = [
    Route("/api/search", api_search, methods=["GET"]),
    Route("/api/assets/{ident}", api_asset, methods=["GET"]),
]
