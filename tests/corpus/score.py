"""Scoring the credit-line corpus: shared by tests/test_corpus_credits.py and benchmarks/corpus.py.

A line is read the way `photodesk credits parse` reads it (``catalog.ops.link.check_lines`` with no library) and
compared, field by field, with what a careful photo editor would enter. The holdout's failing lines are listed only
on request: once its lines are read to fix the parser, it stops being an unseen set (see README.md here).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.ops.link import check_lines

CORPUS = Path(__file__).resolve().parent / "credits"
SPLITS = ("dev", "holdout")
FIELDS = ("caption", "photographers", "agency", "kind")
KINDS = frozenset({"photo", "screenshot", "handout", "pool", "file", "courtesy", "illustration"})
KEYS = frozenset({"text", "caption", "photographers", "agency", "kind", "family", "lang"})
# The families of forms (issue 11), one file per family in each split; README.md here says what each holds.
FAMILIES = (
    "wire",
    "credit-below",
    "page-furniture",
    "separator",
    "unknown-org",
    "label",
    "house-form",
    "canonical",
    "distributor",
    "agency-typo",
    "kind",
    "screenshot",
    "private",
    "placeholder",
    "names",
    "no-credit",
)


@dataclass(frozen=True)
class Line:
    """One corpus line and where it was written (file:line), for failure lists."""

    where: str
    text: str
    expected: dict[str, Any]
    family: str
    lang: str


@dataclass
class Outcome:
    line: Line
    got: dict[str, Any]
    right: dict[str, bool] = field(default_factory=dict)

    @property
    def exact(self) -> bool:
        return all(self.right.values())


def load(split: str) -> list[Line]:
    """Every line of one split, in file and line order; a malformed line raises ValueError naming it."""
    lines = []
    for path in sorted((CORPUS / split).glob("*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{split}/{path.name}:{number}"
            if raw.strip():
                lines.append(check_row(where, json.loads(raw), path.stem))
    return lines


def check_row(where: str, row: dict[str, Any], stem: str) -> Line:
    """One row as a Line, or ValueError naming where it is: a mistyped row would silently score as a miss."""
    problems = []
    if set(row) != KEYS:
        problems.append(f"keys {sorted(row)}")
    if row.get("family") not in FAMILIES:
        problems.append(f"family {row.get('family')!r} is not one of score.FAMILIES")
    if row.get("family") != stem:
        problems.append(f"family {row.get('family')!r} is not the file's name {stem!r}")
    kind = row.get("kind")
    if not (kind in KINDS or (kind is None and stem == "no-credit")):
        problems.append(f"kind {kind!r}")
    if not isinstance(row.get("photographers"), list):
        problems.append("photographers is not a list")
    if stem == "no-credit" and (row.get("photographers") or row.get("agency") or row.get("caption") is None):
        problems.append("a no-credit line has a caption and no photographers or agency")
    if problems:
        raise ValueError(f"{where}: " + "; ".join(problems))
    expected = {k: row[k] for k in FIELDS}
    return Line(where, row["text"], expected, row["family"], row["lang"])


def read(text: str) -> dict[str, Any]:
    """What the parser makes of one line, in the corpus's four fields (no credit: [], null, null)."""
    result = check_lines(None, [text])[0]
    credit = result["credit"] or {}
    return {
        "caption": result["caption"],
        "photographers": list(credit.get("photographers", [])),
        "agency": credit.get("agency"),
        "kind": credit.get("kind"),
    }


def score(lines: Iterable[Line]) -> list[Outcome]:
    outcomes = []
    for line in lines:
        got = read(line.text)
        outcomes.append(Outcome(line, got, {k: got[k] == line.expected[k] for k in FIELDS}))
    return outcomes


def exact_share(outcomes: list[Outcome]) -> float:
    return sum(o.exact for o in outcomes) / len(outcomes) if outcomes else 0.0


def _share(outcomes: list[Outcome], key: str | None) -> str:
    if not outcomes:
        return "-"
    hits = sum(o.exact if key is None else o.right[key] for o in outcomes)
    return f"{hits / len(outcomes):.2f}"


def _precision(outcomes: list[Outcome], key: str) -> str:
    """Of the lines where the parser gave a value (a name, an agency), the share that gave the right one."""
    given = [o for o in outcomes if o.got[key]]
    if not given:
        return "-"
    return f"{sum(o.right[key] for o in given) / len(given):.2f} ({len(given)} given)"


def table(split: str, outcomes: list[Outcome]) -> list[str]:
    """Markdown: share of lines right per family and field, then the precision of non-empty answers."""
    rows = [
        f"### {split}: {len(outcomes)} lines, {exact_share(outcomes):.3f} exactly right",
        "",
        "| family | lines | exact | caption | photographers | agency | kind |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    families = sorted({o.line.family for o in outcomes})
    for family in [*families, None]:
        group = [o for o in outcomes if family is None or o.line.family == family]
        cells = [_share(group, None), *(_share(group, k) for k in FIELDS)]
        name = family or "**all**"
        rows.append(f"| {name} | {len(group)} | " + " | ".join(cells) + " |")
    rows += [
        "",
        f"Precision of answers given: photographers {_precision(outcomes, 'photographers')}, "
        f"agency {_precision(outcomes, 'agency')}.",
        "",
    ]
    return rows


def failures(outcomes: list[Outcome]) -> list[str]:
    """Each failing line: where, the text, and expected/got for the fields that differ."""
    rows = []
    for o in outcomes:
        if o.exact:
            continue
        diffs = "; ".join(
            f"{k}: expected {json.dumps(o.line.expected[k], ensure_ascii=False)}, "
            f"got {json.dumps(o.got[k], ensure_ascii=False)}"
            for k in FIELDS
            if not o.right[k]
        )
        rows.append(f"- `{o.line.where}` {json.dumps(o.line.text, ensure_ascii=False)} — {diffs}")
    return rows


def report(results: dict[str, list[Outcome]], *, show_holdout: bool = False) -> str:
    """The whole report; the holdout's failing lines only when asked for (they would stop it being unseen)."""
    out = ["# Credit-line corpus: how the parser reads it", ""]
    for split, outcomes in results.items():
        out += table(split, outcomes)
    for split, outcomes in results.items():
        failing = failures(outcomes)
        out += [f"## Failing lines: {split} ({len(failing)})", ""]
        if split == "holdout" and not show_holdout:
            out += ["(not listed: the holdout is an unseen set; see tests/corpus/README.md)", ""]
        else:
            out += [*failing, ""]
    return "\n".join(out)
