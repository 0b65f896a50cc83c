"""The page's own furniture around a picture: gallery controls and counters, advertisement markers
and timestamp lines."""

from __future__ import annotations

__all__ = [
    "ADVERT_WORDS",
    "GALLERY_WORDS",
    "TIMESTAMP_WORDS",
]

# fmt: off
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
# fmt: on
