"""Search latency on PostgreSQL beside SQLite, on the same generated catalog (a script, not a test).

    python benchmarks/pg_search.py                  # 100,000 assets; libpq's environment names the server
    python benchmarks/pg_search.py --assets 20000

The catalog is the benchmark suite's generated one (``run.py``: real rows of ingested photographs, desk captions,
credits and people); a tenth of the captions get a Hebrew sentence, in SQLite (FTS5 follows by its triggers) and
so in PostgreSQL. The assets rows are copied into a PostgreSQL schema of their own (dropped at the end), search is
added by ``search_ddl()`` (timed: the vectors of every row and the GIN index) with the planner's statistics of
migration ``p004``, SQLite's indexes on plain columns are made too (as the PostgreSQL schema will have them;
taken_at and ingested_at in byte order, ``COLLATE "C"``), the table is vacuumed (as autovacuum leaves it), and
each query runs 30 times after a warm-up, limit 50, on both engines in this process: p50 and p95 in milliseconds,
and the hit count. The person and credit queries ask the SQLite catalog's authority for spellings on both engines
(PostgreSQL's authority is not part of search).
"""

from __future__ import annotations

import argparse
import json
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from catalog.db import open_catalog  # noqa: E402
from catalog.db.pg.migrations import p004_agency_statistics  # noqa: E402
from catalog.db.pg.search import PgSearches, search_ddl  # noqa: E402
from catalog.db.pg.sql import pg_sql  # noqa: E402
from catalog.search.query import parse  # noqa: E402

QUERIES = {
    "word": "wreath OR memorial",
    "broad word": "minister",
    "phrase": '"prime minister"',
    "prefix": "memor*",
    "negation": "summit -putin",
    "hebrew": "בירושלים",
    "person": 'person:"Sara Netanyahu"',
    "credit": "credit:zach",
    "combined": "credit:zach agency:GPO date:2016",
    "fields only": "agency:Reuters date:2016..2018",
}
HEBREW = [
    "ראש הממשלה נפגש עם השר בירושלים",
    "טקס זיכרון בהר הרצל",
    "הפגנה מול הכנסת בירושלים",
    "ביקור נשיא המדינה בחיפה",
    "מסיבת עיתונאים בתל אביב",
]


class Pg:
    dialect = "postgresql"

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Any = (), *, prepare: bool | None = None) -> Any:
        return self.raw.execute(pg_sql(sql), list(params), prepare=prepare)


def timed(run: Any) -> dict[str, float]:
    run()
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        run()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2), "p95_ms": round(times[28], 2)}


def main() -> None:
    import psycopg
    import run as suite

    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", type=int, default=100_000)
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--keep", action="store_true", help="keep the PostgreSQL schema and the work folder, to look at")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="photodesk-pg-bench-"))
    out: dict[str, Any] = {"assets": args.assets}
    pool, _ = suite.real_rows(None, work)
    library = work / "library"
    shutil.rmtree(library, ignore_errors=True)
    t0 = time.perf_counter()
    suite.generated_catalog(library, args.assets, pool, ("asset_people",))
    out["sqlite_build_s"] = round(time.perf_counter() - t0, 1)
    catalog = open_catalog(library)
    with catalog.transaction():
        for i, sentence in enumerate(HEBREW):
            catalog.db.execute(
                "UPDATE assets SET caption = caption || ' ' || ? WHERE id % 50 = ?", [sentence, i * 10 % 50]
            )
    schema = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            with psycopg.connect(autocommit=True, options=f"-c search_path={schema}") as raw:
                pg = Pg(raw)
                out |= load(catalog, pg)
                sqlite_search = catalog.search
                pg_search = PgSearches(pg, catalog.authority, catalog.log)
                results = {}
                for label, text in QUERIES.items():
                    query = parse(text)
                    hits = len(sqlite_search.run(query, limit=None))
                    assert set(pg_search.run(query, limit=None)) == set(sqlite_search.run(query, limit=None)), label
                    results[label] = {
                        "query": text,
                        "hits": hits,
                        "sqlite": timed(lambda q=query: sqlite_search.run(q, limit=50)),
                        "postgresql": timed(lambda q=query: pg_search.run(q, limit=50)),
                    }
                    print(label, results[label], file=sys.stderr, flush=True)
                out["queries"] = results
                out["server"] = raw.execute("SHOW server_version").fetchone()[0]
                out["shared_buffers"] = raw.execute("SHOW shared_buffers").fetchone()[0]
        finally:
            if args.keep:
                print(f"kept: schema {schema}, work folder {work}", file=sys.stderr)
            else:
                admin.execute(f"DROP SCHEMA {schema} CASCADE")
    catalog.close()
    if args.work is None and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(out, indent=2, ensure_ascii=False))


