"""The fixed shapes of a credit in every language desks meet: labels, status markers, courtesy, placeholders.

A label (``Photo:``, ``Foto:``, ``Crédit photo :``, ``צילום:``, ``Фото —``, ``تصوير:``, ``Photo credit should
read``) says a credit follows and is stripped. A status marker says what kind of picture it is (file, pool,
screenshot …) and may sit in the credit or in the caption (``FILE -``, ``Archivbild:``, ``צילום ארכיון``). A
placeholder (``STR``, ``Stringer``, ``-``) stands where a name was not given and is not a name.
"""

from __future__ import annotations

import re
from functools import cache

from catalog.credits import phrases, vocab
from catalog.credits.namecase import shaped_like_body
from catalog.credits.orgs import canonical, platform
from catalog.text import fold

# Precedence when several kinds are marked (tests/corpus/README.md): the first listed wins.
KIND_PRIORITY = ("screenshot", "handout", "pool", "courtesy", "illustration", "file")

_LABEL_WORDS = (
    r"photo\s+credit\s+should\s+read|credit\s+image|(?:image|picture)\s+credits?|crédit\s+photos?|crédits?\s+photos?|photo\s+credits?|"
    r"photo(?:graph)?s?|pictures?|images?|credits?|crédits?|fotos?|fotograf[ií]as?|bild(?:er)?|bildquelle|"
    r"photographer|photographe|fotograf|imagen(?:es)?|immagin[ei]|fot\.?|fotó|zdj[eę]cie|beeld|kuva|"
    r"φωτογραφία|φωτ\.?|عکس|写真|사진|світлина|фото(?:graf)?|quelle|source|fuente|fonte|cr[ée]dito|fotoğraf|צילום|צילומים|צלם|צלמת|קרדיט|מקור|фото(?:графия)?|снимок|"
    r"источник|تصوير|صورة|الصورة|عدسة|المصدر|مصدر|" + phrases.pattern("LABELS")
)
# Words a full stop follows without ending a sentence ('Sgt. Noa Ben-Ami', 'Fot. Name', 'Nelson Jr.'): one list
# for finding a credit after a caption's sentence and for telling a byline from a sentence.
ABBREVIATIONS = (
    "Fot Dok Sgt Spc Pfc Cpl Pvt Lt Capt Maj Col Gen Dr Jr Sr St Mr Mrs Ms Tech Prof Gov Sen Rep Rev No".split()
)
# The words for "credit" itself: with them a longer phrase before a colon is still a label ('Mandatory Credit:').
_CREDIT_WORDS = r"credits?|crédits?|cr[ée]ditos?|kredyt|kredit|bildnachweis|fotonachweis|קרדיט"
# 'Photo:', 'Foto -', 'Фото —', 'Photo :', 'צילום:'; a label word followed by a colon or dash, or a 'by' word.
LABEL = re.compile(
    rf"^(?:(?:{_LABEL_WORDS})\s*(?::|：|=|،|\s\|\s|\s[-–—]\s|[-–—]\s|\s+by\b\s*:?|\s+(?:na|ni|oleh|bởi)\b|\s+de\b|\s+di\b|\s+von\b|\s+par\b|\s+из\b)\s*"
    # a label with a few more words before its colon: 'Mandatory Credit:', 'Photo credit must read:',
    # 'Credito foto:', 'Crédito da foto:'; and 'Credit...Name' (the New York Times' dots)
    rf"|(?:[^\W\d_]+\s+){{0,3}}(?:{_CREDIT_WORDS})(?:\s+[^\W\d_]+){{0,3}}\s*[:：]\s*"
    rf"|(?:{_LABEL_WORDS})(?:\.{{2,}}|…)\s*"
    r"|(?:fot|zdj|φωτ|фот)\.\s*(?=[^\W\d_])"
    r"|(?:(?:staff|pool|file|handout|official|press)\s+)?(?:photo(?:graph)?|picture|image)s?\s+by\s*:?\s+"
    r"|(?:photo|picture|image)s?\s+(?:provided|supplied|released|distributed)\s+by\s+"
    r"|(?:photo|image|foto|imagen|immagine|bild)s?\s+(?:fournie|fourni|transmise|communiquée|cedida|proporcionada|"
    r"facilitada|fornita|concessa|zur\s+verfügung\s+gestellt)\s+(?:par|por|da|dalla|dal|von)\s+"
    r"|photographed\s+by\s+|by\s+photographer\s+|photo\s+credit\s+should\s+read\s+|by\s+(?=[^\W\d_]))",
    re.IGNORECASE,
)
# A label word mid-line with a colon: where a credit starts after a caption with no full stop.
LABEL_INSIDE = re.compile(
    rf"(?:\s|(?<=[.!?…]))(?=(?:{_LABEL_WORDS})\s*[:：]|(?:fot|zdj|φωτ|фот)\.\s*[^\W\d_])", re.IGNORECASE
)
_LABEL_WORD = re.compile(rf"^(?:{_LABEL_WORDS})$", re.IGNORECASE)
# '<Body> photo by Name': 'NASA photo by …', 'Official White House Photo by …', 'U.S. Army photo by Sgt. …'.
BODY_PHOTO_BY = re.compile(
    r"^(?:official\s+)?(?P<org>[^/|]+?)\s+(?:photo(?:graph)?|picture|image)s?\s+by\s+(?P<rest>\S.*)$", re.IGNORECASE
)
# Words before 'photo by' that are a status, not a body: 'Freelance photo by', 'Staff photo by'.
_STATUS_BEFORE_BY = frozenset(
    "freelance staff special contributed submitted official press a an the this that our file pool handout".split()
)
# Ranks and job titles before a name (U.S. military credits): not part of the name.
RANK = re.compile(
    r"^(?:(?:navy|army|air\s+force|marine\s+corps|coast\s+guard|u\.s\.|us)\s+(?=\S+\s+\S))?"
    r"(?:(?:seaman\s+(?:apprentice|recruit)|airman\s+(?:basic|first\s+class)|(?:senior|master)\s+chief|"
    r"mass\s+communication\s+specialist|petty\s+officer|chief\s+petty\s+officer|seaman|airman|"
    r"senior\s+airman|staff\s+sgt\.?|master\s+sgt\.?|tech\.?\s+sgt\.?|sgt\.?|spc\.?|pfc\.?|cpl\.?|"
    r"lance\s+cpl\.?|pvt\.?|lt\.?|capt\.?|maj\.?|col\.?|sergeant|corporal|specialist|lance\s+corporal|"
    r"(?:leading|able|ordinary)\s+seaman|leading\s+aircraft(?:man|woman)|warrant\s+officer|flight\s+lieutenant|"
    r"sub-?lieutenant|lieutenant)\s+"
    r"(?:(?:1st|2nd|3rd|first|second|third)\s+class\s+)?)+(?=[A-Z])",
    re.IGNORECASE,
)
# Words of a label that are also status markers: 'Pool photo by' marks a pool picture.
LABEL_KIND = re.compile(r"^(pool|file|handout)\s", re.IGNORECASE)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\s*(?:©|\(c\))?)\s*:?\s*(?:\d{4}\s*,?\s*)?", re.IGNORECASE)
# 'Official White House Photo by Name' -> the body before 'Photo by' is the organisation.
OFFICIAL = re.compile(r"^official\s+(?P<org>.+?)\s+(?:photo(?:graph)?|image)\s+by\s+(?P<rest>\S.*)$", re.IGNORECASE)
COURTESY_LEAD = re.compile(
    r"^(?:(?:photos?|pictures?|images?|צילום|фото|foto)\s+)?(?:courtesy(?:\s+of)?|באדיבות|cortes[ií]a\s+de|"
    r"courtoisie\s+de|avec\s+l'aimable\s+autorisation\s+de|per\s+gentile\s+concessione\s+(?:di|del|della|dell')?|"
    r"mit\s+freundlicher\s+genehmigung\s+(?:von|der|des)?|предоставлено|с\s+разрешения|بإذن\s+من|بإذن|مقدمة\s+من|"
    + phrases.pattern("COURTESY_LEAD")
    + r")\s*[:\-]?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
COURTESY_TAIL = re.compile(
    rf"^(?P<rest>.+?)[,\s]+(?:courtesy|{phrases.pattern('COURTESY_TAILS')})(?:\s+(?:of\s+)?(?P<of>.+))?$",
    re.IGNORECASE,
)
_STATUS_WORDS = (
    r"(?:video\s+)?screen\s?shot|screen\s?grab|screen\s+capture|video\s+grab|video\s+still|frame\s+grab|"
    r"צילום מסך|скриншот|capture\s+d'écran|captura\s+de\s+pantalla|لقطة\s+(?:شاشة\s+)?من\s+(?:مقطع\s+)?فيديو|"
    r"لقطة\s+شاشة|illustrative(?:\s+(?:photo|image))?|photo\s+illustration|illustration|צילום\s+אילוסטרציה|"
    r"אילוסטרציה|handout(?:\s+photo)?|pool(?:\s+photo)?|file(?:\s+(?:photo|image|picture))?|"
    r"archives?(?:\s+(?:photo|image|picture))?|צילום\s+ארכיון|ארכיון|из\s+архива|"
    r"archivbild|archivfoto|photo\s+d'archives?|foto\s+de\s+archivo|foto\s+d'archivio|архивное\s+фото|"
    r"фото\s+из\s+архива|صورة\s+أرشيفية|symbolbild|image\s+d'illustration|скриншот\s+видео|"
    r"photo\s+d'illustration|أرشيف|" + phrases.pattern("SCREENSHOT", "HANDOUT", "POOL", "ILLUSTRATION", "FILE")
)
_FROM = phrases.pattern("FROM_WORDS")
STATUS_LABEL = re.compile(
    rf"^(?P<status>{_STATUS_WORDS})\s*(?::|：|\.\s|\s[-–—]\s|\s*/\s*|\s+(?:{_FROM}|by|via)\s+)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# A status word written before the source with only a space: 'Capture d'écran YouTube', 'Screenshot X'.
STATUS_HEAD = re.compile(rf"^(?P<status>{_STATUS_WORDS})\s+(?P<rest>\S.*)$", re.IGNORECASE)
# Placeholders where a photographer's name would be.
NOBODY = frozenset(
    fold(w)
    for w in (
        "stringer",
        "str",
        "staff",
        "staff photographer",
        "staff photo",
        "unknown",
        "anonymous",
        "n/a",
        "photographer",
        "not credited",
        "no credit",
        "uncredited",
        "contributor",
        "dr",
        "droits réservés",
        "tous droits réservés",
        "freelance",
        "freelancer",
        "correspondent",
    )
)
NOBODY |= phrases.folded("PLACEHOLDERS", fold=fold)
# Placeholders whose case is their meaning ('STR', 'DR'): matched as written only.
_NOBODY_EXACT = frozenset(p for p in phrases.phrases(vocab.PLACEHOLDERS, exact_case=True) if p in vocab.CASE_SENSITIVE)
# Private and family pictures: courtesy, and no agency.
PRIVATE = frozenset(
    fold(w)
    for w in (
        "family",
        "the family",
        "family photo",
        "family album",
        "private",
        "privat",
        "privé",
        "privado",
        "privato",
        "private collection",
        "private album",
        "personal archive",
        "המשפחה",
        "משפחה",
        "פרטי",
        "אלבום פרטי",
        "אלבום משפחתי",
        "צילום פרטי",
        "באדיבות המשפחה",
        "семья",
        "семейный архив",
        "личный архив",
        "из личного архива",
        "العائلة",
        "famille",
        "la famille",
        "familia",
        "la familia",
        "famiglia",
        "familie",
    )
) | phrases.folded("PRIVATE", fold=fold)
# Markers in a caption's own text (any language) that say what kind of picture it is.
_CAPTION_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "screenshot",
        re.compile(
            r"\bscreen\s?(?:shot|grab)s?\b|\bvideo\s+grab\b|\b(?:frame|image)\s+grab\b|\b(?:still|image|frame)s?\s+"
            r"(?:taken\s+)?from\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:video|footage)\b|capture\s+d'écran|captura\s+de\s+pantalla|"
            r"fermo\s+immagine|скриншот|кадр\s+(?:из\s+)?видео|צילום מסך|לקוח מתוך סרטון|لقطة\s+(?:شاشة|من)",
            re.I,
        ),
    ),
    ("handout", re.compile(r"\b(?:a\s+)?handout\s+(?:photo|picture|image)\b", re.I)),
    ("pool", re.compile(r"\bpool\s+(?:photo|picture|image)\b", re.I)),
    (
        "illustration",
        re.compile(
            r"\billustrative\b|\bphoto\s+illustration\b|symbolbild|(?:image|photo)\s+d'illustration|"
            r"foto\s+ilustrativa|imagen\s+ilustrativa|"
            r"иллюстративное|אילוסטרציה",
            re.I,
        ),
    ),
    (
        "file",
        re.compile(
            r"^\s*\(?FILE\)?\s*(?:PHOTO|PICTURE|IMAGE)?\s*[-–—:]|^\s*\(FILES?\)|\ba\s+file\s+(?:picture|photo|image)\b|"
            r"imagen\s+de\s+archivo|fotograf[íi]a\s+de\s+archivo|immagine\s+d'archivio|"
            r"\b(?:archive|archival)\s+(?:photo|picture|image)\b|\(archives?\)|archivbild|archivfoto|"
            r"photo\s+d'archives?|\(archives?\)|foto\s+de\s+archivo|foto\s+d'archivio|архивн\w+\s+(?:фото|снимок)|"
            r"фото\s+из\s+архива|\(архив\)|צילום ארכיון|\(ארכיון\)|صورة\s+أرشيفية|^\s*archiv(?:e|o)?\s*[-–—:]",
            re.I,
        ),
    ),
)


