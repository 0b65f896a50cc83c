"""Credit lines into structure: who made the picture, for which organisation, and what kind of picture it is.

A credit is a chain: label · photographer(s) · organisation · status · distributor · commission, joined by
whatever separators the agency uses that day (``/``, `` / ``, ``, ``, `` - ``, ``|``, a backslash, or nothing).
The parser peels the parts that have fixed shapes (labels in any language, ``<Body> photo by``, ``via X``, ``for
X``, ``Courtesy of X``, status words — ``catalog/labels.py``), splits the rest into segments, and classifies each
segment as a known organisation, a platform, a status, a placeholder, a person (``namecase.looks_like_name``) or
an unknown organisation. It never guesses beyond that: names are only recased, never respelled here. Every
decision is recorded as an ``explain.Step`` so a desk can see why a line was read as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from catalog.credits import labels
from catalog.credits.explain import Step
from catalog.credits.labels import best_kind, body_photo_by, is_placeholder, is_private
from catalog.credits.namecase import looks_like_name, looks_like_single_name, proper_case, shaped_like_body
from catalog.credits.orgs import canonical, organisation, platform, status, without_unit
from catalog.credits.styles import house_line
from catalog.media.iptc import normalize

WIRES = frozenset({"AP", "Reuters", "AFP", "EPA", "EPA-EFE", "Getty Images", "UPI", "dpa"})
# Libraries and wires that deliver other bodies' pictures: last in a chain they are the distributor.
TRAILING = WIRES | {"Alamy", "Shutterstock", "Imago", "ZUMA Press", "Sipa", "Polaris", "Abaca", "Jiji Press", "TNS"}
# National agencies that resell the wires' pictures in their countries: after a wire they only delivered it.
RESELLERS = frozenset({"Ritzau Scanpix", "LETA", "NTB", "TT", "Lehtikuva", "BNS", "ELTA"})
# Wires that led every credit in the old order ('REUTERS/KCNA'): first in a chain, the next body is the agency.
LEADING = WIRES - {"Getty Images"}
DATELINE_ORGS = frozenset({"AP", "Reuters", "AFP", "UPI", "EFE", "dpa", "ANSA", "Xinhua", "TASS"})
MAX_CREDIT_WORDS = 14

_VIA = re.compile(r"(?:^|\s+|\s*/\s*)via\s+", re.IGNORECASE)
_FOR = re.compile(r"^(.*?\S)\s+for\s+(\S.*)$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*[/|\\]\s*|\s+[-–—]\s+|\s*,\s*|\s*;\s*")
_AND = re.compile(
    r"\s+(?:and|&|und|et|y|e|и|і|та|ja|och|og|en|i|și|és|dan|na|at|ve|και|và|और|এবং|اور)\s+|\s+ו(?=[\u05d0-\u05ea])",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|la|el|los|las|le|les|il|lo|der|die|das)\s+(?=\S)", re.IGNORECASE)
CJK_CREDIT = re.compile(
    r"^(?:(?P<org>[^\s\d]+?)\s*(?:特约记者|記者|记者|通讯员|通訊員))?\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,2})\s*(?:摄|攝|撮影)$"
)
# The words for a video after 'screenshot from': the medium, not a source.
_VIDEO = re.compile(
    r"^(?:(?:a|the|un|une|el|la|il|lo|ein|einem|einer)\s+)?(?:video|vidéo|vídeo|videos|відео|видео|וידאו|סרטון|فيديو|"
    r"wideo|nagrania|filmpje|film|footage|clip)$",
    re.IGNORECASE,
)
# A broadcaster nobody listed, by its shape: 'TV Globo', 'Canal 13', 'Kanal D', 'NRK TV', 'Telewizja Polska'.
BROADCASTER = re.compile(
    r"^(?:TV|Canal|Kanal|Channel|Telewizja|Televisión|Televisão|Télévision|Televizyon|Телеканал|Телеканал)\s+\S+"
    r"(?:\s\S+)?$|^\S+(?:\s\S+)?\s(?:TV|Television|Télévision|Televisión|Televizyon)$"
)
# Rights boilerplate after a ©: it names nobody.
RIGHTS_RESERVED = re.compile(
    r"^(?:©|\(c\)|copyright)?\s*(?:\d{4}\s*)?[,.]?\s*(?:all\s+rights\s+reserved|riproduzione\s+riservata|"
    r"tutti\s+i\s+diritti\s+riservati|(?:tous\s+)?droits\s+r[ée]serv[ée]s|alle\s+rechte\s+vorbehalten|"
    r"todos\s+los\s+derechos\s+reservados|todos\s+os\s+direitos\s+reservados|wszelkie\s+prawa\s+zastrzeżone|"
    r"alle\s+rechten\s+voorbehouden|tüm\s+hakları\s+saklıdır|все\s+права\s+защищены|усі\s+права\s+захищені|"
    r"כל\s+הזכויות\s+שמורות|جميع\s+الحقوق\s+محفوظة)\W*$",
    re.IGNORECASE,
)
# A stock library's reference after its credit: 'Tim Rooke/Shutterstock (14601234b)'.
_STOCK_REF = re.compile(r"\s*\((?:[A-Z]{0,4}\d{5,}[a-z]{0,2})\)$")
_NAME_THEN_ORG = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()]+)\)$")  # 'Avshalom Sassoni (Flash90)'


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
    kinds: list[str] = field(default_factory=list, compare=False, repr=False)  # every status marker seen
    explain: list[Step] = field(default_factory=list, compare=False, repr=False)
    private: bool = field(default=False, compare=False, repr=False)
    placeholder: bool = field(default=False, compare=False, repr=False)  # 'Photo: Staff': a credit, nobody named

    @property
    def line(self) -> str:
        """The credit in the house style, by the one renderer export uses too (``styles.render``)."""
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

    def note(self, segment: str, as_: str, why: str) -> None:
        self.explain.append(Step(segment, as_, why))


def parse_credit(text: str) -> Credit | None:
    """Parse one credit line; None when the text holds no credit at all (no person, organisation or status)."""
    raw = normalize(text or "")
    body = _STOCK_REF.sub("", unwrap(raw))
    if not body or len(body.split()) > MAX_CREDIT_WORDS * 2:
        return None
    if RIGHTS_RESERVED.match(body):
        return None  # '© RIPRODUZIONE RISERVATA', '© Tous droits réservés': boilerplate, nobody credited
    credit = Credit(raw=raw)
    body = _strip_labels(body, credit)
    body = unwrap(body) if body.startswith(("(", "[")) else body
    for peel in (_peel_cjk, _peel_official, _peel_commission, _peel_via, _peel_courtesy, _peel_status):
        body = peel(body, credit)
    orgs: list[str] = []
    segments = _segments(body)
    labelled = any(step.as_ == "label" for step in credit.explain)
    for i, segment in enumerate(segments):
        single_ok = any(_known(s) for s in segments[i + 1 :]) or (i > 0 and bool(_known(segments[i - 1])))
        # 'Foto: Prayogi/Republika': after a label, two single words are the name and then the paper ('Tech /
        # Transportation' without a label is a page's breadcrumb)
        pair = labelled and len(segments) == 2 and i == 0 and looks_like_single_name(segments[1])
        single_ok = single_ok or pair
        _classify(segment, credit, orgs, single_name_ok=single_ok)
    _last_is_the_outlet(body, segments, credit, orgs)
    _settle(credit, orgs)
    if not (credit.photographers or credit.agency or credit.distributor or credit.kinds or credit.placeholder):
        return None
    return credit


def _last_is_the_outlet(body: str, segments: list[str], credit: Credit, orgs: list[str]) -> None:
    """'Otieno Wafula | Rift Valley Observer', 'Annelie Botha/Highveld Sun': with no organisation found, the last of
    several name-shaped parts after a slash or a bar is the outlet — a credit names its agency last — written as
    it is (a paper's name is not recased)."""
    if orgs or len(credit.photographers) < 2 or not segments:
        return
    last = segments[-1]
    if credit.photographers[-1] != proper_case(last) or " " not in last:
        return
    if any(s.isupper() or labels.is_label_word(s.split()[-1]) for s in segments[:-1]):
        return  # 'ANTRA FOTO/Fikri Yusuf': the agency came first, in its wire's order
    at = body.rfind(last)
    if at <= 0 or not re.search(r"[/|]\s*$", body[:at]):
        return
    credit.photographers.pop()
    orgs.append(last)
    credit.note(last, "organisation (unknown)", "last after a slash or a bar, where a credit names its outlet")


def _known(segment: str) -> str | None:
    return canonical(segment) or platform(segment)


def unwrap(text: str) -> str:
    """The credit without its wrapping brackets and stray punctuation ('(Haim Zach/GPO).' -> 'Haim Zach/GPO')."""
    text = text.strip().strip("[]").strip(" .;:")
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip(" .;:")
    while text.endswith(")") and text.count(")") > text.count("("):  # a stray ')' — not 'Magen David Adom (MDA)'
        text = text[:-1].rstrip(" .;:")
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def _strip_labels(text: str, credit: Credit) -> str:
    for _ in range(3):
        m = labels.LABEL.match(text) or labels.COPYRIGHT.match(text)
        if not m or m.end() == 0 or labels.STATUS_LABEL.match(text):
            break  # 'Фото из архива: ТАСС' is a status before its source, not 'Фото из' + 'архива
        label = m[0].strip()
        kind = labels.LABEL_KIND.match(label)
        if kind:
            credit.kinds.append(status(kind[1]) or "photo")
        credit.note(label, "label", "a credit label" + (f" that marks a {kind[1].lower()} picture" if kind else ""))
        text = text[m.end() :].strip()
    return text


def _peel_cjk(text: str, credit: Credit) -> str:
    """'新华社记者 王晔 摄' (Xinhua reporter Wang Ye, photographed): a Chinese credit ends in 摄, the name before it,
    the agency before 记者. The name is taken as written: one or two words of Han characters."""
    m = CJK_CREDIT.match(text)
    if m is None:
        return text
    credit.photographers.extend(m["names"].split())
    credit.note(m["names"], "photographer", "the name before 摄 ('photographed by') in a Chinese credit")
    return m["org"] or ""


def _peel_official(text: str, credit: Credit) -> str:
    found = body_photo_by(text)
    if found is None:
        return text
    org, rest = found
    label = text[: len(text) - len(rest)].strip()
    marked = status(label.split()[0])
    if org is None and marked:  # 'Pool photo by', 'Handout photo by'
        credit.kinds.append(marked)
        credit.note(label, "status", f"a label that marks a {marked} picture")
    else:
        credit.note(label, "label", "'<Body> photo by': the body is the agency" if org else "a status before 'by'")
    return f"{rest}/{org}" if org else rest


def _peel_commission(text: str, credit: Credit) -> str:
    m = _FOR.match(text)
    if m and (organisation(m[1].split("/")[-1].strip()) or m[1].lower().endswith("getty images")):
        credit.commission = m[2].strip(" .")
        credit.note(f"for {credit.commission}", "commission", "'<agency> for <client>': the client commissioned it")
        return m[1]
    if m and looks_like_name(m[1].strip()) and (_known(m[2]) or m[2].strip()[:1].isupper()):
        client = m[2].strip(" .")  # 'Samar Abu Elouf for The New York Times': the paper it was made for
        credit.note(
            f"for {client}",
            "organisation (known)" if _known(client) else "organisation (unknown)",
            "'<photographer> for <body>': the body the picture was made for",
        )
        return f"{m[1]}/{client}"
    return text


def _peel_via(text: str, credit: Credit) -> str:
    parts = _VIA.split(text)
    if len(parts) == 1:
        return text
    distributor, *after = (p.strip(" .") for p in parts[-1].split("/"))
    credit.distributor = canonical(distributor) or platform(distributor) or distributor
    credit.note(f"via {distributor}", "distributor", "'via X': X delivered the picture, it is not the agency")
    return "/".join([" via ".join(parts[:-1]), *after])


def _peel_courtesy(text: str, credit: Credit) -> str:
    m = labels.COURTESY_LEAD.match(text)
    if m:
        credit.kinds.append("courtesy")
        credit.note(text[: m.start("rest")].strip(), "status", "a courtesy marker")
        return m["rest"]
    m = labels.COURTESY_TAIL.match(text)
    if m:
        credit.kinds.append("courtesy")
        credit.note("courtesy", "status", "a courtesy marker")
        return "/".join(p for p in (m["rest"], m["of"]) if p)
    return text


def _peel_status(text: str, credit: Credit) -> str:
    m = labels.STATUS_LABEL.match(text)
    if not m:
        return text
    if status(text) or _VIDEO.match(m["rest"].strip(" .")):  # 'لقطة شاشة من فيديو', 'скриншот з відео': one
        return text if status(text) else m["status"]  # status (a screenshot from a video), no source named
    credit.kinds.append(status(m["status"]) or _status_word(m["status"]))
    credit.note(m["status"], "status", "a status marker before the source ('Screenshot: X', 'File photo by')")
    return _strip_labels(m["rest"], credit)


def _status_word(word: str) -> str:
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


def _segments(text: str) -> list[str]:
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
        elif m and _known(m["org"]) and spelt_out(m["name"], m["org"]):
            pieces.append(m["org"])  # 'Palestinian news agency (WAFA)': the body, spelt out, then its abbreviation
        elif m and (_known(m["org"]) or status(m["org"])):
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
    return len(letters) >= 2 and letters == abbreviation.strip() and _known(name) != _known(abbreviation)


def spelt_out(name: str, abbreviation: str) -> bool:
    """Whether ``name`` is the known body ``abbreviation`` written out: the same body, or a body's shape with no
    person's name in it ('وكالة الأنباء الفلسطينية (وفا)', 'Agence France-Presse (AFP)')."""
    name = name.strip()
    if looks_like_name(name):
        return False
    return _known(name) == _known(abbreviation) or shaped_like_body(name)


def _trim(piece: str) -> str:
    geresh = bool(_HEBREW_GERESH.search(piece.rstrip(' ."“”')))
    dotted = bool(_SUFFIX_DOT.search(piece.rstrip(" \"'“”")))
    piece = piece.strip(" .[]\"'“”")
    while piece.startswith("(") and (piece.count("(") > piece.count(")") or piece.endswith(")")):
        piece = piece[1:-1] if piece.endswith(")") and _balanced(piece[1:-1]) else piece[1:]
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


def _classify(segment: str, credit: Credit, orgs: list[str], *, single_name_ok: bool = False) -> None:
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
        and not (_known(segment) or status(segment) or labels.STATUS_HEAD.match(segment))
    ):  # 'Photo Ludovic Marin', 'foto Ansa'
        credit.note(first, "label", "a label word without a colon")
        _classify(rest, credit, orgs, single_name_ok=single_name_ok)
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
        credit.kinds.append(status(m["status"]) or _status_word(m["status"]))
        credit.note(m["status"], "status", "a status marker before its source")
        if not _classify_whole(m["rest"], credit, orgs):
            _classify(m["rest"], credit, orgs)
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
        and not (_known(word) or status(word) or is_placeholder(word) or labels.is_label_word(word))
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
            head_fits = looks_like_name(head) or _known(head) or status(head) or is_placeholder(head)
            if status(tail) or (_known(tail) and head_fits):
                _classify(head, credit, orgs)
                _classify_whole(tail, credit, orgs)
                return True
    for k in (3, 2, 1):
        if len(words) > k + 1:
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            if (_known(head) or _known_with_word(head)) and looks_like_name(rest):  # 'BELGA PHOTO NAME SURNAME'
                _classify_whole(head, credit, orgs)
                credit.photographers.append(proper_case(rest))
                credit.note(rest, "photographer", "a name after its organisation, no separator")
                return True
    return False