def load(catalog: Any, pg: Pg) -> dict[str, Any]:
    """The assets rows copied into PostgreSQL, then search added: seconds and sizes."""
    columns = [(str(r[1]), str(r[2]).upper()) for r in catalog.db.execute("PRAGMA table_info(assets)")]

    def kind(t: str) -> str:
        return "bigint" if "INT" in t else "double precision" if ("REAL" in t or "FLOA" in t) else "text"

    def column(n: str, t: str) -> str:
        if n == "id":
            return "id bigint PRIMARY KEY"
        return f'{n} text COLLATE "C"' if n in ("taken_at", "ingested_at") else f"{n} {kind(t)}"  # ISO times

    pg.execute(f"CREATE TABLE assets ({', '.join(column(n, t) for n, t in columns)})")
    # SQLite's indexes on plain columns (those search_ddl() makes aside): what the PostgreSQL schema will have
    for name, unique in [(str(r[1]), r[2]) for r in catalog.db.execute("PRAGMA index_list(assets)")]:
        cols = [r[2] for r in catalog.db.execute(f"PRAGMA index_info({name})")]
        if name.startswith("idx_assets_") and cols and None not in cols and name not in ("idx_assets_newest",):
            pg.execute(f"CREATE {'UNIQUE ' if unique else ''}INDEX {name} ON assets ({', '.join(cols)})")
    names = ", ".join(n for n, _ in columns)
    t0 = time.perf_counter()
    with pg.raw.cursor() as cursor, cursor.copy(f"COPY assets ({names}) FROM STDIN") as copy:
        for row in catalog.db.execute(f"SELECT {names} FROM assets ORDER BY id"):
            copy.write_row(row)
    copied = time.perf_counter() - t0
    t0 = time.perf_counter()
    for statement in search_ddl():
        pg.execute(statement)
    added = time.perf_counter() - t0
    p004_agency_statistics(pg)  # the planner's statistics the catalog's migrations add after search
    pg.execute("VACUUM (ANALYZE) assets")  # as autovacuum leaves a table: its visibility map set
    row = pg.execute(
        "SELECT pg_table_size('assets'), pg_relation_size('idx_assets_search'), "
        "(SELECT sum(pg_column_size(search_vector)) FROM assets)"
    ).fetchone()
    plan = pg.execute(
        "EXPLAIN (ANALYZE, FORMAT JSON) SELECT pd_search_vector(caption, headline, keywords, people, search_text, "
        "photographer_text) FROM assets"
    ).fetchone()[0][0]
    n = catalog.assets.count()
    return {
        "pg_copy_s": round(copied, 1),
        "pg_search_ddl_s": round(added, 1),
        "pg_vector_us_per_row": round(plan["Execution Time"] * 1000 / n, 1),
        "pg_table_mb": round(row[0] / 1e6, 1),
        "pg_gin_mb": round(row[1] / 1e6, 1),
        "pg_vectors_mb": round(int(row[2]) / 1e6, 1),
    }


if __name__ == "__main__":
    main()
