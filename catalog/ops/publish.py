"""Publishing a selection from the desk: the pictures, each credit line and the gallery's summary line in a house
style, and a zip of the exported pictures (corrected metadata written back, pixels untouched) with their
``credits.csv`` — the same export as ``photodesk export``, the same lines as ``photodesk credits line``."""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from catalog.credits.styles import HOUSE, StyleError, render, styles, summary
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.model import JSONObject
from catalog.ops.assets import assets_by_ids, select
from catalog.ops.export import ExportReport, export, stream

MAX_SHOWN = 1000  # pictures a publish page lists (the zip takes the whole selection)
ZIP_NAME = "photodesk-export.zip"
STORED_FORMATS = {"jpg", "jpeg", "png", "webp", "tif", "tiff"}  # already compressed, or large: stored as they are


class NothingToPublish(PhotodeskError):
    pass


@dataclass
class PublishPage:
    query: str
    ids: list[int]
    style: str
    styles: list[str]
    assets: list[JSONObject] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    summary: str = ""
    total: int = 0


@dataclass
class ExportZip:
    """A zip made in a temporary folder of its own; ``remove`` it once it has been sent."""

    path: Path
    report: ExportReport

    def remove(self) -> None:
        shutil.rmtree(self.path.parent, ignore_errors=True)


def parse_ids(text: str) -> list[str]:
    """``1,2,3`` (commas or spaces) as the ids ``select`` takes."""
    return [part for part in re.split(r"[,\s]+", text) if part]


def chosen_style(library: Library, name: str) -> dict[str, str]:
    available = styles(library.root)
    if name not in available:
        raise StyleError(f"no style {name!r}: choose from {', '.join(sorted(available))}")
    return available[name]


def publish_page(library: Library, text: str, ids: str, style: str = HOUSE) -> PublishPage:
    """The selection (``ids``, else the query ``text``) with each credit line and the summary in ``style``."""
    template = chosen_style(library, style)
    page = PublishPage(text, [], style, sorted(styles(library.root)))
    wanted = parse_ids(ids)
    if not wanted and not text.strip():
        return page
    page.ids = select(library, text or None, wanted)
    page.total = len(page.ids)
    page.assets = assets_by_ids(library, page.ids[:MAX_SHOWN])
    page.lines = [render(a["credit"], template) for a in page.assets]  # type: ignore[arg-type]
    if page.total > MAX_SHOWN:
        everything = assets_by_ids(library, page.ids)
        page.summary = summary([render(a["credit"], template) for a in everything])  # type: ignore[arg-type]
    else:
        page.summary = summary(page.lines)
    return page


def export_zip(library: Library, text: str, ids: str, style: str = HOUSE) -> ExportZip:
    """Export the selection into a fresh temporary folder and zip the pictures with ``credits.csv``."""
    template = chosen_style(library, style)
    wanted = parse_ids(ids)
    picked = select(library, text or None, wanted) if wanted or text.strip() else []
    if not picked:
        raise NothingToPublish("nothing selected: choose pictures on the grid (x), then Publish selection")
    folder = Path(tempfile.mkdtemp(prefix="photodesk-export-"))
    try:
        report = export(library, stream(library, picked), folder / "export", style=template)
        target = folder / ZIP_NAME
        with zipfile.ZipFile(target, "w") as archive:
            for item in report.exported:
                if item.file is not None:
                    method = zipfile.ZIP_STORED if _stored(item.file) else zipfile.ZIP_DEFLATED
                    archive.write(report.folder / item.file, item.file, compress_type=method)
            if report.credits_file is not None:
                archive.write(report.folder / report.credits_file, "credits.csv", compress_type=zipfile.ZIP_DEFLATED)
        shutil.rmtree(report.folder, ignore_errors=True)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return ExportZip(target, report)


def _stored(name: str) -> bool:
    return name.rsplit(".", 1)[-1].lower() in STORED_FORMATS
