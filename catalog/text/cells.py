"""Cells for spreadsheets: captions and credits are hostile input, and a cell that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets (CSV injection).

OWASP's recommendation is followed: such a cell is prefixed with a single quote, which spreadsheets show as text
and do not display. Every CSV photodesk writes (``search --csv``, ``credits.csv`` on export) goes through here.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = (",", ";", "\t")  # ';' is what spreadsheets save in much of Europe; tab is Excel's "Unicode Text"


def safe_cell(value: object) -> str:
    """``value`` as CSV cell text that no spreadsheet evaluates (None is the empty cell)."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return text  # a number we wrote, such as an id or -1, is data, not a formula
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """A whole CSV document with every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(header))
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def column_name(cell: str) -> str:
    """A header cell as a column name: NFC, trimmed, lower case."""
    return unicodedata.normalize("NFC", cell.replace("\x00", "")).strip().lower()


def sniff_delimiter(text: str, required: str, known: Sequence[str]) -> str | None:
    """The delimiter (``,``, ``;`` or tab) whose header line names the ``required`` column and most ``known``
    columns; None when the first non-blank line is no such header."""
    first = text.lstrip("\r\n").split("\n", 1)[0]
    best: tuple[int, str] | None = None
    for delimiter in DELIMITERS:
        cells = [column_name(c) for c in next(csv.reader([first], delimiter=delimiter), [])]
        score = sum(1 for c in cells if c in known)
        if len(cells) > 1 and required in cells and (best is None or score > best[0]):
            best = (score, delimiter)
    return best[1] if best else None