_PICTURE_NOUN = re.compile(r"(?:beeld|beelden|foto|fotos|bild|bilder|aufnahme|kuva|bilde|billede)$")


def _vocabulary_marker(concept: str) -> re.Pattern[str]:
    """Where the vocabulary's words for a kind mark a caption: a phrase of several words anywhere ('foto de
    arquivo do Congresso'); any of its words alone in parentheses ('(archiefbeeld)', '(Arşiv)'), opening the caption
    before a colon, dash or full stop ('Ilustracja: …', 'Zdjęcie ilustracyjne.'), or closing it as a clause of its
    own ('…, архівне фото.'). One word in running text marks nothing: 'the archive of the museum'."""
    words = phrases.pattern(concept)
    # several words, or one compound ending in a word for a picture ('archiefbeeld', 'Archivaufnahme')
    several = phrases.trie(
        [p for p in phrases.phrases(getattr(vocab, concept)) if " " in p or (len(p) > 7 and _PICTURE_NOUN.search(p))]
    )
    return re.compile(
        rf"{phrases.bounded(several)}|\(\s*(?:{words})\s*\)|^\s*(?:{words})\s*(?::|\.|\s[-–—]|[-–—]\s)"
        rf"|[,;.!?]\s*(?:{words})\s*\.?\s*$"
        + (
            rf"|^\s*(?:{words})\s+(?:of|de|d['’]|du|des|von|del|di|della|do|da)\b|^\s*(?:{words})(?:\s+\S+){{0,3}}\.?\s*$"
            if concept == "ILLUSTRATION"
            else ""
        ),
        re.IGNORECASE,
    )


