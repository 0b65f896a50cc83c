"""The world's words for a credit line: one place for every language's labels, status markers and page furniture.

A credit-line parser meets the same few ideas in thirty languages: a label that says a credit follows (``Photo:``,
``Fot.``, ``Φωτ.:``, ``צילום:``, ``写真：``), a marker that says what kind of picture it is (file, illustration,
handout, pool, screenshot, courtesy, private), a placeholder where a name would be (``STR``, ``DR``, ``autor
nieznany``), a press unit to drop from a body's name (``пресс-служба``, ``Ufficio Stampa``, ``דוברות``), a word
that makes a phrase an organisation (``Feuerwehr``, ``Belediye``, ``بلدية``), and the web page's furniture around
the picture (``Read more``, ``Teilen``, ``Реклама``, ``Updated``). Scattered through the parser's regular
expressions, each language's words drift and get lost; kept here as data, a word is added once and every part of
the parser sees it. This module holds data only: the parser (``labels``, ``orgs``, ``namecase``, ``furniture``)
compiles it.

Conventions, which ``tests/test_vocab.py`` holds the data to:

- every concept is a ``dict[str, tuple[str, ...]]`` keyed by ISO 639-1 code (``sr`` holds Serbian in both
  scripts); a language is absent from a concept where it has no such word or none the desk is sure of;
- one phrase per string, as sites print it, NFC, words separated by single spaces, no colon or dash after a
  label; lower case unless case matters, and those phrases are listed in ``CASE_SENSITIVE`` (``STR``, ``DR``,
  ``AG``, ``AS``: ordinary words in lower case);
- apostrophes are written ``'`` and Hebrew abbreviations in both quote styles (``יח"צ``, ``יח״צ``); the compiler
  should also accept ``’`` for ``'`` and fold Greek accents (capitals drop them: ``ΦΩΤΟΓΡΑΦΙΑ``);
- compile a phrase escaped, with ``\\s+`` for its spaces, case-insensitively (unless in ``CASE_SENSITIVE``) and
  as a whole word; a phrase ending in an apostrophe (``d'``, ``dall'``) and Hebrew ``מ`` attach to the next word,
  as Arabic ``ل`` does after ``المكتب الإعلامي``;
- Chinese and Japanese write no spaces: a label or status there counts after a line start, a space or
  punctuation (``图`` is also inside ``地图``), while a body word is an ending of its segment (``北京市公安局``);
  Korean and Japanese credits often put ``=`` or ``：`` after the label (``사진=연합뉴스``);
- a phrase never stands under two contradictory kinds; a whole ``PRIVATE`` phrase (``家族提供``, ``가족 제공``)
  wins over the shorter ``HANDOUT`` word inside it (``提供``, ``제공``), as a personal archive wins over archive.
"""

from __future__ import annotations

__all__ = [
    "ADVERT_WORDS",
    "BODY_ENDINGS",
    "BODY_STEMS",
    "BODY_WORDS",
    "BROADCASTER_ALIASES",
    "CASE_SENSITIVE",
    "COURTESY_LEAD",
    "COURTESY_TAILS",
    "FILE",
    "FROM_WORDS",
    "GALLERY_WORDS",
    "HANDOUT",
    "ILLUSTRATION",
    "KIND_CONCEPTS",
    "LABELS",
    "LANGUAGES",
    "ORG_ALIASES",
    "PLACEHOLDERS",
    "POOL",
    "PRIVATE",
    "PRIVATE_WORDS",
    "RELATED_HEADERS",
    "SCREENSHOT",
    "SHARE_WORDS",
    "TIMESTAMP_WORDS",
    "UNIT_HEADS",
    "UNIT_TAILS",
]

# fmt: off
# The languages the vocabulary covers (ISO 639-1); 'sr' holds Serbian in Latin and Cyrillic script.
LANGUAGES: tuple[str, ...] = (
    "en", "fr", "de", "es", "pt", "it", "nl", "pl", "cs", "sk", "hu", "ro", "sv", "no", "da", "fi", "el", "tr", "ru",
    "uk", "bg", "sr", "hr", "he", "ar", "fa", "zh", "ja", "ko", "id", "vi", "hi", "ms",
    "th", "bn", "ur", "sw", "tl", "et", "lv", "lt", "sl", "is",
)


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

# A picture the source gave out ('Divulgação', 'materiały prasowe', 'Pressefoto').
HANDOUT: dict[str, tuple[str, ...]] = {

    "vi": (
        "cung cấp",
    ),
    "en": (
        "handout", "handout photo", "handout picture", "handout image", "press handout", "press photo",
        "press picture", "press image", "publicity photo", "publicity still", "supplied", "HO",
    ),
    "fr": (
        "document remis", "document fourni", "photo fournie", "image fournie", "photo de presse", "handout",
    ),
    "de": (
        "pressefoto", "pressebild", "handout",
    ),
    "es": (
        "foto de prensa", "imagen de prensa", "foto cedida", "fotografía cedida", "imagen cedida", "foto facilitada",
        "imagen facilitada", "foto difundida", "imagen difundida", "handout",
    ),
    "pt": (
        "divulgação", "divulgacao", "foto de divulgação", "foto divulgação", "imagem de divulgação", "handout",
    ),
    "it": (
        "foto stampa", "handout",
    ),
    "nl": (
        "persfoto", "persbeeld", "handout",
    ),
    "pl": (
        "materiały prasowe", "mat. prasowe", "zdjęcie prasowe", "zdjęcia prasowe", "materiały promocyjne", "handout",
    ),
    "hu": (
        "sajtófotó", "handout",
    ),
    "sv": (
        "pressbild", "pressfoto",
    ),
    "no": (
        "pressebilde", "pressefoto",
    ),
    "da": (
        "pressefoto", "pressebillede",
    ),
    "fi": (
        "lehdistökuva",
    ),
    "tr": (
        "basın fotoğrafı", "handout",
    ),
    "ru": (
        "пресс-фото",
    ),
    "uk": (
        "прес-фото",
    ),
    "he": (
        'יח"צ', "יח״צ", 'צילום יח"צ', "צילום יח״צ", "יחסי ציבור",
    ),
    "ar": (
        "صورة وزعتها", "صورة وزعها", "صورة صادرة عن",
    ),
    "zh": (
        "供图", "供圖",
    ),
    "ja": (
        "提供", "写真提供",
    ),
    "ko": (
        "제공", "사진 제공",
    ),
    "id": (
        "istimewa", "handout",
    ),
}

# A pool picture ('Pool', 'фото пула', '代表撮影', '사진공동취재단').
POOL: dict[str, tuple[str, ...]] = {
    "en": (
        "pool", "pool photo", "pool picture", "pool image", "kremlin pool", "kremlin pool photo",
    ),
    "fr": (
        "pool",
    ),
    "de": (
        "pool", "poolfoto", "pool-foto",
    ),
    "es": (
        "pool",
    ),
    "pt": (
        "pool",
    ),
    "it": (
        "pool",
    ),
    "nl": (
        "pool", "poolfoto",
    ),
    "pl": (
        "pool",
    ),
    "cs": (
        "pool",
    ),
    "sk": (
        "pool",
    ),
    "hu": (
        "pool",
    ),
    "ro": (
        "pool",
    ),
    "sv": (
        "pool", "poolbild",
    ),
    "no": (
        "pool", "poolfoto",
    ),
    "da": (
        "pool", "poolfoto",
    ),
    "fi": (
        "pool",
    ),
    "el": (
        "pool",
    ),
    "tr": (
        "pool",
    ),
    "ru": (
        "пул", "фото пула", "кремлевский пул", "кремлёвский пул",
    ),
    "uk": (
        "пул", "фото пулу",
    ),
    "bg": (
        "пул",
    ),
    "sr": (
        "pool", "пул",
    ),
    "hr": (
        "pool",
    ),
    "he": (
        "פול", "צילום פול",
    ),
    "ja": (
        "代表撮影",
    ),
    "ko": (
        "공동취재", "공동취재단", "사진공동취재단",
    ),
    "id": (
        "pool",
    ),
}

