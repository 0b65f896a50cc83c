"""The command line as a user meets it: help, errors as one line, ids, and read commands that create nothing."""

from __future__ import annotations

import importlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import pytest

from catalog.db.assets import Assets
from cli import COMMANDS, PhotodeskGroup, cli

from .helpers import DATA, cached_library, photo, run, run_json, subprocess_cli


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path, through the groups' own lookup: the root group loads its commands only when asked."""
    ctx = click.Context(group)
    out = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        out.append((*prefix, name))
        if isinstance(command, click.Group):
            out += all_commands(command, (*prefix, name))
    return out


@pytest.mark.parametrize("path", all_commands(cli), ids=" ".join)
def test_every_command_has_help_with_a_real_example(path: tuple[str, ...]) -> None:
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert "photodesk " in result.stdout.split("Example:", 1)[1]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_command_table_gives_each_command_its_own_name_and_short_help(name: str) -> None:
    """``photodesk --help`` lists the table's short helps: they must cut as the commands' own at every width."""
    command = cli.get_command(click.Context(cli), name)
    assert command is not None and command.name == name
    listed = click.Command(name, help=COMMANDS[name][1])
    for limit in range(10, 300):
        assert listed.get_short_help_str(limit) == command.get_short_help_str(limit), limit


def test_every_top_level_command_of_the_cli_modules_is_in_the_command_table() -> None:
    """A command defined in a cli module but missing from the table would never be reachable."""
    modules = [
        importlib.import_module(f"cli.{p.stem}")
        for p in (Path(__file__).resolve().parent.parent / "cli").glob("*.py")
        if p.stem not in ("__init__", "__main__")
    ]
    defined = {
        f"{module.__name__}:{attribute}": value
        for module in modules
        for attribute, value in vars(module).items()
        if isinstance(value, click.Command) and value.callback and value.callback.__module__ == module.__name__
    }
    nested = {
        id(sub) for value in defined.values() if isinstance(value, click.Group) for sub in value.commands.values()
    }
    assert len(modules) >= 9
    top_level = {path for path, value in defined.items() if id(value) not in nested}
    assert top_level == {path for path, _ in COMMANDS.values()}


@pytest.mark.parametrize("width", [40, 80, 120, 200])
def test_the_root_help_lists_the_commands_as_click_does_once_they_are_loaded(width: int) -> None:
    group = PhotodeskGroup("photodesk")
    ctx = click.Context(group, terminal_width=width, max_content_width=width)
    lazy, loaded = ctx.make_formatter(), ctx.make_formatter()
    group.format_commands(ctx, lazy)
    click.Group.format_commands(group, ctx, loaded)  # click's own listing: imports each command to ask it
    assert "contact-sheet" in lazy.getvalue()
    assert lazy.getvalue() == loaded.getvalue()


# What the commands need and ``photodesk --help`` must not pay for (it took 1.2 s when it imported them all).
HEAVY = (
    *("cv2", "numpy", "pyexiv2", "exiv2", "imagehash", "PIL", "sqlite_utils", "catalog.library", "catalog.credits"),
    *("boto3", "botocore"),
)


