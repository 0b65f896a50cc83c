"""A credit's body into segments, and each segment into what it is: a person, an organisation, a status.

``parse.parse_credit`` peels the parts of a credit that have fixed shapes (labels, ``via X``, ``for X``, courtesy and
status markers) and hands the rest here: ``split_segments`` cuts it at the separators agencies use (never inside
parentheses), and ``classify`` decides each segment — a known organisation, a platform, a status, a placeholder, a
person (``namecase.looks_like_name``) or an unknown organisation — noting each decision on the credit. Kept apart
from the peeling and from the settling of the agency: each is a concern of its own, read without the other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from catalog.credits import labels
from catalog.credits.labels import is_placeholder, is_private
from catalog.credits.namecase import looks_like_name, looks_like_single_name, proper_case, shaped_like_body
from catalog.credits.orgs import canonical, platform, status, without_unit

if TYPE_CHECKING:
    from catalog.credits.parse import Credit

_SEPARATORS = re.compile(r"\s*[/|\\]\s*|\s+[-–—]\s+|\s*,\s*|\s*;\s*")
_AND = re.compile(
    r"\s+(?:and|&|und|et|y|e|и|і|та|ja|och|og|en|i|și|és|dan|na|at|ve|και|và|और|এবং|اور)\s+|\s+ו(?=[\u05d0-\u05ea])",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|la|el|los|las|le|les|il|lo|der|die|das)\s+(?=\S)", re.IGNORECASE)
_NAME_THEN_ORG = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()]+)\)$")  # 'Avshalom Sassoni (Flash90)'


def known_body(segment: str) -> str | None:
    return canonical(segment) or platform(segment)


def balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def status_word(word: str) -> str:
    folded = word.casefold()
    for key, kind in (
        ("pool", "pool"),
        ("hand", "handout"),
        ("file", "file"),
        ("arch", "file"),
        ("illus", "illustration"),
    ):
        if key in folded:
            return kind
    return "screenshot"


def split_segments(text: str) -> list[str]:
    """Split at the separators, but never inside parentheses ('Magen David Adom (MDA)' stays whole);
    'Name (Agency)' is two segments."""
    pieces: list[str] = []
    for piece in _SEPARATORS.split(text):
        if pieces and pieces[-1].count("(") > pieces[-1].count(")"):
            pieces[-1] += "/" + piece
            continue
        m = _NAME_THEN_ORG.match(piece.strip())
        if m and _own_abbreviation(m["name"], m["org"]):
            pieces.append(piece)  # 'Armed Forces of the Philippines (AFP)' is not Agence France-Presse
        elif m and known_body(m["org"]) and spelt_out(m["name"], m["org"]):
            pieces.append(m["org"])  # 'Palestinian news agency (WAFA)': the body, spelt out, then its abbreviation
        elif m and (known_body(m["org"]) or status(m["org"])):
            pieces.extend((m["name"], m["org"]))
        else:
            pieces.append(piece)
    return [s for s in (_trim(p) for p in pieces) if s]


def initials(name: str) -> str:
    """The capitals that start the words of a name ('Armed Forces of the Philippines' -> 'AFP')."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name.strip()) if w and w[0].isupper())


def _own_abbreviation(name: str, abbreviation: str) -> bool:
    """The abbreviation spells the initials of the name before it, and the name is not the known body."""
    letters = initials(name)
    return len(letters) >= 2 and letters == abbreviation.strip() and known_body(name) != known_body(abbreviation)


def spelt_out(name: str, abbreviation: str) -> bool:
    """Whether ``name`` is the known body ``abbreviation`` written out: the same body, or a body's shape with no
    person's name in it ('وكالة الأنباء الفلسطينية (وفا)', 'Agence France-Presse (AFP)')."""
    name = name.strip()
    if looks_like_name(name):
        return False
    return known_body(name) == known_body(abbreviation) or shaped_like_body(name)