# A screenshot or a still from a video or broadcast ('Reprodução', 'Zrzut ekranu', 'стоп-кадр').
SCREENSHOT: dict[str, tuple[str, ...]] = {
    "tl": (
        "screengrab",
    ),
    "sw": (
        "picha ya skrini",
    ),
    "ur": (
        "اسکرین گریب", "سکرین شاٹ",
    ),
    "bn": (
        "স্ক্রিনশট", "ভিডিও থেকে নেওয়া",
    ),
    "th": (
        "ภาพหน้าจอ", "ภาพจากคลิป",
    ),
    "hi": (
        "स्क्रीनग्रैब", "स्क्रीनशॉट", "वीडियो ग्रैब",
    ),
    "vi": (
        "chụp màn hình", "ảnh chụp màn hình", "cắt từ clip", "ảnh cắt từ video",
    ),
    "ms": (
        "tangkap layar", "tangkapan skrin", "media sosial",
    ),
    "en": (
        "screenshot", "screenshots", "screen shot", "screengrab", "screen grab", "screen capture", "video grab",
        "video still", "still from video", "still image from video", "image from video", "frame grab",
        "video screenshot", "social media",
        "screen-grab", "screencap",
    ),
    "fr": (
        "capture d'écran", "capture écran", "capture vidéo", "image extraite d'une vidéo", "image tirée d'une vidéo",
        "extrait vidéo", "réseaux sociaux",
    ),
    "de": (
        "screenshot", "bildschirmfoto", "standbild", "videostandbild", "videostill", "standbild aus einem video",
    ),
    "es": (
        "captura de pantalla", "captura de video", "captura de vídeo", "fotograma", "pantallazo", "redes sociales",
        "captura",
    ),
    "pt": (
        "reprodução", "reproducao", "captura de tela", "captura de vídeo", "print de tela", "imagem de vídeo",
        "frame de vídeo", "redes sociais",
        "captura",
    ),
    "it": (
        "fermo immagine", "fermoimmagine", "screenshot", "schermata", "fotogramma", "frame da video",
    ),
    "nl": (
        "schermafbeelding", "screenshot", "still uit video", "videostill", "beeld uit video",
    ),
    "pl": (
        "zrzut ekranu", "kadr z nagrania", "kadr z filmu", "kadr z wideo", "screenshot", "print screen",
        "media społecznościowe",
    ),
    "cs": (
        "snímek obrazovky", "screenshot", "záběr z videa", "repro",
    ),
    "sk": (
        "snímka obrazovky", "screenshot", "záber z videa", "repro",
    ),
    "hu": (
        "képernyőkép", "képernyőfotó", "kimerevített kép", "screenshot",
    ),
    "ro": (
        "captură de ecran", "captura de ecran", "captură video", "captura video", "print screen", "screenshot",
    ),
    "sv": (
        "skärmdump", "skärmbild",
    ),
    "no": (
        "skjermdump", "skjermbilde",
    ),
    "da": (
        "skærmbillede", "skærmdump",
    ),
    "fi": (
        "kuvakaappaus", "kuvakaappaus videosta",
    ),
    "el": (
        "στιγμιότυπο", "στιγμιότυπο από βίντεο", "στιγμιότυπο οθόνης",
    ),
    "tr": (
        "ekran görüntüsü", "ekran görüntüleri", "videodan bir kare", "sosyal medya",
    ),
    "ru": (
        "скриншот", "скрин", "стоп-кадр", "кадр из видео", "скриншот видео", "снимок экрана", "соцсети",
        "социальные сети",
        "кадр видео", "стоп-кадр видео",
    ),
    "uk": (
        "скриншот", "скріншот", "стоп-кадр", "кадр з відео", "кадр із відео", "кадри з відео", "скріншот відео",
        "знімок екрана", "соцмережі", "соціальні мережі",
        "скриншот відео",
    ),
    "bg": (
        "скрийншот", "кадър от видео", "кадър",
    ),
    "sr": (
        "printscreen", "print screen", "snimak ekrana", "screenshot", "скриншот", "снимак екрана",
    ),
    "hr": (
        "snimka zaslona", "screenshot", "printscreen", "print screen",
    ),
    "he": (
        "צילום מסך", "מתוך הסרטון", "מתוך סרטון", "צילום מתוך וידאו", "רשתות חברתיות", "הרשתות החברתיות",
    ),
    "ar": (
        "لقطة شاشة", "لقطة من فيديو", "لقطة شاشة من فيديو", "لقطة من مقطع فيديو", "صورة مأخوذة من فيديو",
        "مواقع التواصل الاجتماعي", "مواقع التواصل", "وسائل التواصل الاجتماعي",
    ),
    "fa": (
        "اسکرین‌شات", "اسکرین شات",
    ),
    "zh": (
        "截图", "截圖", "视频截图", "視頻截圖", "影片截圖", "网络截图", "網絡截圖", "屏幕截图",
    ),
    "ja": (
        "スクリーンショット", "動画から", "映像から",
    ),
    "ko": (
        "캡처", "화면 캡처", "화면캡처", "영상 캡처", "방송 화면 캡처",
    ),
    "id": (
        "tangkapan layar", "cuplikan video", "screenshot",
        "tangkap layar", "media sosial",
    ),
}

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

