"""Writing JPEG Extended XMP (XMP Specification Part 3, 1.1.3.1), for captions too long for one segment.

A JPEG's main XMP packet must fit one APP1 segment (65,502 bytes of packet). What does not fit is serialised as a
second XMP document and carried in further APP1 segments, each headed ``http://ns.adobe.com/xmp/extension/``, the
GUID (the MD5 of the whole extension, 32 upper-case hex digits), the extension's full length and this chunk's
offset. The main packet names the GUID in ``xmpNote:HasExtendedXMP``; ExifTool, Adobe's XMP toolkit and
photodesk's own reader (``catalog/xmp.py``) join the chunks and merge the properties.
"""

from __future__ import annotations

import hashlib
import re
from xml.sax.saxutils import escape

import pyexiv2

HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
SEGMENT_MAX = 65533  # an APP1 body: 65535 minus the two length bytes
CHUNK_MAX = SEGMENT_MAX - len(HEADER) - 32 - 4 - 4
GUID_KEY = "Xmp.xmpNote.HasExtendedXMP"
XMP_NOTE = "http://ns.adobe.com/xmp/note/"
# Characters XML 1.0 cannot carry at all, even escaped; exiv2 drops them from the main packet the same way.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def register_namespace() -> None:
    """exiv2 knows no ``xmpNote`` prefix until told (registering again is harmless)."""
    pyexiv2.registerNs(XMP_NOTE, "xmpNote")


def description_extension(caption: str) -> bytes:
    """The extension document holding ``dc:description`` (x-default) alone."""
    text = escape(_NOT_XML.sub("", caption))
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt>'
        f'<rdf:li xml:lang="x-default">{text}</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF>'
        "</x:xmpmeta>"
    ).encode()


def guid(extension: bytes) -> str:
    return hashlib.md5(extension, usedforsecurity=False).hexdigest().upper()


def segments(extension: bytes) -> bytes:
    """The APP1 segments (markers included) that carry ``extension``."""
    key = guid(extension).encode("ascii")
    total = len(extension).to_bytes(4, "big")
    out = bytearray()
    for offset in range(0, len(extension), CHUNK_MAX):
        body = HEADER + key + total + offset.to_bytes(4, "big") + extension[offset : offset + CHUNK_MAX]
        out += b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body
    return bytes(out)


def insert(jpeg: bytes, extension: bytes) -> bytes:
    """``jpeg`` with the extension's segments placed right after its main XMP segment, and any older extension
    segments (another GUID, now orphaned) removed. The JPEG must already hold a main XMP packet."""
    pos, out, placed = 2, bytearray(jpeg[:2]), False
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF and jpeg[pos + 1] not in (0xD9, 0xDA):
        end = pos + 2 + int.from_bytes(jpeg[pos + 2 : pos + 4], "big")
        body = jpeg[pos + 4 : end]
        if jpeg[pos + 1] == 0xE1 and body.startswith(HEADER):
            pos = end
            continue
        out += jpeg[pos:end]
        if not placed and jpeg[pos + 1] == 0xE1 and body.startswith(b"http://ns.adobe.com/xap/1.0/\x00"):
            out += segments(extension)
            placed = True
        pos = end
    if not placed:
        raise ValueError("no main XMP segment to extend")
    return bytes(out + jpeg[pos:])
