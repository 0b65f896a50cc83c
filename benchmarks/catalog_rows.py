"""Generated catalogs whose rows have the real size and shape (``catalog_size`` measures it).

``RowPool`` holds real rows of an ingested library (``photodesk ingest`` of real photographs), and ``generate`` writes a
library of any size from them: each generated asset takes a real row's metadata (raw EXIF/IPTC/XMP JSON, camera,
place, conflicts, warnings, trim), fresh hashes in the real formats (pHash, dHash, mirror, 15 region hashes as
JSON, pixel digest, SHA-256), and a desk caption, credit and people drawn from real caption text, carried the way
ingest carries an embedded caption (the caption and its raw text, the raw metadata, the caption source row, the
search index). The other per-asset rows ingest writes (sources, batch files, caption sources, people, verified
dupe pairs) come at the ingested library's rate per asset.

Generation writes rows in big transactions with the journal off, then builds the indexes (the schema's own
statements, dropped before the load and run again after it), the full-text index and ANALYZE, and puts the
library back in WAL mode: the result is a library photodesk opens like any other.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from catalog_size import ROOT, connect

PER_ASSET = ("asset_sources", "batch_files", "caption_sources", "asset_people", "dupe_pairs")
CHUNK = 50_000  # rows per executemany
BYTES_PER_ASSET = 5_200  # a generated asset with every per-asset table, indexes and search index
ASSETS_PER_BATCH = 500  # a generated ingest run: one batches row per this many assets


def _caption_corpus() -> list[str]:
    """Real captions (English) from the credit-line corpus: the text generated captions are drawn from."""
    captions = []
    for path in sorted((ROOT / "tests" / "corpus" / "credits").glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("caption") and row.get("lang", "en") == "en":
                captions.append(row["caption"].strip())
    return captions


@dataclass
class RowPool:
    """Real rows of an ingested library, to be sampled: assets (as dicts), and per-asset rows of the other
    tables with their rate per asset."""

    assets: list[dict[str, Any]]
    rates: dict[str, float]
    dupe_pairs: list[dict[str, Any]]
    captions: list[str]
    vocabulary: tuple[list[str], list[int]]

    @classmethod
    def load(cls, db_path: Path) -> RowPool:
        conn = connect(db_path)
        conn.row_factory = sqlite3.Row
        assets = [dict(r) for r in conn.execute("SELECT * FROM assets WHERE duplicate_of IS NULL")]
        n = conn.execute("SELECT count(*) FROM assets").fetchone()[0]
        rates = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] / n for t in PER_ASSET}
        # candidate pairs verified as different pictures: generated assets are all distinct
        pairs = [dict(r) for r in conn.execute("SELECT * FROM dupe_pairs WHERE same = 0")]
        conn.close()
        captions = _caption_corpus()
        words = Counter(w for c in captions for w in re.findall(r"[A-Za-z][A-Za-z'-]+", c))
        vocabulary = (list(words), list(words.values()))
        return cls(assets, rates, pairs, captions, vocabulary)


def _schema_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The schema's own CREATE INDEX statements for the tables a generated catalog fills."""
    tables = ("assets", *PER_ASSET)
    marks = ", ".join("?" for _ in tables)
    return conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tables,
    ).fetchall()


# what a generated asset takes from the generator rather than from its real template row
DESK = (
    "id sha256 path thumbnail filename taken_at caption caption_raw caption_source headline byline credit_raw "
    "credit_source credit_line credit_agency credit_kind credit_photographers credit_photographers_raw keywords "
    "people city metadata_raw phash dhash phash_mirror hash_regions pixel_digest duplicate_of batch_id ingested_at "
    "linked_at dupes_checked_at search_text photographer_text"
).split()
HEX_PER_ASSET = 64 + 3 * 16 + 15 * 16 + 32  # SHA-256, pHash, dHash, mirror pHash, 15 region hashes, pixel digest


@dataclass
class Vocabulary:
    """The names and words generated captions, credits and people are made of (``run.py``'s lists: the search
    benchmark's queries are written for them)."""

    words: list[str]
    places: list[str]
    people: list[str]
    photographers: list[str]
    agencies: list[str]


