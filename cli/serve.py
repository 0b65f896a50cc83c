"""``photodesk serve``: the desk in the browser."""

from __future__ import annotations

import os

import click

from .options import LibraryRef, pass_ref

TOKEN_ENV = "PHOTODESK_DESK_TOKEN"


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8750, show_default=True)
@pass_ref
def serve(ref: LibraryRef, host: str, port: int) -> None:
    """Serve the library's desk in the browser: search, check, correct, review duplicates, publish.

    It listens on loopback unless told otherwise; on any other address it refuses to start without a desk
    password in the environment (PHOTODESK_DESK_TOKEN), which editors then sign in with. It never creates a
    library.

    Example:

    \b
        photodesk serve
        photodesk --library ~/desk serve --port 9000
        PHOTODESK_DESK_TOKEN=… photodesk serve --host 0.0.0.0
    """
    from web.app import create_app
    from web.security import is_loopback
    from web.server import serve as serve_desk

    token = os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and token is None:
        raise click.ClickException(
            f"--host {host} is reachable from other machines: set a desk password in {TOKEN_ENV} first"
        )
    ref.open()  # a missing library is an error here, one line, before anything listens
    app = create_app(ref.root.expanduser().absolute(), host=host, token=token)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"photodesk desk for {ref.root}: http://{shown}:{port}/  (Ctrl-C stops it)", err=True)
    serve_desk(app, host=host, port=port)  # Ctrl-C ends open event streams rather than wait for them
