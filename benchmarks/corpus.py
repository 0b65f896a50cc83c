"""Score the credit-line corpus and write the report (a script; tests/test_corpus_credits.py asserts the floors).

    python benchmarks/corpus.py                         # writes benchmarks/results/corpus-credits.md
    python benchmarks/corpus.py --out /tmp/report.md
    python benchmarks/corpus.py --show-holdout          # lists the holdout's failing lines: only at the very end

The report has, for dev and holdout separately, the share of lines exactly right and the share right per field
(caption, photographers, agency, kind) and per family, the precision of the names and agencies given, and the
dev set's failing lines. The holdout's failing lines are left out unless asked for (tests/corpus/README.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.corpus import score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "corpus-credits.md")
    parser.add_argument("--show-holdout", action="store_true", help="list the holdout's failing lines too")
    args = parser.parse_args(argv)
    results = {split: score.score(score.load(split)) for split in score.SPLITS}
    args.out.write_text(score.report(results, show_holdout=args.show_holdout) + "\n", encoding="utf-8")
    for split, outcomes in results.items():
        print(f"{split}: {len(outcomes)} lines, {score.exact_share(outcomes):.3f} exactly right")
    print(f"report: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
