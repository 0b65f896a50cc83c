"""The neighbour index file beside the catalog: built by ingest, brought up to date from the hash journal
without reading the catalog's hashes again, rebuilt when damaged or foreign, and always equal to the catalog."""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import numpy as np

from catalog.dupes import index_file
from catalog.dupes.groups import index_of
from catalog.dupes.hashing import SLOTS
from catalog.dupes.neighbors import HashIndex
from catalog.library import open_library
from catalog.model import Hashes
from catalog.ops import neighbours

from .helpers import photo, run


def _check(*args: str) -> dict:  # type: ignore[type-arg]
    """``check --json``, healthy or not (it exits 1 when not)."""
    result = run("check", "--json", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _ingest(folder: Path, *pictures: tuple[str, int]) -> None:
    for name, seed in pictures:
        photo(folder / name, seed=seed, fmt="JPEG")
    result = run("ingest", str(folder))
    assert result.exit_code == 0, result.output


def _file_equals_catalog(library: Path) -> None:
    """The file's live records are exactly the catalog's hashes, asset by asset."""
    lib = open_library(library)
    try:
        _, columns = index_file.read(lib.index_path)
        expected = index_of(lib.catalog.assets.hashes())
        expected._flush()
        live = columns.ids >= 0
        order = np.argsort(columns.ids[live])
        mine = columns.take(np.flatnonzero(live)[order])
        assert mine.ids.tolist() == expected.columns.ids.tolist()
        for a, b in zip(mine.words(), expected.columns.words(), strict=True):
            assert a.tolist() == b.tolist()
        assert mine.flat.tolist() == expected.columns.flat.tolist()
    finally:
        lib.close()


def test_ingest_writes_an_index_file_equal_to_the_catalogs_hashes(tmp_path: Path, library: Path) -> None:
    _ingest(tmp_path / "a", ("1.jpg", 1), ("2.jpg", 2), ("3.jpg", 3))
    assert (library / "neighbours.idx").exists()
    _file_equals_catalog(library)


def test_a_later_ingest_appends_in_place_and_reads_only_the_new_journal_rows(
    tmp_path: Path, library: Path, monkeypatch
) -> None:
    _ingest(tmp_path / "a", ("1.jpg", 1), ("2.jpg", 2))
    path = library / "neighbours.idx"
    before = index_file.read_header(path)
    inode = path.stat().st_ino
    read_everything: list[bool] = []
    real_rows = __import__("catalog.db.journal", fromlist=["HashJournal"]).HashJournal.rows

    def spy(self, ids=None):  # type: ignore[no-untyped-def]
        read_everything.append(ids is None)
        return real_rows(self, ids)

    monkeypatch.setattr("catalog.db.journal.HashJournal.rows", spy)
    _ingest(tmp_path / "b", ("3.jpg", 3))
    after = index_file.read_header(path)
    assert path.stat().st_ino == inode  # written in place, not rewritten
    assert after.count == before.count + 1 and after.seq > before.seq
    assert read_everything and not any(read_everything)  # only the journaled asset was read
    _file_equals_catalog(library)


def test_a_damaged_or_foreign_index_file_is_reported_by_check_and_rebuilt(tmp_path: Path, library: Path) -> None:
    _ingest(tmp_path / "a", ("1.jpg", 1), ("2.jpg", 2))
    path = library / "neighbours.idx"
    with open(path, "r+b") as f:  # a torn header
        f.seek(40)
        f.write(b"\xff" * 8)
    report = _check()
    assert not report["healthy"]
    assert [p["kind"] for p in report["problems"]] == ["neighbour-index"]
    assert "checksum" in report["problems"][0]["detail"]
    repaired = _check("--repair")
    assert repaired["problems"][0]["mended"]
    assert _check()["healthy"]
    _file_equals_catalog(library)

    other = tmp_path / "other-library"  # another catalog's index copied over this one's
    os.environ["PHOTODESK_LIBRARY"] = str(other)
    _ingest(tmp_path / "c", ("9.jpg", 9), ("8.jpg", 8), ("7.jpg", 7))
    os.environ["PHOTODESK_LIBRARY"] = str(library)
    shutil.copy(other / "neighbours.idx", path)
    assert "another catalog" in _check()["problems"][0]["detail"]
    _ingest(tmp_path / "d", ("4.jpg", 4))  # an ingest notices too, and rebuilds before looking anything up
    _file_equals_catalog(library)


def test_a_missing_index_file_is_pending_work_not_damage(tmp_path: Path, library: Path) -> None:
    _ingest(tmp_path / "a", ("1.jpg", 1))
    (library / "neighbours.idx").unlink()
    report = _check()
    assert report["healthy"] and any("neighbour index not built yet" in p for p in report["pending"])
    _check("--repair")
    _file_equals_catalog(library)


def test_hashes_changed_or_removed_in_the_catalog_are_changed_or_withdrawn_in_the_index(
    tmp_path: Path, library: Path
) -> None:
    _ingest(tmp_path / "a", ("1.jpg", 1), ("2.jpg", 2), ("3.jpg", 3))
    lib = open_library(library)
    try:
        first, second = lib.catalog.assets.hashed_ids()[:2]
        new = Hashes("0123456789abcdef", "fedcba9876543210", "00ff00ff00ff00ff", ["0f0f0f0f0f0f0f0f"] * SLOTS)
        with lib.catalog.transaction():
            lib.catalog.assets.set_hashes(first, new)
            lib.catalog.assets.update(second, {"phash": None})  # a tool clearing a hash
        index = neighbours.open_index(lib)
        near = Hashes("0123456789abcdee", "fedcba9876543210", "1111111111111111", ["2222222222222222"] * SLOTS)
        assert [c.asset_id for c in index.candidates(near)] == [first]
        assert second not in index.columns.ids.tolist()  # withdrawn: never a candidate
    finally:
        lib.close()
    _file_equals_catalog(library)


def test_appends_past_the_files_capacity_rewrite_it_whole(tmp_path: Path) -> None:
    """A file grows by being rewritten at twice its capacity; records and header survive the move."""
    rng = random.Random(3)
    path = tmp_path / "neighbours.idx"

    def hashes() -> Hashes:
        hexes = [f"{rng.getrandbits(64):016x}" for _ in range(3 + SLOTS)]
        return Hashes(hexes[0], hexes[1], hexes[2], hexes[3:], flat=rng.random() < 0.2)

    index = HashIndex()
    for i in range(1000):
        index.add(i + 1, hashes())
    index._flush()
    header = index_file.Header(1, 0, 0, 5, 5, 1000, "ab" * 16)
    index_file.write(path, header, index.columns)
    assert header.capacity == 2048
    for i in range(1000, 2500):
        index.add(i + 1, hashes())
    index._flush()
    index_file.write_changes(path, header, index.columns, np.arange(1000, 2500))
    read_header, columns = index_file.read(path)
    assert read_header.capacity == 4096 and read_header.count == 2500
    assert columns.ids.tolist() == index.columns.ids.tolist()
    assert columns.regions.tolist() == index.columns.regions.tolist()
    assert columns.flat.tolist() == index.columns.flat.tolist()
