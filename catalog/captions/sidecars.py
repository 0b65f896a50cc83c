"""Sidecars: ``NAME.txt``, ``NAME.json`` or ``NAME.xmp`` beside a picture (also ``NAME.jpg.txt``), read with it.

A sidecar is never a file of the batch on its own: ingest reads it with its picture and notes it in the picture's
result (``FileResult.sidecars``). Text is decoded as IIM text is (``text.codec``); a sidecar that cannot be read
(not text, bad JSON, a truncated XMP packet) gives nothing and a warning of its picture, never garbled text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from catalog.captions.sheets import DuplicateKey, offer_from, text_value, unique_keys
from catalog.media.xmp import parse_xmp
from catalog.model import CaptionOffer, SidecarNote
from catalog.text.codec import UndecodableText, decode_text_file

SIDECAR_KEYS = ("caption", "credit", "headline", "people", "byline")
SIDECAR_SUFFIXES = (".txt", ".json", ".xmp")


class SidecarFinder:
    """Sidecars beside pictures: ``NAME.txt|json|xmp`` (also ``NAME.jpg.txt``), in that order, matched without
    regard to case on either side (``A.JPG`` takes ``a.txt``, ``c.jpg`` takes ``c.TXT``). Each folder is listed
    once, however many pictures it holds."""

    def __init__(self) -> None:
        self._folders: dict[Path, dict[str, list[str]]] = {}

    def __call__(self, image: Path) -> list[Path]:
        names = self._listing(image.parent)
        found: list[Path] = []
        for base in (image.stem, image.name):
            for suffix in SIDECAR_SUFFIXES:
                for name in names.get((base + suffix).casefold(), []):
                    candidate = image.parent / name
                    if candidate not in found and candidate.is_file():
                        found.append(candidate)
        return found

    def _listing(self, folder: Path) -> dict[str, list[str]]:
        if folder not in self._folders:
            listing: dict[str, list[str]] = {}
            try:
                for name in sorted(os.listdir(folder)):
                    if name.lower().endswith(SIDECAR_SUFFIXES):
                        listing.setdefault(name.casefold(), []).append(name)
            except OSError:
                pass
            self._folders[folder] = listing
        return self._folders[folder]


def sidecars_for(image: Path) -> list[Path]:
    """The sidecars of one picture (see ``SidecarFinder``; use one finder for a whole batch)."""
    return SidecarFinder()(image)


class _Unreadable(ValueError):
    pass


def read_sidecar(path: Path) -> tuple[CaptionOffer | None, SidecarNote]:
    """A caption offer from one sidecar (None when it holds nothing), and a note of how it was read: its
    charset, or the problem that kept anything from being taken from it."""
    note = SidecarNote(str(path))
    try:
        return _sidecar_offer(path, path.read_bytes(), note), note
    except OSError as e:
        note.problem = f"cannot read: {e.strerror or e}"
    except (UndecodableText, _Unreadable) as e:
        note.problem = str(e)
    return None, note


def _sidecar_offer(path: Path, data: bytes, note: SidecarNote) -> CaptionOffer | None:
    suffix = path.suffix.lower()
    if suffix == ".xmp":  # XML says its own encoding
        packet = parse_xmp(data)
        if packet.warnings:
            raise _Unreadable(f"not readable XMP: {'; '.join(packet.warnings)}")
        fields = packet.fields
        creators, people = fields.get("byline"), fields.get("people")
        return CaptionOffer(
            "sidecar",
            str(path),
            caption=text_value(fields.get("caption")),
            credit=text_value(fields.get("credit")),
            headline=text_value(fields.get("headline")),
            people=people if isinstance(people, list) else [],
            byline=text_value(", ".join(creators)) if isinstance(creators, list) else None,
        )
    decoded = decode_text_file(data)
    note.charset = decoded.charset
    if suffix != ".json":
        caption = text_value(decoded.text)
        return CaptionOffer("sidecar", str(path), caption=caption) if caption else None
    try:
        obj = json.loads(decoded.text, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as e:
        raise _Unreadable(f"not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})") from e
    except DuplicateKey as e:
        raise _Unreadable(str(e)) from e
    if not isinstance(obj, dict):
        raise _Unreadable(f"expected a JSON object with {', '.join(SIDECAR_KEYS)}, not a {type(obj).__name__}")
    try:
        return offer_from("sidecar", str(path), obj)
    except ValueError as e:
        raise _Unreadable(str(e)) from e
