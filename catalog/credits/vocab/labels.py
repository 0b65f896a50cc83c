"""What introduces a credit and joins a status to its source: 'Photo:', 'Fot.', 'from', 'kadr z'."""

from __future__ import annotations

__all__ = [
    "FROM_WORDS",
    "LABELS",
]

# fmt: off
# Labels that, followed by a colon or a dash, introduce a picture credit ('Photo:', 'Fot.', 'Φωτ.:').
LABELS: dict[str, tuple[str, ...]] = {
    "is": (
        "mynd", "ljósmynd",
    ),
    "sl": (
        "foto", "fotografija",
    ),
    "lt": (
        "nuotr.", "nuotrauka", "foto",
    ),
    "lv": (
        "foto", "attēls",
    ),
    "et": (
        "foto", "pilt", "fotod",
    ),
    "ms": (
        "sumber",
        "gambar", "foto",
    ),
    "vi": (
        "hình", "nguồn",
        "ảnh", "hình ảnh", "nguồn ảnh",
    ),
    "hi": (
        "फोटो साभार", "साभार",
        "फोटो", "फ़ोटो", "तस्वीर", "चित्र", "छवि",
    ),
    "tl": (
        "larawan", "kuha ni", "kuha", "litrato", "larawan ni",
    ),
    "sw": (
        "picha", "picha na", "picha kwa hisani ya",
    ),
    "ur": (
        "تصویر", "فوٹو", "تصاویر",
    ),
    "bn": (
        "ছবি", "ছবি সংগৃহীত", "আলোকচিত্র",
    ),
    "th": (
        "ภาพ", "ภาพโดย", "ภาพจาก", "ที่มาภาพ", "เครดิตภาพ", "ที่มา",
    ),
    "en": (
        "photo", "photos", "photograph", "photographs", "photography", "picture", "pictures", "pic", "pics", "image",
        "images", "credit", "credits", "photo credit", "photo credits", "image credit", "image credits",
        "picture credit", "picture credits", "image source", "picture source", "source", "photographer",
    ),
    "fr": (
        "photo", "photos", "photographie", "photographe", "crédit", "crédits", "crédit photo", "crédits photo",
        "crédit photos", "crédits photos", "source", "image", "images", "cliché",
    ),
    "de": (
        "foto", "fotos", "bild", "bilder", "bildquelle", "quelle", "fotograf", "fotografin", "bildnachweis",
        "fotonachweis",
    ),
    "es": (
        "foto", "fotos", "fotografía", "fotografías", "imagen", "imágenes", "crédito", "créditos", "crédito de foto",
        "crédito foto", "fuente", "fotógrafo", "fotógrafa",
    ),
    "pt": (
        "foto", "fotos", "fotografia", "fotografias", "imagem", "imagens", "crédito", "créditos", "crédito da foto",
        "crédito das fotos", "crédito foto", "fonte", "fotógrafo", "fotógrafa",
    ),
    "it": (
        "foto", "fotografia", "fotografie", "immagine", "immagini", "credito", "crediti", "credito foto",
        "crediti foto", "credito fotografico", "fonte", "fotografo", "fotografa", "ph", "ph.",
    ),
    "nl": (
        "foto", "foto's", "fotografie", "beeld", "afbeelding", "bron", "fotograaf",
    ),
    "pl": (
        "fot.", "fot", "foto", "zdjęcie", "zdjęcia", "zdj.", "źródło", "fotograf", "autor zdjęcia", "autor zdjęć",
        "autorka zdjęcia", "źródło zdjęcia",
    ),
    "cs": (
        "foto", "fotografie", "snímek", "zdroj", "autor fotografie", "autor snímku",
    ),
    "sk": (
        "foto", "fotografia", "snímka", "zdroj", "autor fotografie", "autor snímky",
    ),
    "hu": (
        "fotó", "fotók", "kép", "képek", "fénykép", "forrás", "fotós", "fényképész", "fotográfus",
    ),
    "ro": (
        "foto", "fotografie", "fotografii", "imagine", "sursa", "sursă", "sursa foto", "sursă foto", "credit foto",
        "fotograf",
    ),
    "sv": (
        "foto", "bild", "bilder", "fotograf", "källa", "bildkälla",
    ),
    "no": (
        "foto", "bilde", "bilder", "fotograf", "kilde",
    ),
    "da": (
        "foto", "billede", "billeder", "fotograf", "kilde",
    ),
    "fi": (
        "kuva", "kuvat", "valokuva", "kuvaaja", "lähde", "kuvan lähde",
    ),
    "el": (
        "φωτογραφία", "φωτογραφίες", "φωτ.", "φωτο", "φωτό", "εικόνα", "πηγή", "φωτογράφος",
    ),
    "tr": (
        "fotoğraf", "fotoğraflar", "foto", "görsel", "kaynak", "fotoğrafçı", "fotoğraf kaynağı",
    ),
    "ru": (
        "фото", "фотография", "фотографии", "снимок", "источник", "фотограф", "автор фото", "фото и видео",
    ),
    "uk": (
        "фото", "світлина", "світлини", "фотографія", "джерело", "фотограф", "автор фото",
    ),
    "bg": (
        "снимка", "снимки", "фото", "източник", "фотограф",
    ),
    "sr": (
        "foto", "fotografija", "izvor", "фото", "фотографија", "извор",
    ),
    "hr": (
        "foto", "fotografija", "izvor", "snimio", "snimila", "snimili",
    ),
    "he": (
        "צילום", "צילומים", "צלם", "צלמת", "קרדיט", "מקור",
    ),
    "ar": (
        "تصوير", "صورة", "الصورة", "صور", "عدسة", "بعدسة", "المصدر", "مصدر", "المصور", "مصور",
        "مصدر الصورة",
    ),
    "fa": (
        "عکس", "عکاس", "تصویر", "منبع", "عکس از",
    ),
    "zh": (
        "图", "圖", "图片", "圖片", "摄影", "攝影", "来源", "來源", "图片来源", "圖片來源", "图源", "圖源",
    ),
    "ja": (
        "写真", "撮影", "画像", "出典",
    ),
    "ko": (
        "사진", "출처", "사진 출처", "이미지", "촬영",
    ),
    "id": (
        "foto", "sumber", "sumber foto", "kredit foto", "fotografer", "gambar",
        "dok", "dok.",
    ),
}

