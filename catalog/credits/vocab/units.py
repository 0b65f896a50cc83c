"""Press and spokesperson units around a body's name, dropped from it ('пресс-служба', 'Basın Bürosu')."""

from __future__ import annotations

__all__ = [
    "UNIT_HEADS",
    "UNIT_TAILS",
]

# fmt: off
# A press or spokesperson unit before the body's name, dropped ('пресс-служба Кремля' -> Кремля).
# Arabic attaches 'ل' to the body ('المكتب الإعلامي لحركة'): allow it as a prefix of the next word.
UNIT_HEADS: dict[str, tuple[str, ...]] = {
    "en": (
        "press service of", "press office of", "media office of", "spokesperson's unit of", "spokesperson's office of",
        "spokesman's office of", "press and information office of", "communications office of",
    ),
    "fr": (
        "service de presse", "service presse", "service de communication", "service communication",
        "cellule de communication",
    ),
    "de": (
        "pressestelle", "pressebüro", "presseamt", "pressestelle der", "pressestelle des",
    ),
    "es": (
        "oficina de prensa", "gabinete de prensa", "departamento de prensa", "servicio de prensa",
        "dirección de comunicación",
    ),
    "pt": (
        "assessoria de imprensa", "assessoria de comunicação", "gabinete de imprensa", "serviço de imprensa",
    ),
    "it": (
        "ufficio stampa", "servizio stampa", "ufficio comunicazione",
    ),
    "nl": (
        "persdienst", "persvoorlichting", "voorlichting", "afdeling communicatie",
    ),
    "pl": (
        "biuro prasowe", "dział prasowy", "rzecznik prasowy", "biuro rzecznika", "zespół prasowy",
    ),
    "cs": (
        "tiskové oddělení", "tiskový odbor", "tisková služba", "tiskové středisko",
    ),
    "sk": (
        "tlačové oddelenie", "tlačový odbor", "tlačový útvar", "tlačová služba",
    ),
    "ro": (
        "biroul de presă", "biroul de presa", "serviciul de presă", "serviciul de presa",
        "departamentul de comunicare",
    ),
    "el": (
        "γραφείο τύπου", "γραφείο επικοινωνίας",
    ),
    "ru": (
        "пресс-служба", "пресс-службы", "пресс-службой", "пресс-центр", "пресс-бюро",
    ),
    "uk": (
        "прес-служба", "прес-служби", "пресслужба", "пресслужби", "прес-центр", "пресцентр",
    ),
    "bg": (
        "пресцентър", "пресслужба", "прессекретариат",
    ),
    "sr": (
        "pres služba", "pres-služba", "прес служба", "прес-служба",
    ),
    "hr": (
        "služba za odnose s javnošću", "ured za odnose s javnošću",
    ),
    "he": (
        "דוברות", "דובר", "דוברת",
    ),
    "ar": (
        "المكتب الإعلامي", "المكتب الاعلامي", "المركز الإعلامي", "المكتب الصحفي", "الدائرة الإعلامية", "المتحدث باسم",
    ),
    "fa": (
        "روابط عمومی", "دفتر مطبوعاتی",
    ),
    "id": (
        "humas", "biro pers",
    ),
}

# A press or spokesperson unit after the body's name, dropped ('Cumhurbaşkanlığı Basın Bürosu').
UNIT_TAILS: dict[str, tuple[str, ...]] = {
    "en": (
        "spokesperson's unit", "spokesperson's office", "spokesman's unit", "spokesman's office", "spokesperson",
        "spokesman", "spokeswoman", "press office", "press service", "media office", "media unit",
        "press and information office", "communications office", "public affairs",
    ),
    "de": (
        "pressestelle",
    ),
    "hu": (
        "sajtóiroda", "sajtóosztály", "sajtószolgálat",
    ),
    "sv": (
        "presstjänst", "pressavdelning", "pressavdelningen",
    ),
    "no": (
        "pressetjeneste", "presseavdeling",
    ),
    "da": (
        "pressetjeneste", "presseafdeling",
    ),
    "fi": (
        "viestintä", "tiedotus",
    ),
    "tr": (
        "basın bürosu", "basın ofisi", "basın birimi", "basın müşavirliği",
    ),
}
# fmt: on
