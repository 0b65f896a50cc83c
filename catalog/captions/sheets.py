"""Where captions come from besides the picture: caption sheets and articles (sidecars: ``sidecars.py``).

Every source yields ``CaptionOffer``s; ``captions.resolve`` decides between them (an explicit sheet or article beats a
sidecar, which beats embedded metadata) and keeps every offer. Articles are read for their photo slots: a caption
paragraph that ends with a credit (often after a short title line), or a credit on a line of its own. Bylines
(``By: AP and Staff``) and body paragraphs are never slots; parentheses that are not credits stay text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.captions.article_lines import is_title
from catalog.captions.articles import Article, Slot, article_doubts, find_slots, read_slots
from catalog.errors import PhotodeskError
from catalog.model import CaptionOffer
from catalog.text import natural_key, normalize
from catalog.text.cells import column_name, sniff_delimiter
from catalog.text.codec import UndecodableText, decode_text_file

SHEET_COLUMNS = ("file", "caption", "credit", "headline", "people")
SHEET_SUFFIXES = (".csv", ".json", ".tsv")


class CaptionFileError(PhotodeskError):
    """A caption sheet or article that cannot be read; ``where`` is ``line N`` (CSV) or ``entry N`` (JSON)."""

    def __init__(self, path: Path | str, where: str | None, problem: str) -> None:
        super().__init__(f"{path}, {where}: {problem}" if where else f"{path}: {problem}")


class DuplicateKey(ValueError):
    pass


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``json.loads`` keeps the last of two equal keys; a caption file with two is ambiguous, so refuse it."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def text_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list, bool)):
        raise ValueError(f"a {type(value).__name__} where text belongs")
    text = normalize(str(value))
    return text or None


def _people(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for t in (text_value(v) for v in value) if t]
    text = text_value(value)
    return [p.strip() for p in re.split(r"[;|]", text) if p.strip()] if text else []


def offer_from(kind: str, path: str, row: dict[str, Any]) -> CaptionOffer:
    """The offer a sheet row or JSON sidecar makes; ``ValueError`` naming the field that is not text."""
    values: dict[str, Any] = {}
    for key in ("caption", "credit", "headline", "byline"):
        try:
            values[key] = text_value(row.get(key))
        except ValueError as e:
            raise ValueError(f"{key} is {e}") from e
    try:
        people = _people(row.get("people"))
    except ValueError as e:
        raise ValueError(f"people is {e}") from e
    return CaptionOffer(kind, path, people=people, **values)


def read_caption_text(path: Path) -> str:
    """A sheet's or article's text, decoded as IIM text is (``text.codec``), or ``CaptionFileError``."""
    try:
        return decode_text_file(path.read_bytes()).text
    except OSError as e:
        raise CaptionFileError(path, None, f"cannot read: {e.strerror or e}") from e
    except UndecodableText as e:
        raise CaptionFileError(path, None, str(e)) from e


# --- caption sheets ----------------------------------------------------------------------------------------


@dataclass
class SheetRow:
    where: str  # "line 3" in a CSV, "entry 3" in a JSON sheet
    name: str
    offer: CaptionOffer


def read_sheet(path: Path, text: str | None = None) -> list[SheetRow]:
    """The rows of a CSV (``,``, ``;`` or tab, sniffed from the header) or JSON caption sheet (columns or keys:
    file, caption, credit, headline, people). A sheet that could attach a caption to the wrong picture (a quote
    left open, more cells than columns, two rows for one file) is refused whole, naming the line."""
    text = read_caption_text(path) if text is None else text
    rows = _json_rows(path, text) if path.suffix.lower() == ".json" else _delimited_rows(path, text)
    out: list[SheetRow] = []
    first: dict[str, str] = {}
    for where, row in rows:
        try:
            name = text_value(row.get("file"))
            offer = offer_from("sheet", str(path), {k: v for k, v in row.items() if k != "byline"})
        except ValueError as e:
            raise CaptionFileError(path, where, str(e)) from e
        if not name:
            raise CaptionFileError(path, where, "a row without a file name")
        key = _sheet_key(name)
        if key in first:
            raise CaptionFileError(path, where, f"a second row for {name!r} (the first is {first[key]})")
        first[key] = where
        out.append(SheetRow(where, name, offer))
    return out


def _sheet_key(name: str) -> str:
    return name.replace("\\", "/").casefold()


def _json_rows(path: Path, text: str) -> list[tuple[str, dict[str, Any]]]:
    try:
        data = json.loads(text, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as e:
        raise CaptionFileError(path, f"line {e.lineno}", f"not valid JSON: {e.msg}") from e
    except DuplicateKey as e:
        raise CaptionFileError(path, None, str(e)) from e
    if isinstance(data, dict):
        data = [{"file": k, **(v if isinstance(v, dict) else {"caption": v})} for k, v in data.items()]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise CaptionFileError(path, None, "expected a list of objects with file, caption, credit, …")
    return [(f"entry {i + 1}", r) for i, r in enumerate(data)]


def sheet_delimiter(text: str) -> str | None:
    """The sheet's delimiter, read from its header (``file`` and the other sheet columns); None when the first
    line is no sheet header."""
    return sniff_delimiter(text, "file", SHEET_COLUMNS)


def _column(cell: str) -> str:
    return column_name(cell)


def _delimited_rows(path: Path, text: str) -> list[tuple[str, dict[str, str]]]:
    delimiter = sheet_delimiter(text)
    if delimiter is None:
        raise CaptionFileError(path, "line 1", f"the header must name the columns {','.join(SHEET_COLUMNS)}")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    rows: list[tuple[str, dict[str, str]]] = []
    start = 1  # the line the record being read begins on: where a quote left open is reported
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                pass
            elif header is None:
                header = _header(path, f"line {start}", cells)
            elif len(cells) > len(header):
                raise CaptionFileError(
                    path,
                    f"line {start}",
                    f"{len(cells)} cells but the header names {len(header)} columns "
                    f"(a caption with an unquoted {_DELIMITERS[delimiter]}?)",
                )
            else:
                rows.append((f"line {start}", dict(zip(header, cells, strict=False))))
            start = reader.line_num + 1
    except csv.Error as e:
        raise CaptionFileError(path, f"line {start}", _csv_problem(e)) from e
    return rows


_DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}


def _header(path: Path, where: str, cells: list[str]) -> list[str]:
    header = [_column(c) for c in cells]
    twice = sorted({c for c in header if c and header.count(c) > 1})
    if twice:
        raise CaptionFileError(path, where, f"the header names {', '.join(map(repr, twice))} twice")
    if not set(header) & set(SHEET_COLUMNS[1:]):
        raise CaptionFileError(path, where, f"the header names none of {', '.join(SHEET_COLUMNS[1:])}")
    return header


def _csv_problem(error: csv.Error) -> str:
    message = str(error)
    if "unexpected end of data" in message:
        return "a quoted cell that opens on this line is never closed (unterminated quote)"
    if "field larger than field limit" in message:
        return f"a cell of more than {csv.field_size_limit()} characters (a quote never closed?)"
    return f"malformed quoting ({message})"


def match_sheet(rows: list[SheetRow], images: list[Path]) -> tuple[dict[Path, CaptionOffer], list[str]]:
    """Pair sheet rows with pictures by relative path, file name, or name without extension (case-insensitive).
    Rows that find no picture, or several, are problems; two rows finding one picture refuse the sheet."""
    keys: dict[str, list[Path]] = {}
    for image in images:
        for key in {image.name.casefold(), image.stem.casefold(), image.as_posix().casefold()}:
            keys.setdefault(key, []).append(image)
    matched: dict[Path, SheetRow] = {}
    problems = []
    for row in rows:
        wanted = _sheet_key(row.name)
        hits = keys.get(wanted) or keys.get(wanted.rsplit("/", 1)[-1]) or []
        hits = [h for h in hits if h.as_posix().casefold().endswith(wanted)] or hits
        if len(hits) == 1 and hits[0] in matched:
            other = matched[hits[0]]
            raise CaptionFileError(
                row.offer.path, row.where, f"{row.name!r} is the same picture as {other.name!r} ({other.where})"
            )
        if len(hits) == 1:
            matched[hits[0]] = row
        elif not hits:
            problems.append(f"{row.offer.path}, {row.where}: no picture named {row.name!r} in this batch")
        else:
            problems.append(
                f"{row.offer.path}, {row.where}: {row.name!r} matches {len(hits)} pictures; give its folder"
            )
    return {image: row.offer for image, row in matched.items()}, problems


# --- articles (read in ``articles.py``) ---------------------------------------------------------------------


def slot_offer(slot: Slot, path: Path) -> CaptionOffer:
    return CaptionOffer(
        "article", f"{path}#slot{slot.number}", caption=slot.caption, credit=slot.credit, headline=slot.headline
    )


def read_article(path: Path) -> list[Slot]:
    return find_slots(read_caption_text(path))


def _is_title(line: str) -> bool:
    return is_title(line)


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
    """Pair a sheet's rows or an article's slots with the batch's pictures (``images`` as ingest will find them).
    A file that cannot be read is refused whole (``refused``, the reason in ``problems``): the pictures are
    still ingested, nothing is linked from it, and the exit status says so."""
    plan = CaptionPlan(source=str(captions))
    kind = "sheet" if captions.suffix.lower() in SHEET_SUFFIXES else "article"
    try:
        text = read_caption_text(captions)
        if kind == "sheet" or sheet_delimiter(text) is not None:  # Excel's "Unicode Text" sheet is a .txt
            kind = "sheet"
            _pair_sheet(plan, read_sheet(captions, text), images)
        else:
            _pair_article(plan, captions, read_slots(text), images)
    except CaptionFileError as e:
        plan.offers.clear()
        plan.pairing.clear()
        plan.refused = True
        plan.problems = [f"{e}: nothing was linked from the {kind}"]
    return plan


def _pair_sheet(plan: CaptionPlan, rows: list[SheetRow], images: list[Path]) -> None:
    matched, plan.problems = match_sheet(rows, images)
    for image in images:
        if image in matched:
            plan.offers[str(image)] = [matched[image]]
            plan.pairing.append((str(image), matched[image]))


def _pair_article(plan: CaptionPlan, captions: Path, article: Article, images: list[Path]) -> None:
    """Pair slots with pictures in natural order, only when that is certain; otherwise link nothing and say
    which slots and which pictures are in doubt."""
    ordered = natural_order(images)
    doubts = article_doubts(captions, article, ordered)
    if doubts:
        plan.refused = True
        plan.problems.extend(doubts)
        return
    for slot, image in zip(article.slots, ordered, strict=True):
        offer = slot_offer(slot, captions)
        plan.offers[str(image)] = [offer]
        plan.pairing.append((str(image), offer))
