"""photodesk's command line: thin click commands over ``catalog``.

This module holds the root group and the one error boundary: every ``PhotodeskError`` becomes a single
``Error: ...`` line and exit status 1, Ctrl-C exits 130, and nothing the user can cause prints a traceback.

The root group loads its commands lazily (click's documented lazy-group pattern): a command's module, and with it
the catalog, sqlite_utils, numpy, OpenCV, pyexiv2 and Pillow, is imported only when that command runs or its own
help is asked for. ``photodesk --help`` imports none of them and lists each command from ``COMMANDS``, whose short
helps ``tests/test_cli.py`` holds equal to the commands' own.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any

import click

from catalog import __version__
from catalog.errors import PhotodeskError

from .options import LibraryRef

# Every command of the root group: its name -> (``module:attribute`` of the click command, its short help as
# ``photodesk --help`` lists it, i.e. ``get_short_help_str`` uncut; tests/test_cli.py checks both against the
# commands). A new command module adds its commands here, defined with ``@click.command``/``@click.group``.
COMMANDS: dict[str, tuple[str, str]] = {
    "check": (
        "cli.check:check_cmd",
        "Verify the library: database integrity, every original against its SHA-256, thumbnails, stray files, "
        "the search index.",
    ),
    "contact-sheet": (
        "cli.export:contact_sheet",
        "Write one self-contained HTML page of thumbnails, captions, credit lines and duplicate groups.",
    ),
    "credits": ("cli.credits:credits", "Credit lines and photographer names."),
    "dupes": (
        "cli.dupes:dupes",
        "List duplicate groups: each keeper with its copies, how they were found and verified.",
    ),
    "export": (
        "cli.export:export_cmd",
        "Copy pictures for publication with the corrected caption, credit, byline, copyright and people written "
        "into their XMP, IPTC and EXIF — without re-encoding — and a credits file beside them (credits.csv, or "
        "credits-2.csv… when the folder has one already).",
    ),
    "ingest": (
        "cli.ingest:ingest",
        "Copy pictures (files or folders, recursively) into the library and catalog them.",
    ),
    "init": ("cli.library:init", "Create an empty library (library.db and assets/) in the --library folder."),
    "ls": ("cli.assets:ls_", "The most recently ingested assets, newest first."),
    "migrate": ("cli.library:migrate", "Copy the library's catalog into PostgreSQL, verified row by row; resumable."),
    "people": ("cli.people:people", "The people authority, and who is shown in the pictures."),
    "search": (
        "cli.search:search_cmd",
        "Search captions, headlines, keywords, people, photographers, agencies, places and file names.",
    ),
    "serve": (
        "cli.serve:serve",
        "Serve the library's desk in the browser: search, check, correct, review duplicates, publish.",
    ),
    "show": (
        "cli.assets:show",
        "Everything known about one asset: ID is its number or 6+ hex digits of its SHA-256.",
    ),
    "tag": ("cli.people:tag_cmd", "Say by hand who is shown in a picture."),
    "watch": (
        "cli.watch:watch",
        "Ingest pictures as they arrive in FOLDERS (agency drops, FTP and synced folders), until Ctrl-C.",
    ),
}


class PhotodeskGroup(click.Group):
    """The root group: commands from ``COMMANDS``, imported on first use; the error boundary around them all."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        module, _, attribute = COMMANDS[cmd_name][0].partition(":")
        command = getattr(importlib.import_module(module), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{COMMANDS[cmd_name][0]} is not a click command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's own listing, from the short helps in ``COMMANDS``: listing a command does not import it."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            if name in COMMANDS:
                command: click.Command | None = click.Command(name, help=COMMANDS[name][1])
            else:
                command = super().get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

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
        except _storage_errors() as e:  # evaluated only when an error gets this far
            reason = _unavailable(e)
            if reason is None:
                raise  # a bug of ours (no such column, bad SQL): a traceback, not a user error
            raise click.ClickException(f"catalog error: {reason}") from None
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            raise click.ClickException(f"{where}{e.strerror or e}") from None
        except KeyboardInterrupt:
            click.echo("\ninterrupted: the catalog holds everything completed so far; run again to finish", err=True)
            sys.exit(130)
        finally:
            if isinstance(ctx.obj, LibraryRef):
                ctx.obj.close()


def _storage_errors() -> tuple[type[Exception], ...]:
    """What the catalog's engine raises: asked of the storage seam only when an error needs it, so that
    ``--help`` never loads the catalog."""
    from catalog.db import storage_errors

    return storage_errors()


def _unavailable(error: BaseException) -> str | None:
    from catalog.db import unavailable

    return unavailable(error)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that Python's own flush at exit does not report the closed pipe again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _library_path(value: str) -> Path | str:
    """A folder, or a ``postgresql://`` URL kept as text (a Path would fold its ``//``). ``Path("")`` is the
    current folder: ``--library "$UNSET"`` must not quietly mean "here"."""
    if not value.strip():
        raise click.BadParameter("an empty path (an unset shell variable?): name the library folder")
    if value.startswith(("postgresql://", "postgres://")):
        return value
    return Path(value)


@click.group(cls=PhotodeskGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--library",
    type=str,
    callback=lambda ctx, param, value: _library_path(value),
    envvar="PHOTODESK_LIBRARY",
    default=".",
    show_default="the current directory",
    help="Library folder (holds library.db and assets/, or a photodesk.toml naming them), or a PostgreSQL "
    "catalog's postgresql:// URL. Env: PHOTODESK_LIBRARY.",
)
@click.version_option(__version__, prog_name="photodesk")
@click.pass_context
def cli(ctx: click.Context, library: Path | str) -> None:
    """photodesk: captions, credits and pictures for a news photo desk.

    Example:

    \b
        photodesk ingest examples/batch
        photodesk ls
        photodesk show 1 --json
    """
    ctx.obj = LibraryRef.named(library)


__all__ = ["COMMANDS", "cli"]