@cache
def _vocabulary_markers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Compiled on first use: a command that reads no caption does not pay for thirty languages' markers."""
    return tuple(
        (kind, _vocabulary_marker(concept))
        for kind, concept in (
            ("screenshot", "SCREENSHOT"),
            ("handout", "HANDOUT"),
            ("pool", "POOL"),
            ("illustration", "ILLUSTRATION"),
            ("file", "FILE"),
        )
    )


def caption_kinds(caption: str | None) -> list[str]:
    """The kinds a caption's own words mark (``FILE -``, ``Archivbild:``, ``A video grab shows …``), in the
    languages of ``vocab`` too."""
    if not caption:
        return []
    found = [kind for kind, pattern in (*_CAPTION_MARKERS, *_vocabulary_markers()) if pattern.search(caption)]
    return list(dict.fromkeys(found))


def best_kind(kinds: list[str]) -> str:
    """The kind that wins among several markers, by the corpus's precedence; 'photo' when none."""
    return next((k for k in KIND_PRIORITY if k in kinds), "photo")


def is_placeholder(segment: str) -> bool:
    """'STR', 'Stringer', '-', 'Staff': where the name would be, but not a name."""
    return fold(segment) in NOBODY or segment.strip() in _NOBODY_EXACT or not any(c.isalnum() for c in segment)


