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

MAX_PUBLISH = 1000  # pictures one publish page and its zip take (a query may match a million)
ZIP_NAME = "photodesk-export.zip"
NOT_EXPORTED = "NOT-EXPORTED.txt"  # in the zip when a picture could not be exported, each with its reason
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
    cut: bool = False  # more pictures matched than one publish takes: these are the first MAX_PUBLISH


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
    page.ids, page.cut = _picked(library, text, wanted)
    page.assets = assets_by_ids(library, page.ids)
    page.lines = [render(a["credit"], template) for a in page.assets]  # type: ignore[arg-type]
    page.summary = summary(page.lines)
    return page


def _picked(library: Library, text: str, wanted: list[str]) -> tuple[list[int], bool]:
    """The first MAX_PUBLISH of the selection, and whether there were more."""
    if not wanted and not text.strip():
        return [], False
    ids = select(library, text or None, wanted, limit=MAX_PUBLISH + 1)
    return ids[:MAX_PUBLISH], len(ids) > MAX_PUBLISH


def export_zip(library: Library, text: str, ids: str, style: str = HOUSE) -> ExportZip:
    """Export the selection into a fresh temporary folder and zip the pictures with ``credits.csv``."""
    template = chosen_style(library, style)
    wanted = parse_ids(ids)
    picked, _ = _picked(library, text, wanted)
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
            if report.failed:  # said inside the download itself: a desk must not publish a gallery short of one
                lines = [f"picture {item.asset_id} ({item.source}): {item.reason}" for item in report.failed]
                archive.writestr(NOT_EXPORTED, "\n".join(lines) + "\n", compress_type=zipfile.ZIP_DEFLATED)
        shutil.rmtree(report.folder, ignore_errors=True)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return ExportZip(target, report)


def _stored(name: str) -> bool:
    return name.rsplit(".", 1)[-1].lower() in STORED_FORMATS
