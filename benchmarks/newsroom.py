"""The newsroom's engines beside the desk's (a script, not a test): PostgreSQL against SQLite.

    pg_virtualenv -v 15 python benchmarks/newsroom.py                    # small: a few minutes
    pg_virtualenv -v 15 python benchmarks/newsroom.py --sizes 100000,1000000 --photos /tmp/corpus-photos

It needs a PostgreSQL server named by libpq's environment (``pg_virtualenv`` starts a throwaway one and sets it);
each catalog it makes is a database of its own, dropped at the end.

1. Ingest throughput with 1, 2 and 4 ingest processes started together into one library, each with a folder of
   distinct pictures (``--jobs 1`` each, so the processes, not a worker pool, are what is compared): SQLite (one
   writer at a time, ``BEGIN IMMEDIATE`` and its busy timeout) against PostgreSQL (no catalog-wide lock). Both
   keep their files in the library folder, so the catalog is what differs.
2. ``photodesk migrate`` of generated catalogs of real-sized rows (``catalog_rows``, shaped on real photographs)
   into PostgreSQL: seconds, rows per second, and the verification (every table's rows compared by digest).
3. Search p50/p95 on both engines over the same catalogs (``run.py``'s query set, in a process of its own).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import run as suite  # noqa: E402  (benchmarks/run.py: the query set, the row pool, the generator)


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


class Databases:
    """Throwaway databases on the server libpq's environment names."""

    def __init__(self) -> None:
        import psycopg

        self.admin = psycopg.connect("", autocommit=True)
        self.made: list[str] = []

    def new(self, label: str) -> str:
        name = f"pd_bench_{label}_{secrets.token_hex(3)}"
        self.admin.execute(f"CREATE DATABASE {name}")
        self.made.append(name)
        return f"postgresql:///{name}"

    def size(self, url: str) -> int:
        name = url.rsplit("/", 1)[-1]
        return int(self.admin.execute("SELECT pg_database_size(%s)", [name]).fetchone()[0])

    def drop_all(self) -> None:
        for name in self.made:
            self.admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.admin.close()


def pg_library(folder: Path, url: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "photodesk.toml").write_text(f'[catalog]\nurl = "{url}"\n', encoding="utf-8")
    return folder


def pictures(folder: Path, count: int, seed: int) -> list[Path]:
    """``count`` distinct 1600x1200 JPEGs with structure (gradients, blocks, noise), as a feed delivers them."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        size = (1600, 1200)
        noise = Image.effect_noise(size, 30 + (seed * 7 + i) % 40).convert("L")
        im = Image.merge(
            "RGB", (Image.linear_gradient("L").resize(size), Image.radial_gradient("L").resize(size), noise)
        )
        im.paste(
            ((seed * 37 + i * 11) % 256, (i * 53) % 256, (seed * 91) % 256), (i % 7 * 200, 100, i % 7 * 200 + 300, 500)
        )
        path = folder / f"{seed:02d}-{i:04d}.jpg"
        im.save(path, "JPEG", quality=88)
        out.append(path)
    return out


def ingest_together(library: Path, folders: list[Path]) -> float:
    """Wall seconds from starting one ``photodesk ingest`` per folder at once to the last one's end."""
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "cli", "ingest", str(f), "--jobs", "1"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in folders
    ]
    for p in procs:
        _, err = p.communicate()
        if p.returncode != 0:
            raise SystemExit(f"ingest failed: {err}")
    return time.perf_counter() - t0


def bench_ingest(work: Path, dbs: Databases, per_process: int, rounds: int) -> dict[str, Any]:
    feeds = [pictures(work / "feeds" / f"feed-{k}", per_process, k) for k in range(4)]
    folders = [f[0].parent for f in feeds]
    out: dict[str, Any] = {}
    for processes in (1, 2, 4):
        for engine in ("sqlite", "postgresql"):
            times = []
            for r in range(rounds):
                library = work / f"ingest-{engine}-{processes}-{r}"
                shutil.rmtree(library, ignore_errors=True)
                if engine == "postgresql":
                    pg_library(library, dbs.new(f"ingest{processes}"))
                seconds = ingest_together(library, folders[:processes])
                times.append(seconds)
                shutil.rmtree(library, ignore_errors=True)
            seconds = statistics.median(times)
            total = processes * per_process
            out[f"{engine}-{processes}"] = {
                "processes": processes,
                "pictures": total,
                "seconds": round(seconds, 2),
                "pictures_per_s": round(total / seconds, 2),
            }
            log(f"ingest {engine}, {processes} process(es): {out[f'{engine}-{processes}']}")
    return out


