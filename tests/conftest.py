from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .helpers import require_exiftool

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(autouse=True)
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own library; nothing a test does can touch the developer's current directory."""
    lib = tmp_path / "library"
    monkeypatch.setenv("PHOTODESK_LIBRARY", str(lib))
    return lib


@pytest.fixture
def needs_exiftool() -> None:
    """Tests that check us against exiftool skip on a machine without it, but never in CI; the same test is made
    by the ``exiftool`` helpers themselves, so a test using them cannot forget it."""
    require_exiftool()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium (Debian's) for every browser test of the session: starting Playwright and a browser
    costs over a second, four times over when each module had its own. Each test opens a page of its own, in a
    context of its own, so no cookie or storage passes from one test to the next."""
    from playwright.sync_api import sync_playwright

    from .web_server import require_chromium

    executable = require_chromium()
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()
