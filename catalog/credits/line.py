"""What a whole line (a caption and its credit, or a credit alone) says, and the credit reader's public face.

``read_line`` is what ``photodesk credits parse`` shows for one line: the caption, the parsed credit
(``parse.parse_credit``), the kind marked by the caption's own words, and the steps that decided it
(``explain.Step``). Where the credit sits in the line is ``locate.split_caption``'s to find. The names the rest
of the catalog reads credits with are exported here (``__all__``), wherever in ``credits/`` they are defined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog.credits.explain import Step
from catalog.credits.labels import KIND_PRIORITY, best_kind, caption_kinds
from catalog.credits.locate import is_credit, split_caption
from catalog.credits.namecase import looks_like_name, proper_case
from catalog.credits.orgs import canonical
from catalog.credits.parse import DATELINE_ORGS, MAX_CREDIT_WORDS, WIRES, Credit, parse_credit
from catalog.credits.styles import house_line, join_names
from catalog.text import normalize

__all__ = [
    "DATELINE_ORGS",
    "KIND_PRIORITY",
    "MAX_CREDIT_WORDS",
    "WIRES",
    "Credit",
    "LineReading",
    "caption_says_file",
    "house_line",
    "is_credit",
    "join_names",
    "looks_like_name",
    "parse_credit",
    "proper_case",
    "read_line",
    "split_caption",
    "with_caption_kinds",
]

# Furniture the article reader's lists may not hold: 'Advertisement - scroll to continue', 'Galleria (5 foto)'.
_FURNITURE = re.compile(
    r"^(?:(?:advertisement|anzeige|publicit[ée]|publicidad|pubblicit[àa]|реклама|פרסומת|إعلان)\b(?:\W+\w+){0,4}"
    r"|(?:gallery|galleria|galer[íi]a|galerie|галерея|גלריה|معرض)\s*\(?\d+(?:\s+\w+)?\)?"
    r"|\d+\s+(?:comments?|commentaires?|kommentare?|comentarios?|commenti|комментари\w*|תגובות|تعليق\w*))\W*$",
    re.IGNORECASE,
)


def caption_says_file(caption: str | None) -> bool:
    """AP's 'FILE - ', Reuters' 'FILE PHOTO:', 'A file picture dated …', 'Archivbild:' mark archive pictures."""
    return "file" in caption_kinds(caption)


@dataclass
class LineReading:
    """How one line (a caption ending in a credit, or a credit alone) was read, with the steps that decided it."""

    caption: str | None
    credit: Credit | None
    explain: list[Step]


def read_line(line: str) -> LineReading:
    """Caption and credit of one line; the caption's own markers (``FILE -``, ``video grab``) set the kind too.

    A line may hold several (a caption, then its credit under it); page furniture among them (share buttons,
    gallery counters, ``Read more`` and the headlines after it) is dropped first.
    """
    steps: list[Step] = []
    line = _without_furniture(normalize(line or ""), steps)
    text, credit_text = split_caption(line)
    caption: str | None = text or None
    credit = parse_credit(credit_text) if credit_text else None
    if credit is None and (is_credit(line, parenthesised=True) or _only_a_body(line)):
        caption, credit = None, parse_credit(line)
    if credit is None and "\n" in line:  # the credit above its caption: 'Photo: Name/Flash90⏎Caption'
        first, rest = (part.strip() for part in line.split("\n", 1))
        if is_credit(first, parenthesised=True) and split_caption(rest)[1] is None:
            caption, credit = rest, parse_credit(first)
    if caption:
        steps.append(Step(caption, "caption", "text before the credit" if credit else "no credit found at the end"))
    if credit is None:
        return LineReading(caption, None, steps)
    for kind in with_caption_kinds(credit, caption):
        steps.append(Step(kind, "status", f"the caption's own words mark a {kind} picture"))
    return LineReading(caption, credit, [*steps, *credit.explain])


def with_caption_kinds(credit: Credit, caption: str | None) -> list[str]:
    """Add the kinds a caption's own words mark (``FILE -``, ``A video grab shows``, ``photo d'illustration``) to
    its credit, by the corpus precedence; the kinds found. Ingest and ``credits parse`` both use this."""
    kinds = caption_kinds(caption)
    if credit.private:  # 'una imagen cedida por la familia': the family's own picture, courtesy
        kinds = [k for k in kinds if k != "handout"]
    credit.kinds.extend(kinds)
    credit.kind = best_kind([credit.kind, *credit.kinds])
    return kinds


def _only_a_body(line: str) -> bool:
    """A line that is only a known body's name ('The Associated Press', 'Deutsche Presse-Agentur')."""
    return bool(canonical(line.strip(" .()[]")))


def _without_furniture(text: str, steps: list[Step]) -> str:
    if "\n" not in text:
        return text
    from catalog.captions.furniture import counter, is_furniture, is_image_control, is_related_header, strip_furniture

    kept: list[str] = []
    listing = False  # under a related-stories header: its headlines are dropped until a line carries a credit
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if is_related_header(line) or (kept and re.match(r"^(?:read more|related|see also)\b", line, re.I)):
            steps.append(Step(line, "caption", "page furniture: a related-stories list, dropped with its headlines"))
            listing = True
            continue
        if listing and split_caption(line)[1] is None:
            steps.append(Step(line, "caption", "a headline under a related-stories header"))
            continue
        listing = False
        numbered = counter(line)
        if numbered is not None:
            steps.append(Step(line, "caption", "page furniture: a gallery counter"))
            line = numbered[2]
        elif is_furniture(line) or is_image_control(line) or _FURNITURE.match(line):
            steps.append(Step(line, "caption", "page furniture (share, advertisement, timestamp), dropped"))
            continue
        if line:
            kept.append(strip_furniture(line))
    return "\n".join(kept)
