"""``photodesk migrate``: a SQLite library's catalog copied into PostgreSQL with every row, every id and every
derived table, verified; resumable after an interruption; never into a catalog that holds another library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog.db.transfer import TABLES

from .engines import fresh_schema, query
from .helpers import exiftool, photo, run, run_json
from .s3 import Bucket


@pytest.fixture
def target() -> Iterator[str]:
    yield from fresh_schema()


def _desk(tmp_path: Path, n: int = 6) -> Path:
    folder = tmp_path / "in"
    for i in range(1, n + 1):
        photo(folder / f"{i}.jpg", seed=i, fmt="JPEG")
    photo(folder / "copy.png", seed=1, fmt="PNG")  # a copy of 1.jpg: a duplicate group to carry over
    return folder


def _rows(library: Path, table: str, key: str, like: Path | None = None) -> list[tuple[object, ...]]:
    """The rows of ``table`` in key order, in the columns of the SQLite library ``like`` (PostgreSQL adds its
    generated search vector to assets)."""
    columns = "*" if like is None else ", ".join(str(r[1]) for r in query(like, f"PRAGMA table_info({table})"))
    return query(library, f"SELECT {columns} FROM {table} ORDER BY {key}")


def _pg_library(tmp_path: Path, url: str) -> Path:
    folder = tmp_path / "pg"
    folder.mkdir()
    (folder / "photodesk.toml").write_text(f'[catalog]\nurl = "{url}"\n', encoding="utf-8")
    return folder


def test_every_row_arrives_with_its_id_and_the_target_rebuilds_what_it_derives(
    tmp_path: Path, library: Path, target: str, needs_exiftool: None
) -> None:
    folder = _desk(tmp_path)
    exiftool(folder / "2.jpg", "-XMP-dc:Description=ראש הממשלה בירושלים", "-XMP-photoshop:Credit=Haim Zch/GPO")
    assert run("ingest", str(folder)).exit_code == 0
    result = run_json("migrate", "--to", target, "--json")
    assert result["verified"] is True
    pg = _pg_library(tmp_path, target)
    for table, key in TABLES:
        assert _rows(pg, table, key, like=library) == _rows(library, table, key), table
    assert _rows(pg, "credit_history", "name, agency") == _rows(library, "credit_history", "name, agency")
    hashed = query(library, "SELECT count(*) FROM assets WHERE phash IS NOT NULL")
    assert query(pg, "SELECT count(DISTINCT asset_id) FROM hash_journal") == hashed
    assert query(pg, "SELECT caption FROM assets WHERE caption LIKE ?", ("%ירושלים%",)) == [("ראש הממשלה בירושלים",)]
    again = run_json("migrate", "--to", target, "--json")
    assert all(t["copied"] == 0 for t in again["tables"])


def test_an_interrupted_migration_resumes_from_the_last_row_copied(
    tmp_path: Path, library: Path, target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("ingest", str(_desk(tmp_path, 9))).exit_code == 0
    import catalog.db.transfer as transfer
    from catalog.library import open_library
    from catalog.ops import migrate as migrate_op

    monkeypatch.setattr(transfer, "CHUNK", 2)
    calls = 0

    def stop_after_two_chunks(table: str, done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if table == "assets" and done >= 4:
            raise KeyboardInterrupt

    lib = open_library(library)
    try:
        with pytest.raises(KeyboardInterrupt):
            migrate_op.migrate(lib, target, None, stop_after_two_chunks)
        pg = _pg_library(tmp_path, target)
        assert query(pg, "SELECT count(*) FROM assets") == [(4,)]
        finished = migrate_op.migrate(lib, target)
    finally:
        lib.close()
    copied = {t.table: t for t in finished.tables}
    assert copied["assets"].rows == 10 and copied["assets"].copied == 6
    assert _rows(pg, "assets", "id", like=library) == _rows(library, "assets", "id")


def test_a_catalog_holding_another_library_is_refused(tmp_path: Path, library: Path, target: str) -> None:
    assert run("ingest", str(_desk(tmp_path, 2))).exit_code == 0
    other = tmp_path / "other"
    photo(tmp_path / "elsewhere" / "x.jpg", seed=40, fmt="JPEG")
    assert run("--library", str(other), "ingest", str(tmp_path / "elsewhere")).exit_code == 0
    assert run("--library", str(other), "migrate", "--to", target).exit_code == 0
    refused = run("migrate", "--to", target)
    assert refused.exit_code == 1
    assert "holds a copy of another library" in refused.output
    assert "Traceback" not in refused.output


def test_a_password_in_the_url_is_refused_before_anything_is_read(library: Path) -> None:
    refused = run("migrate", "--to", "postgresql://desk:secret@db.example/photodesk")
    assert refused.exit_code == 1
    assert "password" in refused.output and "secret" not in refused.output


def test_originals_move_into_the_bucket_checked_and_the_catalog_remembers_its_store(
    tmp_path: Path, library: Path, target: str, s3_bucket: Bucket, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("ingest", str(_desk(tmp_path, 3))).exit_code == 0
    result = run_json("migrate", "--to", target, "--store", s3_bucket.url, "--json")
    assert result["files"]["originals"] == 4 and result["files"]["uploaded"] >= 8  # originals and thumbnails
    for path, thumbnail in query(library, "SELECT path, thumbnail FROM assets"):
        assert s3_bucket.get(str(path)) == (library / str(path)).read_bytes()
        assert s3_bucket.get(str(thumbnail)) == (library / str(thumbnail)).read_bytes()
    # the catalog alone names the library now: --library postgresql://… finds its store in it
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = query(library, "SELECT id, sha256 FROM assets ORDER BY id")[0]
    shown = run_json("--library", target, "show", str(first[0]), "--json")
    assert shown["sha256"] == first[1]
    again = run_json("migrate", "--to", target, "--store", s3_bucket.url, "--json")
    assert again["files"]["uploaded"] == 0


def test_an_object_in_the_bucket_that_is_not_the_original_stops_the_migration(
    tmp_path: Path, library: Path, target: str, s3_bucket: Bucket
) -> None:
    assert run("ingest", str(_desk(tmp_path, 1))).exit_code == 0
    (path,) = query(library, "SELECT path FROM assets ORDER BY id LIMIT 1")[0]
    s3_bucket.put(str(path), b"someone else's bytes")
    refused = run("migrate", "--to", target, "--store", s3_bucket.url)
    assert refused.exit_code == 1 and "does not match its SHA-256" in refused.output
    assert s3_bucket.get(str(path)) == b"someone else's bytes"  # never overwritten
    assert query(_pg_library(tmp_path, target), "SELECT count(*) FROM assets") == [(0,)]
