"""photodesk's benchmark suite (a script, not a test): ingest, hashing, neighbour lookup, search, memory.

    python benchmarks/run.py            # small sizes: a few minutes on a 2-core machine
    python benchmarks/run.py --full     # the README's figures: 1,000,000 hashes and assets (longer)
    python benchmarks/run.py --photos /tmp/corpus-photos --out benchmarks/results/run.md

1. Ingest throughput on real photographs upscaled to news-agency size (24 MP baseline JPEGs), ``--jobs 1`` and
   ``--jobs N``, with peak memory.
2. Side by side on the same files, one core: imagededup's PHash recipe (full decode, grayscale, 32x32, DCT —
   ``imagehash.phash(Image.open(f))``), findimagedupes (Debian) when installed, photodesk's hashing alone
   (draft-mode decode + all hashes), and the floor: decoding at the scale the hashes use, nothing else.
3. The neighbour index (``neighbours.py``): one picture ingested into an empty library and into 1,000,000 assets,
   the index file's size and read time, crop-aware lookup at 100,000, 1,000,000 and 10,000,000 hashes.
4. Search latency (p50, p95) on generated catalogs of real-sized rows (shaped on real photographs ingested with
   ``photodesk ingest``, whose size per asset is reported too): a word, a broad word, a person, a credit, combined
   filters; the catalog's size per asset and the searching process's peak memory. With ``--full`` (or
   ``--simulate-10m``) the same on 10,000,000 assets (about 42 GB and 25 minutes; ``--skip-10m`` leaves it out).
5. Peak memory for a small and a large batch.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import imagehash
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import neighbours  # noqa: E402  (benchmarks/neighbours.py, beside this script)

from catalog.dupes.hashing import compute  # noqa: E402
from catalog.media.imaging import decode  # noqa: E402
from catalog.media.sniff import sniff  # noqa: E402

AGENCY_SIZE = (6000, 4000)  # 24.0 megapixels, as issue 14 measures


def log(*parts: object) -> None:
    print("[bench]", *parts, file=sys.stderr, flush=True)


def source_photos(folder: Path | None, count: int) -> list[Path]:
    candidates: list[Path] = []
    if folder and folder.is_dir():
        candidates = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".jpg", ".jpeg"))
    candidates += sorted((ROOT / "examples" / "batch").glob("*.jpg")) + sorted((ROOT / "tests" / "data").glob("*.jpg"))
    random.Random(3).shuffle(candidates)
    return candidates[:count]


def make_agency_jpegs(sources: list[Path], target: Path) -> list[Path]:
    """Real photographs upscaled to 24 MP and saved as baseline JPEGs at quality 90 (news-agency files)."""
    target.mkdir(parents=True, exist_ok=True)
    out = []
    for i, src in enumerate(sources):
        with Image.open(src) as im:
            im = im.convert("RGB")
            w, h = AGENCY_SIZE if im.width >= im.height else AGENCY_SIZE[::-1]
            im = im.resize((w, h), Image.Resampling.BICUBIC)
        path = target / f"agency-{i:03d}.jpg"
        im.save(path, "JPEG", quality=90, progressive=False)
        out.append(path)
    return out


def timed(fn: Any, *args: Any) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def run_cli(args: list[str], library: Path) -> tuple[float, int]:
    """Run photodesk in a child process; (seconds, peak RSS of it and its workers in MB). The child's own peak is
    VmHWM: ru_maxrss would carry over this benchmark process's high-water mark through fork and exec."""
    code = (
        "import resource, sys\nfrom cli import cli\n"
        "try:\n    cli(sys.argv[1:], prog_name='photodesk')\nexcept SystemExit:\n    pass\n"
        "me = int([x.split()[1] for x in open('/proc/self/status') if x.startswith('VmHWM:')][0])\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(max(me, kids), file=sys.stderr)\n"
    )
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a desk's installation has its bytecode cached
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - t0
    return seconds, int(done.stderr.strip().splitlines()[-1]) // 1024


