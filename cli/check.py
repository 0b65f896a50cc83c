"""``photodesk check``."""

from __future__ import annotations

import sys

import click

from catalog.ops.check import check

from .options import LibraryRef, ProgressBar, json_option, pass_ref, print_json

PENDING_SHOWN = 10  # pending items printed one per line; --json has them all


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
    for item in report.pending[:PENDING_SHOWN]:
        click.echo(f"pending: {item}", err=True)
    if len(report.pending) > PENDING_SHOWN:
        click.echo(f"pending: … and {len(report.pending) - PENDING_SHOWN} more (--json lists every one)", err=True)
    if report.pending:
        click.echo(
            "pending work of an interrupted ingest is not damage: ingesting the same batch again, or "
            "'photodesk check --repair', finishes it",
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
