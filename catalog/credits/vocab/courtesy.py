"""'Courtesy of' in each language, before the source or, where the language puts it last, after it."""

from __future__ import annotations

__all__ = [
    "COURTESY_LEAD",
    "COURTESY_TAILS",
]

# fmt: off
# Before the source, meaning 'courtesy of' ('Courtesy of', 'באדיבות', 'dzięki uprzejmości').
COURTESY_LEAD: dict[str, tuple[str, ...]] = {
    "th": (
        "ภาพจาก",
    ),
    "bn": (
        "সৌজন্যে",
    ),
    "hi": (
        "साभार",
    ),
    "tl": (
        "sa kagandahang-loob ng",
    ),
    "sw": (
        "kwa hisani ya",
    ),
    "ms": (
        "ihsan", "gambar ihsan",
    ),
    "en": (
        "courtesy of", "courtesy", "photo courtesy of", "photo courtesy", "image courtesy of", "picture courtesy of",
        "by courtesy of", "by kind permission of", "with the permission of",
    ),
    "fr": (
        "avec l'aimable autorisation de", "avec l'aimable autorisation du", "avec l'aimable autorisation des",
        "avec l'autorisation de", "gracieuseté de", "gracieuseté", "courtoisie de", "courtoisie",
    ),
    "de": (
        "mit freundlicher genehmigung von", "mit freundlicher genehmigung der", "mit freundlicher genehmigung des",
        "mit freundlicher genehmigung", "zur verfügung gestellt von",
    ),
    "es": (
        "cortesía de", "cortesía", "por cortesía de", "gentileza de", "gentileza", "cedida por",
    ),
    "pt": (
        "cortesia de", "cortesia", "por cortesia de", "gentileza de", "cedida por",
    ),
    "it": (
        "per gentile concessione di", "per gentile concessione del", "per gentile concessione della",
        "per gentile concessione dell'", "per gentile concessione", "su concessione di", "cortesia di",
    ),
    "nl": (
        "met dank aan", "met toestemming van", "beschikbaar gesteld door",
    ),
    "pl": (
        "dzięki uprzejmości", "za zgodą", "udostępnione przez",
    ),
    "cs": (
        "se svolením", "s laskavým svolením", "poskytl", "poskytla", "poskytnuto",
    ),
    "sk": (
        "so súhlasom", "s láskavým dovolením", "poskytol", "poskytla",
    ),
    "ro": (
        "cu acordul", "prin amabilitatea", "cu amabilitatea", "cu permisiunea",
    ),
    "sv": (
        "med tillstånd av", "med tillstånd från",
    ),
    "no": (
        "med tillatelse fra", "utlånt av",
    ),
    "da": (
        "med tilladelse fra", "udlånt af",
    ),
    "el": (
        "ευγενική παραχώρηση", "με την ευγενική παραχώρηση",
    ),
    "ru": (
        "предоставлено", "предоставлена", "фото предоставлено", "любезно предоставлено", "с разрешения",
    ),
    "uk": (
        "надано", "надана", "фото надано", "люб'язно надано", "з дозволу",
    ),
    "bg": (
        "с любезното съдействие на", "предоставена от", "предоставена",
    ),
    "sr": (
        "ljubaznošću", "ustupljeno", "љубазношћу", "уступљено",
    ),
    "hr": (
        "ljubaznošću", "ustupljeno", "uz dopuštenje",
    ),
    "he": (
        "באדיבות", "צילום באדיבות",
    ),
    "ar": (
        "بإذن من", "مقدمة من", "بإذن",
    ),
    "id": (
        "atas izin", "courtesy",
    ),
}

# After the source, meaning 'courtesy of', in languages that put it last ('X jóvoltából').
COURTESY_TAILS: dict[str, tuple[str, ...]] = {
    "hu": (
        "jóvoltából", "engedélyével",
    ),
}
# fmt: on
