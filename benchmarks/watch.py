"""Live ingest's latency (a script, not a test): from a file's completion to its row in the catalog.

    python benchmarks/watch.py --photos /tmp/corpus-photos            # a few minutes

A ``photodesk watch`` runs in a process of its own on a fresh library; real photographs are delivered into its
folder one at a time, as an FTP client or a sync tool delivers them — written under a temporary name, then
renamed into place (the rename is the moment the file is complete) — and, separately, written in place in
chunks (complete when the last chunk is written and closed). Another process polls the catalog every 5 ms for
the arrival's row: latency is the time from completion to the row's first sight, which is what an editor's
screen can show. Measured with file events and with polling (``--poll 1``), with the default settle and pair
wait and with them tuned down, then a burst (every picture at once): time until the last row.

What a desk uses instead: ``photodesk ingest`` run every minute by cron, whose latency is half a minute on
average and a minute at worst, plus the ingest itself; the burst row compares the watch with one ingest of the
same folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp")


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def photos(folder: Path, count: int) -> list[Path]:
    found = sorted(p for p in folder.rglob("*") if p.suffix.lower() in PICTURE_SUFFIXES and p.is_file())
    if not found:
        raise SystemExit(f"no photographs under {folder} (run ../shared/corpus/build_corpus.sh)")
    return found[:count]


def watch(library: Path, drop: Path, *extra: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    args = [sys.executable, "-m", "cli", "watch", str(drop), "--jobs", str(os.cpu_count() or 1), *extra]
    proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (library / "library.db").exists():  # the watch has opened (and made) its library
        if time.monotonic() > deadline or proc.poll() is not None:
            raise SystemExit("the watch did not start")
        time.sleep(0.05)
    time.sleep(1.0)
    return proc


def row_seen(db: Path, path: Path, timeout: float = 120.0) -> float:
    """The moment the arrival's row for ``path`` is first visible to another connection."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            try:
                if conn.execute("SELECT 1 FROM arrivals WHERE path = ?", [str(path)]).fetchone():
                    return time.time()
            except sqlite3.OperationalError:  # the table not made yet
                pass
            time.sleep(0.005)
    finally:
        conn.close()
    raise SystemExit(f"no row for {path} after {timeout:.0f} s")


def deliver_renamed(source: Path, target: Path) -> float:
    part = target.with_name(target.name + ".part")
    shutil.copyfile(source, part)
    os.replace(part, target)
    return time.time()


def deliver_in_place(source: Path, target: Path) -> float:
    data = source.read_bytes()
    step = max(1, len(data) // 8)
    with open(target, "wb") as fh:
        for i in range(0, len(data), step):
            fh.write(data[i : i + step])
            fh.flush()
            time.sleep(0.05)
    return time.time()


def latencies(sources: list[Path], extra: list[str], deliver: Any, label: str) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="photodesk-watch-bench-"))
    library, drop = work / "library", work / "drop"
    drop.mkdir()
    proc = watch(library, drop, *extra)
    seconds = []
    try:
        for i, source in enumerate(sources):
            target = drop / f"{i:03d}{source.suffix.lower()}"
            done = deliver(source, target)
            seconds.append(row_seen(library / "library.db", target.absolute()) - done)
            time.sleep(0.3)
    finally:
        proc.terminate()
        proc.communicate(timeout=60)
        shutil.rmtree(work, ignore_errors=True)
    seconds.sort()
    out = {
        "p50_s": round(statistics.median(seconds), 2),
        "p95_s": round(seconds[min(len(seconds) - 1, int(len(seconds) * 0.95))], 2),
        "max_s": round(seconds[-1], 2),
        "pictures": len(seconds),
    }
    log(f"{label}: {out}")
    return out


def burst(sources: list[Path]) -> dict[str, float]:
    """Every picture renamed into place at once: seconds to the last row, beside one ``photodesk ingest``."""
    work = Path(tempfile.mkdtemp(prefix="photodesk-watch-burst-"))
    library, drop, staged = work / "library", work / "drop", work / "staged"
    drop.mkdir()
    staged.mkdir()
    for i, source in enumerate(sources):
        shutil.copyfile(source, staged / f"{i:03d}{source.suffix.lower()}")
    proc = watch(library, drop)
    try:
        start = time.time()
        for path in sorted(staged.iterdir()):
            os.replace(path, drop / path.name)
        last = max(row_seen(library / "library.db", (drop / p.name).absolute()) for p in sorted(drop.iterdir()))
        watch_s = last - start
    finally:
        proc.terminate()
        proc.communicate(timeout=60)
    env = {**os.environ, "PHOTODESK_LIBRARY": str(work / "other")}
    start = time.time()
    subprocess.run(
        [sys.executable, "-m", "cli", "ingest", str(drop)], env=env, cwd=ROOT, check=True, capture_output=True
    )
    ingest_s = time.time() - start
    shutil.rmtree(work, ignore_errors=True)
    out = {"pictures": len(sources), "watch_s": round(watch_s, 1), "ingest_s": round(ingest_s, 1)}
    log(f"burst: {out}")
    return out


def report(results: dict[str, Any]) -> str:
    lines = [
        "# Live ingest latency (benchmarks/watch.py)",
        "",
        f"{results['machine']}; load average {results['load']}; pictures: {results['photos']}.",
        "",
        "| delivery | how the watch hears | settle / pair wait | p50 s | p95 s | max s |",
        "|---|---|---|---|---|---|",
    ]
    for key, entry in results["latency"].items():
        delivery, how, timing = key.split(" | ")
        lines.append(f"| {delivery} | {how} | {timing} | {entry['p50_s']} | {entry['p95_s']} | {entry['max_s']} |")
    b = results["burst"]
    lines += [
        "",
        f"Burst of {b['pictures']} pictures renamed into place at once: the last row {b['watch_s']} s after; one "
        f"`photodesk ingest` of the same folder takes {b['ingest_s']} s. A cron ingest every minute: 30 s on "
        "average, 60 s at worst, before the ingest starts.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=Path, required=True, help="real photographs to deliver")
    parser.add_argument("--count", type=int, default=20, help="pictures per measurement")
    parser.add_argument("--burst", type=int, default=60)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "watch.md")
    args = parser.parse_args()
    sources = photos(args.photos, max(args.count, args.burst))
    mean_mb = sum(p.stat().st_size for p in sources) / len(sources) / 1e6
    results: dict[str, Any] = {
        "machine": f"{os.cpu_count()} cores",
        "load": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
        "photos": f"{len(sources)} real photographs, {mean_mb:.1f} MB each on average",
        "latency": {},
    }
    plans = [
        ("renamed into place", "file events", "1 s / 1 s (defaults)", [], deliver_renamed),
        ("renamed into place", "file events", "0.3 s / 0 s", ["--settle", "0.3", "--pair-wait", "0"], deliver_renamed),
        ("written in place, in chunks", "file events", "1 s / 1 s (defaults)", [], deliver_in_place),
        ("renamed into place", "polling every 1 s", "1 s / 1 s (defaults)", ["--poll", "1"], deliver_renamed),
    ]
    for delivery, how, timing, extra, deliver in plans:
        key = f"{delivery} | {how} | {timing}"
        results["latency"][key] = latencies(sources[: args.count], extra, deliver, key)
    results["burst"] = burst(sources[: args.burst])
    args.out.write_text(report(results), encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results))


if __name__ == "__main__":
    main()
