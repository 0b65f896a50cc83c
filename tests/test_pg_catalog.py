"""The catalog's parts behave the same on SQLite and PostgreSQL (every test here runs on both engines): ids,
upserts, JSON lists, the trigger-kept tables, name folding, people tags, settings and the schema itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.db.log import Doubt
from catalog.library import open_library
from catalog.model import Asset, CaptionOffer, DupePair

from .engines import POSTGRESQL, query

AT = "2026-12-02T08:00:00+00:00"


def _asset(n: int, **values: object) -> Asset:
    return Asset(id=0, sha256=f"{n:064x}", path=f"assets/originals/00/{n:064x}.jpg", format="JPEG", bytes=n, **values)  # type: ignore[arg-type]


def _new(lib, n: int, **values: object) -> int:  # type: ignore[no-untyped-def]
    with lib.catalog.transaction():
        assert lib.catalog.assets.insert_new(_asset(n, **values), ingested_at=AT, batch_id=None)
    found = lib.catalog.assets.id_of(f"{n:064x}")
    assert found is not None
    return found


def test_a_new_original_is_recorded_once_and_its_values_read_back_exactly(library: Path) -> None:
    lib = open_library(library, create=True)
    try:
        first = _new(lib, 1, caption="שר החוץ בירושלים — «Ça va»", keywords=["politics", "ירושלים"], gps_lat=31.7767)
        with lib.catalog.transaction():
            again = lib.catalog.assets.insert_new(_asset(1, caption="other"), ingested_at=AT, batch_id=None)
        assert again is False
        asset = lib.catalog.assets.get(first)
        assert asset is not None
        assert asset.caption == "שר החוץ בירושלים — «Ça va»"
        assert asset.keywords == ["politics", "ירושלים"]
        assert asset.gps_lat == pytest.approx(31.7767)
        assert lib.catalog.assets.count() == 1
    finally:
        lib.close()


def test_batches_corrections_and_dismissals_return_the_ids_they_made(library: Path) -> None:
    lib = open_library(library, create=True)
    try:
        with lib.catalog.transaction():
            batch = lib.catalog.batches.start(["/in/ריצה"], AT)
        asset = _new(lib, 2)
        with lib.catalog.transaction():
            lib.catalog.batches.add_file(batch, "/in/a.jpg", "new", asset, f"{2:064x}", None, ["w"])
            correction = lib.catalog.log.add(
                asset, "photographer", "Haim Zch", "Haim Zach", "authority", 0.93, None, AT
            )
            dismissal = lib.catalog.log.dismiss_cluster(["Avi Ohayon", "Avi Ohayun"], AT)
        recorded = lib.catalog.batches.get(batch)
        assert recorded is not None and recorded.sources == ["/in/ריצה"]
        assert [f.path for f in lib.catalog.batches.files(batch)] == ["/in/a.jpg"]
        logged = lib.catalog.log.correction(correction)
        assert logged is not None and (logged.from_value, logged.to_value) == ("Haim Zch", "Haim Zach")
        assert dismissal > 0 and lib.catalog.log.dismissed_clusters() == [["Avi Ohayon", "Avi Ohayun"]]
    finally:
        lib.close()


def test_credit_history_follows_every_change_of_a_credit(library: Path) -> None:
    lib = open_library(library, create=True)
    try:
        a, b = _new(lib, 3), _new(lib, 4)
        assets = lib.catalog.assets
        for asset_id, names, agency in [
            (a, ["Haim Zach", "Haim Zach"], "GPO"),
            (b, ["Haim Zach", "מרק ניימן"], "לע״מ"),
            (a, ["Amos Ben Gershom"], "GPO"),
            (b, None, None),
        ]:
            with lib.catalog.transaction():
                assets.update(asset_id, {"credit_photographers": names, "credit_agency": agency})
        assert assets.credit_counts([]) == [("Amos Ben Gershom", "GPO", 1)]
        with lib.catalog.transaction():
            assets.update(b, {"credit_photographers": ["מרק ניימן"], "credit_agency": None})
        assert assets.credit_counts([]) == [("Amos Ben Gershom", "GPO", 1), ("מרק ניימן", None, 1)]
        assert assets.credit_counts([a]) == [("מרק ניימן", None, 1)]
        assert [x.id for x in assets.credited_folded("amos ben gershom")] == [a]
        assert assets.credited_with(["מרק ניימן"]) == [b]
        assert assets.usual_agency("Amos Ben Gershom") == "GPO"
    finally:
        lib.close()


def test_name_searches_fold_case_and_accents_on_both_engines(library: Path) -> None:
    lib = open_library(library, create=True)
    try:
        photographers = lib.catalog.authority.photographers
        with lib.catalog.transaction():
            jose = photographers.add("José Álvarez", AT, "EFE")
            photographers.add_alias(jose, "Jose Alvares")
            photographers.add("יוסי זמיר", AT, "Flash90")
        assert photographers.names_like("alvar") == ["José Álvarez"]
        assert photographers.names_like("alvares") == ["José Álvarez"]
        assert photographers.names_like("זמיר") == ["יוסי זמיר"]
        assert photographers.id_of("josé Álvarez", nocase=True) == jose
        asset = _new(lib, 5)
        with lib.catalog.transaction():
            lib.catalog.log.add(asset, "photographer", "Jose Alvarès", "José Álvarez", "authority", 0.9, None, AT)
        assert lib.catalog.log.corrected_from_like("alvares") == ["José Álvarez"]
    finally:
        lib.close()


def test_people_tags_rename_without_doubling_a_tag(library: Path) -> None:
    lib = open_library(library, create=True)
    try:
        asset = _new(lib, 6)
        assets = lib.catalog.assets
        with lib.catalog.transaction():
            assets.tag(asset, "Benjamin Netanyahu", "embedded", AT)
            assets.tag(asset, "Benjamin Netanyahu", "embedded", AT)  # once
            assets.tag(asset, "Bibi", "embedded", AT)
            assets.rename_tag(asset, "Bibi", "Benjamin Netanyahu")  # the new name is there: left as it is
            assets.tag(asset, "נתניהו", "caption", AT)
            assets.rename_tag(asset, "נתניהו", "בנימין נתניהו")
        assert assets.tagged(asset) == ["Benjamin Netanyahu", "Bibi", "בנימין נתניהו"]
        assert assets.tag_counts() == {"Benjamin Netanyahu": 1, "Bibi": 1, "בנימין נתניהו": 1}
    finally:
        lib.close()


def test_offers_reviews_and_dupe_decisions_upsert_in_place(library: Path) -> None:
    lib = open_library(library, create=True)
    try:
        a, b = _new(lib, 7), _new(lib, 8)
        with lib.catalog.transaction():
            lib.catalog.offers.put(a, CaptionOffer("sidecar", "/in/a.xmp", caption="first"), AT)
            lib.catalog.offers.put(a, CaptionOffer("sidecar", "/in/a.xmp", caption="second", people=["רון"]), AT)
            doubt = Doubt("Haim Zch", "GPO", "Haim Zach", None, 0.8, "close")
            lib.catalog.log.queue(a, doubt, AT)
            lib.catalog.log.queue(a, Doubt("Haim Zch", "GPO", "Haim Zach", None, 0.85, "closer"), AT, update=True)
            pair = DupePair(a, b, "phash", 4, True, "orb", 120, 0.98, 0.99, None)
            lib.catalog.dupes.record(pair, AT)
            lib.catalog.dupes.record(DupePair(a, b, "phash", 4, False, "orb", 3, None, None, "few inliers"), AT)
        offers = lib.catalog.offers.of(a)
        assert [(o.caption, o.people) for o in offers] == [("second", ["רון"])]
        reviews = lib.catalog.log.open_reviews()
        assert [(r.written, r.score, r.reason) for r in reviews] == [("Haim Zch", 0.85, "closer")]
        assert lib.catalog.dupes.decided(b, a) and lib.catalog.dupes.same() == []
    finally:
        lib.close()


def test_settings_remember_the_store(library: Path) -> None:
    lib = open_library(library, create=True)
    try:
        with lib.catalog.transaction():
            lib.catalog.settings.put("store_url", "s3://photos/desk")
            lib.catalog.settings.put("store_url", "s3://photos/newsroom")
        assert lib.catalog.settings.get("store_url") == "s3://photos/newsroom"
        assert lib.catalog.settings.get("nothing") is None
    finally:
        lib.close()


def test_a_rolled_back_transaction_leaves_nothing(library: Path) -> None:
    lib = open_library(library, create=True)
    try:
        with pytest.raises(RuntimeError), lib.catalog.transaction():
            lib.catalog.assets.insert_new(_asset(9), ingested_at=AT, batch_id=None)
            with lib.catalog.transaction():  # a savepoint inside
                lib.catalog.settings.put("k", "v")
            raise RuntimeError("stop")
        assert lib.catalog.assets.count() == 0 and lib.catalog.settings.get("k") is None
    finally:
        lib.close()
    assert query(library, "SELECT count(*) FROM assets") == [(0,)]


def test_the_hash_journal_misses_no_change_committed_out_of_order(library: Path, engine: str) -> None:
    """Two writers: the one that journaled first commits last. A reader between the commits must still find
    the first writer's change after it commits (on PostgreSQL seq order is not commit order)."""
    from catalog.model import Hashes

    lib = open_library(library, create=True)
    other = open_library(library)
    try:
        a, b = _new(lib, 10), _new(lib, 11)
        hashes = Hashes("0" * 16, "0" * 16, "0" * 16, [], (0.0, 0.0, 1.0, 1.0), False, "d")
        start, _ = lib.catalog.journal.last()
        if engine == POSTGRESQL:
            lib.catalog._conn.execute("BEGIN")
            lib.catalog.assets.set_hashes(a, hashes)  # journaled first, committed last
            with other.catalog.transaction():
                other.catalog.assets.set_hashes(b, hashes)
            seen, _ = other.catalog.journal.last()
            assert other.catalog.journal.changed_since(start, seen) in ([b], [a, b])
            lib.catalog._conn.execute("COMMIT")
        else:
            with lib.catalog.transaction():
                lib.catalog.assets.set_hashes(a, hashes)
            with other.catalog.transaction():
                other.catalog.assets.set_hashes(b, hashes)
            seen = start
        top, _ = other.catalog.journal.last()
        assert a in other.catalog.journal.changed_since(seen, top)
        assert other.catalog.journal.asset_at(top) is not None
    finally:
        other.close()
        lib.close()
