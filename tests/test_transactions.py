"""The catalog's transactions: nested ones are savepoints, and a COMMIT that fails leaves nothing open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from catalog.library import open_library
from catalog.model import now_iso


def _batches(root: Path) -> int:
    conn = sqlite3.connect(root / "library.db")
    try:
        return int(conn.execute("SELECT count(*) FROM batches").fetchone()[0])
    finally:
        conn.close()


def test_a_transaction_inside_a_transaction_is_a_savepoint_that_rolls_back_alone(tmp_path: Path) -> None:
    library = open_library(tmp_path, create=True)
    catalog = library.catalog
    with catalog.transaction():
        catalog.batches.start(["outer"], now_iso())
        with pytest.raises(RuntimeError), catalog.transaction():
            catalog.batches.start(["inner"], now_iso())
            raise RuntimeError("the inner step fails")
        catalog.batches.start(["outer, after"], now_iso())
    library.close()
    conn = sqlite3.connect(tmp_path / "library.db")
    sources = [r[0] for r in conn.execute("SELECT sources FROM batches ORDER BY id")]
    conn.close()
    assert sources == ['["outer"]', '["outer, after"]']


def test_an_inner_transaction_commits_with_the_outer_one_not_before(tmp_path: Path) -> None:
    library = open_library(tmp_path, create=True)
    catalog = library.catalog
    with pytest.raises(RuntimeError), catalog.transaction():
        with catalog.transaction():
            catalog.batches.start(["inner"], now_iso())
        assert _batches(tmp_path) == 0  # another connection sees nothing yet
        raise RuntimeError("the outer step fails after the inner one finished")
    assert _batches(tmp_path) == 0
    library.close()


def test_a_commit_refused_by_a_deferred_foreign_key_rolls_back_and_the_catalog_goes_on(tmp_path: Path) -> None:
    """A deferred constraint is checked at COMMIT: the failed commit must not leave the connection inside a
    transaction that every later write would join."""
    library = open_library(tmp_path, create=True)
    catalog = library.catalog
    with pytest.raises(sqlite3.IntegrityError), catalog.transaction():
        catalog.db.execute("PRAGMA defer_foreign_keys = ON")
        catalog.batches.add_file(999, "ghost.jpg", "new", None, None, None, [])  # no batch 999
    assert not catalog.db.conn.in_transaction
    with catalog.transaction():
        catalog.batches.start(["after"], now_iso())
    library.close()
    assert _batches(tmp_path) == 1
