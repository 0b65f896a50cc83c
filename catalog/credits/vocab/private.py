"""A private or family picture: whole phrases, and the single words that make a short source private."""

from __future__ import annotations

__all__ = [
    "PRIVATE",
    "PRIVATE_WORDS",
]

# fmt: off
# Whole phrases meaning a private or family picture: kind courtesy, no agency.
PRIVATE: dict[str, tuple[str, ...]] = {
    "ur": (
        "اہل خانہ", "خاندانی تصویر",
    ),
    "bn": (
        "পরিবারের সৌজন্যে", "পারিবারিক ছবি",
    ),
    "th": (
        "ภาพจากครอบครัว", "ครอบครัว",
    ),
    "hi": (
        "परिवार", "परिजन", "पारिवारिक फोटो",
    ),
    "sw": (
        "familia", "kwa hisani ya familia", "picha ya familia",
    ),
    "tl": (
        "mula sa pamilya", "larawan mula sa pamilya", "kuha ng pamilya",
    ),
    "vi": (
        "nhân vật cung cấp", "gia đình cung cấp", "ảnh gia đình", "ảnh nhân vật cung cấp", "nvcc",
    ),
    "ms": (
        "ihsan keluarga", "gambar ihsan keluarga", "koleksi peribadi", "foto keluarga",
    ),
    "en": (
        "private", "private album", "private collection", "private photo", "private archive", "family", "the family",
        "family photo", "family picture", "family album", "family archive", "family collection", "personal archive",
        "personal collection", "personal photo", "courtesy of the family", "provided by the family",
    ),
    "fr": (
        "privé", "collection personnelle", "collection privée", "collection particulière", "archives personnelles",
        "archives familiales", "archives privées", "album de famille", "album familial", "photo personnelle",
        "famille", "la famille",
    ),
    "de": (
        "privat", "privatfoto", "privatbild", "privatarchiv", "familienarchiv", "familienfoto", "familienalbum",
        "privatbesitz", "aus privatbesitz",
    ),
    "es": (
        "archivo familiar", "archivo personal", "archivo particular", "álbum familiar", "foto familiar",
        "colección privada", "colección particular", "familia", "la familia", "cortesía de la familia",
        "cedida por la familia", "foto cedida por la familia",
    ),
    "pt": (
        "arquivo pessoal", "arquivo de família", "arquivo da família", "arquivo familiar", "acervo pessoal",
        "acervo familiar", "álbum de família", "família",
    ),
    "it": (
        "archivio privato", "archivio personale", "archivio di famiglia", "archivio famiglia", "album di famiglia",
        "collezione privata", "foto privata", "famiglia",
    ),
    "nl": (
        "privé", "privéfoto", "privécollectie", "privéarchief", "familiearchief", "familiefoto", "familie",
    ),
    "pl": (
        "archiwum prywatne", "prywatne archiwum", "archiwum rodzinne", "rodzinne archiwum", "zbiory prywatne",
        "zbiory rodzinne", "zdjęcie prywatne", "album rodzinny",
    ),
    "cs": (
        "soukromý archiv", "rodinný archiv", "archiv rodiny", "rodinné album", "osobní archiv",
    ),
    "sk": (
        "súkromný archív", "rodinný archív", "archív rodiny", "rodinné album",
    ),
    "hu": (
        "magánarchívum", "magángyűjtemény", "családi archívum", "családi album", "családi fotó",
    ),
    "ro": (
        "arhivă personală", "arhiva personală", "arhiva personala", "arhiva familiei", "arhivă de familie",
        "album de familie", "colecție personală", "colecția personală",
    ),
    "sv": (
        "privat", "privat bild", "privat foto", "familjefoto", "familjebild", "familjealbum",
    ),
    "no": (
        "privat", "privatfoto", "privat bilde", "familiefoto", "familiealbum",
    ),
    "da": (
        "privat", "privatfoto", "privat foto", "familiefoto", "familiealbum",
    ),
    "fi": (
        "kotialbumi", "kuva kotialbumista", "perhealbumi", "haastateltavan kotialbumi",
    ),
    "el": (
        "οικογενειακό αρχείο", "προσωπικό αρχείο", "ιδιωτικό αρχείο", "ιδιωτική συλλογή", "οικογενειακό άλμπουμ",
    ),
    "tr": (
        "aile albümü", "aile arşivi", "kişisel arşiv", "özel arşiv",
    ),
    "ru": (
        "семейный архив", "личный архив", "из личного архива", "из семейного архива", "фото из личного архива",
        "личный архив героя публикации", "из личного архива героя публикации", "частная коллекция",
        "из частной коллекции", "семья",
    ),
    "uk": (
        "особистий архів", "з особистого архіву", "сімейний архів", "з сімейного архіву", "родинний архів",
        "з родинного архіву", "фото з особистого архіву", "приватна колекція", "з приватної колекції",
    ),
    "bg": (
        "личен архив", "семеен архив", "от личния архив", "от семейния архив",
    ),
    "sr": (
        "privatna arhiva", "porodična arhiva", "lična arhiva", "приватна архива", "породична архива", "лична архива",
    ),
    "hr": (
        "privatna arhiva", "obiteljska arhiva", "osobna arhiva", "obiteljski album", "privatni album",
    ),
    "he": (
        "אלבום פרטי", "אלבום משפחתי", "אלבום משפחה", "צילום פרטי", "ארכיון פרטי", "ארכיון משפחתי", "באדיבות המשפחה",
        "המשפחה",
    ),
    "ar": (
        "أرشيف شخصي", "أرشيف خاص", "أرشيف العائلة", "من العائلة", "ألبوم العائلة", "من ألبوم العائلة", "صورة خاصة",
        "العائلة",
    ),
    "fa": (
        "آرشیو شخصی", "آرشیو خانوادگی", "آلبوم خانوادگی", "عکس شخصی",
    ),
    "zh": (
        "受访者供图", "受訪者提供", "家属供图", "家屬提供",
    ),
    "ja": (
        "家族提供", "遺族提供", "本人提供",
    ),
    "ko": (
        "가족 제공", "유족 제공", "본인 제공",
    ),
    "id": (
        "dok. pribadi", "dokumentasi pribadi", "koleksi pribadi", "arsip pribadi", "dok. keluarga",
        "dokumentasi keluarga", "arsip keluarga",
        "dok pribadi", "dok keluarga", "foto keluarga",
    ),
}

