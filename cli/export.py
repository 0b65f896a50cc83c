"""``photodesk export`` and ``photodesk contact-sheet``."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from catalog.errors import InvalidQuery
from catalog.library import Library
from catalog.ops.contactsheet import render as render_sheet
from catalog.ops.export import DEFAULT_NAME, ExportReport, Selection, choose, export, stream

from .credits import _style
from .options import LibraryRef, json_option, pass_ref, print_json
from .search import query_text

IDS_HELP = "Asset ids or SHA-256 prefixes instead of a query: --ids 12 13 14, --ids 12,13,14 or repeated."
LIMIT_HELP = "Take only the first N of the selection (the summary says how many matched)."
# A word after --ids that is an id, or a comma list of them: the shell gives click `--ids 1 2 3` as one option
# value and two query words, which are ids too.
ID_WORDS = re.compile(r"[0-9A-Fa-f]+(,[0-9A-Fa-f]*)*|,[0-9A-Fa-f,]*")


def _split_ids(ids: tuple[str, ...], query: tuple[str, ...]) -> tuple[list[str], str | None]:
    """(ids, query text): ids from every --ids value (comma lists too) and the id words after them."""
    if ids and query:
        if not all(ID_WORDS.fullmatch(word) for word in query):
            raise InvalidQuery(f"give a query or --ids, not both (query: {' '.join(query)!r})")
        ids, query = ids + query, ()
    wanted = [part for value in ids for part in re.split(r"[,\s]+", value) if part]
    if ids and not wanted:
        raise InvalidQuery("--ids needs at least one id")
    return wanted, query_text(query) if query else None


def _choose(library: Library, query: tuple[str, ...], ids: tuple[str, ...], limit: int | None) -> Selection:
    wanted, text = _split_ids(ids, query)
    chosen = choose(library, text, wanted, limit=limit)
    if chosen.cut:
        click.echo(f"taking {len(chosen.ids)} of {chosen.total} matching picture(s) (--limit {limit})", err=True)
    return chosen


@click.command(name="export")
@click.argument("query", nargs=-1)
@click.option("--ids", "ids", multiple=True, help=IDS_HELP)
@click.option(
    "--to",
    "target",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder to write into (created if missing; not the library's own folder). Nothing is replaced.",
)
@click.option("--style", "-s", default="slash", show_default=True, help="Credit-line style for the Credit fields.")
@click.option(
    "--name",
    "template",
    default=DEFAULT_NAME,
    show_default=True,
    help="File-name template: {date} {photographer} {agency} {id} {filename} {sha} {kind}.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help=LIMIT_HELP)
@json_option
@pass_ref
def export_cmd(
    ref: LibraryRef,
    query: tuple[str, ...],
    ids: tuple[str, ...],
    target: Path,
    style: str,
    template: str,
    limit: int | None,
    json_: bool,
) -> None:
    """Copy pictures for publication with the corrected caption, credit, byline, copyright and people written
    into their XMP, IPTC and EXIF — without re-encoding — and a credits file beside them (credits.csv, or
    credits-2.csv… when the folder has one already). A picture that cannot be exported is reported (exit 1) and
    the others still go out.

    Example:

    \b
        photodesk export agency:GPO date:2016-06-06..2016-06-08 --to out/moscow
        photodesk export --ids 12 13 14 --to out/ --style photo --name "{date}_{id}"
    """
    library = ref.open()
    chosen_style = _style(library.root, style)
    library.check_output_folder(target)
    chosen = _choose(library, query, ids, limit)
    report = export(library, stream(library, chosen.ids), target, style=chosen_style, template=template)
    if json_:
        print_json([item.to_dict() for item in report.items])
    _summary(report, target)
    if report.failed:
        sys.exit(1)


def _summary(report: ExportReport, target: Path) -> None:
    for item in report.items:
        for warning in item.warnings:
            click.echo(f"warning: #{item.asset_id} {warning}", err=True)
        if item.reason:
            click.echo(f"failed: #{item.asset_id} {item.source}: {item.reason}", err=True)
    listed = f", listed in {report.credits_file}" if report.credits_file else ""
    failed = f"; {len(report.failed)} failed" if report.failed else ""
    click.echo(f"{len(report.exported)} picture(s) written to {target}{listed}{failed}", err=True)


@click.command(name="contact-sheet")
@click.argument("query", nargs=-1)
@click.option("--ids", "ids", multiple=True, help=IDS_HELP)
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write (never one of the library's own files).",
)
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--title", default="Contact sheet", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=None, help=LIMIT_HELP)
@pass_ref
def contact_sheet(
    ref: LibraryRef,
    query: tuple[str, ...],
    ids: tuple[str, ...],
    output: Path,
    force: bool,
    title: str,
    limit: int | None,
) -> None:
    """Write one self-contained HTML page of thumbnails, captions, credit lines and duplicate groups.

    Example:

    \b
        photodesk contact-sheet agency:GPO -o sheet.html
        photodesk contact-sheet --ids 12 13 -o sheet.html --title "Moscow visit" --force
    """
    library = ref.open()
    library.check_output(output, force=force)
    chosen = _choose(library, query, ids, limit)
    html = render_sheet(library, chosen.ids, title=title, total=chosen.total)
    library.write_output(output, html.encode("utf-8"), force=force)
    click.echo(f"{len(chosen.ids)} picture(s) on {output}", err=True)
