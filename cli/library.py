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
@click.option("--store", "store_url", metavar="URL", help="Copy the originals into this store: s3://bucket/prefix.")
@json_option
@pass_ref
def migrate(ref: LibraryRef, to_url: str, store_url: str | None, json_: bool) -> None:
    """Copy the library's catalog into PostgreSQL, verified row by row; resumable.

    Every row keeps its id; the target rebuilds its own search index, hash journal and credit history. With
    --store, every original, thumbnail and preview goes into that bucket first, each original checked against
    its SHA-256 there, and the catalog records it as its store. Run it again after an interruption: it goes on
    from where it stopped. The library itself is not changed. Passwords and keys come from the environment
    (PGPASSWORD, ~/.pgpass, AWS_ACCESS_KEY_ID, ~/.aws), never a URL.

    Example:

    \b
        photodesk --library ~/desk migrate --to postgresql://db.newsroom/photodesk --store s3://photos/desk
        photodesk --library postgresql://db.newsroom/photodesk ls
    """
    from catalog.config import CATALOG_SCHEMES, STORE_SCHEMES, check_url
    from catalog.ops.migrate import migrate as run_migrate

    check_url(to_url, CATALOG_SCHEMES, "--to")
    if store_url is not None:
        check_url(store_url, STORE_SCHEMES, "--store")
    library = ref.open()
    bars: dict[str, ProgressBar] = {}

    def progress(table: str, done: int, total: int) -> None:
        bars.setdefault(table, ProgressBar(f"copying {table}"))(done, total)

    try:
        result = run_migrate(library, to_url, store_url, progress)
    finally:
        for bar in bars.values():
            bar.close()
    if json_:
        print_json(result.to_dict())
        return
    if result.files is not None:
        f = result.files
        click.echo(f"{'files':<22} {f.originals:>9,} originals checked in {f.store}  ({f.uploaded:,} uploaded now)")
    for table in result.tables:
        click.echo(f"{table.table:<22} {table.rows:>9,} rows  ({table.copied:,} copied now)")
    click.echo(f"verified: {result.target} holds every row of {library.root}", err=True)