class Generator:
    """Rows for a generated catalog: real metadata, fresh hashes, desk captions, credits and people.

    Randomness is drawn per chunk in bulk (numpy), and each row is its template's values with the desk's put in
    by position: about 20 us a row, so that ten million rows are minutes of Python, not an hour."""

    def __init__(self, pool: RowPool, seed: int, vocabulary: Vocabulary, columns: list[str]) -> None:
        self.pool, self.seed, self.v = pool, seed, vocabulary
        self.columns = columns
        self.slots = {c: columns.index(c) for c in DESK}
        # each template: its values in column order, and its raw metadata cut around the XMP caption, credit and
        # by-line a desk's picture carries
        self.templates: list[tuple[list[Any], list[str], str]] = []
        for row in pool.assets:
            raw = json.loads(row["metadata_raw"] or "{}")
            raw.setdefault("xmp", {}).update({"caption": "\x00", "credit": "\x00", "byline": ["\x00"]})
            parts = json.dumps(raw, ensure_ascii=False).split('"\\u0000"')
            ext = (row["path"] or ".jpg").rsplit(".", 1)[-1]
            self.templates.append(([row[c] for c in columns], parts, ext))
        words, weights = pool.vocabulary
        self.vocab = np.array(words, dtype=object)
        self.weights = np.array(weights, dtype=np.float64) / sum(weights)
        self.desk_words = np.array(vocabulary.words, dtype=object)
        self.credits = [(ph, ag, json.dumps([ph])) for ph in vocabulary.photographers for ag in vocabulary.agencies]

    def rows(self, start: int, stop: int) -> dict[str, list[tuple[Any, ...]]]:
        """Rows of every table for assets ``start`` to ``stop - 1``; the per-asset tables at their real rate."""
        n = stop - start
        rng = np.random.default_rng((self.seed, start))
        v, pool = self.v, self.pool
        hexes = rng.bytes(n * HEX_PER_ASSET // 2).hex()
        template = rng.integers(0, len(self.templates), n).tolist()
        credit = rng.integers(0, len(self.credits), n).tolist()
        place = rng.integers(0, len(v.places), n).tolist()
        who_n = rng.choice((1, 1, 2, 3), n).tolist()
        who = rng.integers(0, len(v.people), (n, 3)).tolist()
        lengths = rng.integers(8, 23, n)
        desk = rng.random(int(lengths.sum())) < 0.5  # half the words from the desk's list, half real caption words
        words = np.where(
            desk,
            self.desk_words[rng.integers(0, len(self.desk_words), len(desk))],
            self.vocab[rng.choice(len(self.vocab), len(desk), p=self.weights)],
        ).tolist()
        ends = np.cumsum(lengths).tolist()
        real = rng.integers(0, len(pool.captions), n).tolist()
        years, months, days = (rng.integers(lo, hi, n).tolist() for lo, hi in ((10, 26), (1, 13), (1, 29)))
        hours, minutes = rng.integers(6, 23, n).tolist(), rng.integers(0, 60, n).tolist()
        keyword = rng.integers(0, len(v.words), n).tolist()
        per_asset = {t: self._per_asset(t, start, stop) for t in ("asset_sources", "batch_files", "caption_sources")}
        pair_counts = self._per_asset("dupe_pairs", start, stop)
        pair_draws = rng.random(int(sum(pair_counts))).tolist()
        pair_kind = rng.integers(0, len(pool.dupe_pairs), len(pair_draws)).tolist()
        slot = self.slots
        s_id, s_sha, s_path, s_thumb, s_file = (slot[c] for c in ("id", "sha256", "path", "thumbnail", "filename"))
        s_taken, s_cap, s_capraw, s_capsrc = (slot[c] for c in ("taken_at", "caption", "caption_raw", "caption_source"))
        s_head, s_by, s_craw, s_csrc, s_cline, s_cag, s_ckind = (
            slot[c]
            for c in (
                "headline",
                "byline",
                "credit_raw",
                "credit_source",
                "credit_line",
                "credit_agency",
                "credit_kind",
            )
        )
        s_cph, s_cphraw, s_kw, s_people, s_city, s_meta = (
            slot[c]
            for c in ("credit_photographers", "credit_photographers_raw", "keywords", "people", "city", "metadata_raw")
        )
        s_ph, s_dh, s_mir, s_reg, s_pix, s_dup, s_batch = (
            slot[c]
            for c in ("phash", "dhash", "phash_mirror", "hash_regions", "pixel_digest", "duplicate_of", "batch_id")
        )
        s_ing, s_link, s_check, s_search, s_phtext = (
            slot[c] for c in ("ingested_at", "linked_at", "dupes_checked_at", "search_text", "photographer_text")
        )
        out: dict[str, list[tuple[Any, ...]]] = {t: [] for t in ("assets", *PER_ASSET)}
        assets, sources, files, captions, people_rows, pairs = (
            out[t] for t in ("assets", "asset_sources", "batch_files", "caption_sources", "asset_people", "dupe_pairs")
        )
        dumps, places, everyone, desk_words = json.dumps, v.places, v.people, v.words
        at_word = at_pair = 0
        for k in range(n):
            i = start + k
            values, parts, ext = self.templates[template[k]]
            row = values.copy()
            h = hexes[k * HEX_PER_ASSET : (k + 1) * HEX_PER_ASSET]
            sha = h[:64]
            names = list(dict.fromkeys([everyone[j] for j in who[k][: who_n[k]]]))
            ph, agency, ph_json = self.credits[credit[k]]
            where = places[place[k]]
            text = " ".join(words[at_word : ends[k]])
            at_word = ends[k]
            caption = f"{' and '.join(names)} at the {text} in {where}. {pool.captions[real[k]]}"
            date = f"20{years[k]:02d}-{months[k]:02d}-{days[k]:02d}"
            line = f"{ph}/{agency}"
            filename = f"{agency.replace(' ', '')}_{date}_{i:08d}.{ext}"
            people = dumps(names)
            batch = (i - 1) // ASSETS_PER_BATCH + 1
            ingested = f"{date}T12:00:00Z"
            headline = f"{names[0]} in {where}"
            original = f"assets/originals/{sha[:2]}/{sha}.{ext}"
            row[s_id] = i
            row[s_sha] = sha
            row[s_path] = original
            row[s_thumb] = f"assets/thumbs/{sha[:2]}/{sha}.jpg"
            row[s_file] = filename
            row[s_taken] = f"{date}T{hours[k]:02d}:{minutes[k]:02d}:00"
            row[s_cap] = caption
            row[s_capraw] = f"{caption} ({line})"
            row[s_capsrc] = row[s_csrc] = "embedded"
            row[s_head] = headline
            row[s_by] = row[s_phtext] = ph
            row[s_craw] = row[s_cline] = line
            row[s_cag] = agency
            row[s_ckind] = "photo"
            row[s_cph] = row[s_cphraw] = ph_json
            row[s_kw] = dumps([where, desk_words[keyword[k]]])
            row[s_people] = people
            row[s_city] = where
            row[s_meta] = f"{parts[0]}{dumps(caption)}{parts[1]}{dumps(line)}{parts[2]}{dumps(ph)}{parts[3]}"
            row[s_ph], row[s_dh], row[s_mir] = h[64:80], h[80:96], h[96:112]
            row[s_reg] = '["' + '", "'.join([h[o : o + 16] for o in range(112, 352, 16)]) + '"]'
            row[s_pix] = h[352:384]
            row[s_dup] = None
            row[s_batch] = batch
            row[s_ing] = ingested
            row[s_link] = f"{date}T12:00:01Z"
            row[s_check] = f"{date}T12:00:02Z"
            row[s_search] = " | ".join(dict.fromkeys((ph, agency, *names, where, filename, line)))
            assets.append(tuple(row))
            source = f"/srv/incoming/{batch:06d}/{filename}"
            for j in range(per_asset["asset_sources"][k]):
                sources.append((i, f"{source}.{j}" if j else source, batch, ingested))
            for _ in range(per_asset["batch_files"][k]):
                files.append((batch, source, "new", i, sha, None, "[]"))
            for j in range(per_asset["caption_sources"][k]):
                kind, path = ("sidecar", f"{original}.{j}") if j else ("embedded", original)
                captions.append((i, kind, path, caption, line, headline, people, ingested, ph))
            for name in names:
                people_rows.append((i, name, "caption", ingested))
            m = pair_counts[k]
            if m and i > 1:
                others = sorted({1 + int(u * (i - 1)) for u in pair_draws[at_pair : at_pair + m]})
                for other, kind_at in zip(others, pair_kind[at_pair : at_pair + m], strict=False):
                    p = pool.dupe_pairs[kind_at]
                    pairs.append(
                        (
                            other,
                            i,
                            p["via"],
                            p["distance"],
                            p["same"],
                            p["method"],
                            p["inliers"],
                            p["containment"],
                            p["correlation"],
                            p["reason"],
                            ingested,
                        )
                    )
            at_pair += m
        return out

    def _per_asset(self, table: str, start: int, stop: int) -> list[int]:
        """How many rows of ``table`` each asset from ``start`` to ``stop - 1`` gets: the real rate per asset
        (3 rows for 2 assets: 1, 2, 1, 2, ...)."""
        rate = self.pool.rates[table]
        edges = np.floor(np.arange(start - 1, stop) * rate + 1e-9).astype(np.int64)
        return np.diff(edges).tolist()


INSERTS = {
    "asset_sources": "INSERT OR IGNORE INTO asset_sources (asset_id, path, batch_id, seen_at) VALUES (?, ?, ?, ?)",
    "batch_files": "INSERT INTO batch_files (batch_id, path, status, asset_id, sha256, reason, warnings) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "caption_sources": "INSERT OR IGNORE INTO caption_sources (asset_id, kind, path, caption, credit, headline, "
    "people, created_at, byline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "asset_people": "INSERT OR IGNORE INTO asset_people (asset_id, name, source, created_at) VALUES (?, ?, ?, ?)",
    "dupe_pairs": "INSERT OR IGNORE INTO dupe_pairs (asset_id, other_id, via, distance, same, method, inliers, "
    "containment, correlation, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


_WORKER: Generator | None = None


def _start_worker(pool: RowPool, seed: int, vocabulary: Vocabulary, columns: list[str]) -> None:
    global _WORKER
    _WORKER = Generator(pool, seed, vocabulary, columns)


def _worker_rows(span: tuple[int, int], tables: tuple[str, ...]) -> dict[str, list[tuple[Any, ...]]]:
    assert _WORKER is not None
    rows = _WORKER.rows(*span)
    return {t: v for t, v in rows.items() if t == "assets" or t in tables}


def generate(
    path: Path,
    n: int,
    pool: RowPool,
    vocabulary: Vocabulary,
    seed: int = 1,
    tables: tuple[str, ...] = PER_ASSET,
    build_after: bool | None = None,
) -> dict[str, float]:
    """A library at ``path`` with ``n`` generated assets and their rows in ``tables`` (the per-asset tables;
    all by default); seconds per phase.

    Rows are made in a second process while this one writes the previous chunk (the same rows as made in one
    process: each chunk is seeded by its first id); the search index is built after the load, in one pass.
    ``build_after``: drop the indexes for the load too and build them after it (SQLite sorting in two threads) —
    fastest while the catalog fits in memory; a catalog larger than memory would be read from disk once per index
    (a dozen times: over an hour at 10,000,000), so it is loaded into its indexes instead (about as fast at
    300,000: the rows, not the indexes, are the work). None: decided by the catalog's expected size against the
    machine's memory."""
    from concurrent.futures import ProcessPoolExecutor

    from catalog.library import open_library

    open_library(path, create=True).close()
    conn = sqlite3.connect(path / "library.db", isolation_level=None)
    pragmas = ("journal_mode=DELETE", "journal_mode=OFF", "synchronous=OFF", "cache_size=-3000000", "threads=2")
    for pragma in pragmas:
        conn.execute(f"PRAGMA {pragma}")
    if build_after is None:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        build_after = n * BYTES_PER_ASSET < memory / 3
    indexes = _schema_indexes(conn) if build_after else []
    for name, _ in indexes:
        conn.execute(f"DROP INDEX [{name}]")
    # the search index (migration 15's) is filled once, after the load (one scan): its insert trigger waits
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'assets_ai'").fetchone()[0]
    conn.execute("DROP TRIGGER assets_ai")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(assets)")]
    insert_assets = f"INSERT INTO assets ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    waited = 0.0
    conn.execute("BEGIN")
    batches = [
        (b, "2016-06-06T12:00:00Z", "2016-06-06T12:10:00Z", "done", '["/srv/incoming"]', ASSETS_PER_BATCH)
        for b in range(1, (n - 1) // ASSETS_PER_BATCH + 2)
    ]
    conn.executemany(
        "INSERT INTO batches (id, started_at, finished_at, status, sources, new) VALUES (?, ?, ?, ?, ?, ?)", batches
    )
    spans = [(start, min(start + CHUNK, n + 1)) for start in range(1, n + 1, CHUNK)]
    with ProcessPoolExecutor(1, initializer=_start_worker, initargs=(pool, seed, vocabulary, columns)) as maker:
        pending = [maker.submit(_worker_rows, span, tables) for span in spans[:2]]
        for k, (start, _) in enumerate(spans):
            g0 = time.perf_counter()
            rows = pending.pop(0).result()
            waited += time.perf_counter() - g0
            if k + 2 < len(spans):
                pending.append(maker.submit(_worker_rows, spans[k + 2], tables))
            conn.executemany(insert_assets, rows.pop("assets"))
            for table, values in rows.items():
                conn.executemany(INSERTS[table], values)
            if start % 1_000_000 < CHUNK:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
    conn.execute("COMMIT")
    times["rows_s"] = time.perf_counter() - t0
    times["of_which_waiting_for_rows_s"] = waited
    t0 = time.perf_counter()
    for _, sql in indexes:
        conn.execute(sql)
    times["indexes_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    conn.execute(trigger)
    conn.execute("INSERT INTO assets_fts(assets_fts) VALUES('rebuild')")
    times["search_index_s"] = time.perf_counter() - t0
    times["indexes_built_after_load"] = float(build_after)
    t0 = time.perf_counter()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    times["analyze_s"] = time.perf_counter() - t0
    return {k: round(v, 1) for k, v in times.items()}
