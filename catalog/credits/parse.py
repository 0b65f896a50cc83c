"""Credit lines into structure: who made the picture, for which organisation, and what kind of picture it is.

A credit is a chain: label · photographer(s) · organisation · status · distributor · commission, joined by
whatever separators the agency uses that day (``/``, `` / ``, ``, ``, `` - ``, ``|``, a backslash, or nothing).
The parser peels the parts that have fixed shapes (labels in any language, ``<Body> photo by``, ``via X``, ``for
X``, ``Courtesy of X``, status words — ``catalog/labels.py``), splits the rest into segments, and classifies each
segment as a known organisation, a platform, a status, a placeholder, a person (``namecase.looks_like_name``) or
an unknown organisation (``segments.py``), then settles the agency and the kind here. It never guesses beyond
that: names are only recased, never respelled here. Every decision is recorded as an ``explain.Step`` so a desk
can see why a line was read as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from catalog.credits import labels
from catalog.credits.explain import Step
from catalog.credits.labels import best_kind, body_photo_by
from catalog.credits.namecase import looks_like_name, looks_like_single_name, proper_case
from catalog.credits.orgs import canonical, organisation, platform, status
from catalog.credits.segments import balanced, classify, known_body, split_segments, status_word
from catalog.credits.styles import house_line
from catalog.text import normalize

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
    segments = split_segments(body)
    labelled = any(step.as_ == "label" for step in credit.explain)
    for i, segment in enumerate(segments):
        single_ok = any(known_body(s) for s in segments[i + 1 :]) or (i > 0 and bool(known_body(segments[i - 1])))
        # 'Foto: Prayogi/Republika': after a label, two single words are the name and then the paper ('Tech /
        # Transportation' without a label is a page's breadcrumb)
        pair = labelled and len(segments) == 2 and i == 0 and looks_like_single_name(segments[1])
        single_ok = single_ok or pair
        classify(segment, credit, orgs, single_name_ok=single_ok)
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


def unwrap(text: str) -> str:
    """The credit without its wrapping brackets and stray punctuation ('(Haim Zach/GPO).' -> 'Haim Zach/GPO')."""
    text = text.strip().strip("[]").strip(" .;:")
    while text.startswith("(") and text.endswith(")") and balanced(text[1:-1]):
        text = text[1:-1].strip(" .;:")
    while text.endswith(")") and text.count(")") > text.count("("):  # a stray ')' — not 'Magen David Adom (MDA)'
        text = text[:-1].rstrip(" .;:")
    return text


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
    if m and looks_like_name(m[1].strip()) and (known_body(m[2]) or m[2].strip()[:1].isupper()):
        client = m[2].strip(" .")  # 'Samar Abu Elouf for The New York Times': the paper it was made for
        credit.note(
            f"for {client}",
            "organisation (known)" if known_body(client) else "organisation (unknown)",
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
    credit.kinds.append(status(m["status"]) or status_word(m["status"]))
    credit.note(m["status"], "status", "a status marker before the source ('Screenshot: X', 'File photo by')")
    return _strip_labels(m["rest"], credit)


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
