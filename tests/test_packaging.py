"""The install: every third-party module the packages import is a declared runtime dependency.

A fresh machine installs only what ``pyproject.toml`` declares; a package installed by hand on the developer's or
the CI machine hides the gap (pyexiv2 once landed that way and ``photodesk --help`` failed on a new machine).
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> tuple[set[str], list[str]]:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    # the newsroom extra (PostgreSQL, S3) counts: its modules are imported only where a newsroom library is opened
    required = [*meta["project"]["dependencies"], *meta["project"]["optional-dependencies"]["newsroom"]]
    deps = {_norm(re.split(r"[\s\[<>=!~;(]", r.strip(), maxsplit=1)[0]) for r in required}
    found = meta["tool"]["setuptools"]["packages"]["find"]
    return deps, list(found["include"])


def _imports(package: str) -> dict[str, set[str]]:
    """Top-level module -> files importing it, for every absolute import in the package (lazy ones included)."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_imported_third_party_module_is_a_declared_dependency() -> None:
    declared, include = _declared()
    own = {pattern.rstrip("*").split(".")[0] for pattern in include}
    assert {"catalog", "cli", "web"} <= own and all((ROOT / p).is_dir() for p in own)
    by_module = md.packages_distributions()
    problems = []
    for package in own:
        for module, files in _imports(package).items():
            if module in sys.stdlib_module_names or module in own or module == "__future__":
                continue
            dists = {_norm(d) for d in by_module.get(module, [])}
            if not dists:
                problems.append(f"{module} (imported by {sorted(files)[0]}) is not installed at all")
            elif not dists & declared:
                problems.append(f"{module} (imported by {sorted(files)[0]}) comes from {sorted(dists)}: undeclared")
    assert not problems, "\n".join(problems)


def test_the_packages_listed_for_setuptools_are_every_package_in_the_repository() -> None:
    """A new package folder (``web/``, ``catalog/db/``) that setuptools' find does not include would be missing from
    a non-editable install."""
    _, include = _declared()
    packages = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in ROOT.rglob("__init__.py")
        if p.parent.relative_to(ROOT).parts[0] not in ("tests", "benchmarks")
    }
    assert {"catalog", "catalog.db", "catalog.ops", "cli"} <= packages
    missing = {p for p in packages if not any(fnmatch.fnmatchcase(p, pattern) for pattern in include)}
    assert not missing
