"""What the credit parser knows about organisations: agencies, press offices, platforms and status words.

A credit names people and organisations in one chain with inconsistent separators; telling 'Flash90' (an
agency) from 'Haim Zach' (a person) needs a list. Each organisation has a canonical display name and the spellings
desks meet. Unknown organisations are still recognised as organisations when a segment does not look like a
person's name (see ``credits.looks_like_name``); this list only makes the common ones certain and canonical.
"""

from __future__ import annotations

import re
import unicodedata

# canonical name -> spellings (matched after folding case, accents, punctuation and spaces)
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "AP": (
        "AP",
        "AP Photo",
        "AP Photos",
        "Associated Press",
        "The Associated Press",
        "AP Images",
        "أسوشيتد برس",
        "اسوشيتد برس",
        "أ ب",
        "АП",
        "Ассошиэйтед Пресс",
        "אי-פי",
        "איי פי",
    ),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters", "Reuters Pictures", "رويترز", "Рейтер", "Рейтерс", "רויטרס"),
    "AFP": (
        "AFP",
        "AFP Photo",
        "Agence France-Presse",
        "Agence France Presse",
        "AFP/Getty",
        "أ ف ب",
        "أ.ف.ب",
        "فرانس برس",
        "وكالة فرانس برس",
        "АФП",
        "Франс Пресс",
    ),
    "Getty Images": ("Getty Images", "Getty", "Getty Images News", "Getty Images Sport"),
    "EPA": ("EPA", "EPA Images", "European Pressphoto Agency"),
    "EPA-EFE": ("EPA-EFE", "EPA/EFE", "EFE-EPA"),
    "EFE": ("EFE", "Agencia EFE", "ЭФЕ"),
    "GPO": (
        "GPO",
        "Israel GPO",
        "Government Press Office",
        "Israeli Government Press Office",
        "Government Press Office of Israel",
        "Israel Government Press Office",
        'לע"מ',
        "לעמ",
        "לשכת העיתונות הממשלתית",
    ),
    "Flash90": ("Flash90", "Flash 90", "פלאש90", "פלאש 90"),
    "Sputnik": ("Sputnik", "Sputnik Photo Agency", "Спутник", "РИА Новости / Спутник"),
    "RIA Novosti": ("RIA Novosti", "RIA-Novosti", "РИА Новости"),
    "TASS": ("TASS", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС", "TASS News Agency", "Фотохроника ТАСС"),
    "Kremlin": (
        "Kremlin",
        "Kremlin Press Service",
        "Presidential Press Service",
        "Russian Presidential Press Service",
        "Kremlin.ru",
        "Кремль",
        "Кремля",
        "kremlin.ru",
        "президента РФ",
        "президента России",
        "Администрация президента",
    ),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社"),
    "ANSA": ("ANSA",),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "picture alliance", "picture-alliance"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA", "الأناضول", "وكالة الأناضول", "الاناضول"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "NurPhoto": ("NurPhoto",),
    "Sipa": ("Sipa", "Sipa USA", "SIPA Press"),
    "ZUMA Press": ("ZUMA", "ZUMA Press", "ZUMA Wire", "ZUMAPRESS.com", "ZUMA Press Wire"),
    "Alamy": ("Alamy", "Alamy Stock Photo", "Alamy Live News"),
    "Shutterstock": ("Shutterstock", "REX/Shutterstock", "REX"),
    "Imago": ("Imago", "IMAGO", "imago images"),
    "Polaris": ("Polaris", "Polaris Images"),
    "Abaca": ("Abaca", "ABACAPRESS.COM", "Abaca Press"),
    "KCNA": ("KCNA", "Korean Central News Agency", "KCNA via KNS"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "WAFA": ("WAFA", "وفا", "وكالة وفا"),
    "Jiji Press": ("Jiji Press", "JIJI", "Jiji", "JIJI PRESS"),
    "ANP": ("ANP",),
    "Belga": ("Belga",),
    "Keystone": ("Keystone",),
    "TPS": ("TPS", "Tazpit Press Service", "Tazpit"),
    "UPI": ("UPI", "United Press International"),
    "Pool": ("Pool", "Pool Photo", "POOL"),
    "IDF": (
        "IDF Spokesperson's Unit",
        "IDF Spokesperson",
        "IDF Spokesperson's Office",
        "IDF Spokesman",
        "IDF Spokesman's Unit",
        "IDF Spokesman's Office",
        "Israeli army",
        "Israeli military",
        "Israel Defence Forces",
        "Israeli Defense Forces",
        'צה"ל',
        "צהל",
        "ЦАХАЛ",
        "Армия обороны Израиля",
        "الجيش الإسرائيلي",
        "Israel Defense Forces",
        'דובר צה"ל',
        "דובר צהל",
    ),
    "Israel Police": ("Israel Police", "Israel Police Spokesperson", "משטרת ישראל", "המשטרה", "Israeli Police"),
    "Knesset": ("Knesset", "Knesset Spokesperson", "הכנסת"),
    "Prime Minister's Office": ("Prime Minister's Office", "PMO", "Israeli Prime Minister's Office"),
    "White House": ("White House", "The White House", "Official White House Photo", "Official White House"),
    "UN Photo": ("UN Photo", "United Nations", "UN"),
    "NASA": ("NASA",),
    "U.S. Navy": ("U.S. Navy", "US Navy"),
    "U.S. Army": ("U.S. Army", "US Army"),
    "Wikimedia Commons": ("Wikimedia Commons", "Wikimedia", "Wikipedia"),
    "The New York Times": ("The New York Times", "New York Times", "NYT"),
    "Haaretz": ("Haaretz",),
    "Yedioth Ahronoth": ("Yedioth Ahronoth", "Yedioth", "ידיעות אחרונות"),
    "Maariv": ("Maariv",),
    "Israel Hayom": ("Israel Hayom",),
    "The Times of Israel": ("The Times of Israel", "Times of Israel"),
    "The Jerusalem Post": ("The Jerusalem Post", "Jerusalem Post"),
}
# Platforms and broadcasters: pictures from them are screenshots unless the credit says otherwise.
PLATFORMS: dict[str, tuple[str, ...]] = {
    "YouTube": ("YouTube", "Youtube", "You Tube", "יוטיוב", "ютуб", "Ютуб", "يوتيوب"),
    "X": ("X", "Twitter", "X (formerly Twitter)", "טוויטר", "Твиттер", "تويتر", "إكس", "אקס"),
    "Facebook": ("Facebook", "פייסבוק", "Фейсбук", "فيسبوك", "فيس بوك"),
    "Instagram": ("Instagram", "אינסטגרם", "Инстаграм", "إنستغرام"),
    "Telegram": ("Telegram", "טלגרם", "Телеграм", "Telegram-канал", "Телеграм-канал", "تلغرام", "تيليغرام"),
    "TikTok": ("TikTok", "Tik Tok", "טיקטוק", "ТикТок", "تيك توك"),
    "VK": ("VK", "VKontakte", "ВКонтакте"),
    "Channel 12": ("Channel 12", "Channel 12 News", "N12", "חדשות 12", "ערוץ 12"),
    "Channel 13": ("Channel 13", "Channel 13 News", "חדשות 13"),
    "Kan": ("Kan", "Kan 11", "Kan News", "כאן 11"),
    "i24NEWS": ("i24NEWS", "i24 News"),
    "Al Jazeera": ("Al Jazeera", "Al-Jazeera", "الجزيرة", "قناة الجزيرة"),
    "Al Arabiya": ("Al Arabiya", "Al-Arabiya", "العربية"),
    "CNN": ("CNN",),
    "BBC": ("BBC", "BBC News"),
    "Rossiya 1": ("Rossiya 1", "Russia 1"),
    "Channel One Russia": ("Channel One", "Channel One Russia", "Первый канал"),
}
# Status words: what kind of picture it is, not who made it.
STATUS: dict[str, str] = {
    "pool": "pool",
    "pool photo": "pool",
    "kremlin pool photo": "pool",
    "pool via ap": "pool",
    "handout": "handout",
    "handout photo": "handout",
    "handout picture": "handout",
    "press handout": "handout",
    "file": "file",
    "file photo": "file",
    "file picture": "file",
    "archive": "file",
    "archive photo": "file",
    "archives": "file",
    "arkiv": "file",
    "архив": "file",
    "ארכיון": "file",
    "screenshot": "screenshot",
    "screen shot": "screenshot",
    "screen grab": "screenshot",
    "screengrab": "screenshot",
    "video screenshot": "screenshot",
    "video grab": "screenshot",
    "צילום מסך": "screenshot",
    "скриншот": "screenshot",
    "courtesy": "courtesy",
    "illustrative": "illustration",
    "illustration": "illustration",
    "illustrative photo": "illustration",
    "illustrative image": "illustration",
    "אילוסטרציה": "illustration",
    "photo illustration": "illustration",
    "social media": "screenshot",
    "file image": "file",
    "handout image": "handout",
    "pool picture": "pool",
    "pool image": "pool",
    "ho": "handout",
    "archiv": "file",
    "archivbild": "file",
    "archivfoto": "file",
    "archivo": "file",
    "archivio": "file",
    "d'archives": "file",
    "photo d'archives": "file",
    "photo d'archive": "file",
    "foto de archivo": "file",
    "foto d'archivio": "file",
    "архивное фото": "file",
    "фото из архива": "file",
    "צילום ארכיון": "file",
    "أرشيف": "file",
    "صورة أرشيفية": "file",
    "symbolbild": "illustration",
    "צילום אילוסטרציה": "illustration",
    "иллюстрация": "illustration",
    "image d'illustration": "illustration",
    "photo d'illustration": "illustration",
    "capture d'écran": "screenshot",
    "captura de pantalla": "screenshot",
    "bildschirmfoto": "screenshot",
    "لقطة شاشة": "screenshot",
    "video still": "screenshot",
    "still from video": "screenshot",
    "צילום מתוך וידאו": "screenshot",
    "кадр из видео": "screenshot",
}
# Words that make a segment an organisation rather than a person (in any position).
ORG_WORDS = frozenset(
    [
        "agency",
        "press",
        "news",
        "office",
        "unit",
        "ministry",
        "department",
        "images",
        "image",
        "photos",
        "photo",
        "pictures",
        "service",
        "services",
        "tv",
        "channel",
        "radio",
        "university",
        "foundation",
        "institute",
        "museum",
        "archive",
        "archives",
        "wallpapers",
        "backgrounds",
        "desktop",
        "council",
        "party",
        "police",
        "army",
        "navy",
        "forces",
        "force",
        "spokesperson",
        "spokesman",
        "media",
        "group",
        "studio",
        "studios",
        "corp",
        "inc",
        "ltd",
        "llc",
        "gmbh",
        "company",
        "association",
        "club",
        "team",
        "federation",
        "committee",
        "government",
        "embassy",
        "consulate",
        "municipality",
        "city",
        "hospital",
        "center",
        "centre",
        "library",
        "network",
        "magazine",
        "newspaper",
        "times",
        "post",
        "herald",
        "journal",
        "tribune",
        "daily",
        "weekly",
        "stock",
        "wire",
        "handout",
        "courtesy",
        "collection",
        "commons",
        "project",
        "organisation",
        "organization",
        "authority",
        "brigade",
        "corps",
        "command",
        "bureau",
        "administration",
        "commission",
        "court",
        "school",
        "college",
        "academy",
        "parliament",
        "senate",
        "congress",
        "municipal",
        "campus",
        "clinic",
        "medical",
        "rescue",
        "fire",
        "guard",
        "military",
        "ministry",
        "trust",
        "society",
        "union",
        "movement",
        "international",
        "national",
        "archiv",
        "presidency",
        "presidential",
        "secretariat",
        "directorate",
        "assembly",
        "cabinet",
        "palace",
        "region",
        "regional",
        "province",
        "county",
        "airport",
        "airlines",
        "observatory",
        "laboratory",
        "headquarters",
        "mission",
        "delegation",
        "crescent",
        "battalion",
        "regiment",
        "squadron",
        "fleet",
        "gendarmerie",
        "россии",
        "рф",
        "мчс",
        "мвд",
        "фсб",
        "минобороны",
        "כבאות",
        "הצלה",
        'זק"א',
        'מד"א',
        "staatskanzlei",
        "rathaus",
    ]
)
# A body's unit, dropped from its name: 'Haifa Municipality Spokesperson' -> 'Haifa Municipality'.
_UNIT_TAIL = re.compile(
    r"[\s,]+(?:spokes(?:person|man|woman)(?:'s|’s)?(?:\s+(?:unit|office|division))?|press\s+(?:service|office)|"
    r"media\s+(?:office|unit)|press\s+and\s+information\s+office|pressestelle)$",
    re.IGNORECASE,
)
_UNIT_HEAD = re.compile(
    r"^(?:(?:the\s+)?(?:press\s+(?:service|office)|spokes(?:person|man)(?:'s)?\s+(?:unit|office)?|"
    r"media\s+office)\s+of\s+(?:the\s+)?|пресс-служб[аы]\s+|пресс-центр\s+|דוברות\s+|דובר(?:ת)?\s+|"
    r"service\s+de\s+presse\s+(?:de\s+la\s+|du\s+|de\s+l')?|oficina\s+de\s+prensa\s+(?:de\s+la\s+|del\s+)?|"
    r"ufficio\s+stampa\s+(?:della\s+|del\s+|dell')?|pressestelle\s+(?:der\s+|des\s+)?|"
    r"المكتب\s+الإعلامي\s+(?:ل|في\s+)?)",
    re.IGNORECASE,
)
_FOLD = re.compile(r"[\s.\-_'’\"״׳]+")


def fold(text: str) -> str:
    """Comparison key: case, accents, spacing and punctuation folded (``FLASH 90`` == ``flash90``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _FOLD.sub("", stripped)


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, spellings in table.items():
        for spelling in (canonical, *spellings):
            out.setdefault(fold(spelling), canonical)
    return out


ORG_INDEX = _index(ORGANISATIONS)
PLATFORM_INDEX = _index(PLATFORMS)
STATUS_INDEX = {fold(k): v for k, v in STATUS.items()}


def organisation(text: str) -> str | None:
    """The canonical name of a known agency or body, or None."""
    return ORG_INDEX.get(fold(text))


def without_unit(text: str) -> str:
    """A body's name without its press or spokesperson unit (both orders, several languages)."""
    stripped = _UNIT_HEAD.sub("", _UNIT_TAIL.sub("", text.strip())).strip()
    return stripped or text.strip()


def canonical(text: str) -> str | None:
    """The canonical name of a known body, whatever its unit: 'IDF Spokesperson's Unit', 'пресс-служба Кремля'."""
    return organisation(text) or organisation(without_unit(text))


def platform(text: str) -> str | None:
    return PLATFORM_INDEX.get(fold(text))


def status(text: str) -> str | None:
    return STATUS_INDEX.get(fold(text))
