"""The vocabulary (``catalog/credits/vocab/``) compiled into the shapes the parser asks for.

A concept there is a list of phrases per language; the parser needs either a regular expression that finds any of
them (``pattern``) or a set to look a whole segment up in (``folded``). The expression is built as a trie — one
branch per shared beginning — so that the thousand phrases of thirty languages cost, at each position of a
caption, about what one phrase costs: Python's ``re`` tries the alternatives of a plain ``a|b|c`` one by one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

from catalog.credits import vocab

Concept = dict[str, tuple[str, ...]]


def phrases(*concepts: Concept, exact_case: bool = False) -> list[str]:
    """Every phrase of the concepts, NFC; ``exact_case`` False drops those whose case is their meaning (``STR``,
    ``AG``), which only a case-sensitive lookup may use."""
    out: dict[str, None] = {}
    for concept in concepts:
        for words in concept.values():
            for phrase in words:
                if exact_case or phrase not in vocab.CASE_SENSITIVE:
                    out[unicodedata.normalize("NFC", phrase)] = None
    return list(out)


def single_words(*concepts: Concept) -> list[str]:
    return [p for p in phrases(*concepts) if " " not in p]


def several_words(*concepts: Concept) -> list[str]:
    return [p for p in phrases(*concepts) if " " in p]


def _tokens(phrase: str) -> list[str]:
    """A phrase as regex tokens: a space is any run of white space, an apostrophe either apostrophe."""
    out: list[str] = []
    for ch in phrase.casefold():
        if ch.isspace():
            if out and out[-1] == r"\s+":
                continue
            out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
    return out


def trie(words: Iterable[str]) -> str:
    """One regular-expression fragment (no groups that capture) matching any of ``words``, case-folded; compile
    it with ``re.IGNORECASE``. Longer phrases are preferred where one is the beginning of another."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for token in _tokens(word):
            node = node.setdefault(token, {})
        node[""] = {}
    return _emit(root) or "(?!)"


def _emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [token + _emit(child) for token, child in sorted(node.items()) if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


@cache
def pattern(*names: str) -> str:
    """The trie fragment for the named concepts of ``vocab`` ('LABELS', 'FILE' …), cached: built once."""
    return trie(phrases(*(getattr(vocab, name) for name in names)))


def bounded(fragment: str) -> str:
    """``fragment`` as whole words: not inside a longer word."""
    return rf"(?<![^\W_])(?:{fragment})(?![^\W_])"


def folded(*names: str, fold: Callable[[str], str] | None = None) -> frozenset[str]:
    """The named concepts' phrases as a set of comparison keys, folded by ``fold`` (the caller's folding)."""
    key = fold or (lambda s: unicodedata.normalize("NFKC", s).casefold())
    return frozenset(key(p) for p in phrases(*(getattr(vocab, name) for name in names)))
