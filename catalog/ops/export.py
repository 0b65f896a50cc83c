"""Exporting pictures for publication: the original bytes, with corrected metadata written back losslessly.

Each exported file is the stored original with caption, credit line (in the chosen style), byline, copyright,
headline and people written back (``media.writeback``: metadata segments only, the pixels are not re-encoded).
File names come from a template whose every field is sanitised, and the result is checked to lie
inside the target folder, which may not be the library's own folder or lie in its store.

Nothing is ever replaced: each picture takes a free name (``-2`` appended) and each run its own credits file
(``credits.csv``, then ``credits-2.csv``…), created exclusively. A picture's row is appended and fsynced the moment
the picture lands, with Ctrl-C held over the pair, so an interrupted export leaves every exported picture listed.
A picture that cannot be exported is reported and the rest go on. Every cell goes through
``text.cells.safe_cell``: a caption is hostile input and must not run as a spreadsheet formula.
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

from catalog.credits.styles import render
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.media.writeback import MetadataNotWritten, WriteBack, with_metadata
from catalog.model import Asset, JSONObject
from catalog.ops.assets import credit_json, credit_of, records, select
from catalog.storage import EXTENSIONS
from catalog.storage import folder as files
from catalog.storage.folder import interrupts_held, write_atomic
from catalog.text.cells import safe_cell

DEFAULT_NAME = "{date}_{photographer}_{id}"
NAME_FIELDS = ("date", "photographer", "agency", "id", "filename", "sha", "kind")
MAX_NAME = 120
CREDITS_HEADER = ("file", "caption", "credit_line", "photographer", "agency", "people", "id")
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

    def to_dict(self) -> JSONObject:
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


def file_name(asset: Asset, template: str) -> str:
    credit = credit_of(asset)
    who = next(iter(credit.photographers), "") or credit.agency or "unknown"
    values = {
        "date": (asset.taken_at or "")[:10] or "undated",
        "photographer": who,
        "agency": credit.agency or "unknown",
        "id": str(asset.id),
        "filename": Path(asset.filename or "picture").stem,
        "sha": asset.sha256[:12],
        "kind": credit.kind or "photo",
    }
    name = template.format(**{k: safe_part(v) for k, v in values.items()})
    name = safe_part(name.replace("/", "_").replace("\\", "_"))[:MAX_NAME]
    return f"{name}.{EXTENSIONS.get(asset.format, 'bin')}"


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


def stream(library: Library, ids: list[int]) -> Iterator[Asset]:
    """The records of ``ids`` in order, read from the catalog a chunk at a time (a selection of any size)."""
    for start in range(0, len(ids), CHUNK):
        yield from records(library, ids[start : start + CHUNK])


def export(
    library: Library,
    assets: Iterable[Asset],
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
    asset: Asset,
    root: Path,
    style: dict[str, str],
    template: str,
    used: set[str],
    sheet: CreditsSheet,
) -> Exported:
    credit = credit_of(asset)
    item = Exported(
        asset.id,
        None,
        asset.caption or "",
        render(credit_json(asset), style),
        list(credit.photographers),
        credit.agency or "",
        list(asset.people),
        source=asset.filename or asset.path,
    )
    try:
        data = library.store.read(asset.path)
    except OSError as e:
        return _failed(item, f"the stored original cannot be read ({e.strerror or e}); 'photodesk check' says more")
    values = WriteBack(
        asset.format,
        item.credit_line,
        caption=item.caption,
        byline=list(credit.photographers) or ([asset.byline] if asset.byline else []),
        copyright=asset.copyright or "",
        headline=asset.headline or "",
        people=list(asset.people),
    )
    try:
        out, item.warnings = with_metadata(data, values)
        _land(root, file_name(asset, template), out, used, sheet, item)
    except (MetadataNotWritten, OSError) as e:
        return _failed(item, str(e) if isinstance(e, MetadataNotWritten) else f"cannot write: {e.strerror or e}")
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
            files._fsync_dir(self.folder)
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
