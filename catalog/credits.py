"""Credit lines into structure: who made the picture, for which organisation, and what kind of picture it is.

A credit is a chain: label · photographer(s) · organisation · status · distributor · commission, joined by
whatever separators the agency uses that day (``/``, `` / ``, ``, ``, `` - ``, ``|``, a backslash, or nothing).
The parser peels the parts that have fixed shapes (labels, ``via X``, ``for X``, ``Courtesy of X``, status
words), splits the rest into segments, and classifies each segment as a known organisation, a platform, a status,
a person (``looks_like_name``) or an unknown organisation. It never guesses beyond that: names are only recased
(``ABIR SULTAN`` -> ``Abir Sultan``), never respelled here — spelling is ``names.py``'s job, with evidence.

``split_caption`` finds a credit at the end of a caption (in parentheses, or after the last sentence) and is
deliberately strict: ``(left)``, ``(2016)``, ``(AP)``, ``(COUNTRY OUT)`` stay part of the caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .iptc import normalize
from .orgs import ORG_WORDS, fold, organisation, platform, status

KIND_PRIORITY = ("screenshot", "handout", "file", "pool", "courtesy", "illustration")
WIRES = frozenset({"AP", "Reuters", "AFP", "EPA", "EPA-EFE", "Getty Images", "UPI", "dpa"})
DATELINE_ORGS = frozenset({"AP", "Reuters", "AFP", "UPI", "EFE", "dpa", "ANSA", "Xinhua", "TASS"})
PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "den",
        "du",
        "des",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "dos",
        "das",
        "do",
        "y",
        "e",
        "zu",
        "ter",
    ]
)
MAX_CREDIT_WORDS = 14

_LABEL = re.compile(
    r"^(?:(?:photo(?:graph)?s?|pictures?|images?|credit|foto|fotos|צילום|צילומים|צלם|צלמת|фото|фотография|"
    r"снимок)(?:\s+credits?)?(?:\s*(?:by|:|：|-|–|—)\s*)+|photo\s+by\s+|photographed\s+by\s+|by\s+photographer\s+)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\s*(?:©|\(c\))?)\s*:?\s*(?:\d{4}\s*,?\s*)?", re.IGNORECASE)
_VIA = re.compile(r"\s+via\s+", re.IGNORECASE)
_FOR = re.compile(r"^(.*?\S)\s+for\s+(\S.*)$", re.IGNORECASE)
_COURTESY_LEAD = re.compile(r"^(?:photos?\s+)?courtesy(?:\s+of)?\s*[:\-]?\s*(?P<rest>.+)$", re.IGNORECASE)
_STATUS_LABEL = re.compile(
    r"^(?P<status>screen\s?shot|screen\s?grab|video\s+grab|צילום מסך|скриншот|illustrative(?:\s+(?:photo|image))?|"
    r"photo\s+illustration|illustration|handout(?:\s+photo)?|file(?:\s+photo)?|archive(?:\s+photo)?)"
    r"\s*(?::|：|\s-\s|\s+from\s+|\s+by\s+)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
NOBODY = frozenset({"stringer", "str", "staff", "staffphotographer", "staffphoto", "unknown", "anonymous", "n/a"})
_COURTESY_TAIL = re.compile(r"^(?P<rest>.+?)[,\s]+courtesy(?:\s+(?:of\s+)?(?P<of>.+))?$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*[/|\\]\s*|\s+[-–—]\s+|\s*,\s*|\s*;\s*")
_AND = re.compile(r"\s+(?:and|&|und|et|y|и)\s+", re.IGNORECASE)
_WORD_OK = re.compile(r"^[^\W\d_](?:[^\W\d_]|[-'’.])*\.?$")
_INITIAL = re.compile(r"^[A-Z]\.?$|^[A-Z]\.[A-Z]\.?$")
_QUOTATION = re.compile(r"(?:^|\s)[\"“”„«»]|[\"“”„«»](?:\s|$)")  # quotation marks, not Hebrew gershayim (לע"מ)
_FILE_PREFIX = re.compile(r"^\s*(?:\(?FILE\)?\s*(?:PHOTO|PICTURE)?\s*[-–—:]|A file (?:picture|photo|image))", re.I)


@dataclass
class Credit:
    """A parsed credit. ``raw`` is exactly what was read; everything else is derived from it."""

    raw: str
    photographers: list[str] = field(default_factory=list)
    agency: str | None = None
    kind: str = "photo"
    distributor: str | None = None
    organisations: list[str] = field(default_factory=list)  # every organisation named, agency first
    commission: str | None = None

    @property
    def line(self) -> str:
        return house_line(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.raw,
            "photographers": list(self.photographers),
            "agency": self.agency,
            "kind": self.kind,
            "line": self.line,
            "distributor": self.distributor,
        }


def house_line(credit: Credit) -> str:
    """The credit as printed in the default (slash) house style: ``Haim Zach/GPO``, ``YouTube screenshot``."""
    names = join_names(credit.photographers)
    if credit.kind == "screenshot" and not names:
        return f"{credit.agency} screenshot" if credit.agency else "Screenshot"
    if credit.kind == "courtesy":
        who = "/".join(p for p in (names, credit.agency) if p)
        return f"Courtesy of {who}" if who else "Courtesy"
    parts = [p for p in (names, credit.agency) if p]
    if credit.kind in ("handout", "pool") and credit.agency != "Pool":
        parts.append(credit.kind.capitalize())
    line = "/".join(parts) or credit.raw
    if credit.distributor and credit.distributor != credit.agency:
        line += f" via {credit.distributor}"
    return line


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def parse_credit(text: str) -> Credit | None:
    """Parse one credit line; None when the text holds no credit at all (no person, organisation or status)."""
    raw = normalize(text or "")
    body = _unwrap(raw)
    if not body or len(body.split()) > MAX_CREDIT_WORDS * 2:
        return None
    kinds: list[str] = []
    body = _strip_labels(body)
    credit = Credit(raw=raw)
    body = _peel_commission(body, credit)
    parts = _VIA.split(body)
    if len(parts) > 1:
        body, distributor = " via ".join(parts[:-1]), parts[-1].strip(" .")
        credit.distributor = _org_name(distributor)
    body = _peel_courtesy(body, kinds)
    m = _STATUS_LABEL.match(body)
    if m:
        kinds.append(status(m["status"]) or "photo")
        body = m["rest"]
    orgs: list[str] = []
    for segment in _segments(body):
        _classify(segment, credit.photographers, orgs, kinds)
    _settle(credit, orgs, kinds)
    if not (credit.photographers or credit.agency or credit.distributor or kinds):
        return None
    return credit


def _unwrap(text: str) -> str:
    text = text.strip().strip("[]").strip()
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    return text.strip(" .;:)").strip()


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def _strip_labels(text: str) -> str:
    for _ in range(3):
        m = _LABEL.match(text) or _COPYRIGHT.match(text)
        if not m or m.end() == 0:
            break
        text = text[m.end() :].strip()
    return text


def _peel_commission(text: str, credit: Credit) -> str:
    m = _FOR.match(text)
    if m and (organisation(m[1].split("/")[-1].strip()) or m[1].lower().endswith("getty images")):
        credit.commission = m[2].strip(" .")
        return m[1]
    return text


def _peel_courtesy(text: str, kinds: list[str]) -> str:
    m = _COURTESY_LEAD.match(text)
    if m:
        kinds.append("courtesy")
        return m["rest"]
    m = _COURTESY_TAIL.match(text)
    if m:
        kinds.append("courtesy")
        return "/".join(p for p in (m["rest"], m["of"]) if p)
    return text


def _segments(text: str) -> list[str]:
    return [s.strip(" .()[]\"'“”") for s in _SEPARATORS.split(text) if s and s.strip(" .()[]\"'“”")]


def _org_name(text: str) -> str:
    return organisation(text) or platform(text) or text.strip()


def _classify(segment: str, names: list[str], orgs: list[str], kinds: list[str]) -> None:
    segment = re.sub(r"^(?:the|of|by)\s+", "", segment, flags=re.IGNORECASE) if " " in segment else segment
    if fold(segment) in NOBODY:  # 'REUTERS/Stringer': a photographer who is not named
        return
    found = status(segment)
    if found:
        kinds.append(found)
        return
    known = organisation(segment) or platform(segment)
    if known:
        orgs.append(known)
        return
    words = segment.split()
    for k in (3, 2, 1):  # '<Org> Pool Photo', 'Kremlin Pool', 'Name GPO', 'Handout Photo'
        if len(words) > k:
            head, tail = " ".join(words[:-k]), " ".join(words[-k:])
            if status(tail):
                _classify(head, names, orgs, kinds)
                kinds.append(status(tail) or "photo")
                return
            if organisation(tail) or platform(tail):
                _classify(head, names, orgs, kinds)
                orgs.append(organisation(tail) or platform(tail) or tail)
                return
    for k in (3, 2, 1):  # 'Israel GPO Name Surname', 'EPA ABIR SULTAN'
        if len(words) > k + 1:
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            if (organisation(head) or platform(head)) and looks_like_name(rest):
                orgs.append(organisation(head) or platform(head) or head)
                names.append(proper_case(rest))
                return
    people = _AND.split(segment)
    if len(people) > 1 and all(looks_like_name(p) for p in people):
        names.extend(proper_case(p) for p in people)
    elif looks_like_name(segment):
        names.append(proper_case(segment))
    else:
        orgs.append(segment)


def _settle(credit: Credit, orgs: list[str], kinds: list[str]) -> None:
    """Choose the agency among the organisations named, and the kind among the status words."""
    if "Pool" in orgs:
        kinds.append("pool")
        orgs = [o for o in orgs if o != "Pool"] or []
    if len(orgs) >= 2 and orgs[0] in WIRES and orgs[1] not in WIRES and not credit.distributor:
        credit.distributor = orgs.pop(0)  # old Reuters order: REUTERS/KCNA, REUTERS/RIA Novosti/…
    if len(orgs) >= 2 and orgs[-1] in WIRES and not credit.distributor:
        credit.distributor = orgs.pop()  # 'Name/AFP/Getty Images' is 'Name/AFP via Getty Images' shortened
    credit.organisations = orgs
    credit.agency = orgs[0] if orgs else None
    if credit.agency is None and credit.distributor and not credit.photographers:
        credit.agency = credit.distributor
    if credit.agency and platform(credit.agency) and not credit.photographers and "screenshot" not in kinds:
        kinds.append("screenshot")
    credit.kind = next((k for k in KIND_PRIORITY if k in kinds), "photo")


def looks_like_name(text: str) -> bool:
    """A person's name: 2-5 words, each capitalised (or caseless script), a particle, or an initial."""
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 48:
        return False
    for i, word in enumerate(words):
        bare = word.strip(",")
        if bare.casefold() in ORG_WORDS or not _WORD_OK.match(bare):
            return False
        first = bare[0]
        if first.islower() and bare.split("-")[0].casefold() not in PARTICLES:
            return False
        if i == len(words) - 1 and bare.casefold() in PARTICLES:
            return False
    return not (organisation(text) or platform(text) or status(text))