# Words that make a source private: 'collection privée', 'archivio privato', 'семейного архива'.
_PRIVATE_WORDS = frozenset(
    fold(w)
    for w in (
        "private privat privée privé privado privada privato privata family famille familia famiglia familie "
        "privatarchiv privatfoto familienarchiv familienfoto "
        "פרטי פרטית המשפחה משפחה משפחתי семья семьи семейного семейный личного личный العائلة عائلة "
        "الأسرة"
    ).split()
) | phrases.folded("PRIVATE_WORDS", fold=fold)


def is_private(segment: str) -> bool:
    """A private or family picture ('Photo courtesy of the family', 'Foto: privat', 'صورة: من العائلة')."""
    bare = re.sub(r"^(?:of|the|de|la|di|from|من)\s+", "", segment.strip(), flags=re.I)
    if fold(bare) in PRIVATE or fold(segment) in PRIVATE:
        return True
    words = [fold(w) for w in re.split(r"[\s'’]+", bare) if w]
    return 0 < len(words) <= 4 and any(w in _PRIVATE_WORDS for w in words)


def is_label_word(segment: str) -> bool:
    return bool(_LABEL_WORD.match(segment.strip()))


def is_status_word(word: str) -> bool:
    """'Freelance', 'Staff' before 'photo by': the picture's status, not a body."""
    return word.strip().casefold() in _STATUS_BEFORE_BY


def body_photo_by(text: str) -> tuple[str | None, str] | None:
    """'NASA photo by Bill Ingalls', 'Official White House Photo by …', 'Freelance photo by …': (body, the rest)."""
    m = BODY_PHOTO_BY.match(text)
    if not m:
        return None
    org = m["org"].strip()
    if is_status_word(org):
        return None, m["rest"]
    if (
        (canonical(org) or platform(org))
        or shaped_like_body(org)
        or (org[:1].isupper() and len(org.split()) <= 4 and "/" not in org)
    ):
        return org, m["rest"]
    return None
