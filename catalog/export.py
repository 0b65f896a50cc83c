"""Exporting pictures for publication: the original bytes, with corrected metadata written back losslessly.

Each exported file is the stored original with caption, credit line (in the chosen style), byline, copyright,
headline and people written into XMP, into IPTC IIM where the file already has IIM (declared UTF-8, digest
refreshed), and into EXIF where the file has an EXIF block (MWG readers let EXIF win, so a stale EXIF caption
would otherwise shadow the new one). pyexiv2 (exiv2) rewrites metadata segments only: the pixels are not
re-encoded. File names come from a template whose every field is sanitised, and the result is checked to lie
inside the target folder. A ``credits.csv`` beside the files lists what was written.
"""

from __future__ import annotations

import csv
import io
import re
import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyexiv2

from .errors import PhotodeskError
from .iptc import refresh_jpeg_digest
from .library import Library
from .store import EXTENSIONS, write_atomic
from .styles import render

DEFAULT_NAME = "{date}_{photographer}_{id}"
NAME_FIELDS = ("date", "photographer", "agency", "id", "filename", "sha", "kind")
IIM_LIMITS = {
    "Iptc.Application2.Byline": 32,
    "Iptc.Application2.Credit": 32,
    "Iptc.Application2.Copyright": 128,
    "Iptc.Application2.Headline": 256,
    "Iptc.Application2.Caption": 2000,
}
MAX_NAME = 120


class ExportError(PhotodeskError):
    pass


@dataclass
class Exported:
    asset_id: int
    file: str
    caption: str
    credit_line: str
    photographers: list[str]
    agency: str
    people: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.asset_id,
            "file": self.file,
            "caption": self.caption,
            "credit_line": self.credit_line,
            "photographers": self.photographers,
            "agency": self.agency,
            "people": self.people,
        }


def check_template(template: str) -> None:
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as e:
        raise ExportError(f"bad --name template {template!r}: {e}") from None
    unknown = [f for f in fields if f not in NAME_FIELDS]
    if unknown or not fields:
        raise ExportError(f"bad --name template {template!r}: use fields {', '.join(NAME_FIELDS)}")


def safe_part(text: str) -> str:
    """A piece of a file name: letters and digits of any script, '-', '_' and '.'; nothing that names a folder."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(c if (c.isalnum() or c in "-_.") else "-" for c in text)
    text = re.sub(r"-{2,}", "-", text).strip("-._")
    return text[:60] or "x"


def file_name(asset: dict[str, Any], template: str) -> str:
    credit = asset["credit"]
    who = (credit.get("photographers") or [None])[0] or credit.get("agency") or "unknown"
    values = {
        "date": (asset.get("taken_at") or "")[:10] or "undated",
        "photographer": who,
        "agency": credit.get("agency") or "unknown",
        "id": str(asset["id"]),
        "filename": Path(asset.get("filename") or "picture").stem,
        "sha": asset["sha256"][:12],
        "kind": credit.get("kind") or "photo",
    }
    name = template.format(**{k: safe_part(v) for k, v in values.items()})
    name = safe_part(name.replace("/", "_").replace("\\", "_"))[:MAX_NAME]
    return f"{name}.{EXTENSIONS.get(asset['format'], 'bin')}"


def export(
    library: Library, assets: list[dict[str, Any]], target: Path, *, style: dict[str, str], template: str = DEFAULT_NAME
) -> list[Exported]:
    check_template(template)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"{target}: cannot create the folder: {e.strerror or e}") from e
    root = target.resolve()
    done: list[Exported] = []
    used: set[str] = set()
    for asset in assets:
        name = _unique(file_name(asset, template), used, root)
        path = (root / name).resolve()
        if path.parent != root:
            raise ExportError(f"refusing to write {name!r} outside {root}")
        line = render(asset["credit"], style)
        data = library.store.abspath(asset["path"]).read_bytes()
        write_atomic(path, with_metadata(data, asset, line))
        c = asset["credit"]
        done.append(
            Exported(
                asset["id"],
                name,
                asset.get("caption") or "",
                line,
                list(c.get("photographers") or []),
                c.get("agency") or "",
                list(asset.get("people") or []),
            )
        )
    write_atomic(root / "credits.csv", credits_csv(done))
    return done


def _unique(name: str, used: set[str], root: Path) -> str:
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 1
    while candidate in used or (root / candidate).exists():
        n += 1
        candidate = f"{stem}-{n}{dot}{ext}"
    used.add(candidate)
    return candidate


def with_metadata(data: bytes, asset: dict[str, Any], credit_line: str) -> bytes:
    """The original bytes with corrected metadata written into XMP, IIM (if present) and EXIF (if present)."""
    credit = asset["credit"]
    byline = list(credit.get("photographers") or []) or ([asset["byline"]] if asset.get("byline") else [])
    caption, copyright_ = asset.get("caption") or "", asset.get("copyright") or ""
    xmp: dict[str, Any] = {"Xmp.photoshop.Credit": credit_line}
    if caption:
        xmp["Xmp.dc.description"] = {'lang="x-default"': caption}
    if byline:
        xmp["Xmp.dc.creator"] = byline
    if copyright_:
        xmp["Xmp.dc.rights"] = {'lang="x-default"': copyright_}
    if asset.get("headline"):
        xmp["Xmp.photoshop.Headline"] = asset["headline"]
    if asset.get("people"):
        xmp["Xmp.iptcExt.PersonInImage"] = list(asset["people"])
    try:
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
                if asset.get("headline"):
                    iim["Iptc.Application2.Headline"] = asset["headline"]
                image.modify_iptc({k: _clip(k, v) for k, v in iim.items()})
            if has_exif:
                exif = {"Exif.Image.ImageDescription": caption, "Exif.Image.Artist": "; ".join(byline)}
                if copyright_:
                    exif["Exif.Image.Copyright"] = copyright_
                image.modify_exif({k: v for k, v in exif.items() if v})
            out = image.get_bytes()
    except (RuntimeError, OSError) as e:
        raise ExportError(f"{asset.get('filename') or asset['path']}: cannot write metadata: {e}") from e
    return refresh_jpeg_digest(out) if asset["format"] == "JPEG" else out


def _clip(key: str, value: Any) -> Any:
    """IIM datasets have byte limits; cut at a character boundary (XMP keeps the whole value)."""
    limit = IIM_LIMITS.get(key)
    if limit is None:
        return value
    if isinstance(value, list):
        return [_clip(key, v) for v in value]
    encoded = str(value).encode("utf-8")[:limit]
    return encoded.decode("utf-8", errors="ignore")


def credits_csv(rows: list[Exported]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "caption", "credit_line", "photographer", "agency", "people", "id"])
    for r in rows:
        writer.writerow(
            [r.file, r.caption, r.credit_line, "; ".join(r.photographers), r.agency, "; ".join(r.people), r.asset_id]
        )
    return out.getvalue().encode("utf-8")
