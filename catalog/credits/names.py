"""Photographer names: matched against the authority and the catalog's history, corrected only when certain.

A wrong credit is a licensing problem, so every decision explains itself (``NameMatch``: the rule, the score, the
candidate and its runner-up) and thresholds come in as parameters (``Thresholds``). The rules, in order:

1. **exact** — the name, folded (case, accents, spacing), is an authority name: keep the authority's spelling.
2. **alias** — it is a listed alias (Koby -> Kobi, Chaim -> Haim): the canonical name.
3. **truncation** — it is a strict prefix (10+ characters) of exactly one authority name at the same agency, and
   not a typo of another one there (``Eyal Warshavski``: the start of Warshavskiy, or Warshavsky misspelt).
4. **fuzzy** — within a few edits (by length) of one authority name at the same agency, with no other authority
   name close behind it (the runner-up must be at least ``margin`` edits further).
5. **history** — seen at most once, one edit from a name the catalog (and this batch) has seen at least
   ``history_min`` times with the same agency, and nothing else that close.
6. otherwise it is kept as written; when something was close but not certain, it is queued for review.

A name that is itself in the authority is never changed into another (two listed people stay two people), and a
fuzzy, history or truncation fix that turns one real name into another (``Ahmed`` -> ``Ahmad``, ``Jon`` ->
``John``, ``Yossi`` -> ``Yosi``) is queued instead: the word that differs is a known given name or surname
(``data/given_names.txt``, ``data/surnames.txt``), or the catalog knows it as a whole word of another name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from rapidfuzz.distance import OSA

from catalog.credits.orgs import organisation
from catalog.text import fold, name_key


def agency_key(agency: str | None) -> str | None:
    """Comparison key of an agency: its canonical name when known; otherwise as written without a leading
    'The' and with punctuation and spacing folded (``The Jerusalem Report`` == ``Jerusalem Report``)."""
    if not agency:
        return None
    known = organisation(agency) or organisation(_THE.sub("", agency))
    return fold(known or _THE.sub("", agency)) or None


_THE = re.compile(r"^the\s+", re.IGNORECASE)


@cache
def known_names() -> frozenset[str]:
    """The package's lists of common given names and surnames, folded like names are compared."""
    words: set[str] = set()
    for name in ("given_names.txt", "surnames.txt"):
        text = files("catalog").joinpath("data", name).read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                words.update(name_key(line).split())  # 'Jean-Claude' is 'jean' and 'claude'
    return frozenset(words)


@dataclass(frozen=True)
class Thresholds:
    """Tunable evidence thresholds; passed in, never read from a global."""

    margin: int = 2  # the runner-up must be at least this many edits further than the best candidate
    history_min: int = 2  # a name seen this often is 'established' for the history rule
    min_prefix: int = 10  # shortest truncated name we complete


DEFAULT_THRESHOLDS = Thresholds()


def max_edits(key: str) -> int:
    """How many edits a name of this length may be from its correction (none for very short names)."""
    n = len(key.replace(" ", ""))
    if n < 6:
        return 0
    if n <= 12:
        return 1
    return 2 if n <= 24 else 3


@dataclass(frozen=True)
class Person:
    """An authority entry: a canonical photographer name, the agency, and the spellings that mean them."""

    id: int
    name: str
    agency: str | None
    aliases: tuple[str, ...] = ()