# Words that make an unknown capitalised phrase an organisation, not a person (with company suffixes).
BODY_WORDS: dict[str, tuple[str, ...]] = {
    "ur": (
        "پولیس", "فوج", "وزارت",
    ),
    "bn": (
        "পুলিশ", "সেনাবাহিনী", "মন্ত্রণালয়",
    ),
    "th": (
        "ทำเนียบรัฐบาล", "กระทรวง", "ตำรวจ", "กองทัพ",
    ),
    "vi": (
        "nhà trắng", "bộ", "công an", "quân đội",
    ),
    "tl": (
        "pulisya", "hukbo", "kagawaran",
    ),
    "sw": (
        "ikulu", "jeshi", "polisi", "wizara", "serikali", "hospitali",
    ),
    "en": (
        "department", "ministry", "police", "police department", "police service", "fire brigade", "fire department",
        "fire service", "fire and rescue", "fire and rescue service", "civil defence", "civil defense",
        "emergency services", "emergency service", "emergency", "rescue", "ambulance service", "coast guard",
        "coastguard", "red cross", "red crescent", "hospital", "clinic", "medical center", "medical centre",
        "health service", "university", "college", "municipality", "city hall", "town hall", "city council", "council",
        "army", "navy", "air force", "forces", "armed forces", "military", "agency", "office", "service", "authority",
        "foundation", "museum", "club", "federation", "parliament", "court", "embassy", "government", "inc", "inc.",
        "ltd", "ltd.", "llc", "plc", "corp.", "co.",
        "state house", "statehouse", "media group", "sportswire", "motors", "music", "studios",
        "productions", "entertainment", "records", "airlines", "airways", "holdings", "industries",
        "corporation", "company", "group",
    ),
    "fr": (
        "ministère", "police", "police nationale", "gendarmerie", "pompiers", "sapeurs-pompiers", "sécurité civile",
        "protection civile", "samu", "secours", "hôpital", "clinique", "chu", "université", "mairie", "hôtel de ville",
        "préfecture", "conseil", "conseil municipal", "conseil régional", "conseil départemental", "armée",
        "armée de terre", "marine nationale", "armée de l'air", "forces", "agence", "bureau", "service", "autorité",
        "fondation", "musée", "club", "fédération", "parlement", "assemblée nationale", "sénat", "tribunal", "cour",
        "ambassade", "gouvernement", "SA", "SAS", "sarl",
    ),
    "de": (
        "ministerium", "bundesministerium", "polizei", "landespolizei", "bundespolizei", "feuerwehr",
        "berufsfeuerwehr", "freiwillige feuerwehr", "katastrophenschutz", "rettungsdienst", "bergwacht", "wasserwacht",
        "thw", "drk", "krankenhaus", "klinik", "klinikum", "universität", "hochschule", "stadt", "stadtverwaltung",
        "gemeinde", "rathaus", "landratsamt", "rat", "bundeswehr", "armee", "marine", "deutsche marine",
        "streitkräfte", "agentur", "amt", "behörde", "dienst", "stiftung", "museum", "verein", "verband", "bundestag",
        "landtag", "parlament", "gericht", "botschaft", "regierung", "senat", "staatskanzlei", "gmbh", "AG", "e.v.",
        "KG",
    ),
    "es": (
        "ministerio", "policía", "policía nacional", "policía municipal", "guardia civil", "mossos d'esquadra",
        "carabineros", "bomberos", "cuerpo de bomberos", "protección civil", "defensa civil", "emergencias",
        "servicio de emergencias", "rescate", "cruz roja", "hospital", "clínica", "universidad", "ayuntamiento",
        "alcaldía", "municipalidad", "municipio", "intendencia", "gobernación", "concejo", "consejo", "ejército",
        "armada", "fuerza aérea", "fuerzas armadas", "agencia", "oficina", "servicio", "autoridad", "fundación",
        "museo", "club", "federación", "parlamento", "congreso", "senado", "tribunal", "corte suprema", "juzgado",
        "embajada", "gobierno", "presidencia", "s.a.", "s.l.",
        "prensa",
    ),
    "pt": (
        "ministério", "polícia", "polícia militar", "polícia civil", "polícia federal", "psp", "gnr", "bombeiros",
        "corpo de bombeiros", "defesa civil", "proteção civil", "protecção civil", "resgate", "samu", "cruz vermelha",
        "hospital", "clínica", "universidade", "prefeitura", "câmara municipal", "município", "câmara", "conselho",
        "exército", "marinha", "força aérea", "forças armadas", "agência", "gabinete", "serviço", "autoridade",
        "fundação", "museu", "clube", "federação", "parlamento", "assembleia da república", "congresso", "senado",
        "tribunal", "embaixada", "governo", "ltda.", "s.a.",
    ),
    "it": (
        "ministero", "polizia", "polizia di stato", "polizia locale", "carabinieri", "guardia di finanza",
        "vigili del fuoco", "protezione civile", "soccorso alpino", "croce rossa", "ospedale", "policlinico",
        "clinica", "asl", "università", "comune", "municipio", "regione", "prefettura", "questura", "consiglio",
        "esercito", "marina militare", "aeronautica militare", "forze armate", "agenzia", "ufficio", "servizio",
        "autorità", "fondazione", "museo", "club", "federazione", "parlamento", "camera dei deputati", "senato",
        "tribunale", "corte costituzionale", "corte d'appello", "ambasciata", "governo", "s.p.a.", "s.r.l.",
    ),
    "nl": (
        "ministerie", "politie", "brandweer", "veiligheidsregio", "ambulancedienst", "reddingsbrigade", "knrm",
        "rode kruis", "ziekenhuis", "umc", "kliniek", "universiteit", "hogeschool", "gemeente", "stadhuis",
        "provincie", "gemeenteraad", "koninklijke landmacht", "defensie", "koninklijke marine", "krijgsmacht",
        "luchtmacht", "agentschap", "bureau", "dienst", "autoriteit", "stichting", "museum", "club", "vereniging",
        "federatie", "parlement", "tweede kamer", "rechtbank", "ambassade", "regering", "kabinet", "b.v.", "n.v.",
    ),
    "pl": (
        "ministerstwo", "policja", "komenda", "straż pożarna", "państwowa straż pożarna", "psp", "osp",
        "straż miejska", "straż graniczna", "pogotowie ratunkowe", "ratownictwo medyczne", "wopr", "gopr", "topr",
        "szpital", "klinika", "uniwersytet", "politechnika", "urząd", "urząd miasta", "urząd miejski", "ratusz",
        "gmina", "starostwo", "rada miasta", "rada miejska", "sejm", "senat", "wojsko", "wojsko polskie",
        "marynarka wojenna", "siły zbrojne", "agencja", "biuro", "służba", "fundacja", "muzeum", "klub", "federacja",
        "związek", "trybunał", "ambasada", "rząd", "kancelaria", "sp. z o.o.", "s.a.",
    ),
    "cs": (
        "ministerstvo", "policie", "hasiči", "hasičský záchranný sbor", "hzs", "záchranná služba", "zzs", "nemocnice",
        "klinika", "univerzita", "magistrát", "radnice", "městský úřad", "obecní úřad", "úřad", "obec", "město",
        "krajský úřad", "rada města", "armáda", "ozbrojené síly", "agentura", "služba", "nadace", "muzeum", "klub",
        "svaz", "federace", "parlament", "poslanecká sněmovna", "senát", "soud", "velvyslanectví", "vláda",
        "pražský hrad", "s.r.o.", "a.s.",
    ),
    "sk": (
        "ministerstvo", "polícia", "policajný zbor", "hasiči", "hasičský a záchranný zbor", "záchranná služba",
        "záchranári", "nemocnica", "univerzita", "mesto", "magistrát", "mestský úrad", "obecný úrad", "úrad", "obec",
        "radnica", "mestská rada", "armáda", "ozbrojené sily", "agentúra", "služba", "nadácia", "múzeum", "klub",
        "zväz", "federácia", "parlament", "národná rada", "súd", "veľvyslanectvo", "vláda", "s.r.o.", "a.s.",
    ),
    "hu": (
        "minisztérium", "rendőrség", "tűzoltóság", "katasztrófavédelem", "mentőszolgálat", "mentők", "kórház",
        "klinika", "egyetem", "önkormányzat", "polgármesteri hivatal", "városháza", "hivatal", "tanács", "honvédség",
        "hadsereg", "ügynökség", "szolgálat", "hatóság", "alapítvány", "múzeum", "klub", "szövetség", "országgyűlés",
        "parlament", "bíróság", "nagykövetség", "kormány", "kft.", "zrt.", "nyrt.", "bt.",
    ),
    "ro": (
        "ministerul", "poliția", "politia", "jandarmeria", "pompierii", "isu",
        "inspectoratul pentru situații de urgență", "smurd", "salvamont", "spitalul", "spital", "clinica",
        "universitatea", "primăria", "primaria", "consiliul", "consiliul județean", "armata", "forțele navale",
        "agenția", "agentia", "biroul", "serviciul", "autoritatea", "fundația", "muzeul", "clubul", "federația",
        "parlamentul", "camera deputaților", "senatul", "tribunalul", "curtea", "ambasada", "guvernul",
        "administrația prezidențială", "s.r.l.", "s.a.",
    ),
    "sv": (
        "departementet", "polisen", "polismyndigheten", "räddningstjänsten", "räddningstjänst", "brandkår",
        "sjöräddningssällskapet", "ambulans", "sjukhus", "sjukhuset", "region", "universitet", "universitetet",
        "kommun", "kommunen", "stadshus", "försvarsmakten", "armén", "marinen", "flygvapnet", "myndighet",
        "myndigheten", "verket", "byrå", "stiftelse", "stiftelsen", "museum", "museet", "klubb", "förbund",
        "förbundet", "riksdagen", "domstol", "tingsrätt", "hovrätt", "ambassad", "ambassaden", "regeringen",
        "regeringskansliet", "AB",
    ),
    "no": (
        "departementet", "politiet", "politi", "brannvesen", "brannvesenet", "redningstjenesten",
        "hovedredningssentralen", "sykehus", "sykehuset", "universitet", "universitetet", "kommune", "kommunen",
        "rådhus", "fylkeskommune", "forsvaret", "hæren", "sjøforsvaret", "luftforsvaret", "direktorat", "direktoratet",
        "etaten", "tjeneste", "stiftelse", "museum", "museet", "klubb", "forbund", "stortinget", "tingrett",
        "lagmannsrett", "høyesterett", "ambassade", "ambassaden", "regjeringen", "AS", "ASA",
    ),
    "da": (
        "ministeriet", "ministerium", "politi", "politiet", "rigspolitiet", "beredskabsstyrelsen", "brandvæsen",
        "redningstjeneste", "ambulance", "hospital", "hospitalet", "sygehus", "universitet", "kommune", "kommunen",
        "rådhus", "region", "forsvaret", "hæren", "søværnet", "flyvevåbnet", "styrelsen", "tjeneste", "fond", "fonden",
        "museum", "museet", "klub", "forbund", "folketinget", "byret", "landsret", "højesteret", "ambassade",
        "regeringen", "a/s", "ApS",
    ),
    "fi": (
        "ministeriö", "poliisi", "poliisilaitos", "pelastuslaitos", "palokunta", "hätäkeskus", "ensihoito", "sairaala",
        "sairaanhoitopiiri", "yliopisto", "kaupunki", "kunta", "kaupungintalo", "valtuusto", "puolustusvoimat",
        "maavoimat", "merivoimat", "ilmavoimat", "rajavartiolaitos", "virasto", "laitos", "palvelu", "säätiö", "museo",
        "seura", "liitto", "eduskunta", "käräjäoikeus", "hovioikeus", "korkein oikeus", "suurlähetystö", "hallitus",
        "valtioneuvosto", "Oy", "oyj",
    ),
    "el": (
        "υπουργείο", "αστυνομία", "ελληνική αστυνομία", "πυροσβεστική", "πυροσβεστική υπηρεσία", "πολιτική προστασία",
        "εκαβ", "νοσοκομείο", "κλινική", "πανεπιστήμιο", "δήμος", "δημαρχείο", "περιφέρεια", "δημοτικό συμβούλιο",
        "στρατός", "ένοπλες δυνάμεις", "πολεμικό ναυτικό", "πολεμική αεροπορία", "λιμενικό", "λιμενικό σώμα",
        "υπηρεσία", "οργανισμός", "αρχή", "ίδρυμα", "μουσείο", "σύλλογος", "ομοσπονδία", "βουλή", "δικαστήριο",
        "πρεσβεία", "κυβέρνηση",
    ),
    "tr": (
        "bakanlık", "bakanlığı", "emniyet", "emniyet müdürlüğü", "polis", "jandarma", "itfaiye", "itfaiyesi", "afad",
        "kızılay", "hastane", "hastanesi", "üniversite", "üniversitesi", "belediye", "belediyesi",
        "büyükşehir belediyesi", "valilik", "valiliği", "kaymakamlık", "kaymakamlığı", "meclis", "tbmm", "ordu",
        "deniz kuvvetleri", "hava kuvvetleri", "kara kuvvetleri", "silahlı kuvvetler", "tsk", "msb", "ajans", "ajansı",
        "müdürlüğü", "müdürlük", "başkanlığı", "başkanlık", "kurumu", "vakfı", "vakıf", "müze", "müzesi", "kulüp",
        "kulübü", "federasyon", "federasyonu", "mahkeme", "mahkemesi", "büyükelçiliği", "hükümet", "cumhurbaşkanlığı",
        "a.ş.",
    ),
    "ru": (
        "министерство", "минобороны", "мвд", "мчс", "фсб", "полиция", "гибдд", "гаи", "пожарные", "пожарная охрана",
        "спасатели", "скорая помощь", "больница", "клиника", "госпиталь", "университет", "мэрия", "администрация",
        "городская дума", "госдума", "совет", "армия", "вооруженные силы", "вооружённые силы", "вмф", "вкс",
        "агентство", "ведомство", "служба", "управление", "фонд", "музей", "клуб", "федерация", "суд", "посольство",
        "правительство", "прокуратура", "следственный комитет", "ооо", "оао", "пао", "зао", "АО",
        "метрополитен", "метро",
    ),
    "uk": (
        "міністерство", "міноборони", "мвс", "дснс", "сбу", "зсу", "нацполіція", "національна поліція", "поліція",
        "патрульна поліція", "рятувальники", "пожежники", "швидка допомога", "лікарня", "клініка", "шпиталь",
        "госпіталь", "університет", "мерія", "міська рада", "рада", "верховна рада", "ова", "ода",
        "військова адміністрація", "адміністрація", "армія", "збройні сили", "вмс", "повітряні сили", "генштаб",
        "генеральний штаб", "агентство", "служба", "управління", "фонд", "музей", "клуб", "федерація", "суд",
        "посольство", "уряд", "кабмін", "офіс президента", "прокуратура", "ТОВ", "ПАТ", "АТ",
    ),
    "bg": (
        "министерство", "мвр", "полиция", "пожарна безопасност", "гдпбзн", "пожарникари", "спасители",
        "гражданска защита", "спешна помощ", "болница", "клиника", "университет", "община", "общината", "кметство",
        "столична община", "общински съвет", "съвет", "армия", "въоръжени сили", "военноморски сили", "агенция",
        "служба", "дирекция", "фондация", "музей", "клуб", "федерация", "народно събрание", "парламент", "съд",
        "посолство", "правителство", "министерски съвет", "президентство", "прокуратура", "оод", "еоод", "АД", "еад",
    ),
    "sr": (
        "ministarstvo", "министарство", "mup", "муп", "policija", "полиција", "vatrogasci", "ватрогасци",
        "sektor za vanredne situacije", "сектор за ванредне ситуације", "hitna pomoć", "хитна помоћ", "bolnica",
        "болница", "klinički centar", "клинички центар", "univerzitet", "универзитет", "opština", "општина", "grad",
        "град", "skupština", "скупштина", "vojska", "војска", "vojska srbije", "војска србије", "agencija", "агенција",
        "služba", "служба", "uprava", "управа", "fondacija", "фондација", "muzej", "музеј", "klub", "клуб", "savez",
        "савез", "sud", "суд", "ambasada", "амбасада", "vlada", "влада", "predsedništvo", "председништво", "d.o.o.",
        "a.d.", "д.о.о.",
    ),
    "hr": (
        "ministarstvo", "mup", "policija", "policijska uprava", "vatrogasci", "javna vatrogasna postrojba", "dvd",
        "hgss", "civilna zaštita", "hitna pomoć", "bolnica", "kbc", "klinika", "sveučilište", "grad", "općina",
        "gradsko vijeće", "vijeće", "sabor", "hrvatski sabor", "vojska", "hrvatska vojska", "oružane snage",
        "agencija", "služba", "uprava", "zaklada", "muzej", "klub", "savez", "sud", "veleposlanstvo", "vlada",
        "d.o.o.", "d.d.",
    ),
    "he": (
        "משרד", "משטרה", "המשטרה", "משטרת", "כבאות", "כבאות והצלה", "הצלה", 'מד"א', "מד״א", 'זק"א', "זק״א",
        "איחוד הצלה", "פיקוד העורף", "בית החולים", "בית חולים", "מרכז רפואי", "המרכז הרפואי", "אוניברסיטה",
        "האוניברסיטה", "אוניברסיטת", "עירייה", "העירייה", "עיריית", "מועצה", "המועצה", "מועצת", "מועצה אזורית", "צבא",
        "חיל הים", "חיל האוויר", "סוכנות", "הסוכנות", "לשכה", "לשכת", "שירות", "שירותי", "רשות", "מוזיאון", "מועדון",
        "התאחדות", "איגוד", "בית המשפט", "בית משפט", "שגרירות", "ממשלה", "הממשלה", 'בע"מ', "בע״מ",
    ),
    "ar": (
        "وزارة", "الوزارة", "الشرطة", "شرطة", "الدفاع المدني", "الإسعاف", "الهلال الأحمر", "الصليب الأحمر", "مستشفى",
        "المستشفى", "مجمع", "جامعة", "الجامعة", "بلدية", "البلدية", "مجلس", "المجلس", "الجيش", "القوات المسلحة",
        "القوات", "وكالة", "الوكالة", "مكتب", "المكتب", "هيئة", "الهيئة", "سلطة", "السلطة", "مؤسسة", "المؤسسة", "متحف",
        "المتحف", "نادي", "النادي", "اتحاد", "الاتحاد", "البرلمان", "مجلس النواب", "محكمة", "المحكمة", "سفارة",
        "السفارة", "الحكومة", "حكومة", "الرئاسة", "مديرية", "المديرية", "دائرة",
    ),
    "fa": (
        "وزارت", "وزارتخانه", "پلیس", "نیروی انتظامی", "فراجا", "آتش‌نشانی", "آتش نشانی", "هلال احمر", "اورژانس",
        "بیمارستان", "دانشگاه", "شهرداری", "شورای شهر", "شورا", "ارتش", "سپاه", "نیروی دریایی", "نیروهای مسلح",
        "خبرگزاری", "سازمان", "اداره", "دفتر", "ستاد", "بنیاد", "موزه", "باشگاه", "فدراسیون", "مجلس", "دادگاه",
        "قوه قضاییه", "سفارت", "دولت", "نهاد ریاست جمهوری",
    ),
    "zh": (
        "公安局", "警方", "警察", "消防", "消防局", "消防救援", "急救中心", "医院", "醫院", "大学", "大學", "政府",
        "市政府", "部队", "部隊", "海军", "海軍", "空军", "空軍", "解放军", "解放軍", "通讯社", "通訊社", "办公室",
        "辦公室", "基金会", "基金會", "博物馆", "博物館", "俱乐部", "俱樂部", "协会", "協會", "联合会", "聯合會",
        "委员会", "委員會", "法院", "大使馆", "大使館", "有限公司", "公司", "集团", "集團",
    ),
    "ja": (
        "警察", "警察署", "県警", "警視庁", "消防", "消防局", "消防本部", "病院", "大学", "市役所", "役所", "県庁",
        "議会", "自衛隊", "通信社", "事務所", "財団", "博物館", "美術館", "協会", "連盟", "国会", "裁判所", "大使館",
        "政府", "株式会社",
    ),
    "ko": (
        "경찰", "경찰청", "경찰서", "소방", "소방서", "소방본부", "소방청", "병원", "대학교", "대학", "시청", "구청",
        "도청", "의회", "국회", "육군", "해군", "공군", "국방부", "합동참모본부", "합참", "통신사", "사무소", "재단",
        "박물관", "협회", "연맹", "법원", "대사관", "정부", "대통령실", "주식회사",
    ),
    "id": (
        "kementerian", "polisi", "polri", "polda", "polres", "polsek", "kepolisian", "pemadam kebakaran", "damkar",
        "basarnas", "bnpb", "bpbd", "rumah sakit", "rsud", "klinik", "universitas", "pemerintah kota", "pemkot",
        "pemerintah kabupaten", "pemkab", "pemprov", "dprd", "dpr", "tni", "angkatan darat", "angkatan laut",
        "angkatan udara", "badan", "kantor", "dinas", "otoritas", "yayasan", "museum", "klub", "federasi", "persatuan",
        "mahkamah", "pengadilan", "kedutaan besar", "kedubes", "pemerintah", "istana", "sekretariat presiden", "PT",
        "tbk",
    ),
}

