"""Finding the files of a batch, in the order a person reads a folder (``2.jpg`` before ``10.jpg``)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

_DIGITS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that compares runs of digits as numbers and the rest case-insensitively."""
    parts = _DIGITS.split(name)
    return tuple((0, int(p)) if p.isdigit() else (1, p.casefold()) for p in parts if p)


def discover(paths: Sequence[Path], exclude: frozenset[Path] = frozenset()) -> Iterator[Path]:
    """Files under ``paths`` (recursively), natural order, each once.

    Hidden files and folders (``.DS_Store``, ``.git``) are passed over inside folders but taken when named
    explicitly; ``exclude`` (the library's own files) is never walked, so ``photodesk ingest .`` inside a library
    does not ingest the library. Missing paths are yielded as they are, for the caller to report.
    """
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            for found in _walk(path, exclude):
                key = found.absolute()
                if key not in seen:
                    seen.add(key)
                    yield found
        else:
            key = path.absolute()
            if key not in seen:
                seen.add(key)
                yield path


def _walk(folder: Path, exclude: frozenset[Path]) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: natural_key(e.name))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if path.absolute() in exclude:
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path, exclude)
        elif entry.is_file():
            yield path
