"""What every command shares: the library reference, ``--json``, and terminal-aware output helpers."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:  # the library pulls in sqlite_utils: imported when a command opens it, not for --help
    from catalog.library import Library

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class LibraryRef:
    """The ``--library`` folder, opened on first use: read commands never create a library by accident. A
    ``postgresql://`` URL stands for its cache folder (``catalog.library.url_library_root``), made on opening."""

    root: Path
    url: str | None = None
    _opened: Library | None = field(default=None, repr=False)

    @classmethod
    def named(cls, value: Path | str) -> LibraryRef:
        if isinstance(value, Path):
            return cls(value)
        from catalog.library import url_library_root

        return cls(url_library_root(value), url=value)

    def exists(self) -> bool:
        """Whether there is a library here (asked without creating one)."""
        from catalog.library import library_exists, prepare_url_library

        if self.url is not None:
            prepare_url_library(self.url)
        return library_exists(self.root)

    def open(self, *, create: bool = False) -> Library:
        if self._opened is None:
            from catalog.library import open_library, prepare_url_library

            if self.url is not None:
                prepare_url_library(self.url)
            self._opened = open_library(self.root, create=create)
        return self._opened

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()
            self._opened = None


pass_ref = click.make_pass_decorator(LibraryRef)


def on_duplicate_option(f: F) -> F:
    """``--on-duplicate``, as ingest and watch take it."""
    return click.option(
        "--on-duplicate",
        type=click.Choice(["keep", "skip", "replace"]),
        default="keep",
        show_default=True,
        help="A copy of a picture already in the library: store and group it (keep), record it without "
        "storing it (skip), or make it the group's keeper when it is better (replace).",
    )(f)


def json_option(f: F) -> F:
    return click.option("--json", "json_", is_flag=True, help="Print JSON instead of a table.")(f)


def print_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def terminal_width() -> int:
    return shutil.get_terminal_size((100, 24)).columns


def cut(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


class ProgressBar:
    """A progress bar on stderr, only when stderr is a terminal, created once the total is known.

    Call it with (done, total); ``close`` ends it (also safe when it never started).
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not stderr_is_terminal():
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        self.bar.update(1)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
