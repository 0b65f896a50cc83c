"""``photodesk credits``: check credit lines, keep the photographer authority, review and fix names."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from catalog.credits.explain import Step
from catalog.credits.explain import render as render_steps
from catalog.credits.styles import render, styles
from catalog.credits.styles import summary as gallery_summary
from catalog.ops.assets import assets_by_ids, select
from catalog.ops.authority import export_photographers
from catalog.ops.corrections import import_and_relink, merge, undo
from catalog.ops.link import check_lines
from catalog.ops.review import clusters, open_reviews

from .options import LibraryRef, json_option, pass_ref, print_json


@click.group()
def credits() -> None:
    """Credit lines and photographer names.

    Example:

    \b
        photodesk credits parse "Netanyahu in Moscow. (Haim Zch/GPO)"
        photodesk credits review
    """


@credits.command()
@click.argument("text", nargs=-1)
@click.option("--no-autofix", is_flag=True, help="Report what would be corrected; correct nothing.")
@click.option("--explain", is_flag=True, help="Show each segment of the line, what it was taken for, and why.")
@json_option
@pass_ref
def parse(ref: LibraryRef, text: tuple[str, ...], no_autofix: bool, explain: bool, json_: bool) -> None:
    """Parse captions or credit lines (arguments, or stdin one per line); changes nothing.

    Names are checked against the library's authority and history when there is a library. With --json, one
    JSON object per line (JSON Lines): caption, credit {raw, photographers, agency, kind, line}, corrections;
    with --explain also explain [{segment, as, why}].

    Example:

    \b
        photodesk credits parse "(Haim Zach/GPO)" "REUTERS/Maxim Shemetov"
        photodesk credits parse --explain "Firefighters at the scene (Haifa Fire Department)"
        cat captions.txt | photodesk credits parse --json
    """
    lines = list(text) if text else [line.rstrip("\n") for line in sys.stdin if line.strip()]
    library = ref.open() if ref.exists() else None
    for result in check_lines(library, lines, autofix=not no_autofix, explain=explain):
        if json_:
            click.echo(json.dumps(result, ensure_ascii=False))
            continue
        credit = result["credit"]
        if credit is None:
            click.echo(f"(no credit)  {result['caption'] or ''}")
        else:
            who = ", ".join(credit["photographers"]) or "—"
            agency = credit["agency"] or "—"
            click.echo(f"{credit['line']}\t[{credit['kind']}; photographers: {who}; agency: {agency}]")
        for row in render_steps([Step(s["segment"], s["as"], s["why"]) for s in result.get("explain", [])]):
            click.echo(row)
        if credit is None:
            continue
        for c in result["corrections"]:
            click.echo(f"  corrected {c['from']!r} -> {c['to']!r} ({c['rule']})", err=True)
        for r in result["reviews"]:
            click.echo(f"  review {r['written']!r}: {r['reason']}", err=True)


@credits.group()
def authority() -> None:
    """The photographer authority: canonical names, agencies and aliases.

    Example:

    \b
        photodesk credits authority import photographers.csv
        photodesk credits authority export > photographers.csv
    """


@authority.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
@pass_ref
def authority_import(ref: LibraryRef, file: Path, json_: bool) -> None:
    """Add photographers from a CSV with the header name,agency,aliases (aliases separated by |).

    Example:

    \b
        photodesk credits authority import photographers.csv
    """
    report = import_and_relink(ref.open(create=True), file)
    if json_:
        print_json(report)
    click.echo(f"{report['added']} added, {report['updated']} updated, {report['aliases']} aliases", err=True)
    echo_relink(report)


@authority.command(name="export")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the CSV to this file (never one of the library's own files) instead of stdout.",
)
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@pass_ref
def authority_export(ref: LibraryRef, output: Path | None, force: bool) -> None:
    """Print the authority as CSV (name,agency,aliases), or write it to a file.

    Example:

    \b
        photodesk credits authority export > photographers.csv
        photodesk credits authority export -o photographers.csv --force
    """
    library = ref.open()
    if output is not None:
        library.check_output(output, force=force)
    text = export_photographers(library)
    if output is None:
        click.echo(text, nl=False)
        return
    library.write_output(output, text.encode("utf-8"), force=force)
    click.echo(f"authority written to {output}", err=True)


@credits.command()
@json_option
@pass_ref
def review(ref: LibraryRef, json_: bool) -> None:
    """Clusters of variant spellings of photographer names, and names queued because a fix was not certain.

    Example:

    \b
        photodesk credits review
        photodesk credits merge "Koby Gideon" --into "Kobi Gideon"
    """
    library = ref.open()
    groups, queue = clusters(library), open_reviews(library)
    if json_:
        print_json({"clusters": groups, "queue": queue})
        return
    for group in groups:
        names = ", ".join(f"{n['name']} ({n['count']})" for n in group["names"])
        click.echo(f"cluster: {names}")
    for item in queue:
        click.echo(f"queued: asset {item['asset_id']}: {item['written']!r} — {item['reason']}")
    if not groups and not queue:
        click.echo("nothing to review", err=True)


@credits.command(name="merge")
@click.argument("variant")
@click.option("--into", "into", required=True, help="The canonical spelling.")
@click.option("--agency", default=None, help="The agency, if the canonical name is new to the authority.")
@json_option
@pass_ref
def merge_cmd(ref: LibraryRef, variant: str, into: str, agency: str | None, json_: bool) -> None:
    """Record VARIANT as an alias of a canonical name and fix every picture credited to it (raw text kept).

    Example:

    \b
        photodesk credits merge "Koby Gideon" --into "Kobi Gideon"
    """
    result = merge(ref.open(), variant, into, agency=agency)
    if json_:
        print_json(result)
    click.echo(f"{variant!r} is now an alias of {into!r}; {len(result['assets_fixed'])} picture(s) fixed", err=True)
    echo_relink({**result["relinked"], "pictures_changed": result["pictures_changed"]})


def echo_relink(report: dict[str, Any]) -> None:
    """What an authority change did to the pictures: how many were looked at and changed, each fix with its
    undo, and the reviews it settled."""
    for c in report.get("corrections", []):
        click.echo(
            f"  asset {c['asset_id']}: {c['from']!r} -> {c['to']!r} (undo: photodesk credits undo {c['id']})", err=True
        )
    closed = f", {report['reviews_closed']} review(s) settled" if report.get("reviews_closed") else ""
    click.echo(
        f"{report['pictures_changed']} picture(s) relinked of {report['pictures_examined']} examined{closed}", err=True
    )


@credits.command(name="undo")
@click.argument("correction_id", type=int)
@json_option
@pass_ref
def undo_cmd(ref: LibraryRef, correction_id: int, json_: bool) -> None:
    """Undo a name correction (ids are listed under 'corrections' in 'photodesk show ID').

    Example:

    \b
        photodesk credits undo 7
    """
    result = undo(ref.open(), correction_id)
    if json_:
        print_json(result)
    click.echo(f"asset {result['asset_id']}: {result['was']!r} is back to {result['restored']!r}", err=True)


@credits.command(name="line")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@click.option("--query", "-q", default=None, help="Pick the pictures with a search query instead of ids.")
@click.option(
    "--style",
    "-s",
    default="slash",
    show_default=True,
    help="slash, ap, photo, or a style from the library's photodesk.toml.",
)
@click.option("--summary", is_flag=True, help="One line for the whole gallery, each credit once.")
@json_option
@pass_ref
def line_cmd(ref: LibraryRef, ids: tuple[str, ...], query: str | None, style: str, summary: bool, json_: bool) -> None:
    """Print each picture's credit line in the house style (for one picture, the line alone; else id and line).

    Example:

    \b
        photodesk credits line 12 13 14
        photodesk credits line --query "agency:GPO date:2016-06" --style ap
        photodesk credits line 12 13 14 --summary
    """
    library = ref.open()
    chosen = _style(library.root, style)
    assets = assets_by_ids(library, select(library, query, list(ids)))
    lines = [render(a["credit"], chosen) for a in assets]
    if summary:
        text = gallery_summary(lines)
        print_json({"summary": text, "ids": [a["id"] for a in assets]}) if json_ else click.echo(text)
        return
    if json_:
        print_json([{"id": a["id"], "line": line} for a, line in zip(assets, lines, strict=True)])
        return
    if len(assets) == 1:  # one picture: the line alone, ready to paste under it
        click.echo(lines[0])
        return
    for a, line in zip(assets, lines, strict=True):
        click.echo(f"{a['id']:>6}  {line}")


def _style(root: Path, name: str) -> dict[str, str]:
    available = styles(root)
    if name not in available:
        raise click.UsageError(f"no style {name!r}: choose from {', '.join(sorted(available))}")
    return available[name]
