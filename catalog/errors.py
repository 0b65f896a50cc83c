"""The errors photodesk raises on purpose.

Everything a user can cause (a missing library, a broken file, a bad id) is a ``PhotodeskError``; the CLI turns
each one into a single line on stderr and a non-zero exit. Anything else is a bug and is allowed to surface.
"""

from __future__ import annotations

from pathlib import Path


class PhotodeskError(Exception):
    """Base class: the message is a complete sentence a photo editor can act on."""


class LibraryNotFound(PhotodeskError):
    def __init__(self, root: Path) -> None:
        super().__init__(f"no photodesk library at {root} (run 'photodesk init' or pass --library)")
        self.root = root

    def __reduce__(self) -> tuple[type, tuple[Path]]:  # errors cross the ingest process pool
        return (type(self), (self.root,))


class LibraryUnwritable(PhotodeskError):
    def __init__(self, root: Path, reason: str) -> None:
        super().__init__(f"cannot write to the library at {root}: {reason}")
        self.root = root
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[Path, str]]:
        return (type(self), (self.root, self.reason))


class AssetNotFound(PhotodeskError):
    def __init__(self, ident: str) -> None:
        super().__init__(f"no asset matches {ident!r}")


class AmbiguousId(PhotodeskError):
    def __init__(self, ident: str, count: int) -> None:
        super().__init__(f"{ident!r} matches {count} assets: give more digits of the SHA-256")


class InvalidId(PhotodeskError):
    def __init__(self, ident: str) -> None:
        super().__init__(f"{ident!r} is not an asset id: give the integer id or at least 6 hex digits of the SHA-256")


class UnreadableImage(PhotodeskError):
    """A file that should be a picture but cannot be read as one."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.path, self.reason))


class UnsupportedFile(PhotodeskError):
    """A file that is not a picture photodesk stores (a sidecar, a document): skipped, not failed."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.path, self.reason))


class InvalidQuery(PhotodeskError):
    pass


class StoreUnavailable(PhotodeskError):
    """The library's store (an S3-compatible bucket) cannot be used: unreachable, missing, refused. Nothing is
    recorded for a file that could not be stored, so the catalog stays as it was."""

    def __init__(self, url: str, problem: str) -> None:
        super().__init__(f"cannot use the store {url}: {problem}")
        self.url = url
        self.problem = problem

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # errors cross the ingest process pool
        return (type(self), (self.url, self.problem))
