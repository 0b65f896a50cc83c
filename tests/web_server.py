"""A real desk server for browser tests: uvicorn in a thread on a free loopback port, and Playwright's Chromium
(Debian's, which ``.ci/run`` installs; Playwright cannot download browsers here)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

from web.app import create_app

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
def served(library: Path, *, token: str | None = None) -> Iterator[str]:
    """The desk over ``library`` at the yielded base URL until the block ends."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(library, token=token), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the desk server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
