"""What keeps a desk's browser screen safe: the Host header checked (DNS rebinding), a strict Content-Security-
Policy (no inline script at all: every script is a file of the package), sign-in when the desk is reachable from
other machines, and a CSRF token with an Origin check on every state-changing request.

Captions are hostile input: templates autoescape everything, and the CSP stops any script a value might smuggle
in. No path from a request reaches the file system: pictures are served by SHA-256 only.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable
from functools import wraps
from urllib.parse import urlsplit

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
OPEN_PATHS = ("/signin", "/static/")  # reachable before signing in
Endpoint = Callable[[Request], Awaitable[Response]]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str) -> list[str]:
    """Host header values the server answers to: loopback names, and the address it was asked to bind."""
    names = {"127.0.0.1", "localhost", "[::1]", host}
    if host in ("0.0.0.0", "::"):  # every interface: the Host must still be named (the desk's address) —
        names.discard(host)  # a rebinding attack sends the attacker's name, which is never on this list
    return sorted(names)


class SecurityHeaders:
    """Adds the CSP and its companions to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


def csrf_token(request: Request) -> str:
    """This session's CSRF token (made on first use); every form carries it, and so does every fetch."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def checked_form(request: Request) -> FormData:
    """The form of a state-changing request, after the Origin check and the CSRF token check (403 otherwise)."""
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, "cross-origin request refused")
    form = await request.form()
    sent = request.headers.get("x-csrf-token") or form.get("csrf")
    expected = request.session.get("csrf")
    if not isinstance(sent, str) or not isinstance(expected, str) or not hmac.compare_digest(sent, expected):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")
    return form


def action(endpoint: Endpoint) -> Endpoint:
    """Mark a state-changing endpoint: its request is refused unless ``checked_form`` passes. Every POST route of
    the desk is one (a test walks the routes)."""

    @wraps(endpoint)
    async def guarded(request: Request) -> Response:
        request.state.form = await checked_form(request)
        return await endpoint(request)

    guarded.checks_csrf = True  # type: ignore[attr-defined]
    return guarded


def signed_in(request: Request, token: str | None) -> bool:
    return token is None or request.session.get("signed_in") is True


def token_matches(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode(), token.encode())
