"""Putting arrived files away: into the done folder, or the set-aside folder, never over another file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def beside(picture: Path, was: Path, sidecar: Path) -> Path:
    """Where ``sidecar`` of the picture that was at ``was`` goes beside ``picture``, still named after it
    (``a.txt`` beside ``a (2).jpg`` becomes ``a (2).txt``; ``a.jpg.txt``, ``a (2).jpg.txt``)."""
    if sidecar.name.casefold().startswith(was.name.casefold()):
        return picture.parent / (picture.name + sidecar.name[len(was.name) :])
    return picture.parent / (picture.stem + sidecar.name[len(was.stem) :])


def free_name(path: Path) -> Path:
    """``path``, or ``NAME (2).jpg``, ``NAME (3).jpg``… when it is taken."""
    n = 2
    candidate = path
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        n += 1
    return candidate


def move(source: Path, destination: Path) -> Path:
    """Move a file, never over another (a rename on one file system; a copy, then the original removed)."""
    destination = free_name(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, destination)  # fails if the name is taken: nothing is overwritten
        os.unlink(source)
    except OSError:
        if destination.exists():
            raise
        shutil.move(source, destination)
    return destination