def proper_case(name: str) -> str:
    """Recase words written in capitals (or all lower case); mixed-case words are left as written.

    Particles (van, de, al-, bin…) go lower case except first; Israeli 'Ben' stays capitalised; Mc/O' handled.
    """
    words = name.split()
    recase = [w.isupper() and sum(c.isalpha() for c in w) > 1 for w in words]
    if name.islower():
        recase = [True] * len(words)
    out = []
    for i, (word, do) in enumerate(zip(words, recase, strict=True)):
        out.append(_recase_word(word, first=i == 0) if do else word)
    return " ".join(out)


def _recase_word(word: str, *, first: bool) -> str:
    if _INITIAL.match(word):
        return word
    parts = re.split(r"([-'’])", word.lower())
    result = []
    for j, part in enumerate(parts):
        if part in "-'’" or not part:
            result.append(part)
            continue
        is_particle = part in PARTICLES and not (first and j == 0) and j + 1 < len(parts)
        if (part in PARTICLES and not first and j == 0 and len(parts) == 1) or is_particle:
            result.append(part)
        elif part.startswith("mc") and len(part) > 2:
            result.append("Mc" + part[2:].capitalize())
        else:
            result.append(part.capitalize())
    return "".join(result)


def split_caption(text: str) -> tuple[str, str | None]:
    """(caption without its credit, the credit text or None) for a caption that may end in a credit."""
    caption = normalize(text or "")
    stripped = caption.rstrip(" .")
    if stripped.endswith(")"):
        start = _matching_open(stripped)
        if start is not None:
            inner = stripped[start + 1 : -1].strip()
            if is_credit(inner, parenthesised=True):
                return caption[:start].rstrip(" ,;:-–—"), inner
    m = re.search(r"(?:^|[.!?…][\"”’)]?\s+|\n\s*|\s[-–—]\s)([^.!?…\n]*?\S)\s*\.?$", caption)
    if m and m.start(1) > 0:
        tail = m[1].strip()
        if is_credit(tail, parenthesised=False):
            return caption[: m.start(1)].rstrip(" -–—\n"), tail
    return caption, None


