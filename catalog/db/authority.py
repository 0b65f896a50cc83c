"""The authorities: ``photographers`` and ``people``, each with its aliases (``*_aliases``, keyed by the folded
spelling, so one spelling means one entry)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from catalog.db.connection import POSTGRESQL, Connection
from catalog.db.rows import contains
from catalog.text import name_key

if TYPE_CHECKING:  # the matcher's module loads the credit vocabulary: only when an authority is read
    from catalog.credits.names import Authority


class AliasTaken(Exception):
    """An alias that already means another entry, or is another entry's name (``other`` names it)."""

    def __init__(self, other: str, is_name: bool) -> None:
        super().__init__(other)
        self.other = other
        self.is_name = is_name


@dataclass(frozen=True)
class _Tables:
    owners: str
    aliases: str
    fk: str
    has_agency: bool


PHOTOGRAPHERS = _Tables("photographers", "photographer_aliases", "photographer_id", True)
PEOPLE = _Tables("people", "person_aliases", "person_id", False)


class Register:
    """One authority's entries and aliases."""

    def __init__(self, conn: Connection, tables: _Tables) -> None:
        self.conn = conn
        self.t = tables

    def load(self) -> Authority:
        """Every entry with its aliases, indexed for matching."""
        from catalog.credits.names import Authority, Person

        aliases: dict[int, list[str]] = {}
        for pid, alias in self.conn.execute(f"SELECT {self.t.fk}, alias FROM {self.t.aliases} ORDER BY id"):
            aliases.setdefault(pid, []).append(alias)
        agency = "agency" if self.t.has_agency else "NULL"
        people = [
            Person(pid, name, ag, tuple(aliases.get(pid, ())))
            for pid, name, ag in self.conn.execute(f"SELECT id, name, {agency} FROM {self.t.owners} ORDER BY id")
        ]
        return Authority.of(people)

    def id_of(self, name: str, *, nocase: bool = False) -> int | None:
        where = "lower(name) = lower(?)" if nocase else "name = ?"  # lower(): ASCII case, as SQLite's NOCASE
        row = self.conn.execute(f"SELECT id FROM {self.t.owners} WHERE {where}", [name]).fetchone()
        return int(row[0]) if row else None

    def name_of(self, entry_id: int) -> str | None:
        row = self.conn.execute(f"SELECT name FROM {self.t.owners} WHERE id = ?", [entry_id]).fetchone()
        return str(row[0]) if row else None

    def listed(self, name: str) -> str | None:
        """The entry spelt ``name`` (any case), as the authority writes it."""
        row = self.conn.execute(f"SELECT name FROM {self.t.owners} WHERE lower(name) = lower(?)", [name]).fetchone()
        return str(row[0]) if row else None

    def add(self, name: str, at: str, agency: str | None = None) -> int:
        if self.t.has_agency:
            sql, params = f"INSERT INTO {self.t.owners} (name, agency, created_at) VALUES (?, ?, ?)", [name, agency, at]
        else:
            sql, params = f"INSERT INTO {self.t.owners} (name, created_at) VALUES (?, ?)", [name, at]
        return int(self.conn.execute(sql + " RETURNING id", params).fetchone()[0])

    def set_agency(self, entry_id: int, agency: str | None) -> None:
        """Set the entry's agency when one is given (an empty cell keeps the one it has)."""
        self.conn.execute(f"UPDATE {self.t.owners} SET agency = coalesce(?, agency) WHERE id = ?", [agency, entry_id])

    def add_alias(self, entry_id: int, alias: str) -> bool:
        """Record ``alias`` for the entry; False when it has it already. Raises ``AliasTaken`` when the spelling
        means another entry or is another entry's name."""
        key = name_key(alias)
        holder = self.conn.execute(f"SELECT {self.t.fk} FROM {self.t.aliases} WHERE key = ?", [key]).fetchone()
        if holder:
            if holder[0] == entry_id:
                return False
            raise AliasTaken(self.name_of(int(holder[0])) or "", is_name=False)
        named = self.conn.execute(
            f"SELECT name FROM {self.t.owners} WHERE id != ? AND name = ?", [entry_id, alias]
        ).fetchone()
        if named:
            raise AliasTaken(str(named[0]), is_name=True)
        self.conn.execute(
            f"INSERT INTO {self.t.aliases} ({self.t.fk}, alias, key) VALUES (?, ?, ?)", [entry_id, alias, key]
        )
        return True

    def aliases_of_name(self, name: str) -> list[str]:
        """The aliases of the entry called ``name``."""
        rows = self.conn.execute(
            f"SELECT a.alias FROM {self.t.aliases} a JOIN {self.t.owners} p ON p.id = a.{self.t.fk} WHERE p.name = ?",
            [name],
        )
        return [r[0] for r in rows]

    def names_like(self, folded: str) -> list[str]:
        """Entry names whose name or an alias, folded, contains ``folded``."""
        if self.conn.dialect == POSTGRESQL:  # no pd_fold there: the authority is small, folded here
            rows = self.conn.execute(
                f"SELECT p.name, p.name FROM {self.t.owners} p UNION SELECT p.name, a.alias FROM {self.t.owners} p "
                f"JOIN {self.t.aliases} a ON a.{self.t.fk} = p.id"
            )
            return list(dict.fromkeys(str(n) for n, spelt in rows if folded in name_key(str(spelt))))
        like = contains(folded)
        rows = self.conn.execute(
            f"SELECT p.name FROM {self.t.owners} p WHERE pd_fold(p.name) LIKE ? ESCAPE '\\' UNION "
            f"SELECT p.name FROM {self.t.owners} p JOIN {self.t.aliases} a ON a.{self.t.fk} = p.id "
            "WHERE pd_fold(a.alias) LIKE ? ESCAPE '\\'",
            [like, like],
        )
        return [r[0] for r in rows]


class AuthorityRows:
    """Both authorities."""

    def __init__(self, conn: Connection) -> None:
        self.photographers = Register(conn, PHOTOGRAPHERS)
        self.people = Register(conn, PEOPLE)
