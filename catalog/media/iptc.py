"""IPTC IIM (the 'IPTC' block of JPEG and TIFF files), read from raw bytes.

Pillow and exifread hand us undecoded IIM; the character set is ours to get right. IIM text is UTF-8 only when
record 1:90 (CodedCharacterSet) says ``ESC % G``; otherwise the convention is cp1252, except that Israeli press
material often arrives in cp1255 (Hebrew) with no marker at all. Without a marker we decide as for every other
undeclared text (``text.codec.guess_charset``, shared with sidecars, sheets and articles): pure ASCII, valid UTF-8
(many writers skip the marker), then cp1255 when the non-ASCII bytes form whole Hebrew words, else cp1252. The
parser is bounds-checked: garbage yields fewer fields, never an exception.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from catalog.text import normalize
from catalog.text.codec import guess_charset

# (record 2 dataset) -> (field name, IIM maximum length in bytes, repeatable)
DATASETS: dict[int, tuple[str, int, bool]] = {
    5: ("object_name", 64, False),
    25: ("keywords", 64, True),
    40: ("instructions", 256, False),
    55: ("date_created", 8, False),
    60: ("time_created", 11, False),
    80: ("byline", 32, True),
    85: ("byline_title", 32, True),
    90: ("city", 32, False),
    92: ("sublocation", 32, False),
    95: ("province_state", 32, False),
    100: ("country_code", 3, False),
    101: ("country", 64, False),
    105: ("headline", 256, False),
    110: ("credit", 32, False),
    115: ("source", 32, False),
    116: ("copyright", 128, False),
    120: ("caption", 2000, False),
    122: ("writer", 32, True),
}
LIMITS = {name: limit for name, limit, _ in DATASETS.values()}
UTF8_MARKERS = (b"\x1b%G", b"\x1b%/G", b"\x1b%/I")
LATIN1_MARKERS = (b"\x1b.A", b"\x1b-A")
MAX_DATASETS = 10_000


@dataclass
class IimBlock:
    """Decoded IIM: text per field (lists for repeatable ones), plus what we need to explain the decoding."""

    fields: dict[str, str | list[str]] = field(default_factory=dict)
    raw_lengths: dict[str, int] = field(default_factory=dict)  # byte length of each field's first value
    charset: str = "ascii"
    charset_declared: bool = False
    warnings: list[str] = field(default_factory=list)


def parse_datasets(block: bytes) -> list[tuple[int, int, bytes]]:
    """Split an IIM block into (record, dataset, data) triples, stopping quietly at the first damage."""
    out: list[tuple[int, int, bytes]] = []
    i, n = 0, len(block)
    while i + 5 <= n and len(out) < MAX_DATASETS:
        if block[i] != 0x1C:
            break
        record, dataset = block[i + 1], block[i + 2]
        length = int.from_bytes(block[i + 3 : i + 5], "big")
        i += 5
        if length & 0x8000:  # extended dataset: the low bits say how many bytes hold the length
            nbytes = length & 0x7FFF
            if nbytes > 4 or i + nbytes > n:
                break
            length = int.from_bytes(block[i : i + nbytes], "big")
            i += nbytes
        if i + length > n:
            break
        out.append((record, dataset, block[i : i + length]))
        i += length
    return out


def decode_iim(block: bytes) -> IimBlock:
    datasets = parse_datasets(block)
    result = IimBlock()
    if block and not datasets:
        result.warnings.append("IPTC block is not valid IIM")
        return result
    marker = next((data for rec, ds, data in datasets if rec == 1 and ds == 90), None)
    texts = [data for rec, ds, data in datasets if rec == 2 and ds in DATASETS]
    result.charset, result.charset_declared = choose_charset(marker, texts)
    for rec, ds, data in datasets:
        if rec != 2 or ds not in DATASETS:
            continue
        name, _limit, repeatable = DATASETS[ds]
        text, problem = decode_value(data, result.charset)
        if problem:
            result.warnings.append(f"IPTC {name}: {problem}")
        if not text:
            continue
        result.raw_lengths.setdefault(name, len(data))
        if repeatable:
            values = result.fields.setdefault(name, [])
            if isinstance(values, list):
                values.append(text)
        elif name not in result.fields:
            result.fields[name] = text
    return result


def choose_charset(marker: bytes | None, texts: list[bytes]) -> tuple[str, bool]:
    """The codec for the block's text, and whether the file declared it."""
    if marker is not None:
        if marker in UTF8_MARKERS:
            return "utf-8", True
        if marker in LATIN1_MARKERS:
            return "latin-1", True
    return guess_charset(b"\n".join(texts)), False


