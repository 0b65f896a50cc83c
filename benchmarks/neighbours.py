"""The neighbour index at library scale (a script, not a test; ``run.py --full`` runs it too).

    python benchmarks/neighbours.py                 # 100,000 assets
    python benchmarks/neighbours.py --full          # 1,000,000 assets, and the lookup at 10,000,000

1. One new picture ingested (the whole ``photodesk ingest`` command, start-up included) into an empty library and
   into a library of N assets whose neighbour index file is up to date: the cost that grows with the library.
   Before the index file, every ingest decoded every hash in the catalog (3.7 s at 100,000 assets).
2. The index file: size per asset, reading it whole, the first ingest after an upgrade (journal backfilled by
   migration 20: the file is built from the catalog's hash columns).
3. Crop-aware candidate lookup (pHash, pHash+dHash, mirror, region hashes both ways) at N and 10,000,000 random
   hashes: one query (median of 30) and the memory of the arrays, with the scan split across the cores.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from catalog.dupes.hashing import SLOTS  # noqa: E402
from catalog.dupes.index_file import Columns  # noqa: E402
from catalog.dupes.neighbors import HashIndex  # noqa: E402
from catalog.model import HASH_VERSION, Hashes  # noqa: E402


def log(*parts: object) -> None:
    print("[neighbours]", *parts, file=sys.stderr, flush=True)


def picture(path: Path, seed: int) -> Path:
    """A distinct photograph-like JPEG (gradients, shapes, noise): a new picture for each seed."""
    rng = random.Random(seed)
    im = Image.effect_noise((1600, 1067), 60).convert("RGB")
    draw = ImageDraw.Draw(im)
    for _ in range(30):
        x, y = rng.randrange(1600), rng.randrange(1067)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle((x, y, x + rng.randrange(40, 500), y + rng.randrange(40, 400)), fill=colour)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", quality=88)
    return path


def cli(library: Path, *args: str) -> float:
    """One photodesk command in its own process, as a desk runs it: seconds."""
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a desk's installation has its bytecode cached
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - t0
    if done.returncode != 0 and not (args[0] == "check" and done.returncode == 1):  # check: 1 = not healthy
        raise SystemExit(f"photodesk {' '.join(args)} failed: {done.stderr}")
    return seconds


def fill(library: Path, n: int) -> float:
    """``n`` hashed assets written straight into the catalog (their hashes random, their triggers run: the hash
    journal and the search index see them as they see an ingest's rows), all showing the thumbnail of the
    library's first picture, so that a candidate among them is verified as a real one would be. Seconds."""
    rng = np.random.default_rng(n)
    conn = sqlite3.connect(library / "library.db")
    (thumb,) = conn.execute("SELECT thumbnail FROM assets ORDER BY id LIMIT 1").fetchone()
    t0 = time.perf_counter()
    start = conn.execute("SELECT coalesce(max(id), 0) FROM assets").fetchone()[0] + 1
    for lo in range(start, start + n, 50_000):
        hi = min(lo + 50_000, start + n)
        words = rng.integers(0, 2**63, size=(hi - lo, 3 + SLOTS), dtype=np.uint64)
        rows = []
        for i, w in zip(range(lo, hi), words, strict=True):
            hexes = [f"{int(v):016x}" for v in w]
            file = (i, f"{i:064x}", f"assets/originals/{i:064x}.jpg", "JPEG", 5_000_000, 4240, 2832)
            hashes = (*hexes[:3], json.dumps(hexes[3:]), "[0.0, 0.0, 1.0, 1.0]", 0, HASH_VERSION)
            rows.append((*file, *hashes, thumb, "2026-01-01T00:00:00"))
        with conn:
            conn.executemany(
                "INSERT INTO assets (id, sha256, path, format, bytes, width, height, phash, dhash, phash_mirror, "
                "hash_regions, trim, flat, hash_version, thumbnail, ingested_at, linked_at, dupes_checked_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?16, ?16)",
                rows,
            )
    conn.close()
    return time.perf_counter() - t0


def bench_disk(n: int, work: Path) -> dict[str, Any]:
    empty, large = work / "empty", work / "large"
    seed = iter(range(1000, 2000))
    cli(empty, "ingest", str(picture(work / "seed-a" / "a.jpg", next(seed))))
    cli(large, "ingest", str(picture(work / "seed-b" / "b.jpg", next(seed))))
    filled = fill(large, n)
    log(f"{n:,} assets written in {filled:.0f} s")
    first = cli(large, "ingest", str(picture(work / "first" / "f.jpg", next(seed))))
    log(f"first ingest after the rows arrived (index file brought up to date: rebuilt): {first:.2f} s")
    one_empty, one_large = [], []
    for i in range(5):  # interleaved, so both see the same machine
        one_empty.append(cli(empty, "ingest", str(picture(work / f"e{i}" / "x.jpg", next(seed)))))
        one_large.append(cli(large, "ingest", str(picture(work / f"l{i}" / "x.jpg", next(seed)))))
    index = large / "neighbours.idx"
    t0 = time.perf_counter()
    from catalog.dupes import index_file

    _, columns = index_file.read(index)
    read_s = time.perf_counter() - t0
    out = {
        "assets": n,
        "fill_s": round(filled, 1),
        "first_ingest_after_upgrade_s": round(first, 2),
        "one_picture_empty_s": round(statistics.median(one_empty), 3),
        "one_picture_large_s": round(statistics.median(one_large), 3),
        "index_file_bytes_per_asset": round(index.stat().st_blocks * 512 / len(columns)),  # on disk (sparse)
        "index_file_capacity": index_file.read_header(index).capacity,
        "index_file_read_ms": round(read_s * 1000, 1),
    }
    out["ratio"] = round(out["one_picture_large_s"] / out["one_picture_empty_s"], 2)
    log(f"on disk at {n:,}: {out}")
    return out


def random_columns(n: int, rng: np.random.Generator) -> Columns:
    def words(*shape: int) -> np.ndarray:
        return rng.integers(0, 2**63, size=shape, dtype=np.uint64) | (
            rng.integers(0, 2, size=shape, dtype=np.uint64) << np.uint64(63)
        )

    return Columns(np.arange(n, dtype=np.int64), words(n), words(n), words(n), words(SLOTS, n), np.zeros(n, dtype=bool))


def bench_lookup(n: int, queries: int = 30) -> dict[str, Any]:
    rng = np.random.default_rng(11)
    t0 = time.perf_counter()
    index = HashIndex(random_columns(n, rng))
    made = time.perf_counter() - t0

    def hexes(k: int) -> list[str]:
        return [f"{int(v):016x}" for v in rng.integers(0, 2**63, size=k, dtype=np.uint64)]

    probes = [Hashes(*hexes(3), hexes(SLOTS)) for _ in range(queries)]
    index.candidates(probes[0])
    times = []
    for q in probes:
        t = time.perf_counter()
        index.candidates(q)
        times.append((time.perf_counter() - t) * 1000)
    memory = sum(w.nbytes for w in index.columns.words()) + index.columns.flat.nbytes
    out = {
        "hashes": n,
        "one_query_ms": round(statistics.median(times), 1),
        "p95_ms": round(sorted(times)[int(len(times) * 0.95)], 1),
        "memory_mb": round(memory / 2**20),
        "made_s": round(made, 1),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }
    log(f"lookup at {n:,}: {out}")
    return out


def run(full: bool) -> dict[str, Any]:
    n = 1_000_000 if full else 100_000
    with tempfile.TemporaryDirectory(prefix="photodesk-neighbours-") as tmp:
        disk = bench_disk(n, Path(tmp))
        shutil.rmtree(tmp, ignore_errors=True)
    lookups = [bench_lookup(size) for size in ((100_000, 1_000_000, 10_000_000) if full else (100_000,))]
    return {"disk": disk, "lookup": lookups}


def report(results: dict[str, Any]) -> str:
    d = results["disk"]
    lines = [
        f"**One new picture ingested** (the whole command, start-up included; median of 5, interleaved) into an "
        f"empty library: {d['one_picture_empty_s']} s; into a library of {d['assets']:,} assets: "
        f"{d['one_picture_large_s']} s ({d['ratio']}x). The neighbour index file takes "
        f"{d['index_file_bytes_per_asset']} bytes per asset on disk (153 of data; room for "
        f"{d.get('index_file_capacity', 0):,} records is reserved, sparse) and is read whole in "
        f"{d['index_file_read_ms']} ms; the "
        f"first ingest after {d['assets']:,} rows arrived unindexed (as after upgrading to migration 20) builds it: "
        f"{d['first_ingest_after_upgrade_s']} s.",
        "",
        "| hashes | crop-aware lookup, one query (median / p95) | index memory | peak RSS |",
        "|---|---|---|---|",
    ]
    for row in results["lookup"]:
        lines.append(
            f"| {row['hashes']:,} | {row['one_query_ms']} / {row['p95_ms']} ms | {row['memory_mb']} MB | "
            f"{row['peak_rss_mb']} MB |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="1,000,000 assets and the 10,000,000 lookup")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    results = run(args.full)
    out = args.out or ROOT / "benchmarks" / "results" / f"neighbours{'' if args.full else '-small'}.md"
    out.write_text(report(results), encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(report(results))


if __name__ == "__main__":
    main()
