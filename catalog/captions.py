"""Where captions come from besides the picture: sidecar files, caption sheets, and articles.

Every source yields ``CaptionOffer``s; ``linking.py`` decides between them (an explicit sheet or article beats a
sidecar, which beats embedded metadata) and keeps every offer. Articles are read for their photo slots: a caption
paragraph that ends with a credit (often after a short title line), or a credit on a line of its own. Bylines
(``By: AP and Staff``) and body paragraphs are never slots; parentheses that are not credits stay text.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .credits import is_credit, split_caption
from .discover import natural_key
from .errors import PhotodeskError
from .iptc import normalize
from .models import SidecarNote
from .xmp import parse_xmp

SHEET_COLUMNS = ("file", "caption", "credit", "headline", "people")
SIDECAR_SUFFIXES = (".txt", ".json", ".xmp")
MAX_TITLE_WORDS = 14
MAX_CAPTION_WORDS = 120
_BYLINE = re.compile(r"^(?:by|written by|reporting by|от|מאת|כתב)\s*[:\-]?\s+\S", re.IGNORECASE)


class CaptionFileError(PhotodeskError):
    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(f"{where}: {problem}")


@dataclass
class CaptionOffer:
    """One source's caption, credit, headline and people for one picture."""

    kind: str  # embedded | sidecar | sheet | article
    path: str  # the file it came from (an article slot adds '#slot N')
    caption: str | None = None
    credit: str | None = None
    headline: str | None = None
    people: list[str] = field(default_factory=list)
    byline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "path": self.path,
            "caption": self.caption,
            "credit": self.credit,
            "headline": self.headline,
            "people": self.people,
            "byline": self.byline,
        }


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = normalize(str(value))
    return text or None


def _people(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for t in (_text(v) for v in value) if t]
    text = _text(value)
    return [p.strip() for p in re.split(r"[;|]", text) if p.strip()] if text else []


# --- sidecars ----------------------------------------------------------------------------------------------


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


def read_sidecar(path: Path) -> tuple[CaptionOffer | None, SidecarNote]:
    """A caption offer from one sidecar (None when it holds nothing), and a note of how it was read."""
    note = SidecarNote(str(path))
    try:
        data = path.read_bytes()
    except OSError as e:
        note.problem = f"cannot read: {e.strerror or e}"
        return None, note
    suffix = path.suffix.lower()
    if suffix == ".xmp":
        fields = parse_xmp(data).fields
        creators = fields.get("byline")
        people = fields.get("people")
        return CaptionOffer(
            "sidecar",
            str(path),
            caption=_text(fields.get("caption")),
            credit=_text(fields.get("credit")),
            headline=_text(fields.get("headline")),
            people=people if isinstance(people, list) else [],
            byline=_text(", ".join(creators)) if isinstance(creators, list) else None,
        ), note
    text = data.decode("utf-8-sig", errors="replace")
    if suffix == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError:
            return None, note
        if not isinstance(obj, dict):
            return None, note
        return CaptionOffer(
            "sidecar",
            str(path),
            caption=_text(obj.get("caption")),
            credit=_text(obj.get("credit")),
            headline=_text(obj.get("headline")),
            people=_people(obj.get("people")),
            byline=_text(obj.get("byline")),
        ), note
    caption = _text(text)
    return (CaptionOffer("sidecar", str(path), caption=caption) if caption else None), note


# --- caption sheets ----------------------------------------------------------------------------------------


