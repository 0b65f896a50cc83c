"""When an arriving file is ready: the settler's rules on a clock the test holds, and the format checks on real
pictures cut short at every length."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from catalog.watch.complete import ends_where_it_says, is_temporary
from catalog.watch.settle import Settler, Stat

from .helpers import photo

T0 = 1_800_000_000.0  # the test's clock: seconds since the epoch


def stat(size: int, at: float) -> Stat:
    return Stat(size, int(at * 1e9))


def settler(**kw: float) -> Settler:
    return Settler(complete=lambda path: True, **kw)


def ready_names(s: Settler, now: float) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(r.picture.name, tuple(p.name for p in r.sidecars), r.again) for r in s.ready(now)]


@pytest.mark.parametrize(
    "name",
    [
        "a.jpg.part",
        "a.jpg.filepart",
        "a.jpg.crdownload",
        "a.jpg.partial",
        "a.jpg~",
        ".a.jpg.Xq3f9",
        "~$a.jpg",
        "A.JPG.PART",
    ],
)
def test_temporary_names_are_never_ready(name: str) -> None:
    assert is_temporary(Path(name))
    s = settler()
    s.observe(Path("/drop") / name, stat(1000, T0 - 60), T0)
    s.observe(Path("/drop") / name, stat(1000, T0 - 60), T0 + 5)
    assert s.ready(T0 + 10) == []


@pytest.mark.parametrize("name", ["a.jpg", "report.final.jpg", "partner.jpg", "IMG_0001.JPG", "שלום.jpg"])
def test_final_names_are_not_temporary(name: str) -> None:
    assert not is_temporary(Path(name))


def test_a_growing_file_waits_until_it_has_been_still_for_the_settle_time() -> None:
    s = settler(settle=1.0, pair_wait=0)
    path = Path("/drop/a.jpg")
    for i in range(5):  # a chunk every 0.5 s: never still for a whole second
        s.observe(path, stat(1000 * (i + 1), T0 + i * 0.5), T0 + i * 0.5)
        assert s.ready(T0 + i * 0.5) == []
    s.observe(path, stat(5000, T0 + 2.0), T0 + 2.5)
    assert s.ready(T0 + 2.9) == []
    s.observe(path, stat(5000, T0 + 2.0), T0 + 3.1)
    assert ready_names(s, T0 + 3.1) == [("a.jpg", (), False)]
    assert s.ready(T0 + 10) == []  # handed on once


def test_a_file_renamed_into_place_after_its_transfer_is_ready_on_the_second_look() -> None:
    s = settler(settle=1.0, pair_wait=0)
    path = Path("/drop/a.jpg")
    s.observe(path, stat(5000, T0 - 30), T0)  # written half a minute ago, under a temporary name
    assert s.ready(T0) == []  # one look is not enough: a clock apart could make a live file look old
    s.observe(path, stat(5000, T0 - 30), T0 + 0.25)
    assert ready_names(s, T0 + 0.25) == [("a.jpg", (), False)]


def test_an_old_looking_file_that_grows_between_looks_is_waited_for() -> None:
    s = settler(settle=1.0, pair_wait=0)
    path = Path("/drop/a.jpg")
    s.observe(path, stat(5000, T0 - 30), T0)  # a share's clock behind ours: the file looks old
    s.observe(path, stat(9000, T0 - 29.7), T0 + 0.3)  # but it grew
    assert s.ready(T0 + 0.6) == []
    s.observe(path, stat(9000, T0 - 29.7), T0 + 1.4)
    assert ready_names(s, T0 + 1.4) == [("a.jpg", (), False)]


def test_a_picture_whose_end_is_missing_waits_then_goes_to_ingest_after_the_give_up_time() -> None:
    s = Settler(settle=1.0, pair_wait=0, give_up=30.0, complete=lambda path: False)
    path = Path("/drop/a.jpg")
    s.observe(path, stat(5000, T0), T0)
    for t in (2.0, 10.0, 29.0):
        s.observe(path, stat(5000, T0), T0 + t)
        assert s.ready(T0 + t) == []
    assert ready_names(s, T0 + 31) == [("a.jpg", (), False)]


def test_a_sidecar_sent_before_its_picture_is_read_with_it() -> None:
    s = settler(settle=1.0, pair_wait=5.0)
    s.observe(Path("/drop/a.TXT"), stat(40, T0 - 60), T0)
    s.observe(Path("/drop/A.jpg"), stat(5000, T0 - 60), T0 + 0.3)
    s.observe(Path("/drop/a.TXT"), stat(40, T0 - 60), T0 + 0.6)
    s.observe(Path("/drop/A.jpg"), stat(5000, T0 - 60), T0 + 0.6)
    assert ready_names(s, T0 + 0.6) == [("A.jpg", ("a.TXT",), False)]  # no pair wait: its sidecar is there
    assert s.waiting() == []


def test_a_sidecar_sent_a_moment_after_its_picture_is_read_with_it() -> None:
    s = settler(settle=1.0, pair_wait=2.0)
    picture, sidecar = Path("/drop/a.jpg"), Path("/drop/a.jpg.xmp")
    s.observe(picture, stat(5000, T0), T0)
    s.observe(picture, stat(5000, T0), T0 + 1.2)
    assert s.ready(T0 + 1.2) == []  # still, but waiting for a sidecar
    s.observe(sidecar, stat(900, T0 + 1.5), T0 + 1.5)
    s.observe(picture, stat(5000, T0), T0 + 1.9)
    assert s.ready(T0 + 1.9) == []  # its sidecar is still being written
    s.observe(sidecar, stat(900, T0 + 1.5), T0 + 2.6)
    assert ready_names(s, T0 + 2.6) == [("a.jpg", ("a.jpg.xmp",), False)]


def test_a_sidecar_that_comes_after_its_picture_was_ingested_brings_the_picture_again() -> None:
    s = settler(settle=1.0, pair_wait=1.0)
    picture, sidecar = Path("/drop/a.jpg"), Path("/drop/a.txt")
    s.observe(picture, stat(5000, T0 - 60), T0)
    s.observe(picture, stat(5000, T0 - 60), T0 + 1.0)
    assert ready_names(s, T0 + 1.0) == [("a.jpg", (), False)]
    s.observe(sidecar, stat(40, T0 + 20), T0 + 20)
    s.observe(sidecar, stat(40, T0 + 20), T0 + 21.5)
    assert ready_names(s, T0 + 21.5) == [("a.jpg", ("a.txt",), True)]
    assert s.ready(T0 + 40) == []


def test_a_sidecar_whose_picture_never_comes_waits_and_is_named() -> None:
    s = settler()
    s.observe(Path("/drop/lost.txt"), stat(40, T0 - 60), T0)
    s.observe(Path("/drop/lost.txt"), stat(40, T0 - 60), T0 + 1)
    assert s.ready(T0 + 5) == []
    assert s.waiting() == [Path("/drop/lost.txt")]


def test_a_sidecar_in_another_folder_is_not_paired() -> None:
    s = settler(pair_wait=0)
    s.observe(Path("/drop/gpo/a.jpg"), stat(5000, T0 - 60), T0)
    s.observe(Path("/drop/ap/a.txt"), stat(40, T0 - 60), T0)
    s.observe(Path("/drop/gpo/a.jpg"), stat(5000, T0 - 60), T0 + 1)
    assert ready_names(s, T0 + 1) == [("a.jpg", (), False)]
    assert s.waiting() == [Path("/drop/ap/a.txt")]


def test_a_picture_rewritten_after_it_was_ingested_is_a_new_arrival_and_one_seen_before_is_not() -> None:
    s = settler(pair_wait=0)
    picture = Path("/drop/a.jpg")
    s.known(picture, stat(5000, T0 - 60))  # a watch before this one took it
    s.observe(picture, stat(5000, T0 - 60), T0)
    s.observe(picture, stat(5000, T0 - 60), T0 + 1)
    assert s.ready(T0 + 1) == []
    s.observe(picture, stat(7000, T0 + 2), T0 + 2)
    s.observe(picture, stat(7000, T0 + 2), T0 + 3.5)
    assert ready_names(s, T0 + 3.5) == [("a.jpg", (), False)]


def test_a_file_that_vanishes_before_it_settles_is_forgotten() -> None:
    s = settler(pair_wait=0)
    path = Path("/drop/a.jpg")
    s.observe(path, stat(5000, T0), T0)
    s.observe(path, None, T0 + 0.5)
    assert s.ready(T0 + 5) == []


# --- the formats' own ends ---------------------------------------------------------------------------------------


def jpeg_with_thumbnail(tmp_path: Path) -> bytes:
    """A JPEG whose EXIF holds a thumbnail: a whole JPEG, End Of Image and all, inside APP1."""
    thumb = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(thumb, "JPEG")
    exif = Image.Exif()
    exif[0x010E] = "Knesset plenum"
    path = photo(tmp_path / "full.jpg", size=(400, 300), fmt="JPEG", exif=exif.tobytes())
    data = path.read_bytes()
    # splice the thumbnail's bytes (with their FF D9) into an APP1-like comment segment right after SOI
    segment = b"\xff\xfe" + (len(thumb.getvalue()) + 2).to_bytes(2, "big") + thumb.getvalue()
    return data[:2] + segment + data[2:]


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_a_picture_cut_short_anywhere_is_not_complete_and_the_whole_one_is(tmp_path: Path, fmt: str) -> None:
    whole = photo(
        tmp_path / f"p.{fmt.lower()}", size=(300, 200), fmt=fmt, **({"progressive": True} if fmt == "JPEG" else {})
    )
    data = whole.read_bytes()
    assert ends_where_it_says(whole)
    cut = tmp_path / "cut"
    for length in sorted({*range(16, len(data), max(1, len(data) // 97)), len(data) - 1, len(data) - 2}):
        cut.write_bytes(data[:length])
        assert not ends_where_it_says(cut), f"{fmt} cut at {length} of {len(data)} bytes taken as complete"


def test_a_jpeg_cut_after_the_end_of_its_embedded_thumbnail_is_not_complete(tmp_path: Path) -> None:
    data = jpeg_with_thumbnail(tmp_path)
    cut = tmp_path / "cut.jpg"
    first_end = data.index(b"\xff\xd9")  # the thumbnail's
    cut.write_bytes(data[: first_end + 200])
    assert not ends_where_it_says(cut)
    cut.write_bytes(data)
    assert ends_where_it_says(cut)


def test_a_jpeg_with_data_appended_after_its_end_is_complete(tmp_path: Path) -> None:
    """A phone's motion photo: a video appended after the picture's End Of Image."""
    path = photo(tmp_path / "motion.jpg", fmt="JPEG")
    path.write_bytes(path.read_bytes() + b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40)
    assert ends_where_it_says(path)


def test_files_whose_format_says_nothing_of_their_end_are_judged_by_stillness_alone(tmp_path: Path) -> None:
    tiff = photo(tmp_path / "a.tif", fmt="TIFF")
    text = tmp_path / "a.txt"
    text.write_text("caption", encoding="utf-8")
    assert ends_where_it_says(tiff) and ends_where_it_says(text)
    assert not ends_where_it_says(tmp_path / "missing.jpg")