def _trim(piece: str) -> str:
    geresh = bool(_HEBREW_GERESH.search(piece.rstrip(' ."“”')))
    dotted = bool(_SUFFIX_DOT.search(piece.rstrip(" \"'“”")))
    piece = piece.strip(" .[]\"'“”")
    while piece.startswith("(") and (piece.count("(") > piece.count(")") or piece.endswith(")")):
        piece = piece[1:-1] if piece.endswith(")") and balanced(piece[1:-1]) else piece[1:]
        piece = piece.strip(" .")
    while piece.endswith(")") and piece.count(")") > piece.count("("):
        piece = piece[:-1].strip(" .")
    trimmed = piece.strip(" .\"'“”")
    if dotted and not trimmed.endswith("."):
        trimmed += "."  # 'Nelson Jr.': the abbreviation keeps its full stop
    return trimmed + "'" if geresh else trimmed


_SUFFIX_DOT = re.compile(r"\s(?:Jr|Sr|Jnr|Snr)\.$")
# 'גדעון מרקוביץ\'': an apostrophe after a Hebrew letter is a geresh, part of the name ('ץ' = 'tch').
_HEBREW_GERESH = re.compile(r"([\u05d0-\u05ea])'$")


def classify(segment: str, credit: Credit, orgs: list[str], *, single_name_ok: bool = False) -> None:
    segment = re.sub(r"^(?:of|by)\s+", "", segment, flags=re.IGNORECASE) if " " in segment else segment
    if is_placeholder(segment):  # 'REUTERS/Stringer', 'STR/AFP', '-/AFP': a photographer who is not named
        credit.placeholder = True
        credit.note(segment, "placeholder", "stands where a name would be; not a name")
        return
    if labels.is_label_word(segment):  # 'Foto ANSA/…', 'AFP PHOTO/…'
        credit.note(segment, "label", "a label word on its own")
        return
    first, _, rest = segment.partition(" ")
    if (
        rest
        and labels.is_label_word(first)
        and not (known_body(segment) or status(segment) or labels.STATUS_HEAD.match(segment))
    ):  # 'Photo Ludovic Marin', 'foto Ansa'
        credit.note(first, "label", "a label word without a colon")
        classify(rest, credit, orgs, single_name_ok=single_name_ok)
        return
    segment = labels.RANK.sub("", segment)  # 'Sgt. Marcus Whitfield', 'Mass Communication Specialist 2nd Class'

    if is_private(segment):
        credit.kinds.extend(["courtesy", *(["handout"] if re.search(r"\bhandout\b", segment, re.I) else [])])
        credit.private = True
        credit.note(segment, "status", "a private or family picture: courtesy, no agency")
        return
    if _classify_whole(segment, credit, orgs):
        return
    if _classify_split(segment, credit, orgs):
        return
    people = _AND.split(segment)
    if len(people) > 1 and all(looks_like_name(p) for p in people):
        credit.photographers.extend(proper_case(p) for p in people)
        credit.note(segment, "photographer", f"{len(people)} names joined by 'and'")
    elif looks_like_name(segment):
        credit.photographers.append(proper_case(segment))
        credit.note(segment, "photographer", "2-5 capitalised words, particles or initials")
    elif single_name_ok and looks_like_single_name(segment):
        credit.photographers.append(segment)
        credit.note(segment, "photographer", "one capitalised word before a known organisation (single name)")
    elif single_name_ok and _surname_in_capitals(segment):
        credit.photographers.append(proper_case(segment))
        credit.note(segment, "photographer", "a surname in capitals beside its agency ('EFE/BALLESTEROS')")
    else:
        unitless = without_unit(segment)  # 'Haifa Municipality Spokesperson' -> 'Haifa Municipality'
        headless = unitless != segment and segment.endswith(unitless)  # 'Ufficio Stampa Quirinale'
        # a spokesperson after a body, or a press service in lower case ('Ukrenergo press service'); a capitalised
        # 'Press Service' may be the body's own name ('Ukrainian Presidential Press Service')
        unit = segment[len(unitless) :]
        spokes = not headless and (re.search(r"spokes", unit, re.I) or re.search(r"press\s+service|пресс|прес", unit))
        cut = shaped_like_body(unitless) or (headless and not looks_like_name(unitless)) or bool(spokes)
        name = unitless if unitless != segment and cut else segment
        name = name if name[:1].isupper() else _ARTICLE.sub("", name)  # 'The Guardian' kept, '… de la Policía'
        orgs.append(name)
        why = "shaped like a body (a word such as Department, or its own abbreviation)"
        credit.note(segment, "organisation (unknown)", why if shaped_like_body(name) else "not a person's name")


