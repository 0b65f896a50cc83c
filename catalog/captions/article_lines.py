"""What each line of an article is: text, page furniture, a control drawn on the picture, a gallery counter, a
credit alone, a caption with its credit, or a labelled caption.

The article reader (``articles.read_slots``) pairs credits with captions and headlines; it reads each line only
through the role given here. Hard-wrapped lines are joined again first (``read_lines``), and a headline list under
``Read more`` is marked furniture (``mark_related_lists``), so the pairing never meets a half sentence or a
related story's title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog.captions.furniture import (
    counter,
    is_byline,
    is_furniture,
    is_image_control,
    is_related_header,
    strip_furniture,
)
from catalog.credits.labels import COPYRIGHT, LABEL, is_private
from catalog.credits.locate import is_credit, split_caption
from catalog.credits.namecase import looks_like_name, shaped_like_body
from catalog.credits.orgs import canonical
from catalog.credits.parse import MAX_CREDIT_WORDS, parse_credit
from catalog.text import normalize

MAX_TITLE_WORDS = 14
MAX_CAPTION_WORDS = 120
# Credit labels that begin a credit line, in the languages desks meet (the credit parser reads what follows).
_CREDIT_LABEL = re.compile(
    r"^(?:photo\s+credit|image\s+credit|picture\s+credit|image\s+source|photo\s+source|مصدر\s+الصورة|credits?|photos?|"
    r"photograph(?:s|y)?|pictures?|images?|foto(?:s|grafía|grafia)?|bild(?:er)?|фото(?:графия)?|снимок|"
    r"צילום|צילומים|קרדיט|تصوير|الصورة|صورة|crédits?|cr[ée]dito|imagen|immagine|source)"
    r"\s*(?::|：|,|،|\.\.\.|…|-|–|—)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
SOURCE_LABEL = re.compile(
    r"^(?:source|sources|źródło|źródła|quelle|quellen|fuente|fuentes|fonte|fontes|bron|bronnen|kaynak|πηγή|"
    r"источник|источники|джерело|מקור|מקורות|المصدر|المصادر)\s*[:：]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_AGENCIES = re.compile(r"\b(?:agencies|news agencies|wires|agences|agenturen|agencias|agenzie|agências)\b", re.I)
# Words a line of running text cannot end with: a line that does was wrapped ('… bei der Freigabe der').
CANNOT_END = frozenset(
    "the a an of to in on at for with from and or der die das den dem des ein eine einer und von zu mit für im am "
    "le la les un une du des de et à au aux en el los las y del al con por para il lo gli di da dei della e che "
    "het een van en op met voor w z na i do ze o и в на с по из של את על عن من في و".split()
)
_BY_CREDIT = re.compile(r"^(?:photo(?:graph)?s?\s+by|photographed\s+by|picture\s+by)\s+\S", re.IGNORECASE)
_CAPTION_LABEL = re.compile(
    r"^(?:image\s+caption|photo\s+caption|caption|légende|bildunterschrift|כיתוב|подпись|التعليق\s+على\s+الصورة|تعليق)"
    r"\s*(?::|：|,|،|-|–|—)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_PICTURE_TITLE = re.compile(r"^(?:in|more|best|latest|the day in)\s+(?:pictures|photos|images|pics)\b", re.I)
# A caption and its credit copied from two spans with no space between ('… on Sunday.Credit...Tyler Hicks/…').
_GLUED_CREDIT = re.compile(
    r"(?<=[.!?”\"»])(?=(?:Credit|Credits|Photo|Photograph|Foto|Bild|Фото|צילום|تصوير)\s*(?:\.\.\.|…|:))"
)
_BRACKETED_TAIL = re.compile(r"^(?P<head>.*\S)\s*\[(?P<credit>[^\[\]]+)\]\s*\.?$")


@dataclass
class Counter:
    """A gallery counter (``3 of 12``): the picture number, how many the gallery says it has, and its line."""

    line: int
    index: int
    total: int


@dataclass
class Line:
    number: int
    text: str
    # text | furniture | control (drawn on the picture: transparent) | counter (begins a picture) | credit | inline
    # | caption-label
    role: str = "text"
    caption: str | None = None  # inline: the caption without its credit; caption-label: the caption
    credit: str | None = None
    taken: bool = False
    block: int = 0  # lines of one block have no blank line between them


def read_lines(text: str, counters: list[Counter]) -> list[Line]:
    """Each line of ``text`` with its role; the gallery counters met on the way are added to ``counters``."""
    out: list[Line] = []
    for number, line, block in _unwrapped(text):
        out += [_line(number, part.strip(), block, counters) for part in _GLUED_CREDIT.split(line) if part.strip()]
    return out


def _unwrapped(text: str) -> list[tuple[int, str, int]]:
    """(first line number, text, block) of each line, with hard-wrapped lines joined again: a line left inside
    parentheses, ending in a word that cannot end a sentence ('… bei der Freigabe der'), or followed by a line
    that starts in lower case ('… wo sich am Vormittag⏎rund 200 Lokführer …') goes on on the next line of its
    block. A label or a bracket opening the next line starts a credit of its own."""
    out: list[tuple[int, str, int]] = []
    block = 0
    joinable = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = strip_furniture(normalize(raw))
        if not line:
            block += not raw.strip()
            joinable = False
            continue
        if joinable and out and out[-1][2] == block and _continues(out[-1][1], line):
            first, before, _ = out[-1]
            out[-1] = (first, f"{before} {line}", block)
        else:
            out.append((number, line, block))
        joinable = True
    return out


def _continues(before: str, line: str) -> bool:
    if _CAPTION_LABEL.match(f"{before} x") and not _CAPTION_LABEL.match(before):
        return True  # 'Image caption,' alone, its caption on the next line
    if LABEL.match(line) or COPYRIGHT.match(line) or line[:1] in "([" or counter(line) is not None:
        return before.count("(") > before.count(")")  # '(Foto: Stadt⏎Freiburg)'
    if before.count("(") > before.count(")"):
        return True
    if before.rstrip().endswith((".", "!", "?", ":", ";", "”", '"', "»", ")", "…")):
        return False
    last = before.split()[-1].casefold() if before.split() else ""
    return (line[:1].islower() and line[:1].isalpha()) or last in CANNOT_END


def _line(number: int, text: str, block: int, counters: list[Counter]) -> Line:
    if is_image_control(text):
        return Line(number, text, role="control", block=block)
    found = counter(text)
    if found is not None:
        index, total, text = found
        counters.append(Counter(number, index, total))
        if not text:
            return Line(number, f"{index} of {total}", role="counter", block=block)
    return _classify(Line(number, text, block=block))


def _classify(line: Line) -> Line:
    text = line.text
    if is_furniture(text) or is_byline(text) or len(text.split()) > MAX_CAPTION_WORDS or _header_parts(text):
        line.role = "furniture"
        return line
    m = _CAPTION_LABEL.match(text)
    if m:
        line.role, line.caption = "caption-label", m["rest"]
        return line
    if _PICTURE_TITLE.match(text):  # 'In pictures: the Jerusalem Marathon' is a title, not a label
        return line
    caption, credit = split_caption(text)
    if credit is None:
        bracketed = _BRACKETED_TAIL.match(text)
        if bracketed and is_credit(bracketed["credit"], parenthesised=True):
            caption, credit = bracketed["head"].rstrip(" ,;:-–—"), bracketed["credit"].strip()
    if credit and caption.strip(" ,;:-–—|") and not _CREDIT_LABEL.match(caption + " x"):
        line.role, line.caption, line.credit = "inline", caption, credit.lstrip("|·•—–- ").strip()
    elif credit or _credit_line(text):
        line.role, line.credit = ("furniture", None) if _story_sources(text) else ("credit", _unwrap(text))
    return line


def _story_sources(text: str) -> bool:
    """'Źródło: PAP, Onet', 'Quelle: dpa, AFP': a source label over several bodies and no person names where the
    story came from; a picture's credit names one agency."""
    m = SOURCE_LABEL.match(text)
    if m and _AGENCIES.search(m["rest"]):
        return True  # 'Source: Al Jazeera and news agencies'
    parts = [p.strip() for p in m["rest"].split(",")] if m else []
    return (
        len(parts) >= 2
        and any(canonical(p) for p in parts)
        and all(p and len(p.split()) <= 2 and not looks_like_name(p) for p in parts)
    )


