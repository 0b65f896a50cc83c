"""Corrected metadata written back into a picture's own bytes, losslessly: pyexiv2 (exiv2) rewrites metadata
segments only, never the pixels. Pure: bytes and values in, bytes out.

Caption, credit line, byline, copyright, headline and people go into XMP; into IPTC IIM where the file already has
IIM (declared UTF-8, digest refreshed); and into EXIF where the file has an EXIF block (MWG readers let EXIF win,
so a stale EXIF caption would otherwise shadow the new one). A JPEG caption too long for the main XMP segment goes
out whole as Extended XMP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyexiv2

from catalog.errors import PhotodeskError
from catalog.media import extended_xmp
from catalog.media.iptc import refresh_jpeg_digest

IIM_LIMITS = {
    "Iptc.Application2.Byline": 32,
    "Iptc.Application2.Credit": 32,
    "Iptc.Application2.Copyright": 128,
    "Iptc.Application2.Headline": 256,
    "Iptc.Application2.Caption": 2000,
}
EXIF_CAPTION_MAX = 30_000  # bytes: the whole EXIF block must fit one 64 KB segment; XMP carries longer captions


class MetadataNotWritten(PhotodeskError):
    """exiv2 could not write the metadata into this file."""


@dataclass
class WriteBack:
    """The values written into a picture: what the catalog decided, in the house's credit line."""

    format: str  # JPEG, PNG, TIFF, WEBP
    credit_line: str
    caption: str = ""
    byline: list[str] = field(default_factory=list)
    copyright: str = ""
    headline: str = ""
    people: list[str] = field(default_factory=list)


def with_metadata(data: bytes, values: WriteBack) -> tuple[bytes, list[str]]:
    """The original bytes with the values written into XMP, IIM (if present) and EXIF (if present), and any
    warnings. Raises ``MetadataNotWritten`` when exiv2 cannot write this file."""
    caption = values.caption
    xmp = _xmp_values(values)
    try:
        try:
            return _write(data, values, xmp), []
        except RuntimeError as e:
            if not (caption and values.format == "JPEG" and "XMP JPEG segment is larger" in str(e)):
                raise
        extended_xmp.register_namespace()
        extension = extended_xmp.description_extension(caption)
        main = {k: v for k, v in xmp.items() if k != "Xmp.dc.description"}
        main[extended_xmp.GUID_KEY] = extended_xmp.guid(extension)
        out = _write(data, values, main)
        warning = f"caption of {len(caption.encode())} bytes written as Extended XMP (longer than one JPEG segment)"
        return extended_xmp.insert(out, extension), [warning]
    except (RuntimeError, OSError, ValueError) as e:
        raise MetadataNotWritten(f"cannot write metadata: {e}") from e


def _xmp_values(v: WriteBack) -> dict[str, Any]:
    xmp: dict[str, Any] = {"Xmp.photoshop.Credit": v.credit_line}
    if v.caption:
        xmp["Xmp.dc.description"] = {'lang="x-default"': v.caption}
    if v.byline:
        xmp["Xmp.dc.creator"] = list(v.byline)
    if v.copyright:
        xmp["Xmp.dc.rights"] = {'lang="x-default"': v.copyright}
    if v.headline:
        xmp["Xmp.photoshop.Headline"] = v.headline
    if v.people:
        xmp["Xmp.iptcExt.PersonInImage"] = list(v.people)
    return xmp


def _write(data: bytes, v: WriteBack, xmp: dict[str, Any]) -> bytes:
    caption, byline, copyright_, credit_line = v.caption, v.byline, v.copyright, v.credit_line
    with pyexiv2.ImageData(data) as image:
        has_iim, has_exif = bool(image.read_iptc()), bool(image.read_exif())
        image.modify_xmp(xmp)
        if has_iim:
            iim: dict[str, Any] = {"Iptc.Envelope.CharacterSet": "\x1b%G", "Iptc.Application2.Credit": credit_line}
            if caption:
                iim["Iptc.Application2.Caption"] = caption
            if byline:
                iim["Iptc.Application2.Byline"] = byline
            if copyright_:
                iim["Iptc.Application2.Copyright"] = copyright_
            if v.headline:
                iim["Iptc.Application2.Headline"] = v.headline
            image.modify_iptc({k: _clip(k, v) for k, v in iim.items()})
        if has_exif:
            image.modify_exif(_exif_values(caption, byline, copyright_))
        out = image.get_bytes()
    return refresh_jpeg_digest(out) if v.format == "JPEG" else out


def _exif_values(caption: str, byline: list[str], copyright_: str) -> dict[str, Any]:
    """EXIF wins under MWG, so a caption EXIF cannot hold is removed there (never left stale): XMP holds it."""
    exif: dict[str, Any] = {}
    if caption:
        exif["Exif.Image.ImageDescription"] = caption if len(caption.encode("utf-8")) <= EXIF_CAPTION_MAX else None
    if byline:
        exif["Exif.Image.Artist"] = "; ".join(byline)
    if copyright_:
        exif["Exif.Image.Copyright"] = copyright_
    return exif


def _clip(key: str, value: Any) -> Any:
    """IIM datasets have byte limits; cut at a character boundary (XMP keeps the whole value)."""
    limit = IIM_LIMITS.get(key)
    if limit is None:
        return value
    if isinstance(value, list):
        return [_clip(key, v) for v in value]
    encoded = str(value).encode("utf-8")[:limit]
    return encoded.decode("utf-8", errors="ignore")
