"""Where a credit sits in a line: the end of a caption, or a line of its own — and whether a text is a credit.

``split_caption`` finds a credit at the end of a caption — in parentheses, after the last sentence, on the next
line, after `` | ``, `` · `` or a dash, or after a label with a colon (``… בארי צילום: …``) — and is
deliberately strict: ``(left)``, ``(2016)``, ``(AP)``, ``(COUNTRY OUT)`` stay caption text. ``is_credit`` is the
strict test it (and the article reader, for a credit on a line of its own) applies to each candidate. Reading a
whole line, with its furniture and the kinds its caption marks, is ``line.read_line``'s.
"""

from __future__ import annotations

import re

from catalog.credits import labels
from catalog.credits.labels import body_photo_by
from catalog.credits.namecase import FUNCTION_WORDS, is_body_word, is_org_word, looks_like_name, shaped_like_body
from catalog.credits.orgs import canonical, organisation, platform, status
from catalog.credits.parse import CJK_CREDIT, DATELINE_ORGS, MAX_CREDIT_WORDS, parse_credit, unwrap
from catalog.credits.segments import initials, misspelt_agency
from catalog.text import normalize

_QUOTATION = re.compile(r"(?:^|\s)[\"“”„«»]|[\"“”„«»](?:\s|$)")  # quotation marks, not Hebrew gershayim (לע"מ)
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?]\s+\S")  # 'J. Scott' and 'U.S. Navy' are not sentence ends
_STATUS_STOP = re.compile(r"^(?:illustrative|illustration|file|archive)\.\s", re.I)  # '(Illustrative. Credit: X)'
_ABBREVIATIONS = re.compile(rf"\b(?:{'|'.join(labels.ABBREVIATIONS)})\.", re.I)
# Where a credit can start inside a line: after a sentence, on a new line, after ' | ', ' · ' or a dash
# (``sep``), after ' / ' (``slash``, only before a label), or before a label with a colon.
_CANDIDATE = re.compile(
    r"(?<!\b[A-Z])"
    + "".join(rf"(?<!\b{word})" for word in labels.ABBREVIATIONS)  # lookbehinds are of fixed width: one each
    + r"[.!?…][\"”’')]?\s+|(?<=[。।])\s*|(?<=[、，])(?=[\u4e00-\u9fff]{2,5}(?:撮影|摄|攝)$)|"
    r"(?<=\))\s+(?![-–—|·•∙⋅‧・│]\s)|\n\s*|(?P<sep>\s(?:[-–—|·•∙⋅‧・│]|--)\s)|(?P<slash>\s//?\s)|(?<!copyright)\s(?=©)|"
    + labels.LABEL_INSIDE.pattern,
    re.IGNORECASE,
)
_SENTENCE_WORDS = frozenset(
    "a an at in on by from with during after before near shows show is are was were has have this that to as "
    "said says say told tells will would can could may might must should "
    "who which while over under into onto during dans sur avec pendant après avant est sont mit bei nach vor "
    "ist sind während con durante después antes es son sul sulla nel nella dopo prima è sono во время после "
    "перед это был была были".split()
)
# Wire tags after a credit: 'REUTERS/Name TPX IMAGES OF THE DAY', '***BESTPIX***'.
_TAGS = re.compile(
    r"(?:\s*(?:\bTPX IMAGES OF THE (?:DAY|WEEK)\b|\*{3}\s*BESTPIX\s*\*{3}|\bBEST QUALITY AVAILABLE\b|"
    r"\bNO (?:ARCHIVING|ARCHIVES|SALES|RESALES)\b|\bMANDATORY CREDIT\b|\bEDITORIAL USE ONLY\b)[.\s]*)+$"
)
_CLAUSE_27A = re.compile(
    r"[;,]\s*(?:used\s+)?(?:in\s+accordance\s+with|under|per)\s+(?:clause|section)\s+27a\b[^)]*|"
    r"[;,]?\s*(?:לפי|על\s+פי|בהתאם\s+ל)[-\s]?סעיף\s+27א[^)]*",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[^\W\d_a-z][^\Wa-z]*(?:[\s,.'-]+[^\W\d_a-z][^\Wa-z]*)*\s*\((?:AP|Reuters|AFP|UPI)\)", re.U)
_BRACKETS = str.maketrans({"（": "(", "）": ")", "[": "(", "]": ")"})
_FOR_BODY = re.compile(r"\sfor\s+\S", re.I)
_BY = re.compile(r"^by\s", re.I)
_STATUS_LAST = re.compile(r"\b(?:archive|file|video|illustrative|official|staff|pool|handout|screen)$", re.I)
SHORT_HEAD = 80
_IN = frozenset({"in", "في"})
_SENTENCE_STOP = re.compile(r"^[.!?…]\s")
_PROPER_NAME = re.compile(
    r"[^\W\d_a-z][\w'’.-]*(?:\s+(?:(?:in|of|de|da|do|del|di|and|&|on|the|w|we|z|ze|v|ve|na|u|i|und|für|van)\s+)?"
    r"[^\W\d_a-z][\w'’.-]*){0,4}"
)
# A full stop with the credit glued to it, no space: the credit has a slash and runs to the end.
_GLUED = re.compile(r"(?<=[a-z0-9)][.!?])(?=[^\W\d_][^.!?\n/]*\s[^.!?\n]*/[^.!?\n]*$)")
_BARS = frozenset("|·•∙⋅‧・│")
_LEADING_DASH = re.compile(r"^(?:[-–—|·•]|--)\s+")
# What a body's own parenthesis never holds: lower-case words ('(au centre)') or caseless words without the
# abbreviation marks of their script ('(במרכז)'; not '(מד"א)', '(MDA)').
_ASIDE = re.compile(r"^(?=.*[^\W\d_])[^A-Z\"״׳'.]*$")
_CONNECTORS = frozenset("of de la du des di del della for and the et y e und der die das und и в на".split())


def split_caption(text: str) -> tuple[str, str | None]:
    """(caption without its credit, the credit text or None) for a caption that may end in a credit."""
    caption = _CLAUSE_27A.sub("", _TAGS.sub("", normalize(text or "")))
    label = labels.LABEL.match(caption)
    if label and "\n" not in caption and is_credit(caption, parenthesised=True):
        return "", caption  # 'صورة: وكالة الأنباء الفلسطينية (وفا)': a label, then one credit to the end
    glued = _GLUED.search(caption)
    if glued and is_credit(caption[glued.end() :], parenthesised=False):
        return caption[: glued.end()], caption[glued.end() :]  # '… 2025.Cole Brandt/The Globe and Mail'
    for m in _CANDIDATE.finditer(caption):
        tail = caption[m.end() :].strip().rstrip(".").strip()
        head = caption[: m.start()].strip()
        if not tail or not head or (label and m.start() < label.end()) or head.count("(") > head.count(")"):
            continue  # the dash of 'Фото — Name/TASS' belongs to the label; '(Credit Image: …' is one credit
        if not any(c.isalpha() for c in head):
            continue  # the dash of 'Фото — Name/TASS' belongs to the label; '(Credit Image: …' is one credit
        short = len(head) <= SHORT_HEAD  # only a short head can be a name, a label or a status: a long one is a
        # caption, and testing it at every sentence end would make a long caption cost quadratic time
        lead = label or labels.COPYRIGHT.match(head)  # '© Sébastien Lacombe / Reuters' is one credit
        rest = head[lead.end() :].strip() if lead else head
        named = short and (looks_like_name(head) or (bool(lead) and (looks_like_name(rest) or bool(status(rest)))))
        if named and (m["sep"] or m["slash"]) and not (labels.LABEL.match(tail) or labels.STATUS_LABEL.match(tail)):
            continue  # 'Haim Zach - GPO', 'عدسة: محمد سالم - رويترز' are one credit
        inside = not m[0].strip() and "\n" not in m[0]  # a label mid-line: 'Image credit:' is one label
        bar_sep = bool(m["sep"]) and m["sep"].strip() in _BARS
        if inside and head.split()[-1].casefold() in _SENTENCE_WORDS | {"the", "of", "a"}:
            continue  # 'In pictures: …', 'The week in pictures: …' are headlines, not a caption and a credit
        if (
            (
                short
                and (
                    (status(head) and not _SENTENCE_STOP.match(m[0]) and not (bar_sep and labels.LABEL.match(tail)))
                    or labels.is_label_word(head)
                )
            )
            or (_STATUS_LAST.search(head, max(0, len(head) - 16)) and not _SENTENCE_STOP.match(m[0]))
            or (inside and labels.is_label_word(head[head.rfind(" ") + 1 :]))
        ):
            continue  # 'Illustrative photo: Name/Flash90', '… Archive image: GPO' are one credit
        if m["slash"] and not (labels.LABEL.match(tail) or _known_alone(tail)):
            continue
        if m["sep"] and m["sep"].strip() in "-–—" and len(head.split()) == 1:
            continue  # 'جرش - بترا', 'JERUSALEM - Reuters': a dateline, not a one-word caption
        sentence = not (m["sep"] or m["slash"]) and caption[m.start()] in ".!?…"
        dashed = sentence and _LEADING_DASH.match(tail)
        if dashed:  # '… on Thursday. — Reuters', '… tahun lalu. - Gambar ihsan keluarga'
            tail = tail[dashed.end() :]
        wrapped = tail.startswith("(") and tail.endswith(")") and _matching_open(tail) == 0
        if bar_sep and len(head.split()) >= 5 and looks_like_name(tail) and parse_credit(tail) is not None:
            return caption[: m.start()].rstrip(), tail  # '… ante el Mallorca | Valentí Enrich': the photographer
        if (
            sentence
            and len(tail) <= SHORT_HEAD
            and (_known_alone(tail) or _name_in_capitals(tail) or _body_alone(tail))
        ):
            return caption[: m.end()].rstrip(), tail  # 'Soldiers at the border. IDF Spokesman'
        bar = bar_sep
        after = bool(m["sep"] or m["slash"] or dashed)
        if is_credit(tail, parenthesised=wrapped, after_separator=after, bar=bar):
            return caption[: m.end()].rstrip(" -–—|·•∙⋅‧・│/\n、，"), tail[1:-1].strip() if wrapped else tail
    stripped = caption.rstrip(" .").translate(_BRACKETS)  # full-width and square brackets: same length
    if stripped.endswith(")"):
        start = _matching_open(stripped)
        if start is not None:
            inner, before = stripped[start + 1 : -1].strip(), caption[:start]
            square = caption.rstrip(" .").endswith("]")
            whole = not re.search(r"[.!?…]\s*$", before) and len(before.split()) <= 6
            if whole and canonical(inner) and _agency_spelt_out(before.strip(), inner):
                return "", caption  # 'Emirates News Agency (WAM)': a body spelt out and its abbreviation
            if len(inner.split()) <= 3 and misspelt_agency(inner) and re.search(r"[.!?…]\s*$", before):
                return before.rstrip(" ,;:-–—|"), inner  # '… at Panmunjom. (Yonahp)': a certain typo of a wire
            if is_credit(inner, parenthesised=True) or _wire_after_sentence(inner, before, square=square):
                return before.rstrip(" ,;:-–—|"), inner
    return caption, None


def _known_alone(tail: str) -> bool:
    """A known body alone as the last sentence of a caption ('… the border. IDF Spokesman')."""
    return (
        len(tail) <= SHORT_HEAD
        and len(tail.split()) <= 5
        and bool(canonical(tail) or platform(tail))
        and not status(tail)
    )


_AGENCY_WORDS = re.compile(
    r"\b(?:news|agency|agence|agencia|agência|agenzia|agentur|agentschap|ajansı|агентство|агенція|وكالة|סוכנות)\b",
    re.IGNORECASE,
)


def _agency_spelt_out(name: str, abbreviation: str) -> bool:
    """'Emirates News Agency (WAM)', 'Agence France-Presse (AFP)': the same known body, or a news agency's name
    (its own words for one, or initials that spell the abbreviation) — not 'The delegation arrives in Moscow (AP)'."""
    if canonical(name) and canonical(name) == canonical(abbreviation):
        return True
    letters = initials(name)
    return bool(_AGENCY_WORDS.search(name)) or (len(letters) >= 2 and letters == abbreviation.strip().upper())


def _body_alone(tail: str) -> bool:
    """'… in Zürich Wiedikon. Kantonspolizei Zürich', '… vom Sihlquai. Screenshot SRF': a body nobody listed, or a
    status and a broadcaster's acronym, as the caption's last sentence (two to four words, no full stop)."""
    words = tail.split()
    if not 1 <= len(words) <= 4 or tail.endswith((".", "!", "?")) or any(w in _SENTENCE_WORDS for w in words):
        return False
    head = labels.STATUS_HEAD.match(tail)
    if head and status(head["status"]) == "screenshot" and re.fullmatch(r"[A-Z0-9]{2,6}", head["rest"]):
        return True
    if tail.isupper():
        return False  # 'GAZA CITY': a place in capitals, a dateline's, not a body
    return len(words) >= 2 and shaped_like_body(tail) and not looks_like_name(tail) and not status(tail)


def _name_in_capitals(tail: str) -> bool:
    """'… este martes en el Congreso. CLAUDIO ÁLVAREZ': a name in capitals after the last sentence is the
    photographer's credit (El País, AP's stand-alone credits); a sentence is never written so."""
    return tail.isupper() and looks_like_name(tail) and not (canonical(tail) or platform(tail) or status(tail))


def _wire_after_sentence(inner: str, before: str, *, square: bool = False) -> bool:
    """'Smoke over the city. (AFP)': a wire alone in parentheses after a full sentence credits the picture; in
    square brackets ('… on Friday [AFP]') it is a credit wherever it closes the caption: no dateline is so written."""
    if canonical(inner.strip()) not in DATELINE_ORGS:
        return square and bool(canonical(inner.strip()))
    if square:
        return True
    # A dateline's '(AP)' is Latin; '(رويترز)', '(ТАСС)' at a caption's end in its own script is a credit.
    return bool(re.search(r"[.!?…][\"”’]?\s*$", before)) or not re.search(r"[A-Za-z]", inner)


def _matching_open(text: str) -> int | None:
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += (text[i] == ")") - (text[i] == "(")
        if depth == 0:
            return i
    return None


def is_credit(text: str, *, parenthesised: bool, after_separator: bool = False, bar: bool = False) -> bool:
    """Strict test for a credit at the end of a caption (or on a line of its own in an article).

    ``after_separator``: the text followed `` | ``, `` · `` or a dash, where a wire's name alone is a credit;
    ``bar``: it was a bar or a dot, after which a body nobody listed, alone, is one too.
    """
    if len(text) > MAX_CREDIT_WORDS * 40:
        return False  # far longer than any credit: a caption (and not worth splitting at every sentence end)
    body = unwrap(text)
    words = body.split()
    if not words or len(words) > MAX_CREDIT_WORDS or _QUOTATION.search(body) or _DATELINE.match(body):
        return False
    if _SENTENCE_END.search(_ABBREVIATIONS.sub("", _STATUS_STOP.sub("", body))):
        return False
    credit = parse_credit(body)
    if credit is None:
        return False
    known = [o for o in credit.organisations if organisation(o) or platform(o)]
    delivered = bool(credit.distributor and (organisation(credit.distributor) or platform(credit.distributor)))
    named = bool(credit.photographers or credit.agency or credit.kind != "photo" or credit.placeholder)
    if any(_captionish(o) for o in credit.organisations if o not in known):
        return False  # 'The new terminal at Ramon Airport', 'a video released by the IDF' are caption text
    if _BY.match(body) and not credit.photographers:
        return False  # 'By Reuters Staff', 'By AP': a story's byline, not a picture's credit
    if _labelled(body) or CJK_CREDIT.match(body):
        return named
    bodies = any(shaped_like_body(o) for o in credit.organisations)
    if labels.is_label_word(words[0]) and (credit.photographers or known or bodies):
        return True  # 'foto Ansa', 'Photo Ludovic Marin / AFP', 'Foto Vigili del fuoco'
    if body.isupper() and known and credit.photographers and len(words) <= 7:
        return True  # 'BELGA PHOTO NICOLAS MAETERLINCK': a wire's stand-alone credit in capitals
    if credit.kind in ("file", "illustration") and known and labels.STATUS_HEAD.match(body):
        return True  # "Foto d'archivio ANSA"
    if parenthesised and body.casefold().startswith("via ") and delivered:
        return True  # '(via REUTERS)': delivered by a wire, the agency not named
    named_or_marked = credit.agency or credit.photographers or credit.kind != "photo"
    if credit.distributor and " via " in f" {body.casefold()} " and named_or_marked:
        return True
    if body.count(" | ") >= 2 and not known and not _labelled(body):
        return False  # 'Order Reprints | Today's Paper | Subscribe': a site's menu, not names
    if not known and _dateline_byline(body):
        return False  # 'أبوظبي - محمد الشامسي', 'MADRID - Juan Pérez': a place and a reporter, not a credit
    if re.search(r"[/|\\]|\s[-–—]\s|\s--\s", body):  # 'Iranian Presidency/AFP': a known wire delivered it
        return bool(credit.photographers or known or delivered or credit.kind != "photo")
    if credit.kind in ("handout", "pool", "screenshot", "courtesy") and (parenthesised or known or after_separator):
        return True
    if credit.photographers and known and (re.search(r",|\)$", body) or _FOR_BODY.search(body)):
        return True  # 'Mohammed Salem, Reuters', 'Mohammed Salem (Reuters)', 'Name for The New York Times'
    lone = len(credit.organisations) == 1 and not credit.photographers
    if after_separator and lone and (known or (bar and shaped_like_body(credit.organisations[0]))):
        return True  # '… | Reuters', '… · شرطة دبي'; after a dash an unknown body may be the caption's own words
    if not parenthesised:
        return False
    # A lone organisation in parentheses: a known one unless it is the short name of a wire (datelines '(AP)'),
    # or an unknown one shaped like a body ('Haifa Fire Department', 'Magen David Adom (MDA)').
    if lone and known:
        return known[0] not in DATELINE_ORGS or bool(credit.distributor)
    return lone and shaped_like_body(credit.organisations[0])


_PLACE_DASH_NAME = re.compile(r"^(?P<place>[^/|\\\-–—]+?)\s[-–—]\s(?P<name>[^/|\\]+)$")


def _dateline_byline(body: str) -> bool:
    """'City - Reporter': one word or two that are neither a person nor a body, a dash, then a person."""
    m = _PLACE_DASH_NAME.match(body)
    if m is None or _labelled(body):
        return False
    place = m["place"].strip()
    return (
        len(place.split()) <= 2
        and looks_like_name(m["name"].strip())
        and not looks_like_name(place)
        and not shaped_like_body(place)
    )


def _labelled(body: str) -> bool:
    return bool(
        labels.LABEL.match(body)
        or labels.COPYRIGHT.match(body)
        or labels.STATUS_LABEL.match(body)
        or labels.COURTESY_LEAD.match(body)
        or body_photo_by(body)
        or re.match(r"^(?:AP|AFP) Photo\b", body, re.I)
    )


def _captionish(org: str) -> bool:
    """Words of a sentence rather than a body's name: 'new terminal at Ramon Airport', 'a video released by the'.

    Bodies have lower-case words too ('Ministry of Defense', 'Министерство обороны РФ'), so only a sentence's
    own words count: prepositions and verbs, or any lower-case word in a name with no body word at all.
    """
    if _PROPER_NAME.fullmatch(org):
        return False  # 'Rock in Rio': capitalised words and the connectors between them
    if ":" in org or org.startswith("("):
        return True  # '(Archivbild) Foto: Kay Nietfeld': a caption's parenthesis and a label, not one body
    if any(_ASIDE.match(inner) for inner in re.findall(r"\(([^()]*)\)", org)):
        return True  # 'ראש הממשלה (מימין) ושר הביטחון (משמאל)': a caption's asides, not a body's abbreviation
    # 'وزارة الصحة في غزة', 'Ministry of Health in Gaza': a body's name may say where it is
    located = is_org_word(org.split()[0]) and len(org.split()) <= 6 if org.split() else False
    if any(w in FUNCTION_WORDS and not (located and w in _IN) for w in org.split()):
        return True  # 'للرئيس في القاهرة': words of a sentence in a caseless script
    lower = [w.casefold() for w in org.split() if w[:1].islower() and w.casefold() not in _CONNECTORS]
    if any((w in _SENTENCE_WORDS and not (located and w in _IN)) or re.search(r"[a-z](?:ed|ing)$", w) for w in lower):
        return True
    if len(org.split()) < 2:
        return False
    words = org.split()
    stray = [w for w in lower if not is_body_word(w)]  # 'celebrates', not 'army' or 'обороны' after 'Министерство'
    if len(stray) > 2:
        return True  # 'Le président (au centre) entouré de ses ministres': a sentence that mentions a body
    return bool(stray) and not (is_body_word(words[0]) or is_body_word(words[-1]))  # 'Shin Bet security agency'
