"""The layout's two seams hold: SQL lives only in ``catalog/db``, pure packages reach neither the catalog nor the
library, and the storage and interface seams (``db/``, ``ops/``) speak in types, not ``Any``."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "catalog"
PURE = ("text", "media", "credits", "captions", "dupes", "search")
# A statement of SQL inside a string: the keyword that starts it and the word that must follow. photodesk writes
# SQL keywords in capitals (and prose does not), so the match is case-sensitive.
SQL = re.compile(
    r"\b(SELECT\s+(?:DISTINCT\s+)?[\w*(]|INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+(?:OR\s+\w+\s+)?\w+\s+SET|"
    r"DELETE\s+FROM|CREATE\s+(?:TABLE|INDEX|VIRTUAL|TRIGGER)|PRAGMA\s+\w+|\bMATCH\s+\?|json_each\()"
)


def _strings(path: Path) -> list[tuple[int, str]]:
    """Every string literal of a module but its docstrings (which may well talk about SQL)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            out.append((node.lineno, node.value))
    return out


def _modules(*, outside_db: bool) -> list[Path]:
    paths = sorted([*CATALOG.rglob("*.py"), *(ROOT / "cli").rglob("*.py")])
    return [
        p
        for p in paths
        if not outside_db or "db" not in p.relative_to(CATALOG if p.is_relative_to(CATALOG) else ROOT).parts
    ]


def test_the_sql_finder_finds_sql() -> None:
    """The check below is only as good as its pattern: it must catch every statement form the catalog uses."""
    for statement in (
        "SELECT id FROM assets",
        "SELECT DISTINCT from_value FROM corrections",
        "INSERT OR IGNORE INTO asset_people (x) VALUES (?)",
        "UPDATE assets SET caption = ?",
        "UPDATE OR IGNORE asset_people SET name = ?",
        "DELETE FROM dupe_pairs",
        "PRAGMA integrity_check",
        "SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?",
        "FROM assets a, json_each(a.people) j",
    ):
        assert SQL.search(statement), statement
    for prose in ("select the pictures", "update the caption", "Delete from the list", "Select a query"):
        assert not SQL.search(prose), prose


def test_no_module_outside_the_db_package_holds_sql() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}"
        for path in _modules(outside_db=True)
        for line, text in _strings(path)
        if SQL.search(text)
    ]
    assert not offenders, "\n".join(offenders)


def test_no_module_outside_the_db_package_imports_sqlite() -> None:
    offenders = []
    for path in _modules(outside_db=True):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in ("sqlite3", "sqlite_utils")
            ]
    assert not offenders, "\n".join(offenders)


def test_pure_packages_import_neither_the_catalog_nor_the_library() -> None:
    """Pure packages (text, media, credits, captions, dupes, search) work on values: no storage, no library, no
    interface. Ruff enforces the same (TID251, catalog/<pure>/ruff.toml); this test says which import broke it."""
    banned = ("catalog.db", "catalog.library", "catalog.ops", "catalog.ingest", "cli", "click")
    offenders = []
    for package in PURE:
        for path in sorted((CATALOG / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module]
                offenders += [
                    f"{path.relative_to(ROOT)}: {n}"
                    for n in names
                    if any(n == b or n.startswith(b + ".") for b in banned)
                ]
    assert not offenders, "\n".join(offenders)


def _public_signatures(package: str) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    out = []
    for path in sorted((CATALOG / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (
                not node.name.startswith("_") or node.name == "__init__"
            ):
                out.append((f"{path.relative_to(ROOT)}:{node.lineno} {node.name}", node))
    return out


def _untyped_rows(where: str) -> bool:
    """The engines' cursor protocol: PEP 249 leaves rows untyped (``Any`` in both drivers' own stubs); the parts
    convert each cell, so no ``Any`` leaves ``catalog.db``."""
    path, name = where.split(" ")
    return path.startswith("catalog/db/connection.py:") and name in {"description", "fetchone", "fetchall", "__iter__"}


@pytest.mark.parametrize("package", ["db", "ops"])
def test_the_seams_have_no_any_in_a_public_signature(package: str) -> None:
    offenders = []
    for where, fn in _public_signatures(package):
        annotations = [a.annotation for a in [*fn.args.args, *fn.args.kwonlyargs, *fn.args.posonlyargs] if a.annotation]
        annotations += [fn.returns] if fn.returns else []
        for annotation in annotations:
            text = ast.unparse(annotation)
            if re.search(r"\bAny\b", text) and not _untyped_rows(where):
                offenders.append(f"{where}: {text}")
    assert not offenders, "\n".join(offenders)


def test_the_any_finder_sees_any() -> None:
    tree = ast.parse("def f(x: dict[str, Any]) -> int: ...")
    fn = tree.body[0]
    assert isinstance(fn, ast.FunctionDef)
    assert re.search(r"\bAny\b", ast.unparse(fn.args.args[0].annotation))  # type: ignore[arg-type]


def test_ruff_refuses_a_pure_module_that_imports_the_catalog() -> None:
    """The banned-API rule really applies inside a pure package (its ruff.toml), and not in ops/."""
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.skip("ruff is not installed beside this interpreter (dev extras)")
    probe = "from catalog.db import Catalog\n\nCatalog\n"
    results = {}
    for package in ("credits", "dupes", "ops"):
        run = subprocess.run(
            [
                str(ruff),
                "check",
                "--no-cache",
                "--select",
                "TID251",
                "--stdin-filename",
                f"catalog/{package}/probe.py",
                "-",
            ],
            input=probe,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        results[package] = run.returncode, run.stdout
    assert results["credits"][0] == 1 and "TID251" in results["credits"][1], results
    assert results["dupes"][0] == 1, results
    assert results["ops"][0] == 0, results
