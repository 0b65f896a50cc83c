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
from typing import Any

from .errors import PhotodeskError
from .library import Library
from .models import now_iso
from .names import Authority, Person, name_key

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
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise AuthorityFileError(path, None, f"cannot read: {getattr(e, 'strerror', None) or e}") from e
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "name" not in header:
        raise AuthorityFileError(path, 1, f"the header must name the columns {','.join(columns)}")
    unknown = set(header) - set(columns)
    if unknown:
        raise AuthorityFileError(
            path, 1, f"unknown column(s) {', '.join(sorted(unknown))}; expected {','.join(columns)}"
        )
    out = []
    for row in reader:
        clean = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        if not clean.get("name"):
            if any(clean.values()):
                raise AuthorityFileError(path, reader.line_num, "a row without a name")
            continue
        out.append((reader.line_num, clean))
    return out


def split_aliases(text: str) -> list[str]:
    return [a.strip() for a in (text or "").split("|") if a.strip()]


def import_photographers(library: Library, path: Path) -> ImportReport:
    rows = _rows(path, PHOTOGRAPHER_COLUMNS)
    report = ImportReport()
    with library.transaction() as db:
        for line, row in rows:
            existing = db.execute("SELECT id FROM photographers WHERE name = ?", [row["name"]]).fetchone()
            agency = row.get("agency") or None
            if existing:
                pid = existing[0]
                db.execute("UPDATE photographers SET agency = coalesce(?, agency) WHERE id = ?", [agency, pid])
                report.updated += 1
            else:
                pid = (
                    db.table("photographers")
                    .insert({"name": row["name"], "agency": agency, "created_at": now_iso()})
                    .last_pk
                )
                report.added += 1
            report.touched.append(int(pid))
            for alias in split_aliases(row.get("aliases", "")):
                report.aliases += _add_alias(
                    db, "photographer_aliases", "photographer_id", "photographers", pid, alias, path, line
                )
    return report


def import_people(library: Library, path: Path) -> ImportReport:
    rows = _rows(path, PEOPLE_COLUMNS)
    report = ImportReport()
    with library.transaction() as db:
        for line, row in rows:
            existing = db.execute("SELECT id FROM people WHERE name = ?", [row["name"]]).fetchone()
            if existing:
                pid, report.updated = existing[0], report.updated + 1
            else:
                pid = db.table("people").insert({"name": row["name"], "created_at": now_iso()}).last_pk
                report.added += 1
            report.touched.append(int(pid))
            for alias in split_aliases(row.get("aliases", "")):
                report.aliases += _add_alias(db, "person_aliases", "person_id", "people", pid, alias, path, line)
    return report


def _add_alias(
    db: Any, table: str, fk: str, owners: str, owner_id: int, alias: str, path: Path | str, line: int | None
) -> int:
    key = name_key(alias)
    holder = db.execute(f"SELECT {fk} FROM {table} WHERE key = ?", [key]).fetchone()
    if holder:
        if holder[0] == owner_id:
            return 0
        other = db.execute(f"SELECT name FROM {owners} WHERE id = ?", [holder[0]]).fetchone()[0]
        raise AuthorityFileError(path, line, f"alias {alias!r} already means {other}")
    named = db.execute(f"SELECT id FROM {owners} WHERE id != ? AND name = ?", [owner_id, alias]).fetchone()
    if named:
        raise AuthorityFileError(path, line, f"alias {alias!r} is the name of another entry")
    db.table(table).insert({fk: owner_id, "alias": alias, "key": key})
    return 1


def photographer_authority(library: Library) -> Authority:
    aliases: dict[int, list[str]] = {}
    for pid, alias in library.db.execute("SELECT photographer_id, alias FROM photographer_aliases ORDER BY id"):
        aliases.setdefault(pid, []).append(alias)
    people = [
        Person(pid, name, agency, tuple(aliases.get(pid, ())))
        for pid, name, agency in library.db.execute("SELECT id, name, agency FROM photographers ORDER BY id")
    ]
    return Authority.of(people)


def people_authority(library: Library) -> Authority:
    aliases: dict[int, list[str]] = {}
    for pid, alias in library.db.execute("SELECT person_id, alias FROM person_aliases ORDER BY id"):
        aliases.setdefault(pid, []).append(alias)
    people = [
        Person(pid, name, None, tuple(aliases.get(pid, ())))
        for pid, name in library.db.execute("SELECT id, name FROM people ORDER BY id")
    ]
    return Authority.of(people)


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


def ensure_photographer(db: Any, name: str, agency: str | None) -> int:
    row = db.execute("SELECT id FROM photographers WHERE name = ?", [name]).fetchone()
    if row:
        return int(row[0])
    return int(db.table("photographers").insert({"name": name, "agency": agency, "created_at": now_iso()}).last_pk)


def add_photographer_alias(db: Any, photographer_id: int, alias: str) -> None:
    _add_alias(db, "photographer_aliases", "photographer_id", "photographers", photographer_id, alias, "merge", None)
