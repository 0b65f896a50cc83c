"""The one ``Migrations`` every migration module registers with (its own module, so they can import it)."""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("photodesk")
