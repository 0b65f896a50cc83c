"""``photodesk dupes``: duplicate groups, re-examining the library, merging what copies know."""

from __future__ import annotations

import click

from catalog.dupes.neighbors import CandidateThresholds
from catalog.ops.assets import resolve_id
from catalog.ops.dupes import list_groups, merge
from catalog.ops.rescan import scan

from .options import LibraryRef, ProgressBar, json_option, pass_ref, print_json


@click.group(invoke_without_command=True)
@click.option(
    "--threshold",
    type=click.IntRange(0, 64),
    default=None,
    help="Only copies found within this many bits of their keeper.",
)
@json_option
@pass_ref
@click.pass_context
def dupes(ctx: click.Context, ref: LibraryRef, threshold: int | None, json_: bool) -> None:
    """List duplicate groups: each keeper with its copies, how they were found and verified.

    Example:

    \b
        photodesk dupes
        photodesk dupes --json
        photodesk dupes scan
        photodesk dupes merge 12
    """
    if ctx.invoked_subcommand is not None:
        return
    groups = list_groups(ref.open(), max_distance=threshold)
    if json_:
        print_json([g.to_dict() for g in groups])
        return
    for group in groups:
        click.echo(f"group {group.keeper}:")
        for m in group.members:
            how = "keeper" if m["keeper"] else f"copy ({m['via']}, {m['distance']} bits, {m['method']})"
            click.echo(f"  {m['id']:>6}  {m['size']:>11}  {m['filename'] or ''}  {how}")
    if not groups:
        click.echo("no duplicate groups", err=True)


@dupes.command(name="scan")
@click.option(
    "--threshold",
    type=click.IntRange(4, 32),
    default=None,
    help="pHash bits for whole-picture and mirror candidates (default 12; regions get 2 more).",
)
@json_option
@pass_ref
def scan_cmd(ref: LibraryRef, threshold: int | None, json_: bool) -> None:
    """Hash pictures that have no hashes yet and re-examine the whole library.

    Example:

    \b
        photodesk dupes scan
        photodesk dupes scan --threshold 14
    """
    thresholds = CandidateThresholds()
    if threshold is not None:
        thresholds = CandidateThresholds(phash=threshold, mirror=threshold, region=threshold + 2)
    bar = ProgressBar("Hashing")

    report = scan(ref.open(), thresholds, bar)
    bar.close()
    if json_:
        print_json(report)
    click.echo(
        f"{report['hashed']} hashed, {report['pairs_verified']} candidate pairs verified, "
        f"{report['copies']} copies, {report['groups']} groups",
        err=True,
    )


@dupes.command(name="merge")
@click.argument("group", metavar="GROUP")
@json_option
@pass_ref
def merge_cmd(ref: LibraryRef, group: str, json_: bool) -> None:
    """Carry the caption, headline, credit and people that copies have and their keeper lacks onto the keeper.

    GROUP is the keeper's id (or any member's). Each value carried is logged like a correction.

    Example:

    \b
        photodesk dupes merge 12
    """
    library = ref.open()
    result = merge(library, resolve_id(library, group))
    if json_:
        print_json(result)
    for c in result["carried"]:
        click.echo(f"carried {c['field']} onto keeper {result['keeper']}", err=True)
    for c in result["conflicts"]:
        click.echo(f"kept the keeper's {c['field']}; copy {c['copy']} says {c['value']!r}", err=True)
