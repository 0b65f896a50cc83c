"""EXIF through exifread: capture time, camera, lens, orientation, GPS, and the three MWG text fields.

exifread is given the EXIF block that Pillow already located (a small TIFF structure), not the whole file, so it
never scans the pixel data. Everything it reports is kept as printable text in ``raw``.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import exifread

from catalog.text import normalize

MAX_RAW_VALUE = 512
_log = logging.getLogger("exifread")


class _Collect(logging.Handler):
    """exifread reports damage through logging; collect it as our warnings instead of printing it."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < 5:
            self.messages.append(record.getMessage()[:200])


@dataclass
class ExifInfo:
    taken_at: str | None = None
    make: str | None = None
    model: str | None = None
    lens: str | None = None
    orientation: int | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    fields: dict[str, str] = field(default_factory=dict)  # caption / byline / copyright, MWG-style
    raw: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_exif(block: bytes) -> ExifInfo:
    """Read an EXIF/TIFF structure (a TIFF file's bytes, or an EXIF block with or without ``Exif\\0\\0``)."""
    info = ExifInfo()
    if block.startswith(b"Exif\x00\x00"):
        block = block[6:]
    if not block:
        return info
    handler = _Collect()
    _log.addHandler(handler)
    _log.propagate = False
    try:
        tags = exifread.process_file(io.BytesIO(block), details=False, extract_thumbnail=False)
    except Exception as e:  # exifread raises many kinds of error on damaged blocks
        info.warnings.append(f"EXIF unreadable: {type(e).__name__}: {str(e)[:120]}")
        return info
    finally:
        _log.removeHandler(handler)
    info.warnings += [f"EXIF: {m}" for m in handler.messages]
    _fill(info, tags)
    return info


def _fill(info: ExifInfo, tags: dict[str, Any]) -> None:
    for key, tag in tags.items():
        try:
            info.raw[key] = str(tag.printable)[:MAX_RAW_VALUE]
        except Exception:
            continue

    def text(key: str) -> str | None:
        tag = tags.get(key)
        if tag is None or not isinstance(tag.values, str):
            return None
        return normalize(tag.values) or None

    info.make, info.model = text("Image Make"), text("Image Model")
    info.lens = text("EXIF LensModel") or text("MakerNote LensModel")
    info.taken_at = exif_datetime(
        text("EXIF DateTimeOriginal") or text("EXIF DateTimeDigitized") or text("Image DateTime"),
        text("EXIF OffsetTimeOriginal") or text("EXIF OffsetTime"),
    )
    orientation = tags.get("Image Orientation")
    if orientation is not None and isinstance(orientation.values, list) and orientation.values:
        value = orientation.values[0]
        info.orientation = value if isinstance(value, int) and 1 <= value <= 8 else None
    info.gps_lat = _gps(tags.get("GPS GPSLatitude"), text("GPS GPSLatitudeRef"), "S", 90)
    info.gps_lon = _gps(tags.get("GPS GPSLongitude"), text("GPS GPSLongitudeRef"), "W", 180)
    for name, key in (
        ("caption", "Image ImageDescription"),
        ("byline", "Image Artist"),
        ("copyright", "Image Copyright"),
    ):
        value = text(key)
        if value:
            info.fields[name] = value


def exif_datetime(value: str | None, offset: str | None) -> str | None:
    """``2016:06:06 10:15:00`` (+ ``+03:00``) -> ``2016-06-06T10:15:00+03:00``; None for blanks and zeros."""
    if not value:
        return None
    try:
        moment = datetime.strptime(value.strip()[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    iso = moment.isoformat()
    if offset and len(offset) == 6 and offset[0] in "+-" and offset[3] == ":":
        try:
            datetime.strptime(offset[1:], "%H:%M")
            iso += offset
        except ValueError:
            pass
    return iso


def _gps(tag: Any, ref: str | None, negative: str, limit: float) -> float | None:
    if tag is None or not isinstance(tag.values, list) or len(tag.values) != 3:
        return None
    try:
        d, m, s = (float(v) for v in tag.values)
    except (ValueError, ZeroDivisionError, TypeError, OverflowError):
        return None
    value = d + m / 60 + s / 3600
    if not 0 <= value <= limit:
        return None
    return round(-value if ref and ref.upper().startswith(negative) else value, 7)