# Beginnings of body words in inflected languages ('policj' for Policja, Policji, Policję).
BODY_STEMS: dict[str, tuple[str, ...]] = {
    "de": (
        "ministeri", "bundesminister", "polizei", "feuerwehr", "krankenh", "klinik", "universität", "stadtverwalt",
        "bundeswehr", "streitkr", "behörd", "stiftung", "botschaft", "regierung", "gericht",
    ),
    "pl": (
        "ministerstw", "policj", "komend", "straż", "straży", "pogotow", "ratownict", "szpital", "klinik",
        "uniwersytet", "politechni", "urzęd", "urząd", "gmin", "starostw", "wojsk", "marynark", "agencj", "fundacj",
        "muze", "federacj", "trybunał", "ambasad", "kancelari", "służb", "rząd",
    ),
    "cs": (
        "ministerstv", "polici", "hasič", "záchrann", "nemocnic", "klinik", "univerzit", "magistrát", "radnic", "úřad",
        "armád", "agentur", "nadac", "muze", "soud", "velvyslanectv",
    ),
    "sk": (
        "ministerstv", "políci", "policajn", "hasič", "záchran", "nemocnic", "univerzit", "magistrát", "úrad", "armád",
        "agentúr", "nadáci", "múze", "veľvyslanectv",
    ),
    "hu": (
        "minisztérium", "rendőr", "tűzoltó", "katasztrófavédel", "mentőszolgálat", "kórház", "egyetem", "önkormányzat",
        "hivatal", "honvéd", "ügynökség", "hatóság", "alapítvány", "múzeum", "szövetség", "bíróság", "nagykövetség",
        "kormány",
    ),
    "ro": (
        "minister", "poliți", "politi", "jandarm", "pompier", "spital", "universit", "primări", "primari", "consili",
        "armat", "agenți", "agenti", "fundați", "fundati", "muze", "federați", "parlament", "tribunal", "ambasad",
        "guvern", "inspectorat",
    ),
    "sv": (
        "departement", "polis", "räddningstjänst", "sjukhus", "universitet", "kommun", "försvarsmakt", "myndighet",
        "stiftelse", "museum", "muse", "domstol", "regering", "ambassad",
    ),
    "no": (
        "departement", "politi", "brannvesen", "sykehus", "universitet", "kommune", "forsvar", "direktorat",
        "stiftelse", "museum", "muse", "regjering", "ambassade",
    ),
    "da": (
        "ministeri", "politi", "beredskab", "hospital", "sygehus", "universitet", "kommune", "forsvar", "styrelse",
        "museum", "muse", "regering", "ambassade",
    ),
    "fi": (
        "ministeri", "poliisi", "pelastuslaito", "sairaal", "yliopisto", "kaupungi", "puolustusvoim", "virasto",
        "säätiö", "museo", "eduskun", "hallitu", "suurlähetystö",
    ),
    "el": (
        "υπουργεί", "αστυνομ", "πυροσβεστ", "νοσοκομεί", "πανεπιστήμ", "πανεπιστημ", "δημαρχεί", "περιφέρει", "μουσεί",
        "κυβέρνησ", "δικαστήρ", "πρεσβεί", "λιμενικ",
    ),
    "tr": (
        "bakanl", "emniyet", "jandarma", "itfaiye", "hastane", "üniversite", "belediye", "valili", "kaymakaml",
        "müdürl", "başkanl", "vakf", "vakıf", "müze", "kulüb", "federasyon", "mahkeme", "büyükelçili", "cumhurbaşkanl",
    ),
    "ru": (
        "министерств", "полици", "пожарн", "спасател", "больниц", "клиник", "госпитал", "университет", "мэри",
        "администрац", "арми", "вооруж", "агентств", "ведомств", "служб", "управлени", "музе", "федерац", "посольств",
        "правительств", "прокуратур", "комитет",
    ),
    "uk": (
        "міністерств", "поліці", "рятувальн", "пожежн", "лікарн", "клінік", "шпитал", "госпітал", "університет",
        "мері", "адміністрац", "армі", "збройн", "агентств", "служб", "управлін", "музе", "федерац", "посольств",
        "уряд", "прокуратур", "генштаб",
    ),
    "bg": (
        "министерств", "полици", "пожарн", "болниц", "клиник", "университет", "общин", "кметств", "арми", "агенци",
        "служб", "дирекци", "фондаци", "музе", "федераци", "посолств", "правителств", "прокуратур",
    ),
    "sr": (
        "ministarstv", "министарств", "polici", "полициј", "vatrogas", "ватрогас", "bolnic", "болниц", "univerzitet",
        "универзитет", "opštin", "општин", "skupštin", "скупштин", "vojsk", "војск", "agencij", "агенциј", "služb",
        "служб", "muzej", "музеј", "ambasad", "амбасад",
    ),
    "hr": (
        "ministarstv", "polici", "vatrogas", "bolnic", "sveučilišt", "općin", "vojsk", "agencij", "služb", "zaklad",
        "muzej", "veleposlanstv",
    ),
    "he": (
        "משרד", "משטרת", "עיריית", "מועצת", "אוניברסיט", "מוזיאון", "רשות", "דוברות", "שגרירות", "ממשלת",
    ),
}

