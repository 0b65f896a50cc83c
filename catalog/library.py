"""A library: a folder holding the catalog (``library.db``, see ``catalog.db``) and the content-addressed store
(``assets/``, or the bucket its ``photodesk.toml`` names: ``catalog.storage``), opened together. It also knows
which files are its own, so that no command writes over them.

A newsroom's library keeps its catalog in PostgreSQL and its originals in an S3-compatible store: the folder then
holds only ``photodesk.toml`` naming them (``catalog.config``) and the neighbour index, a cache. ``--library
postgresql://…`` names such a catalog directly; its folder is then a cache folder of this user's
(``url_library_root``), and the catalog itself records where its store is (``library_settings.store_url``).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from catalog.config import CONFIG_NAME, ConfigError, check_url, read_config
from catalog.db import DB_FILES, DB_NAME, Catalog, open_catalog
from catalog.db import exists as catalog_exists
from catalog.errors import LibraryNotFound, LibraryUnwritable, PhotodeskError
from catalog.storage import ASSETS_DIR, Store, open_store
from catalog.storage.folder import write_atomic

__all__ = [
    "DB_FILES",
    "DB_NAME",
    "INDEX_NAME",
    "LIBRARY_FILES",
    "Library",
    "UnsafeOutput",
    "library_exists",
    "open_library",
]

INDEX_NAME = "neighbours.idx"  # the neighbour index, a cache of the catalog's hashes (``ops.neighbours``)
LIBRARY_FILES = (*DB_FILES, INDEX_NAME)  # beside ``assets/``: what a library folder holds of its own


@dataclass
class Library:
    root: Path
    catalog: Catalog
    store: Store

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def index_path(self) -> Path:
        return self.root / INDEX_NAME

    @property
    def assets_dir(self) -> Path:
        """The folder store's ``assets/``: the library's own even when its files are in a bucket (a library moved
        between stores may still hold it, and nothing else may be written there)."""
        return self.root / ASSETS_DIR

    def own_files(self) -> frozenset[Path]:
        """The library's own files and folders, which a folder walk must never take for incoming pictures: its
        ``photodesk.toml`` too, which an ingest of the library's own folder would otherwise list as a skipped file."""
        names = (*LIBRARY_FILES, CONFIG_NAME)
        return frozenset([self.assets_dir.absolute(), *(self.root.absolute() / n for n in names)])

    def protected(self) -> tuple[frozenset[Path], frozenset[Path]]:
        """(files, folders) no command may write into, symlinks resolved: the catalog with its journals,
        ``photodesk.toml``, the neighbour index and the whole store."""
        files = [self.root / n for n in (*LIBRARY_FILES, CONFIG_NAME)]
        return frozenset(p.resolve() for p in files), frozenset([self.assets_dir.resolve()])

    def check_output(self, path: Path, *, force: bool = False) -> Path:
        """Where a command may write the file the user named (``-o``): the resolved path, never one of the
        library's own files, whatever the spelling (relative, ``..``, symlinks, hard links), and never an
        existing file unless ``force``."""
        target = path.expanduser().absolute()
        real = target.resolve()
        files, folders = self.protected()
        if real in files or real in folders or any(f in real.parents for f in folders) or _same_file(real, files):
            raise UnsafeOutput(target, f"is one of the library's own files (library at {self.root}): not written")
        if not force and os.path.lexists(target):
            raise UnsafeOutput(target, "exists already: not replaced (pass --force to replace it)")
        return real

    def write_output(self, path: Path, data: bytes, *, force: bool = False) -> Path:
        """Write a file the user named, after ``check_output``; without ``force`` the write itself refuses a file
        that appeared since the check (the complete file is linked into place, never renamed over one)."""
        target = self.check_output(path, force=force)
        write_atomic(target, data, replace=force)
        return target

    def check_output_folder(self, path: Path) -> Path:
        """The resolved folder a command may write new files into (``export --to``): not the library's own
        folder (beside ``library.db``) and nothing inside its store."""
        folder = path.expanduser().absolute()
        real = folder.resolve()
        files, folders = self.protected()
        inside = any(real == f or f in real.parents for f in folders)
        if real == self.root.resolve() or inside or real in files:
            raise UnsafeOutput(folder, f"is inside the library's own files (library at {self.root}): choose another")
        return real

    def close(self) -> None:
        self.catalog.close()