@dataclass
class Authority:
    """The authority's entries indexed by folded name and alias."""

    people: list[Person] = field(default_factory=list)
    by_key: dict[str, Person] = field(default_factory=dict)
    alias_of: dict[str, Person] = field(default_factory=dict)
    _words: dict[str, set[str]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, people: list[Person]) -> Authority:
        authority = cls(people=list(people))
        for person in people:
            authority.by_key.setdefault(name_key(person.name), person)
        for person in people:
            for alias in person.aliases:
                key = name_key(alias)
                if key not in authority.by_key:
                    authority.alias_of.setdefault(key, person)
        return authority

    def words(self) -> dict[str, set[str]]:
        """word -> the folded authority names (and aliases) it is a whole word of."""
        if self._words is None:
            self._words = {}
            for person in self.people:
                for spelling in (person.name, *person.aliases):
                    key = name_key(spelling)
                    for word in key.split():
                        self._words.setdefault(word, set()).add(key)
        return self._words

    def same_agency(self, person: Person, agency: str | None) -> bool:
        return agency_key(person.agency) == agency_key(agency) if person.agency and agency else False


@dataclass
class NameMatch:
    """One decision about one written name, with its reasons."""

    written: str
    name: str
    rule: str  # exact | alias | truncation | fuzzy | history | kept | review
    score: float | None = None  # edits between written and chosen (or candidate)
    candidate: str | None = None
    runner_up: str | None = None
    reason: str = ""

    @property
    def changed(self) -> bool:
        return self.name != self.written

    @property
    def needs_review(self) -> bool:
        return self.rule == "review"

    def to_dict(self) -> dict[str, Any]:
        return {
            "written": self.written,
            "name": self.name,
            "rule": self.rule,
            "score": self.score,
            "candidate": self.candidate,
            "runner_up": self.runner_up,
            "reason": self.reason,
        }


@dataclass
class History:
    """How often each (name, agency) has been credited: the catalog's memory plus the batch being decided."""

    counts: Counter[tuple[str, str | None]] = field(default_factory=Counter)
    spelling: dict[str, str] = field(default_factory=dict)  # key -> most recent spelling
    words: dict[str, set[str]] = field(default_factory=dict)  # word -> the folded names it is a word of

    def add(self, name: str, agency: str | None, n: int = 1) -> None:
        key = name_key(name)
        self.counts[(key, agency_key(agency))] += n
        self.spelling.setdefault(key, name)
        for word in key.split():
            self.words.setdefault(word, set()).add(key)


def match_name(
    name: str,
    agency: str | None,
    authority: Authority,
    history: History,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    *,
    autofix: bool = True,
) -> NameMatch:
    """Decide what ``name`` (credited with ``agency``) should read. See the module docstring for the rules."""
    key = name_key(name)
    if not key:
        return NameMatch(name, name, "kept")
    person = authority.by_key.get(key)
    if person is not None:
        return NameMatch(name, person.name if autofix else name, "exact", 0, person.name)
    person = authority.alias_of.get(key)
    if person is not None:
        chosen = person.name if autofix else name
        return NameMatch(name, chosen, "alias", 0, person.name, reason="listed alias")
    decision = _against_authority(name, key, agency, authority, thresholds)
    if decision is None:
        decision = _against_history(name, key, agency, history, thresholds)
    if decision is None:
        return NameMatch(name, name, "kept")
    swap = real_name_swap(key, name_key(decision.name), authority, history) if decision.changed else None
    if swap:
        decision = NameMatch(name, name, "review", decision.score, decision.name, decision.runner_up, reason=swap)
    if not autofix and decision.changed:
        decision.reason = f"autofix off; would be {decision.name} ({decision.rule})"
        decision.name, decision.rule = name, "review"
    return decision


def real_name_swap(written: str, chosen: str, authority: Authority, history: History) -> str | None:
    """Why changing the folded name ``written`` into ``chosen`` would turn one real name into another (None when
    every word that differs is a plain misspelling): a differing word is a known given name or surname, or is a
    whole word of another name in the authority or the catalog's history."""
    old, new = written.split(), chosen.split()
    if len(old) != len(new):
        return None
    for a, b in zip(old, new, strict=True):
        if a == b:
            continue
        if a in known_names():
            return f"{a!r} is itself a given name or surname ({b!r} is another): two names, not a typo"
        elsewhere = (authority.words().get(a, set()) | history.words.get(a, set())) - {written}
        if elsewhere:
            other = sorted(elsewhere)[0]
            return f"{a!r} is a whole word of another name ({other!r}), as {b!r} is: two names, not a typo"
    return None


