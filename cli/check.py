"""``photodesk check``."""

from __future__ import annotations

import sys

import click

from catalog.ops.check import check

from .options import LibraryRef, ProgressBar, json_option, pass_ref, print_json


@click.command(name="check")
@click.option(
    "--repair",
    is_flag=True,
    help="Rebuild what can be derived, restore originals from their sources, "
    "quarantine unaccounted files; never delete.",
)
@json_option
@pass_ref
def check_cmd(ref: LibraryRef, repair: bool, json_: bool) -> None:
    """Verify the library: database integrity, every original against its SHA-256, thumbnails, stray files,
    the search index. Exit status 0 when healthy (after --repair: when everything found was mended).

    Example:

    \b
        photodesk check
        photodesk check --repair --json
    """
    bar = ProgressBar("Checking")

    report = check(ref.open(), repair=repair, progress=bar)
    bar.close()
    if json_:
        print_json(report.to_dict())
    for p in report.problems:
        state = "mended" if p.mended else "PROBLEM"
        click.echo(f"{state}: {p.kind}: {p.where}: {p.detail}", err=True)
    if report.pending:
        click.echo(
            f"pending: {len(report.pending)} stored file(s) from an interrupted ingest; ingesting the same "
            "batch again records them",
            err=True,
        )
    if report.repair_refused:
        click.echo(f"the library at {ref.root} is read-only: verified, but could not repair anything", err=True)
    verdict = "healthy" if report.healthy else "NOT healthy"
    mended = sum(p.mended for p in report.problems)
    found = f"{len(report.problems)} problem(s)" + (f", {mended} mended" if mended else "")
    click.echo(f"{verdict}: {report.assets} assets, {report.files} originals verified, {found}", err=True)
    if not report.healthy:
        sys.exit(1)
