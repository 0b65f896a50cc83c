"""Markers of a picture the desk got second-hand: handed out, pooled, or grabbed from a screen or video."""

from __future__ import annotations

__all__ = [
    "HANDOUT",
    "POOL",
    "SCREENSHOT",
]

# fmt: off
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
# fmt: on
