"""The languages the vocabulary covers, and the phrases whose case matters in any concept."""

from __future__ import annotations

__all__ = [
    "CASE_SENSITIVE",
    "LANGUAGES",
]

# fmt: off
# The languages the vocabulary covers (ISO 639-1); 'sr' holds Serbian in Latin and Cyrillic script.
LANGUAGES: tuple[str, ...] = (
    "en", "fr", "de", "es", "pt", "it", "nl", "pl", "cs", "sk", "hu", "ro", "sv", "no", "da", "fi", "el", "tr", "ru",
    "uk", "bg", "sr", "hr", "he", "ar", "fa", "zh", "ja", "ko", "id", "vi", "hi", "ms",
    "th", "bn", "ur", "sw", "tl", "et", "lv", "lt", "sl", "is",
)

# Phrases whose case matters: compile them case-sensitively ('STR', not 'str.'; 'AS', not 'as').
CASE_SENSITIVE: frozenset[str] = frozenset(
    (
        "AB", "AG", "AS", "ASA", "ApS", "DR", "HO", "KG", "Oy", "PT", "SA", "SAS", "STR", "АД", "АО", "АТ", "ПАТ",
        "ТОВ",
    )
)
# fmt: on
