"""What every command shares: the library reference, ``--json``, and terminal-aware output helpers."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import click

from catalog.library import Library, open_library

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class LibraryRef:
    """The ``--library`` folder, opened on first use: read commands never create a library by accident."""

    root: Path
    _opened: Library | None = field(default=None, repr=False)

    def open(self, *, create: bool = False) -> Library:
        if self._opened is None:
            self._opened = open_library(self.root, create=create)
        return self._opened

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()
            self._opened = None


pass_ref = click.make_pass_decorator(LibraryRef)


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
