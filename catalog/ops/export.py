"""Exporting pictures for publication: the original bytes, with corrected metadata written back losslessly.

Each exported file is the stored original with caption, credit line (in the chosen style), byline, copyright,
headline and people written into XMP, into IPTC IIM where the file already has IIM (declared UTF-8, digest
refreshed), and into EXIF where the file has an EXIF block (MWG readers let EXIF win, so a stale EXIF caption
would otherwise shadow the new one). pyexiv2 (exiv2) rewrites metadata segments only: the pixels are not
re-encoded. File names come from a template whose every field is sanitised, and the result is checked to lie
inside the target folder, which may not be the library's own folder or lie in its store.

Nothing is ever replaced: each picture takes a free name (``-2`` appended) and each run its own credits file
(``credits.csv``, then ``credits-2.csv``…), created exclusively. A picture's row is appended and fsynced the moment
the picture lands, with Ctrl-C held over the pair, so an interrupted export leaves every exported picture listed.
A picture that cannot be exported is reported and the rest go on. Every cell goes through
``spreadsheet.safe_cell``: a caption is hostile input and must not run as a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
import os
import re
import string
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyexiv2

from catalog import store
from catalog.credits.styles import render
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.media import extended_xmp
from catalog.media.iptc import refresh_jpeg_digest
from catalog.ops.assets import assets_by_ids, select
from catalog.store import EXTENSIONS, interrupts_held, write_atomic
from catalog.text.cells import safe_cell

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
CREDITS_HEADER = ("file", "caption", "credit_line", "photographer", "agency", "people", "id")
EXIF_CAPTION_MAX = 30_000  # bytes: the whole EXIF block must fit one 64 KB segment; XMP carries longer captions
CHUNK = 500  # assets loaded from the catalog at a time, so a selection of any size streams
EXPORTED, FAILED = "exported", "failed"


class ExportError(PhotodeskError):
    pass


@dataclass
class Exported:
    """One picture's outcome: ``exported`` (``file`` is its name in the folder) or ``failed`` (``reason``)."""

    asset_id: int
    file: str | None
    caption: str
    credit_line: str
    photographers: list[str]
    agency: str
    people: list[str]
    status: str = EXPORTED
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.asset_id,
            "file": self.file,
            "caption": self.caption,
            "credit_line": self.credit_line,
            "photographers": self.photographers,
            "agency": self.agency,
            "people": self.people,
            "status": self.status,
            "reason": self.reason,
            "warnings": self.warnings,
        }

    def row(self) -> list[object]:
        people, who = "; ".join(self.people), "; ".join(self.photographers)
        return [self.file, self.caption, self.credit_line, who, self.agency, people, self.asset_id]


@dataclass
class ExportReport:
    folder: Path
    items: list[Exported] = field(default_factory=list)
    credits_file: str | None = None

    @property
    def exported(self) -> list[Exported]:
        return [i for i in self.items if i.status == EXPORTED]

    @property
    def failed(self) -> list[Exported]:
        return [i for i in self.items if i.status == FAILED]


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


class NothingSelected(PhotodeskError):
    pass


@dataclass
class Selection:
    """The pictures a command works on, and how many matched before ``--limit`` cut them."""

    ids: list[int]
    total: int

    @property
    def cut(self) -> bool:
        return len(self.ids) < self.total


def choose(library: Library, text: str | None, ids: list[str], *, limit: int | None = None) -> Selection:
    """``--ids`` or a query, whole (never silently capped); nothing matching is an error, not an empty file."""
    picked = select(library, text, ids)
    if not picked:
        raise NothingSelected(f"nothing matched {text!r}: no file written")
    return Selection(picked if limit is None else picked[:limit], len(picked))


def stream(library: Library, ids: list[int]) -> Iterator[dict[str, Any]]:
    """The asset objects of ``ids`` in order, read from the catalog a chunk at a time."""
    for start in range(0, len(ids), CHUNK):
        yield from assets_by_ids(library, ids[start : start + CHUNK])


def export(
    library: Library,
    assets: Iterable[dict[str, Any]],
    target: Path,
    *,
    style: dict[str, str],
    template: str = DEFAULT_NAME,
) -> ExportReport:
    """Export ``assets`` into ``target``; a picture that fails is in the report, and the others still go out."""
    check_template(template)
    root = library.check_output_folder(target)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"{target}: cannot create the folder: {e.strerror or e}") from e
    report = ExportReport(root)
    sheet = CreditsSheet(root)
    used: set[str] = set()
    try:
        for asset in assets:
            report.items.append(_export_one(library, asset, root, style, template, used, sheet))
    finally:
        sheet.close()
        report.credits_file = sheet.name
    return report


