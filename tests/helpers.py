"""Shared test helpers: real image files made with Pillow, metadata written by exiftool, the CLI."""

from __future__ import annotations

import atexit
import json
import os
import random
import shutil
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


class _StayOpen:
    """One exiftool for the whole session (``-stay_open``), fed one command at a time through its argument pipe.

    Starting exiftool loads Perl and ExifTool's modules, a tenth of a second or more each time; the suite runs
    exiftool hundreds of times. Each ``-execute`` is a separate command line to exiftool (its options do not carry
    over), and ``-echo3 ${status}`` reports the exit status that command would have had, so a failure still raises
    as ``subprocess.run(check=True)`` would. ``setpriv --pdeathsig`` ends exiftool with the test process, which a
    kill would otherwise leave behind polling its pipe."""

    def __init__(self, tool: str) -> None:
        guard = [g, "--pdeathsig", "KILL"] if (g := shutil.which("setpriv")) else []
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115  (open as long as the process; closed with it)
        self.proc = subprocess.Popen(
            [*guard, tool, "-stay_open", "True", "-@", "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
        )
        self.count = 0

    def alive(self) -> bool:
        return self.proc.poll() is None

    def run(self, args: list[str]) -> tuple[int, bytes, bytes]:
        """(exit status, stdout, stderr) of exiftool run with ``args``."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.count += 1
        ready = f"{{ready{self.count}}}\n".encode()
        status_line = f"{{status{self.count} "
        lines = [*args, "-echo3", status_line + "${status}}", f"-execute{self.count}"]
        start = self.stderr.seek(0, os.SEEK_END)
        self.proc.stdin.write(("\n".join(lines) + "\n").encode())
        self.proc.stdin.flush()
        out = b""
        fd = self.proc.stdout.fileno()
        while not out.endswith(ready):
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                raise RuntimeError(f"exiftool ended during {args}")
            out += chunk
        out = out[: -len(ready)]
        body, _, status = out.rpartition(status_line.encode())
        self.stderr.seek(start)
        return int(status.strip().rstrip(b"}")), body, self.stderr.read()

    def close(self) -> None:
        if self.alive():
            assert self.proc.stdin is not None
            self.proc.stdin.write(b"-stay_open\nFalse\n")
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        self.stderr.close()


_EXIFTOOL: list[_StayOpen] = []


def _exiftool(args: list[str]) -> bytes:
    """exiftool's stdout for ``args``; raises ``CalledProcessError`` when exiftool fails, as a run of its own does.
    An argument the argument pipe cannot carry as it is (a line break, leading white space, a leading ``#``, an
    empty one) is given to an exiftool of its own instead."""
    tool = require_exiftool()
    if any(not a or a[0].isspace() or a[0] == "#" or "\n" in a or "\r" in a for a in args):
        return subprocess.run([tool, *args], check=True, capture_output=True).stdout
    if not _EXIFTOOL or not _EXIFTOOL[0].alive():
        _EXIFTOOL[:] = [_StayOpen(tool)]
        atexit.register(_EXIFTOOL[0].close)
    status, out, err = _EXIFTOOL[0].run(args)
    if status != 0:
        raise subprocess.CalledProcessError(status, [tool, *args], out, err)
    return out


def exiftool(path: Path, *args: str) -> None:
    """Write metadata with exiftool, the reference writer; IIM is declared UTF-8 unless args say otherwise."""
    _exiftool(["-q", "-q", "-overwrite_original", *args, str(path)])


def exiftool_read(path: Path, *tags: str, charset: str | None = None) -> dict[str, Any]:
    extra = ["-charset", f"iptc={charset}"] if charset else []
    out = _exiftool(["-j", "-struct", *extra, *tags, str(path)])
    return dict(json.loads(out.decode())[0])


def run(*args: str, input: str | None = None) -> Result:
    """The CLI through click's runner; stdout and stderr stay separate."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def run_json(*args: str) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


_CLIENTS: list[Any] = []


def desk_client(app: Any, **kw: Any) -> Any:
    """A test client of the desk ``app``, started as a server is (its lifespan runs) and stopped when the test
    ends (``close_desk_clients``, from conftest): the desk's connections to the catalog close with it."""
    from starlette.testclient import TestClient

    client = TestClient(app, **kw)
    client.__enter__()
    _CLIENTS.append(client)
    return client


def close_desk_clients() -> None:
    while _CLIENTS:
        _CLIENTS.pop().__exit__(None, None, None)


def subprocess_cli(*args: str, library: Path, **kw: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    return subprocess.run([sys.executable, "-m", "cli", *args], env=env, capture_output=True, text=True, **kw)


_TEMPLATES: dict[str, tuple[Path, Any]] = {}


def cached_library(key: str, library: Path, build: Callable[[], T]) -> T:
    """``build()`` fills the library the environment names (``library``) once per test session; later tests get
    their own copy of the result. Each test still has a library of its own to change, while the expensive part
    (exiftool runs, an ingest's process pool) runs once per kind of desk. A library whose catalog is in
    PostgreSQL (its folder names a schema of the test's own) is built for each test: a copied folder would name
    the template's schema."""
    if (library / "photodesk.toml").is_file():
        return build()
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
    neighbour index file: its random identity and the order hashes were written in). Either engine: PostgreSQL's
    search vector and migration bookkeeping are left out with SQLite's. ``leave_out`` names tables
    (``batch_files``) or columns (``assets.duplicate_of``) to skip."""
    from catalog.db.connection import POSTGRESQL
    from catalog.db.transfer import Transfer
    from catalog.library import open_library

    lib = open_library(library)
    try:
        conn = lib.catalog._conn
        transfer = Transfer(conn)
        sha = dict(conn.execute("SELECT id, sha256 FROM assets").fetchall())
        if conn.dialect == POSTGRESQL:
            names = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        else:
            names = "SELECT name FROM sqlite_master WHERE type = 'table'"
        skipped = ("batches", "catalog_identity", "hash_journal", "photodesk_migrations", *leave_out)
        tables = sorted(
            str(r[0])
            for r in conn.execute(names, []).fetchall()
            if not str(r[0]).startswith(("assets_fts", "sqlite_", "_sqlite")) and r[0] not in skipped
        )
        out = {}
        for table in tables:
            columns = [c for c in transfer.columns(table) if c != "search_vector"]
            rows = []
            for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}", []).fetchall():
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
        lib.close()
