"""Score the article reader against the hand-written article corpus (``tests/corpus/articles/{dev,holdout}``).

Each ``NAME.txt`` is an article as a desk copies it from a web page; ``NAME.expected.json`` holds what a careful
photo editor would enter for its pictures, in reading order, or ``{"refuse": true, "pictures": N, "why": …}`` for
an article whose slots cannot be paired with certainty. An article is read exactly as ``photodesk ingest
--captions`` reads it: ``plan_captions`` pairs its slots with a batch of as many pictures as the article really
carries, and each paired offer becomes the caption and credit the picture would get in an empty library (the
credit of the offer, the kind the caption implies, names decided together across the article's slots).

A picture is right when its caption (white space normalised) and its photographers, agency and kind all equal the
expected values. An article the reader refuses (or whose slot count differs from its pictures) has every picture
wrong: nothing can be paired. A ``refuse`` article is right when nothing is paired. A picture that is paired with a
caption that is not its own is *cross-paired*: the worst failure, counted on its own.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.captions.resolve import plan as plan_of
from catalog.captions.sheets import plan_captions
from catalog.credits.names import DEFAULT_THRESHOLDS, Authority, History, match_name
from catalog.model import CaptionOffer

ARTICLES = Path(__file__).parent / "articles"
SPLITS = ("dev", "holdout")


@dataclass
class Article:
    split: str
    name: str
    path: Path
    expected: dict[str, Any]

    @property
    def refuse(self) -> bool:
        return bool(self.expected.get("refuse"))

    @property
    def pictures(self) -> int:
        return int(self.expected["pictures"]) if self.refuse else len(self.expected["slots"])


@dataclass
class Got:
    """What one picture ends up with: caption, the credit as written, and the credit's structure."""

    caption: str | None
    credit: str | None
    photographers: list[str]
    agency: str | None
    kind: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "caption": self.caption,
            "credit": self.credit,
            "photographers": self.photographers,
            "agency": self.agency,
            "kind": self.kind,
        }


@dataclass
class Outcome:
    """One article's result: per picture right or wrong, and why."""

    article: Article
    refused: bool
    problems: list[str]
    got: list[Got]
    right: list[bool] = field(default_factory=list)
    cross: list[bool] = field(default_factory=list)
    wrong_fields: list[list[str]] = field(default_factory=list)

    @property
    def units(self) -> int:
        """How many scored units: a refuse article is one, otherwise one per picture."""
        return 1 if self.article.refuse else self.article.pictures


def load(split: str) -> list[Article]:
    folder = ARTICLES / split
    out = []
    for text in sorted(folder.glob("*.txt")):
        expected = json.loads(text.with_suffix(".expected.json").read_text(encoding="utf-8"))
        out.append(Article(split, text.stem, text, expected))
    return out


def norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def read(article: Article) -> Outcome:
    """Read an article the way ingest does, against a batch of as many pictures as it carries."""
    with tempfile.TemporaryDirectory() as tmp:
        images = [Path(tmp) / f"{i + 1}.jpg" for i in range(article.pictures)]
        plan = plan_captions(article.path, images)
    offers = [offer for _, offer in plan.pairing]
    return Outcome(article, plan.refused or not offers, list(plan.problems), desk_view(offers))


def desk_view(offers: list[CaptionOffer]) -> list[Got]:
    """Caption and credit as ``linking.link`` would store them in an empty library (no authority, no history
    but the article's own credits, so a name misspelt once among several is decided as ingest decides it)."""
    nobody = Authority.of([])
    plans = [plan_of(0, [offer], nobody) for offer in offers]
    history = History()
    for plan in plans:
        for name in plan.credit.photographers if plan.credit else []:
            history.add(name, plan.credit.agency)
    out = []
    for offer, plan in zip(offers, plans, strict=True):
        credit = plan.credit
        names = [
            match_name(n, credit.agency, nobody, history, DEFAULT_THRESHOLDS).name
            for n in (credit.photographers if credit else [])
        ]
        out.append(
            Got(plan.caption, offer.credit, names, credit.agency if credit else None, credit.kind if credit else None)
        )
    return out


