"""The world's words for a credit line: one place for every language's labels, status markers and page furniture.

A credit-line parser meets the same few ideas in thirty languages: a label that says a credit follows (``Photo:``,
``Fot.``, ``Φωτ.:``, ``צילום:``, ``写真：``), a marker that says what kind of picture it is (file, illustration,
handout, pool, screenshot, courtesy, private), a placeholder where a name would be (``STR``, ``DR``, ``autor
nieznany``), a press unit to drop from a body's name (``пресс-служба``, ``Ufficio Stampa``, ``דוברות``), a word
that makes a phrase an organisation (``Feuerwehr``, ``Belediye``, ``بلدية``), and the web page's furniture around
the picture (``Read more``, ``Teilen``, ``Реклама``, ``Updated``). Scattered through the parser's regular
expressions, each language's words drift and get lost; kept here as data, a word is added once and every part of
the parser sees it. This package holds data only: the parser (``labels``, ``orgs``, ``namecase``, ``furniture``)
compiles it, reading every concept as ``vocab.NAME`` from this module, which re-exports them all.

One concern per module, each kept under 400 lines so that a concept can be read whole: ``languages``
(``LANGUAGES``, ``CASE_SENSITIVE``), ``labels`` (credit labels and FROM words), ``kinds`` (file, illustration and
the kind table), ``handouts`` (handout, pool, screenshot), ``courtesy``, ``private``, ``placeholders``, ``units``
(press units), ``bodywords``, ``furniture_links`` and ``furniture_page`` (page furniture), ``aliases`` (more
spellings of known platforms and organisations). A new concept goes in the module of its concern (or a new one),
is imported and listed in ``__all__`` here, and gets its coverage floor in ``tests/test_vocab.py``.

To add a language: add its ISO 639-1 code to ``LANGUAGES``, then its phrases under that code in each concept it
has words for (leave it out of a concept rather than guess), following the conventions below; the tests then
check its shape and that no phrase of it contradicts another kind.

Conventions, which ``tests/test_vocab.py`` holds the data to:

- every concept is a ``dict[str, tuple[str, ...]]`` keyed by ISO 639-1 code (``sr`` holds Serbian in both
  scripts); a language is absent from a concept where it has no such word or none the desk is sure of;
- one phrase per string, as sites print it, NFC, words separated by single spaces, no colon or dash after a
  label; lower case unless case matters, and those phrases are listed in ``CASE_SENSITIVE`` (``STR``, ``DR``,
  ``AG``, ``AS``: ordinary words in lower case);
- apostrophes are written ``'`` and Hebrew abbreviations in both quote styles (``יח"צ``, ``יח״צ``); the compiler
  should also accept ``’`` for ``'`` and fold Greek accents (capitals drop them: ``ΦΩΤΟΓΡΑΦΙΑ``);
- compile a phrase escaped, with ``\\s+`` for its spaces, case-insensitively (unless in ``CASE_SENSITIVE``) and
  as a whole word; a phrase ending in an apostrophe (``d'``, ``dall'``) and Hebrew ``מ`` attach to the next word,
  as Arabic ``ل`` does after ``المكتب الإعلامي``;
- Chinese and Japanese write no spaces: a label or status there counts after a line start, a space or
  punctuation (``图`` is also inside ``地图``), while a body word is an ending of its segment (``北京市公安局``);
  Korean and Japanese credits often put ``=`` or ``：`` after the label (``사진=연합뉴스``);
- a phrase never stands under two contradictory kinds; a whole ``PRIVATE`` phrase (``家族提供``, ``가족 제공``)
  wins over the shorter ``HANDOUT`` word inside it (``提供``, ``제공``), as a personal archive wins over archive.
"""

from __future__ import annotations

from catalog.credits.vocab.aliases import BROADCASTER_ALIASES, ORG_ALIASES
from catalog.credits.vocab.bodywords import BODY_ENDINGS, BODY_STEMS, BODY_WORDS
from catalog.credits.vocab.courtesy import COURTESY_LEAD, COURTESY_TAILS
from catalog.credits.vocab.furniture_links import RELATED_HEADERS, SHARE_WORDS
from catalog.credits.vocab.furniture_page import ADVERT_WORDS, GALLERY_WORDS, TIMESTAMP_WORDS
from catalog.credits.vocab.handouts import HANDOUT, POOL, SCREENSHOT
from catalog.credits.vocab.kinds import FILE, ILLUSTRATION, KIND_CONCEPTS
from catalog.credits.vocab.labels import FROM_WORDS, LABELS
from catalog.credits.vocab.languages import CASE_SENSITIVE, LANGUAGES
from catalog.credits.vocab.placeholders import PLACEHOLDERS
from catalog.credits.vocab.private import PRIVATE, PRIVATE_WORDS
from catalog.credits.vocab.units import UNIT_HEADS, UNIT_TAILS

__all__ = [
    "ADVERT_WORDS",
    "BODY_ENDINGS",
    "BODY_STEMS",
    "BODY_WORDS",
    "BROADCASTER_ALIASES",
    "CASE_SENSITIVE",
    "COURTESY_LEAD",
    "COURTESY_TAILS",
    "FILE",
    "FROM_WORDS",
    "GALLERY_WORDS",
    "HANDOUT",
    "ILLUSTRATION",
    "KIND_CONCEPTS",
    "LABELS",
    "LANGUAGES",
    "ORG_ALIASES",
    "PLACEHOLDERS",
    "POOL",
    "PRIVATE",
    "PRIVATE_WORDS",
    "RELATED_HEADERS",
    "SCREENSHOT",
    "SHARE_WORDS",
    "TIMESTAMP_WORDS",
    "UNIT_HEADS",
    "UNIT_TAILS",
]
