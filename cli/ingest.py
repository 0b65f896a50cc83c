"""``photodesk ingest``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from catalog.ingest import ingest as run_ingest
from catalog.library import library_exists
from catalog.models import FAILED, NEW, PRESENT, SKIPPED, FileResult

from . import cli
from .options import LibraryRef, json_option, pass_ref, print_json, stderr_is_terminal


class _Bar:
    """A progress bar on stderr, only when stderr is a terminal; created once the total is known."""

    def __init__(self) -> None:
        self.bar: Any = None

    def __call__(self, result: FileResult, done: int, total: int) -> None:
        if not stderr_is_terminal():
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Ingesting", file=sys.stderr, show_pos=True, show_eta=True)
            self.bar.__enter__()
        self.bar.update(1)
        if done == total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would happen; write nothing.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help="Worker processes (default: all cores).")
@json_option
@pass_ref
def ingest(ref: LibraryRef, paths: tuple[Path, ...], dry_run: bool, jobs: int | None, json_: bool) -> None:
    """Copy pictures (files or folders, recursively) into the library and catalog them.

    JPEG, PNG, TIFF and WebP are recognised by content. Originals are copied byte for byte and never
    modified; a file already in the library is recorded, not stored again. Exit status 1 if any file failed.

    Example:

    \b
        photodesk ingest ~/incoming/2016-06-06 --jobs 2
        photodesk ingest batch/ --dry-run --json
    """
    library = None
    if not dry_run or library_exists(ref.root):
        library = ref.open(create=not dry_run)
    bar = _Bar()
    try:
        summary = run_ingest(library, list(paths), jobs=jobs or os.cpu_count() or 1, dry_run=dry_run, progress=bar)
    finally:
        bar.close()
    if json_:
        print_json(summary.to_dict())
    for f in summary.files:
        if f.status in (FAILED, SKIPPED):
            click.echo(f"{f.status}: {f.path}: {f.reason}", err=True)
        for warning in f.warnings:
            click.echo(f"warning: {f.path}: {warning}", err=True)
    counts = {s: summary.count(s) for s in (NEW, PRESENT, FAILED, SKIPPED)}
    head = "dry run (nothing written)" if dry_run else f"batch {summary.batch_id}"
    click.echo(
        f"{head}: {counts[NEW]} new, {counts[PRESENT]} already in the library, "
        f"{counts[FAILED]} failed, {counts[SKIPPED]} skipped",
        err=True,
    )
    if counts[FAILED]:
        sys.exit(1)
