from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from catalog.media.iptc import choose_charset, decode_iim, digest_matches, iim_from_irb, parse_datasets


def dataset(record: int, number: int, data: bytes) -> bytes:
    return bytes([0x1C, record, number]) + len(data).to_bytes(2, "big") + data


def test_utf8_marker_decodes_hebrew_and_cyrillic() -> None:
    block = (
        dataset(1, 90, b"\x1b%G") + dataset(2, 120, "נתניהו במוסקבה".encode()) + dataset(2, 105, "Заголовок".encode())
    )
    iim = decode_iim(block)
    assert iim.fields["caption"] == "נתניהו במוסקבה"
    assert iim.fields["headline"] == "Заголовок"
    assert (iim.charset, iim.charset_declared) == ("utf-8", True)


def test_unmarked_cp1255_hebrew_is_recognised() -> None:
    text = 'ראש הממשלה בנימין נתניהו ורעייתו שרה (צילום: חיים צח/לע"מ)'
    iim = decode_iim(dataset(2, 120, text.encode("cp1255")))
    assert iim.charset == "cp1255"
    assert iim.fields["caption"] == text


def test_unmarked_cp1252_accents_stay_latin() -> None:
    text = "Café crème à Zürich, déjà vu — São Paulo"
    iim = decode_iim(dataset(2, 120, text.encode("cp1252")))
    assert iim.charset == "cp1252"
    assert iim.fields["caption"] == text


def test_unmarked_utf8_is_taken_as_utf8() -> None:
    iim = decode_iim(dataset(2, 80, "Алексей Дружинин".encode()))
    assert iim.fields["byline"] == ["Алексей Дружинин"]


def test_repeatable_datasets_become_lists_in_order() -> None:
    block = b"".join(dataset(2, 25, k.encode()) for k in ("Putin", "Netanyahu", "Moscow"))
    assert decode_iim(block).fields["keywords"] == ["Putin", "Netanyahu", "Moscow"]


def test_extended_length_dataset_is_read() -> None:
    body = ("long caption " * 3000).encode()
    block = bytes([0x1C, 2, 120, 0x80, 0x04]) + len(body).to_bytes(4, "big") + body
    assert parse_datasets(block) == [(2, 120, body)]


def test_damaged_block_keeps_what_came_before_the_damage() -> None:
    good = dataset(2, 110, b"GPO")
    broken = bytes([0x1C, 2, 120, 0x7F, 0xFF]) + b"short"
    assert decode_iim(good + broken).fields == {"credit": "GPO"}


def test_charset_choice_prefers_declared_marker() -> None:
    assert choose_charset(b"\x1b%G", [b"\xe0\xe1"]) == ("utf-8", True)


def test_irb_yields_iim_and_digest_and_digest_is_checked() -> None:
    iim = dataset(2, 120, b"caption")
    digest = hashlib.md5(iim).digest()

    def resource(rid: int, data: bytes) -> bytes:
        pad = b"\x00" if len(data) % 2 else b""
        return b"8BIM" + rid.to_bytes(2, "big") + b"\x00\x00" + len(data).to_bytes(4, "big") + data + pad

    irb = b"Photoshop 3.0\x00" + resource(0x0404, iim) + resource(0x0425, digest)
    found, stored = iim_from_irb(irb)
    assert found == iim
    assert digest_matches(iim, stored) is True
    assert digest_matches(iim + dataset(2, 5, b"x"), stored) is False
    assert digest_matches(iim, None) is None


@given(st.binary(max_size=2000))
def test_garbage_never_raises(data: bytes) -> None:
    decode_iim(data)
    iim_from_irb(data)


@given(st.lists(st.tuples(st.integers(1, 2), st.integers(0, 255), st.binary(max_size=80)), max_size=20))
def test_well_formed_datasets_round_trip(items: list[tuple[int, int, bytes]]) -> None:
    block = b"".join(dataset(r, n, d) for r, n, d in items)
    assert parse_datasets(block) == items


def test_a_value_that_contradicts_the_utf8_marker_is_read_by_its_own_codec_with_a_warning() -> None:
    """One editor appended cp1255 to a block declared UTF-8: the caption comes through, never as U+FFFD."""
    caption = "נתניהו במוסקבה"
    block = dataset(1, 90, b"\x1b%G") + dataset(2, 120, caption.encode("cp1255")) + dataset(2, 80, "Хаим".encode())
    iim = decode_iim(block)
    assert iim.fields["caption"] == caption and iim.fields["byline"] == ["Хаим"]
    assert any("caption" in w and "cp1255" in w for w in iim.warnings)
    assert not any("\ufffd" in str(v) for v in iim.fields.values())


def test_a_value_no_codec_reads_is_left_out_with_a_warning_not_garbled() -> None:
    block = dataset(1, 90, b"\x1b%G") + dataset(2, 120, b"Caption \x81\x8d\x90 end") + dataset(2, 105, b"Title")
    iim = decode_iim(block)
    assert "caption" not in iim.fields and iim.fields["headline"] == "Title"
    assert any("left out" in w for w in iim.warnings)
