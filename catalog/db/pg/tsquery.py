"""tsquery text written from folded words only (each lexeme quoted, a phrase as ``<->``, a prefix as ``:*``):
user text never reaches tsquery syntax."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from catalog.db.pg.search_schema import MAX_WORD


@dataclass(frozen=True)
class Phrase:
    """Folded words in a row under one mark, the last one a prefix or not."""

    mark: str
    words: tuple[str, ...]
    prefix: bool

    def covers(self, other: Phrase) -> bool:
        """Whether every picture ``other`` finds, this finds too: this is one word of ``other``'s, or for a prefix
        the start of one, under the same mark."""
        if self == other or self.mark != other.mark or len(self.words) != 1:
            return False
        word = self.words[0]
        if self.prefix:
            return any(w.startswith(word) for w in other.words)
        return word in (other.words[:-1] if other.prefix else other.words)

    def tsquery(self) -> str:
        last = len(self.words) - 1
        lexemes = [_lexeme(self.mark + w, self.prefix and i == last) for i, w in enumerate(self.words)]
        return lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")"


def _lexeme(lexeme: str, prefix: bool) -> str:
    """One quoted lexeme (quotes and backslashes doubled, though no word holds either)."""
    quoted = "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + ":*" if prefix else quoted


def phrases(words: Sequence[str], marks: Sequence[str], prefix: bool) -> list[Phrase]:
    """The words under each of ``marks``; none when the text has no words (FTS5's empty phrase: nothing)."""
    cut = tuple(w[:MAX_WORD] for w in words)
    return [Phrase(m, cut, prefix) for m in marks] if cut else []


def any_of(phrases: Sequence[Phrase]) -> str | None:
    """The phrases ORed, less those another one covers (``person:zach`` is ``'!zach'``, not also
    ``'!haim' <-> '!zach'``), or None when there are none."""
    unique = list(dict.fromkeys(phrases))
    return _balanced([p.tsquery() for p in unique if not any(q.covers(p) for q in unique)])


def _balanced(alternatives: Sequence[str]) -> str | None:
    """Alternatives ORed as a balanced tree (a person with thousands of spellings stays a shallow tsquery)."""
    if len(alternatives) <= 1:
        return alternatives[0] if alternatives else None
    if len(alternatives) <= 16:
        return "(" + " | ".join(alternatives) + ")"
    half = len(alternatives) // 2
    return f"({_balanced(alternatives[:half])} | {_balanced(alternatives[half:])})"
