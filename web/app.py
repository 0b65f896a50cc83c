"""The desk's application: routes of every screen, templates (autoescaped), the package's own static files, and
the security layers (``security``) around them."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send

from web import security
from web.desk import Desk
from web.routes import api, arrivals, assets, batches, grid, media, publish, review

STATIC = Path(__file__).parent / "static"


class SignIn:
    """With a desk token set, everything but the sign-in page and the static files asks to sign in first."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.token is not None:
            request = Request(scope)
            if not request.url.path.startswith(security.OPEN_PATHS) and not security.signed_in(request, self.token):
                response: Response
                if request.url.path.startswith("/api/"):
                    response = JSONResponse({"error": "sign in first"}, status_code=401)
                else:
                    response = RedirectResponse("/signin", status_code=303)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def templates() -> Jinja2Templates:
    env = Environment(loader=PackageLoader("web", "templates"), autoescape=select_autoescape(default=True))
    return Jinja2Templates(env=env)


def create_app(root: Path, *, host: str = "127.0.0.1", token: str | None = None) -> Starlette:
    """The desk over the library at ``root`` (which must exist), answering to ``host``; ``token`` is the desk's
    password (required, by ``photodesk serve``, off loopback)."""
    desk = Desk(root)
    desk.library()  # fail now, at start, on a missing or unreadable library
    routes: list[BaseRoute] = [
        *grid.routes,
        *assets.routes,
        *review.routes,
        *batches.routes,
        *arrivals.routes,
        *publish.routes,
        *media.routes,
        *api.routes,
        Route("/signin", signin_page, methods=["GET"]),
        Route("/signin", signin, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(security.SecurityHeaders),
            Middleware(TrustedHostMiddleware, allowed_hosts=security.allowed_hosts(host)),
            Middleware(
                SessionMiddleware,
                secret_key=secrets.token_urlsafe(32),
                session_cookie="photodesk_session",
                same_site="strict",
            ),
            Middleware(SignIn, token=token),
        ],
        exception_handlers={403: forbidden, 404: not_found},
        lifespan=_closing(desk),
    )
    app.state.desk = desk
    app.state.templates = templates()
    app.state.token = token
    return app


def _closing(desk: Desk) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    """The server's lifespan: when it stops, event streams still open end and the desk's connections to the catalog
    are closed."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            desk.stop()
            desk.close()

    return lifespan


async def signin_page(request: Request) -> Response:
    page: Response = request.app.state.templates.TemplateResponse(
        request, "signin.html", {"csrf": security.csrf_token(request), "wrong": False}
    )
    return page


async def signin(request: Request) -> Response:
    form = await security.checked_form(request)
    token = request.app.state.token
    given = form.get("token")
    if token is not None and isinstance(given, str) and security.token_matches(given, token):
        request.session["signed_in"] = True
        name = form.get("name")
        if isinstance(name, str) and name.strip():
            request.session["editor"] = " ".join(name.split())[:80]  # who the edit log names (else "desk")
        return RedirectResponse("/", status_code=303)
    page: Response = request.app.state.templates.TemplateResponse(
        request, "signin.html", {"csrf": security.csrf_token(request), "wrong": True}, status_code=401
    )
    return page


async def forbidden(request: Request, exc: Exception) -> Response:
    return PlainTextResponse(str(getattr(exc, "detail", "forbidden")), status_code=403)


async def not_found(request: Request, exc: Exception) -> Response:
    return PlainTextResponse(str(getattr(exc, "detail", "not found")), status_code=404)