def bench_ingest(files: list[Path], work: Path, cores: int, rounds: int = 3) -> dict[str, Any]:
    """Whole runs, and the cost of one more picture: (T(all) - T(two)) / (n - 2), which leaves out the start-up
    (interpreter, imports, a new library, the worker pool) that a real batch pays once. Two files, not one: a
    batch of one runs without a pool, so its time would leave the pool's start in the ``--jobs N`` figure.
    Each figure is the median of ``rounds`` runs, the ``--jobs`` values taking turns (a shared machine's load
    then falls on both alike)."""
    folder = files[0].parent
    two = work / "start-up"
    two.mkdir(exist_ok=True)
    for f in files[:2]:
        shutil.copy(f, two / f.name)
    runs: dict[int, list[tuple[float, float, int]]] = {jobs: [] for jobs in sorted({1, cores})}
    for r in range(rounds):
        for jobs in sorted(runs, reverse=r % 2 == 1):
            library = work / f"lib-jobs{jobs}"
            shutil.rmtree(library, ignore_errors=True)
            shutil.rmtree(work / f"lib-start-{jobs}", ignore_errors=True)
            seconds, peak = run_cli(["ingest", str(folder), "--jobs", str(jobs)], library)
            start, _ = run_cli(["ingest", str(two), "--jobs", str(jobs)], work / f"lib-start-{jobs}")
            runs[jobs].append((seconds, start, peak))
            log(f"ingest --jobs {jobs}, round {r + 1}: {seconds:.2f} s, start-up run {start:.2f} s, {peak} MB")
    out: dict[str, Any] = {}
    for jobs, measured in runs.items():
        seconds = statistics.median(m[0] for m in measured)
        marginal = statistics.median((m[0] - m[1]) * 1000 / max(len(files) - 2, 1) for m in measured)
        out[f"jobs{jobs}"] = {
            "seconds": round(seconds, 2),
            "images_per_s": round(len(files) / seconds, 2),
            "ms_per_image": round(seconds * 1000 / len(files), 1),
            "marginal_ms_per_image": round(marginal, 1),
            "startup_s": round(statistics.median(m[1] for m in measured), 2),
            "peak_mb": max(m[2] for m in measured),
        }
        log(f"ingest --jobs {jobs}: {out[f'jobs{jobs}']}")
    if cores > 1:
        out["speedup"] = round(out["jobs1"]["marginal_ms_per_image"] / out[f"jobs{cores}"]["marginal_ms_per_image"], 2)
    return out


def bench_hashing(files: list[Path], rounds: int = 3) -> dict[str, Any]:
    """One core, the same files: the PHash recipe, photodesk's hashing, and the decode floor, each the median of
    ``rounds`` passes taken in turn (so a shared machine's load falls on all three alike)."""
    datas = [f.read_bytes() for f in files]

    def phash_recipe() -> None:
        for f in files:
            with Image.open(f) as im:
                imagehash.phash(im)

    def ours() -> None:
        for d in datas:
            compute(decode(d, sniff(d[:32]) or "JPEG", "x").image)

    def floor() -> None:
        for d in datas:
            with Image.open(io.BytesIO(d)) as im:
                scale = max(im.size) / 512
                im.draft("RGB", (int(im.width / scale), int(im.height / scale)))
                im.load()

    floor()  # warm caches and imports
    passes = {"phash_recipe_ms": phash_recipe, "photodesk_hashing_ms": ours, "decode_floor_ms": floor}
    times: dict[str, list[float]] = {name: [] for name in passes}
    for _ in range(rounds):
        for name, measure in passes.items():
            times[name].append(timed(measure) * 1000 / len(files))
    results = {name: statistics.median(t) for name, t in times.items()}
    results["hashing_speedup_vs_phash_recipe"] = results["phash_recipe_ms"] / results["photodesk_hashing_ms"]
    if shutil.which("findimagedupes"):
        with tempfile.TemporaryDirectory() as fp:
            seconds = timed(
                lambda: subprocess.run(
                    ["findimagedupes", "-q", "-f", str(Path(fp) / "db"), "-R", str(files[0].parent)],
                    capture_output=True,
                    env={**os.environ, "OMP_NUM_THREADS": "1"},
                )
            )
        results["findimagedupes_ms"] = seconds * 1000 / len(files)
    log("hashing (ms per image):", {k: round(v, 1) for k, v in results.items()})
    return {k: round(v, 2) for k, v in results.items()}


