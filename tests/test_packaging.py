"""The install: every third-party module the packages import is a declared runtime dependency, or comes from an
optional extra (``newsroom``: boto3, psycopg) and is imported only inside the functions that need it.

A fresh machine installs only what ``pyproject.toml`` declares; a package installed by hand on the developer's or
the CI machine hides the gap (pyexiv2 once landed that way and ``photodesk --help`` failed on a new machine). An
extra's module imported at a module's top would break every command of an install without the extra.
"""

from __future__ import annotations

import ast
import contextlib
import fnmatch
import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path
from typing import TypeGuard

ROOT = Path(__file__).resolve().parent.parent


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _name(requirement: str) -> str:
    return _norm(re.split(r"[\s\[<>=!~;(]", requirement.strip(), maxsplit=1)[0])


def _declared() -> tuple[set[str], list[str]]:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = {_name(r) for r in meta["project"]["dependencies"]}
    found = meta["tool"]["setuptools"]["packages"]["find"]
    return deps, list(found["include"])


def _optional() -> set[str]:
    """The distributions of the optional extras (``dev`` is the developer's, not the program's) and those they
    require directly: ``botocore``, whose exceptions and ``Config`` are part of boto3's documented interface."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras = {
        _name(r) for name, reqs in meta["project"]["optional-dependencies"].items() if name != "dev" for r in reqs
    }
    required = set()
    for dist in extras:
        with contextlib.suppress(md.PackageNotFoundError):  # reported as "not installed" if anything imports it
            required |= {_name(r) for r in md.requires(dist) or [] if "extra ==" not in r}
    return extras | required


def _type_checking(node: ast.AST) -> TypeGuard[ast.If]:
    """``if TYPE_CHECKING:`` (or ``typing.TYPE_CHECKING``): imports that never run."""
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(package: str) -> dict[str, dict[str, bool]]:
    """Top-level module -> {file importing it: whether every import of it there is lazy (inside a function, or under
    ``if TYPE_CHECKING``)}, for every absolute import in the package."""
    found: dict[str, dict[str, bool]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lazy = {  # inside a function, or for the type checker only (the body of ``if TYPE_CHECKING``, not its else)
            id(inner)
            for node in ast.walk(tree)
            for part in (
                [node]
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                else node.body
                if _type_checking(node)
                else []
            )
            for inner in ast.walk(part)
        }
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                files = found.setdefault(name.split(".")[0], {})
                rel = str(path.relative_to(ROOT))
                files[rel] = files.get(rel, True) and id(node) in lazy
    return found


def test_every_imported_third_party_module_is_a_declared_dependency() -> None:
    declared, include = _declared()
    optional = _optional()
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
            elif dists & declared:
                continue
            elif not dists & optional:
                problems.append(f"{module} (imported by {sorted(files)[0]}) comes from {sorted(dists)}: undeclared")
            elif eager := sorted(f for f, lazy in files.items() if not lazy):
                problems.append(f"{module} is an optional extra's but {eager[0]} imports it at the top of the module")
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