def score(article: Article) -> Outcome:
    outcome = read(article)
    if article.refuse:
        outcome.right = [outcome.refused]
        outcome.cross = [False]
        outcome.wrong_fields = [[] if outcome.refused else ["offered slots"]]
        return outcome
    slots = article.expected["slots"]
    if outcome.refused:
        outcome.right = [False] * len(slots)
        outcome.cross = [False] * len(slots)
        outcome.wrong_fields = [["not paired"]] * len(slots)
        return outcome
    for want, got in zip(slots, outcome.got, strict=True):
        wrong = [
            key
            for key, a, b in (
                ("caption", norm(want["caption"]), norm(got.caption)),
                ("photographers", want["photographers"], got.photographers),
                ("agency", want["agency"], got.agency),
                ("kind", want["kind"], got.kind),
            )
            if a != b
        ]
        outcome.wrong_fields.append(wrong)
        outcome.right.append(not wrong)
        outcome.cross.append(got.caption is not None and norm(got.caption) != norm(want["caption"]))
    return outcome


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, right: bool) -> None:
        self.right += right
        self.total += 1

    @property
    def precision(self) -> float:
        return self.right / self.total if self.total else 0.0

    def text(self) -> str:
        return f"{self.right}/{self.total} = {self.precision:.3f}"


@dataclass
class Report:
    split: str
    outcomes: list[Outcome]

    @property
    def overall(self) -> Tally:
        tally = Tally()
        for outcome in self.outcomes:
            for right in outcome.right:
                tally.add(right)
        return tally

    @property
    def cross_paired(self) -> int:
        return sum(sum(o.cross) for o in self.outcomes)

    def by(self, key: str) -> dict[str, Tally]:
        out: dict[str, Tally] = defaultdict(Tally)
        for outcome in self.outcomes:
            label = outcome.article.name if key == "layout" else str(outcome.article.expected.get(key))
            for right in outcome.right:
                out[label].add(right)
        return dict(sorted(out.items()))

    @property
    def languages(self) -> set[str]:
        return {str(o.article.expected["lang"]) for o in self.outcomes}

    @property
    def detailed(self) -> bool:
        """Holdout failures name the article, the picture and the fields only, not the texts: the engineers
        changing the reader must not tune on the holdout. ``PHOTODESK_HOLDOUT_DETAIL=1`` shows them."""
        return self.split != "holdout" or os.environ.get("PHOTODESK_HOLDOUT_DETAIL") == "1"

    def failures(self) -> list[str]:
        lines = []
        for outcome in self.outcomes:
            article = outcome.article
            if article.refuse:
                if not outcome.right[0]:
                    lines.append(f"{article.name}: should refuse ({article.expected['why']}) but paired slots")
                continue
            if outcome.refused:
                why = "; ".join(outcome.problems) if self.detailed else "refused or slot count unlike the pictures"
                lines.append(f"{article.name}: nothing paired: {why}")
                continue
            for i, (want, got, wrong) in enumerate(
                zip(article.expected["slots"], outcome.got, outcome.wrong_fields, strict=True), start=1
            ):
                if wrong:
                    shown = {k: (want[k], got.to_dict()[k]) for k in wrong} if self.detailed else wrong
                    mark = " CROSS-PAIRED" if outcome.cross[i - 1] else ""
                    lines.append(f"{article.name} #{i}{mark}: {shown}")
        return lines

    def markdown(self) -> str:
        out = [f"## {self.split}: {len(self.outcomes)} articles, pictures right {self.overall.text()}", ""]
        out.append(f"Cross-paired pictures (a caption that is not the picture's own): {self.cross_paired}")
        out += ["", "| language | right |", "|---|---|"]
        out += [f"| {k} | {v.text()} |" for k, v in self.by("lang").items()]
        out += ["", "| layout (article) | right |", "|---|---|"]
        out += [f"| {k} | {v.text()} |" for k, v in self.by("layout").items()]
        out += ["", "Failures:", ""]
        out += [f"- {line}" for line in self.failures()] or ["- none"]
        return "\n".join(out) + "\n"


def report(split: str) -> Report:
    return Report(split, [score(article) for article in load(split)])
