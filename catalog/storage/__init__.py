"""Where a library's files live: the ``Store`` every caller uses, and ``open_store`` choosing its implementation.

``FolderStore`` (``folder``) keeps them in the library folder's ``assets/``, as photodesk always has; ``S3Store``
(``s3``) in an S3-compatible bucket, for a desk whose pictures live on shared object storage. Callers speak only
``Store``: read, size/exists, sha256, put/put_new (create-only), stage/land for ingest, keys for ``check``, url
for a browser to fetch from directly. The relpaths the catalog records are the same in both, so a library moved
between stores keeps its rows.
"""

from __future__ import annotations

from pathlib import Path

from catalog.config import ConfigError
from catalog.storage.base import (
    ASSETS_DIR,
    EXTENSIONS,
    ORIGINALS,
    PREVIEWS,
    THUMBS,
    Staged,
    Store,
    original_relpath,
    preview_relpath,
    thumb_relpath,
)
from catalog.storage.folder import FolderStore

__all__ = [
    "ASSETS_DIR",
    "EXTENSIONS",
    "ORIGINALS",
    "PREVIEWS",
    "THUMBS",
    "FolderStore",
    "Staged",
    "Store",
    "open_store",
    "original_relpath",
    "preview_relpath",
    "thumb_relpath",
]


def open_store(library_root: Path, url: str | None) -> Store:
    """The store of the library at ``library_root``: its ``assets/`` folder when ``url`` is None, else the bucket
    of an ``s3://bucket/prefix`` URL. Nothing is contacted yet: a bucket is asked for on first use."""
    if not url:
        return FolderStore(library_root)
    if url.startswith("s3://"):
        from catalog.storage.s3 import S3Store

        return S3Store(url)
    raise ConfigError(
        f"store url {url!r} is not supported: give s3://bucket/prefix, or no [store] url for assets/ in the library"
    )
