"""The article reader scored on hand-written articles from many sites and languages (``tests/corpus/articles``).

The dev set is what the reader is developed against; the holdout set is laid out differently on purpose and is
only looked at to measure, never to tune. Both are printed (per language, per article, every failure) and held
to floors that only go up. Scoring lives in ``tests/corpus/articles_score.py`` (``benchmarks/corpus_articles.py``
writes the same report to ``benchmarks/results/corpus-articles.md``).
"""

from __future__ import annotations

from .corpus.articles_score import SPLITS, Report, load, report

# What the committed reader reaches, rounded down. They ratchet toward 0.95 as the reader improves: raise them
# whenever it does, never lower them on the same set; a new unseen set starts at its first, unread figure.
FLOOR_DEV = 0.94  # dev grew by the unseen sets read so far; 35 of its 647 pictures are still not read right
# The seventh unseen set, scored once and never read: 69/73, none offered a caption not exactly its own.
FLOOR_HOLDOUT = 0.94
MAX_CROSS_PAIRED_HOLDOUT = 0

SLOT_KEYS = {"caption", "credit", "photographers", "agency", "kind"}
KINDS = {"photo", "screenshot", "handout", "pool", "file", "courtesy", "illustration"}


def test_article_corpus_is_large_varied_and_well_formed() -> None:
    dev, holdout = load("dev"), load("holdout")
    assert len(dev) >= 22 and len(holdout) >= 12 and len(dev) + len(holdout) >= 30
    assert len({a.expected["lang"] for a in dev + holdout}) >= 6
    assert sum(a.refuse for a in dev + holdout) >= 3
    assert not {a.name for a in dev} & {a.name for a in holdout}
    for article in dev + holdout:
        assert article.expected["layout"] and article.expected["lang"], article.name
        if article.refuse:
            assert article.expected["why"] and article.pictures > 0, article.name
            continue
        assert article.expected["slots"], article.name
        for slot in article.expected["slots"]:
            assert set(slot) == SLOT_KEYS and slot["kind"] in KINDS, (article.name, slot)


def test_article_reader_precision_on_dev_and_holdout() -> None:
    reports = {split: report(split) for split in SPLITS}
    for split in SPLITS:
        print(reports[split].markdown())
    dev, holdout = reports["dev"], reports["holdout"]
    assert len(dev.outcomes) + len(holdout.outcomes) >= 30
    assert len(dev.languages | holdout.languages) >= 6
    print(f"cross-paired pictures: dev {dev.cross_paired}, holdout {holdout.cross_paired}")
    # A picture offered a caption that is not its own is worse than no caption: none, ever.
    assert dev.cross_paired == 0, "\n".join(dev.failures())
    assert holdout.cross_paired <= MAX_CROSS_PAIRED_HOLDOUT, f"holdout cross-paired: {holdout.cross_paired}"
    _assert_floor(dev, FLOOR_DEV)
    _assert_floor(holdout, FLOOR_HOLDOUT)


def _assert_floor(result: Report, floor: float) -> None:
    overall = result.overall
    failures = "\n".join(result.failures())
    assert overall.precision >= floor, f"{result.split}: {overall.text()} is below {floor}\n{failures}"
