"""Whether a file has finished arriving, judged from its name and its bytes (never from a lock: a writer on
another machine, over SMB or NFS, holds none this machine can see).

A name is temporary while a transfer is under way: FTP and browser clients write ``NAME.part``, ``.filepart``,
``.crdownload``, ``.partial``, ``.download``, ``.tmp``, editors ``NAME~``, rsync and many sync clients a hidden
``.NAME.XXXXXX`` renamed into place at the end. Such a file is never read; its final name arrives by a rename.

A file with its final name can still be half written (a client that writes in place, a stalled upload). Its size
and modification time must stay the same for the settle time (``settle``), and where the format says where it
ends, the end must be there: a JPEG's End Of Image marker after its first scan, PNG's ``IEND`` chunk, the length a
WebP's RIFF header declares. A picture whose end is missing is waited for (a stalled upload resumes); past the
give-up time it goes to ingest as it is, which refuses what cannot be read.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

TEMPORARY_SUFFIXES = (".part", ".filepart", ".crdownload", ".partial", ".download", ".tmp", ".temp", "~")
TAIL = 1 << 16  # PNG's IEND is looked for in the last 64 KiB first (trailing bytes after it are rare)
CHUNK = 1 << 20


def is_temporary(path: Path) -> bool:
    """A name a transfer gives a file until it is complete (or a hidden file: never a delivered picture)."""
    name = path.name
    return name.startswith((".", "~$")) or name.lower().endswith(TEMPORARY_SUFFIXES)


def ends_where_it_says(path: Path) -> bool:
    """Whether the file's format says it is complete (True where the format does not say, or is not a
    picture's: only stability can tell). False while the end the format promises is missing."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
            if head.startswith(b"\xff\xd8\xff"):
                return _jpeg_complete(fh)
            if head.startswith(b"\x89PNG\r\n\x1a\n"):
                return _png_complete(fh)
            if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
                declared = int(struct.unpack("<I", head[4:8])[0]) + 8
                fh.seek(0, 2)
                return fh.tell() >= declared
    except OSError:
        return False  # gone or unreadable for now: asked again on the next look
    return True


def _jpeg_complete(fh: BinaryIO) -> bool:
    """Whether the JPEG's End Of Image is written. The segments before the first scan are walked by their
    lengths (an EXIF thumbnail inside APP1 has an End Of Image of its own); from the scan on, entropy-coded data
    cannot hold FF D9 (FF is stuffed as FF 00), so the first FF D9 there is the picture's end. Data appended after
    it (a phone's motion video) does not matter."""
    fh.seek(2)
    while True:
        marker = fh.read(2)
        if len(marker) < 2:
            return False  # cut short
        if marker[0] != 0xFF:
            return True  # not a JPEG's structure: nothing more to wait for, ingest judges it
        kind = marker[1]
        if kind == 0xFF:  # fill byte before a marker
            fh.seek(-1, 1)
            continue
        if kind == 0xD9:
            return True
        if 0xD0 <= kind <= 0xD7 or kind == 0x01:  # markers without a length
            continue
        size = fh.read(2)
        if len(size) < 2:
            return False
        length = int(struct.unpack(">H", size)[0])
        if length < 2:
            return True  # a segment that cannot be: malformed, not unfinished
        if kind == 0xDA:  # start of scan: the end is the first FF D9 from here
            return _find(fh, b"\xff\xd9")
        fh.seek(length - 2, 1)


def _png_complete(fh: BinaryIO) -> bool:
    fh.seek(0, 2)
    size = fh.tell()
    fh.seek(max(8, size - TAIL))
    if b"IEND\xaeB`\x82" in fh.read(TAIL):
        return True
    fh.seek(8)
    return _find(fh, b"IEND\xaeB`\x82")


def _find(fh: BinaryIO, needle: bytes) -> bool:
    """Whether ``needle`` occurs from the file's position on, read a megabyte at a time."""
    carry = b""
    while block := fh.read(CHUNK):
        if needle in carry + block:
            return True
        carry = block[-(len(needle) - 1) :]
    return False
