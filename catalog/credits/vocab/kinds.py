"""Markers of a picture not of the event the caption tells (file, illustration), and the kind each status
concept marks: the one table the parser walks to give a credit its kind."""

from __future__ import annotations

from catalog.credits.vocab.handouts import HANDOUT, POOL, SCREENSHOT
from catalog.credits.vocab.private import PRIVATE

__all__ = [
    "FILE",
    "ILLUSTRATION",
    "KIND_CONCEPTS",
]

# fmt: off
# An archive or file picture, in a credit or a caption; single words count alone in parentheses or in
# credit position ('(Archives)', 'Foto: Arquivo'), phrases anywhere.
FILE: dict[str, tuple[str, ...]] = {
    "tl": (
        "file photo",
    ),
    "ur": (
        "فائل فوٹو",
    ),
    "bn": (
        "ফাইল ছবি",
    ),
    "hi": (
        "फाइल फोटो", "फ़ाइल फोटो",
    ),
    "th": (
        "ภาพแฟ้ม", "ภาพจากแฟ้ม", "ภาพประกอบจากแฟ้ม",
    ),
    "ms": (
        "gambar fail", "fail",
    ),
    "sw": (
        "maktaba", "picha ya maktaba",
    ),
    "vi": (
        "ảnh tư liệu", "ảnh minh họa tư liệu", "tư liệu",
    ),
    "en": (
        "file", "files", "file photo", "file picture", "file image", "file footage", "archive", "archives",
        "archive photo", "archive picture", "archive image", "archival photo", "archival picture", "archival image",
        "from the archives",
    ),
    "fr": (
        "archives", "archive", "photo d'archives", "photo d'archive", "image d'archives", "image d'archive",
        "d'archives",
    ),
    "de": (
        "archiv", "archivbild", "archivbilder", "archivfoto", "archivfotos", "archivaufnahme",
    ),
    "es": (
        "archivo", "foto de archivo", "imagen de archivo", "fotografía de archivo", "foto archivo",
    ),
    "pt": (
        "arquivo", "foto de arquivo", "imagem de arquivo", "fotografia de arquivo",
    ),
    "it": (
        "archivio", "foto d'archivio", "immagine d'archivio", "foto di archivio", "foto di repertorio",
        "immagine di repertorio", "repertorio", "foto archivio",
    ),
    "nl": (
        "archief", "archiefbeeld", "archiefbeelden", "archieffoto", "archieffoto's",
    ),
    "pl": (
        "archiwum", "zdjęcie archiwalne", "zdjęcia archiwalne", "archiwalne zdjęcie", "fot. archiwum",
    ),
    "cs": (
        "archiv", "archivní foto", "archivní snímek", "archivní fotografie",
    ),
    "sk": (
        "archív", "archívne foto", "archívna snímka", "archívna fotografia",
    ),
    "hu": (
        "archív", "archív fotó", "archív kép", "archív felvétel",
    ),
    "ro": (
        "arhivă", "arhiva", "foto arhivă", "foto arhiva", "imagine de arhivă", "imagine de arhiva",
        "fotografie de arhivă", "fotografie de arhiva",
    ),
    "sv": (
        "arkiv", "arkivbild", "arkivfoto",
    ),
    "no": (
        "arkiv", "arkivbilde", "arkivfoto",
    ),
    "da": (
        "arkiv", "arkivfoto", "arkivbillede",
    ),
    "fi": (
        "arkisto", "arkistokuva",
    ),
    "el": (
        "αρχείο", "φωτογραφία αρχείου", "φωτ. αρχείου",
    ),
    "tr": (
        "arşiv", "arşiv fotoğrafı", "arşiv fotoğraf", "arşiv görüntüsü", "arşiv foto",
    ),
    "ru": (
        "архив", "архивное фото", "архивный снимок", "архивная фотография", "фото из архива", "из архива",
    ),
    "uk": (
        "архів", "архівне фото", "архівний знімок", "архівна світлина", "архівна фотографія", "фото з архіву",
        "з архіву",
    ),
    "bg": (
        "архив", "архивна снимка", "архивни снимки",
    ),
    "sr": (
        "arhiva", "arhivska fotografija", "arhivski snimak", "архива", "архивска фотографија", "архивски снимак",
    ),
    "hr": (
        "arhiva", "arhivska fotografija", "arhivska snimka",
    ),
    "he": (
        "ארכיון", "צילום ארכיון", "תמונת ארכיון",
    ),
    "ar": (
        "أرشيف", "ارشيف", "أرشيفية", "ارشيفية", "صورة أرشيفية", "صورة ارشيفية", "صورة من الأرشيف",
    ),
    "fa": (
        "آرشیو", "عکس آرشیوی", "تصویر آرشیوی",
    ),
    "zh": (
        "资料图", "资料图片", "资料照片", "資料圖", "資料圖片", "資料照片", "档案照片", "檔案照片",
    ),
    "ja": (
        "資料写真", "ファイル写真",
    ),
    "ko": (
        "자료사진", "자료 사진",
    ),
    "id": (
        "arsip", "foto arsip", "arsip foto",
        "dokumentasi",
    ),
}

