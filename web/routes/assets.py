"""The picture page ``/assets/ID`` (everything known about one picture, and its edit form), the large preview
``/previews/SHA256.jpg``, the desk's edits (one picture, or a selection at ``/edit``) and the undo of a logged
correction. Saving on a version of the picture that is no longer current is refused and shows the picture as it
is now (``catalog.ops.edit``)."""

from __future__ import annotations

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from catalog.errors import AmbiguousId, AssetNotFound, InvalidId, PhotodeskError, StoreUnavailable
from catalog.ops.corrections import undo
from catalog.ops.edit import DEFAULT_EDITOR, StaleVersion, save_form, selection
from catalog.ops.picture import page
from catalog.ops.picture import preview as preview_of
from web.routes.media import IMMUTABLE, SHA256
from web.security import action, csrf_token

NOT_FOUND = (AssetNotFound, InvalidId, AmbiguousId)


def editor(request: Request) -> str:
    """Who is editing: the name given on the sign-in form, else the desk."""
    name = request.session.get("editor")
    return name if isinstance(name, str) and name.strip() else DEFAULT_EDITOR


def _fields(form: FormData) -> dict[str, str]:
    return {k: v for k, v in form.items() if isinstance(v, str)}


async def _page(
    request: Request, ident: str, *, message: str | None = None, mine: dict[str, str] | None = None, status: int = 200
) -> Response:
    try:
        found = await request.app.state.desk.read(page, ident)
    except NOT_FOUND as e:
        raise HTTPException(404, str(e)) from None
    context = {
        "page": found,
        "asset": found["asset"],
        "csrf": csrf_token(request),
        "message": message,
        "mine": mine,
        "editor": editor(request),
    }
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, "asset.html", context, status_code=status
    )


async def picture(request: Request) -> Response:
    return await _page(request, request.path_params["ident"])


@action
async def save(request: Request) -> Response:
    ident = request.path_params["ident"]
    fields = _fields(request.state.form)
    try:
        await request.app.state.desk.write(save_form, [ident], fields, editor=editor(request))
    except StaleVersion as e:
        return await _page(request, ident, message=str(e), mine=fields, status=409)
    except NOT_FOUND as e:
        raise HTTPException(404, str(e)) from None
    except PhotodeskError as e:
        return await _page(request, ident, message=str(e), status=400)
    return RedirectResponse(f"/assets/{ident}", status_code=303)


@action
async def undo_correction(request: Request) -> Response:
    ident = request.path_params["ident"]
    try:
        correction = int(request.path_params["cid"])
        done = await request.app.state.desk.write(undo, correction)
    except ValueError:
        raise HTTPException(404, "no such correction") from None
    except PhotodeskError as e:
        return await _page(request, ident, message=str(e), status=409)
    return RedirectResponse(f"/assets/{done['asset_id']}", status_code=303)


@action
async def edit_selection(request: Request) -> Response:
    """``POST /edit`` with ``ids``: the selection's edit form; with ``save`` too, the save."""
    form = request.state.form
    ids = [i for i in form.getlist("ids") if isinstance(i, str)]
    message, status, mine = None, 200, None
    if form.get("save"):
        fields = _fields(form)
        try:
            await request.app.state.desk.write(save_form, ids, fields, editor=editor(request))
            message = f"Saved {len(ids)} picture{'s' if len(ids) != 1 else ''}."
        except StaleVersion as e:
            message, status, mine = str(e), 409, fields
        except PhotodeskError as e:
            message, status = str(e), 400
    try:
        chosen = await request.app.state.desk.read(selection, [int(i) for i in ids if i.isdigit()])
    except PhotodeskError as e:
        raise HTTPException(404, str(e)) from None
    context = {
        "sel": chosen,
        "csrf": csrf_token(request),
        "message": message,
        "mine": mine,
        "saved": status == 200 and message is not None,
        "editor": editor(request),
    }
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, "edit.html", context, status_code=status
    )


async def preview(request: Request) -> Response:
    sha = request.path_params["sha"]
    if not SHA256.fullmatch(sha):
        raise HTTPException(404, "no such picture")
    try:
        data = await request.app.state.desk.read(preview_of, sha)
    except StoreUnavailable:
        raise HTTPException(503, "the library's store cannot be reached") from None
    if data is None:
        raise HTTPException(404, "no such picture")
    return Response(data, media_type="image/jpeg", headers=IMMUTABLE)


routes = [
    Route("/assets/{ident}", picture, methods=["GET"]),
    Route("/assets/{ident}/edit", save, methods=["POST"]),
    Route("/assets/{ident}/corrections/{cid}/undo", undo_correction, methods=["POST"]),
    Route("/edit", edit_selection, methods=["POST"]),
    Route("/previews/{sha}.jpg", preview, methods=["GET"]),
]
