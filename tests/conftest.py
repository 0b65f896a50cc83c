from __future__ import annotations

import os
from pathlib import Path

import pytest

from .helpers import EXIFTOOL


@pytest.fixture(autouse=True)
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own library; nothing a test does can touch the developer's current directory."""
    lib = tmp_path / "library"
    monkeypatch.setenv("PHOTODESK_LIBRARY", str(lib))
    return lib


@pytest.fixture
def needs_exiftool() -> None:
    """Tests that check us against exiftool skip on a machine without it, but never in CI."""
    if EXIFTOOL is None:
        if os.environ.get("CI"):
            pytest.fail("exiftool is required in CI (apt-get install libimage-exiftool-perl)")
        pytest.skip("exiftool is not installed")