def _export_one(
    library: Library,
    asset: dict[str, Any],
    root: Path,
    style: dict[str, str],
    template: str,
    used: set[str],
    sheet: CreditsSheet,
) -> Exported:
    c = asset["credit"]
    item = Exported(
        asset["id"],
        None,
        asset.get("caption") or "",
        render(c, style),
        list(c.get("photographers") or []),
        c.get("agency") or "",
        list(asset.get("people") or []),
        source=asset.get("filename") or asset["path"],
    )
    try:
        data = library.store.abspath(asset["path"]).read_bytes()
    except OSError as e:
        return _failed(item, f"the stored original cannot be read ({e.strerror or e}); 'photodesk check' says more")
    try:
        out, item.warnings = with_metadata(data, asset, item.credit_line)
        _land(root, file_name(asset, template), out, used, sheet, item)
    except (ExportError, OSError) as e:
        return _failed(item, str(e) if isinstance(e, ExportError) else f"cannot write: {e.strerror or e}")
    return item


def _failed(item: Exported, reason: str) -> Exported:
    item.status, item.reason, item.file = FAILED, reason, None
    return item


def _land(root: Path, name: str, data: bytes, used: set[str], sheet: CreditsSheet, item: Exported) -> None:
    """Write the picture under a free name and list it in the credits file, Ctrl-C held over the pair; a name
    taken meanwhile by someone else is passed over, never replaced."""
    while True:
        item.file = _unique(name, used, root)
        path = root / item.file
        with interrupts_held():
            try:
                write_atomic(path, data, replace=False)
            except FileExistsError:
                continue
            except BaseException:
                if path.exists():  # it landed before the interruption: it must be listed
                    sheet.add(item)
                raise
            sheet.add(item)
            return


class CreditsSheet:
    """This run's credits file, created exclusively (``credits.csv``, else ``credits-2.csv``…) when the first
    picture lands; each row is appended and fsynced as its picture lands."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.name: str | None = None
        self._fd: int | None = None

    def add(self, item: Exported) -> None:
        if self._fd is None:
            self._fd = self._create()
            _write_all(self._fd, csv_line(CREDITS_HEADER))
            store._fsync_dir(self.folder)
        _write_all(self._fd, csv_line(item.row()))

    def _create(self) -> int:
        n = 1
        while True:
            name = "credits.csv" if n == 1 else f"credits-{n}.csv"
            try:
                fd = os.open(self.folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
            except FileExistsError:
                n += 1
                continue
            self.name = name
            return fd

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def csv_line(cells: Iterable[object]) -> bytes:
    """One CSV record, every cell made safe for spreadsheets."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([safe_cell(c) for c in cells])
    return out.getvalue().encode("utf-8")


def _unique(name: str, used: set[str], root: Path) -> str:
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 1
    while candidate in used or os.path.lexists(root / candidate):
        n += 1
        candidate = f"{stem}-{n}{dot}{ext}"
    used.add(candidate)
    return candidate


def with_metadata(data: bytes, asset: dict[str, Any], credit_line: str) -> tuple[bytes, list[str]]:
    """The original bytes with corrected metadata written into XMP, IIM (if present) and EXIF (if present), and
    any warnings. A JPEG caption too long for the main XMP segment goes out whole as Extended XMP."""
    credit = asset["credit"]
    byline = list(credit.get("photographers") or []) or ([asset["byline"]] if asset.get("byline") else [])
    caption = asset.get("caption") or ""
    xmp = _xmp_values(asset, caption, byline, credit_line)
    try:
        try:
            return _write(data, asset, xmp, caption, byline, credit_line), []
        except RuntimeError as e:
            if not (caption and asset["format"] == "JPEG" and "XMP JPEG segment is larger" in str(e)):
                raise
        extended_xmp.register_namespace()
        extension = extended_xmp.description_extension(caption)
        main = {k: v for k, v in xmp.items() if k != "Xmp.dc.description"}
        main[extended_xmp.GUID_KEY] = extended_xmp.guid(extension)
        out = _write(data, asset, main, caption, byline, credit_line)
        warning = f"caption of {len(caption.encode())} bytes written as Extended XMP (longer than one JPEG segment)"
        return extended_xmp.insert(out, extension), [warning]
    except (RuntimeError, OSError, ValueError) as e:
        raise ExportError(f"cannot write metadata: {e}") from e


def _xmp_values(asset: dict[str, Any], caption: str, byline: list[str], credit_line: str) -> dict[str, Any]:
    xmp: dict[str, Any] = {"Xmp.photoshop.Credit": credit_line}
    if caption:
        xmp["Xmp.dc.description"] = {'lang="x-default"': caption}
    if byline:
        xmp["Xmp.dc.creator"] = byline
    if asset.get("copyright"):
        xmp["Xmp.dc.rights"] = {'lang="x-default"': asset["copyright"]}
    if asset.get("headline"):
        xmp["Xmp.photoshop.Headline"] = asset["headline"]
    if asset.get("people"):
        xmp["Xmp.iptcExt.PersonInImage"] = list(asset["people"])
    return xmp


def _write(
    data: bytes, asset: dict[str, Any], xmp: dict[str, Any], caption: str, byline: list[str], credit_line: str
) -> bytes:
    copyright_ = asset.get("copyright") or ""
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
            image.modify_exif(_exif_values(caption, byline, copyright_))
        out = image.get_bytes()
    return refresh_jpeg_digest(out) if asset["format"] == "JPEG" else out


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
