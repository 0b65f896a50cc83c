"""photodesk's command line: thin click commands over ``catalog``.

This module holds the root group and the one error boundary: every ``PhotodeskError`` becomes a single
``Error: ...`` line and exit status 1, Ctrl-C exits 130, and nothing the user can cause prints a traceback.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click

from catalog import __version__
from catalog.errors import PhotodeskError

from .options import LibraryRef


class PhotodeskGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a reader that went away (``| head``) is met here, not at interpreter exit
            return result
        except BrokenPipeError:
            _quiet_stdout()
            sys.exit(141)  # as a Unix tool killed by SIGPIPE: the reader took what it wanted; no message
        except PhotodeskError as e:
            raise click.ClickException(str(e)) from None
        except sqlite3.OperationalError as e:
            raise click.ClickException(f"catalog error: {e}") from None
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            raise click.ClickException(f"{where}{e.strerror or e}") from None
        except KeyboardInterrupt:
            click.echo("\ninterrupted: the catalog holds everything completed so far; run again to finish", err=True)
            sys.exit(130)
        finally:
            if isinstance(ctx.obj, LibraryRef):
                ctx.obj.close()


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that Python's own flush at exit does not report the closed pipe again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _library_path(value: str) -> Path:
    """``Path("")`` is the current folder: ``--library "$UNSET"`` must not quietly mean "here"."""
    if not value.strip():
        raise click.BadParameter("an empty path (an unset shell variable?): name the library folder")
    return Path(value)


@click.group(cls=PhotodeskGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--library",
    type=click.Path(file_okay=False),
    callback=lambda ctx, param, value: _library_path(value),
    envvar="PHOTODESK_LIBRARY",
    default=".",
    show_default="the current directory",
    help="Library folder (holds library.db and assets/). Env: PHOTODESK_LIBRARY.",
)
@click.version_option(__version__, prog_name="photodesk")
@click.pass_context
def cli(ctx: click.Context, library: Path) -> None:
    """photodesk: captions, credits and pictures for a news photo desk.

    Example:

    \b
        photodesk ingest examples/batch
        photodesk ls
        photodesk show 1 --json
    """
    ctx.obj = LibraryRef(library)


from . import assets as _assets  # noqa: E402  (commands register themselves on cli)
from . import check as _check  # noqa: E402
from . import credits as _credits  # noqa: E402
from . import dupes as _dupes  # noqa: E402
from . import export as _export  # noqa: E402
from . import ingest as _ingest  # noqa: E402
from . import library as _library  # noqa: E402
from . import people as _people  # noqa: E402
from . import search as _search  # noqa: E402

__all__ = ["_assets", "_check", "_credits", "_dupes", "_export", "_ingest", "_library", "_people", "_search", "cli"]
