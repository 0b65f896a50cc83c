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

from catalog.db.journal import HashJournal, HashRow
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
        loaded = _load(library, catalog.journal)
        if loaded is None:
            return HashIndex(rebuild(library))
        header, columns, changed = loaded
        if changed:
            columns, positions = _apply(columns, header, changed, list(catalog.journal.rows(changed)))
            header.seq, header.seq_asset = top_seq, top_asset
            header.max_id = max(header.max_id, *changed)
            write_changes(path, header, columns, positions)
        else:
            columns = columns.head(header.count)
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


def _load(library: Library, journal: HashJournal) -> tuple[Header, Columns, list[int]] | None:
    """The file's header, its records (with room for the changed ones) and the assets whose hashes changed since
    it was written; None when it must be rebuilt (missing, damaged, not this catalog's, or so far behind that
    reading everything costs less)."""
    path = library.index_path
    if not path.exists():
        return None
    try:
        header = read_header(path)
        if not _ours(library, header):
            return None
        top_seq, _ = journal.last()
        if journal.count_since(header.seq) > max(REBUILD_MIN, REBUILD_FRACTION * header.count):
            return None
        changed = journal.changed_since(header.seq, top_seq)
        header, columns = read(path, spare=len(changed))
    except (IndexFileDamaged, OSError, ValueError):
        return None
    return header, columns, changed


def _ours(library: Library, header: Header) -> bool:
    """Made from this catalog (its token), by this hash version, and the journal holds the entry the file says
    it read last (a catalog restored from an older backup beside a newer file fails this)."""
    journal = library.catalog.journal
    if header.hash_version != HASH_VERSION or header.catalog != journal.identity():
        return False
    return header.seq == 0 or journal.asset_at(header.seq) == header.seq_asset


def _apply(columns: Columns, header: Header, changed: list[int], rows: list[HashRow]) -> tuple[Columns, np.ndarray]:
    """``columns`` (``header.count`` records, then room for ``changed``) with ``rows`` written in: a known asset's
    record replaced in place, a new one written into the room after the last, and an asset in ``changed`` that no
    longer has hashes withdrawn (id made negative). Returns the records in use and the positions written."""
    fresh = pack(rows)
    by_id = {int(a): i for i, a in enumerate(fresh.ids)}
    n = header.count
    # only ids up to the largest the file held can be in it already: a one-picture ingest searches nothing
    maybe_known = [a for a in changed if a <= header.max_id]
    positions: dict[int, int] = {}
    if maybe_known:
        hits = np.flatnonzero(np.isin(columns.ids[:n], np.array(maybe_known, dtype=np.int64)))
        positions = {int(columns.ids[i]): int(i) for i in hits}
    for aid, pos in positions.items():
        if aid not in by_id:
            columns.ids[pos] = -aid - 1
    new = [a for a in by_id if a not in positions]
    positions.update({a: n + k for k, a in enumerate(new)})
    targets = {pos: by_id[aid] for aid, pos in positions.items() if aid in by_id}
    if targets:
        to, src = np.array(list(targets), dtype=np.int64), np.array(list(targets.values()), dtype=np.int64)
        columns.ids[to], columns.phash[to], columns.dhash[to] = fresh.ids[src], fresh.phash[src], fresh.dhash[src]
        columns.mirror[to], columns.flat[to] = fresh.mirror[src], fresh.flat[src]
        columns.regions[:, to] = fresh.regions[:, src]
    written = np.array(sorted(positions.values()), dtype=np.int64)
    return columns.head(n + len(new)), written
