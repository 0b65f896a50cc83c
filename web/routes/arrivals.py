"""The arrivals screen: pictures as a watch (``photodesk watch``) ingests them, possibly in another process or on
another machine, so the catalog's ``arrivals`` table is the only channel between the two.

``GET /arrivals`` lists the newest; ``GET /arrivals/events`` sends each later one as a server-sent event, reading
the table once a second from where the client is (``Last-Event-ID``, else ``?after=N``, else now); ``GET
/api/arrivals?after=N`` answers the same as JSON for a browser whose event stream fails (the page polls it then).
All three only read: the desk's thread pool and per-thread libraries serve them as any page, and nothing here
changes the catalog.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import anyio
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from catalog.library import Library
from catalog.model import JSONObject
from catalog.ops.arrivals import BATCH, PAGE, arrivals_after, last_arrival_id, newest_arrivals
from web.desk import Desk
from web.security import csrf_token

POLL_S = 1.0  # how often a stream reads the table
HEARTBEAT_S = 15.0  # a comment after this long without a word: proxies and browsers keep the connection
RETRY_MS = 2000  # how soon a browser reconnects after losing the stream
SETTLE_S = 5.0  # an arrival with a lower id than one sent is still looked for this long (see _Sent)
MAX_LIMIT = 1000
STREAM_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}  # no proxy may hold events back


def shown(view: JSONObject) -> JSONObject:
    """An arrival's view (``catalog.ops.arrivals``) with the desk's addresses: its thumbnail, its picture page and
    the page of the picture it is a copy of (None where there is none)."""
    sha, copy_of = view["sha256"], view["duplicate_of"]
    return {
        **view,
        "thumbnail": f"/thumbs/{sha}.jpg" if sha is not None and view["has_thumbnail"] else None,
        "url": f"/assets/{view['asset_id']}" if sha is not None else None,
        "duplicate_url": f"/assets/{copy_of}" if copy_of is not None else None,
    }


def _shown_after(library: Library, last_id: int, limit: int) -> list[JSONObject]:
    return [shown(v) for v in arrivals_after(library, last_id, limit)]


def _position(text: str | None) -> int | None:
    """An arrival id to follow on from (ValueError for anything else, a number past the engines' 64-bit ids too);
    None when none was given."""
    if text is None or not text.strip():
        return None
    value = int(text.strip())
    if value >= 2**63:
        raise ValueError(text)
    return max(0, value)


async def arrivals_page(request: Request) -> Response:
    views = [shown(v) for v in await request.app.state.desk.read(newest_arrivals, PAGE)]
    after = max((int(str(v["id"])) for v in views), default=0)
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, "arrivals.html", {"arrivals": views, "after": after, "csrf": csrf_token(request)}
    )


async def api_arrivals(request: Request) -> Response:
    """Arrivals after ``?after=N`` (default 0), oldest first, at most ``?limit=`` (200)."""
    try:
        after = _position(request.query_params.get("after")) or 0
        limit = min(MAX_LIMIT, max(1, int(request.query_params.get("limit", BATCH))))
    except ValueError:
        return JSONResponse({"error": "after and limit: whole numbers (after: an arrival's id)"}, status_code=400)
    return JSONResponse(await request.app.state.desk.read(_shown_after, after, limit))


async def arrival_events(request: Request) -> Response:
    """The stream. Where it starts is read before it opens, so a catalog that cannot answer is a plain 503."""
    given = request.headers.get("last-event-id") or request.query_params.get("after")
    try:
        position = _position(given)
    except ValueError:
        return PlainTextResponse("Last-Event-ID or ?after=: an arrival's id", status_code=400)
    desk: Desk = request.app.state.desk
    if position is None:
        position = await desk.read(last_arrival_id)
    return StreamingResponse(_events(desk, position), media_type="text/event-stream", headers=STREAM_HEADERS)


class _Sent:
    """What a stream has sent. Ids are handed out in order but need not be committed in order: two watches writing
    to one PostgreSQL catalog can commit arrival 11 before arrival 10. So the stream reads from ``floor`` (below it
    everything was sent, or came before the stream) and skips what it sent; an id sent ``SETTLE_S`` ago moves the
    floor up to it, as a watch's transaction holding a lower one (one row, committed at once) has ended by then."""

    def __init__(self, floor: int) -> None:
        self.floor = floor
        self.at: dict[int, float] = {}  # ids above the floor already sent -> when

    def limit(self) -> int:
        return BATCH + len(self.at)  # room for a whole batch of new ones beside those sent

    def new(self, found: list[JSONObject], now: float) -> list[JSONObject]:
        fresh = [v for v in found if int(str(v["id"])) not in self.at]
        self.at.update((int(str(v["id"])), now) for v in fresh)
        settled = [i for i, at in self.at.items() if now - at >= SETTLE_S]
        if settled:
            self.floor = max(self.floor, *settled)
            self.at = {i: at for i, at in self.at.items() if i > self.floor}
        return fresh


async def _events(desk: Desk, last_id: int) -> AsyncIterator[str]:
    """``arrival`` events after ``last_id`` until the server stops (the client going away cancels it where it
    waits). A catalog that stops answering mid-stream is one ``status`` event with the reason, and another once it
    answers again; the stream stays open meanwhile."""
    stopping = desk.stopping()
    yield f"retry: {RETRY_MS}\n\n"
    said = anyio.current_time()
    trouble: str | None = None
    sent = _Sent(last_id)
    while not stopping.is_set():
        words: list[str] = []
        limit = sent.limit()
        try:
            found = await desk.read(_shown_after, sent.floor, limit)
        except HTTPException as e:  # 503: the catalog is unavailable (desk.py dropped the thread's connection)
            found = []
            if trouble is None:
                trouble = str(e.detail)
                words.append(_message("status", {"live": False, "error": trouble}))
        else:
            if trouble is not None:
                trouble = None
                words.append(_message("status", {"live": True, "error": None}))
        words += [_message("arrival", view, str(view["id"])) for view in sent.new(found, anyio.current_time())]
        if not words and anyio.current_time() - said >= HEARTBEAT_S:
            words.append(": still watching\n\n")
        if words:
            yield "".join(words)
            said = anyio.current_time()
        if len(found) == limit:
            continue  # a burst: the rest at once
        with anyio.move_on_after(POLL_S):
            await stopping.wait()


def _message(event: str, data: JSONObject, ident: str | None = None) -> str:
    """One event as the stream carries it. JSON on one line (its own line breaks are escaped), so the data is a
    single ``data:`` field."""
    head = f"id: {ident}\n" if ident is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data, ensure_ascii=False, separators=(',', ':'))}\n\n"


routes = [
    Route("/arrivals", arrivals_page, methods=["GET"]),
    Route("/arrivals/events", arrival_events, methods=["GET"]),
    Route("/api/arrivals", api_arrivals, methods=["GET"]),
]