# An illustrative picture: not of the event the caption tells ('Symbolbild', 'zdjęcie ilustracyjne').
ILLUSTRATION: dict[str, tuple[str, ...]] = {
    "tl": (
        "larawang paglalarawan",
    ),
    "sw": (
        "picha ya mfano",
    ),
    "ur": (
        "علامتی تصویر",
    ),
    "bn": (
        "প্রতীকী ছবি",
    ),
    "th": (
        "ภาพประกอบ",
    ),
    "hi": (
        "प्रतीकात्मक तस्वीर", "प्रतीकात्मक फोटो", "सांकेतिक तस्वीर", "प्रतीकात्मक",
    ),
    "vi": (
        "ảnh minh họa", "minh họa",
    ),
    "ms": (
        "gambar hiasan", "ilustrasi",
    ),
    "en": (
        "illustration", "illustrative", "illustrative photo", "illustrative image", "illustrative picture",
        "photo illustration", "illustration photo", "for illustrative purposes", "for illustration purposes",
        "representational image", "representational photo", "representative image", "representative picture",
    ),
    "fr": (
        "illustration", "photo d'illustration", "image d'illustration", "photo illustration",
    ),
    "de": (
        "symbolbild", "symbolbilder", "symbolfoto", "symbolfotos", "themenbild",
    ),
    "es": (
        "imagen ilustrativa", "foto ilustrativa", "fotografía ilustrativa", "imagen de referencia",
        "foto de referencia", "ilustrativa",
    ),
    "pt": (
        "foto ilustrativa", "imagem ilustrativa", "imagem meramente ilustrativa", "foto meramente ilustrativa",
        "ilustrativa",
    ),
    "it": (
        "immagine illustrativa", "foto illustrativa", "a scopo illustrativo",
    ),
    "nl": (
        "ter illustratie", "foto ter illustratie", "beeld ter illustratie", "illustratief", "illustratiebeeld",
        "illustratieve foto",
    ),
    "pl": (
        "zdjęcie ilustracyjne", "zdjęcia ilustracyjne", "fot. ilustracyjne", "ilustracyjne", "zdjęcie poglądowe",
        "ilustracja",
    ),
    "cs": (
        "ilustrační foto", "ilustrační snímek", "ilustrační fotografie", "ilustrační obrázek",
    ),
    "sk": (
        "ilustračné foto", "ilustračná snímka", "ilustračná fotografia", "ilustračný obrázok",
    ),
    "hu": (
        "illusztráció", "illusztrációs kép", "illusztrációs fotó",
    ),
    "ro": (
        "imagine ilustrativă", "imagine ilustrativa", "fotografie ilustrativă", "foto ilustrativ",
        "imagine cu rol ilustrativ",
    ),
    "sv": (
        "genrebild", "illustrationsbild",
    ),
    "no": (
        "illustrasjonsfoto", "illustrasjonsbilde", "illustrasjon",
    ),
    "da": (
        "illustrationsfoto", "genrefoto", "genrebillede",
    ),
    "fi": (
        "kuvituskuva",
    ),
    "el": (
        "ενδεικτική φωτογραφία", "ενδεικτική εικόνα",
    ),
    "tr": (
        "temsili", "temsili fotoğraf", "temsili görsel", "temsili resim",
    ),
    "ru": (
        "иллюстрация", "иллюстративное фото", "иллюстративный снимок", "иллюстративное изображение",
        "фото для иллюстрации",
    ),
    "uk": (
        "ілюстрація", "ілюстративне фото", "ілюстративне зображення", "ілюстративна світлина", "фото для ілюстрації",
    ),
    "bg": (
        "илюстративна снимка", "илюстрация",
    ),
    "sr": (
        "ilustracija", "ilustrativna fotografija", "илустрација", "илустративна фотографија",
    ),
    "hr": (
        "ilustracija", "ilustrativna fotografija", "ilustrativna snimka",
    ),
    "he": (
        "אילוסטרציה", "צילום אילוסטרציה", "תמונת אילוסטרציה",
    ),
    "ar": (
        "صورة تعبيرية", "تعبيرية", "صورة توضيحية",
    ),
    "fa": (
        "عکس تزئینی", "عکس تزیینی", "تصویر تزئینی", "تصویر تزیینی",
    ),
    "zh": (
        "示意图", "示意圖",
    ),
    "ja": (
        "イメージ写真", "写真はイメージ",
    ),
    "id": (
        "ilustrasi", "foto ilustrasi", "gambar ilustrasi",
    ),
}

# The kind each status concept marks (tests/corpus/README.md: screenshot > handout > pool > courtesy >
# illustration > file > photo); a phrase stands under one kind only.
KIND_CONCEPTS: dict[str, dict[str, tuple[str, ...]]] = {
    "screenshot": SCREENSHOT,
    "handout": HANDOUT,
    "pool": POOL,
    "courtesy": PRIVATE,
    "illustration": ILLUSTRATION,
    "file": FILE,
}
# fmt: on
