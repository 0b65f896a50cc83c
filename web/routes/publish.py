"""Publish a selection: the gallery's credit summary line to copy, each picture's line in a house style, and a
zip of the exported pictures with ``credits.csv``."""

from __future__ import annotations

from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Route

from catalog.credits.styles import HOUSE
from catalog.errors import PhotodeskError
from catalog.ops.publish import ZIP_NAME, export_zip, publish_page
from web import security
from web.security import csrf_token


def _text(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


async def publish(request: Request) -> Response:
    params = request.query_params
    q, ids, style = params.get("q", ""), params.get("ids", ""), params.get("style", HOUSE)
    context: dict[str, object] = {"q": q, "ids": ids, "style": style, "error": None, "page": None}
    status = 200
    try:
        context["page"] = await request.app.state.desk.read(publish_page, q, ids, style)
    except PhotodeskError as e:
        context["error"], status = str(e), 400
    page: Response = request.app.state.templates.TemplateResponse(
        request, "publish.html", {**context, "csrf": csrf_token(request)}, status_code=status
    )
    return page


@security.action
async def download(request: Request) -> Response:
    form = request.state.form
    q, ids, style = _text(form.get("q")), _text(form.get("ids")), _text(form.get("style"), HOUSE)
    try:
        made = await request.app.state.desk.read(export_zip, q, ids, style)
    except PhotodeskError as e:
        page: Response = request.app.state.templates.TemplateResponse(
            request,
            "publish.html",
            {"q": q, "ids": ids, "style": style, "error": str(e), "page": None, "csrf": csrf_token(request)},
            status_code=400,
        )
        return page
    return FileResponse(
        made.path, media_type="application/zip", filename=ZIP_NAME, background=BackgroundTask(made.remove)
    )


routes: list[BaseRoute] = [
    Route("/publish", publish, methods=["GET"]),
    Route("/publish/zip", download, methods=["POST"]),
]
