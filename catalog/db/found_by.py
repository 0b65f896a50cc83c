"""What each picture is found by, on either engine: ``assets.search_text`` and ``assets.photographer_text``, made
from the picture's own fields and the names the catalog knows for them (the authorities' aliases, and the
misspellings corrected into a photographer). Each engine's index reads these columns (SQLite's FTS5 through its
triggers, PostgreSQL's generated vector), so recomputing them is the one step both share.

Also what search asks of the other parts, as either engine's parts (or, in the tests, SQLite's beside
PostgreSQL's search) give it: ``Authorities``, ``Corrections``, ``AssetRecords``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from catalog.db.connection import Cell
from catalog.model import Asset
from catalog.search.text import Lookups, found_by, photographer_text


class Names(Protocol):
    """One authority (photographers or people)."""

    def names_like(self, folded: str) -> list[str]: ...

    def aliases_of_name(self, name: str) -> list[str]: ...


class Authorities(Protocol):
    @property
    def people(self) -> Names: ...

    @property
    def photographers(self) -> Names: ...


class Corrections(Protocol):
    def corrected_from_like(self, folded: str) -> list[str]: ...

    def misspellings_of(self, name: str) -> list[str]: ...


class AssetRecords(Protocol):
    def many(self, ids: Sequence[int]) -> dict[int, Asset]: ...


class Executes(Protocol):
    def execute(self, sql: str, parameters: Sequence[Cell], /) -> object: ...


C = TypeVar("C", bound=Executes)


class FoundBy(Generic[C]):
    """The two columns each picture is found by, kept from the catalog's current names; each engine's search text
    (``fts.SearchText``, ``pg.search_text.PgSearchText``) adds how its index is matched, checked and rebuilt."""

    def __init__(self, conn: C, assets: AssetRecords, authority: Authorities, log: Corrections) -> None:
        self.conn = conn
        self.assets = assets
        self.lookups = Lookups(
            photographer_aliases=authority.photographers.aliases_of_name,
            person_aliases=authority.people.aliases_of_name,
            misspellings=log.misspellings_of,
        )

    def refresh(self, ids: Sequence[int]) -> None:
        """Recompute what each picture is found by from the catalog's current state (after any change of names)."""
        for asset in self.assets.many(list(ids)).values():
            self.conn.execute(
                "UPDATE assets SET search_text = ?, photographer_text = ? WHERE id = ?",
                [found_by(asset, self.lookups), photographer_text(asset, self.lookups), asset.id],
            )
