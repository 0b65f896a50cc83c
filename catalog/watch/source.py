"""What changed in the watched folders: the OS's file events where they arrive, polling where they do not.

File events (inotify, FSEvents, ReadDirectoryChangesW) come through watchfiles (Rust's ``notify``), read on a
thread of their own into a queue; they are hints, never the record: each path is looked at again by the watcher,
and the folders are walked in full at start and every ``rescan`` seconds, so an event lost (a full inotify queue,
a folder made and filled before its watch was added) costs a delay, never a picture. On a network share (NFS,
SMB/CIFS, sshfs and the like) another machine's writes raise no event here: the folders are walked every
``poll`` seconds instead.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "davfs", "fuse.sshfs", "fuse.rclone"}
    | {"fuse.s3fs", "fuse.gcsfuse", "fuse.smbnetfs", "lustre", "gpfs", "beegfs"}
)
RESCAN = 60.0  # seconds between full walks while events arrive
POLL = 2.0  # seconds between walks where they do not


def walk_files(folder: Path, exclude: frozenset[Path] = frozenset()) -> Iterator[Path]:
    """Every file under ``folder`` (hidden folders passed over: a sync client's, the system's), without following
    links to folders (a link back up would walk forever). ``exclude``: folders never walked (the done folder)."""
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    path = Path(entry.path)
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            if not entry.name.startswith(".") and path.absolute() not in exclude:
                                stack.append(path)
                        elif entry.is_file():
                            yield path
                    except OSError:
                        continue
        except OSError:
            continue  # gone, or not readable now: the next walk looks again


def filesystem_type(folder: Path) -> str | None:
    """The type of the file system ``folder`` is on (Linux's mount table), or None where it cannot be told."""
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(folder.resolve())
    best: tuple[int, str] | None = None
    for line in lines:
        left, _, right = line.partition(" - ")
        fields = left.split()
        if len(fields) < 5 or not right:
            continue
        mount = fields[4].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and (best is None or len(mount) > best[0]):
            best = (len(mount), right.split()[0])
    return best[1] if best else None


def on_network_share(folder: Path) -> bool:
    return filesystem_type(folder) in NETWORK_FILESYSTEMS


class Events:
    """The OS's file events for ``folders``, as paths that may have changed."""

    def __init__(self, folders: Sequence[Path]) -> None:
        import watchfiles  # loaded only by a watch

        self._queue: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._changes = watchfiles.watch(
            *folders,
            watch_filter=None,
            debounce=50,
            step=20,
            rust_timeout=500,
            yield_on_timeout=True,
            stop_event=self._stop,
            raise_interrupt=False,
            ignore_permission_denied=True,
        )
        self._thread = threading.Thread(target=self._read, name="photodesk-watch-events", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            for changes in self._changes:
                for _, path in changes:
                    self._queue.put(path)
        except BaseException as e:  # the watcher thread ends; the main loop falls back to walking
            self._error = e

    @property
    def failed(self) -> BaseException | None:
        """Why events stopped arriving (the folder went away, the OS refused a watch), or None."""
        return self._error

    def changed(self, timeout: float) -> set[Path]:
        """Paths changed since the last call, waiting up to ``timeout`` seconds for the first."""
        out: set[Path] = set()
        try:
            out.add(Path(self._queue.get(timeout=timeout)))
            while True:
                out.add(Path(self._queue.get_nowait()))
        except queue.Empty:
            pass
        return out

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