def decode_text(data: bytes, charset: str) -> str:
    """A value in a known codec; bytes it cannot hold are refused (``UnicodeDecodeError``), never replaced."""
    return normalize(data.decode(charset))


def decode_value(data: bytes, charset: str) -> tuple[str | None, str | None]:
    """(text, problem) for one dataset: in the block's codec, else — a value that contradicts the declaration or
    the block's guess, as when one editor appended cp1255 to a UTF-8 block — by its own guess, with a warning;
    a value no codec reads is left out with a warning. Never U+FFFD."""
    try:
        return decode_text(data, charset), None
    except UnicodeDecodeError:
        pass
    own = guess_charset(data)
    try:
        text = decode_text(data, own)
    except UnicodeDecodeError as e:
        return None, f"not text in {charset} or {own} (byte 0x{data[e.start]:02X} at offset {e.start}): left out"
    return text, f"not valid {charset}: read as {own}"


def iim_from_irb(irb: bytes) -> tuple[bytes | None, bytes | None]:
    """(IIM block, stored IPTC digest) from Photoshop image resource blocks (JPEG APP13, TIFF tag 34377)."""
    resources = parse_irb(irb)
    return resources.get(0x0404), resources.get(0x0425)


def parse_irb(irb: bytes) -> dict[int, bytes]:
    if irb.startswith(b"Photoshop 3.0\x00"):
        irb = irb[14:]
    out: dict[int, bytes] = {}
    i, n = 0, len(irb)
    while i + 12 <= n:
        if irb[i : i + 4] not in (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa"):
            break
        rid = int.from_bytes(irb[i + 4 : i + 6], "big")
        name_len = irb[i + 6]
        j = i + 7 + name_len
        if (1 + name_len) % 2:  # the Pascal name, with its length byte, is padded to an even size
            j += 1
        if j + 4 > n:
            break
        size = int.from_bytes(irb[j : j + 4], "big")
        j += 4
        if j + size > n:
            break
        out.setdefault(rid, irb[j : j + size])
        i = j + size + (size % 2)
    return out


def digest_matches(iim: bytes, stored: bytes | None) -> bool | None:
    """None when no digest is stored; else whether it still describes this IIM (padding either way)."""
    if not stored or len(stored) != 16:
        return None
    candidates = {iim, iim.rstrip(b"\x00")}
    return any(hashlib.md5(c, usedforsecurity=False).digest() == stored for c in candidates)


def refresh_jpeg_digest(jpeg: bytes) -> bytes:
    """Rewrite the IPTC digest (Photoshop resource 0x0425) of a JPEG to match its IIM, in place (same 16 bytes).

    Writers that update IIM without the digest leave it stale, and MWG readers then let the IIM win over the
    XMP; after photodesk writes both, they agree and the digest says so. Returns the bytes unchanged when the
    file has no digest or no IIM.
    """
    i = 2
    out = bytearray(jpeg)
    while i + 4 <= len(jpeg) and jpeg[i] == 0xFF:
        marker = jpeg[i + 1]
        if marker in (0xD9, 0xDA):
            break
        length = int.from_bytes(jpeg[i + 2 : i + 4], "big")
        body_start, body_end = i + 4, i + 2 + length
        if marker == 0xED and jpeg[body_start : body_start + 14] == b"Photoshop 3.0\x00":
            spans = _irb_spans(jpeg, body_start + 14, body_end)
            if 0x0404 in spans and 0x0425 in spans and spans[0x0425][1] - spans[0x0425][0] == 16:
                a, b = spans[0x0404]
                d0, d1 = spans[0x0425]
                out[d0:d1] = hashlib.md5(jpeg[a:b], usedforsecurity=False).digest()
        i = body_end
    return bytes(out)


def _irb_spans(data: bytes, start: int, end: int) -> dict[int, tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    i = start
    while i + 12 <= end and data[i : i + 4] == b"8BIM":
        rid = int.from_bytes(data[i + 4 : i + 6], "big")
        name_len = data[i + 6]
        j = i + 7 + name_len + ((1 + name_len) % 2)
        if j + 4 > end:
            break
        size = int.from_bytes(data[j : j + 4], "big")
        j += 4
        if j + size > end:
            break
        spans.setdefault(rid, (j, j + size))
        i = j + size + (size % 2)
    return spans
