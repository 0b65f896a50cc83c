"""Is a segment of a credit a person's name, and how is a name written in capitals recased?

Only shape is judged here (capitalised words, particles, initials, any script); spelling is never changed —
that is ``names.py``'s job, with evidence.
"""

from __future__ import annotations

import re
import unicodedata

from catalog.credits import phrases, vocab
from catalog.credits.orgs import ORG_WORDS, organisation, platform, status
from catalog.text import fold

PARTICLES = frozenset("van von de da di del della der den du des la le al el bin ibn dos das do y e zu ter".split())
_WORD_OK = re.compile(r"^[^\W\d_](?:[^\W\d_]|[-'’.])*\.?$")
_INITIAL = re.compile(r"^[A-Z]\.?$|^[A-Z]\.[A-Z]\.?$")
_ORG_WORDS = frozenset(fold(w) for w in ORG_WORDS)
# Prepositions and articles of caseless scripts: a segment holding one is a sentence, not a name.
FUNCTION_WORDS = frozenset(
    "في من على إلى الى عن مع هذا هذه التي الذي خلال بعد قبل של עם על את אל מול ליד אחרי לפני".split()
)
_ABBREVIATED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<abbr>[^\W\d_][^\s()]{1,9})\)$")  # 'Magen David Adom (MDA)'


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _without_marks(word: str) -> str:
    """The word without its combining marks: Bengali, Hindi and Thai vowel signs are marks, not letters."""
    return "".join(c for c in word if not unicodedata.category(c).startswith("M")) if not word.isascii() else word


def looks_like_name(text: str) -> bool:
    """A person's name: 2-5 words, each capitalised (or caseless script), a particle, or an initial."""
    if len(text) > 48:
        return False
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    if any(w.isupper() and organisation(w) for w in words):
        return False  # 'UN OCHA', 'AP STAFF': a known body's initials are no name
    if any(re.search(r"[a-z]['’]s$", w) for w in words):
        return False  # "Today's Paper": a possessive is no part of a person's name
    if any(is_org_word(part) for w in words if "-" in w for part in w.split("-")):
        return False  # 'St. Louis Post-Dispatch': a body word inside a hyphenated word
    if any(w.isupper() and len(w) >= 2 and w.casefold() in _BODY_WORDS for w in words):
        return False  # 'Одеська ОВА': a body's acronym of the vocabulary ('Jack GUEZ' is no body word)
    if len(words) >= 3 and is_body_word(words[-1]):
        return False  # 'Fővárosi Katasztrófavédelmi Igazgatóság' (two words may be a surname: 'Martin Bureau')
    if words[0] == "The" or (words[0][:1].islower() and words[0].casefold() in PARTICLES and len(words) == 2):
        return False  # 'The Verge', 'de Volkskrant': a paper's article, not a person's particle before a given name
    if BODY_PHRASE.search(text):
        return False  # 'Gaza Civil Defence', 'Protezione Civile'
    if is_body_word(words[0]) and fold(words[0]) not in _NAME_LIKE:
        return False  # 'Мэрия Москвы', 'Polizei Mannheim': a body word leads a body's name; a surname comes last
    if any(w in FUNCTION_WORDS for w in words):
        return False  # 'الرئيس في القاهرة', 'ראש הממשלה על הבמה': a sentence in a caseless script
    if _is_acronym(words[0]) and not all(w.isupper() for w in words[1:]):
        return False  # 'ГСЧС Украины', 'NASA Johnson': an acronym first is a body ('Jack GUEZ' puts capitals last)
    for i, word in enumerate(words):
        bare = word.strip(",")
        if is_org_word(bare) or not _WORD_OK.match(_without_marks(bare)):
            return False
        first = bare[0]
        if first.islower() and bare.split("-")[0].casefold() not in PARTICLES:
            return False
        if i == len(words) - 1 and bare.casefold() in PARTICLES:
            return False
    return not (organisation(text) or platform(text) or status(text))


def looks_like_single_name(text: str) -> bool:
    """One word that can be a person credited by one name (``Ziv``, ``זיו``): capitalised, not in capitals."""
    word = text.strip()
    if " " in word or len(word) < 3 or not _WORD_OK.match(_without_marks(word)) or word.endswith(".") or "-" in word:
        return False
    if any(c.isupper() for c in word[1:]):
        return False  # 'LightRocket', 'NurPhoto': a brand's capitals, not a name
    if is_org_word(word) or organisation(word) or platform(word) or status(word):
        return False
    caseless = not word[0].isupper() and not word[0].islower()
    return caseless or (word[0].isupper() and not word.isupper())


def is_org_word(word: str) -> bool:
    """A word that makes a segment an organisation (``Department``, ``Ministerio``, ``משרד``, ``وزارة``), or ends
    one as the last part of a compound (``Landespolizei``, ``Brandweer``-compounds, ``Stadtverwaltung``)."""
    bare = fold(word.strip(",()"))
    return bare in _ORG_WORDS or bare.startswith(ORG_STEMS)


