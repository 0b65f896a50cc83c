"""What PostgreSQL search asks of the other parts: the authorities, the corrections and the asset records, as
the PostgreSQL parts (or, in the tests, the SQLite ones) give them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from catalog.model import Asset


class Names(Protocol):
    """One authority (photographers or people), as the PostgreSQL or SQLite part gives it."""

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
