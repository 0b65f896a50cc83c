from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import require_exiftool


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
