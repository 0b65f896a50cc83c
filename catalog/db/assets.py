"""The ``assets`` table: one row per distinct original, read back as ``model.Asset`` records.

List columns (keywords, people, names, conflicts, warnings, region hashes, the trim box) are JSON text in the
row and Python values in the record: encoded and decoded here, nowhere else.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import fields

from catalog.db.connection import POSTGRESQL, Cell, Connection
from catalog.db.rows import json_values, marks, rows_of
from catalog.model import HASH_VERSION, JSON, NO_TRIM, Asset, Hashes
from catalog.text import name_key

ASSET_COLUMNS = frozenset(f.name for f in fields(Asset))
LIST_COLUMNS = frozenset(
    {
        "keywords",
        "people",
        "conflicts",
        "source_conflicts",
        "warnings",
        "credit_photographers",
        "credit_photographers_raw",
        "hash_regions",
    }
)
# What ingest never sets on a new row: the id, and what linking, dedupe and search derive later.
NOT_INSERTED = frozenset(
    {
        "id",
        "caption_raw",
        "caption_source",
        "credit_source",
        "credit_agency",
        "credit_kind",
        "credit_line",
        "credit_distributor",
        "credit_photographers",
        "credit_photographers_raw",
        "linked_at",
        "source_conflicts",
        "duplicate_of",
        "dupes_checked_at",
        "search_text",
        "photographer_text",
        "version",
    }
)
HASH_COLUMNS = ("phash", "dhash", "phash_mirror", "hash_regions", "trim", "flat", "pixel_digest")

AssetValue = Cell | Sequence[JSON]


def to_asset(row: Mapping[str, Cell]) -> Asset:
    """A row as the record: JSON columns decoded, unknown columns (a newer catalog's) left out."""
    values: dict[str, object] = {}
    for name, value in row.items():
        if name not in ASSET_COLUMNS:
            continue
        if name in LIST_COLUMNS:
            decoded = json.loads(value) if isinstance(value, str) and value else []
            values[name] = decoded if isinstance(decoded, list) else []
        elif name == "trim":
            box = json.loads(value) if isinstance(value, str) and value else NO_TRIM
            values[name] = (float(box[0]), float(box[1]), float(box[2]), float(box[3]))
        elif name == "flat":
            values[name] = bool(value)
        else:
            values[name] = value
    return Asset(**values)  # type: ignore[arg-type]  # the columns are the record's fields, typed by the schema


def encode(name: str, value: AssetValue | tuple[float, ...]) -> Cell:
    """A record value as the column stores it."""
    if name not in ASSET_COLUMNS:
        raise ValueError(f"assets has no column {name!r}")
    if name in LIST_COLUMNS or name == "trim":
        return None if value is None else json.dumps(list(value), ensure_ascii=False)  # type: ignore[arg-type]
    if isinstance(value, bool):
        return int(value)
    return value  # type: ignore[return-value]


def hash_values(h: Hashes) -> dict[str, Cell]:
    """The hash columns of a picture, as stored."""
    return {
        "phash": h.phash,
        "dhash": h.dhash,
        "phash_mirror": h.phash_mirror,
        "hash_regions": json.dumps(h.regions),
        "trim": json.dumps(list(h.trim)),
        "flat": int(h.flat),
        "pixel_digest": h.pixels,
        "hash_version": HASH_VERSION,
    }


class Assets:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _names(self, column: str) -> str:
        """The FROM item of a JSON list of names, as ``j.value``."""
        return json_values(self.conn, column)

    # --- reading ------------------------------------------------------------------------------------------------

    def get(self, asset_id: int) -> Asset | None:
        found = self.many([asset_id])
        return found.get(asset_id)

    def many(self, ids: Sequence[int]) -> dict[int, Asset]:
        """The records of ``ids`` that exist, by id."""
        out: dict[int, Asset] = {}
        for chunk in _chunks(list(ids)):
            for row in rows_of(self.conn, f"SELECT * FROM assets WHERE id IN ({marks(chunk)})", chunk):
                asset = to_asset(row)
                out[asset.id] = asset
        return out

    def every(self) -> list[Asset]:
        return [to_asset(r) for r in rows_of(self.conn, "SELECT * FROM assets ORDER BY id")]

    def exists(self, asset_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM assets WHERE id = ?", [asset_id]).fetchone() is not None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM assets").fetchone()[0])

    def id_of(self, sha256: str) -> int | None:
        row = self.conn.execute("SELECT id FROM assets WHERE sha256 = ?", [sha256]).fetchone()
        return int(row[0]) if row else None

    def with_prefix(self, prefix: str, limit: int) -> list[int]:
        """Ids whose SHA-256 starts with ``prefix`` (lower-case hex), at most ``limit``."""
        rows = self.conn.execute(
            "SELECT id FROM assets WHERE sha256 >= ? AND sha256 < ? LIMIT ?", [prefix, prefix + "g", limit]
        )
        return [int(r[0]) for r in rows]

    def count_prefix(self, prefix: str) -> int:
        row = self.conn.execute("SELECT count(*) FROM assets WHERE sha256 >= ? AND sha256 < ?", [prefix, prefix + "g"])
        return int(row.fetchone()[0])

    def latest(self, limit: int) -> list[int]:
        rows = self.conn.execute("SELECT id FROM assets ORDER BY ingested_at DESC, id DESC LIMIT ?", [limit])
        return [int(r[0]) for r in rows]

    def unlinked(self) -> list[int]:
        """Assets whose captions and credits were not resolved yet (a killed run, a dry run's leftovers)."""
        return [int(r[0]) for r in self.conn.execute("SELECT id FROM assets WHERE linked_at IS NULL ORDER BY id")]

    def texts(self) -> Iterator[str]:
        """Every caption and headline, for suggesting people's names."""
        for row in self.conn.execute("SELECT caption, headline FROM assets"):
            yield from (t for t in row if t)

    def files(self, after: int, limit: int) -> list[tuple[int, str, str, str | None]]:
        """(id, SHA-256, original's relpath, thumbnail's relpath) of the assets after id ``after``, in id order,
        at most ``limit``: what a store holds of each."""
        sql = "SELECT id, sha256, path, thumbnail FROM assets WHERE id > ? ORDER BY id LIMIT ?"
        return [(int(i), str(s), str(p), t) for i, s, p, t in self.conn.execute(sql, [after, limit])]

    def source_paths(self, ids: Sequence[int]) -> dict[int, list[str]]:
        """Every path each asset was ingested from, in the order seen."""
        out: dict[int, list[str]] = {i: [] for i in ids}
        for chunk in _chunks(list(ids)):
            for asset_id, path in self.conn.execute(
                f"SELECT asset_id, path FROM asset_sources WHERE asset_id IN ({marks(chunk)}) ORDER BY id", chunk
            ):
                out[asset_id].append(path)
        return out

    # --- credited names (the decided names are a JSON list per asset: ``json_each`` reads them in SQL) -----------

    def credit_counts(self, exclude: Sequence[int]) -> list[tuple[str, str | None, int]]:
        """(decided name, agency, how many assets) over every asset but ``exclude``: the catalog's history, from
        the counts triggers keep (``credit_history``, migration 21) less what ``exclude`` contributes."""
        counts: dict[tuple[str, str], int] = {
            (str(n), str(a)): int(c) for n, a, c in self.conn.execute("SELECT name, agency, assets FROM credit_history")
        }
        for chunk in _chunks(list(exclude)):
            sql = (
                f"SELECT j.value, coalesce(a.credit_agency, '') FROM assets a, {self._names('a.credit_photographers')} "
                f"WHERE a.credit_photographers IS NOT NULL AND a.id IN ({marks(chunk)})"
            )
            for name, agency in self.conn.execute(sql, chunk):
                counts[(str(name), str(agency))] -= 1
        return [(n, a or None, c) for (n, a), c in sorted(counts.items()) if c > 0]

    def decided_credits(self) -> list[tuple[list[str], str | None]]:
        """(decided names, agency) of every linked asset."""
        rows = self.conn.execute(
            "SELECT credit_photographers, credit_agency FROM assets WHERE credit_photographers IS NOT NULL"
        )
        return [(list(json.loads(names or "[]")), agency) for names, agency in rows]

    def credited_folded(self, key: str) -> list[Asset]:
        """Assets a decided name of which folds (``pd_fold``, the name key) to ``key``. PostgreSQL has no
        ``pd_fold``: the distinct decided names (``credit_history``, a few per photographer) are folded here and
        the assets crediting those read by name."""
        if self.conn.dialect == POSTGRESQL:
            names = [str(r[0]) for r in self.conn.execute("SELECT DISTINCT name FROM credit_history")]
            spelt = [n for n in names if name_key(n) == key]
            if not spelt:
                return []
            sql = (
                f"SELECT * FROM assets WHERE id IN (SELECT a.id FROM assets a, {self._names('a.credit_photographers')}"
                f" WHERE j.value IN ({marks(spelt)})) ORDER BY id"
            )
            return [to_asset(r) for r in rows_of(self.conn, sql, spelt)]
        sql = (
            "SELECT * FROM assets WHERE id IN (SELECT a.id FROM assets a, json_each(a.credit_photographers) j "
            "WHERE pd_fold(j.value) = ?) ORDER BY id"
        )
        return [to_asset(r) for r in rows_of(self.conn, sql, [key])]

    def credited_names(self) -> list[str]:
        """Every name credited, as written or as decided, once."""
        rows = self.conn.execute(
            f"SELECT j.value FROM assets a, {self._names('a.credit_photographers_raw')} UNION "
            f"SELECT j.value FROM assets a, {self._names('a.credit_photographers')}"
        )
        return [r[0] for r in rows if isinstance(r[0], str)]

    def credited_with(self, names: Sequence[str]) -> list[int]:
        """Assets credited (as written or as decided) with one of ``names``, in id order."""
        if not names:
            return []
        rows = self.conn.execute(
            f"SELECT a.id FROM assets a, {self._names('a.credit_photographers_raw')} WHERE j.value IN ({marks(names)}) "
            f"UNION SELECT a.id FROM assets a, {self._names('a.credit_photographers')} "
            f"WHERE j.value IN ({marks(names)})",
            [*names, *names],
        )
        return sorted({int(r[0]) for r in rows})

    def usual_agency(self, name: str) -> str | None:
        """The agency a decided name is most often credited with."""
        row = self.conn.execute(
            f"SELECT a.credit_agency, count(*) FROM assets a, {self._names('a.credit_photographers')} "
            "WHERE j.value = ? AND a.credit_agency IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
            [name],
        ).fetchone()
        return str(row[0]) if row else None

    # --- hashes and groups --------------------------------------------------------------------------------------

    def hashes(self) -> Iterator[tuple[int, Hashes]]:
        """(id, hashes) of every hashed asset, in id order: what the neighbour index is built from."""
        for row in rows_of(
            self.conn, f"SELECT id, {', '.join(HASH_COLUMNS)} FROM assets WHERE phash IS NOT NULL ORDER BY id"
        ):
            h = (to_asset({"sha256": "", "path": "", "format": "", "bytes": 0, **row})).hashes()
            if h is not None:
                yield int(row["id"]), h  # type: ignore[arg-type]

    def dupes_unchecked(self) -> list[int]:
        """Hashed assets never looked up for copies (their ingest was killed before its dedupe step)."""
        sql = "SELECT id FROM assets WHERE dupes_checked_at IS NULL AND phash IS NOT NULL ORDER BY id"
        return [int(r[0]) for r in self.conn.execute(sql)]

    def mark_dupes_checked(self, ids: Sequence[int], at: str) -> None:
        for chunk in _chunks(list(ids)):
            self.conn.execute(f"UPDATE assets SET dupes_checked_at = ? WHERE id IN ({marks(chunk)})", [at, *chunk])

    def hashed_ids(self) -> list[int]:
        return [int(r[0]) for r in self.conn.execute("SELECT id FROM assets WHERE phash IS NOT NULL ORDER BY id")]

    def set_hashes(self, asset_id: int, h: Hashes) -> None:
        values = hash_values(h)
        sets = ", ".join(f"{k} = ?" for k in values)
        self.conn.execute(f"UPDATE assets SET {sets} WHERE id = ?", [*values.values(), asset_id])

    def keepers(self) -> list[int]:
        """Assets that other assets are copies of."""
        sql = "SELECT DISTINCT duplicate_of FROM assets WHERE duplicate_of IS NOT NULL ORDER BY duplicate_of"
        return [int(r[0]) for r in self.conn.execute(sql)]

    def copies_of(self, keeper: int) -> list[Asset]:
        sql = "SELECT * FROM assets WHERE duplicate_of = ? ORDER BY id"
        return [to_asset(r) for r in rows_of(self.conn, sql, [keeper])]

    def copy_counts(self, keepers: Sequence[int]) -> dict[int, int]:
        """How many copies each of ``keepers`` has (those with none are left out)."""
        if not keepers:
            return {}
        sql = f"SELECT duplicate_of, count(*) FROM assets WHERE duplicate_of IN ({marks(keepers)}) GROUP BY 1"
        return {int(k): int(n) for k, n in self.conn.execute(sql, list(keepers))}

    def is_keeper(self, asset_id: int) -> bool:
        sql = "SELECT 1 FROM assets WHERE duplicate_of = ? LIMIT 1"
        return self.conn.execute(sql, [asset_id]).fetchone() is not None

    def ungroup_all(self) -> None:
        self.conn.execute("UPDATE assets SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL")

    # --- writing ------------------------------------------------------------------------------------------------

    def insert_new(self, asset: Asset, *, ingested_at: str, batch_id: int | None) -> bool:
        """Record a new original (its ``id`` is ignored: the row gives it one); False when its SHA-256 is recorded
        already (nothing changes then)."""
        values = {f.name: encode(f.name, getattr(asset, f.name)) for f in fields(Asset) if f.name not in NOT_INSERTED}
        values |= {"ingested_at": ingested_at, "batch_id": batch_id}
        columns = ", ".join(values)
        cursor = self.conn.execute(
            f"INSERT INTO assets ({columns}) VALUES ({marks(list(values))}) ON CONFLICT(sha256) DO NOTHING",
            list(values.values()),
        )
        return cursor.rowcount == 1

    def update(self, asset_id: int, values: Mapping[str, AssetValue | tuple[float, ...]]) -> None:
        """Set columns of one asset; list values are stored as JSON."""
        if not values:
            return
        sets = ", ".join(f"{name} = ?" for name in values)
        cells = [encode(name, value) for name, value in values.items()]
        self.conn.execute(f"UPDATE assets SET {sets} WHERE id = ?", [*cells, asset_id])

    def bump_version(self, asset_id: int, expected: int | None = None) -> bool:
        """Raise the asset's version by one — only if it is still ``expected`` when that is given (atomic: a save
        made on an older version changes nothing). True when raised."""
        if expected is None:
            cursor = self.conn.execute("UPDATE assets SET version = version + 1 WHERE id = ?", [asset_id])
        else:
            cursor = self.conn.execute(
                "UPDATE assets SET version = version + 1 WHERE id = ? AND version = ?", [asset_id, expected]
            )
        return cursor.rowcount == 1

    def add_source(self, asset_id: int, path: str, batch_id: int | None, seen_at: str) -> None:
        """Note a path the asset was ingested from (once per path)."""
        self.conn.execute(
            "INSERT INTO asset_sources (asset_id, path, batch_id, seen_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(asset_id, path) DO NOTHING",
            [asset_id, path, batch_id, seen_at],
        )

    # --- people shown ---------------------------------------------------------------------------------------------

    def tagged(self, asset_id: int, source: str | None = None, *, manual_last: bool = False) -> list[str]:
        """The people tagged on a picture (only those from ``source`` when given), in the order tagged; with
        ``manual_last``, the desk's own tags after the ones found."""
        where = "asset_id = ?" + (" AND source = ?" if source is not None else "")
        order = "source = 'manual', id" if manual_last else "id"
        params: list[Cell] = [asset_id, *([source] if source is not None else [])]
        rows = self.conn.execute(f"SELECT name FROM asset_people WHERE {where} ORDER BY {order}", params)
        return [r[0] for r in rows]

    def tag(self, asset_id: int, name: str, source: str, at: str) -> None:
        self.conn.execute(
            "INSERT INTO asset_people (asset_id, name, source, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [asset_id, name, source, at],
        )

    def untag(self, asset_id: int, name: str, *, keep_manual: bool = False) -> None:
        sql = "DELETE FROM asset_people WHERE asset_id = ? AND name = ?" + (
            " AND source != 'manual'" if keep_manual else ""
        )
        self.conn.execute(sql, [asset_id, name])

    def untag_automatic(self, asset_id: int) -> None:
        """Take away every tag linking made, keeping the desk's own (``manual``)."""
        self.conn.execute("DELETE FROM asset_people WHERE asset_id = ? AND source != 'manual'", [asset_id])

    def rename_tag(self, asset_id: int, old: str, new: str) -> None:
        """Rename a tag (left as it is when the picture has the new name already: untag the old one then)."""
        self.conn.execute(
            "UPDATE asset_people SET name = ? WHERE asset_id = ? AND name = ? AND NOT EXISTS (SELECT 1 FROM "
            "asset_people o WHERE o.asset_id = asset_people.asset_id AND o.name = ? "
            "AND o.source = asset_people.source)",
            [new, asset_id, old, new],
        )

    def tag_counts(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT name, count(DISTINCT asset_id) FROM asset_people GROUP BY name")
        return {str(name): int(n) for name, n in rows}


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    """Ids in slices SQLite's bound-parameter limit takes."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
