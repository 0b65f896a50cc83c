"""Shared test helpers: real image files made with Pillow, metadata written by exiftool, the CLI."""

from __future__ import annotations

import atexit
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import pytest
from click.testing import CliRunner, Result
from PIL import Image

from cli import cli

DATA = Path(__file__).parent / "data"
EXIFTOOL = shutil.which("exiftool")
T = TypeVar("T")


def photo(
    path: Path,
    *,
    size: tuple[int, int] = (320, 240),
    seed: int = 1,
    fmt: str | None = None,
    exif: bytes | None = None,
    **save: Any,
) -> Path:
    """A picture with structure (gradients, shapes, noise) rather than a flat colour, saved for real."""
    rng = random.Random(seed)
    w, h = size
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    r = Image.radial_gradient("L").resize(size)
    im = Image.merge("RGB", (im.getchannel(0), r, Image.effect_noise(size, 40).convert("L")))
    for _ in range(6):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        box = (x0, y0, min(w, x0 + rng.randrange(10, w // 2)), min(h, y0 + rng.randrange(10, h // 2)))
        im.paste((rng.randrange(256), rng.randrange(256), rng.randrange(256)), box)
    path.parent.mkdir(parents=True, exist_ok=True)
    if exif is not None:
        save["exif"] = exif
    im.save(path, fmt, **save)
    return path


def require_exiftool() -> str:
    """exiftool's path. A test that needs it skips on a machine without it (CI must have it: there it fails), so
    every test writing or reading metadata through ``exiftool``/``exiftool_read`` declares the need by using them."""
    if EXIFTOOL is None:
        if os.environ.get("CI"):
            pytest.fail("exiftool is required in CI (apt-get install libimage-exiftool-perl)")
        pytest.skip("needs exiftool, which is not installed (apt-get install libimage-exiftool-perl)")
    return EXIFTOOL


def exiftool(path: Path, *args: str) -> None:
    """Write metadata with exiftool, the reference writer; IIM is declared UTF-8 unless args say otherwise."""
    cmd = [require_exiftool(), "-q", "-q", "-overwrite_original", *args, str(path)]
    subprocess.run(cmd, check=True, capture_output=True)


def exiftool_read(path: Path, *tags: str, charset: str | None = None) -> dict[str, Any]:
    tool = require_exiftool()
    extra = ["-charset", f"iptc={charset}"] if charset else []
    out = subprocess.run(
        [tool, "-j", "-struct", *extra, *tags, str(path)], check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out)[0])


def run(*args: str, input: str | None = None) -> Result:
    """The CLI through click's runner; stdout and stderr stay separate."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def run_json(*args: str) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def subprocess_cli(*args: str, library: Path, **kw: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    return subprocess.run([sys.executable, "-m", "cli", *args], env=env, capture_output=True, text=True, **kw)


_TEMPLATES: dict[str, tuple[Path, Any]] = {}


def cached_library(key: str, library: Path, build: Callable[[], T]) -> T:
    """``build()`` fills the library the environment names (``library``) once per test session; later tests get
    their own copy of the result. Each test still has a library of its own to change, while the expensive part
    (exiftool runs, an ingest's process pool) runs once per kind of desk."""
    if key in _TEMPLATES:
        template, value = _TEMPLATES[key]
        shutil.copytree(template, library)
        return cast(T, value)
    value = build()
    template = Path(tempfile.mkdtemp(prefix=f"photodesk-{key}-")) / "library"
    shutil.copytree(library, template)
    atexit.register(shutil.rmtree, template.parent, True)
    _TEMPLATES[key] = (template, value)
    return value


def jpeg_batch(folder: Path, count: int) -> list[Path]:
    """``count`` distinct JPEGs named 1.jpg, 2.jpg … in ``folder``: the pictures an article's slots pair with."""
    return [photo(folder / f"{i}.jpg", seed=i, fmt="JPEG") for i in range(1, count + 1)]


def article_file(tmp_path: Path, text: str) -> Path:
    """The article ``text`` written as ``article.txt`` in UTF-8, as a desk saves it from a web page."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


ASSET_REFERENCES = ("asset_id", "other_id", "duplicate_of")


def catalog_rows(library: Path, *, leave_out: tuple[str, ...] = ()) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the catalog, table by table, in a form two libraries can be compared in: an asset is named by
    its SHA-256 rather than its id, a timestamp by whether it is set (``linked_at``: linked or not), row and batch
    ids are left out (so are the search index, derived from the rows, and the catalog's bookkeeping for the
    neighbour index file: its random identity and the order hashes were written in). ``leave_out`` names tables
    (``batch_files``) or columns (``assets.duplicate_of``) to skip."""
    conn = sqlite3.connect(library / "library.db")
    try:
        sha = dict(conn.execute("SELECT id, sha256 FROM assets"))
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not r[0].startswith(("assets_fts", "sqlite_", "_sqlite"))
            and r[0] not in ("batches", "catalog_identity", "hash_journal", *leave_out)
        ]
        out = {}
        for table in tables:
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
            rows = []
            for row in conn.execute(f"SELECT * FROM {table}"):
                cells: list[object] = []
                for name, value in zip(columns, row, strict=True):
                    if name in ("id", "batch_id") or f"{table}.{name}" in leave_out:
                        continue
                    if name.endswith("_at"):
                        value = value is not None
                    elif name in ASSET_REFERENCES and value is not None:
                        value = sha[value]
                    cells.append(value)
                rows.append(tuple(cells))
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()
