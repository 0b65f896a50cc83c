"""Perceptual dedupe: copies grouped with their original, distinct pictures (hard negatives too) kept apart."""

from __future__ import annotations

import io
import json
import random
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import imagehash
import pytest
from PIL import Image, ImageDraw, ImageEnhance, ImageOps

from catalog.dupes.hashing import HASH_BASE, REGIONS, SLOTS, WORK_SIZE, compute, distance
from catalog.dupes.neighbors import DEFAULT_CANDIDATES, Candidate, HashIndex
from catalog.model import Hashes
from catalog.storage import THUMBS

from .engines import execute, query
from .helpers import DATA, exiftool, run, run_json
from .stores import remove, stored_keys


def real(name: str) -> Image.Image:
    with Image.open(DATA / name) as im:
        return im.convert("RGB")


def save(image: Image.Image, path: Path, **kw: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, **kw)
    return path


def transformed(image: Image.Image) -> dict[str, Image.Image]:
    w, h = image.size
    logo = image.copy()
    ImageDraw.Draw(logo).ellipse((w - w // 6, h - h // 6, w - 8, h - 8), fill=(255, 255, 255))
    return {
        "resized.jpg": image.resize((w // 2, h // 2), Image.Resampling.LANCZOS),
        "recompressed.jpg": image,
        "cropped.jpg": image.crop((int(w * 0.06), int(h * 0.02), int(w * 0.96), int(h * 0.92))),
        "gray.jpg": image.convert("L").convert("RGB"),
        "brighter.jpg": ImageEnhance.Brightness(image).enhance(1.2),
        "mirrored.jpg": ImageOps.mirror(image),
        "framed.png": ImageOps.expand(image, border=(40, 60), fill=(0, 0, 0)),
        "watermarked.jpg": logo,
    }


@pytest.fixture
def mixed_batch(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    save(real("osprey.jpg"), folder / "osprey" / "original.jpg", quality=95)
    save(real("casa-mila.jpg"), folder / "casa" / "original.jpg", quality=95)
    save(real("wren.jpg"), folder / "wren.jpg", quality=95)
    for name, image in transformed(real("osprey.jpg")).items():
        save(image, folder / "osprey" / name, **({"quality": 40} if name.endswith(".jpg") else {}))
    for name in ("resized.jpg", "cropped.jpg", "mirrored.jpg"):
        save(transformed(real("casa-mila.jpg"))[name], folder / "casa" / name, quality=80)
    return folder


def test_a_batch_of_originals_and_copies_groups_each_copy_with_its_original(mixed_batch: Path) -> None:
    summary = run_json("ingest", str(mixed_batch))
    assert summary["new"] == 14 and summary["failed"] == 0
    assets = {
        str(Path(f["path"]).relative_to(mixed_batch)): run_json("show", str(f["asset_id"])) for f in summary["files"]
    }
    osprey, casa, wren = assets["osprey/original.jpg"], assets["casa/original.jpg"], assets["wren.jpg"]
    assert osprey["duplicate_of"] is None and casa["duplicate_of"] is None and wren["duplicate_of"] is None
    for name, asset in assets.items():
        if name.startswith("osprey/") and asset is not osprey:
            assert asset["duplicate_of"] == osprey["id"], name
        if name.startswith("casa/") and asset is not casa:
            assert asset["duplicate_of"] == casa["id"], name
    groups = run_json("dupes")
    assert sorted(len(g["members"]) for g in groups) == [4, 9]
    assert {g["keeper"] for g in groups} == {osprey["id"], casa["id"]}
    assert len(summary["copies"]) == 11


def test_overlapping_views_cut_from_one_photograph_are_not_copies(tmp_path: Path) -> None:
    lake = real("lake.jpg")
    w, h = lake.size
    save(lake.crop((0, 0, int(w * 0.62), h)), tmp_path / "views" / "left.jpg", quality=90)
    save(lake.crop((int(w * 0.38), 0, w, h)), tmp_path / "views" / "right.jpg", quality=90)
    save(lake.crop((0, 0, w, int(h * 0.6))), tmp_path / "views" / "top.jpg", quality=90)
    save(lake.crop((0, int(h * 0.4), w, h)), tmp_path / "views" / "bottom.jpg", quality=90)
    summary = run_json("ingest", str(tmp_path / "views"))
    assert summary["copies"] == [] and run_json("dupes") == []


def test_flat_pictures_are_not_grouped_by_their_colliding_hashes(tmp_path: Path) -> None:
    folder = tmp_path / "flat"
    save(Image.new("RGB", (400, 300), (40, 90, 200)), folder / "blue.jpg", quality=90)
    save(Image.new("RGB", (400, 300), (60, 100, 180)), folder / "other-blue.jpg", quality=90)
    save(Image.new("RGB", (300, 400), (40, 90, 200)), folder / "blue-portrait.jpg", quality=90)
    save(Image.linear_gradient("L").resize((400, 300)).convert("RGB"), folder / "gradient.jpg", quality=90)
    summary = run_json("ingest", str(folder))
    assert summary["copies"] == []


def test_pixel_identical_files_with_other_metadata_are_grouped(tmp_path: Path, library: Path) -> None:
    a = save(real("wren.jpg"), tmp_path / "same" / "a.jpg", quality=90)
    b = tmp_path / "same" / "b.jpg"
    b.write_bytes(a.read_bytes())
    exiftool(b, "-XMP-dc:Description=A canyon wren", "-XMP-photoshop:Credit=Handout")
    summary = run_json("ingest", str(tmp_path / "same"))
    assert summary["new"] == 2
    assert query(library, "SELECT method FROM dupe_pairs WHERE same = 1") == [("pixels-identical",)]


def test_a_copy_of_a_picture_whose_thumbnail_is_lost_is_left_pending_and_grouped_after_repair(
    tmp_path: Path, library: Path
) -> None:
    save(real("osprey.jpg"), tmp_path / "first" / "osprey.jpg", quality=95)
    [first] = run_json("ingest", str(tmp_path / "first"))["files"]
    thumb = run_json("show", str(first["asset_id"]))["thumbnail"]
    remove(library, thumb)
    save(real("osprey.jpg").resize((480, 270)), tmp_path / "second" / "small.jpg", quality=70)
    summary = run_json("ingest", str(tmp_path / "second"))  # not a crash, and no guess either way
    assert summary["new"] == 1 and summary["copies"] == []
    copy = summary["files"][0]["asset_id"]
    checked = json.loads(run("check", "--json").stdout)
    assert f"asset {copy}: not looked up for copies yet" in checked["pending"]
    run("check", "--repair")
    assert thumb in stored_keys(library, THUMBS)
    assert run_json("show", str(copy))["duplicate_of"] == first["asset_id"]


def test_exif_orientation_is_applied_before_hashing(tmp_path: Path) -> None:
    osprey = real("osprey.jpg")
    save(osprey, tmp_path / "o" / "upright.jpg", quality=92)
    exif = Image.Exif()
    exif[0x0112] = 8  # stored rotated 90 degrees clockwise, displayed upright
    save(osprey.transpose(Image.Transpose.ROTATE_270), tmp_path / "o" / "sideways.jpg", quality=92, exif=exif.tobytes())
    summary = run_json("ingest", str(tmp_path / "o"))
    assert len(summary["copies"]) == 1


def test_on_duplicate_skip_records_the_copy_but_stores_no_bytes(tmp_path: Path, library: Path) -> None:
    save(real("osprey.jpg"), tmp_path / "first" / "osprey.jpg", quality=95)
    [first] = run_json("ingest", str(tmp_path / "first"))["files"]
    copy = save(real("osprey.jpg").resize((240, 135)), tmp_path / "second" / "small.jpg", quality=70)
    result = run("ingest", str(tmp_path / "second"), "--on-duplicate", "skip", "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["duplicate"] == 1 and summary["files"][0]["status"] == "duplicate"
    assert summary["files"][0]["asset_id"] == first["asset_id"]
    assert len(run_json("ls")) == 1
    assert len(stored_keys(library)) == 1
    assert str(copy.absolute()) in run_json("show", str(first["asset_id"]))["source_paths"]  # seen, and where


def test_keep_leaves_the_keeper_and_replace_promotes_a_better_copy(
    tmp_path: Path, new_library: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    small = save(real("lake.jpg").reduce(2), tmp_path / "a" / "small.jpg", quality=90)
    big = save(real("lake.jpg"), tmp_path / "b" / "big.jpg", quality=90)
    [first] = run_json("ingest", str(small))["files"]
    kept = run_json("ingest", str(big))
    assert kept["copies"][0]["duplicate_of"] == first["asset_id"]  # keep: the keeper stays
    monkeypatch.setenv("PHOTODESK_LIBRARY", str(new_library("lib2")))
    [first] = run_json("ingest", str(small))["files"]
    replaced = run_json("ingest", str(big), "--on-duplicate", "replace")
    [bigger] = replaced["files"]
    assert run_json("show", str(first["asset_id"]))["duplicate_of"] == bigger["asset_id"]  # the keeper now
    assert replaced["copies"][0]["duplicate_of"] == bigger["asset_id"]


def test_a_copy_bringing_a_caption_is_reported_and_merged_onto_its_keeper(tmp_path: Path) -> None:
    save(real("wren.jpg"), tmp_path / "k" / "wren.jpg", quality=95)
    [first] = run_json("ingest", str(tmp_path / "k"))["files"]
    copy = save(real("wren.jpg").reduce(2), tmp_path / "c" / "wren-small.jpg", quality=80)
    exiftool(copy, "-XMP-dc:Description=A canyon wren on a rock (Budgie backgrounds/Handout)")
    result = run("ingest", str(copy), "--json")
    [second] = json.loads(result.stdout)["files"]
    keeper_id, copy_id = first["asset_id"], second["asset_id"]
    assert f"copy: asset {copy_id} is a copy of asset {keeper_id}" in result.stderr
    assert "caption its keeper lacks" in result.stderr
    merged = run_json("dupes", "merge", str(copy_id))
    assert {c["field"] for c in merged["carried"]} >= {"caption"}
    keeper = run_json("show", str(keeper_id))
    assert keeper["caption"] == "A canyon wren on a rock"
    assert keeper["corrections"][-1]["rule"] == "dupes-merge"


def test_dupes_scan_hashes_an_older_library_and_regroups(mixed_batch: Path, library: Path) -> None:
    run_json("ingest", str(mixed_batch / "casa"))
    execute(library, "UPDATE assets SET phash = NULL, duplicate_of = NULL")
    execute(library, "DELETE FROM dupe_pairs")
    assert run_json("dupes") == []
    report = run_json("dupes", "scan")
    assert report["hashed"] == 4 and report["groups"] == 1
    assert len(run_json("dupes")[0]["members"]) == 4


def _near(value: int, bits: int, rng: random.Random) -> str:
    """``value`` with exactly ``bits`` of its 64 bits flipped, as 16 hex digits: a hash at a known distance."""
    for bit in rng.sample(range(64), bits):
        value ^= 1 << bit
    return f"{value:016x}"


def _every_candidate(entries: dict[int, Hashes], target: Hashes) -> list[Candidate]:
    """The lookup done the slow way, pair by pair with ``distance``: what the vectorised index must agree with."""
    t = DEFAULT_CANDIDATES
    out = []
    for aid, h in entries.items():
        d_p, d_d = distance(h.phash, target.phash), distance(h.dhash, target.dhash)
        routes = [
            ("phash", d_p, d_p <= t.phash),
            ("phash+dhash", d_p, t.phash < d_p <= t.loose_phash and d_d <= t.loose_dhash),
            ("mirror", distance(h.phash_mirror, target.phash), None),
            ("region", min(distance(r, target.phash) for r in h.regions), None),
            ("region", min(distance(h.phash, r) for r in target.regions), None),
        ]
        limits = {"mirror": t.mirror, "region": t.region}
        taken = [(d, via) for via, d, ok in routes if (ok if ok is not None else d <= limits[via])]
        if taken:
            best = min(d for d, _ in taken)
            out.append(Candidate(aid, next(via for d, via in taken if d == best), best))
    return sorted(out, key=lambda c: (c.distance, c.asset_id))[: t.max_candidates]


def test_index_lookup_finds_exactly_the_near_hashes_by_each_route() -> None:
    """20,000 random pictures and a few planted at known distances, one per route into the candidates (and two
    just out of reach): the vectorised lookup finds exactly what a pair-by-pair scan finds."""
    rng = random.Random(5)

    def rand() -> str:
        return f"{rng.getrandbits(64):016x}"

    def picture() -> Hashes:
        return Hashes(rand(), rand(), rand(), [rand() for _ in range(SLOTS)])

    entries = {i: picture() for i in range(20_000)}
    target = picture()
    p, d = int(target.phash, 16), int(target.dhash, 16)
    planted = {
        100_001: ("phash", replace(picture(), phash=_near(p, 5, rng))),
        100_002: ("phash+dhash", replace(picture(), phash=_near(p, 18, rng), dhash=_near(d, 10, rng))),
        100_003: ("mirror", replace(picture(), phash_mirror=_near(p, 7, rng))),
        100_004: (
            "region",
            replace(picture(), regions=[rand(), rand(), _near(p, 9, rng), *(rand() for _ in range(SLOTS - 3))]),
        ),
        100_005: ("region", replace(picture(), phash=_near(int(target.regions[7], 16), 3, rng))),
        100_006: (None, replace(picture(), phash=_near(p, 18, rng))),  # loosely close, but dHash disagrees
        100_007: (None, replace(picture(), regions=[_near(p, 16, rng)] * SLOTS)),  # a region 16 bits away
    }
    entries.update({aid: h for aid, (_, h) in planted.items()})
    index = HashIndex()
    for aid, h in entries.items():
        index.add(aid, h)
    assert len(REGIONS) + 1 == SLOTS
    found = index.candidates(target)
    assert found == _every_candidate(entries, target)
    via = {c.asset_id: c.via for c in found}
    assert {aid: via.get(aid) for aid in planted} == {aid: route for aid, (route, _) in planted.items()}
    assert index.candidates(target, exclude=100_001) == [c for c in found if c.asset_id != 100_001]


def test_hashes_survive_recompression_and_are_hex(tmp_path: Path) -> None:
    osprey = real("osprey.jpg")
    buf = io.BytesIO()
    osprey.save(buf, "JPEG", quality=30)
    a, b = compute(osprey), compute(Image.open(buf).convert("RGB"))
    assert max(osprey.size) <= WORK_SIZE and a.trim == (0.0, 0.0, 1.0, 1.0)  # hashed as it is: no resize, no trim
    small = osprey.convert("L")
    small.thumbnail((HASH_BASE, HASH_BASE), Image.Resampling.BOX, reducing_gap=None)
    assert (a.phash, a.dhash, a.phash_mirror) == (
        str(imagehash.phash(small)),
        str(imagehash.dhash(small)),
        str(imagehash.phash(ImageOps.mirror(small))),
    )
    assert all(re.fullmatch("[0-9a-f]{16}", h) for h in (a.phash, a.dhash, a.phash_mirror, *a.regions))
    assert len(a.regions) == SLOTS and len(set(a.regions)) > 1
    assert (int(a.phash, 16) ^ int(b.phash, 16)).bit_count() <= 6
