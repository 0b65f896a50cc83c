"""The files a test's library holds, whichever store keeps them: the folder's ``assets/``, or the bucket its
``photodesk.toml`` names (a newsroom library, as ``conftest.library`` makes for the PostgreSQL half).

A test reads what photodesk stored through the library's own ``Store`` (``catalog.storage``), so it checks the
bytes where photodesk put them rather than where a folder store would have. ``remove`` and ``overwrite`` break a
file behind photodesk's back, the way each store can be broken: a file deleted or rewritten on disk, an object
deleted or overwritten by whoever else may write the bucket (photodesk itself never overwrites an object).
"""

from __future__ import annotations

from pathlib import Path

from catalog.config import read_config
from catalog.storage import ORIGINALS, Store, open_store
from catalog.storage.folder import FolderStore
from catalog.storage.s3 import S3Store


def store_of(library: Path) -> Store:
    """The store of the library at ``library``, opened as photodesk opens it (its catalog is not opened)."""
    root = library.absolute()
    return open_store(root, read_config(root).store_url)


def stored(library: Path, relpath: str) -> bytes:
    """The bytes the library's store holds at ``relpath`` (``FileNotFoundError`` when none)."""
    return store_of(library).read(relpath)


def stored_keys(library: Path, kind: str = ORIGINALS) -> set[str]:
    """The relpath of every file the store holds under ``assets/<kind>/`` (originals unless told)."""
    return set(store_of(library).keys(kind))


def holds_anything(library: Path) -> bool:
    """Whether the store holds any file at all: a folder its ``assets/``, a bucket any object under its prefix."""
    store = store_of(library)
    if isinstance(store, S3Store):
        listed = store._s3().list_objects_v2(Bucket=store.bucket, Prefix=store.key(""), MaxKeys=1)
        return bool(listed.get("KeyCount", 0))
    return (library / "assets").exists()


def remove(library: Path, relpath: str) -> None:
    """Delete the stored file at ``relpath`` behind photodesk's back."""
    store = store_of(library)
    if isinstance(store, S3Store):
        store._s3().delete_object(Bucket=store.bucket, Key=store.key(relpath))
    else:
        _folder(store).abspath(relpath).unlink()


def overwrite(library: Path, relpath: str, data: bytes) -> None:
    """Replace the stored file at ``relpath`` by ``data`` (bit rot, a careless copy) behind photodesk's back."""
    store = store_of(library)
    if isinstance(store, S3Store):
        store._s3().put_object(Bucket=store.bucket, Key=store.key(relpath), Body=data)
    else:
        _folder(store).abspath(relpath).write_bytes(data)


def moves_files(library: Path) -> bool:
    """Whether ``check --repair`` may move the store's files aside (a folder) or only reports them (a bucket,
    which photodesk never rearranges)."""
    return isinstance(store_of(library), FolderStore)


def _folder(store: Store) -> FolderStore:
    assert isinstance(store, FolderStore), store
    return store