def _against_authority(
    name: str, key: str, agency: str | None, authority: Authority, thresholds: Thresholds
) -> NameMatch | None:
    same = [p for p in authority.people if authority.same_agency(p, agency)]
    ranked = _rank(key, [(name_key(s), p.name) for p in authority.people for s in (p.name, *p.aliases)])
    if len(key) >= thresholds.min_prefix:
        completions = [p for p in same if name_key(p.name).startswith(key) and name_key(p.name) != key]
        if len(completions) == 1:
            full, here = completions[0].name, {p.name for p in same}
            # A typo of another name at the agency is as likely as a truncation of this one: not certain.
            typo_of = next((n for d, n in ranked if n != full and n in here and d <= max_edits(key)), None)
            if typo_of is not None:
                return NameMatch(
                    name,
                    name,
                    "review",
                    None,
                    full,
                    typo_of,
                    reason=f"the start of {full}, or a typo of {typo_of}",
                )
            return NameMatch(name, full, "truncation", None, full, reason="unique completion of a truncated name")
    if not ranked:
        return None
    best_d, best = ranked[0]
    limit = max_edits(key)
    if best_d > limit:
        return None
    runner = next(((d, n) for d, n in ranked[1:] if n != best), None)
    best_person = next(p for p in authority.people if p.name == best)
    if runner is not None and runner[0] < best_d + thresholds.margin:
        return NameMatch(
            name,
            name,
            "review",
            best_d,
            best,
            runner[1],
            reason=f"two authority names are close: {best} ({best_d}), {runner[1]} ({runner[0]})",
        )
    if best_person not in same:
        return NameMatch(
            name,
            name,
            "review",
            best_d,
            best,
            runner[1] if runner else None,
            reason=f"close to {best} of {best_person.agency or 'no agency'}, credited to {agency}",
        )
    return NameMatch(
        name,
        best,
        "fuzzy",
        best_d,
        best,
        runner[1] if runner else None,
        reason=f"{best_d} edit(s) from the authority's {best}, same agency, nothing close behind",
    )


def _against_history(
    name: str, key: str, agency: str | None, history: History, thresholds: Thresholds
) -> NameMatch | None:
    akey = agency_key(agency)
    if akey is None or history.counts[(key, akey)] > 1:
        return None
    seen = [(k, c) for (k, a), c in history.counts.items() if a == akey and k != key]
    ranked = _rank(key, [(k, k) for k, _ in seen])
    if not ranked:
        return None
    best_d, best_key = ranked[0]
    if best_d != 1 or max_edits(key) < 1:
        return None
    count = dict(seen)[best_key]
    spelled = history.spelling.get(best_key, best_key)
    close = [k for d, k in ranked[1:] if d < best_d + thresholds.margin]
    if close:
        return NameMatch(
            name,
            name,
            "review",
            best_d,
            spelled,
            history.spelling.get(close[0], close[0]),
            reason="several names in the catalog are this close",
        )
    if count < thresholds.history_min:
        return NameMatch(
            name, name, "review", best_d, spelled, None, reason=f"one edit from {spelled}, seen only {count} time(s)"
        )
    return NameMatch(
        name,
        spelled,
        "history",
        best_d,
        spelled,
        None,
        reason=f"seen once; one edit from {spelled}, credited {count} times with {agency}",
    )


def _rank(key: str, choices: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """(distance, label) for every choice within reach, nearest first (rapidfuzz's OSA: transpositions = 1)."""
    cutoff = max_edits(key) + 3
    out = []
    for choice_key, label in choices:
        d = OSA.distance(key, choice_key, score_cutoff=cutoff)
        if d <= cutoff:
            out.append((d, label))
    out.sort()
    return out