def bench_catalogs(work: Path, dbs: Databases, sizes: list[int], photos: Path | None) -> dict[str, Any]:
    pool, real = suite.real_rows(photos, work)
    out: dict[str, Any] = {"real_rows": real}
    for n in sizes:
        sqlite_lib = work / f"gen-{n}"
        shutil.rmtree(sqlite_lib, ignore_errors=True)
        t0 = time.perf_counter()
        suite.generated_catalog(sqlite_lib, n, pool)
        generated = time.perf_counter() - t0
        log(f"generated {n:,} assets in {generated:.0f} s")
        url = dbs.new(f"m{n}")
        env = {**os.environ, "PHOTODESK_LIBRARY": str(sqlite_lib)}
        t0 = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "cli", "migrate", "--to", url, "--json"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        migrated = time.perf_counter() - t0
        if done.returncode != 0:
            raise SystemExit(f"migrate failed: {done.stderr}")
        report = json.loads(done.stdout)
        rows = sum(t["rows"] for t in report["tables"])
        log(f"migrated {n:,} assets ({rows:,} rows) in {migrated:.0f} s, verified: {report['verified']}")
        pg = pg_library(work / f"pg-{n}", url)
        with_vacuum = subprocess.run(["psql", "-q", "-d", url.rsplit("/", 1)[-1], "-c", "VACUUM ANALYZE"], check=False)
        entry: dict[str, Any] = {
            "assets": n,
            "generate_s": round(generated),
            "migrate_s": round(migrated, 1),
            "migrate_rows": rows,
            "migrate_rows_per_s": round(rows / migrated),
            "verified": report["verified"],
            "vacuum_rc": with_vacuum.returncode,
            "sqlite_bytes": (sqlite_lib / "library.db").stat().st_size,
            "postgresql_bytes": dbs.size(url),
            "search_sqlite": suite.search_latency(sqlite_lib),
            "search_postgresql": suite.search_latency(pg),
        }
        log(f"search at {n:,}: sqlite {entry['search_sqlite']}")
        log(f"search at {n:,}: postgresql {entry['search_postgresql']}")
        out[str(n)] = entry
        shutil.rmtree(sqlite_lib, ignore_errors=True)
    return out


def report(results: dict[str, Any]) -> str:
    lines = ["# Newsroom engines: PostgreSQL beside SQLite", ""]
    lines.append(f"Machine: {os.cpu_count()} cores; load while measuring: {results['load']}.")
    ingest = results.get("ingest")
    if ingest:
        lines += ["", "## Ingest, processes started together (pictures per second, all processes)", ""]
        lines += ["| processes | SQLite | PostgreSQL |", "|---|---|---|"]
        for p in (1, 2, 4):
            s, g = ingest[f"sqlite-{p}"], ingest[f"postgresql-{p}"]
            lines.append(
                f"| {p} ({s['pictures']} pictures) | {s['pictures_per_s']} ({s['seconds']} s) | "
                f"{g['pictures_per_s']} ({g['seconds']} s) |"
            )
    for key, entry in results.get("catalogs", {}).items():
        if key == "real_rows":
            continue
        n = entry["assets"]
        lines += ["", f"## {n:,} assets", ""]
        lines.append(
            f"migrate: {entry['migrate_s']} s for {entry['migrate_rows']:,} rows "
            f"({entry['migrate_rows_per_s']:,} rows/s), "
            f"verified {entry['verified']}; SQLite {entry['sqlite_bytes'] / 1e9:.2f} GB, "
            f"PostgreSQL {entry['postgresql_bytes'] / 1e9:.2f} GB."
        )
        lines += ["", "| query | SQLite p50 / p95 ms | PostgreSQL p50 / p95 ms |", "|---|---|---|"]
        for label in suite.SEARCH_QUERIES:
            s, g = entry["search_sqlite"][label], entry["search_postgresql"][label]
            lines.append(f"| {label} | {s['p50_ms']} / {s['p95_ms']} | {g['p50_ms']} / {g['p95_ms']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000", help="generated catalog sizes, comma-separated")
    parser.add_argument("--per-process", type=int, default=40, help="pictures each ingest process is given")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--photos", type=Path, help="real photographs to shape generated rows on")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "newsroom.md")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="photodesk-newsroom-"))
    dbs = Databases()
    results: dict[str, Any] = {"load": " / ".join(f"{x:.1f}" for x in os.getloadavg())}
    try:
        if not args.skip_ingest:
            results["ingest"] = bench_ingest(work, dbs, args.per_process, args.rounds)
        sizes = [int(s) for s in args.sizes.split(",") if s]
        if sizes:
            results["catalogs"] = bench_catalogs(work, dbs, sizes, args.photos)
    finally:
        dbs.drop_all()
        shutil.rmtree(work, ignore_errors=True)
    args.out.write_text(report(results), encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results))


if __name__ == "__main__":
    main()
