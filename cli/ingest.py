"""``photodesk ingest``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from catalog.captions.sheets import CaptionPlan
from catalog.ingest.discover import check_paths
from catalog.ingest.session import IngestRequest, IngestSession
from catalog.model import DUPLICATE, FAILED, NEW, PRESENT, SKIPPED, BatchSummary

from .options import (
    LibraryRef,
    ProgressBar,
    json_option,
    on_duplicate_option,
    pass_ref,
    print_json,
    stderr_is_terminal,
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(), callback=lambda ctx, param, v: _paths(v))
@click.option(
    "--captions",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A caption sheet (.csv/.json: file, caption, credit, headline, people) or an article (.txt).",
)
@click.option("--yes", "-y", is_flag=True, help="Accept the proposed caption pairing without asking.")
@click.option("--no-autofix", is_flag=True, help="Correct no photographer names; queue them for review.")
@on_duplicate_option
@click.option("--dry-run", is_flag=True, help="Show what would happen; write nothing.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help="Worker processes (default: all cores).")
@json_option
@pass_ref
def ingest(
    ref: LibraryRef,
    paths: tuple[Path, ...],
    captions: Path | None,
    yes: bool,
    no_autofix: bool,
    on_duplicate: str,
    dry_run: bool,
    jobs: int | None,
    json_: bool,
) -> None:
    """Copy pictures (files or folders, recursively) into the library and catalog them.

    JPEG, PNG, TIFF and WebP are recognised by content. Originals are copied byte for byte and never
    modified; a file already in the library is recorded, not stored again. Captions and credits come from the
    pictures' metadata, from sidecars (NAME.txt, NAME.json, NAME.xmp), and from --captions: a sheet, or an
    article whose photo slots are paired with the pictures in natural file-name order. Exit status 1 if any
    file failed, or a caption could not be read or applied (an unreadable sidecar, sheet or article, a sheet row
    that names no picture); the pictures are ingested all the same.

    Example:

    \b
        photodesk ingest ~/incoming/2016-06-06 --jobs 2
        photodesk ingest moscow/ --captions moscow/article.txt --yes
        photodesk ingest batch/ --captions sheet.csv --dry-run --json
        photodesk ingest resend/ --on-duplicate skip
    """
    library = None
    if not dry_run or ref.exists():
        library = ref.open(create=not dry_run)
    request = IngestRequest(
        list(paths),
        captions,
        autofix=not no_autofix,
        on_duplicate=on_duplicate,
        dry_run=dry_run,
        jobs=jobs or os.cpu_count() or 1,
    )
    session = IngestSession(library, request)
    plan = session.plan()
    if plan is not None:
        _confirm(plan, yes)
    bar = ProgressBar("Ingesting")
    try:
        outcome = session.run(progress=lambda result, done, total: bar(done, total))
    finally:
        bar.close()
    if json_:
        print_json(outcome.to_dict())
    _report(outcome.summary)
    if outcome.failed:  # a file failed, or a caption offered was not read or not applied: see the README
        sys.exit(1)


def _paths(values: tuple[str, ...]) -> tuple[Path, ...]:
    """``Path("")`` is the current folder: an empty argument (an unset shell variable) must be refused first."""
    check_paths(values)
    return tuple(Path(v) for v in values)


def _confirm(plan: CaptionPlan, yes: bool) -> None:
    """Show the pairing and, on a terminal, ask before anything is written."""
    for image, offer in plan.pairing:
        text = offer.caption or offer.headline or ""
        click.echo(f"{Path(image).name:>24}  <-  {offer.credit or '(no credit)'}  {text[:70]}", err=True)
    for problem in plan.problems:
        click.echo(("error: " if plan.refused else "warning: ") + problem, err=True)
    asking = plan.pairing and not yes and sys.stdin.isatty() and stderr_is_terminal()
    if asking and not click.confirm("Link these captions?", default=True, err=True):
        click.echo("nothing ingested: the pairing was declined (--yes accepts it without asking)", err=True)
        sys.exit(1)


def _report(summary: BatchSummary) -> None:
    for f in summary.files:
        if f.status in (FAILED, SKIPPED, DUPLICATE):
            click.echo(f"{f.status}: {f.path}: {f.reason}", err=True)
        for warning in f.warnings:
            click.echo(f"warning: {f.path}: {warning}", err=True)
    links = summary.links
    if links is not None:
        for c in links.corrections:
            click.echo(
                f"corrected: asset {c['asset_id']}: {c['from']!r} -> {c['to']!r} ({c['rule']}; "
                f"undo with 'photodesk credits undo {c['id']}')",
                err=True,
            )
        for r in links.reviews:
            click.echo(f"review: asset {r['asset_id']}: {r['written']!r} kept as written — {r['reason']}", err=True)
        for c in links.conflicts:
            click.echo(
                f"conflict: asset {c['asset_id']}: {c['field']} differs between "
                f"{', '.join(c['values'])}; {c['chosen']} used",
                err=True,
            )
    for note in summary.copies:
        also = (
            f"; {', '.join(note.differences)} (photodesk dupes merge {note.duplicate_of})" if note.differences else ""
        )
        click.echo(
            f"copy: asset {note.asset_id} is a copy of asset {note.duplicate_of} ({note.via}, "
            f"{note.distance} bits){also}",
            err=True,
        )
    counts = {s: summary.count(s) for s in (NEW, PRESENT, FAILED, SKIPPED, DUPLICATE)}
    head = "dry run (nothing written)" if summary.dry_run else f"batch {summary.batch_id}"
    click.echo(
        f"{head}: {counts[NEW]} new, {counts[PRESENT]} already in the library, "
        f"{counts[FAILED]} failed, {counts[SKIPPED]} skipped"
        + (f", {counts[DUPLICATE]} copies not stored" if counts[DUPLICATE] else ""),
        err=True,
    )
