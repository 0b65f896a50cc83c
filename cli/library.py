"""``photodesk init`` and ``photodesk migrate``."""

from __future__ import annotations

import click

from .options import LibraryRef, ProgressBar, json_option, pass_ref, print_json


@click.command()
@pass_ref
def init(ref: LibraryRef) -> None:
    """Create an empty library (library.db and assets/) in the --library folder.

    Example:

    \b
        photodesk --library ~/desk init
    """
    existed = ref.exists()
    library = ref.open(create=True)
    state = "already a library" if existed else "created library"
    click.echo(f"{state}: {library.root}", err=True)


@click.command()
@click.option("--to", "to_url", required=True, metavar="URL", help="The PostgreSQL catalog: postgresql://host/db.")
@json_option
@pass_ref
def migrate(ref: LibraryRef, to_url: str, json_: bool) -> None:
    """Copy the library's catalog into PostgreSQL, verified row by row; resumable.

    Every row keeps its id; the target rebuilds its own search index, hash journal and credit history. Run it
    again after an interruption: it goes on from the last row copied. The library itself is not changed. The
    password comes from PGPASSWORD or ~/.pgpass, never the URL.

    Example:

    \b
        photodesk --library ~/desk migrate --to postgresql://db.newsroom/photodesk
        photodesk --library postgresql://db.newsroom/photodesk ls
    """
    from catalog.config import CATALOG_SCHEMES, check_url
    from catalog.ops.migrate import migrate as run_migrate

    check_url(to_url, CATALOG_SCHEMES, "--to")
    library = ref.open()
    bars: dict[str, ProgressBar] = {}

    def progress(table: str, done: int, total: int) -> None:
        bars.setdefault(table, ProgressBar(f"copying {table}"))(done, total)

    try:
        result = run_migrate(library, to_url, progress)
    finally:
        for bar in bars.values():
            bar.close()
    if json_:
        print_json(result.to_dict())
        return
    for table in result.tables:
        click.echo(f"{table.table:<22} {table.rows:>9,} rows  ({table.copied:,} copied now)")
    click.echo(f"verified: {result.target} holds every row of {library.root}", err=True)
