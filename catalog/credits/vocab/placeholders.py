"""What stands where a photographer's name would be and is not a name ('STR', 'DR', 'autor nieznany')."""

from __future__ import annotations

__all__ = [
    "PLACEHOLDERS",
]

# fmt: off
# Standing where a photographer's name would be: not a name.
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "en": (
        "stringer", "STR", "staff", "staff photographer", "staff photo", "contributor", "anonymous", "unknown",
        "unknown photographer", "photographer unknown", "n/a", "not credited", "uncredited", "no credit", "freelance",
        "freelancer",
    ),
    "fr": (
        "DR", "droits réservés", "tous droits réservés", "auteur inconnu", "photographe inconnu", "anonyme",
    ),
    "de": (
        "unbekannt", "fotograf unbekannt", "urheber unbekannt", "anonym",
    ),
    "es": (
        "anónimo", "desconocido", "autor desconocido", "fotógrafo desconocido", "sin crédito",
    ),
    "pt": (
        "anônimo", "anónimo", "desconhecido", "autor desconhecido", "fotógrafo desconhecido", "sem crédito",
    ),
    "it": (
        "anonimo", "sconosciuto", "autore sconosciuto", "fotografo sconosciuto", "autore ignoto",
    ),
    "nl": (
        "onbekend", "fotograaf onbekend", "maker onbekend", "anoniem",
    ),
    "pl": (
        "autor nieznany", "nieznany autor", "nieznany", "anonim",
    ),
    "cs": (
        "neznámý autor", "autor neznámý", "neznámý", "anonym",
    ),
    "sk": (
        "neznámy autor", "autor neznámy", "neznámy", "anonym",
    ),
    "hu": (
        "ismeretlen", "ismeretlen szerző", "ismeretlen fotós", "ismeretlen fényképész",
    ),
    "ro": (
        "autor necunoscut", "necunoscut", "anonim",
    ),
    "sv": (
        "okänd", "okänd fotograf", "fotograf okänd", "anonym",
    ),
    "no": (
        "ukjent", "ukjent fotograf", "fotograf ukjent", "anonym",
    ),
    "da": (
        "ukendt", "ukendt fotograf", "fotograf ukendt", "anonym",
    ),
    "fi": (
        "tuntematon", "tuntematon kuvaaja", "kuvaaja tuntematon",
    ),
    "el": (
        "άγνωστος", "άγνωστος φωτογράφος", "ανώνυμος",
    ),
    "tr": (
        "bilinmiyor", "anonim",
    ),
    "ru": (
        "неизвестный автор", "автор неизвестен", "неизвестный фотограф", "фотограф неизвестен", "неизвестен", "аноним",
    ),
    "uk": (
        "невідомий автор", "автор невідомий", "невідомий фотограф", "невідомий", "анонім",
    ),
    "bg": (
        "неизвестен автор", "автор неизвестен", "неизвестен",
    ),
    "sr": (
        "nepoznat autor", "autor nepoznat", "nepoznat", "непознат аутор", "аутор непознат", "непознат",
    ),
    "hr": (
        "nepoznat autor", "nepoznati autor", "autor nepoznat", "nepoznat",
    ),
    "he": (
        "צלם לא ידוע", "לא ידוע", "צלם אלמוני", "אלמוני",
    ),
    "ar": (
        "مصور غير معروف", "غير معروف", "مصور مجهول", "مجهول",
    ),
    "fa": (
        "عکاس ناشناس", "ناشناس", "نامشخص",
    ),
    "zh": (
        "佚名", "作者不详", "作者不詳",
    ),
    "ja": (
        "撮影者不明",
    ),
    "ko": (
        "작자 미상",
    ),
    "id": (
        "tidak diketahui", "anonim",
    ),
}
# fmt: on
