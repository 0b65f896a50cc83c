"""The command line as a user meets it: help, errors as one line, ids, and read commands that create nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from cli import cli

from .helpers import DATA, photo, run, run_json, subprocess_cli


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = []
    for name, command in group.commands.items():
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
def two_assets(tmp_path: Path) -> list[dict]:
    for name in ("osprey.jpg", "casa-mila.jpg"):
        shutil.copy(DATA / name, tmp_path / name)
    run_json("ingest", str(tmp_path / "osprey.jpg"), str(tmp_path / "casa-mila.jpg"))
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
