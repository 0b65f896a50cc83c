"""Catalog work off the event loop: one library connection per worker thread, and one writer at a time.

SQLite allows one writer; an editor's save during a running ingest must wait its turn rather than fail with
"database is locked". Reads run in the thread pool, each thread on its own connection (SQLite connections are not
shared across threads); every write runs through ``write``, whose limiter lets one through at a time — and the
catalog's ``BEGIN IMMEDIATE`` with its busy timeout makes a write wait for another process (an ingest) as well.

On PostgreSQL the same holds per server (several servers write side by side). A catalog that stops answering (the
database restarted, the network gone) answers the request with 503 and a reason; the thread's connection is
dropped, so the next request connects again instead of failing for ever on a dead connection.

Event streams (the arrivals screen's) read like any page, once a second each; they end when the server stops
(``stop``, which ``web.server`` calls before waiting for open responses), since a stream never ends by itself.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

import anyio.to_thread
from anyio import CapacityLimiter, Event
from starlette.exceptions import HTTPException

from catalog.library import Library, open_library

P = ParamSpec("P")
T = TypeVar("T")


class Desk:
    """The library a server serves (``root``), opened once per thread on first use; never created."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._local = threading.local()
        self._writer: CapacityLimiter | None = None
        self._opened: list[Library] = []  # every thread's, closed when the server stops
        self._lock = threading.Lock()
        self._stopping: Event | None = None
        self._stopped = False

    def library(self) -> Library:
        opened: Library | None = getattr(self._local, "library", None)
        if opened is None:
            opened = open_library(self.root)
            self._local.library = opened
            with self._lock:
                self._opened.append(opened)
        return opened

    def close(self) -> None:
        """Close every thread's library (the server is stopping): a PostgreSQL server sees its connections end
        rather than drop."""
        with self._lock:
            opened, self._opened = self._opened, []
        for library in opened:
            with contextlib.suppress(Exception):  # one lost already
                library.close()

    def stop(self) -> None:
        """The server is stopping: every event stream ends now rather than keep it waiting (in the server's event
        loop)."""
        self._stopped = True
        if self._stopping is not None:
            self._stopping.set()

    def stopping(self) -> Event:
        """Set once the server stops. Made on first use, in the server's event loop (as the writer's limiter)."""
        if self._stopping is None:
            self._stopping = Event()
            if self._stopped:
                self._stopping.set()
        return self._stopping

    async def read(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """``fn(library, *args, **kwargs)`` in a worker thread."""
        return await anyio.to_thread.run_sync(lambda: self._call(fn, *args, **kwargs))

    async def write(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """``fn(library, *args, **kwargs)`` in a worker thread, one write at a time."""
        if self._writer is None:
            self._writer = CapacityLimiter(1)
        return await anyio.to_thread.run_sync(lambda: self._call(fn, *args, **kwargs), limiter=self._writer)

    def _call(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        from catalog.db import storage_errors, unavailable

        library = self.library()
        try:
            return fn(library, *args, **kwargs)
        except storage_errors() as e:
            reason = unavailable(e)
            if reason is None:
                raise  # a bug of ours: a 500 with its traceback in the log
            self._local.library = None
            with self._lock:
                if library in self._opened:
                    self._opened.remove(library)
            with contextlib.suppress(Exception):  # the connection may be gone already
                library.close()
            raise HTTPException(503, f"the catalog is unavailable ({reason}): try again in a moment") from None