def _settle(credit: Credit, found: list[str]) -> None:
    """Choose the agency among the organisations named, and the kind among the status words."""
    orgs = list(dict.fromkeys(found))
    if "screenshot" in credit.kinds and not orgs and len(credit.photographers) == 1 and not credit.distributor:
        orgs.append(credit.photographers.pop())  # 'Screen grab/Al Masirah': the channel, not a photographer
        credit.note(orgs[0], "organisation (unknown)", "after a screenshot marker: the channel or platform shown")
    if "Pool" in orgs:
        credit.kinds.append("pool")
        orgs = [o for o in orgs if o != "Pool"]
    while len(orgs) >= 2 and orgs[-1] in RESELLERS and orgs[0] in WIRES:
        credit.distributor = credit.distributor or orgs[-1]  # 'Reuters/Scanpix/LETA': Reuters, resold
        credit.note(orgs.pop(), "distributor", "a national agency after a wire resold the wire's picture")
    if len(orgs) >= 2 and orgs[-1] in TRAILING and not credit.distributor:
        credit.distributor = orgs.pop()  # 'Name/AFP/Getty Images' is 'Name/AFP via Getty Images' shortened
        credit.note(credit.distributor, "distributor", "a wire or stock library last in the chain delivered it")
    if len(orgs) >= 2 and orgs[0] in LEADING and orgs[1] not in WIRES and not credit.distributor:
        credit.distributor = orgs.pop(0)  # old Reuters order: REUTERS/KCNA, REUTERS/RIA Novosti/…
        credit.note(credit.distributor, "distributor", "old wire order 'WIRE/SOURCE': the wire delivered it")
    credit.organisations = orgs
    credit.agency = orgs[0] if orgs else None
    # 'Screenshot via X': a platform that delivers its own picture is the agency; a wire that only delivers
    # ('Handout via REUTERS', 'Pool photo via AP') is not, and the agency stays unknown.
    stands_in = bool(credit.distributor and platform(credit.distributor))
    if credit.agency is None and stands_in and not credit.photographers and not credit.private:
        credit.agency = credit.distributor
    broadcast = bool(credit.agency and (platform(credit.agency) or BROADCASTER.match(credit.agency)))
    if broadcast and not credit.photographers and "screenshot" not in credit.kinds:
        credit.kinds.append("screenshot")
    if credit.private and "handout" in credit.kinds and not re.search(r"\bhandout\b", credit.raw, re.I):
        credit.kinds = [k for k in credit.kinds if k != "handout"]  # 'cedida por la familia': given, not handed out
    credit.kind = best_kind(credit.kinds)