@pytest.mark.parametrize("args", [("--help",), ("-h",), ("--version",)])
def test_the_root_help_imports_no_command_nor_what_the_commands_need(args: tuple[str, ...], tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cli", *args], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "photodesk" in done.stdout
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "click" in imported, "the import trace is there to read"
    commands = {path.partition(":")[0] for path, _ in COMMANDS.values()}
    heavy = sorted(m for m in imported if m in commands or any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert not heavy


@pytest.mark.parametrize("command", [("ls",), ("show", "1")])
def test_read_commands_never_create_a_library(command: tuple[str, ...], library: Path) -> None:
    result = run(*command)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no photodesk library at")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not library.exists()


def test_init_creates_an_empty_library_and_says_so(library: Path) -> None:
    result = run("init")
    assert result.exit_code == 0
    assert (library / "library.db").is_file() and (library / "assets" / "originals").is_dir()
    assert run_json("ls") == []


def test_library_option_beats_the_environment(tmp_path: Path, library: Path) -> None:
    other = tmp_path / "other"
    assert run("--library", str(other), "init").exit_code == 0
    assert (other / "library.db").is_file() and not library.exists()


@pytest.fixture
def two_assets(tmp_path: Path, library: Path) -> list[dict]:
    """Two photographs ingested (once per session; each test gets a copy of the library) and listed."""

    def build() -> None:
        for name in ("osprey.jpg", "casa-mila.jpg"):
            shutil.copy(DATA / name, tmp_path / name)
        run_json("ingest", str(tmp_path / "osprey.jpg"), str(tmp_path / "casa-mila.jpg"))

    cached_library("cli-two-assets", library, build)
    return run_json("ls")


def test_show_accepts_id_or_sha256_prefix(two_assets: list[dict]) -> None:
    asset = two_assets[0]
    assert run_json("show", str(asset["id"]))["sha256"] == asset["sha256"]
    assert run_json("show", asset["sha256"][:6])["id"] == asset["id"]
    assert run_json("show", asset["sha256"][:12].upper())["id"] == asset["id"]


@pytest.mark.parametrize(
    ("ident", "message"),
    [
        ("99", "no asset matches"),
        ("abc", "at least 6 hex digits"),
        ("zzzzzzzz", "at least 6 hex digits"),
        ("ffffffffff", "no asset matches"),
    ],
)
def test_show_bad_ids_are_one_line_errors(two_assets: list[dict], ident: str, message: str) -> None:
    result = run("show", ident)
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_asset_json_has_every_public_key(two_assets: list[dict]) -> None:
    keys = {
        "id",
        "sha256",
        "path",
        "filename",
        "source_paths",
        "format",
        "width",
        "height",
        "bytes",
        "taken_at",
        "camera",
        "caption",
        "headline",
        "byline",
        "credit",
        "source",
        "copyright",
        "keywords",
        "people",
        "location",
        "gps",
        "ingested_at",
        "batch_id",
    }
    for asset in two_assets:
        assert keys <= set(asset)
        assert set(asset["credit"]) >= {"raw"}
        assert isinstance(asset["keywords"], list) and isinstance(asset["people"], list)


def test_ls_table_lists_newest_first(two_assets: list[dict]) -> None:
    result = run("ls")
    header, *lines = result.stdout.splitlines()
    assert header.split()[0] == "id"
    assert [int(line.split()[0]) for line in lines] == [a["id"] for a in two_assets]


def test_cli_runs_as_a_subprocess_with_python_m(tmp_path: Path) -> None:
    shutil.copy(DATA / "osprey.jpg", tmp_path / "osprey.jpg")
    library = tmp_path / "lib"
    done = subprocess_cli("ingest", str(tmp_path / "osprey.jpg"), library=library)
    assert done.returncode == 0, done.stderr
    assert "1 new" in done.stderr and done.stdout == ""
    shown = subprocess_cli("show", "1", "--json", library=library)
    assert '"filename": "osprey.jpg"' in shown.stdout


def test_a_reader_that_stops_early_gets_no_error_message(tmp_path: Path, library: Path) -> None:
    """``photodesk ls | head -1``: the closed pipe ends the command quietly, as it ends any Unix tool."""
    for seed in range(3):
        photo(tmp_path / "in" / f"{seed}.jpg", seed=seed)
    run_json("ingest", str(tmp_path / "in"))
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "ls"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the command writes a line
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141
    assert err == ""


@pytest.mark.parametrize(
    ("raised", "expect_line"),
    [
        (sqlite3.OperationalError("database is locked"), "catalog error: database is locked"),
        (sqlite3.OperationalError("database or disk is full"), "catalog error: database or disk is full"),
        (sqlite3.OperationalError("no such column: captoin"), None),
    ],
)
def test_the_engine_unable_to_serve_is_one_line_and_a_bug_in_our_sql_is_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raised: sqlite3.Error, expect_line: str | None
) -> None:
    """A locked or full catalog is the user's to act on: one line. A statement of ours the engine rejects is our
    bug: it must surface as itself, not dressed as a catalog error."""
    run("--library", str(tmp_path), "init")

    def failing(self: object, limit: int) -> list[int]:
        raise raised

    monkeypatch.setattr(Assets, "latest", failing)
    if expect_line is None:
        with pytest.raises(sqlite3.OperationalError, match="no such column"):
            run("--library", str(tmp_path), "ls")
        return
    result = run("--library", str(tmp_path), "ls")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"Error: {expect_line}"]


# What reading the catalog does not need: the pixels' libraries, the credit parser's vocabulary, sqlite-utils, and
# the S3 client (a library in a folder never loads it).
NOT_FOR_READING = (
    *("cv2", "numpy", "pyexiv2", "exiv2", "imagehash", "PIL", "sqlite_utils", "catalog.credits.labels"),
    *("boto3", "botocore"),
)


@pytest.mark.parametrize("args", [("ls",), ("search", "otters"), ("search", "agency:GPO"), ("show", "1", "--json")])
def test_reading_commands_load_neither_pixels_nor_the_credit_vocabulary(args: tuple[str, ...], tmp_path: Path) -> None:
    """``ls``, ``search`` and ``show`` on a linked library start in a fifth of a second (0.75 s before): they
    load what they read with, not OpenCV, numpy, exiv2, Pillow, sqlite-utils or the 43 languages' credit words."""
    library = tmp_path / "lib"

    def build() -> None:
        picture = photo(tmp_path / "in" / "otters.jpg", fmt="JPEG")
        assert run("--library", str(library), "ingest", str(picture)).exit_code == 0

    cached_library("cli-otters", library, build)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cli", "--library", str(library), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "catalog.db" in imported, "the import trace is there to read"
    heavy = sorted(m for m in imported if any(m == h or m.startswith(h + ".") for h in NOT_FOR_READING))
    assert not heavy
