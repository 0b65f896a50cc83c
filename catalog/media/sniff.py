"""Recognising a file by its first bytes, never by its name.

Desks receive ``.jpg`` files that are PNGs, HTML error pages saved as ``photo.jpg`` and pictures with no
extension at all. The content decides; the extension only decides whether a non-picture is a failure (it claimed to
be a picture) or something else in the folder to pass over (a sidecar, a caption sheet).
"""

from __future__ import annotations

SUPPORTED = ("JPEG", "PNG", "TIFF", "WEBP")
IMAGE_EXTENSIONS = frozenset(
    [
        ".jpg",
        ".jpeg",
        ".jpe",
        ".jfif",
        ".png",
        ".tif",
        ".tiff",
        ".webp",
        ".gif",
        ".bmp",
        ".heic",
        ".heif",
        ".avif",
        ".jp2",
        ".jxl",
        ".cr2",
        ".nef",
        ".arw",
        ".dng",
    ]
)
HEAD_BYTES = 32


def sniff(head: bytes) -> str | None:
    """The supported format whose signature ``head`` starts with, or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def describe(head: bytes) -> str:
    """A short human name for what an unsupported file looks like, for the skip/failure reason."""
    if not head:
        return "empty file"
    known = [
        (b"GIF8", "a GIF"),
        (b"BM", "a BMP"),
        (b"%PDF", "a PDF"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x00\x00\x00\x0cjP  ", "a JPEG 2000 file"),
        (b"\xff\x0a", "a JPEG XL file"),
    ]
    for magic, name in known:
        if head.startswith(magic):
            return name
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"):
            return "a HEIC file"
        if brand in (b"avif", b"avis"):
            return "an AVIF file"
        return "a video or ISO media file"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "an HTML page"
    if text.startswith(b"<?xml") or text.startswith(b"<x:xmpmeta"):
        return "an XML file"
    if text.startswith((b"{", b"[")):
        return "a JSON or text file"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "not a picture (unknown content)"
    return "a text file"
