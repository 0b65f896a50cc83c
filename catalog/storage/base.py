"""What every store of a library's files offers: the interface the catalog's callers use, whatever holds the bytes.

A store holds originals, thumbnails and previews by *relpath*, the string the catalog records (``asset.path``,
``asset.thumbnail``): ``assets/originals/<2 hex>/<sha256>.<ext>``, ``assets/thumbs/…``, ``assets/previews/…``. The
relpath is the same in every store (a folder keeps the file at ``<library>/<relpath>``, a bucket at
``<prefix>/<relpath>``), so a library moved from one store to another keeps its rows as they are.

Every name is written create-only in spirit: a name is made from the content, so identical bytes land on the
identical name and a writer never has a reason to replace one. The folder store may still complete a truncated
file (``put``); a bucket never overwrites an object at all (its writes are atomic, so there is nothing to
complete).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

ASSETS_DIR = "assets"
ORIGINALS = "originals"
THUMBS = "thumbs"
PREVIEWS = "previews"
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "TIFF": "tif", "WEBP": "webp"}


def original_relpath(sha256: str, fmt: str) -> str:
    return f"{ASSETS_DIR}/{ORIGINALS}/{sha256[:2]}/{sha256}.{EXTENSIONS.get(fmt, 'bin')}"


def thumb_relpath(sha256: str) -> str:
    return f"{ASSETS_DIR}/{THUMBS}/{sha256[:2]}/{sha256}.jpg"


def preview_relpath(sha256: str) -> str:
    return f"{ASSETS_DIR}/{PREVIEWS}/{sha256[:2]}/{sha256}.jpg"


class Staged(ABC):
    """A file on its way into the store, given its name only by ``land``: ingest stages the original before it
    decodes it, so a picture that proves unreadable (or an exception on the way) leaves nothing in the store.
    Leaving the ``with`` block without landing drops it."""

    @abstractmethod
    def land(self, relpath: str, *, sync: bool = True) -> bool:
        """Put the bytes at ``relpath``, as ``Store.put(relpath, data, sync=sync)`` would; True when written."""

    @abstractmethod
    def discard(self) -> None:
        """Drop whatever was staged (nothing when it has landed)."""

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


class Store(ABC):
    """The files of a library, by relpath. Failures of the store itself (a disk that refuses writes, a bucket that
    cannot be reached) raise a ``PhotodeskError`` naming the store; a file that is simply not there is
    ``FileNotFoundError`` from ``read`` and None from ``size`` and ``sha256``."""

    location: str  # where the files are, for messages: a folder, or the store's URL
    spec: str | None  # what ``open_store`` opens this store from (None: the folder's assets/), in another process

    original_relpath = staticmethod(original_relpath)
    thumb_relpath = staticmethod(thumb_relpath)
    preview_relpath = staticmethod(preview_relpath)

    @abstractmethod
    def ensure(self) -> None:
        """Make the store ready for writing (a folder: its subfolders; a bucket: reachable, there, allowed)."""

    @abstractmethod
    def read(self, relpath: str) -> bytes:
        """The bytes at ``relpath``; ``FileNotFoundError`` when nothing is stored there."""

    @abstractmethod
    def size(self, relpath: str) -> int | None:
        """The size of the file at ``relpath``, None when there is none."""

    def exists(self, relpath: str) -> bool:
        return self.size(relpath) is not None

    @abstractmethod
    def sha256(self, relpath: str) -> str | None:
        """The SHA-256 of the bytes at ``relpath`` (read in chunks, never whole in memory); None when missing."""

    @abstractmethod
    def put(self, relpath: str, data: bytes, *, sync: bool = True) -> bool:
        """Write ``data`` at ``relpath`` unless a complete copy is there already; True when written.

        With ``sync=False`` the bytes are durable when this returns but the name may not be until
        ``sync_folders`` is called for it (before anything that refers to it is committed)."""

    @abstractmethod
    def put_new(self, relpath: str, data: bytes) -> bool:
        """Write ``data`` at ``relpath`` unless anything is there already (never replaced); True when written."""

    @abstractmethod
    def stage(self, data: bytes) -> Staged:
        """``data`` on its way in (see ``Staged``)."""

    @abstractmethod
    def sync_folders(self, relpaths: Iterable[str]) -> None:
        """Make the names of files put with ``sync=False`` durable."""

    @abstractmethod
    def remove_stale_temporaries(self) -> int:
        """Delete temporary files left by writers that no longer run; returns how many."""

    @abstractmethod
    def temporaries(self) -> list[str]:
        """The temporary files left by writers that no longer run (relpaths), which the next ingest removes."""

    @abstractmethod
    def keys(self, kind: str) -> Iterator[str]:
        """The relpath of every file stored under ``assets/<kind>/`` (``ORIGINALS``, ``THUMBS``), any order."""

    @abstractmethod
    def set_aside(self, relpath: str, stamp: str) -> str | None:
        """Move the file at ``relpath`` out of the way, under ``assets/quarantine/<stamp>/``, and return where it
        went; None when this store never moves what it holds (``check`` then reports instead of mending)."""

    @abstractmethod
    def url(self, relpath: str, *, expires: int = 3600) -> str | None:
        """A URL a browser can fetch the file from directly for ``expires`` seconds (a presigned GET), or None
        when the file is only reachable through photodesk (a folder: the server sends the bytes)."""
