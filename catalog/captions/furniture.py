"""Page furniture: the text a web page puts around its pictures that is neither caption, credit nor headline.

Share buttons copied as bare words, gallery counters, advertisement markers, ``Read more`` and related-headline
headers, timestamps and ``Updated …`` lines, bylines — in the languages desks meet. Recognised by whole-line
shape only (a caption that merely contains the word ``share`` is a caption).
"""

from __future__ import annotations

import re
import unicodedata

from catalog.credits import phrases
from catalog.credits.labels import ABBREVIATIONS, LABEL, is_label_word
from catalog.credits.line import looks_like_name
from catalog.credits.orgs import canonical, platform

_SHARE = frozenset(
    """share tweet whatsapp email e-mail mail print copy link copylink copied linkcopied facebook twitter x
    telegram pinterest linkedin reddit messenger flipboard sms comments comment save saved bookmark listen follow
    subscribe close open expand enlarge zoom fullscreen next previous prev back more menu gift send embed
    download shares vk вконтакте одноклассники ok viber threads bluesky mastodon
    שתפו שתף שיתוף הדפסה תגובות העתק קישור поделиться поделитесь твитнуть комментарии
    отправить مشاركة شارك انشر تعليقات partager partagez imprimer commenter teilen drucken kommentare teilen
    compartir imprimir comentarios condividi stampa commenti
    تويتر واتساب واتس فيسبوك فيس تلغرام تيليجرام لينكدإن פייסבוק טוויטר וואטסאפ ווטסאפ טלגרם
    твиттер фейсбук телеграм вотсап ватсап""".split()
)
_SHARE_PHRASES = frozenset(
    {
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share on x",
        "share on whatsapp",
        "share via email",
        "copy link",
        "link copied",
        "copy the link",
        "next slide",
        "previous slide",
        "next image",
        "previous image",
        "view gallery",
        "open gallery",
        "view image",
        "photo gallery",
        "gallery",
        "video",
        "watch",
        "watch video",
        "listen to this article",
        "sign up",
        "subscribe now",
        "purchase licensing rights",
        "opens new tab",
        "purchase licensing rights, opens new tab",
        "העתק קישור",
        "скопировать ссылку",
        "نسخ الرابط",
        "copier le lien",
        "link kopieren",
        "copiar enlace",
        "copia link",
    }
)
# Controls printed on the picture itself (between it, its caption and its credit): they part nothing.
_IMAGE_CONTROLS = frozenset(
    {
        "toggle caption",
        "hide caption",
        "show caption",
        "enlarge this image",
        "enlarge image",
        "enlarge",
        "expand",
        "zoom",
        "fullscreen",
        "bild vergrößern",
        "bild vergroessern",
        "agrandir l'image",
        "agrandir",
        "ampliar imagen",
        "ingrandisci",
        "увеличить",
        "הגדלה",
        "הגדל תמונה",
        "تكبير الصورة",
    }
)
_ADVERTISEMENT = frozenset(
    {
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "promoted",
        "story continues below advertisement",
        "story continues below",
        "continue reading",
        "article continues after advertisement",
        "article continues below advertisement",
        "article continues below",
        "continue reading below",
        "scroll to continue with content",
        "anzeige",
        "werbung",
        "publicité",
        "publicite",
        "pub",
        "פרסומת",
        "תוכן ממומן",
        "реклама",
        "إعلان",
        "اعلان",
        "publicidad",
        "anuncio",
        "pubblicità",
        "pubblicita",
    }
)
_RELATED = frozenset(
    {
        "read more",
        "read also",
        "also read",
        "read next",
        "related",
        "related articles",
        "related stories",
        "related content",
        "related coverage",
        "related news",
        "more on this story",
        "more stories",
        "more from",
        "most read",
        "most popular",
        "most viewed",
        "popular",
        "trending",
        "trending now",
        "recommended",
        "recommended for you",
        "you may also like",
        "you might also like",
        "see also",
        "top stories",
        "latest news",
        "more news",
        "קראו עוד",
        "קראו גם",
        "עוד בנושא",
        "כתבות נוספות",
        "הכי נקראים",
        "מומלצים",
        "читайте также",
        "читайте еще",
        "по теме",
        "самое читаемое",
        "популярное",
        "اقرأ أيضا",
        "اقرأ أيضاً",
        "اقرأ ايضا",
        "مواضيع ذات صلة",
        "الأكثر قراءة",
        "lire aussi",
        "à lire aussi",
        "a lire aussi",
        "sur le même sujet",
        "les plus lus",
        "lesen sie auch",
        "mehr zum thema",
        "auch interessant",
        "meistgelesen",
        "leer más",
        "lea también",
        "te puede interesar",
        "más leídas",
        "leggi anche",
        "potrebbe interessarti",
        "i più letti",
    }
)
_READ_MORE_PREFIX = re.compile(
    r"^(?:read more|read also|also read|related|see also|watch|קראו עוד|קראו גם|читайте также|читайте также:|"
    r"اقرأ أيضا|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|lea también|leer más|leggi anche|"
    + phrases.pattern("RELATED_HEADERS")
    + r")"
    r"\s*[:|>»›-]\s*\S",
    re.IGNORECASE,
)
_TIMESTAMP_LEAD = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|modified|first published|עודכן|עודכנה|פורסם|פורסמה|"
    r"обновлено|опубликовано|обновлен|опубликован|mis à jour|mis a jour|publié|publie|publié le|aktualisiert|"
    r"veröffentlicht|actualizado|publicado|aggiornato|pubblicato|تم التحديث|آخر تحديث|تاريخ النشر|نشر في|نشر)"
    r"(?:\s+(?:on|at|le|am|el|il))?\s*[:：,-]?\s*\S",
    re.IGNORECASE,
)
_DATE_WORDS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september
    october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
    am pm a.m. p.m. utc gmt idt ist est edt cet cest msk bst pdt pst et ago hour hours minute minutes min mins
    second seconds day days week weeks month months year years yesterday today now just h m at on
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
    lundi mardi mercredi jeudi vendredi samedi dimanche le à il y a heures heure minutes hier aujourd'hui
    januar februar märz maerz mai juni juli august oktober dezember montag dienstag mittwoch donnerstag freitag
    samstag sonntag uhr vor stunden stunde minuten gestern heute um am
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre hace horas de del
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre ore fa
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря янв фев мар апр июн июл
    авг сен окт ноя дек г года час часа часов минут минуты назад вчера сегодня в мск
    ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר יום ראשון שני שלישי רביעי חמישי
    שישי שבת לפני שעות שעה דקות אתמול היום בשעה ב-
    يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر منذ ساعة ساعات دقائق دقيقة
    أمس اليوم الساعة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت م ص مساء صباحا
    يوليو يونيو""".split()
)
_NUMBERISH = re.compile(r"^[\d:./,\-–—()+]+(?:st|nd|rd|th|h|[ap]m|h\d\d)?$", re.IGNORECASE)
_COUNTER = re.compile(
    r"^(?P<open>[(\[])?(?P<label>(?:image|photo|picture|slide|item|foto|bild|תמונה|фото|снимок|صورة|diapositive|imagen|"
    r"immagine|"
    + phrases.pattern("GALLERY_WORDS")
    + "|"
    + phrases.pattern("LABELS")
    + r")\s+)?(?P<index>\d{1,3})\s*(?:of|/|из|з|із|מתוך|من|sur|von|de|di|z|ze|van|από|av|af|ur|od|dari|trên|/)\s*"
    r"(?P<total>\d{1,3})[)\]]?"
    r"(?P<sep>\s*[:.|\-–—]\s*|\s+|$)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by|words by|text by|story by|от|автор|מאת|כתב|כתבה|بقلم|كتب|par|von|por|"
    r"penulis|editor|reporter|redaktur|pewarta|autor|autorka|yazar|muhabir|tác giả|लेखक|संवाददाता)"
    r"\s*[:\-]?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_EDITING = re.compile(r"^\(?(?:writing|reporting|editing|additional reporting) by\b", re.IGNORECASE)
_TAIL_FURNITURE = re.compile(
    r"\s*(?:Purchase Licensing Rights(?:,?\s*opens new tab)?|opens new tab|toggle caption|hide caption|"
    r"Order Reprints\s*\|\s*Today['’]s Paper\s*\|\s*Subscribe)\s*$",
    re.IGNORECASE,
)


_SHARE, _SHARE_PHRASES, _IMAGE_CONTROLS, _ADVERTISEMENT, _RELATED, _DATE_WORDS = (
    frozenset(unicodedata.normalize("NFKC", w).casefold() for w in words)
    for words in (_SHARE, _SHARE_PHRASES, _IMAGE_CONTROLS, _ADVERTISEMENT, _RELATED, _DATE_WORDS)
)
# The vocabulary's thirty languages (catalog/credits/vocab/) join the lists above: a share button, a gallery button or
# an advertisement marker is furniture as a whole line; a related-stories header drops the headlines under it.
_SHARE_PHRASES |= phrases.folded("SHARE_WORDS", "ADVERT_WORDS") | phrases.folded("GALLERY_WORDS")
_SHARE |= frozenset(w for w in phrases.folded("SHARE_WORDS") if " " not in w)
_RELATED |= phrases.folded("RELATED_HEADERS")
_VOCAB_TIMESTAMP = re.compile(rf"^(?:{phrases.pattern('TIMESTAMP_WORDS')})\s*[:：,-]?\s*\S", re.IGNORECASE)
# '7 photos', '12 zdjęć', 'Galerie (5 Bilder)': how many pictures a gallery holds.
_GALLERY_SIZE = re.compile(
    rf"^\(?\d{{1,3}}\s+(?:{phrases.pattern('GALLERY_WORDS')})\)?$|^(?:{phrases.pattern('GALLERY_WORDS')})\s*"
    r"\(\d{1,3}(?:\s+\w+)?\)$",
    re.IGNORECASE,
)


def _key(line: str) -> str:
    text = unicodedata.normalize("NFKC", line).casefold().strip()
    return " ".join(text.strip(" .:!|·•›»>-–—").split())


def strip_furniture(line: str) -> str:
    """A line without the furniture some sites append to captions (Reuters' 'Purchase Licensing Rights')."""
    return _TAIL_FURNITURE.sub("", line).strip() if line else line


def counter(line: str) -> tuple[int, int, str] | None:
    """(picture number, gallery size, the rest of the line) for a line led by a gallery counter, else None."""
    m = _COUNTER.match(line)
    if m is None:
        return None
    index, total = int(m["index"]), int(m["total"])
    if not 1 <= index <= total or total < 2:
        return None
    rest = line[m.end() :].strip()
    if rest and (rest[0].isdigit() or not (m["open"] or m["label"] or m["sep"].strip())):
        return None  # '3 of 12 000 people…', '1 of 2 soldiers wounded…' are text
    return index, total, rest


def is_image_control(line: str) -> bool:
    """'toggle caption', 'Bild vergrößern': a control drawn on the picture, transparent between caption and
    credit."""
    return _key(line) in _IMAGE_CONTROLS


def is_related_header(line: str) -> bool:
    return _key(line) in _RELATED


def is_furniture(line: str) -> bool:
    """A whole line that is a share button (the bare names of the platforms sites offer to share on, such as
    'Telegram'; YouTube or Instagram alone under a caption is a screenshot's credit), an advertisement marker, a
    related-stories header, or a timestamp."""
    key = _key(line)
    if not key:
        return True
    if key in _SHARE_PHRASES or key in _ADVERTISEMENT or key in _RELATED or key in _IMAGE_CONTROLS:
        return True
    words = re.split(r"[\s|/·•,]+", key)
    if len(words) <= 6 and all(w in _SHARE for w in words if w):
        return True
    if _READ_MORE_PREFIX.match(line.strip()) or _GALLERY_SIZE.match(key) or _LIST_MARKER.match(key):
        return True
    if _share_phrase(key) or _navigation(line.strip()):
        return True
    return is_timestamp(line)


def is_timestamp(line: str) -> bool:
    """'Updated 3 hours ago', 'Published June 6, 2016 10:32 am', 'עודכן: 06.06.16', '7 июня 2016, 12:30'.
    Arabic vowel marks are dropped first ('نُشر في' is 'نشر في'); a line of several stamps joined by ' | ' is one."""
    line = _ARABIC_MARKS.sub("", line)
    parts = re.split(r"\s[|•·]\s", line)
    if len(parts) > 1:
        return all(is_timestamp(part) for part in parts)
    words = line.split()
    if not words or len(words) > 14:
        return False
    lead = _TIMESTAMP_LEAD.match(line.strip()) or _VOCAB_TIMESTAMP.match(line.strip())
    if lead and (re.search(r"\d", line) or len(words) <= 6):
        rest = [w for w in line[lead.end() - 1 :].split() if w.strip("|·•,")]
        datey = [w for w in rest if _datey(w) or _TIMESTAMP_LEAD.match(w + " 1")]
        return len(datey) * 2 >= len(rest)  # 'Published by Penguin in 1990, …' is a caption
    if not re.search(r"\d", line) and not re.search(r"\bago\b|назад|לפני|منذ", line, re.IGNORECASE):
        return False
    if len(words) <= 3 and _CLOCK.search(line) and all(_CLOCK.search(w) or w.isalpha() for w in words):
        return True  # 'Dziś 18:22', 'Heute, 14:05', 'Сегодня 09:40': a day's word and a time
    return all(_datey(w) for w in words)


_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$|\b\d{1,2}:\d{2}\b")
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670]")
# A site's navigation copied as one line: 'Order Reprints | Today's Paper | Subscribe'.
_NAV_PART = re.compile(r"^[^\W\d][^.!?:;]{0,30}$")
# Screen readers' list markers ('list of 3 items', 'end of list') copied with the page.
_LIST_MARKER = re.compile(r"^(?:list of \d+ items?|end of list)$", re.IGNORECASE)


