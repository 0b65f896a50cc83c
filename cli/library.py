"""``photodesk init``."""

from __future__ import annotations

import click

from .options import LibraryRef, pass_ref


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