# Endings of body words in compounding languages ('Landespolizei', 'Utrikesdepartementet').
BODY_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": (
        "ministerium", "polizei", "feuerwehr", "klinikum", "krankenhaus", "klinik", "behörde", "verwaltung",
        "präsidium", "direktion", "kommando", "gericht", "stiftung", "verband", "museum", "universität",
    ),
    "nl": (
        "ziekenhuis", "politie", "brandweer", "ministerie",
    ),
    "hu": (
        "rendőrség", "kapitányság", "minisztérium", "kórház", "önkormányzat", "hivatal", "tűzoltóság", "ügynökség",
        "szolgálat", "hatóság", "bíróság", "egyetem", "igazgatóság",
    ),
    "sv": (
        "departementet", "verket", "myndigheten", "polisen", "kommun", "kommunen", "sjukhuset", "styrelsen",
        "inspektionen", "tjänsten",
    ),
    "no": (
        "departementet", "direktoratet", "politiet", "politi", "etaten", "tjenesten", "sykehuset", "kommune", "verket",
        "tilsynet",
    ),
    "da": (
        "ministeriet", "styrelsen", "politi", "politiet", "tjenesten", "hospitalet", "kommune",
    ),
    "fi": (
        "ministeriö", "poliisi", "laitos", "virasto", "sairaala", "keskus", "yliopisto", "liitto", "oikeus",
        "vartiosto", "voimat",
    ),
}

# Headers of related-story lists on news pages: the lines under them are headlines, not captions.
RELATED_HEADERS: dict[str, tuple[str, ...]] = {
    "tl": (
        "basahin din", "kaugnay na balita",
    ),
    "sw": (
        "soma pia", "habari zaidi",
    ),
    "ur": (
        "یہ بھی پڑھیں", "مزید پڑھیں",
    ),
    "bn": (
        "আরও পড়ুন", "সম্পর্কিত খবর",
    ),
    "th": (
        "อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง",
    ),
    "hi": (
        "यह भी पढ़ें", "ये भी पढ़ें", "संबंधित खबरें",
    ),
    "vi": (
        "xem thêm", "tin liên quan", "đọc thêm",
    ),
    "ms": (
        "baca juga", "berita berkaitan", "artikel berkaitan",
    ),
    "en": (
        "read more", "read also", "also read", "read next", "see also", "related", "related articles",
        "related stories", "related content", "related coverage", "related news", "more on this story",
        "more on this topic", "more stories", "more news", "most read", "most popular", "trending", "top stories",
        "latest news", "recommended", "recommended for you", "you may also like", "you might also like",
        "recommended stories", "most viewed", "most watched", "more from this section", "editor's picks",
    ),
    "fr": (
        "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi",
        "à voir aussi", "sur le même sujet", "les plus lus", "dans la même rubrique", "articles liés",
    ),
    "de": (
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "zum thema", "auch interessant",
        "das könnte sie auch interessieren", "meistgelesen", "meistgelesene artikel", "weitere artikel", "siehe auch",
        "mehr lesen",
    ),
    "es": (
        "lee también", "lea también", "leer más", "te puede interesar", "le puede interesar",
        "también te puede interesar", "te recomendamos", "más leídas", "lo más leído", "noticias relacionadas",
        "relacionado", "relacionadas", "ver también", "sigue leyendo",
    ),
    "pt": (
        "leia também", "veja também", "leia mais", "saiba mais", "veja mais", "leia ainda", "mais lidas",
        "notícias relacionadas", "relacionadas", "conteúdo relacionado", "você pode gostar",
    ),
    "it": (
        "leggi anche", "leggi pure", "potrebbe interessarti", "potrebbe interessarti anche", "i più letti",
        "più letti", "articoli correlati", "correlati", "vedi anche", "approfondisci",
    ),
    "nl": (
        "lees ook", "lees meer", "meer over", "bekijk ook", "ook interessant", "gerelateerd", "gerelateerde artikelen",
        "meest gelezen", "meer nieuws",
    ),
    "pl": (
        "zobacz także", "zobacz też", "zobacz również", "czytaj także", "czytaj też", "czytaj również",
        "czytaj więcej", "przeczytaj także", "przeczytaj też", "przeczytaj również", "polecamy", "najczęściej czytane",
        "powiązane artykuły",
    ),
    "cs": (
        "čtěte také", "čtěte též", "přečtěte si také", "přečtěte si", "související", "související články",
        "nejčtenější", "mohlo by vás zajímat", "další články",
    ),
    "sk": (
        "čítajte aj", "čítajte tiež", "prečítajte si aj", "prečítajte si tiež", "súvisiace", "súvisiace články",
        "najčítanejšie", "mohlo by vás zaujímať",
    ),
    "hu": (
        "olvassa el", "olvasd el", "kapcsolódó", "kapcsolódó cikkek", "ajánlott", "legolvasottabb",
        "ez is érdekelheti", "ezt is ajánljuk", "további cikkek",
    ),
    "ro": (
        "citește și", "citeste si", "citește mai mult", "vezi și", "vezi si", "articole similare", "știri similare",
        "cele mai citite", "te-ar putea interesa", "recomandări",
    ),
    "sv": (
        "läs också", "läs även", "läs mer", "relaterat", "relaterade artiklar", "mest läst", "mest lästa", "mer om",
    ),
    "no": (
        "les også", "les mer", "relatert", "relaterte saker", "mest lest", "mer om",
    ),
    "da": (
        "læs også", "læs mere", "relateret", "relaterede artikler", "mest læste", "mere om",
    ),
    "fi": (
        "lue myös", "lue lisää", "katso myös", "luetuimmat", "aiheesta lisää", "aiheeseen liittyvää",
    ),
    "el": (
        "διαβάστε επίσης", "διαβάστε ακόμη", "διαβάστε ακόμα", "δείτε επίσης", "δείτε ακόμη", "σχετικά άρθρα",
        "σχετικά θέματα", "δημοφιλή",
    ),
    "tr": (
        "ayrıca okuyun", "ilgili haberler", "ilgili haber", "benzer haberler", "bunları da okuyun",
        "ilginizi çekebilir", "bunlar da ilginizi çekebilir", "en çok okunanlar",
    ),
    "ru": (
        "читайте также", "читайте еще", "читайте ещё", "смотрите также", "по теме", "еще по теме", "ещё по теме",
        "материалы по теме", "новости по теме", "другие новости", "самое читаемое", "популярное", "рекомендуем",
    ),
    "uk": (
        "читайте також", "читайте ще", "дивіться також", "по темі", "на тему", "за темою", "новини за темою",
        "популярне", "найпопулярніше", "рекомендуємо", "вас може зацікавити",
    ),
    "bg": (
        "прочетете още", "още по темата", "вижте още", "свързани новини", "най-четени", "препоръчано",
    ),
    "sr": (
        "pročitajte još", "pročitajte i", "povezane vesti", "vezane vesti", "najčitanije", "preporučujemo",
        "прочитајте још", "прочитајте и", "повезане вести", "најчитаније",
    ),
    "hr": (
        "pročitajte i", "pročitajte još", "povezane vijesti", "vezane vijesti", "najčitanije", "preporučujemo",
        "možda vas zanima",
    ),
    "he": (
        "קראו עוד", "קראו גם", "עוד באתר", "עוד בנושא", "לכתבה המלאה", "כתבות נוספות", "עוד כתבות", "כתבות קשורות",
        "הכי נקראים", "הכי נקראות", "הכי נצפים", "הכי נצפות", "מומלצים", "אולי יעניין אותך",
    ),
    "ar": (
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "اقرا ايضا", "اقرأ المزيد", "شاهد أيضا", "مواضيع ذات صلة",
        "أخبار ذات صلة", "اخبار ذات صلة", "مقالات ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "قد يهمك",
    ),
    "fa": (
        "بیشتر بخوانید", "بخوانید", "همچنین بخوانید", "مطالب مرتبط", "مطلب مرتبط", "اخبار مرتبط", "پربازدیدترین",
    ),
    "zh": (
        "相关新闻", "相關新聞", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "相关阅读", "相關閱讀",
    ),
    "ja": (
        "関連記事", "関連ニュース", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "おすすめ記事",
    ),
    "ko": (
        "관련기사", "관련 기사", "많이 본 뉴스", "추천 기사", "함께 보면 좋은 기사",
    ),
    "id": (
        "baca juga", "baca selengkapnya", "berita terkait", "artikel terkait", "terpopuler", "simak juga",
        "lihat juga",
    ),
}

