"""Text whose encoding nobody declared: IIM datasets, sidecars, caption sheets and articles.

A desk receives text from Windows spreadsheets (cp1252, or UTF-16 from "Unicode Text"), Israeli press offices
(cp1255 Hebrew with no marker), Notepad (UTF-16 with a BOM) and everything else (UTF-8, with or without a BOM).
One rule for all of it: a BOM says what it is; UTF-16 without a BOM shows itself by its NUL bytes; otherwise pure
ASCII is ASCII, valid UTF-8 is UTF-8, cp1255 when the non-ASCII bytes form whole Hebrew words, else cp1252.

Files are decoded strictly: text comes through intact or is refused (``UndecodableText``), never with U+FFFD in
place of what could not be read, and never as control characters (what binary data or a wrong guess yields).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# Longest first: the UTF-32 LE BOM begins with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
UTF16_SAMPLE = 4096
_WORDS = re.compile(rb"[A-Za-z\x80-\xff]+")


class UndecodableText(ValueError):
    """Bytes that are no text in any encoding photodesk reads; the message says where it went wrong."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    charset: str  # the codec used: ascii, utf-8, utf-16-le, utf-16-be, utf-32-le, utf-32-be, cp1255, cp1252


def decode_text_file(data: bytes) -> DecodedText:
    """The text of a sidecar, sheet or article, by the rule above; ``UndecodableText`` when it is none."""
    charset, body = _marked(data)
    try:
        text = body.decode(charset)
    except UnicodeDecodeError as e:
        where = e.start + len(data) - len(body)
        raise UndecodableText(
            f"not text in {_name(charset)}: byte 0x{body[e.start]:02X} at offset {where} "
            "(UTF-8, UTF-16, cp1255 Hebrew and cp1252 are read)"
        ) from e
    for offset, char in enumerate(text):
        if unicodedata.category(char) == "Cc" and char not in TEXT_CONTROLS:
            raise UndecodableText(
                f"not text: control character U+{ord(char):04X} at character {offset} (binary data, "
                f"or text in an encoding other than {_name(charset)})"
            )
    return DecodedText(text, charset)


def _marked(data: bytes) -> tuple[str, bytes]:
    """(codec, bytes without the BOM): what a BOM or a UTF-16 NUL pattern says, else ``guess_charset``."""
    for bom, charset in BOMS:
        if data.startswith(bom):
            return charset, data[len(bom) :]
    utf16 = _utf16_without_bom(data)
    return (utf16 or guess_charset(data)), data


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 of one script (Latin, Hebrew, Cyrillic) repeats a few high bytes (0x00 for ASCII, 0x05 for Hebrew,
    0x04 for Cyrillic) in every other position; 8-bit text has no NULs at all. One side holding NULs and at most
    four byte values, the other side no NUL, decides."""
    sample = data[:UTF16_SAMPLE]
    if len(sample) < 2 or len(data) % 2:
        return None
    for charset, high, low in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
        if 0 in high and 0 not in low and len(set(high)) <= 4:
            return charset
    return None


def _name(charset: str) -> str:
    return {"utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "ascii": "ASCII"}.get(charset, charset)


def guess_charset(data: bytes) -> str:
    """The codec of 8-bit text that declares none: ascii, utf-8, cp1255 (whole Hebrew words) or cp1252."""
    if data.isascii():
        return "ascii"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1255" if looks_hebrew(data) else "cp1252"
    if not _plausible(text) and _decodes(data, "cp1252"):
        return "cp1252"  # 'AÉ–.' in cp1252 is the valid UTF-8 of 'Aɖ.': an IPA letter inside a Latin word
    return "utf-8"


# Letters that valid UTF-8 of real text does not put where cp1252 accents and dashes put them: IPA letters,
# Syriac, Thaana and N'Ko (two-byte sequences of a cp1252 accented capital and a dash or quote) glued to a Latin
# letter ('JOSÉ–' in cp1252 reads 'JOSɖ' as UTF-8). Alone, or in words of their own, they are real text.
_UNLIKELY = re.compile(r"[A-Za-z][\u0250-\u02af\u0700-\u07ff]|[\u0250-\u02af\u0700-\u07ff][A-Za-z]")
# One word holding both ASCII letters and letters of Greek, Cyrillic, Hebrew or Arabic: mojibake, never a word.
_MIXED_WORD = re.compile(r"[A-Za-z][\u0370-\u06ff]|[\u0370-\u06ff][A-Za-z]")


def _plausible(text: str) -> bool:
    return not (_UNLIKELY.search(text) or _MIXED_WORD.search(text))


def _decodes(data: bytes, charset: str) -> bool:
    try:
        data.decode(charset)
    except UnicodeDecodeError:
        return False
    return True


def looks_hebrew(data: bytes) -> bool:
    """True when the non-ASCII bytes form whole words of cp1255 Hebrew letters.

    In cp1252 the same bytes (0xE0-0xFA) are accented Latin letters, but those sit inside words of ASCII letters
    ('café', 'Zürich'); Hebrew words are made only of high bytes.
    """
    hebrew_words = latin_words = 0
    for letters in _WORDS.findall(data):  # runs of letters: ';', '|', '/' and digits separate words too
        high = sum(1 for b in letters if b >= 0x80)
        if not high:
            continue
        if high == len(letters) and len(letters) >= 2 and all(0xC0 <= b <= 0xFA for b in letters):
            hebrew_words += 1
        else:
            latin_words += 1
    return hebrew_words > latin_words
