"""The credit-line corpus (tests/corpus/): how many lines the parser reads exactly as a photo editor would.

Each line goes through ``check_lines(None, [text])`` — what `photodesk credits parse` runs with no library — and
its caption, photographers, agency and kind are compared with the editor's values. `pytest -s` prints the table
per field and family for dev and holdout, and the dev set's failing lines; `python benchmarks/corpus.py` writes the
same report to benchmarks/results/corpus-credits.md.
"""

from __future__ import annotations

from collections import Counter

import pytest

from .corpus import score

# The share of lines exactly right (caption, photographers, agency and kind all equal) that the parser reached when
# the holdout was written, rounded down to 0.01. A ratchet on one set: raise each floor whenever the parser improves,
# never lower it; when a holdout is read and retired into dev, the new holdout's floor is its first, unread figure.
# The target of issue 11 is 0.97 on both (the holdout is the one that counts). Fourth unseen set: 0.981.
FLOOR_DEV = 0.99
FLOOR_HOLDOUT = 0.98

MIN_LINES, MIN_DEV, MIN_HOLDOUT, MIN_LANGUAGES, MIN_PER_FAMILY = 600, 450, 200, 8, 10


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[score.Line]]:
    return {split: score.load(split) for split in score.SPLITS}


@pytest.fixture(scope="module")
def results(corpus: dict[str, list[score.Line]]) -> dict[str, list[score.Outcome]]:
    outcomes = {split: score.score(lines) for split, lines in corpus.items()}
    print("\n" + score.report(outcomes))
    return outcomes


def test_the_corpus_is_large_enough_in_both_sets(corpus: dict[str, list[score.Line]]) -> None:
    assert len(corpus["dev"]) >= MIN_DEV
    assert len(corpus["holdout"]) >= MIN_HOLDOUT
    assert len(corpus["dev"]) + len(corpus["holdout"]) >= MIN_LINES


def test_the_corpus_speaks_eight_languages_in_captions_and_in_labels(corpus: dict[str, list[score.Line]]) -> None:
    lines = corpus["dev"] + corpus["holdout"]
    in_captions = {line.lang for line in lines if line.expected["caption"] is not None}
    in_credits_alone = {line.lang for line in lines if line.expected["caption"] is None}
    assert len(in_captions) >= MIN_LANGUAGES, sorted(in_captions)
    assert len(in_credits_alone) >= MIN_LANGUAGES, sorted(in_credits_alone)


def test_every_family_has_ten_lines_and_appears_in_both_sets(corpus: dict[str, list[score.Line]]) -> None:
    counts = Counter(line.family for split in score.SPLITS for line in corpus[split])
    thin = {family: counts[family] for family in score.FAMILIES if counts[family] < MIN_PER_FAMILY}
    assert not thin, thin
    for split in score.SPLITS:
        missing = set(score.FAMILIES) - {line.family for line in corpus[split]}
        assert not missing, (split, missing)


def test_no_line_is_in_both_sets_or_twice_in_one(corpus: dict[str, list[score.Line]]) -> None:
    texts = Counter(line.text for split in score.SPLITS for line in corpus[split])
    assert [text for text, n in texts.items() if n > 1] == []


def test_dev_lines_come_out_exactly_right_at_least_as_often_as_the_floor(
    results: dict[str, list[score.Outcome]],
) -> None:
    share = score.exact_share(results["dev"])
    assert share >= FLOOR_DEV, f"dev: {share:.3f} exactly right, floor {FLOOR_DEV}\n" + "\n".join(
        score.failures(results["dev"])
    )


def test_holdout_lines_come_out_exactly_right_at_least_as_often_as_the_floor(
    results: dict[str, list[score.Outcome]],
) -> None:
    share = score.exact_share(results["holdout"])
    # The failing lines are not listed here: read them and the holdout is no longer an unseen set.
    assert share >= FLOOR_HOLDOUT, f"holdout: {share:.3f} exactly right, floor {FLOOR_HOLDOUT}"


@pytest.mark.parametrize(
    "row",
    [
        {"text": "REUTERS/Amir Cohen", "caption": None, "photographers": "Amir Cohen", "agency": "Reuters"},
        {"text": "x", "caption": None, "photographers": [], "agency": None, "kind": "photograph"},
        {"text": "x", "caption": None, "photographers": [], "agency": None, "kind": None},
    ],
)
def test_a_malformed_corpus_line_is_refused_naming_where_it_is(row: dict[str, object]) -> None:
    full = {"kind": "photo", "family": "wire", "lang": "en", **row}
    with pytest.raises(ValueError, match=r"^dev/wire\.jsonl:7: "):
        score.check_row("dev/wire.jsonl:7", full, "wire")
