"""The worker's part of ingest: everything that needs a file's bytes or pixels, in a process of its own.

A worker reads one file (only a regular file, never blocking on a pipe), checks its format by content, takes its
SHA-256, decodes it once at working scale, reads its metadata, makes the thumbnail and the hashes, and stores the
original and thumbnail atomically (the disk writing each while the next step computes) — unless the writer must
decide first (``defer``: ``--on-duplicate skip``), in which case it stores nothing and hands the thumbnail back.
It never writes the catalog: it answers a ``Prepared``.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

from catalog.db import ReadOnly
from catalog.dupes.hashing import compute
from catalog.errors import UnreadableImage
from catalog.media.files import NotRegular, open_regular, unreadable_reason
from catalog.media.imaging import Decoded, decode, thumbnail_jpeg
from catalog.media.sniff import HEAD_BYTES, IMAGE_EXTENSIONS, describe, sniff
from catalog.model import FAILED, HASH_VERSION, SKIPPED, Asset
from catalog.storage import open_store, original_relpath, thumb_relpath

MAX_FILE_BYTES = 2 * 1024**3
PR_SET_PDEATHSIG = 1  # linux/prctl.h


@dataclass
class Prepared:
    """A worker's answer for one file: an asset record to insert, a known SHA-256, or a failure/skip."""

    path: str
    outcome: str  # "record" | "known" | FAILED | SKIPPED
    sha256: str | None = None
    reason: str | None = None
    record: Asset | None = None
    warnings: list[str] = field(default_factory=list)
    thumbnail: bytes | None = None  # only when storing waits for the writer's decision (--on-duplicate skip)
    duplicate_of: int | None = None


class Preparer:
    """Per-process state of a worker: where the library is, its store (``store_url``: the library's
    ``Store.spec``, None for its folder) opened in this process, and a read-only view of its catalog."""

    def __init__(
        self, library_root: str | None, write: bool, defer: bool = False, store_url: str | None = None
    ) -> None:
        self.store = open_store(Path(library_root), store_url) if library_root else None
        self.write = write and self.store is not None
        self.defer = defer  # store nothing new: the writer decides (--on-duplicate skip)
        self.catalog = ReadOnly.of(Path(library_root)) if library_root else None

    def known(self, sha256: str) -> bool:
        return self.catalog is not None and self.catalog.has(sha256)

    def close(self) -> None:
        """Close the catalog connection (a worker process's closes with the process)."""
        if self.catalog is not None:
            self.catalog.close()
            self.catalog = None

    def prepare(self, path_text: str) -> Prepared:
        path = Path(path_text)
        try:
            with open_regular(path) as fh:
                head = fh.read(HEAD_BYTES)
                fmt = sniff(head)
                if fmt is None:
                    return _not_a_picture(path_text, head)
                size = fh.seek(0, 2)
                if size > MAX_FILE_BYTES:
                    return Prepared(path_text, FAILED, reason=f"file too large ({size} bytes)")
                fh.seek(0)
                data = fh.read()
        except NotRegular as e:
            return Prepared(path_text, SKIPPED, reason=e.reason)
        except OSError as e:
            return Prepared(path_text, FAILED, reason=unreadable_reason(path, e))
        sha256 = hashlib.sha256(data).hexdigest()
        relpath = original_relpath(sha256, fmt)
        if self.known(sha256):
            if self.write and self.store is not None:
                self.store.put(relpath, data)  # restores a missing store file; a no-op otherwise
            return Prepared(path_text, "known", sha256=sha256)
        store = self.store if self.write and not self.defer else None
        thumb_rel = thumb_relpath(sha256)
        with contextlib.ExitStack() as staged:
            # The disk writes the original while it is decoded, and the thumbnail while the hashes are made;
            # neither is given its name unless the whole picture was read (see Staged).
            original = staged.enter_context(store.stage(data)) if store is not None else None
            try:
                decoded = decode(data, fmt, path.name)
            except UnreadableImage as e:
                return Prepared(path_text, FAILED, sha256=sha256, reason=e.reason)
            thumb = thumbnail_jpeg(decoded.image, decoded.icc_profile)
            small = staged.enter_context(store.stage(thumb)) if store is not None else None
            record = _asset(decoded, sha256=sha256, relpath=relpath, thumb=thumb_rel, name=path.name, size=len(data))
            if original is not None and small is not None:
                # Names made durable by the writer, once per transaction, before it records them.
                original.land(relpath, sync=False)
                small.land(thumb_rel, sync=False)
        return Prepared(
            path_text,
            "record",
            sha256=sha256,
            record=record,
            warnings=decoded.embedded.warnings,
            thumbnail=thumb if self.defer else None,
        )