def _matching_open(text: str) -> int | None:
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += (text[i] == ")") - (text[i] == "(")
        if depth == 0:
            return i
    return None


def is_credit(text: str, *, parenthesised: bool) -> bool:
    """Strict test for a credit at the end of a caption (or on a line of its own in an article)."""
    body = _unwrap(text)
    words = body.split()
    if not words or len(words) > MAX_CREDIT_WORDS or re.search(r"[.!?]\s+\S", body) or _QUOTATION.search(body):
        return False
    labelled = bool(_LABEL.match(body) or _COPYRIGHT.match(body))
    credit = parse_credit(body)
    if credit is None:
        return False
    known = [o for o in credit.organisations if organisation(o) or platform(o)]
    has_separator = bool(re.search(r"[/|\\]", body))
    if labelled or re.match(r"^(?:AP|AFP) Photo\b", body, re.I):
        return bool(credit.photographers or credit.agency or credit.kind != "photo")
    if " via " in f" {body.casefold()} " and (credit.distributor and (credit.agency or credit.photographers)):
        return True
    if has_separator:
        return bool(credit.photographers or known or credit.kind != "photo")
    if credit.kind in ("handout", "pool", "screenshot", "courtesy") and (parenthesised or known):
        return True
    if not parenthesised:
        return False
    # A lone organisation in parentheses: a credit unless it is the short name of a wire (datelines '(AP)').
    return (
        len(known) == 1
        and not credit.photographers
        and known[0] not in DATELINE_ORGS
        and len(credit.organisations) == 1
    )


def caption_says_file(caption: str | None) -> bool:
    """AP's 'FILE - ', Reuters' 'FILE PHOTO:' and 'A file picture dated …' mark archive pictures."""
    return bool(caption and _FILE_PREFIX.match(caption))
