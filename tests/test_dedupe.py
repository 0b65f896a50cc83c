"""Perceptual dedupe: copies grouped with their original, distinct pictures (hard negatives too) kept apart."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance, ImageOps

from catalog.dupes.hashing import REGIONS, SLOTS, compute
from catalog.dupes.neighbors import HashIndex
from catalog.model import Hashes

from .helpers import DATA, exiftool, run, run_json


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
    pairs = sqlite3.connect(library / "library.db").execute("SELECT method FROM dupe_pairs WHERE same = 1").fetchall()
    assert pairs == [("pixels-identical",)]


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
    run_json("ingest", str(tmp_path / "first"))
    copy = save(real("osprey.jpg").resize((240, 135)), tmp_path / "second" / "small.jpg", quality=70)
    result = run("ingest", str(tmp_path / "second"), "--on-duplicate", "skip", "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["duplicate"] == 1 and summary["files"][0]["status"] == "duplicate"
    assert summary["files"][0]["asset_id"] == 1
    assert len(run_json("ls")) == 1
    stored = [p for p in (library / "assets" / "originals").rglob("*") if p.is_file()]
    assert len(stored) == 1
    assert str(copy.absolute()) in run_json("show", "1")["source_paths"]  # seen, and where


def test_keep_leaves_the_keeper_and_replace_promotes_a_better_copy(tmp_path: Path, monkeypatch) -> None:
    small = save(real("lake.jpg").reduce(2), tmp_path / "a" / "small.jpg", quality=90)
    big = save(real("lake.jpg"), tmp_path / "b" / "big.jpg", quality=90)
    run_json("ingest", str(small))
    kept = run_json("ingest", str(big))
    assert kept["copies"][0]["duplicate_of"] == 1  # keep: the keeper stays
    monkeypatch.setenv("PHOTODESK_LIBRARY", str(tmp_path / "lib2"))
    run_json("ingest", str(small))
    replaced = run_json("ingest", str(big), "--on-duplicate", "replace")
    assert run_json("show", "1")["duplicate_of"] == 2  # the bigger copy is the keeper now
    assert replaced["copies"][0]["duplicate_of"] == 2


def test_a_copy_bringing_a_caption_is_reported_and_merged_onto_its_keeper(tmp_path: Path) -> None:
    save(real("wren.jpg"), tmp_path / "k" / "wren.jpg", quality=95)
    run_json("ingest", str(tmp_path / "k"))
    copy = save(real("wren.jpg").reduce(2), tmp_path / "c" / "wren-small.jpg", quality=80)
    exiftool(copy, "-XMP-dc:Description=A canyon wren on a rock (Budgie backgrounds/Handout)")
    result = run("ingest", str(copy))
    assert "copy: asset 2 is a copy of asset 1" in result.stderr and "caption its keeper lacks" in result.stderr
    merged = run_json("dupes", "merge", "2")
    assert {c["field"] for c in merged["carried"]} >= {"caption"}
    keeper = run_json("show", "1")
    assert keeper["caption"] == "A canyon wren on a rock"
    assert keeper["corrections"][-1]["rule"] == "dupes-merge"


def test_dupes_scan_hashes_an_older_library_and_regroups(mixed_batch: Path, library: Path) -> None:
    run_json("ingest", str(mixed_batch / "casa"))
    conn = sqlite3.connect(library / "library.db")
    conn.execute("UPDATE assets SET phash = NULL, duplicate_of = NULL")
    conn.execute("DELETE FROM dupe_pairs")
    conn.commit()
    conn.close()
    assert run_json("dupes") == []
    report = run_json("dupes", "scan")
    assert report["hashed"] == 4 and report["groups"] == 1
    assert len(run_json("dupes")[0]["members"]) == 4


def test_index_lookup_is_vectorised_and_finds_near_hashes() -> None:
    rng = np.random.default_rng(5)
    index = HashIndex()
    blank = ["0" * 16] * SLOTS
    for i in range(20_000):
        value = f"{int(rng.integers(0, 2**63)):016x}"
        index.add(i, Hashes(value, value, value, blank))
    target = index.candidates(Hashes("00000000000000ff", "00000000000000ff", "ffff000000000000", blank))
    assert len(REGIONS) + 1 == SLOTS
    near = [c for c in target if c.via == "region"]
    assert near  # a picture whose regions hash to zero is within 8 bits of a region of every other
    assert len(target) <= 24


def test_hashes_survive_recompression_and_are_hex(tmp_path: Path) -> None:
    osprey = real("osprey.jpg")
    buf = io.BytesIO()
    osprey.save(buf, "JPEG", quality=30)
    a, b = compute(osprey), compute(Image.open(buf).convert("RGB"))
    assert len(a.phash) == 16 and int(a.phash, 16) >= 0
    assert (int(a.phash, 16) ^ int(b.phash, 16)).bit_count() <= 6