def is_body_word(word: str) -> bool:
    """Wider than ``is_org_word``: any word the vocabulary gives for a body in thirty languages (``Feuerwehr``,
    ``Belediye``, ``sapeurs-pompiers``, ``Landespolizei`` by its ending). Only evidence that a phrase already not
    shaped like a person's name is a body: some of these words are people's names too ('Bureau', 'Raad')."""
    bare = word.strip(",()").casefold()
    return (
        is_org_word(word)
        or bare in _BODY_WORDS
        or word.strip(",()") in _BODY_WORDS_EXACT
        or bare.startswith(_BODY_STEMS)
        or (len(bare) > 6 and bare.endswith(_BODY_ENDINGS))
    )


# Body words of some language that are also given names ('Marine Le Pen', 'Rada'): first in a credit, a name.
_NAME_LIKE = frozenset(fold(w) for w in "marine rada vlada kunta samu raad bond hof corte court grad".split())
_BODY_WORDS = frozenset(w.casefold() for w in phrases.single_words(vocab.BODY_WORDS))
_BODY_WORDS_EXACT = frozenset(
    p for p in phrases.phrases(vocab.BODY_WORDS, exact_case=True) if p in vocab.CASE_SENSITIVE
)
_BODY_STEMS = tuple(w.casefold() for w in phrases.phrases(vocab.BODY_STEMS))
_BODY_ENDINGS = tuple(w.casefold() for w in phrases.phrases(vocab.BODY_ENDINGS))
# Bodies named in several words ('civil defence', 'protezione civile', 'בית החולים'): a segment holding one is a
# body, not a person, whatever its capitals.
BODY_PHRASE = re.compile(phrases.bounded(phrases.trie(phrases.several_words(vocab.BODY_WORDS))), re.IGNORECASE)


# Word beginnings that mark a body in languages that inflect (Министерство/Министерства, Ministère/Ministerio).
ORG_STEMS = tuple(
    fold(s)
    for s in (
        "minist",
        "министер",
        "департамент",
        "управлени",
        "полици",
        "служб",
        "университет",
        "музе",
        "больниц",
        "администрац",
        "правительств",
        "комитет",
        "агентств",
        "policí",
        "polizi",
        "polizei",
        "polic",
        "départ",
        "departament",
        "municip",
        "gendarm",
        "feuerwehr",
        "bomber",
        "pompier",
        "vigili",
        "ayuntamiento",
        "comune",
        "mairie",
        "préfecture",
        "prefett",
        "stadt",
        "universit",
        "hôpital",
        "hospit",
        "ospedal",
        "krankenhaus",
        "klinik",
        "klinikum",
        "museo",
        "musée",
        "institut",
        "instituto",
        "istituto",
        "fundación",
        "fondazione",
        "fondation",
        "stiftung",
        "asociación",
        "associazione",
        "verband",
        "verein",
        "bundes",
        "landes",
        "gobierno",
        "governo",
        "regierung",
        "gouvernement",
        "ejército",
        "esercito",
        "armée",
        "bundeswehr",
        "carabinieri",
        "guardia",
        "משרד",
        "משטרת",
        "עיריית",
        "מועצה",
        "מועצת",
        "אוניברסיט",
        "מוזיאון",
        "רשות",
        "דוברות",
        "דובר",
        "מכון",
        "עמותת",
        "ארגון",
        "שירותי",
        "وزارة",
        "بلدية",
        "مستشفى",
        "جامعة",
        "شرطة",
        "الدفاع",
        "هيئة",
        "مؤسسة",
        "مكتب",
        "وكالة",
        "جمعية",
        "الجيش",
        "المكتب",
        "palazzo",
        "palais",
        "palacio",
        "palast",
        "élysée",
        "elysee",
        "moncloa",
        "quirinale",
        "kanzleramt",
        "bundeskanzleramt",
        "downing",
        "украины",
        "израиля",
        "сша",
        "белоруссии",
        "forum",
        "офіс",
        "міністерств",
        "служб",
        "поліці",
        "управлін",
        "адміністрац",
        "уряд",
        "генштаб",
        "штаб",
        "зсу",
        "всу",
        "сбу",
        "дсну",
        "coalition",
        "alliance",
        "initiative",
        "campaign",
    )
)


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


def shaped_like_body(name: str) -> bool:
    """An unknown body by its shape: a word such as Department, Ministerio, משרד (2-8 words), or a name that
    carries its own abbreviation ('Magen David Adom (MDA)')."""
    m = _ABBREVIATED.match(name.strip())
    if m and m["abbr"].isupper() and m["abbr"][0] == m["name"].strip()[0].upper():
        return True
    words = name.split()
    if not 1 <= len(words) <= 8 or any(c.isdigit() for c in name):
        return False
    if len(words) == 1:
        bare = name.casefold()  # 'Bundeswehr', 'Landespolizei': a body word itself, not a stem of one ('Politics')
        whole = bare in _BODY_WORDS or fold(name) in _ORG_WORDS or (len(bare) > 8 and bare.endswith(_BODY_ENDINGS))
        return len(name) >= 6 and name[:1].isupper() and whole
    return bool(BODY_PHRASE.search(name)) or (len(words) >= 2 and any(is_body_word(w) for w in words))
