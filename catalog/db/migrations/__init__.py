"""The catalog's schema, as numbered, append-only migrations.

Never edit a migration that has shipped: add a new one (in the last module, or a new module imported below after
the others). Each runs in a transaction together with its record in ``_sqlite_migrations`` (sqlite-utils'
``Migrations``), so a crash mid-migration leaves it pending, not half done. Migrations register in import order,
which is their number order.
"""

from __future__ import annotations

from catalog.db.migrations import m001_to_m019, m020_on  # registers them, in this order
from catalog.db.migrations.m001_to_m019 import FTS_COLUMNS, FTS_TOKENIZE, define_search_index
from catalog.db.migrations.registry import migrations

__all__ = ["FTS_COLUMNS", "FTS_TOKENIZE", "define_search_index", "m001_to_m019", "m020_on", "migrations"]