def _not_a_picture(path: str, head: bytes) -> Prepared:
    what = describe(head)
    claims_picture = Path(path).suffix.lower() in IMAGE_EXTENSIONS
    if claims_picture or not head:
        status = FAILED if claims_picture else SKIPPED
        return Prepared(path, status, reason=f"not a supported picture: {what}")
    return Prepared(path, SKIPPED, reason=f"not a picture: {what}")


def _asset(decoded: Decoded, *, sha256: str, relpath: str, thumb: str, name: str, size: int) -> Asset:
    """The record of a new original, as read (``id`` 0: the writer gives it its row)."""
    meta = decoded.embedded
    f = meta.fields
    byline = f.get("byline") or []
    h = compute(decoded.image)
    return Asset(
        id=0,
        sha256=sha256,
        path=relpath,
        filename=name,
        format=decoded.format,
        width=decoded.width,
        height=decoded.height,
        bytes=size,
        taken_at=meta.taken_at,
        camera_make=meta.exif.make,
        camera_model=meta.exif.model,
        lens=meta.exif.lens,
        orientation=decoded.orientation,
        gps_lat=meta.exif.gps_lat,
        gps_lon=meta.exif.gps_lon,
        caption=_one(f.get("caption")),
        headline=_one(f.get("headline")),
        byline="; ".join(byline) if byline else None,
        credit_raw=_one(f.get("credit")),
        source=_one(f.get("source")),
        copyright=_one(f.get("copyright")),
        keywords=list(f.get("keywords") or []),
        people=list(f.get("people") or []),
        sublocation=_one(f.get("sublocation")),
        city=_one(f.get("city")),
        province_state=_one(f.get("province_state")),
        country=_one(f.get("country")),
        country_code=_one(f.get("country_code")),
        instructions=_one(f.get("instructions")),
        object_name=_one(f.get("object_name")),
        thumbnail=thumb,
        metadata_raw=json.dumps(meta.raw, ensure_ascii=False),
        conflicts=list(meta.conflicts),
        warnings=list(meta.warnings),
        phash=h.phash,
        dhash=h.dhash,
        phash_mirror=h.phash_mirror,
        hash_regions=list(h.regions),
        trim=h.trim,
        flat=h.flat,
        pixel_digest=h.pixels,
        hash_version=HASH_VERSION,
    )


def _one(value: object) -> str | None:
    return value if isinstance(value, str) else None


_preparer: Preparer | None = None


def init_worker(library_root: str | None, write: bool, defer: bool, store_url: str | None = None) -> None:
    """Workers leave Ctrl-C to the writer, which stops the pool and commits what is complete; they end with it."""
    global _preparer
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    _preparer = Preparer(library_root, write, defer, store_url)


def _die_with_parent() -> None:
    """On Linux, a worker whose ingest was killed outright (SIGKILL, the OOM killer) is killed with it instead of
    running on orphaned, storing files nobody will record (``prctl(PR_SET_PDEATHSIG)``)."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
        return  # not permitted here: the writer's own shutdown still ends the pool
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def prepare_in_worker(path: str) -> Prepared:
    assert _preparer is not None, "worker not initialised"
    return _preparer.prepare(path)
