"""Reading an article for its photo slots, whatever the site's layout and language.

A slot is a credit: at the end of a caption (``Caption. (Haim Zach/GPO)``, split by ``credits.split_caption``) or
on a line of its own. A credit on its own line takes the line just above it (same block: no blank line between)
as its caption (``caption⏎Credit: Name``, with or without the caption's full stop), the line under it in an
article that puts credits over captions, or an explicit caption label beside it (``Image source, X⏎Image
caption, Y``); the short title line over a caption is its headline. Page furniture (``furniture.py``) — share
buttons, gallery counters, advertisement markers, ``Read more`` and the headline lists under it, timestamps,
bylines — is never a slot, a caption or a headline. Pure text in, records out; ``article_doubts`` says why an
article's slots cannot be paired with a batch with certainty (``captions.plan_captions`` then links nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from catalog.captions.furniture import (
    counter,
    is_byline,
    is_furniture,
    is_image_control,
    is_related_header,
    strip_furniture,
)
from catalog.credits.labels import COPYRIGHT, LABEL, is_private
from catalog.credits.line import MAX_CREDIT_WORDS, is_credit, parse_credit, split_caption
from catalog.credits.namecase import looks_like_name, shaped_like_body
from catalog.credits.orgs import canonical, platform
from catalog.text import normalize

MAX_TITLE_WORDS = 14
MAX_CAPTION_WORDS = 120
MAX_LINE_CAPTION_WORDS = 60  # a caption on the line above its credit: longer is a body paragraph

# Credit labels that begin a credit line, in the languages desks meet (the credit parser reads what follows).
_CREDIT_LABEL = re.compile(
    r"^(?:photo\s+credit|image\s+credit|picture\s+credit|image\s+source|photo\s+source|مصدر\s+الصورة|credits?|photos?|"
    r"photograph(?:s|y)?|pictures?|images?|foto(?:s|grafía|grafia)?|bild(?:er)?|фото(?:графия)?|снимок|"
    r"צילום|צילומים|קרדיט|تصوير|الصورة|صورة|crédits?|cr[ée]dito|imagen|immagine|source)"
    r"\s*(?::|：|,|،|\.\.\.|…|-|–|—)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_SOURCE_LABEL = re.compile(
    r"^(?:source|sources|źródło|źródła|quelle|quellen|fuente|fuentes|fonte|fontes|bron|bronnen|kaynak|πηγή|"
    r"источник|источники|джерело|מקור|מקורות|المصدر|المصادر)\s*[:：]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_AGENCIES = re.compile(r"\b(?:agencies|news agencies|wires|agences|agenturen|agencias|agenzie|agências)\b", re.I)
# Words a line of running text cannot end with: a line that does was wrapped ('… bei der Freigabe der').
_CANNOT_END = frozenset(
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
class Slot:
    """A photo slot found in an article: its caption (credit removed), credit and title, and where it was."""

    number: int
    line: int
    caption: str | None
    credit: str
    headline: str | None = None


@dataclass
class Counter:
    """A gallery counter (``3 of 12``): the picture number, how many the gallery says it has, and its line."""

    line: int
    index: int
    total: int


@dataclass
class Article:
    slots: list[Slot] = field(default_factory=list)
    counters: list[Counter] = field(default_factory=list)
    # Lines whose caption could belong to the credit above it or the one below it (see ``_sandwiched``).
    sandwiched: list[int] = field(default_factory=list)


@dataclass
class _Line:
    number: int
    text: str
    # text | furniture | control (drawn on the picture: transparent) | counter (begins a picture) | credit | inline
    # | caption-label
    role: str = "text"
    caption: str | None = None  # inline: the caption without its credit; caption-label: the caption
    credit: str | None = None
    taken: bool = False
    block: int = 0  # lines of one block have no blank line between them


def read_slots(text: str) -> Article:
    """The photo slots and gallery counters of an article, in reading order."""
    article = Article()
    lines = _lines(text, article)
    _mark_related_lists(lines)
    below = _captions_below(lines)
    article.sandwiched = _sandwiched(lines)
    for i, line in enumerate(lines):
        if line.role == "inline":
            bare = (line.credit or "").strip(" ()[].")
            weak = _alone(bare) or platform(bare) or _uncertain_alone(bare)
            if weak and not _sentence_like(line.caption):
                continue  # 'Government Press Office | Prime Minister's Office': a signature, not a picture
            line.taken = True
            _add(article, line.number, line.caption, line.credit or "", _headline(lines, i - 1))
        elif line.role == "credit":
            caption, above = _caption_for(lines, i, below=below)
            under_name = i > 0 and lines[i - 1].block == line.block and looks_like_name(lines[i - 1].text)
            bare = line.text.strip(" ()[].")
            lone = (_alone(line.text) or bool(platform(bare))) and (under_name or not _sentence_like(caption))
            footer = COPYRIGHT.match(line.text) or _SOURCE_LABEL.match(line.text) or _uncertain_alone(line.text)
            weak = _uncertain_alone(line.text) and not _sentence_like(caption)  # 'News | Feature Stories'
            if lone or weak or (caption is None and footer):  # '© 2024 …', 'Source: Xinhua' over a story
                line.role = "text"  # 'Marisol Quintero⏎USA TODAY': a byline and its paper, not a caption and credit
                continue
            line.taken = True
            _add(article, line.number, caption, line.credit or "", _headline(lines, above))
    return article


def _sandwiched(lines: list[_Line]) -> list[int]:
    """Caption lines between two credit lines of one block that holds more credits than captions ('Fot. A/PAP',
    caption, 'Fot. B/Reuters'): one picture has no caption, and which one is not written."""
    out: list[int] = []
    for block in sorted({line.block for line in lines}):
        members = [n for n, line in enumerate(lines) if line.block == block and line.role not in _ASIDE]
        credits = [n for n in members if lines[n].role == "credit"]
        captions = [n for n in members if _caption_like(lines[n])]
        if len(credits) <= len(captions):
            continue
        for a, b, c in zip(members, members[1:], members[2:], strict=False):
            if lines[a].role == "credit" and lines[c].role == "credit" and _caption_like(lines[b]):
                out.append(lines[b].number)
    return out


def find_slots(text: str) -> list[Slot]:
    return read_slots(text).slots


def _add(article: Article, line: int, caption: str | None, credit: str, headline: str | None) -> None:
    article.slots.append(Slot(len(article.slots) + 1, line, caption or None, credit, headline))


def _lines(text: str, article: Article) -> list[_Line]:
    out: list[_Line] = []
    for number, line, block in _unwrapped(text):
        out += [_line(number, part.strip(), block, article) for part in _GLUED_CREDIT.split(line) if part.strip()]
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
    return (line[:1].islower() and line[:1].isalpha()) or last in _CANNOT_END


def _line(number: int, text: str, block: int, article: Article) -> _Line:
    if is_image_control(text):
        return _Line(number, text, role="control", block=block)
    found = counter(text)
    if found is not None:
        index, total, text = found
        article.counters.append(Counter(number, index, total))
        if not text:
            return _Line(number, f"{index} of {total}", role="counter", block=block)
    return _classify(_Line(number, text, block=block))


def _classify(line: _Line) -> _Line:
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


def _uncertain_alone(text: str) -> bool:
    """A credit line with no caption that has no label, no brackets and names no known body ('ספורט | כדורגל
    ישראלי', a breadcrumb): nothing makes it a picture's credit."""
    if LABEL.match(text) or COPYRIGHT.match(text) or text.startswith(("(", "[")):
        return False
    credit = parse_credit(text)
    if credit is None:
        return True
    return credit.kind == "photo" and not any(canonical(o) or platform(o) for o in credit.organisations)


def _sentence_like(caption: str | None) -> bool:
    """A caption, not a title, a place or a body's name over a signature ('Government Press Office')."""
    words = (caption or "").split()
    cased = [w for w in words if w[:1].isalpha() and (w[:1].isupper() or w[:1].islower())]
    lower = any(w[:1].islower() and w.casefold() not in _CANNOT_END for w in cased) or not cased  # not 'of', 'de'
    unspaced = len(words) <= 2 and len(caption or "") >= 10 and not (caption or "").isascii()  # Chinese, Japanese
    return (len(words) >= 4 or unspaced) and lower and not looks_like_name(caption or "")


def _story_sources(text: str) -> bool:
    """'Źródło: PAP, Onet', 'Quelle: dpa, AFP': a source label over several bodies and no person names where the
    story came from; a picture's credit names one agency."""
    m = _SOURCE_LABEL.match(text)
    if m and _AGENCIES.search(m["rest"]):
        return True  # 'Source: Al Jazeera and news agencies'
    parts = [p.strip() for p in m["rest"].split(",")] if m else []
    return (
        len(parts) >= 2
        and any(canonical(p) for p in parts)
        and all(p and len(p.split()) <= 2 and not looks_like_name(p) for p in parts)
    )


def _alone(text: str) -> bool:
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
    if is_credit(text, parenthesised=text.startswith(("(", "["))) or _alone(text):
        return True
    m = _CREDIT_LABEL.match(text)
    rest = m["rest"] if m else (text if _BY_CREDIT.match(text) else None)
    if rest is None or re.search(r"[.!?]\s+\S", rest):
        return False
    return is_credit(rest, parenthesised=True) or parse_credit(rest) is not None


def _mark_related_lists(lines: list[_Line]) -> None:
    """The headline lists under ``Read more``/``Related``/``Most read``: title lines until something else."""
    listing = False
    for i, line in enumerate(lines):
        if line.role == "furniture" and is_related_header(line.text):
            listing = True
            continue
        if line.role in _ASIDE:
            continue
        after = next((n for n in lines[i + 1 :] if n.role not in _ASIDE), None)
        followed_by_credit = after is not None and after.role == "credit"
        if listing and line.role == "text" and is_title(line.text) and not followed_by_credit:
            line.role = "furniture"
            continue
        listing = False


def _caption_for(lines: list[_Line], i: int, *, below: bool) -> tuple[str | None, int]:
    """A credit line's caption: an explicit caption label next to it, else the text line above it (below it in
    an article that puts credits over captions). Returns the caption and the index of the line where its
    headline may be."""
    j, k = _near(lines, i, -1), _near(lines, i, 1)
    for n in (k, j):
        if n is not None and lines[n].role == "caption-label" and not lines[n].taken:
            lines[n].taken = True
            title = j if n == k else _near(lines, n, -1)
            return lines[n].caption, title if title is not None else -1
    n = _candidate(lines, i, below=below, taken=set())
    if n is None:
        return None, -1
    lines[n].taken = True
    title = j if below else _near(lines, n, -1)
    return lines[n].text, title if title is not None else -1


def _candidate(lines: list[_Line], i: int, *, below: bool, taken: set[int]) -> int | None:
    """The caption line a credit line would take: the line just above it (just below in a credits-over-captions
    article: a sentence), in its block; never across a gallery counter (it begins the next picture)."""
    n = _near(lines, i, 1 if below else -1)
    if n is None or n in taken or lines[n].block != lines[i].block or not _caption_like(lines[n]):
        return None  # a paragraph across a blank line may be the article's text: no caption, not a guess
    if lines[n].text.rstrip().endswith(":"):
        return None  # 'For more details:' leads into a contact, it captions nothing
    return n if not below or _sentence_end(lines[n].text) or len(lines[n].text.split()) >= 8 else None


def _caption_like(line: _Line) -> bool:
    return line.role == "text" and not line.taken and len(line.text.split()) <= MAX_LINE_CAPTION_WORDS


def _sentence_end(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", "”", '"', "»", "…"))


def _captions_below(lines: list[_Line]) -> bool:
    """Whether this article puts its credits over their captions. Some credit line must have nothing to caption
    it from above (the page's top or title, furniture, a counter, a blank line) and a sentence under it; then both
    readings are tried — each credit line takes its caption from above, or from below — and a sentence left over
    beside a credit counts against a reading. Below wins only with fewer such orphans: otherwise the desk's usual
    layout, caption then credit, stands."""
    credits = [i for i, line in enumerate(lines) if line.role == "credit" and not _labelled_neighbour(lines, i)]
    first = next((n for n, line in enumerate(lines) if line.role == "text"), None)
    if not any(
        _nothing_above(lines, i, first) and _candidate(lines, i, below=True, taken=set()) is not None for i in credits
    ):
        return False
    return _orphans(lines, credits, below=True) < _orphans(lines, credits, below=False)


def _nothing_above(lines: list[_Line], i: int, first: int | None) -> bool:
    n = _near(lines, i, -1)
    if n is None or not _same_block(lines, i, n) or lines[n].role in ("furniture", "counter"):
        return True
    return n == first and is_title(lines[n].text)  # the article's title over its first credit


def _orphans(lines: list[_Line], credits: list[int], *, below: bool) -> int:
    taken: set[int] = set()
    for i in credits:
        n = _candidate(lines, i, below=below, taken=taken)
        if n is not None:
            taken.add(n)
    beside: set[int] = set()
    for i in credits:
        beside |= {n for n in (_near(lines, i, -1), _near(lines, i, 1)) if n is not None and _same_block(lines, i, n)}
    left = [lines[n] for n in beside - taken]  # a caption with no full stop is still one when it is long enough
    return sum(1 for line in left if _caption_like(line) and (_sentence_end(line.text) or len(line.text.split()) >= 8))


def _same_block(lines: list[_Line], i: int, n: int | None) -> bool:
    return n is not None and lines[n].block == lines[i].block


def _labelled_neighbour(lines: list[_Line], i: int) -> bool:
    return any(0 <= n < len(lines) and lines[n].role == "caption-label" for n in (i - 1, i + 1))


_ASIDE = ("control", "counter")


def _near(lines: list[_Line], i: int, step: int) -> int | None:
    """The index of the nearest line above (step -1) or below (+1) ``i`` that is not a control drawn on the
    picture (a gallery counter is such a line: it parts one picture from the next)."""
    j = i + step
    while 0 <= j < len(lines) and lines[j].role == "control":
        j += step
    return j if 0 <= j < len(lines) else None


def _headline(lines: list[_Line], i: int) -> str | None:
    while i >= 0 and lines[i].role in _ASIDE:
        i -= 1
    if i < 0:
        return None
    line = lines[i]
    if line.role != "text" or line.taken or not is_title(line.text):
        return None
    line.taken = True
    return line.text


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


def article_doubts(source: Path, article: Article, images: list[Path]) -> list[str]:
    """Why the article's slots cannot be paired with ``images`` with certainty (empty when they can)."""
    slots, doubts = article.slots, []
    totals = sorted({c.total for c in article.counters})
    if len(totals) > 1:
        lines = ", ".join(f"line {c.line}: {c.index} of {c.total}" for c in article.counters)
        doubts.append(f"{source}: the gallery counters disagree on its size ({lines})")
    elif totals and totals[0] != len(slots):
        first = article.counters[0]
        doubts.append(
            f"{source}, line {first.line}: the gallery counter '{first.index} of {first.total}' says "
            f"{first.total} pictures but {len(slots)} photo slot(s) were found"
        )
    counters = [c for n, c in enumerate(article.counters) if n == 0 or c.index != article.counters[n - 1].index]
    if len(totals) == 1 and [c.index for c in counters] != list(range(1, len(counters) + 1)):
        wrong = next(c for n, c in enumerate(counters, start=1) if c.index != n)
        doubts.append(
            f"{source}, line {wrong.line}: the gallery counters are out of order ('{wrong.index} of {wrong.total}' "
            "where another number was due): which caption goes with which picture is not certain"
        )
    for number in article.sandwiched:
        doubts.append(
            f"{source}, line {number}: this caption sits between two credits, one picture has none: which of the "
            "two it belongs to is not written"
        )
    for before, after in zip(article.counters, article.counters[1:], strict=False):
        if before.index == after.index and any(before.line < s.line < after.line for s in slots):
            doubts.append(
                f"{source}, line {after.line}: the gallery counter '{after.index} of {after.total}' is given to two "
                "pictures: which caption goes with which picture is not certain"
            )
    seen: dict[str, Slot] = {}
    for slot in slots:
        key = " ".join((slot.caption or "").casefold().split())
        if key and key in seen:
            doubts.append(
                f"{source}: slot {seen[key].number} (line {seen[key].line}) and slot {slot.number} "
                f"(line {slot.line}) have the same caption {_quote(slot.caption)}: "
                "which picture is which is not certain"
            )
        seen.setdefault(key, slot)
    if len(slots) != len(images):
        doubts.append(f"{source}: {len(slots)} photo slot(s) in the article but {len(images)} picture(s) in the batch")
    if not doubts:
        return []
    doubts[0] += ": nothing was linked from the article"
    doubts += [f"{source}, line {s.line}: slot {s.number}: {_describe(s)}" for s in slots]
    return [*doubts, f"pictures in the batch, in order: {', '.join(p.name for p in images) or 'none'}"]


def _describe(slot: Slot) -> str:
    return f"{_quote(slot.caption) if slot.caption else '(no caption)'} ({slot.credit})"


def _quote(text: str | None) -> str:
    text = text or ""
    return repr(text if len(text) <= 60 else text[:57] + "…")
