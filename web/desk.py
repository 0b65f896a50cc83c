"""Catalog work off the event loop: one library connection per worker thread, and one writer at a time.

SQLite allows one writer; an editor's save during a running ingest must wait its turn rather than fail with
"database is locked". Reads run in the thread pool, each thread on its own connection (SQLite connections are not
shared across threads); every write runs through ``write``, whose limiter lets one through at a time — and the
catalog's ``BEGIN IMMEDIATE`` with its busy timeout makes a write wait for another process (an ingest) as well.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

import anyio.to_thread
from anyio import CapacityLimiter

from catalog.library import Library, open_library

P = ParamSpec("P")
T = TypeVar("T")


class Desk:
    """The library a server serves (``root``), opened once per thread on first use; never created."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._local = threading.local()
        self._writer: CapacityLimiter | None = None

    def library(self) -> Library:
        opened: Library | None = getattr(self._local, "library", None)
        if opened is None:
            opened = open_library(self.root)
            self._local.library = opened
        return opened

    async def read(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """``fn(library, *args, **kwargs)`` in a worker thread."""
        return await anyio.to_thread.run_sync(lambda: fn(self.library(), *args, **kwargs))

    async def write(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """``fn(library, *args, **kwargs)`` in a worker thread, one write at a time."""
        if self._writer is None:
            self._writer = CapacityLimiter(1)
        return await anyio.to_thread.run_sync(lambda: fn(self.library(), *args, **kwargs), limiter=self._writer)
