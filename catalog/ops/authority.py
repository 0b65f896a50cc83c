"""The photographer and people authorities: import, export, lookup, and aliases learned from merges.

CSV files have a header. Photographers: ``name,agency,aliases``; people: ``name,aliases``; several aliases are
separated by ``|``. Importing adds names and aliases (an existing name's agency is updated); an alias that already
means someone else is refused with the file and line named, because that is exactly how two people get merged.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from catalog.credits.names import Authority
from catalog.db import Catalog
from catalog.db.authority import AliasTaken, Register
from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.model import now_iso
from catalog.text.cells import column_name, sniff_delimiter
from catalog.text.codec import UndecodableText, decode_text_file

PHOTOGRAPHER_COLUMNS = ("name", "agency", "aliases")
PEOPLE_COLUMNS = ("name", "aliases")


class AuthorityFileError(PhotodeskError):
    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(f"{where}: {problem}")


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    aliases: int = 0
    touched: list[int] = field(default_factory=list)  # the entries named in the file: what a relink looks at

    def to_dict(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated, "aliases": self.aliases}


def _rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """The rows of an authority CSV: decoded as every text file is (``text.codec``: UTF-8, UTF-16, cp1255 Hebrew,
    cp1252), the delimiter (``,``, ``;`` or tab) read from the header, quotes checked strictly. A file that could
    shift a name into the wrong column (a quote left open, more cells than columns) is refused naming the line."""
    try:
        text = decode_text_file(path.read_bytes()).text
    except OSError as e:
        raise AuthorityFileError(path, None, f"cannot read: {e.strerror or e}") from e
    except UndecodableText as e:
        raise AuthorityFileError(path, None, str(e)) from e
    delimiter = sniff_delimiter(text, "name", columns)
    if delimiter is None:
        raise AuthorityFileError(path, 1, f"the header must name the columns {','.join(columns)}")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    out = []
    start = 1
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                pass
            elif header is None:
                header = _header(path, start, cells, columns)
            elif len(cells) > len(header):
                raise AuthorityFileError(path, start, f"{len(cells)} cells but the header names {len(header)} columns")
            else:
                clean = {k: v.strip() for k, v in zip(header, cells, strict=False) if k}
                if not clean.get("name"):
                    raise AuthorityFileError(path, start, "a row without a name")
                out.append((start, clean))
            start = reader.line_num + 1
    except csv.Error as e:
        raise AuthorityFileError(path, start, f"malformed quoting ({e}): a quote left open?") from e
    return out


def _header(path: Path, line: int, cells: list[str], columns: tuple[str, ...]) -> list[str]:
    header = [column_name(c) for c in cells]
    unknown = set(header) - set(columns) - {""}
    if unknown:
        raise AuthorityFileError(
            path, line, f"unknown column(s) {', '.join(sorted(unknown))}; expected {','.join(columns)}"
        )
    return header


def split_aliases(text: str) -> list[str]:
    return [a.strip() for a in (text or "").split("|") if a.strip()]


def import_photographers(library: Library, path: Path) -> ImportReport:
    return _import(library, path, PHOTOGRAPHER_COLUMNS, library.catalog.authority.photographers)


def import_people(library: Library, path: Path) -> ImportReport:
    return _import(library, path, PEOPLE_COLUMNS, library.catalog.authority.people)


def _import(library: Library, path: Path, columns: tuple[str, ...], register: Register) -> ImportReport:
    """Add or update each row's entry (a photographer's agency only when the file gives one) and its aliases."""
    rows = _rows(path, columns)
    report = ImportReport()
    with library.catalog.transaction():
        for line, row in rows:
            agency = row.get("agency") or None  # people files have no agency column
            pid = register.id_of(row["name"])
            if pid is not None:
                if "agency" in columns:
                    register.set_agency(pid, agency)
                report.updated += 1
            else:
                pid = register.add(row["name"], now_iso(), agency)
                report.added += 1
            report.touched.append(pid)
            for alias in split_aliases(row.get("aliases", "")):
                report.aliases += _add_alias(register, pid, alias, path, line)
    return report


def _add_alias(register: Register, owner_id: int, alias: str, path: Path | str, line: int | None) -> int:
    try:
        return int(register.add_alias(owner_id, alias))
    except AliasTaken as e:
        if e.is_name:
            raise AuthorityFileError(path, line, f"alias {alias!r} is the name of another entry") from None
        raise AuthorityFileError(path, line, f"alias {alias!r} already means {e.other}") from None


def photographer_authority(library: Library) -> Authority:
    return library.catalog.authority.photographers.load()


def people_authority(library: Library) -> Authority:
    return library.catalog.authority.people.load()


def export_photographers(library: Library) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PHOTOGRAPHER_COLUMNS)
    for person in photographer_authority(library).people:
        writer.writerow([person.name, person.agency or "", "|".join(person.aliases)])
    return out.getvalue()


def export_people(library: Library) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PEOPLE_COLUMNS)
    for person in people_authority(library).people:
        writer.writerow([person.name, "|".join(person.aliases)])
    return out.getvalue()


def ensure_photographer(catalog: Catalog, name: str, agency: str | None) -> int:
    """The authority entry called ``name``, made (with ``agency``) when there is none."""
    existing = catalog.authority.photographers.id_of(name)
    return existing if existing is not None else catalog.authority.photographers.add(name, now_iso(), agency)


def add_photographer_alias(catalog: Catalog, photographer_id: int, alias: str) -> None:
    _add_alias(catalog.authority.photographers, photographer_id, alias, "merge", None)