# Share and page controls as bare words (platform names are in furniture's own list).
SHARE_WORDS: dict[str, tuple[str, ...]] = {
    "tl": (
        "ibahagi",
    ),
    "sw": (
        "shiriki",
    ),
    "ur": (
        "شیئر کریں", "شیئر",
    ),
    "bn": (
        "শেয়ার", "শেয়ার করুন",
    ),
    "th": (
        "แชร์", "แบ่งปัน",
    ),
    "hi": (
        "शेयर करें", "शेयर", "कमेंट",
    ),
    "vi": (
        "chia sẻ", "bình luận", "in bài",
    ),
    "ms": (
        "kongsi", "kongsikan",
    ),
    "en": (
        "share", "tweet", "copy link", "link copied", "email", "e-mail", "print", "comment", "comments", "save",
        "bookmark",
    ),
    "fr": (
        "partager", "partagez", "tweeter", "imprimer", "copier le lien", "lien copié", "envoyer", "commenter",
        "commentaires", "enregistrer",
    ),
    "de": (
        "teilen", "drucken", "link kopieren", "kommentare", "kommentieren", "merken", "senden", "speichern",
    ),
    "es": (
        "compartir", "imprimir", "copiar enlace", "copiar link", "comentarios", "enviar", "guardar",
    ),
    "pt": (
        "compartilhar", "compartilhe", "partilhar", "partilhe", "imprimir", "copiar link", "comentários", "comentar",
        "enviar", "salvar",
    ),
    "it": (
        "condividi", "stampa", "copia link", "commenti", "commenta", "invia", "salva",
    ),
    "nl": (
        "delen", "deel", "printen", "link kopiëren", "kopieer link", "reacties", "opslaan",
    ),
    "pl": (
        "udostępnij", "podziel się", "skomentuj", "komentarze", "drukuj", "kopiuj link", "skopiuj link", "wyślij",
        "zapisz",
    ),
    "cs": (
        "sdílet", "sdílejte", "tisk", "vytisknout", "kopírovat odkaz", "komentáře", "diskuse", "uložit",
    ),
    "sk": (
        "zdieľať", "tlačiť", "kopírovať odkaz", "komentáre", "diskusia", "uložiť",
    ),
    "hu": (
        "megosztás", "oszd meg", "nyomtatás", "link másolása", "hozzászólások", "kommentek", "mentés", "küldés",
    ),
    "ro": (
        "distribuie", "trimite", "printează", "copiază link", "copiaza link", "comentarii", "salvează",
    ),
    "sv": (
        "dela", "skriv ut", "kopiera länk", "kommentera", "kommentarer", "spara",
    ),
    "no": (
        "del", "skriv ut", "kopier lenke", "kommentarer", "lagre",
    ),
    "da": (
        "del", "print", "kopiér link", "kopier link", "kommentarer", "gem",
    ),
    "fi": (
        "jaa", "tulosta", "kopioi linkki", "kommentit", "kommentoi", "tallenna",
    ),
    "el": (
        "κοινοποίηση", "κοινοποιήστε", "μοιράσου", "εκτύπωση", "αντιγραφή συνδέσμου", "σχόλια", "αποστολή",
    ),
    "tr": (
        "paylaş", "paylaşın", "yazdır", "bağlantıyı kopyala", "linki kopyala", "yorumlar", "yorum yap", "kaydet",
        "gönder",
    ),
    "ru": (
        "поделиться", "поделитесь", "отправить", "распечатать", "печать", "скопировать ссылку", "копировать ссылку",
        "комментарии", "твитнуть", "сохранить",
    ),
    "uk": (
        "поділитися", "поширити", "надіслати", "друкувати", "скопіювати посилання", "копіювати посилання", "коментарі",
        "зберегти",
    ),
    "bg": (
        "сподели", "споделете", "принтирай", "печат", "копирай линк", "коментари", "изпрати",
    ),
    "sr": (
        "podeli", "podelite", "štampaj", "kopiraj link", "komentari", "подели", "поделите", "штампај", "копирај линк",
        "коментари",
    ),
    "hr": (
        "podijeli", "podijelite", "ispis", "ispiši", "kopiraj poveznicu", "kopiraj link", "komentari", "pošalji",
    ),
    "he": (
        "שתפו", "שתף", "שיתוף", "הדפסה", "הדפס", "העתק קישור", "העתקת קישור", "תגובות", "שלח", "שמירה",
    ),
    "ar": (
        "مشاركة", "شارك", "انشر", "طباعة", "نسخ الرابط", "تعليقات", "التعليقات", "أرسل", "حفظ",
    ),
    "fa": (
        "اشتراک‌گذاری", "اشتراک گذاری", "چاپ", "کپی لینک", "نظرات", "ارسال", "ذخیره",
    ),
    "zh": (
        "分享", "打印", "列印", "复制链接", "複製連結", "评论", "評論", "收藏", "转发", "轉發",
    ),
    "ja": (
        "シェア", "共有", "印刷", "リンクをコピー", "コメント", "ツイート", "保存", "ブックマーク",
    ),
    "ko": (
        "공유", "공유하기", "인쇄", "링크 복사", "댓글", "스크랩", "보내기",
    ),
    "id": (
        "bagikan", "cetak", "salin tautan", "salin link", "komentar", "kirim", "simpan",
        "bagikan artikel",
    ),
}

# Gallery buttons, and the noun in a counter ('7 photos', '12 zdjęć', '5 kuvaa').
GALLERY_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "photos", "pictures", "images", "photo", "picture", "image", "gallery", "photo gallery", "view gallery",
        "open gallery", "view all photos", "see all photos", "slideshow", "view slideshow", "slide",
    ),
    "fr": (
        "photos", "images", "diaporama", "galerie", "galerie photo", "voir la galerie", "voir le diaporama",
        "diapositive",
    ),
    "de": (
        "fotos", "bilder", "bildergalerie", "galerie", "fotostrecke", "bilderstrecke", "zur bildergalerie",
        "zur fotostrecke", "alle bilder",
    ),
    "es": (
        "fotos", "imágenes", "galería", "galería de fotos", "fotogalería", "ver galería", "ver fotos",
    ),
    "pt": (
        "fotos", "imagens", "galeria", "galeria de fotos", "fotogaleria", "ver galeria", "ver fotos",
        "foto",
    ),
    "it": (
        "foto", "immagini", "galleria", "galleria fotografica", "fotogallery", "gallery", "guarda la gallery",
        "sfoglia la gallery",
    ),
    "nl": (
        "foto's", "fotoserie", "fotogalerij", "galerij", "bekijk de fotoserie", "beelden",
    ),
    "pl": (
        "zdjęcie", "zdjęcia", "zdjęć", "galeria", "galeria zdjęć", "fotogaleria", "zobacz galerię",
        "przejdź do galerii",
    ),
    "cs": (
        "fotografie", "fotografií", "fotky", "fotek", "galerie", "fotogalerie", "zobrazit galerii",
    ),
    "sk": (
        "fotografie", "fotografií", "fotky", "fotiek", "galéria", "fotogaléria", "pozrieť galériu",
    ),
    "hu": (
        "fotó", "fotók", "kép", "képek", "galéria", "fotógaléria", "képgaléria",
    ),
    "ro": (
        "fotografii", "poze", "imagini", "galerie", "galerie foto", "galeria foto", "vezi galeria",
    ),
    "sv": (
        "bilder", "foton", "bildspel", "galleri", "se alla bilder",
    ),
    "no": (
        "bilder", "bildeserie", "galleri", "se alle bildene",
    ),
    "da": (
        "billeder", "fotos", "billedserie", "galleri", "se alle billeder",
    ),
    "fi": (
        "kuvaa", "kuvat", "kuvagalleria", "galleria", "katso kuvat",
        "kuva",
    ),
    "el": (
        "φωτογραφίες", "φωτογραφία", "γκαλερί", "δείτε τις φωτογραφίες",
    ),
    "tr": (
        "fotoğraf", "fotoğraflar", "galeri", "foto galeri", "fotogaleri", "galeriyi aç", "tüm fotoğraflar",
    ),
    "ru": (
        "фото", "фотографии", "фотографий", "снимков", "снимка", "снимки", "галерея", "фотогалерея", "фоторепортаж",
        "смотреть галерею", "все фото",
    ),
    "uk": (
        "фото", "фотографії", "фотографій", "світлин", "світлини", "галерея", "фотогалерея", "фоторепортаж",
        "дивитися галерею",
    ),
    "bg": (
        "снимки", "снимка", "галерия", "фотогалерия", "вижте галерията",
    ),
    "sr": (
        "fotografija", "fotografije", "galerija", "foto galerija", "фотографија", "фотографије", "галерија",
        "фото галерија",
    ),
    "hr": (
        "fotografija", "fotografije", "galerija", "fotogalerija", "pogledajte galeriju",
    ),
    "he": (
        "תמונות", "תמונה", "גלריה", "גלריית תמונות", "לגלריה המלאה", "לכל התמונות", "צפו בגלריה",
    ),
    "ar": (
        "صور", "صورة", "معرض الصور", "ألبوم الصور", "شاهد الصور",
    ),
    "fa": (
        "عکس", "تصاویر", "عکس‌ها", "گالری", "گالری عکس", "گزارش تصویری",
    ),
    "zh": (
        "图集", "圖集", "组图", "組圖", "图片", "圖片", "相册", "相簿",
    ),
    "ja": (
        "写真", "画像", "フォトギャラリー", "ギャラリー", "写真特集",
    ),
    "ko": (
        "사진", "포토", "갤러리", "포토갤러리", "사진 더보기",
    ),
    "id": (
        "foto", "galeri", "galeri foto", "lihat foto", "lihat galeri",
    ),
}

