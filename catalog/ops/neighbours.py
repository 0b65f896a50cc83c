"""The neighbour index, kept in step with the catalog: ``open_index`` for every lookup of copies, ``rebuild`` for
``check --repair``, ``status`` for ``check``.

Opening reads the index file (``dupes.index_file``; one read of packed integers) and applies what the catalog's
hash journal recorded since the file was written — at an ingest of one picture, that is one row — so the cost of
an ingest no longer includes decoding every hash in the catalog (3.7 s at 100,000 assets before). The file is
brought up to date under the catalog's write lock, so two processes never append the same records; a file that is
missing, damaged, of another hash version or made from another catalog is rebuilt from the catalog, as is one
so far behind that applying the journal would cost more than reading everything (``dupes scan`` rehashes all).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from catalog.db.journal import HashRow
from catalog.dupes.index_file import Columns, Header, IndexFileDamaged, read, read_header, write, write_changes
from catalog.dupes.neighbors import HashIndex, pack
from catalog.library import Library
from catalog.model import HASH_VERSION

REBUILD_FRACTION = 0.25  # journal entries, as a share of the records, past which reading everything is cheaper
REBUILD_MIN = 20_000
READ_CHUNK = 65_536


@dataclass(frozen=True)
class IndexStatus:
    """What ``check`` says of the index file: records held, journal entries not yet applied, and a problem."""

    records: int
    behind: int
    problem: str | None  # missing | damaged (why) | stale (another hash version or another catalog)


def open_index(library: Library) -> HashIndex:
    """The neighbour index over every hashed asset, its file brought up to date first."""
    catalog = library.catalog
    path = library.index_path
    with catalog.transaction():
        top_seq, top_asset = catalog.journal.last()
        loaded = _load(library)
        if loaded is None:
            return HashIndex(rebuild(library))
        header, columns = loaded
        behind = catalog.journal.count_since(header.seq)
        if behind > max(REBUILD_MIN, REBUILD_FRACTION * len(columns)):
            return HashIndex(rebuild(library))
        if behind:
            changed = catalog.journal.changed_since(header.seq, top_seq)
            columns, positions = _apply(columns, header.max_id, changed, list(catalog.journal.rows(changed)))
            header.seq, header.seq_asset = top_seq, top_asset
            header.max_id = max(header.max_id, *changed)
            write_changes(path, header, columns, positions)
    return HashIndex(columns)


def rebuild(library: Library) -> Columns:
    """Write the index file anew from the catalog's hash columns; returns what it holds."""
    catalog = library.catalog
    with catalog.transaction():  # the journal's position and the rows read agree: no hash changes meanwhile
        seq, seq_asset = catalog.journal.last()
        parts = [Columns.empty()]
        chunk: list[HashRow] = []
        for row in catalog.journal.rows():
            chunk.append(row)
            if len(chunk) == READ_CHUNK:
                parts.append(pack(chunk))
                chunk = []
        parts.append(pack(chunk))
        columns = Columns.join(parts)
        max_id = int(columns.ids.max()) if len(columns) else 0
        header = Header(HASH_VERSION, 0, 0, seq, seq_asset, max_id, catalog.journal.identity())
        write(library.index_path, header, columns)
    return columns


def status(library: Library) -> IndexStatus:
    """The index file's state, read only (nothing is written: ``check`` without ``--repair``)."""
    journal = library.catalog.journal
    if not library.index_path.exists():
        return IndexStatus(0, journal.count_since(0), "missing" if journal.hashed_count() else None)
    try:
        header = read_header(library.index_path)
    except (IndexFileDamaged, OSError) as e:
        return IndexStatus(0, 0, f"damaged ({e})")
    if not _ours(library, header):
        return IndexStatus(header.count, 0, "stale (made from another catalog or by another hash version)")
    return IndexStatus(header.count, journal.count_since(header.seq), None)


def _load(library: Library) -> tuple[Header, Columns] | None:
    if not library.index_path.exists():
        return None
    try:
        header, columns = read(library.index_path)
    except (IndexFileDamaged, OSError, ValueError):
        return None
    return (header, columns) if _ours(library, header) else None


def _ours(library: Library, header: Header) -> bool:
    """Made from this catalog (its token), by this hash version, and the journal holds the entry the file says
    it read last (a catalog restored from an older backup beside a newer file fails this)."""
    journal = library.catalog.journal
    if header.hash_version != HASH_VERSION or header.catalog != journal.identity():
        return False
    return header.seq == 0 or journal.asset_at(header.seq) == header.seq_asset


def _apply(columns: Columns, max_id: int, changed: list[int], rows: list[HashRow]) -> tuple[Columns, np.ndarray]:
    """``columns`` with ``rows`` written in: a known asset's record replaced in place, a new one appended, and an
    asset in ``changed`` that no longer has hashes withdrawn (id made negative). Returns the positions written."""
    fresh = pack(rows)
    by_id = {int(a): i for i, a in enumerate(fresh.ids)}
    # only ids up to the largest the file held can be in it already: a one-picture ingest searches nothing
    maybe_known = [a for a in changed if a <= max_id]
    positions: dict[int, int] = {}
    if maybe_known:
        hits = np.flatnonzero(np.isin(columns.ids, np.array(maybe_known, dtype=np.int64)))
        positions = {int(columns.ids[i]): int(i) for i in hits}
    for aid, pos in positions.items():
        j = by_id.get(aid)
        if j is None:
            columns.ids[pos] = -aid - 1
            continue
        columns.phash[pos], columns.dhash[pos], columns.mirror[pos] = fresh.phash[j], fresh.dhash[j], fresh.mirror[j]
        columns.regions[:, pos] = fresh.regions[:, j]
        columns.flat[pos] = fresh.flat[j]
    new = np.array([j for a, j in by_id.items() if a not in positions], dtype=np.int64)
    start = len(columns)
    if len(new):
        columns = columns.concat(fresh.take(new))
    written = np.array(sorted(positions.values()) + list(range(start, len(columns))), dtype=np.int64)
    return columns, written
