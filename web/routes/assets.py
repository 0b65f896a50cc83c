"""The picture page ``/assets/ID``: everything known about one picture."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from catalog.errors import AmbiguousId, AssetNotFound, InvalidId
from catalog.ops.assets import get_asset
from web.security import csrf_token


async def picture(request: Request) -> Response:
    try:
        asset = await request.app.state.desk.read(get_asset, request.path_params["ident"])
    except (AssetNotFound, InvalidId, AmbiguousId) as e:
        raise HTTPException(404, str(e)) from None
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, "asset.html", {"asset": asset, "csrf": csrf_token(request)}
    )


routes = [Route("/assets/{ident}", picture, methods=["GET"])]