def _navigation(line: str) -> bool:
    """Three or more short items between bars, none of them a body, a platform or a label: a site's menu (a
    credit such as 'Haim Zach | GPO | Flash90' names a body)."""
    parts = [p.strip() for p in re.split(r"\s[|•·]\s", line)]
    if len(parts) < 3 or not all(_NAV_PART.match(p) and len(p.split()) <= 3 for p in parts):
        return False
    return not any(canonical(p) or platform(p) or LABEL.match(p) or is_label_word(p.split()[0]) for p in parts)


# What a share button shares: 'Share this', 'شارك الخبر', 'Partager l'article', 'Поделиться новостью'.
_SHARED = frozenset(
    "this it article story post link page الخبر المقال הכתבה הידיעה статьей статью новостью новость artikel "
    "l'article cet artículo noticia nota articolo notizia artykuł haberi".split()
)


def _share_phrase(key: str) -> bool:
    words = key.split()
    if len(words) == 3 and words[0] in _SHARE | {"post", "send", "pin"} and words[1] in ("to", "on", "via"):
        return True  # 'Post to Facebook', 'Share on X'
    return len(words) == 2 and words[0] in _SHARE and words[1] in _SHARED


def _datey(word: str) -> bool:
    return bool(_NUMBERISH.match(word)) or word.casefold().strip(".,|·:") in _DATE_WORDS or word in "|·•"


def is_byline(line: str) -> bool:
    """'By: AP and Staff', 'By Dan Williams', 'מאת איתמר אייכנר', '(Writing by …; Editing by …)'."""
    if _EDITING.match(line):
        return True
    parts = [p.strip() for p in re.split(r"\s[|•·]\s", line)]
    if len(parts) > 1:
        return all(is_byline(p) for p in parts)  # 'Penulis Titis Anis Fauziyah | Editor Dita Angga Rusiana'
    m = _BYLINE.match(line.strip())
    if m is None:
        return False
    rest = m["rest"]
    if rest[0].islower() or rest.rstrip().endswith((".", "?", "!")) or _sentence(rest):
        return False  # 'By the sea at dawn', 'By then, …': a title or a sentence
    if line.split()[0].casefold() in ("par", "von", "por", "от"):  # also ordinary words: a name must follow
        return looks_like_name(re.split(r"\s*[,|/]\s*", rest)[0])
    return len(rest.split()) <= 12


def _sentence(text: str) -> bool:
    return bool(re.search(r"[.!?]\s+\S", _RANKS.sub("", text)))


_RANKS = re.compile(rf"\b(?:{'|'.join(ABBREVIATIONS)}|[A-Z])\.")
