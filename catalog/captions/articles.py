"""Reading an article for its photo slots, whatever the site's layout and language.

A slot is a credit: at the end of a caption (``Caption. (Haim Zach/GPO)``, split by ``credits.locate.split_caption``) or
on a line of its own. A credit on its own line takes the line just above it (same block: no blank line between)
as its caption (``caption⏎Credit: Name``, with or without the caption's full stop), the line under it in an
article that puts credits over captions, or an explicit caption label beside it (``Image source, X⏎Image
caption, Y``); the short title line over a caption is its headline. Page furniture (``furniture.py``) — share
buttons, gallery counters, advertisement markers, ``Read more`` and the headline lists under it, timestamps,
bylines — is never a slot, a caption or a headline. What each line is (its role) is ``article_lines.py``'s to
say; this module pairs the lines so read. Pure text in, records out; ``article_doubts`` says why an article's
slots cannot be paired with a batch with certainty (``captions.sheets.plan_captions`` then links nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from catalog.captions.article_lines import (
    ASIDE,
    CANNOT_END,
    SOURCE_LABEL,
    Counter,
    Line,
    alone,
    is_title,
    mark_related_lists,
    read_lines,
)
from catalog.credits.labels import COPYRIGHT, LABEL
from catalog.credits.namecase import looks_like_name
from catalog.credits.orgs import canonical, platform
from catalog.credits.parse import parse_credit

MAX_LINE_CAPTION_WORDS = 60  # a caption on the line above its credit: longer is a body paragraph


@dataclass
class Slot:
    """A photo slot found in an article: its caption (credit removed), credit and title, and where it was."""

    number: int
    line: int
    caption: str | None
    credit: str
    headline: str | None = None


@dataclass
class Article:
    slots: list[Slot] = field(default_factory=list)
    counters: list[Counter] = field(default_factory=list)
    # Lines whose caption could belong to the credit above it or the one below it (see ``_sandwiched``).
    sandwiched: list[int] = field(default_factory=list)


def read_slots(text: str) -> Article:
    """The photo slots and gallery counters of an article, in reading order."""
    article = Article()
    lines = read_lines(text, article.counters)
    mark_related_lists(lines)
    below = _captions_below(lines)
    article.sandwiched = _sandwiched(lines)
    for i, line in enumerate(lines):
        if line.role == "inline":
            bare = (line.credit or "").strip(" ()[].")
            weak = alone(bare) or platform(bare) or _uncertain_alone(bare)
            if weak and not _sentence_like(line.caption):
                continue  # 'Government Press Office | Prime Minister's Office': a signature, not a picture
            line.taken = True
            _add(article, line.number, line.caption, line.credit or "", _headline(lines, i - 1))
        elif line.role == "credit":
            caption, above = _caption_for(lines, i, below=below)
            under_name = i > 0 and lines[i - 1].block == line.block and looks_like_name(lines[i - 1].text)
            bare = line.text.strip(" ()[].")
            lone = (alone(line.text) or bool(platform(bare))) and (under_name or not _sentence_like(caption))
            footer = COPYRIGHT.match(line.text) or SOURCE_LABEL.match(line.text) or _uncertain_alone(line.text)
            weak = _uncertain_alone(line.text) and not _sentence_like(caption)  # 'News | Feature Stories'
            if lone or weak or (caption is None and footer):  # '© 2024 …', 'Source: Xinhua' over a story
                line.role = "text"  # 'Marisol Quintero⏎USA TODAY': a byline and its paper, not a caption and credit
                continue
            line.taken = True
            _add(article, line.number, caption, line.credit or "", _headline(lines, above))
    return article


def _sandwiched(lines: list[Line]) -> list[int]:
    """Caption lines between two credit lines of one block that holds more credits than captions ('Fot. A/PAP',
    caption, 'Fot. B/Reuters'): one picture has no caption, and which one is not written."""
    out: list[int] = []
    for block in sorted({line.block for line in lines}):
        members = [n for n, line in enumerate(lines) if line.block == block and line.role not in ASIDE]
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
    lower = any(w[:1].islower() and w.casefold() not in CANNOT_END for w in cased) or not cased  # not 'of', 'de'
    unspaced = len(words) <= 2 and len(caption or "") >= 10 and not (caption or "").isascii()  # Chinese, Japanese
    return (len(words) >= 4 or unspaced) and lower and not looks_like_name(caption or "")


def _caption_for(lines: list[Line], i: int, *, below: bool) -> tuple[str | None, int]:
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


def _candidate(lines: list[Line], i: int, *, below: bool, taken: set[int]) -> int | None:
    """The caption line a credit line would take: the line just above it (just below in a credits-over-captions
    article: a sentence), in its block; never across a gallery counter (it begins the next picture)."""
    n = _near(lines, i, 1 if below else -1)
    if n is None or n in taken or lines[n].block != lines[i].block or not _caption_like(lines[n]):
        return None  # a paragraph across a blank line may be the article's text: no caption, not a guess
    if lines[n].text.rstrip().endswith(":"):
        return None  # 'For more details:' leads into a contact, it captions nothing
    return n if not below or _sentence_end(lines[n].text) or len(lines[n].text.split()) >= 8 else None


def _caption_like(line: Line) -> bool:
    return line.role == "text" and not line.taken and len(line.text.split()) <= MAX_LINE_CAPTION_WORDS


def _sentence_end(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", "”", '"', "»", "…"))


def _captions_below(lines: list[Line]) -> bool:
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


def _nothing_above(lines: list[Line], i: int, first: int | None) -> bool:
    n = _near(lines, i, -1)
    if n is None or not _same_block(lines, i, n) or lines[n].role in ("furniture", "counter"):
        return True
    return n == first and is_title(lines[n].text)  # the article's title over its first credit


def _orphans(lines: list[Line], credits: list[int], *, below: bool) -> int:
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


def _same_block(lines: list[Line], i: int, n: int | None) -> bool:
    return n is not None and lines[n].block == lines[i].block


def _labelled_neighbour(lines: list[Line], i: int) -> bool:
    return any(0 <= n < len(lines) and lines[n].role == "caption-label" for n in (i - 1, i + 1))


def _near(lines: list[Line], i: int, step: int) -> int | None:
    """The index of the nearest line above (step -1) or below (+1) ``i`` that is not a control drawn on the
    picture (a gallery counter is such a line: it parts one picture from the next)."""
    j = i + step
    while 0 <= j < len(lines) and lines[j].role == "control":
        j += step
    return j if 0 <= j < len(lines) else None


def _headline(lines: list[Line], i: int) -> str | None:
    while i >= 0 and lines[i].role in ASIDE:
        i -= 1
    if i < 0:
        return None
    line = lines[i]
    if line.role != "text" or line.taken or not is_title(line.text):
        return None
    line.taken = True
    return line.text


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