WORDS = (
    "prime minister president visit meeting ceremony parliament protest rally soldiers border police "
    "rescue storm flood fire election campaign talks summit delegation airport memorial exhibition museum "
    "hospital school market stadium match final court trial press conference signing agreement embassy "
    "street crowd city night morning celebration festival parade"
).split()
PLACES = ["Jerusalem", "Tel Aviv", "Moscow", "Paris", "Washington", "Gaza", "Haifa", "Cairo", "Berlin", "London"]
PEOPLE = [
    f"{f} {last}"
    for f in (
        "Benjamin",
        "Sara",
        "Isaac",
        "Michal",
        "Yair",
        "Naftali",
        "Emmanuel",
        "Vladimir",
        "Joe",
        "Olaf",
        "Rishi",
        "Abdel",
        "Ayelet",
        "Gideon",
        "Miri",
    )
    for last in (
        "Netanyahu",
        "Herzog",
        "Lapid",
        "Bennett",
        "Macron",
        "Putin",
        "Biden",
        "Scholz",
        "Sunak",
        "Sisi",
        "Shaked",
        "Saar",
        "Regev",
        "Cohen",
        "Levi",
    )
]
PHOTOGRAPHERS = [
    f"{f} {last}"
    for f in ("Haim", "Kobi", "Amos", "Avi", "Marc", "Yonatan", "Miriam", "Olivier", "Noam", "Ariel")
    for last in ("Zach", "Gideon", "Ben Gershom", "Ohayon", "Sellem", "Sindel", "Alster", "Fitoussi")
]
AGENCIES = ["GPO", "Flash90", "Reuters", "AP", "AFP", "EPA", "Getty Images", "YouTube"]


SEARCH_QUERIES = {
    "word": "wreath OR memorial",
    "broad word": "minister",
    "person": 'person:"Sara Netanyahu"',
    "credit": "credit:zach",
    "combined": "credit:zach agency:GPO date:2016",
}
SEARCH_PROBE = """
import json, sys, time
from pathlib import Path
from catalog.library import open_library
from catalog.ops.assets import search
from catalog.search.query import parse
library = open_library(Path(sys.argv[1]))
out = {}
for label, text in json.loads(sys.argv[2]).items():
    q = parse(text)
    t0 = time.perf_counter()
    search(library, q, limit=50)
    first = (time.perf_counter() - t0) * 1000
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        search(library, q, limit=50)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    out[label] = {"p50_ms": round(times[15], 1), "p95_ms": round(times[28], 1), "first_ms": round(first, 1)}
# VmHWM, not getrusage: ru_maxrss survives exec and would count the benchmark process this one was forked from
status = Path("/proc/self/status").read_text()
out["peak_rss_mb"] = round(int(status.split("VmHWM:")[1].split()[0]) / 1024)
print(json.dumps(out))
"""


def real_rows(photos: Path | None, work: Path) -> tuple[Any, dict[str, Any]]:
    """Real photographs (``photos``, up to 400, plus examples/batch) ingested with ``photodesk ingest`` into a new
    library: its real rows to generate from, and its real size per asset (``catalog_size.measure``; the size of
    an empty library, the schema's pages, counted apart)."""
    import catalog_rows
    import catalog_size

    from catalog.library import open_library

    library = work / "real-library"
    shutil.rmtree(library, ignore_errors=True)
    pictures = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff")
    found = sorted(p for p in photos.iterdir() if p.suffix.lower() in pictures) if photos and photos.is_dir() else []
    chosen = found[:400]
    seconds = catalog_size.ingest([*chosen, ROOT / "examples" / "batch"], library)
    measured = catalog_size.measure(library / "library.db")
    empty = work / "empty-library"
    shutil.rmtree(empty, ignore_errors=True)
    open_library(empty, create=True).close()
    schema = catalog_size.file_bytes(empty / "library.db")
    measured["empty_library_bytes"] = schema
    measured["bytes_per_asset_beyond_empty"] = round(
        (measured["bytes_per_asset"] * measured["assets"] - schema) / measured["assets"]
    )
    measured["ingest_s"] = round(seconds, 1)
    log(f"real rows: {measured['assets']} assets, {measured['bytes_per_asset']} B per asset")
    pool = catalog_rows.RowPool.load(library / "library.db")
    shutil.rmtree(library, ignore_errors=True)
    return pool, measured


def generated_catalog(path: Path, n: int, pool: Any, tables: tuple[str, ...] | None = None) -> dict[str, float]:
    """A library with ``n`` assets of real size and shape: the real rows of ``pool`` (raw metadata, camera,
    trims, warnings, the per-asset rows ingest writes), fresh hashes in the real formats, and captions, credits
    and people from the lists above mixed with real caption text (``catalog_rows``); indexes and the search index
    built after the load; ``tables``: which per-asset tables to fill (all by default). Seconds per phase."""
    import catalog_rows

    vocabulary = catalog_rows.Vocabulary(WORDS, PLACES, PEOPLE, PHOTOGRAPHERS, AGENCIES)
    return catalog_rows.generate(path, n, pool, vocabulary, seed=n, tables=tables or catalog_rows.PER_ASSET)


