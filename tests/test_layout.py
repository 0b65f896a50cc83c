"""The source layout: every module of ``catalog/`` and ``cli/`` can be read whole.

A module past a few hundred lines mixes concerns and is where merges collide (the credit vocabulary was one
2600-line file of 43 languages' words); 400 lines is the ceiling, and a module that grows past it is split by
concern into a package, as ``catalog/credits/vocab/`` was.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 400


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _modules() -> list[Path]:
    return sorted(p for package in ("catalog", "cli") for p in (ROOT / package).rglob("*.py"))


def test_no_module_of_catalog_or_cli_is_over_the_limit() -> None:
    assert len(_modules()) > 20, "the walk found the packages"
    too_long = {str(p.relative_to(ROOT)): n for p in _modules() if (n := _lines(p)) > LIMIT}
    assert not too_long, f"over {LIMIT} lines (split by concern into a package): {too_long}"