def read_sheet(path: Path) -> list[tuple[int, str, CaptionOffer]]:
    """(line, file, offer) per row of a CSV or JSON caption sheet (columns/keys: file, caption, credit,
    headline, people)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise CaptionFileError(path, None, f"cannot read: {getattr(e, 'strerror', None) or e}") from e
    rows: list[tuple[int, dict[str, Any]]] = []
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise CaptionFileError(path, e.lineno, f"not valid JSON: {e.msg}") from e
        if isinstance(data, dict):
            data = [{"file": k, **(v if isinstance(v, dict) else {"caption": v})} for k, v in data.items()]
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise CaptionFileError(path, None, "expected a list of objects with file, caption, credit, …")
        rows = [(i + 1, r) for i, r in enumerate(data)]
    else:
        reader = csv.DictReader(io.StringIO(text))
        header = [(h or "").strip().lower() for h in reader.fieldnames or []]
        if "file" not in header:
            raise CaptionFileError(path, 1, f"the header must name the columns {','.join(SHEET_COLUMNS)}")
        rows = [(reader.line_num, {(k or "").strip().lower(): v for k, v in r.items()}) for r in reader]
    out = []
    for line, row in rows:
        name = _text(row.get("file"))
        if not name:
            raise CaptionFileError(path, line, "a row without a file name")
        out.append(
            (
                line,
                name,
                CaptionOffer(
                    "sheet",
                    str(path),
                    caption=_text(row.get("caption")),
                    credit=_text(row.get("credit")),
                    headline=_text(row.get("headline")),
                    people=_people(row.get("people")),
                ),
            )
        )
    return out


def match_sheet(
    rows: list[tuple[int, str, CaptionOffer]], images: list[Path]
) -> tuple[dict[Path, CaptionOffer], list[str]]:
    """Pair sheet rows with pictures by relative path, file name, or name without extension (case-insensitive)."""
    keys: dict[str, list[Path]] = {}
    for image in images:
        for key in {image.name.casefold(), image.stem.casefold(), image.as_posix().casefold()}:
            keys.setdefault(key, []).append(image)
    matched: dict[Path, CaptionOffer] = {}
    problems = []
    for line, name, offer in rows:
        wanted = name.replace("\\", "/").casefold()
        hits = keys.get(wanted) or keys.get(wanted.rsplit("/", 1)[-1]) or []
        hits = [h for h in hits if h.as_posix().casefold().endswith(wanted)] or hits
        if len(hits) == 1:
            matched[hits[0]] = offer
        elif not hits:
            problems.append(f"{offer.path}, line {line}: no picture named {name!r} in this batch")
        else:
            problems.append(f"{offer.path}, line {line}: {name!r} matches {len(hits)} pictures; give its folder")
    return matched, problems


# --- articles ----------------------------------------------------------------------------------------------


@dataclass
class Slot:
    """A photo slot found in an article: its caption (credit removed), credit and title, and where it was."""

    number: int
    line: int
    caption: str | None
    credit: str
    headline: str | None = None

    def offer(self, path: Path) -> CaptionOffer:
        return CaptionOffer(
            "article", f"{path}#slot{self.number}", caption=self.caption, credit=self.credit, headline=self.headline
        )


def read_article(path: Path) -> list[Slot]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise CaptionFileError(path, None, f"cannot read: {getattr(e, 'strerror', None) or e}") from e
    return find_slots(text)


def find_slots(text: str) -> list[Slot]:
    """The photo slots of an article, in reading order."""
    lines = [(i + 1, normalize(line)) for i, line in enumerate(text.splitlines())]
    lines = [(n, line) for n, line in lines if line]
    slots: list[Slot] = []
    used: set[int] = set()
    for index, (number, line) in enumerate(lines):
        if _BYLINE.match(line) or len(line.split()) > MAX_CAPTION_WORDS:
            continue
        previous = lines[index - 1][1] if index > 0 and index - 1 not in used else None
        title = previous if previous and _is_title(previous) else None
        if is_credit(line, parenthesised=line.startswith("(")):
            slots.append(Slot(len(slots) + 1, number, None, line.strip("() "), title))
            used.add(index)
            continue
        caption, credit = split_caption(line)
        if credit:
            slots.append(Slot(len(slots) + 1, number, caption or None, credit, title))
            used.add(index)
            if title:
                used.add(index - 1)
    return slots


def _is_title(line: str) -> bool:
    """A short line without closing punctuation: the headline that often sits over a caption."""
    words = line.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and not line.endswith((".", ":", ";", ",", "?", "!", "”", '"'))
        and not _BYLINE.match(line)
        and split_caption(line)[1] is None
    )


def natural_order(paths: list[Path]) -> list[Path]:
    return sorted(paths, key=lambda p: natural_key(p.as_posix()))


@dataclass
class CaptionPlan:
    """Which picture gets which offer from a caption sheet or article, decided before anything is written."""

    source: str
    offers: dict[str, list[CaptionOffer]] = field(default_factory=dict)  # keyed by the picture's path as found
    pairing: list[tuple[str, CaptionOffer]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    refused: bool = False  # nothing will be linked from this source (say why in problems)


def plan_captions(captions: Path, images: list[Path]) -> CaptionPlan:
    """Pair a sheet's rows or an article's slots with the batch's pictures (``images`` as ingest will find them)."""
    plan = CaptionPlan(source=str(captions))
    if captions.suffix.lower() in (".csv", ".json", ".tsv"):
        matched, plan.problems = match_sheet(read_sheet(captions), images)
        for image in images:
            if image in matched:
                plan.offers[str(image)] = [matched[image]]
                plan.pairing.append((str(image), matched[image]))
        return plan
    slots = read_article(captions)
    ordered = natural_order(images)
    if len(slots) != len(ordered):
        plan.refused = True
        plan.problems.append(
            f"{captions}: {len(slots)} photo slot(s) in the article but {len(ordered)} picture(s) "
            "in the batch: nothing was linked from the article"
        )
        return plan
    for slot, image in zip(slots, ordered, strict=True):
        offer = slot.offer(captions)
        plan.offers[str(image)] = [offer]
        plan.pairing.append((str(image), offer))
    return plan