def _classify_whole(segment: str, credit: Credit, orgs: list[str]) -> bool:
    found = status(segment)
    if found:
        credit.kinds.append(found)
        credit.note(segment, "status", f"marks a {found} picture")
        return True
    known = canonical(segment) or canonical(_ARTICLE.sub("", segment)) or _known_with_word(segment)
    if known:
        orgs.append(known)
        credit.note(segment, "organisation (known)", f"a known body: {known}")
        return True
    if platform(segment):
        orgs.append(platform(segment) or segment)
        credit.note(segment, "platform", "a platform or broadcaster: its pictures are screenshots")
        return True
    m = labels.STATUS_HEAD.match(segment)
    if m:
        credit.kinds.append(status(m["status"]) or status_word(m["status"]))
        credit.note(m["status"], "status", "a status marker before its source")
        if not _classify_whole(m["rest"], credit, orgs):
            classify(m["rest"], credit, orgs)
        return True
    return _partner(segment, credit, orgs)


def _known_with_word(segment: str) -> str | None:
    """'PTI Photo', 'AAP Image': a known agency followed by the word for picture."""
    head, _, last = segment.rpartition(" ")
    if not head or last.casefold() not in ("photo", "phot", "photos", "image", "images", "foto"):
        return None
    return canonical(head) or (head if misspelt_agency(head) else None)  # 'ANTRA FOTO': respelt by linking


def _partner(segment: str, credit: Credit, orgs: list[str]) -> bool:
    """'AFP-JIJI': a wire joined to its partner; the first is the agency, the partner delivered it."""
    parts = segment.split("-")
    if len(parts) != 2 or not all(parts):
        return False
    first, second = canonical(parts[0]), canonical(parts[1])
    if first and (status(parts[1]) or second == "Pool"):
        orgs.append(first)  # 'dpa-Pool': the wire's pool picture
        credit.kinds.append(status(parts[1]) or "pool")
        credit.note(segment, "organisation (known)", f"a wire joined to a status: {first}, {parts[1].lower()}")
        return True
    if not first or not (second or parts[1][:1].isupper()):
        return False
    if not second and misspelt_agency(segment):
        return False  # 'EPA-EEF' is EPA-EFE misspelt, not EPA and a partner called EEF
    orgs.append(first)
    credit.distributor = credit.distributor or second or parts[1]
    credit.note(segment, "organisation (known)", f"a wire joined to a partner: {first}, partner {parts[1]}")
    return True


def _surname_in_capitals(segment: str) -> bool:
    """'BALLESTEROS' in 'EFE/BALLESTEROS': one word in capitals, long enough not to be an acronym, and nothing
    known (a body, a status, a placeholder)."""
    word = segment.strip()
    return (
        word.isupper()
        and word.isalpha()
        and len(word) >= 5
        and not (known_body(word) or status(word) or is_placeholder(word) or labels.is_label_word(word))
    )


def misspelt_agency(segment: str) -> bool:
    """Whether ``segment`` is a certain typo of one known organisation ('EPA-EEF', 'Yonahp')."""
    from catalog.credits.agencies import match_agency  # the agency matcher loads its spelling index on first use

    return match_agency(segment.strip()) is not None


def _classify_split(segment: str, credit: Credit, orgs: list[str]) -> bool:
    """A segment with no separator inside: 'Name GPO', 'Kremlin Pool Photo', 'Israel GPO Name Surname'."""
    words = segment.split()
    for k in (3, 2, 1):
        if len(words) > k:
            head, tail = " ".join(words[:-k]), " ".join(words[-k:])
            # 'Kobi Gideon GPO', 'Kremlin Pool Photo'; not 'Ukrainian Presidential Press Service' (one body)
            head_fits = looks_like_name(head) or known_body(head) or status(head) or is_placeholder(head)
            if status(tail) or (known_body(tail) and head_fits):
                classify(head, credit, orgs)
                _classify_whole(tail, credit, orgs)
                return True
    for k in (3, 2, 1):
        if len(words) > k + 1:
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            if (known_body(head) or _known_with_word(head)) and looks_like_name(rest):  # 'BELGA PHOTO NAME SURNAME'
                _classify_whole(head, credit, orgs)
                credit.photographers.append(proper_case(rest))
                credit.note(rest, "photographer", "a name after its organisation, no separator")
                return True
    return False