class UnsafeOutput(PhotodeskError):
    """A file or folder a command was asked to write that would harm the library or overwrite a file."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path} {problem}")
        self.path = path


def _same_file(path: Path, files: frozenset[Path]) -> bool:
    """True when ``path`` is a hard link to one of ``files``."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    for f in files:
        with contextlib.suppress(OSError):
            other = os.stat(f)
            if (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino):
                return True
    return False


def library_exists(root: Path) -> bool:
    """Whether ``root`` holds a library (for a PostgreSQL catalog: whether the database holds one)."""
    url = read_config(root).catalog_url
    if url is None:
        return catalog_exists(root)
    from catalog.db import open_catalog_url

    try:
        open_catalog_url(url).close()
    except LibraryNotFound:
        return False
    return True


def url_library_root(url: str) -> Path:
    """The folder standing for the catalog at ``url`` (``--library postgresql://…``): under the user's cache
    (``$XDG_CACHE_HOME/photodesk/catalogs``), one per URL, holding the neighbour index. Pure: nothing is made
    until the library is opened (``prepare_url_library``)."""
    import hashlib
    import re
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    slug = re.sub(r"[^A-Za-z0-9.-]+", "-", f"{parts.hostname or 'local'}-{parts.path.strip('/') or 'db'}")[:60]
    digest = hashlib.sha256(url.encode()).hexdigest()[:12]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "photodesk" / "catalogs" / f"{slug}-{digest}"


def prepare_url_library(url: str) -> Path:
    """Make the cache folder of ``url``'s library, with the ``photodesk.toml`` naming it; its path."""
    check_url(url, ("postgresql", "postgres"), "--library")
    root = url_library_root(url)
    config = root / CONFIG_NAME
    if not config.is_file():
        try:
            root.mkdir(parents=True, exist_ok=True)
            write_atomic(
                config, f"# photodesk: the folder of --library {url}\n[catalog]\nurl = {_toml(url)}\n".encode()
            )
        except FileExistsError:
            pass  # another process made it first
        except OSError as e:
            raise LibraryUnwritable(root, e.strerror or str(e)) from e
    return root


def _toml(text: str) -> str:
    import json

    return json.dumps(text)  # a JSON string is a TOML basic string


def open_library(root: Path, *, create: bool = False) -> Library:
    """Open the library at ``root``; with ``create``, make it first if it is missing.

    Read commands pass ``create=False`` so that a mistyped ``--library`` never leaves an empty library behind.
    """
    root = root.expanduser().absolute()
    config = read_config(root)
    named = open_store(root, config.store_url) if config.store_url else None  # a bad url fails before anything is made
    if config.catalog_url is not None:
        from catalog.db import open_catalog_url

        catalog = open_catalog_url(config.catalog_url, create=create)
    else:
        if not catalog_exists(root):
            if not create:
                raise LibraryNotFound(root)
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise LibraryUnwritable(root, e.strerror or str(e)) from e
        catalog = open_catalog(root, create=create)
    try:
        store_url = config.store_url or catalog.settings.get("store_url")
        if store_url is None and config.catalog_url is not None and root.is_relative_to(url_library_root("x").parent):
            raise ConfigError(
                f"the catalog at {config.catalog_url} records no store: move a library there with "
                "'photodesk migrate --to URL --store s3://…', or name the store in a photodesk.toml"
            )
        library = Library(root=root, catalog=catalog, store=named or open_store(root, store_url))
        if create:
            library.store.ensure()
    except BaseException:
        catalog.close()
        raise
    return library
