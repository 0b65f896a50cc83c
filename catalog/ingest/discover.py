"""Finding the files of a batch, in the order a person reads a folder (``2.jpg`` before ``10.jpg``).

A folder walk meets more than pictures: symbolic links (to files, to folders, broken, in loops), named pipes and
devices that would block a reader forever, and other photodesk libraries (whose ``library.db`` and ``assets/``
are somebody's catalog, not incoming pictures). Every such entry is reported, once, with a reason — none stops
the batch and none is dropped without a word.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from catalog.errors import PhotodeskError
from catalog.library import DB_NAME, LIBRARY_FILES
from catalog.storage import ASSETS_DIR
from catalog.text import natural_key

LIBRARY_DB = DB_NAME  # a folder holding this file is a photodesk library
STORE_DIR = ASSETS_DIR


class EmptyPath(PhotodeskError):
    def __init__(self) -> None:
        super().__init__("an empty path was given (an unset shell variable?): name the files or folders to ingest")


@dataclass
class Walk:
    """What a walk found: files to read (in order) and entries passed over, each with its reason."""

    files: list[Path] = field(default_factory=list)
    passed_over: list[tuple[Path, str]] = field(default_factory=list)


def check_paths(paths: Sequence[Path | str]) -> None:
    """An empty path means the current folder to ``Path('')``: refuse it rather than ingest the current folder."""
    if not paths or any(str(p).strip() == "" for p in paths):
        raise EmptyPath()


def walk(paths: Sequence[Path], exclude: frozenset[Path] = frozenset()) -> Walk:
    """Files under ``paths`` (recursively, following links to folders once), natural order, each once.

    Hidden files and folders (``.DS_Store``, ``.git``) are passed over inside folders but taken when named
    explicitly; ``exclude`` (the library's own files) and any other library's catalog and store are never walked,
    so ``photodesk ingest .`` inside a library does not ingest the library. Paths that are not folders are listed
    as files even when missing, broken or special, for the reader to report.
    """
    check_paths(paths)
    out = Walk()
    seen: set[Path] = set()
    walked: set[tuple[int, int]] = set()
    for path in paths:
        reason = _library_part(path.absolute())
        if reason:
            out.passed_over.append((path, reason))
        elif path.is_dir():
            _walk(path, exclude, out, seen, walked)
        elif path.absolute() not in seen:
            seen.add(path.absolute())
            out.files.append(path)
    return out


def discover(paths: Sequence[Path], exclude: frozenset[Path] = frozenset()) -> Iterator[Path]:
    """The files of ``walk`` only (for callers that do not report what was passed over)."""
    yield from walk(paths, exclude).files


def _walk(folder: Path, exclude: frozenset[Path], out: Walk, seen: set[Path], walked: set[tuple[int, int]]) -> None:
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in walked:
            out.passed_over.append((folder, "a link back to a folder already walked (a symbolic link loop)"))
            return
        walked.add(key)
        entries = sorted(os.scandir(folder), key=lambda e: natural_key(e.name))
    except OSError as e:
        out.passed_over.append((folder, f"cannot read the folder: {e.strerror or e}"))
        return
    others = _other_library(folder, entries)
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith(".") or path.absolute() in exclude:
            continue
        if others and (entry.name in LIBRARY_FILES or entry.name == STORE_DIR):
            out.passed_over.append((path, f"part of the photodesk library at {folder}: not taken for pictures"))
            continue
        if _is_folder(entry):
            _walk(path, exclude, out, seen, walked)
        elif path.absolute() not in seen:
            seen.add(path.absolute())
            out.files.append(path)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return stat.S_ISDIR(os.stat(entry.path).st_mode)  # follows links; a broken or looping link is a file entry
    except OSError:
        return False


def _other_library(folder: Path, entries: list[os.DirEntry[str]]) -> bool:
    return any(e.name == LIBRARY_DB for e in entries) and (folder / LIBRARY_DB).is_file()


def _library_part(path: Path) -> str | None:
    """Why ``path`` (named on the command line) is part of a photodesk library's own files, if it is."""
    for parent in (path, *path.parents):
        if parent.name == STORE_DIR and (parent.parent / LIBRARY_DB).is_file():
            return f"inside the store of the photodesk library at {parent.parent}: not taken for pictures"
    if path.name in LIBRARY_FILES and (path.parent / LIBRARY_DB).is_file():
        return f"part of the photodesk library at {path.parent}: not a picture"
    return None
