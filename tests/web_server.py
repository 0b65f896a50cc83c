"""A real desk server for browser tests: uvicorn in a thread on a free loopback port (the desk's own server class,
as ``photodesk serve`` runs it), a reader of its event stream, and Playwright's Chromium (Debian's, which
``.ci/run`` installs; Playwright cannot download browsers here)."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from web.app import create_app
from web.server import DeskServer

CHROMIUM = "/usr/bin/chromium"


def require_chromium() -> str:
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: CI installs it (apt-get install chromium)")
        pytest.skip("needs Debian's chromium (apt-get install chromium)")
    return CHROMIUM if Path(CHROMIUM).exists() else str(shutil.which("chromium"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(library: Path, *, token: str | None = None) -> Iterator[tuple[str, DeskServer]]:
    """The desk over ``library`` at the yielded base URL, with its server, until the block ends; the block fails
    when the server then does not stop within 10 s (a response that never ends would keep Ctrl-C waiting)."""
    port = _free_port()
    server = DeskServer(create_app(library, token=token), host="127.0.0.1", port=port)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the desk server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", server
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    if thread.is_alive():
        raise AssertionError("the desk server did not stop within 10 s of being told to")


@contextmanager
def served(library: Path, *, token: str | None = None) -> Iterator[str]:
    """The desk over ``library`` at the yielded base URL until the block ends."""
    with serving(library, token=token) as (base, _):
        yield base


class EventStream:
    """The desk's ``/arrivals/events`` read over a real connection as a browser's EventSource reads it, every read
    with a deadline (a stream that sends nothing fails the test instead of hanging it)."""

    def __init__(self, base: str, query: str = "", headers: dict[str, str] | None = None) -> None:
        url = urlsplit(base)
        self.conn = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=6)
        self.conn.request("GET", "/arrivals/events" + query, headers={"accept": "text/event-stream", **(headers or {})})
        self.response = self.conn.getresponse()

    def line(self) -> str | None:
        raw = self.response.readline()
        return raw.decode().rstrip("\r\n") if raw else None

    def event(self) -> dict[str, str]:
        """The next event's fields (comments skipped)."""
        fields: dict[str, str] = {}
        while (text := self.line()) is not None:
            if not text and fields:
                return fields
            if text and not text.startswith(":"):
                name, _, value = text.partition(":")
                fields[name] = value.removeprefix(" ")
        raise EOFError("the stream ended")

    def arrival(self) -> tuple[int, dict[str, object]]:
        fields = self.event()
        assert fields.get("event") == "arrival", fields
        data = json.loads(fields["data"])
        assert int(fields["id"]) == data["id"]
        return int(fields["id"]), data

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
