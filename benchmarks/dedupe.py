"""Dedupe benchmark: recall per transform family, precision over distinct pictures, time per image and pair.

Takes a folder of real photographs (``bash ../shared/corpus/build_corpus.sh /tmp/corpus-photos`` makes one),
makes transformed copies of each — JPEG quality 90/50/20, resized to 50% and 25%, crops of 5%, 10% and 20% at a
random offset, grayscale, brightness and contrast +-20%, a logo and a text watermark, a letterbox and a screenshot
frame, a mirror — and hard negatives: pairs of overlapping but different views cut from one large photograph.
Every copy is looked up among the originals (and the views) exactly as ingest does: candidates from the hash
index, then verification. A copy counts as found when its original is verified; every other verified pair is a
false positive.

    python benchmarks/dedupe.py /tmp/corpus-photos [--limit 150] [--seed 7] [--out benchmarks/results/dedupe.md]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageOps

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from catalog.dupes.hashing import compute, working_image
from catalog.dupes.neighbors import HashIndex
from catalog.dupes.verify import gray_array, verify_views

ORIGINAL_SIZE = 1600


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    with Image.open(buf) as im:
        return im.convert("RGB")


def crop(image: Image.Image, fraction: float, rng: random.Random) -> Image.Image:
    w, h = image.size
    cw, ch = round(w * (1 - fraction)), round(h * (1 - fraction))
    x, y = rng.randint(0, w - cw), rng.randint(0, h - ch)
    return image.crop((x, y, x + cw, y + ch))


def watermark_logo(image: Image.Image) -> Image.Image:
    out = image.copy()
    w, h = out.size
    size = max(24, w // 8)
    overlay = Image.new("RGBA", out.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    x0, y0 = w - size - w // 40, h - size - h // 40
    draw.ellipse((x0, y0, x0 + size, y0 + size), fill=(255, 255, 255, 150), outline=(200, 0, 0, 200), width=4)
    draw.rectangle((x0 + size // 4, y0 + size // 3, x0 + 3 * size // 4, y0 + 2 * size // 3), fill=(200, 0, 0, 170))
    return Image.alpha_composite(out.convert("RGBA"), overlay).convert("RGB")


def watermark_text(image: Image.Image) -> Image.Image:
    out = image.copy()
    draw = ImageDraw.Draw(out)
    w, h = out.size
    text = "© PHOTODESK AGENCY 2026"
    draw.text((w // 30 + 2, h - h // 12 + 2), text, fill=(0, 0, 0), font_size=max(14, h // 22))
    draw.text((w // 30, h - h // 12), text, fill=(255, 255, 255), font_size=max(14, h // 22))
    return out


def letterbox(image: Image.Image) -> Image.Image:
    w, h = image.size
    target_h = round(w * 9 / 16) if w / h < 16 / 9 else h
    target_w = round(h * 16 / 9) if w / h >= 16 / 9 else w
    pad_h, pad_w = max(target_h, h) - h, max(target_w, w) - w
    pad_h = pad_h or h // 6
    return ImageOps.expand(image, border=(pad_w // 2, pad_h // 2), fill=(0, 0, 0))


def screenshot_frame(image: Image.Image) -> Image.Image:
    w, h = image.size
    framed = ImageOps.expand(image.resize((w * 3 // 4, h * 3 // 4)), border=(w // 10, h // 8), fill=(245, 245, 245))
    return framed


TRANSFORMS = {
    "jpeg q90": lambda im, r: jpeg(im, 90),
    "jpeg q50": lambda im, r: jpeg(im, 50),
    "jpeg q20": lambda im, r: jpeg(im, 20),
    "resize 50%": lambda im, r: im.resize((im.width // 2, im.height // 2), Image.Resampling.LANCZOS),
    "resize 25%": lambda im, r: im.resize((im.width // 4, im.height // 4), Image.Resampling.LANCZOS),
    "crop 5%": lambda im, r: crop(im, 0.05, r),
    "crop 10%": lambda im, r: crop(im, 0.10, r),
    "crop 20%": lambda im, r: crop(im, 0.20, r),
    "grayscale": lambda im, r: im.convert("L").convert("RGB"),
    "brightness +20%": lambda im, r: ImageEnhance.Brightness(im).enhance(1.2),
    "brightness -20%": lambda im, r: ImageEnhance.Brightness(im).enhance(0.8),
    "contrast +20%": lambda im, r: ImageEnhance.Contrast(im).enhance(1.2),
    "contrast -20%": lambda im, r: ImageEnhance.Contrast(im).enhance(0.8),
    "watermark logo": lambda im, r: watermark_logo(im),
    "watermark text": lambda im, r: watermark_text(im),
    "letterbox frame": lambda im, r: letterbox(im),
    "screenshot frame": lambda im, r: screenshot_frame(im),
    "mirror": lambda im, r: ImageOps.mirror(im),
}
FAMILY = {
    "jpeg q90": "recompression",
    "jpeg q50": "recompression",
    "jpeg q20": "recompression",
    "resize 50%": "resize",
    "resize 25%": "resize",
    "crop 5%": "crop 5%",
    "crop 10%": "crop 10%",
    "crop 20%": "crop 20%",
    "grayscale": "grayscale",
    "brightness +20%": "brightness/contrast",
    "brightness -20%": "brightness/contrast",
    "contrast +20%": "brightness/contrast",
    "contrast -20%": "brightness/contrast",
    "watermark logo": "watermark",
    "watermark text": "watermark",
    "letterbox frame": "frames",
    "screenshot frame": "frames",
    "mirror": "mirror",
}
TARGETS = {
    "resize": 0.99,
    "recompression": 0.99,
    "grayscale": 0.99,
    "brightness/contrast": 0.99,
    "mirror": 0.99,
    "frames": 0.99,
    "crop 10%": 0.95,
    "watermark": 0.95,
    "crop 20%": 0.80,
    "crop 5%": 0.95,
}


class Item:
    """A picture in the benchmark: its hashes and the grayscale working image verification compares."""

    def __init__(self, image: Image.Image) -> None:
        t0 = time.perf_counter()
        self.hashes = compute(image)
        self.hash_ms = (time.perf_counter() - t0) * 1000
        work = working_image(image)
        left, top, right, bottom = self.hashes.trim
        w, h = work.size
        trimmed = work.crop((round(left * w), round(top * h), round(right * w), round(bottom * h)))
        self.views = (gray_array(trimmed), gray_array(work))


def load(path: Path) -> Image.Image | None:
    try:
        with Image.open(path) as im:
            im.draft("RGB", (ORIGINAL_SIZE, ORIGINAL_SIZE))
            im = ImageOps.exif_transpose(im).convert("RGB")
    except Exception:
        return None
    im.thumbnail((ORIGINAL_SIZE, ORIGINAL_SIZE), Image.Resampling.LANCZOS)
    return im


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    manifest = args.folder / "manifest.csv"
    groups: dict[str, str] = {}
    files = sorted(p for p in args.folder.iterdir() if p.suffix.lower() in (".jpg", ".jpeg", ".png", ".webp"))
    if manifest.exists():
        rows = list(csv.DictReader(manifest.open()))
        groups = {r["file"]: r["dup_group"] for r in rows if r["dup_group"]}
        photos = {r["file"] for r in rows if r["category"] == "photo"}
        files = [f for f in files if f.name in photos] or files
    rng.shuffle(files)
    files = files[: args.limit]
    originals: list[tuple[str, Image.Image]] = [(f.name, im) for f in files if (im := load(f)) is not None]
    index = HashIndex()
    items: dict[int, Item] = {}
    names: dict[int, str] = {}
    for i, (name, im) in enumerate(originals):
        items[i] = Item(im)
        names[i] = name
        index.add(i, items[i].hashes)
    # hard negatives: two overlapping views of one large photograph (30-60% overlap), both in the index
    negatives: list[tuple[int, int]] = []
    next_id = len(originals)
    for name, im in originals[: max(10, len(originals) // 3)]:
        w, h = im.size
        overlap = rng.uniform(0.3, 0.6)
        width = w / (2 - overlap)
        a = im.crop((0, 0, round(width), h))
        b = im.crop((round(w - width), 0, w, h))
        for view in (a, b):
            items[next_id] = Item(view)
            names[next_id] = f"{name}#view"
            index.add(next_id, items[next_id].hashes)
            next_id += 1
        negatives.append((next_id - 2, next_id - 1))
    found: dict[str, list[bool]] = defaultdict(list)
    false_pairs: set[tuple[int, int]] = set()
    verify_ms: list[float] = []
    verify_cpu_ms: list[float] = []  # CPU time of the process: what a pair costs when other work shares the cores
    candidates_per_query: list[int] = []
    false_candidates = 0
    hash_ms = [it.hash_ms for it in items.values()]

    def related(a: int, b: int) -> bool:
        na, nb = names[a].split("#")[0], names[b].split("#")[0]
        return na == nb or (groups.get(na) is not None and groups.get(na) == groups.get(nb))

    for i, (_name, im) in enumerate(originals):
        for label, transform in TRANSFORMS.items():
            copy = Item(transform(im, rng))
            hash_ms.append(copy.hash_ms)
            cands = index.candidates(copy.hashes)
            candidates_per_query.append(len(cands))
            false_candidates += sum(1 for c in cands if not related(c.asset_id, i))
            hit = False
            for c in cands:
                c0 = time.process_time()
                v = verify_views(
                    items[c.asset_id].views,
                    copy.views,
                    flat=copy.hashes.flat and items[c.asset_id].hashes.flat,
                    mirrored_first=c.via == "mirror",
                )
                verify_cpu_ms.append((time.process_time() - c0) * 1000)
                verify_ms.append(v.ms)
                if v.same and c.asset_id == i:
                    hit = True
                elif v.same and not related(c.asset_id, i):
                    false_pairs.add((c.asset_id, i))
            found[FAMILY[label]].append(hit)
    # distinct originals and the hard negatives among themselves: every verified pair is a false positive
    distinct_pairs = 0
    for a, item in items.items():
        for c in index.candidates(item.hashes, exclude=a):
            if c.asset_id < a:
                continue
            c0 = time.process_time()
            v = verify_views(
                item.views,
                items[c.asset_id].views,
                flat=item.hashes.flat and items[c.asset_id].hashes.flat,
                mirrored_first=c.via == "mirror",
            )
            verify_cpu_ms.append((time.process_time() - c0) * 1000)
            verify_ms.append(v.ms)
            if v.same and not related(a, c.asset_id):
                false_pairs.add((a, c.asset_id))
    n = len(items)
    distinct_pairs = n * (n - 1) // 2 + len(originals) * len(TRANSFORMS) * (n - 1)
    negative_hits = sum(1 for a, b in negatives if (a, b) in false_pairs or (b, a) in false_pairs)
    precision_pairs = 1 - len(false_pairs) / max(distinct_pairs, 1)
    lines = [
        f"Dedupe benchmark: {len(originals)} real photographs (long side {ORIGINAL_SIZE}), "
        f"{len(TRANSFORMS)} transforms each, {len(negatives)} hard-negative pairs; seed {args.seed}.",
        "",
        "| transform family | copies | recall | target |",
        "|---|---|---|---|",
    ]
    for family in dict.fromkeys(FAMILY.values()):
        hits = found[family]
        recall = sum(hits) / len(hits)
        target = TARGETS.get(family)
        mark = "" if target is None or recall >= target else " (below)"
        lines.append(f"| {family} | {len(hits)} | {recall:.3f}{mark} | {target if target else '—'} |")
    lines += [
        "",
        f"- false positives: {len(false_pairs)} verified pairs of distinct pictures out of {distinct_pairs:,} "
        f"distinct pairs (precision over pairs {precision_pairs:.6f}); hard-negative pairs grouped: "
        f"{negative_hits} of {len(negatives)}",
        f"- hashing: {statistics.mean(hash_ms):.1f} ms per picture (mean, from a decoded image)",
        f"- candidates per lookup: {statistics.mean(candidates_per_query):.2f} mean, {max(candidates_per_query)} max; "
        f"unrelated candidates {false_candidates / max(len(candidates_per_query), 1) / max(n - 1, 1):.2e} per "
        f"library picture per lookup (x 1,000,000 = the verification load per lookup in a library that size)",
        f"- verification: {statistics.mean(verify_ms):.1f} ms mean, "
        f"{np.percentile(verify_ms, 95):.1f} ms p95 per candidate pair ({len(verify_ms)} pairs); CPU time "
        f"{statistics.mean(verify_cpu_ms):.1f} ms mean, {np.percentile(verify_cpu_ms, 95):.1f} ms p95",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
