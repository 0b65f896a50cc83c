"""Text as every part of photodesk compares it: one normal form, and the folded keys names and organisations
are matched by. Pure: no library, no storage."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD = re.compile(r"[\s.\-_'’\"״׳]+")
_DIGITS = re.compile(r"(\d+)")


def normalize(text: str) -> str:
    """NFC, no NULs, no surrounding white space: the form every comparison and match uses."""
    return unicodedata.normalize("NFC", text.replace("\x00", "")).strip()


def name_key(name: str) -> str:
    """Comparison key of a person's name: NFKD without accents, case-folded, hyphens as spaces, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("-", " ").replace("’", "'").split())


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Comparison key of an organisation or a word: case, accents, spacing and punctuation folded (``FLASH 90`` ==
    ``flash90``). Cached: a batch folds the same agencies and words over and over."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _FOLD.sub("", stripped)


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that compares runs of digits as numbers and the rest case-insensitively."""
    parts = _DIGITS.split(name)
    return tuple((0, int(p)) if p.isdigit() else (1, p.casefold()) for p in parts if p)
