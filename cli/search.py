"""``photodesk search``."""

from __future__ import annotations

import re
from typing import Any

import click

from catalog.ops.assets import assets_by_ids, search
from catalog.search.query import parse
from catalog.text.cells import csv_text

from .options import LibraryRef, cut, pass_ref, print_json, terminal_width

CSV_COLUMNS = (
    "id",
    "sha256",
    "path",
    "taken_at",
    "caption",
    "headline",
    "credit_line",
    "photographers",
    "agency",
    "kind",
    "people",
    "keywords",
    "location",
    "duplicate_of",
)


def query_text(words: tuple[str, ...]) -> str:
    """Join the shell's words back into one query. A word like ``person:Sara Netanyahu`` (the shell removed the
    quotes of ``person:"Sara Netanyahu"``) gets its quotes back (the shell leaves no space after the colon); a word
    holding a whole query (``'agency:GPO -tomb'``, ``'agency:AP OR kremlin'``) is left as it is."""
    out = []
    for word in words:
        name, sep, value = word.partition(":")
        whole_query = re.search(r'(^|\s)(-|[A-Za-z_]+:)|"|\s(OR|AND|NOT)(\s|$)', value)
        shell_stripped = any(c.isspace() for c in value) and not value[:1].isspace()
        if sep and name.isalpha() and shell_stripped and not whole_query:
            word = f'{name}:"{value}"'
        out.append(word)
    return " ".join(out)


def csv_row(a: dict[str, Any]) -> list[object]:
    """One asset as the CSV's cells; captions and credits are hostile input, made safe by ``csv_text``."""
    c = a["credit"]
    return [
        a["id"],
        a["sha256"],
        a["path"],
        a["taken_at"],
        a["caption"],
        a["headline"],
        c.get("line"),
        "; ".join(c.get("photographers") or []),
        c.get("agency"),
        c.get("kind"),
        "; ".join(a["people"]),
        "; ".join(a["keywords"]),
        a["location"],
        a["duplicate_of"],
    ]


@click.command(name="search", context_settings={"ignore_unknown_options": True, "help_option_names": ["--help"]})
@click.argument("query", nargs=-1)
@click.option("--person", multiple=True, help="Shown in the picture (repeatable).")
@click.option("--credit", multiple=True, help="Photographer: canonical name, alias or corrected misspelling.")
@click.option("--agency", multiple=True, help="The credit's agency (GPO, Reuters, YouTube …).")
@click.option("--since", default=None, help="Taken on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", default=None, help="Taken on or before (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--kind", multiple=True, help="photo, screenshot, handout, pool, file, courtesy, illustration.")
@click.option("--no-dupes", is_flag=True, help="Keepers only: leave out copies.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--json", "json_", is_flag=True, help="Print a JSON array of asset objects.")
@click.option("--csv", "csv_", is_flag=True, help="Print CSV for spreadsheets.")
@pass_ref
def search_cmd(
    ref: LibraryRef,
    query: tuple[str, ...],
    person: tuple[str, ...],
    credit: tuple[str, ...],
    agency: tuple[str, ...],
    since: str | None,
    until: str | None,
    kind: tuple[str, ...],
    no_dupes: bool,
    limit: int,
    json_: bool,
    csv_: bool,
) -> None:
    """Search captions, headlines, keywords, people, photographers, agencies, places and file names.

    Fields may be written in the query too: person:, credit: (or photographer:), agency:, kind:, date:
    (2016-06-06..2016-06-08, 2016-06, ..2016), since:, until:, and caption:missing / credit:missing for what
    the desk must still caption or credit; a leading - negates; OR joins alternatives,
    words or fields (agency:GPO OR agency:Reuters). The options are the same terms as the fields.

    Example:

    \b
        photodesk search netanyahu moscow
        photodesk search 'person:"Sara Netanyahu" credit:zach agency:GPO date:2016-06-06..2016-06-08'
        photodesk search --credit "Haim Zch" --json
        photodesk search 'kind:pool OR kind:handout' --since 2016-06
        photodesk search credit:missing agency:GPO
        photodesk search кремль --csv > kremlin.csv
    """
    library = ref.open()
    parsed = parse(
        query_text(query),
        person=person,
        credit=credit,
        agency=agency,
        kind=kind,
        since=since,
        until=until,
        no_dupes=no_dupes,
    )
    assets = assets_by_ids(library, search(library, parsed, limit=limit))
    if json_:
        print_json(assets)
        return
    if csv_:
        click.echo(csv_text(CSV_COLUMNS, (csv_row(a) for a in assets)), nl=False)
        return
    width = terminal_width()
    for a in assets:
        date = (a.get("taken_at") or "")[:10] or "—"
        credit = a["credit"].get("line") or ""
        left = f"{a['id']:>6}  {date:<10}  {cut(credit, 26):<26}  "
        click.echo(left + cut(a.get("caption") or a.get("filename"), max(20, width - len(left))))
        click.echo(f"{'':>8}{a.get('thumbnail') or ''}")
    click.echo(
        f"{len(assets)} picture(s)" + (f" (showing the first {limit})" if len(assets) == limit else ""), err=True
    )
