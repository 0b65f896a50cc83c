"""Review queues: credit variants and queued names at ``/review``, duplicate groups at ``/dupes``.

Each action is a POST (``security.action``) that calls the ops function the CLI's command calls, then sends the
editor back to the queue (303) with one line in the session saying what was done — or what stopped it.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from catalog.errors import PhotodeskError
from catalog.model import JSON, JSONObject
from catalog.ops.dupes import merge, set_keeper
from catalog.ops.queues import duplicate_groups, merge_preview, name_queues
from catalog.ops.review import accept_review, keep_cluster, keep_review, merge_cluster, merge_review
from web.security import action, csrf_token


def _page(request: Request, template: str, context: dict[str, object], status: int = 200) -> Response:
    flash = request.session.pop("flash", None)
    context = {**context, "flash": flash, "csrf": csrf_token(request)}
    return request.app.state.templates.TemplateResponse(request, template, context, status)  # type: ignore[no-any-return]


async def _act(
    request: Request,
    back: str,
    fn: Callable[..., JSONObject],
    args: tuple[object, ...],
    said: Callable[[JSONObject], str],
) -> Response:
    """Run one write, flash what it did (or why it could not), and go back to the queue."""
    try:
        result = await request.app.state.desk.write(fn, *args)
        request.session["flash"] = {"text": said(result), "error": False}
    except PhotodeskError as e:
        request.session["flash"] = {"text": str(e), "error": True}
    return RedirectResponse(back, status_code=303)


def _field(request: Request, name: str) -> str:
    value = request.state.form.get(name)
    return value.strip() if isinstance(value, str) else ""


def _fields(request: Request, name: str) -> list[str]:
    return [v.strip() for v in request.state.form.getlist(name) if isinstance(v, str) and v.strip()]


def _fixed(result: JSONObject) -> int:
    return int(str(result.get("pictures_changed", 0)))


def _items(value: JSON) -> list[JSON]:
    return value if isinstance(value, list) else []


def _objects(value: JSON) -> list[JSONObject]:
    return [v for v in _items(value) if isinstance(v, dict)]


# --- credit variants and queued names ---------------------------------------------------------------------------


async def review_page(request: Request) -> Response:
    queues = await request.app.state.desk.read(name_queues)
    return _page(request, "review.html", {"queues": queues})


@action
async def cluster_merge(request: Request) -> Response:
    into = _field(request, "into")

    def said(r: JSONObject) -> str:
        merged = _objects(r["merged"])
        names = ", ".join(repr(m["alias"]) for m in merged)
        return f"Merged {names} into {into!r}: {sum(_fixed(m) for m in merged)} picture(s) changed."

    return await _act(request, "/review", merge_cluster, (_fields(request, "names"), into), said)


@action
async def cluster_keep(request: Request) -> Response:
    def said(r: JSONObject) -> str:
        return f"Kept {', '.join(repr(n) for n in _items(r['kept']))} as written."

    return await _act(request, "/review", keep_cluster, (_fields(request, "names"),), said)


@action
async def queued_accept(request: Request) -> Response:
    def said(r: JSONObject) -> str:
        return f"Accepted {r['into']!r} for {r['alias']!r}: {_fixed(r)} picture(s) changed."

    return await _act(request, "/review", accept_review, (request.path_params["review"],), said)


@action
async def queued_merge(request: Request) -> Response:
    def said(r: JSONObject) -> str:
        return f"Merged {r['alias']!r} into {r['into']!r}: {_fixed(r)} picture(s) changed."

    return await _act(request, "/review", merge_review, (request.path_params["review"], _field(request, "into")), said)


@action
async def queued_keep(request: Request) -> Response:
    def said(r: JSONObject) -> str:
        return f"Kept {r['kept']!r} as written on picture {r['asset_id']}."

    return await _act(request, "/review", keep_review, (request.path_params["review"],), said)


# --- duplicate groups ---------------------------------------------------------------------------------------------


async def dupes_page(request: Request) -> Response:
    groups = await request.app.state.desk.read(duplicate_groups)
    return _page(request, "dupes.html", {"groups": groups})


@action
async def dupes_keeper(request: Request) -> Response:
    try:
        chosen = int(_field(request, "keeper"))
    except ValueError:
        raise HTTPException(400, "keeper: a picture's id") from None

    def said(r: JSONObject) -> str:
        return f"Picture {r['keeper']} is the keeper now (was {r['previous']})."

    return await _act(request, "/dupes", set_keeper, (request.path_params["group"], chosen), said)


async def merge_preview_page(request: Request) -> Response:
    try:
        preview = await request.app.state.desk.read(merge_preview, request.path_params["group"])
    except PhotodeskError as e:
        raise HTTPException(404, str(e)) from None
    return _page(request, "dupes_merge.html", preview)


@action
async def merge_apply(request: Request) -> Response:
    def said(r: JSONObject) -> str:
        carried = ", ".join(str(c["field"]) for c in _objects(r["carried"])) or "nothing"
        left = len(_items(r["conflicts"]))
        return f"Merged onto keeper {r['keeper']}: carried {carried}; {left} conflict(s) left as the keeper has them."

    return await _act(request, "/dupes", merge, (request.path_params["group"],), said)


routes = [
    Route("/review", review_page, methods=["GET"]),
    Route("/review/clusters/merge", cluster_merge, methods=["POST"]),
    Route("/review/clusters/keep", cluster_keep, methods=["POST"]),
    Route("/review/queue/{review:int}/accept", queued_accept, methods=["POST"]),
    Route("/review/queue/{review:int}/merge", queued_merge, methods=["POST"]),
    Route("/review/queue/{review:int}/keep", queued_keep, methods=["POST"]),
    Route("/dupes", dupes_page, methods=["GET"]),
    Route("/dupes/{group:int}/keeper", dupes_keeper, methods=["POST"]),
    Route("/dupes/{group:int}/merge", merge_preview_page, methods=["GET"]),
    Route("/dupes/{group:int}/merge", merge_apply, methods=["POST"]),
]
