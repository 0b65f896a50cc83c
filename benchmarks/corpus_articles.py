"""Score the article reader on the article corpus and write ``benchmarks/results/corpus-articles.md``.

Usage: ``python benchmarks/corpus_articles.py [--split dev|holdout|all]``. The holdout set is for measuring only:
look at its failures after a change is finished, not while making it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus.articles_score import SPLITS, report  # noqa: E402

RESULT = ROOT / "benchmarks" / "results" / "corpus-articles.md"


def measured_at() -> str:
    """Which reader was scored: the commit, and whether catalog/ had uncommitted changes (a shared checkout)."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "catalog"], capture_output=True, text=True
        )
    except OSError:
        return "Measured on a reader of unknown commit."
    if head.returncode != 0:
        return "Measured on a reader of unknown commit."
    extra = " plus uncommitted changes in catalog/" if dirty.stdout.strip() else ""
    return f"Measured on the reader at {head.stdout.strip()}{extra} (`python benchmarks/corpus_articles.py`)."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    args = parser.parse_args()
    splits = SPLITS if args.split == "all" else (args.split,)
    reports = [report(split) for split in splits]
    summary = [f"- {r.split}: pictures right {r.overall.text()}, cross-paired {r.cross_paired}" for r in reports]
    text = "\n".join(["# Article corpus: the article reader's precision", "", measured_at(), "", *summary, ""])
    text += "\n".join(r.markdown() for r in reports)
    if args.split == "all":
        RESULT.write_text(text, encoding="utf-8")
        print(f"wrote {RESULT.relative_to(ROOT)}", file=sys.stderr)
    print(text)


if __name__ == "__main__":
    main()