def search_latency(path: Path) -> dict[str, Any]:
    """The query set timed in a process of its own (one warm-up, then 30 runs each, limit 50): p50, p95, and the
    peak memory (RSS high-water mark) of that searching process."""
    done = subprocess.run(
        [sys.executable, "-c", SEARCH_PROBE, str(path), json.dumps(SEARCH_QUERIES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_search(
    sizes: list[int], work: Path, photos: Path | None = None, tables: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """Search latency on generated catalogs of real-sized rows, and what a real row costs (``real``);
    ``tables``: the per-asset tables to fill besides assets (all by default)."""
    pool, real = real_rows(photos, work)
    out: dict[str, Any] = {"real": real}
    for n in sizes:
        path = work / f"catalog-{n}"
        shutil.rmtree(path, ignore_errors=True)
        t0 = time.perf_counter()
        phases = generated_catalog(path, n, pool, tables)
        result: dict[str, Any] = {"build_s": round(time.perf_counter() - t0, 1), "build_phases_s": phases}
        result.update(search_latency(path))
        size = sum(p.stat().st_size for p in path.glob("library.db*"))
        result["bytes_per_asset"] = round(size / n)
        result["catalog_gb"] = round(size / 1e9, 2)
        result["tables"] = "all" if tables is None else ", ".join(("assets", *tables))
        out[str(n)] = result
        log(f"search at {n:,}: {result}")
        shutil.rmtree(path, ignore_errors=True)
    return out


def search_report(results: dict[str, Any]) -> list[str]:
    """The search section of the report: latency per catalog size (the 10,000,000-asset simulation too, when it
    was run), then what a real ingested row costs."""
    search = {**results.get("search", {}), **{k: v for k, v in results.get("search-10m", {}).items() if k != "real"}}
    lines = [
        "**Search** (p50 / p95 over 30 runs, limit 50, in a process of its own) on generated catalogs of "
        "real-sized rows:",
        "",
        "| assets | word | broad word | person | credit | combined | size per asset | catalog | peak RSS |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for n, row in search.items():
        if n == "real":
            continue
        cells = " | ".join(f"{row[k]['p50_ms']} / {row[k]['p95_ms']} ms" for k in SEARCH_QUERIES)
        lines.append(
            f"| {int(n):,} | {cells} | {row['bytes_per_asset']} B | {row.get('catalog_gb', '?')} GB | "
            f"{row.get('peak_rss_mb', '?')} MB |"
        )
    real = search.get("real")
    if real:
        lines += [
            "",
            f"Real rows: {real['assets']} real photographs ingested with `photodesk ingest` take "
            f"{real['bytes_per_asset']} B per asset in library.db with indexes and the search index "
            f"({real['bytes_per_asset_vacuumed']} B after VACUUM; {real['bytes_per_asset_beyond_empty']} B beyond "
            f"an empty library's {real['empty_library_bytes']:,} B of schema). By table and index, per asset: "
            + ", ".join(f"{k} {v} B" for k, v in real["by_object_per_asset"].items() if v >= 30)
            + ". Largest columns of assets, per asset: "
            + ", ".join(f"{k} {v} B" for k, v in list(real["assets_columns_per_asset"].items())[:12])
            + ".",
        ]
    return lines


def bench_memory(sources: list[Path], work: Path, sizes: list[int]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in sizes:
        folder = work / f"mem-{n}"
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(n):
            src = sources[i % len(sources)]
            with Image.open(src) as im:
                im = im.convert("RGB")
                im.thumbnail((1600, 1600))
                im = im.rotate(i % 7, expand=False)  # distinct pictures, distinct bytes
                im.save(folder / f"{i:05d}.jpg", quality=85)
        library = work / f"mem-lib-{n}"
        seconds, peak = run_cli(["ingest", str(folder), "--jobs", "1"], library)
        out[str(n)] = {"peak_mb": peak, "seconds": round(seconds, 1)}
        log(f"memory with {n} files: {peak} MB")
    return out


def report(results: dict[str, Any]) -> str:
    h, ing = results["hashing"], results["ingest"]
    cores = results["machine"]["cores"]
    lines = [
        f"photodesk benchmarks — {results['machine']['description']}, {results['size']} run, "
        f"{time.strftime('%Y-%m-%d')}",
        "",
        f"**Ingest** of {results['files']} real photographs upscaled to 24 MP (baseline JPEG q90):",
        "",
        "| jobs | whole run: images/s | ms per image, start-up excluded | start-up | peak memory |",
        "|---|---|---|---|---|",
    ]
    for key, row in ing.items():
        if key.startswith("jobs"):
            lines.append(
                f"| {key[4:]} | {row['images_per_s']} | {row['marginal_ms_per_image']} | "
                f"{row['startup_s']} s | {row['peak_mb']} MB |"
            )
    if "speedup" in ing:
        lines.append(f"\nPer picture, `--jobs {cores}` is {ing['speedup']}x `--jobs 1`.")
    lines += [
        "",
        "**Hashing, one core, same files** (ms per 24 MP image):",
        "",
        "| what | ms per image |",
        "|---|---|",
        f"| imagededup's PHash recipe (`imagehash.phash(Image.open(f))`, full decode) | {h['phash_recipe_ms']} |",
    ]
    if "findimagedupes_ms" in h:
        lines.append(f"| findimagedupes (Debian), whole run / files | {h['findimagedupes_ms']} |")
    lines += [
        f"| photodesk hashing (draft decode + pHash, dHash, mirror, 15 regions) | {h['photodesk_hashing_ms']} |",
        f"| the floor: draft decode at hash scale, nothing else | {h['decode_floor_ms']} |",
        "",
        f"photodesk's hashing is {h['hashing_speedup_vs_phash_recipe']:.1f}x the PHash recipe's throughput; "
        f"ingest (checksum, copy, metadata, hashes, thumbnail, catalog row) takes "
        f"{ing['jobs1']['marginal_ms_per_image'] / h['decode_floor_ms']:.2f}x the decode-only floor per image "
        f"(start-up excluded); per picture, ingest at `--jobs 1` is "
        f"{h['phash_recipe_ms'] / ing['jobs1']['marginal_ms_per_image']:.2f}x faster than the PHash recipe alone.",
        "",
        "**The neighbour index** (`benchmarks/neighbours.py`: the index file on disk, crop-aware lookup):",
        "",
        neighbours.report(results["neighbours"]) if "neighbours" in results else "(not measured)",
    ]
    lines += ["", *search_report(results)]
    lines += [
        "",
        "**Memory by batch size** (`--jobs 1`, 1600-pixel JPEGs):",
        "",
        "| files | peak memory |",
        "|---|---|",
    ]
    for n, row in results["memory"].items():
        lines.append(f"| {n} | {row['peak_mb']} MB |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="the README's sizes (1,000,000 hashes and assets)")
    ap.add_argument("--photos", type=Path, default=Path("/tmp/corpus-photos"), help="a folder of real JPEGs")
    ap.add_argument(
        "--out", type=Path, default=None, help="default: benchmarks/results/run.md (--full) or run-small.md"
    )
    ap.add_argument(
        "--only",
        choices=["hashing", "ingest", "neighbours", "search", "memory", "search-10m"],
        default=None,
        help="re-measure one section into the existing results (run once without --only first)",
    )
    ap.add_argument(
        "--simulate-10m",
        action="store_true",
        help="search a generated catalog of 10,000,000 real-sized assets (about 42 GB in the temporary folder, "
        "about 25 minutes on 2 cores); --full does it too",
    )
    ap.add_argument("--skip-10m", action="store_true", help="--full without the 10,000,000-asset search")
    args = ap.parse_args()
    want_10m = args.simulate_10m or (args.full and not args.skip_10m)
    cores = os.cpu_count() or 1
    files_n = 24 if args.full else 8
    results: dict[str, Any] = {
        "size": "full" if args.full else "small",
        "machine": {
            "cores": cores,
            "description": f"{cores} cores, {os.uname().machine}, Python "
            f"{sys.version.split()[0]}, Pillow {Image.__version__}",
        },
    }
    if args.out is None:
        args.out = ROOT / "benchmarks" / "results" / ("run.md" if args.full else "run-small.md")
    saved = args.out.with_suffix(".json")
    if args.only:
        results = json.loads(saved.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="photodesk-bench-") as tmp:
        work = Path(tmp)
        sources = source_photos(args.photos, files_n)
        files = make_agency_jpegs(sources, work / "agency") if args.only in (None, "hashing", "ingest") else []
        results["files"] = len(files) or results.get("files", 0)
        sections = {
            "hashing": lambda: bench_hashing(files),
            "ingest": lambda: bench_ingest(files, work, cores),
            "neighbours": lambda: neighbours.run(args.full),
            "search": lambda: bench_search([100_000, 1_000_000] if args.full else [20_000], work, args.photos),
            "memory": lambda: bench_memory(sources, work, [10, 1000] if args.full else [10, 100]),
            # assets, their people, indexes and the search index at real size: the tables search reads; sources,
            # batch files, caption sources and dupe pairs (1.2 KB an asset, 12 GB more) are left out
            "search-10m": lambda: bench_search([10_000_000], work, args.photos, tables=("asset_people",)),
        }
        for name, measure in sections.items():
            if args.only == name or (args.only is None and (name != "search-10m" or want_10m)):
                results[name] = measure()
    text = report(results)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    saved.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
