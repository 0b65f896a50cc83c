"""``photodesk export`` and ``photodesk contact-sheet``."""

from __future__ import annotations

from pathlib import Path

import click

from catalog.assets import assets_by_ids
from catalog.contactsheet import render as render_sheet
from catalog.export import DEFAULT_NAME, export
from catalog.search import select
from catalog.store import write_atomic

from . import cli
from .credits import _style
from .options import LibraryRef, json_option, pass_ref, print_json
from .search import query_text


@cli.command(name="export")
@click.argument("query", nargs=-1)
@click.option("--ids", "ids", multiple=True, help="Asset ids or SHA-256 prefixes (repeatable) instead of a query.")
@click.option(
    "--to",
    "target",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder to write into (created if missing).",
)
@click.option("--style", "-s", default="slash", show_default=True, help="Credit-line style for the Credit fields.")
@click.option(
    "--name",
    "template",
    default=DEFAULT_NAME,
    show_default=True,
    help="File-name template: {date} {photographer} {agency} {id} {filename} {sha} {kind}.",
)
@json_option
@pass_ref
def export_cmd(
    ref: LibraryRef, query: tuple[str, ...], ids: tuple[str, ...], target: Path, style: str, template: str, json_: bool
) -> None:
    """Copy pictures for publication with the corrected caption, credit, byline, copyright and people written
    into their XMP, IPTC and EXIF — without re-encoding — and a credits.csv beside them.

    Example:

    \b
        photodesk export agency:GPO date:2016-06-06..2016-06-08 --to out/moscow
        photodesk export --ids 12 --ids 13 --to out/ --style photo --name "{date}_{id}"
    """
    library = ref.open()
    chosen = _style(library.root, style)
    picked = select(library, query_text(query) if query else None, list(ids))
    done = export(library, assets_by_ids(library, picked), target, style=chosen, template=template)
    if json_:
        print_json([d.to_dict() for d in done])
    click.echo(f"{len(done)} picture(s) and credits.csv written to {target}", err=True)


@cli.command(name="contact-sheet")
@click.argument("query", nargs=-1)
@click.option("--ids", "ids", multiple=True, help="Asset ids or SHA-256 prefixes (repeatable) instead of a query.")
@click.option(
    "--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The HTML file to write."
)
@click.option("--title", default="Contact sheet", show_default=True)
@pass_ref
def contact_sheet(ref: LibraryRef, query: tuple[str, ...], ids: tuple[str, ...], output: Path, title: str) -> None:
    """Write one self-contained HTML page of thumbnails, captions, credit lines and duplicate groups.

    Example:

    \b
        photodesk contact-sheet agency:GPO -o sheet.html
        photodesk contact-sheet --ids 12 --ids 13 -o sheet.html --title "Moscow visit"
    """
    library = ref.open()
    picked = select(library, query_text(query) if query else None, list(ids))
    html = render_sheet(library, assets_by_ids(library, picked), title=title)
    write_atomic(output.absolute(), html.encode("utf-8"))
    click.echo(f"{len(picked)} picture(s) on {output}", err=True)
