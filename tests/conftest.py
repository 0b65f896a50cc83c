from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .engines import BOTH_ENGINES, POSTGRESQL, SQLITE, fresh_schema, point_library_at
from .helpers import close_desk_clients, require_exiftool
from .s3 import s3_bucket, s3_endpoint, s3_library

__all__ = ["s3_bucket", "s3_endpoint", "s3_library"]  # the S3 server's fixtures, for every test module

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The modules in ``BOTH_ENGINES`` run every test on SQLite and on PostgreSQL."""
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    marked = metafunc.definition.get_closest_marker("sqlite_only") is not None
    if module in BOTH_ENGINES and "engine" in metafunc.fixturenames and not marked:
        metafunc.parametrize("engine", [SQLITE, POSTGRESQL], indirect=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite itself (its files, PRAGMAs): one engine only")


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The catalog engine of this test's library: ``sqlite`` unless the module runs on both."""
    return str(getattr(request, "param", SQLITE))


@pytest.fixture(autouse=True)
def library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str, request: pytest.FixtureRequest
) -> Iterator[Path]:
    """Every test gets its own library; nothing a test does can touch the developer's current directory. On
    PostgreSQL the library is a newsroom's: its folder's ``photodesk.toml`` names a schema of the test's own
    (``tests/engines.py``) and a bucket of its own on the suite's S3 server (``tests/s3.py``)."""
    lib = tmp_path / "library"
    monkeypatch.setenv("PHOTODESK_LIBRARY", str(lib))
    if engine != POSTGRESQL:
        yield lib
        return
    bucket = request.getfixturevalue("s3_bucket")
    for url in fresh_schema():
        point_library_at(lib, url, bucket.url)
        yield lib


@pytest.fixture
def new_library(tmp_path: Path, engine: str, request: pytest.FixtureRequest) -> Iterator[Callable[[str], Path]]:
    """Makes more libraries of the test's engine beside ``library``: ``new_library("other")`` is
    ``tmp_path / "other"``, empty, for a test that compares two libraries or needs a fresh one. On PostgreSQL each
    has a schema of its own and a prefix of its own in the test's bucket, dropped with them when the test ends."""
    with contextlib.ExitStack() as made:

        def make(name: str) -> Path:
            lib = tmp_path / name
            if engine == POSTGRESQL:
                bucket = request.getfixturevalue("s3_bucket")
                url = made.enter_context(contextlib.contextmanager(fresh_schema)())
                point_library_at(lib, url, f"s3://{bucket.name}/{name}")
            return lib

        yield make


@pytest.fixture(autouse=True)
def _desk_clients_closed() -> Iterator[None]:
    """Every desk a test started is stopped when it ends (``helpers.desk_client``)."""
    yield
    close_desk_clients()


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


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page of its own, in a context of its own, on the session's Chromium; a script error on it fails the
    test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda e: errors.append(str(e)))
    yield opened
    context.close()
    assert not errors, errors
