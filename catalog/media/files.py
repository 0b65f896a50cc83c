"""Opening an incoming file safely: only regular files are read, and every failure has a reason a person can act on.

``open()`` on a named pipe blocks until something writes to it (a FIFO named ``.jpg`` would hang a batch forever)
and on a device reads without end; a broken or looping symbolic link fails with an errno that means little to a
photo editor. The file is opened non-blocking and checked with ``fstat`` on the open descriptor (no race between
checking and opening), then read normally.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class NotRegular(Exception):
    """Not a regular file (a pipe, socket, device or folder): passed over, never read."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def open_regular(path: Path) -> BinaryIO:
    """The file opened for reading, or ``NotRegular``; ``OSError`` for what cannot be opened at all."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise NotRegular(f"{what}, not a file: not read")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def unreadable_reason(path: Path, error: OSError) -> str:
    """One line saying why ``path`` could not be read."""
    if error.errno == errno.ELOOP:
        return "a symbolic link loop: it never reaches a file"
    if error.errno == errno.ENOENT:
        if path.is_symlink():
            return f"a broken symbolic link (to {os.readlink(path)}, which does not exist)"
        return "no such file"
    if error.errno == errno.EISDIR:
        return "a folder"
    return f"cannot read: {error.strerror or error}"