# Single words that make a short source private ('Foto: privat', 'archiwum rodzinne').
PRIVATE_WORDS: dict[str, tuple[str, ...]] = {
    "sw": (
        "familia",
    ),
    "tl": (
        "pamilya",
    ),

    "ms": (
        "peribadi", "keluarga",
    ),
    "en": (
        "private", "family",
    ),
    "fr": (
        "privé", "privée", "privés", "privées", "famille", "familial", "familiale", "familiales", "personnelle",
        "personnelles",
    ),
    "de": (
        "privat", "private", "privates", "familie", "familien",
    ),
    "es": (
        "privado", "privada", "familia", "familiar", "particular",
    ),
    "pt": (
        "pessoal", "privado", "privada", "família", "familiar", "particular",
    ),
    "it": (
        "privato", "privata", "famiglia",
    ),
    "nl": (
        "privé", "familie",
    ),
    "pl": (
        "prywatne", "prywatny", "prywatna", "rodzinne", "rodzinny", "rodzina", "rodziny",
    ),
    "cs": (
        "soukromý", "soukromé", "soukromá", "rodinný", "rodinné", "rodina", "rodiny", "osobní",
    ),
    "sk": (
        "súkromný", "súkromné", "súkromná", "rodinný", "rodinné", "rodina", "rodiny",
    ),
    "hu": (
        "magán", "családi", "család",
    ),
    "ro": (
        "personală", "personala", "privat", "privată", "familie", "familiei",
    ),
    "sv": (
        "privat", "familj", "familjen", "familjens",
    ),
    "no": (
        "privat", "familie", "familien",
    ),
    "da": (
        "privat", "familie", "familien",
    ),
    "fi": (
        "yksityinen", "kotialbumi", "perhe", "perheen",
    ),
    "el": (
        "οικογενειακό", "οικογενειακή", "προσωπικό", "ιδιωτικό", "οικογένεια",
    ),
    "tr": (
        "aile", "ailesi", "kişisel",
    ),
    "ru": (
        "семья", "семьи", "семейный", "семейного", "личный", "личного", "частный", "частного",
    ),
    "uk": (
        "особистий", "особистого", "сім'я", "сім'ї", "родина", "родини", "сімейний", "сімейного", "родинний",
        "родинного", "приватний", "приватного",
    ),
    "bg": (
        "личен", "личния", "семеен", "семейния", "семейство", "семейството",
    ),
    "sr": (
        "privatna", "privatni", "porodica", "porodice", "porodična", "lična", "приватна", "приватни", "породица",
        "породице", "породична", "лична",
    ),
    "hr": (
        "privatna", "privatni", "obitelj", "obitelji", "obiteljska", "osobna",
    ),
    "he": (
        "פרטי", "פרטית", "משפחה", "המשפחה", "משפחתי", "משפחתית",
    ),
    "ar": (
        "العائلة", "عائلة", "الأسرة", "شخصي",
        "عائلته", "عائلتها", "أسرته", "أسرتها", "ذويه",
    ),
    "fa": (
        "شخصی", "خانوادگی", "خانواده",
    ),
    "id": (
        "pribadi", "keluarga",
    ),
}
# fmt: on