# 'from' / 'out of' between a status and its source ('Screenshot from X', 'kadr z nagrania');
# elided and prefixed forms (d', dall', Hebrew מ) attach to the next word.
FROM_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "from", "out of",
    ),
    "fr": (
        "de", "du", "des", "d'",
    ),
    "de": (
        "aus", "von",
    ),
    "es": (
        "de", "del", "desde",
    ),
    "pt": (
        "de", "do", "da", "dos", "das",
    ),
    "it": (
        "da", "dal", "dalla", "dall'", "di",
    ),
    "nl": (
        "uit", "van",
    ),
    "pl": (
        "z", "ze",
    ),
    "cs": (
        "z", "ze",
    ),
    "sk": (
        "z", "zo",
    ),
    "ro": (
        "din", "de la", "de",
    ),
    "sv": (
        "från", "ur",
    ),
    "no": (
        "fra",
    ),
    "da": (
        "fra",
    ),
    "el": (
        "από",
    ),
    "ru": (
        "из", "от",
    ),
    "uk": (
        "з", "із", "зі", "від",
    ),
    "bg": (
        "от", "из",
    ),
    "sr": (
        "iz", "od", "из", "од",
    ),
    "hr": (
        "iz", "od",
    ),
    "he": (
        "מתוך", "מ", "מן",
    ),
    "ar": (
        "من",
    ),
    "fa": (
        "از",
    ),
    "zh": (
        "来自", "來自", "取自",
    ),
    "ja": (
        "から", "より",
    ),
    "ko": (
        "에서",
    ),
    "id": (
        "dari",
    ),
}
# fmt: on
