"""Server time of the desk's pages at a newsroom's size: the search grid and the picture page.

    python benchmarks/desk.py                 # 1,000,000 generated assets (built once into --work, ~4 min)
    python benchmarks/desk.py --assets 100000

The catalog is generated as benchmarks/run.py generates it (realistic captions, credits, people; indexed as
photodesk indexes). Each page is requested in-process through Starlette's TestClient (the server's time: routing,
catalog work, templates; no network), 30 times after a warm-up, and reported as p50/p95 beside the same catalog
work called directly (what ``photodesk search --json`` does), so the web layer's own cost is visible.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from run import generated_catalog  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from catalog.library import open_library  # noqa: E402
from catalog.ops.assets import assets_by_ids, get_asset, search  # noqa: E402
from catalog.ops.browse import grid_page  # noqa: E402
from catalog.search.query import parse  # noqa: E402
from web.app import create_app  # noqa: E402

QUERIES = {
    "newest (empty query)": "",
    "word": "wreath OR memorial",
    "broad word": "minister",
    "photographer + agency + date": "credit:zach agency:GPO date:2016",
    "caption:missing": "caption:missing",
}


def percentiles(times: list[float]) -> dict[str, float]:
    times = sorted(t * 1000 for t in times)
    return {"p50_ms": round(times[len(times) // 2], 1), "p95_ms": round(times[int(len(times) * 0.95)], 1)}


def timed(fn: Any, repeat: int = 30) -> dict[str, float]:
    fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return percentiles(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--assets", type=int, default=1_000_000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/photodesk-desk-bench"))
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "desk.json")
    args = ap.parse_args()
    path = args.work / f"catalog-{args.assets}"
    if not (path / "library.db").is_file():
        t0 = time.perf_counter()
        generated_catalog(path, args.assets)
        print(f"built {args.assets:,} assets in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    client = TestClient(create_app(path), base_url="http://127.0.0.1:8750")
    library = open_library(path)
    rng = random.Random(7)
    ids = [rng.randint(1, args.assets) for _ in range(31)]
    result: dict[str, Any] = {"assets": args.assets, "grid": {}, "picture page": {}}
    for label, q in QUERIES.items():
        page = timed(lambda q=q: client.get("/", params={"q": q}).raise_for_status())
        counts = timed(lambda q=q: client.get("/facets", params={"q": q}).raise_for_status())
        direct = timed(lambda q=q: grid_page(library, q))
        cli_json = timed(lambda q=q: assets_by_ids(library, search(library, parse(q), limit=50)))
        result["grid"][label] = {
            "page": page,
            "facets (fetched after the page)": counts,
            "ops.grid_page": direct,
            "search --json work": cli_json,
        }
        print(f"grid {label}: {result['grid'][label]}", file=sys.stderr)
    it = iter(ids)
    result["picture page"]["page"] = timed(lambda: client.get(f"/assets/{next(it)}").raise_for_status())
    it2 = iter(ids)
    result["picture page"]["show --json work"] = timed(lambda: get_asset(library, str(next(it2))))
    print(f"picture page: {result['picture page']}", file=sys.stderr)
    size = sum(p.stat().st_size for p in path.glob("library.db*"))
    result["bytes_per_asset"] = round(size / args.assets)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