# Advertisement markers.
ADVERT_WORDS: dict[str, tuple[str, ...]] = {
    "tl": (
        "patalastas",
    ),
    "sw": (
        "tangazo", "matangazo",
    ),
    "ur": (
        "اشتہار",
    ),
    "bn": (
        "বিজ্ঞাপন",
    ),
    "th": (
        "โฆษณา",
    ),
    "hi": (
        "विज्ञापन",
    ),
    "vi": (
        "quảng cáo",
    ),
    "ms": (
        "iklan",
    ),
    "en": (
        "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "promoted", "paid content",
        "partner content", "story continues below advertisement", "article continues below advertisement",
    ),
    "fr": (
        "publicité", "pub", "contenu sponsorisé", "sponsorisé", "contenu partenaire", "publireportage",
    ),
    "de": (
        "anzeige", "werbung", "gesponsert", "advertorial",
    ),
    "es": (
        "publicidad", "anuncio", "contenido patrocinado", "patrocinado",
    ),
    "pt": (
        "publicidade", "anúncio", "conteúdo patrocinado", "patrocinado", "continua após a publicidade",
    ),
    "it": (
        "pubblicità", "pubblicita", "annuncio", "contenuto sponsorizzato", "sponsorizzato",
    ),
    "nl": (
        "advertentie", "reclame", "gesponsord", "gesponsorde inhoud",
    ),
    "pl": (
        "reklama", "artykuł sponsorowany", "materiał sponsorowany", "materiał partnera",
    ),
    "cs": (
        "reklama", "inzerce", "komerční sdělení",
    ),
    "sk": (
        "reklama", "inzercia", "komerčný článok",
    ),
    "hu": (
        "hirdetés", "reklám", "szponzorált tartalom", "támogatott tartalom",
    ),
    "ro": (
        "publicitate", "reclamă", "conținut sponsorizat", "articol sponsorizat",
    ),
    "sv": (
        "annons", "reklam", "sponsrat innehåll",
    ),
    "no": (
        "annonse", "reklame", "annonsørinnhold", "sponset",
    ),
    "da": (
        "annonce", "reklame", "sponsoreret",
    ),
    "fi": (
        "mainos", "kaupallinen yhteistyö", "sponsoroitu",
    ),
    "el": (
        "διαφήμιση", "χορηγούμενο", "χορηγούμενο περιεχόμενο",
    ),
    "tr": (
        "reklam", "sponsorlu", "sponsorlu içerik",
    ),
    "ru": (
        "реклама", "на правах рекламы", "партнерский материал", "партнёрский материал", "спецпроект",
    ),
    "uk": (
        "реклама", "на правах реклами", "партнерський матеріал", "спецпроєкт",
    ),
    "bg": (
        "реклама", "платена публикация", "спонсорирано",
    ),
    "sr": (
        "reklama", "oglas", "sponzorisano", "реклама", "оглас", "спонзорисано",
    ),
    "hr": (
        "oglas", "reklama", "sponzorirano",
    ),
    "he": (
        "פרסומת", "תוכן ממומן", "ממומן",
    ),
    "ar": (
        "إعلان", "اعلان", "محتوى مدفوع", "محتوى برعاية",
    ),
    "fa": (
        "آگهی", "تبلیغات", "رپورتاژ آگهی",
    ),
    "zh": (
        "广告", "廣告", "推广", "推廣",
    ),
    "ja": (
        "広告", "スポンサーリンク",
    ),
    "ko": (
        "광고",
    ),
    "id": (
        "iklan", "konten bersponsor", "advertorial",
        "advertisement",
    ),
}

