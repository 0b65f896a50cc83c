"""The folder store: the content-addressed files under the library's own ``assets/`` folder.

Originals live at ``assets/originals/<2 hex>/<sha256>.<ext>``, thumbnails at ``assets/thumbs/<2 hex>/<sha256>.jpg``
and the desk's large previews at ``assets/previews/<2 hex>/<sha256>.jpg``. A file is written to a temporary name
in ``assets/tmp/`` (same file system), fsynced, then renamed into place, so a name in the store always holds
complete bytes: a crash leaves at worst a temporary file, which the next ingest removes without walking the whole
store. Identical bytes land on the identical name, so two writers cannot conflict.

The rename itself is durable once its folder is fsynced. ``put`` does that at once unless told ``sync=False``;
ingest says so for new files and fsyncs their folders with ``sync_folders`` just before the transaction that
records them, once per transaction and all folders at once (a few journal commits for a few dozen files rather
than two per file): a row is never committed before its file is durable, and a file whose rename a crash undid
has no row either.

``check`` moves what it must set aside to ``assets/quarantine/<stamp>/`` (never deleting). ``write_atomic`` and
``interrupts_held`` serve every other writer of whole files too (``export``, a command's ``-o``).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import secrets
import shutil
import signal
import stat
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from catalog.errors import LibraryUnwritable
from catalog.storage.base import ASSETS_DIR, ORIGINALS, THUMBS, Staged, Store

TMP = "tmp"
TMP_PREFIX = ".tmp-"
QUARANTINE = "quarantine"
SYNC_THREADS = 16  # folder fsyncs issued at once by sync_folders


class FolderStore(Store):
    """The files at ``<library>/<relpath>``, under ``<library>/assets/``."""

    def __init__(self, library_root: Path) -> None:
        self.library_root = library_root
        self.root = library_root / ASSETS_DIR
        self.location = str(self.root)
        self.spec = None

    def ensure(self) -> None:
        for sub in (ORIGINALS, THUMBS, TMP):
            try:
                (self.root / sub).mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise LibraryUnwritable(self.library_root, e.strerror or str(e)) from e

    def put_new(self, relpath: str, data: bytes) -> bool:
        """Write ``data`` at ``relpath`` unless something is there already (create-only: a file made from content
        by content address is never replaced)."""
        target = self.abspath(relpath)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            (self.root / TMP).mkdir(parents=True, exist_ok=True)
            write_atomic(target, data, self.root / TMP, replace=False)
        except FileExistsError:
            return False
        except OSError as e:
            raise LibraryUnwritable(self.library_root, f"{relpath}: {e.strerror or e}") from e
        return True

    def abspath(self, relpath: str) -> Path:
        return self.library_root / relpath

    def read(self, relpath: str) -> bytes:
        return self.abspath(relpath).read_bytes()

    def size(self, relpath: str) -> int | None:
        try:
            st = os.stat(self.abspath(relpath))
        except OSError:
            return None
        return st.st_size if stat.S_ISREG(st.st_mode) else None

    def sha256(self, relpath: str) -> str | None:
        try:
            digest = hashlib.sha256()
            with open(self.abspath(relpath), "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
            return digest.hexdigest()
        except OSError:
            return None

    def keys(self, kind: str) -> Iterator[str]:
        folder = self.root / kind
        for dirpath, _dirs, names in os.walk(folder):
            for name in names:
                yield (Path(dirpath) / name).relative_to(self.library_root).as_posix()

    def set_aside(self, relpath: str, stamp: str) -> str:
        path = self.abspath(relpath)
        target = self.root / QUARANTINE / stamp / path.relative_to(self.root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(path), target)
        return target.relative_to(self.library_root).as_posix()

    def url(self, relpath: str, *, expires: int = 3600) -> None:
        return None  # the desk's server sends the bytes itself

    def put(self, relpath: str, data: bytes, *, sync: bool = True) -> bool:
        """Write ``data`` at ``relpath`` unless a complete copy is there already; True when written.

        With ``sync=False`` the file's bytes are durable when this returns but its name is not until
        ``sync_folders`` is called for it (before anything that refers to it is committed)."""
        target = self.abspath(relpath)
        try:
            if target.is_file() and target.stat().st_size == len(data):
                return False
            target.parent.mkdir(parents=True, exist_ok=True)
            (self.root / TMP).mkdir(parents=True, exist_ok=True)
            write_atomic(target, data, self.root / TMP, sync_folder=sync)
        except OSError as e:
            raise LibraryUnwritable(self.library_root, f"{relpath}: {e.strerror or e}") from e
        return True

    def sync_folders(self, relpaths: Iterable[str]) -> None:
        """Make the names of files put with ``sync=False`` durable: each distinct folder fsynced once, all at
        the same time. One after another, each fsync waits for a journal commit and a disk cache flush of its
        own (about 1-3 ms: 60 folders for 32 pictures spread over 256 shards took 0.2 s); issued together, the
        file system commits them in a few (5 ms for 64). The threads end here, so no fork sees them."""
        folders = sorted({self.abspath(rel).parent for rel in relpaths})
        if len(folders) <= 1:
            for folder in folders:
                _fsync_dir(folder)
            return
        with ThreadPoolExecutor(max_workers=min(SYNC_THREADS, len(folders)), thread_name_prefix="sync") as pool:
            list(pool.map(_fsync_dir, folders))

    def stage(self, data: bytes) -> FolderStaged:
        """``data`` written to a temporary file and fsynced on a thread of its own, while the caller goes on; use
        it as a context manager and ``land`` it at its name, or leave the block without landing to drop it."""
        return FolderStaged(self, data)

    def remove_stale_temporaries(self) -> int:
        """Delete temporary files left by writers that no longer run; returns how many."""
        removed = 0
        tmp = self.root / TMP
        if not tmp.is_dir():
            return 0
        for entry in os.scandir(tmp):
            if entry.name.startswith(TMP_PREFIX) and abandoned(entry.path):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
        return removed

    def temporaries(self) -> list[str]:
        tmp = self.root / TMP
        found = [p for p in tmp.iterdir() if abandoned(p)] if tmp.is_dir() else []
        return [p.relative_to(self.library_root).as_posix() for p in found]


class FolderStaged(Staged):
    """A file on its way into the store: the disk writes its bytes (``write``, ``fsync``) while ingest decodes the
    same bytes, instead of after, and only ``land`` gives it its name, so a picture that proves unreadable, or
    an exception on the way, leaves nothing in the store. The temporary file is named and locked as
    ``write_atomic``'s are (a cleaner leaves it alone while it is held); whatever goes wrong on the thread is
    retried in the caller by a plain ``FolderStore.put``, which raises what the store raises."""

    def __init__(self, store: FolderStore, data: bytes) -> None:
        self.store = store
        self.data = data
        self._file: BinaryIO | None = None
        self._tmp: Path | None = None
        self._written = False  # set only once the bytes are fsynced: anything else counts as not written
        self._thread = threading.Thread(target=self._write, name="store-stage", daemon=True)
        self._thread.start()

    def _write(self) -> None:
        try:
            tmp_dir = self.store.root / TMP
            tmp_dir.mkdir(parents=True, exist_ok=True)
            self._tmp = tmp_dir / f"{TMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}"
            self._file = open(self._tmp, "wb")  # noqa: SIM115  (held open, and locked, until land or discard)
            fcntl.flock(self._file.fileno(), fcntl.LOCK_EX)
            self._file.write(self.data)
            self._file.flush()
            os.fsync(self._file.fileno())
            self._written = True
        except OSError:
            pass  # land() writes it again in the caller, where the error is raised and reported

    def land(self, relpath: str, *, sync: bool = True) -> bool:
        """Put the bytes at ``relpath``, as ``Store.put(relpath, data, sync=sync)`` would; True when written."""
        self._thread.join()
        target = self.store.abspath(relpath)
        try:
            if not self._written or self._tmp is None:
                return self.store.put(relpath, self.data, sync=sync)
            if target.is_file() and target.stat().st_size == len(self.data):
                return False
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self._tmp, target)
            self._tmp = None
        except FileNotFoundError:  # a cleaner took the temporary file in the instant before it was locked
            return self.store.put(relpath, self.data, sync=sync)
        except OSError as e:
            raise LibraryUnwritable(self.store.library_root, f"{relpath}: {e.strerror or e}") from e
        finally:
            self.discard()
        if sync:
            _fsync_dir(target.parent)
        return True

    def discard(self) -> None:
        """Drop the temporary file (nothing when it has landed)."""
        self._thread.join()
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None


def write_atomic(
    target: Path, data: bytes, tmp_dir: Path | None = None, *, replace: bool = True, sync_folder: bool = True
) -> None:
    """Temporary file, fsync, rename, fsync the folder (unless ``sync_folder`` is False and the caller does it
    before relying on the name): all or nothing.

    The writer holds an exclusive ``flock`` on its temporary file until the rename, so a cleaner can tell a file
    still being written from one left by a dead process (the kernel drops the lock when a process dies, even a
    SIGKILLed one whose pid lingers as a zombie or is reused). A cleaner can still win the instant between
    creating the file and locking it; the writer then finds its file gone and simply writes again.

    With ``replace=False`` an existing ``target`` is never replaced: the complete file is hard-linked into place,
    which fails with ``FileExistsError`` if the name was taken, even by a file that appeared a moment ago.
    """
    for attempt in range(3):
        tmp = (tmp_dir or target.parent) / f"{TMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}"
        try:
            with open(tmp, "wb") as fh:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
                if replace:
                    os.replace(tmp, target)
                else:
                    _link_new(tmp, target)
            break
        except FileNotFoundError:
            if attempt == 2 or not tmp.parent.is_dir():
                raise
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    if sync_folder:
        _fsync_dir(target.parent)


def _link_new(tmp: Path, target: Path) -> None:
    """Put ``tmp`` at ``target`` only if nothing is there; on file systems without hard links (FAT, some network
    shares) fall back to a check and a rename."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError as e:
        if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) over a few steps that must happen together, such as a file landing and the row that
    lists it; a Ctrl-C that arrives meanwhile takes effect when the block ends. Off the main thread, where
    Python cannot install signal handlers, this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught and callable(previous):
        previous(signal.SIGINT, None)
    elif caught and previous == signal.SIG_DFL:
        signal.raise_signal(signal.SIGINT)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def abandoned(path: str | Path) -> bool:
    """True when no process holds the temporary file's lock any more."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True