def alone(text: str) -> bool:
    """A line that is only a known agency ('Shutterstock') or only a private source ('Archiwum prywatne'): under
    a caption, its credit."""
    words = text.split()
    if not 0 < len(words) <= 3 or "," in text or LABEL.match(text):
        return False
    return bool(canonical(text.strip(" ."))) or is_private(text) or (len(words) >= 2 and shaped_like_body(text))


def _header_parts(text: str) -> bool:
    """'April 22, 2026 | By Cpl. Dana Whitfield, III MEF': a stamp and a byline (or other furniture) between bars."""
    parts = [p.strip() for p in re.split(r"\s[|•·]\s", text)]
    return len(parts) > 1 and all(is_furniture(p) or is_byline(p) for p in parts)


def _unwrap(text: str) -> str:
    """'(Youtube/Screenshot)' -> 'Youtube/Screenshot': a credit alone keeps no wrapping parentheses."""
    if text[:1] + text[-1:] in ("()", "[]") and not re.search(r"[()\[\]]", text[1:-1]):
        return text[1:-1].strip()
    return text


def _credit_line(text: str) -> bool:
    """A line that is a credit and nothing else: a credit in parentheses or with a separator, or a label
    (``Credit:``, ``Фото:``, ``צילום:``, ``تصوير:``, ``Photo :`` …) followed by something the parser reads."""
    if len(text.split()) > MAX_CREDIT_WORDS + 3:
        return False
    if is_credit(text, parenthesised=text.startswith(("(", "["))) or alone(text):
        return True
    m = _CREDIT_LABEL.match(text)
    rest = m["rest"] if m else (text if _BY_CREDIT.match(text) else None)
    if rest is None or re.search(r"[.!?]\s+\S", rest):
        return False
    return is_credit(rest, parenthesised=True) or parse_credit(rest) is not None


def mark_related_lists(lines: list[Line]) -> None:
    """The headline lists under ``Read more``/``Related``/``Most read``: title lines until something else."""
    listing = False
    for i, line in enumerate(lines):
        if line.role == "furniture" and is_related_header(line.text):
            listing = True
            continue
        if line.role in ASIDE:
            continue
        after = next((n for n in lines[i + 1 :] if n.role not in ASIDE), None)
        followed_by_credit = after is not None and after.role == "credit"
        if listing and line.role == "text" and is_title(line.text) and not followed_by_credit:
            line.role = "furniture"
            continue
        listing = False


ASIDE = ("control", "counter")


def is_title(line: str) -> bool:
    """A short line without closing punctuation: the headline that often sits over a caption."""
    words = line.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and not line.endswith((".", ":", ";", ",", "?", "!", "”", '"', "»"))
        and not is_byline(line)
        and not is_furniture(line)
        and not _PICTURE_TITLE.match(line)  # 'In pictures: …' heads the whole gallery, not one picture
        and split_caption(line)[1] is None
    )