# Words that lead a timestamp line ('Updated 3 hours ago', 'Aktualisiert am …').
TIMESTAMP_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "updated", "last updated", "published", "first published", "posted", "modified",
    ),
    "fr": (
        "mis à jour", "mis a jour", "mise à jour", "publié", "publié le", "modifié le", "actualisé",
    ),
    "de": (
        "aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "veröffentlicht", "veröffentlicht am", "stand",
    ),
    "es": (
        "actualizado", "actualizada", "actualizado el", "última actualización", "publicado", "publicada",
    ),
    "pt": (
        "atualizado", "atualizada", "atualizado em", "publicado", "publicada", "publicado em",
    ),
    "it": (
        "aggiornato", "aggiornato il", "ultimo aggiornamento", "pubblicato", "pubblicato il",
    ),
    "nl": (
        "bijgewerkt", "laatst bijgewerkt", "gepubliceerd", "aangepast",
    ),
    "pl": (
        "zaktualizowano", "aktualizacja", "data aktualizacji", "opublikowano", "data publikacji",
    ),
    "cs": (
        "aktualizováno", "aktualizace", "publikováno", "vydáno",
    ),
    "sk": (
        "aktualizované", "aktualizácia", "publikované", "uverejnené",
    ),
    "hu": (
        "frissítve", "frissítés", "utolsó frissítés", "közzétéve", "megjelent",
    ),
    "ro": (
        "actualizat", "actualizare", "ultima actualizare", "publicat", "data publicării",
    ),
    "sv": (
        "uppdaterad", "uppdaterat", "senast uppdaterad", "publicerad", "publicerat",
    ),
    "no": (
        "oppdatert", "sist oppdatert", "publisert",
    ),
    "da": (
        "opdateret", "senest opdateret", "publiceret", "offentliggjort",
    ),
    "fi": (
        "päivitetty", "julkaistu",
    ),
    "el": (
        "ενημερώθηκε", "ενημέρωση", "τελευταία ενημέρωση", "δημοσιεύθηκε", "δημοσιεύτηκε", "δημοσίευση",
    ),
    "tr": (
        "güncellendi", "güncelleme", "son güncelleme", "güncellenme", "yayınlandı", "yayınlanma", "yayınlanma tarihi",
    ),
    "ru": (
        "обновлено", "обновлен", "обновлён", "опубликовано", "опубликован", "дата публикации",
    ),
    "uk": (
        "оновлено", "опубліковано", "оприлюднено", "дата публікації",
    ),
    "bg": (
        "обновена", "обновено", "актуализирана", "публикувана", "публикувано",
    ),
    "sr": (
        "ažurirano", "objavljeno", "ажурирано", "објављено",
    ),
    "hr": (
        "ažurirano", "zadnje ažuriranje", "objavljeno",
    ),
    "he": (
        "עודכן", "עודכנה", "עודכן לאחרונה", "עדכון אחרון", "פורסם", "פורסמה",
    ),
    "ar": (
        "تحديث", "تم التحديث", "آخر تحديث", "محدث", "نشر", "نشر في", "تاريخ النشر",
    ),
    "fa": (
        "به‌روزرسانی", "بروزرسانی", "آخرین به‌روزرسانی", "انتشار", "تاریخ انتشار", "منتشر شده",
    ),
    "zh": (
        "更新", "更新时间", "更新時間", "发布时间", "發布時間", "发表于", "發表於",
    ),
    "ja": (
        "更新", "更新日", "公開", "公開日", "配信",
    ),
    "ko": (
        "입력", "기사입력", "수정", "최종수정", "업데이트",
    ),
    "id": (
        "diperbarui", "diterbitkan", "dipublikasikan", "pembaruan terakhir",
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

# More spellings and scripts of platforms and broadcasters, keyed by their canonical name in
# ``catalog.credits.bodies.PLATFORMS`` (none of them already there).
BROADCASTER_ALIASES: dict[str, tuple[str, ...]] = {
    "Channel 12": (
        "קשת 12", "Keshet 12",
    ),
    "Channel 13": (
        "ערוץ 13", "רשת 13", "Reshet 13",
    ),
    "Channel 14": (
        "Now 14",
    ),
    "Kan": (
        "כאן", "כאן חדשות", "Kan 11 News", "תאגיד השידור הישראלי", "Israeli Public Broadcasting Corporation",
    ),
    "i24NEWS": (
        "i24",
    ),
    "X": (
        "Твітер", "x.com", "twitter.com", "توییتر", "推特", "ツイッター", "트위터",
        "एक्स", "ট্যুইটার", "ٹوئٹر", "ทวิตเตอร์",
    ),
    "YouTube": (
        "Ютюб", "youtube.com", "یوتیوب", "ユーチューブ", "유튜브", "YouTube-канал",
        "यूट्यूब", "ইউটিউব", "یوٹیوب", "ยูทูบ",
    ),
    "Facebook": (
        "facebook.com", "فیسبوک", "脸书", "臉書", "フェイスブック", "페이스북",
        "फेसबुक", "ফেসবুক", "فیس بک", "เฟซบุ๊ก",
    ),
    "Instagram": (
        "Інстаграм", "إنستجرام", "اینستاگرام", "インスタグラム", "인스타그램",
        "इंस्टाग्राम", "ইনস্টাগ্রাম", "انسٹاگرام", "อินสตาแกรม",
    ),
    "Telegram": (
        "Telegram channel", "تلگرام", "テレグラム", "텔레그램",
    ),
    "TikTok": (
        "تیک‌تاک", "ティックトック", "틱톡",
        "टिकटॉक", "টিকটক", "ٹک ٹاک", "ติ๊กต็อก",
    ),
    "VK": (
        "ВК", "vk.com",
    ),
    "Al Jazeera": (
        "Al Jazeera English", "Al Jazeera Arabic", "Al Jazeera Mubasher", "الجزيرة مباشر", "Аль-Джазира", "אל-ג'זירה",
    ),
    "Al Arabiya": (
        "قناة العربية", "Аль-Арабия", "אל-ערבייה",
    ),
    "CNN": (
        "سي إن إن", "Си-эн-эн", "סי-אן-אן",
    ),
    "BBC": (
        "BBC World Service", "BBC Arabic", "بي بي سي", "بي بي سي عربي", "Би-би-си", "בי-בי-סי",
    ),
    "Fox News": (
        "Fox News Channel", "פוקס ניוז",
    ),
    "RT": (
        "RT Arabic", "روسيا اليوم",
    ),
    "Euronews": (
        "Евроньюс", "يورونيوز",
    ),
    "France 24": (
        "فرانس 24",
    ),
    "TRT": (
        "TRT Arabi", "TRT عربي",
    ),
    "NHK": (
        "NHK World", "日本放送協会",
    ),
    "ARD": (
        "Das Erste",
    ),
    "RAI": (
        "Rai 1", "Rai Uno",
    ),
    "RTVE": (
        "Televisión Española",
    ),
    "ZDF": (
        "ZDFheute",
    ),
    "Al Mayadeen": (
        "قناة الميادين",
    ),
    "Al Manar": (
        "قناة المنار",
    ),
    "Al Araby": (
        "Al Araby TV", "التلفزيون العربي",
    ),
    "Channel One Russia": (
        "1tv",
    ),
}

# More spellings and scripts of organisations, keyed by their canonical name in
# ``catalog.credits.bodies.ORGANISATIONS`` (none of them already there).
ORG_ALIASES: dict[str, tuple[str, ...]] = {
    "Bernama": (
        "Gambar Bernama",
    ),
    "ANI": (
        "एएनआई", "اے این آئی",
    ),
    "Prime Minister's Office": (
        "לשכת ראש הממשלה", 'לשכת רה"מ', 'לשכת רוה"מ',
    ),
    "WAFA": (
        "وكالة الأنباء الفلسطينية", "وكالة الأنباء والمعلومات الفلسطينية", "WAFA News Agency",
        "Palestinian News and Information Agency",
    ),
    "Ukrinform": (
        "Укринформ",
    ),
    "PA": (
        "PA Photos",
    ),
    "AP": (
        "美联社", "美聯社", "AP通信", "AP통신", "آسوشیتدپرس",
        "เอพี", "এপি", "एपी", "اے پی",
        "Invision", "Invision/AP",
    ),
    "Reuters": (
        "路透社", "ロイター", "로이터", "رویترز", "Ройтерс",
        "รอยเตอร์", "রয়টার্স", "रॉयटर्स", "رائٹرز", "Ρόιτερς",
    ),
    "AFP": (
        "法新社", "خبرگزاری فرانسه", "סוכנות הידיעות הצרפתית",
        "เอเอฟพี", "এএফপি", "एएफपी", "اے ایف پی", "AFP통신", "Γαλλικό Πρακτορείο",
    ),
    "Getty Images": (
        "גטי אימג'ס", "גטי",
    ),
    "dpa": (
        "德新社",
        "د.ب.أ", "د ب أ", "د. ب. أ",
    ),
    "Xinhua": (
        "Синьхуа", "شينخوا", "新華社",
        "ซินหัว", "সিনহুয়া", "शिन्हुआ", "شنہوا", "신화통신",
    ),
    "TASS": (
        "塔斯社", "وكالة تاس", "تاس",
    ),
    "Sputnik": (
        "سبوتنيك",
    ),
    "RIA Novosti": (
        "ريا نوفوستي",
    ),
    "Anadolu": (
        "Anadolu Ajansi", "Анадолу",
        "Agencia Anadolu", "Agence Anadolu", "Agenzia Anadolu",
    ),
    "Yonhap": (
        "Yonhap News", "Йонхап",
    ),
    "Kyodo": (
        "Kyodo News Agency", "Киодо",
    ),
    "KCNA": (
        "ЦТАК", "조선중앙통신", "朝鲜中央通讯社", "朝中社", "朝鮮中央通信",
    ),
    "ANSA": (
        "Agenzia ANSA", "Agenzia Nazionale Stampa Associata",
    ),
    "IRNA": (
        "Islamic Republic News Agency", "إرنا", "خبرگزاری جمهوری اسلامی",
    ),
    "Tasnim": (
        "خبرگزاری تسنیم",
    ),
    "Fars": (
        "خبرگزاری فارس", "وكالة فارس",
    ),
    "SANA": (
        "Syrian Arab News Agency", "الوكالة العربية السورية للأنباء",
    ),
    "WAM": (
        "Emirates News Agency", "وكالة أنباء الإمارات",
    ),
    "SPA": (
        "Saudi Press Agency", "وكالة الأنباء السعودية",
    ),
    "QNA": (
        "Qatar News Agency", "وكالة الأنباء القطرية", "قنا",
    ),
    "KUNA": (
        "Kuwait News Agency", "وكالة الأنباء الكويتية",
    ),
    "Petra": (
        "وكالة الأنباء الأردنية",
    ),
    "MAP": (
        "وكالة المغرب العربي للأنباء",
    ),
    "APS": (
        "وكالة الأنباء الجزائرية",
    ),
    "ČTK": (
        "Česká tisková kancelář",
    ),
    "MTI": (
        "Magyar Távirati Iroda",
    ),
    "BTA": (
        "БТА", "Българска телеграфна агенция",
    ),
    "Tanjug": (
        "Танјуг",
    ),
    "NTB": (
        "Norsk Telegrambyrå",
    ),
    "ANP": (
        "Algemeen Nederlands Persbureau",
    ),
    "Belga": (
        "Agence Belga",
    ),
    "Ritzau Scanpix": (
        "Ritzau",
    ),
    "Antara": (
        "Antara News",
        "LKBN Antara", "Kantor Berita Antara",
    ),
    "VNA": (
        "TTXVN", "Thông tấn xã Việt Nam",
    ),
    "Keystone-SDA": (
        "Keystone-ATS",
    ),
    "Israel Police": (
        "Полиция Израиля", "الشرطة الإسرائيلية",
    ),
    "Knesset": (
        "Кнессет", "الكنيست",
    ),
    "White House": (
        "Белый дом", "البيت الأبيض", "הבית הלבן",
        "Nhà Trắng", "ทำเนียบขาว", "हाइट हाउस", "व्हाइट हाउस", "Maison Blanche", "Casa Blanca",
        "Casa Branca", "Weißes Haus", "Beyaz Saray",
    ),
    "IDF": (
        "Israeli Defence Forces",
    ),
    "Shin Bet": (
        "الشاباك",
    ),
    "NASA": (
        "НАСА", "ناسا", 'נאס"א',
    ),
    "UN Photo": (
        "ООН", "الأمم المتحدة", 'האו"ם',
    ),
    "The New York Times": (
        "ניו יורק טיימס", "Нью-Йорк Таймс", "نيويورك تايمز",
    ),
    "The Washington Post": (
        "וושינגטון פוסט", "واشنطن بوست",
    ),
    "Maariv": (
        "מעריב",
    ),
    "Israel Hayom": (
        "ישראל היום",
    ),
    "The Jerusalem Post": (
        "ג'רוזלם פוסט",
    ),
    "Kremlin": (
        "الكرملين", "克里姆林宫",
    ),
}

# Phrases whose case matters: compile them case-sensitively ('STR', not 'str.'; 'AS', not 'as').
CASE_SENSITIVE: frozenset[str] = frozenset(
    (
        "AB", "AG", "AS", "ASA", "ApS", "DR", "HO", "KG", "Oy", "PT", "SA", "SAS", "STR", "АД", "АО", "АТ", "ПАТ",
        "ТОВ",
    )
)

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
