"""The catalog's real size per asset: real photographs ingested with ``photodesk ingest``, then what their
``library.db`` takes per asset — the file as it is (WAL checkpointed) and after VACUUM, by table and index
(SQLite's ``dbstat``) and by column of ``assets``."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def ingest(photos: list[Path], library: Path) -> float:
    """``photodesk ingest`` of ``photos`` (files or folders) into a new library; seconds taken."""
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "cli", "--library", str(library), "ingest", *map(str, photos), "--jobs", "1"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - t0


def connect(path: Path) -> sqlite3.Connection:
    """A connection to a library's catalog with its WAL written back into the file."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return conn


def file_bytes(path: Path) -> int:
    """The catalog file and its -wal and -shm companions."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def measure(db_path: Path) -> dict[str, Any]:
    """Bytes per asset of ``db_path``: the whole file (WAL checkpointed) before and after VACUUM (into a copy),
    by object (tables, their indexes, the full-text index) and by column of ``assets``."""
    conn = connect(db_path)
    n = conn.execute("SELECT count(*) FROM assets").fetchone()[0]
    before = file_bytes(db_path)
    objects = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    owners = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'").fetchall())
    groups: Counter[str] = Counter()
    for name, size in objects.items():
        if name.startswith("assets_fts"):
            groups["full-text index (assets_fts*)"] += size
        elif name in owners:
            groups[f"indexes on {owners[name]}"] += size
        else:
            groups[f"table {name}"] += size
    columns = [r[1] for r in conn.execute("PRAGMA table_info(assets)")]
    # a value's payload in the record: text and blobs their length, integers 0-8 bytes, reals 8, nulls 0
    stored = ", ".join(
        f"sum(CASE typeof({c}) WHEN 'text' THEN length(CAST({c} AS BLOB)) WHEN 'blob' THEN length({c}) "
        f"WHEN 'real' THEN 8 WHEN 'integer' THEN (CASE WHEN {c} IN (0, 1) THEN 0 WHEN abs({c}) < 128 THEN 1 "
        f"WHEN abs({c}) < 32768 THEN 2 WHEN abs({c}) < 8388608 THEN 3 WHEN abs({c}) < 2147483648 THEN 4 "
        f"ELSE 8 END) ELSE 0 END)"
        for c in columns
    )
    sums = conn.execute(f"SELECT {stored} FROM assets").fetchone()
    conn.close()
    vacuumed = db_path.with_name("vacuumed.db")
    vacuumed.unlink(missing_ok=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("VACUUM INTO ?", [str(vacuumed)])
    conn.close()
    after = vacuumed.stat().st_size
    vacuumed.unlink()
    per = max(n, 1)
    return {
        "assets": n,
        "bytes_per_asset": round(before / per),
        "bytes_per_asset_vacuumed": round(after / per),
        "by_object_per_asset": {k: round(v / per) for k, v in groups.most_common()},
        "assets_columns_per_asset": {
            c: round((s or 0) / per, 1)
            for c, s in sorted(zip(columns, sums, strict=True), key=lambda cs: -(cs[1] or 0))
        },
    }
