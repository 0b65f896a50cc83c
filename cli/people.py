"""``photodesk people`` and ``photodesk tag``."""

from __future__ import annotations

from pathlib import Path

import click

from catalog.ops.assets import resolve_id
from catalog.ops.authority import people_authority
from catalog.ops.people import import_and_relink, listing, person_name, suggest_from_library, tag

from .credits import echo_relink
from .options import LibraryRef, json_option, pass_ref, print_json


@click.group()
def people() -> None:
    """The people authority, and who is shown in the pictures.

    Example:

    \b
        photodesk people import people.csv
        photodesk people suggest
    """


@people.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
@pass_ref
def people_import(ref: LibraryRef, file: Path, json_: bool) -> None:
    """Add people from a CSV with the header name,aliases (aliases separated by |).

    Example:

    \b
        photodesk people import people.csv
    """
    report = import_and_relink(ref.open(create=True), file)
    if json_:
        print_json(report)
    click.echo(f"{report['added']} added, {report['updated']} updated, {report['aliases']} aliases", err=True)
    echo_relink(report)


@people.command(name="list")
@json_option
@pass_ref
def people_list(ref: LibraryRef, json_: bool) -> None:
    """Everyone in the authority (and everyone tagged), with how many pictures show them.

    Example:

    \b
        photodesk people list --json
    """
    rows = listing(ref.open())
    if json_:
        print_json(rows)
        return
    for row in rows:
        aliases = f"  (also {', '.join(row['aliases'])})" if row["aliases"] else ""
        mark = "" if row["listed"] else "  [not in the authority]"
        click.echo(f"{row['pictures']:>6}  {row['name']}{aliases}{mark}")


@people.command()
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@json_option
@pass_ref
def suggest(ref: LibraryRef, limit: int, json_: bool) -> None:
    """Name-like phrases in captions that the authority does not know yet, with counts, for the desk to accept.

    Example:

    \b
        photodesk people suggest --limit 20
    """
    library = ref.open()
    rows = suggest_from_library(library, people_authority(library), limit=limit)
    if json_:
        print_json([{"name": n, "count": c} for n, c in rows])
        return
    for name, count in rows:
        click.echo(f"{count:>6}  {name}")


@click.command(name="tag")
@click.argument("ident", metavar="ID")
@click.option("--person", "persons", multiple=True, required=True, help="A person shown (repeatable).")
@click.option("--remove", is_flag=True, help="Remove these people instead of adding them.")
@json_option
@pass_ref
def tag_cmd(ref: LibraryRef, ident: str, persons: tuple[str, ...], remove: bool, json_: bool) -> None:
    """Say by hand who is shown in a picture.

    Example:

    \b
        photodesk tag 12 --person "Sara Netanyahu" --person "Vladimir Putin"
    """
    given = [person_name(p) for p in persons]  # every name checked before any is tagged
    library = ref.open()
    asset_id = resolve_id(library, ident)
    authority = people_authority(library)
    names: list[str] = []
    for person in given:
        names = tag(library, asset_id, person, authority, remove=remove)
    if json_:
        print_json({"id": asset_id, "people": names})
    click.echo(f"asset {asset_id}: {', '.join(names) or 'nobody tagged'}", err=True)
