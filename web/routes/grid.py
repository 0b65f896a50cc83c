"""The search grid at ``/``: ``/?q=QUERY`` in the language of ``photodesk search``, paged by ``offset``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from catalog.errors import InvalidQuery
from catalog.ops.browse import PAGE, facets, grid_page
from web.security import csrf_token


async def grid(request: Request) -> Response:
    text = request.query_params.get("q", "")
    offset = _int(request.query_params.get("offset"), 0)
    newest = request.query_params.get("order") == "newest"
    desk = request.app.state.desk
    try:
        page = await desk.read(grid_page, text, offset=offset, newest=newest)
    except InvalidQuery as e:
        return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
            request, "grid.html", {"page": None, "q": text, "error": str(e), "csrf": csrf_token(request)}, 400
        )
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, "grid.html", {"page": page, "q": text, "error": None, "size": PAGE, "csrf": csrf_token(request)}
    )


def _int(text: str | None, default: int) -> int:
    try:
        return max(0, int(text)) if text is not None else default
    except ValueError:
        return default


async def facet_list(request: Request) -> Response:
    """The facets of ``?q=`` as an HTML fragment: the grid fetches it once it shows (desk.js)."""
    try:
        found = await request.app.state.desk.read(facets, request.query_params.get("q", ""))
    except InvalidQuery:
        found = []
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, "facets.html", {"facets": found}
    )


routes = [Route("/", grid, methods=["GET"]), Route("/facets", facet_list, methods=["GET"])]
