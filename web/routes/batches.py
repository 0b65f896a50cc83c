"""Batches: each ingest's report, and a batch uploaded by drag and drop (the caption pairing confirmed before
anything is written)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import wraps
from typing import BinaryIO

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from catalog.errors import PhotodeskError
from catalog.ops.batches import BatchNotFound, batch_detail, batch_list
from catalog.ops.upload import MAX_UPLOAD, cancel_upload, run_upload, stage_upload
from web import security
from web.security import Endpoint, csrf_token

SESSION_KEY = "uploads"  # tokens of the uploads this browser session made and may confirm or cancel


def _page(request: Request, template: str, context: dict[str, object], status: int = 200) -> Response:
    page: Response = request.app.state.templates.TemplateResponse(
        request, template, {**context, "csrf": csrf_token(request)}, status_code=status
    )
    return page


async def batches(request: Request) -> Response:
    offset = request.query_params.get("offset", "0")
    listing = await request.app.state.desk.read(batch_list, offset=int(offset) if offset.isdigit() else 0)
    return _page(request, "batches.html", {"listing": listing})


async def batch(request: Request) -> Response:
    try:
        detail = await request.app.state.desk.read(batch_detail, request.path_params["ident"])
    except BatchNotFound as e:
        raise HTTPException(404, str(e)) from None
    return _page(request, "batch.html", {"detail": detail})


async def new_batch(request: Request) -> Response:
    return _page(request, "upload.html", {"error": None, "limit_gb": MAX_UPLOAD // 1024**3})


def limited(endpoint: Endpoint) -> Endpoint:
    """Refuse an upload whose declared size is over the limit before a byte of it is read."""

    @wraps(endpoint)
    async def checked(request: Request) -> Response:
        size = request.headers.get("content-length", "")
        if size.isdigit() and int(size) > MAX_UPLOAD + 1024**2:
            return PlainTextResponse(f"the upload is larger than {MAX_UPLOAD // 1024**3} GB: send it in parts", 413)
        return await endpoint(request)

    return checked


@limited
@security.action
async def upload(request: Request) -> Response:
    form = request.state.form
    pictures: Sequence[tuple[str, BinaryIO]] = [
        (f.filename, f.file) for f in form.getlist("pictures") if isinstance(f, UploadFile) and f.filename
    ]
    sheet = form.get("captions")
    captions = (sheet.filename, sheet.file) if isinstance(sheet, UploadFile) and sheet.filename else None
    desk = request.app.state.desk
    try:
        staged = await desk.read(stage_upload, pictures, captions)
        if captions is None:
            return _to_batch((await desk.write(run_upload, staged.token)).summary.batch_id)
    except PhotodeskError as e:
        return _page(request, "upload.html", {"error": str(e), "limit_gb": MAX_UPLOAD // 1024**3}, 400)
    finally:
        await form.close()  # the uploaded parts' spooled files: saved by now, or refused
    request.session[SESSION_KEY] = [*request.session.get(SESSION_KEY, [])[-9:], staged.token]
    return _page(request, "pairing.html", {"upload": staged})


@security.action
async def confirm(request: Request) -> Response:
    token = _mine(request)
    try:
        outcome = await request.app.state.desk.write(run_upload, token)
    except PhotodeskError as e:
        return _page(request, "upload.html", {"error": str(e), "limit_gb": MAX_UPLOAD // 1024**3}, 400)
    return _to_batch(outcome.summary.batch_id)


@security.action
async def cancel(request: Request) -> Response:
    await request.app.state.desk.read(cancel_upload, _mine(request))
    return RedirectResponse("/batches/new", status_code=303)


def _mine(request: Request) -> str:
    """The upload token of the form, which must be one this session made (403 otherwise)."""
    token = request.state.form.get("token")
    mine = request.session.get(SESSION_KEY, [])
    if not isinstance(token, str) or token not in mine:
        raise HTTPException(403, "this upload is not yours, or is gone: upload the files again")
    request.session[SESSION_KEY] = [t for t in mine if t != token]
    return token


def _to_batch(batch_id: int | None) -> Response:
    return RedirectResponse(f"/batches/{batch_id}" if batch_id else "/batches", status_code=303)


routes: list[BaseRoute] = [
    Route("/batches", batches, methods=["GET"]),
    Route("/batches/new", new_batch, methods=["GET"]),
    Route("/batches/new", upload, methods=["POST"]),
    Route("/batches/confirm", confirm, methods=["POST"]),
    Route("/batches/cancel", cancel, methods=["POST"]),
    Route("/batches/{ident}", batch, methods=["GET"]),
]
