"""The single writer of ingest: it records what the workers prepared, in short transactions, in this process.

Rows are recorded only for files already complete and durable in the store (the workers' new files have their
folders fsynced here, once per transaction, just before it), so the catalog never references a missing file;
with ``--on-duplicate skip`` it first asks the ``CopyGate`` whether a picture is a copy, and stores it only when it
is not. Sidecars and caption offers are recorded with their picture; the batch's counts stay current.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from catalog.captions.resolve import embedded_offer
from catalog.captions.sidecars import SidecarFinder, read_sidecar
from catalog.errors import UnreadableImage
from catalog.ingest.gate import CopyGate
from catalog.ingest.phases import reached
from catalog.ingest.worker import Prepared
from catalog.library import Library
from catalog.media.files import open_regular
from catalog.model import DUPLICATE, FAILED, NEW, PRESENT, SKIPPED, CaptionOffer, FileResult, now_iso

COMMIT_EVERY_FILES = 32
COMMIT_EVERY_SECONDS = 2.0


class Writer:
    """The single writer: batches rows into short transactions and keeps the batch's counts current."""

    def __init__(
        self,
        library: Library | None,
        dry_run: bool,
        sources: list[str],
        offers: Mapping[str, list[CaptionOffer]],
        *,
        gate: bool = False,
    ) -> None:
        self.library = None if dry_run else library
        self.gate = CopyGate(self.library) if gate and self.library is not None else None
        self.offers = offers
        self.find_sidecars = SidecarFinder()
        self.sidecar_offers: dict[str, list[CaptionOffer]] = {}  # by picture path, read in add()
        self.to_link: list[int] = []
        self.pending: list[Prepared] = []
        self.results: list[FileResult] = []
        self.seen: dict[str, int | None] = {}  # sha256 -> asset id, within this run
        self.last_commit = time.monotonic()
        self.batch_id: int | None = None
        if self.library is not None:
            self.library.store.ensure()
            self.library.store.remove_stale_temporaries()
            self._surviving_restarts(lambda: self._start(sources))
            reached("batch-row")

    def add(self, prepared: Prepared) -> FileResult:
        if self.library is None:
            return self._dry(prepared)
        gated = self.gate is not None and prepared.outcome == "record"
        if gated:
            self._decide(prepared)
        self.pending.append(prepared)
        result = FileResult(
            prepared.path,
            prepared.outcome,
            sha256=prepared.sha256,
            reason=prepared.reason,
            warnings=list(prepared.warnings),
            duplicate_of=prepared.duplicate_of,
        )
        self.sidecar_offers[prepared.path] = self._read_sidecars(result, prepared)
        self.results.append(result)
        if gated:  # committed at once, so the next picture of the batch is checked against this one too
            self.flush()
            if self.gate is not None and result.status == NEW and result.asset_id is not None and prepared.record:
                self.gate.accept(result.asset_id, prepared.record)
        elif len(self.pending) >= COMMIT_EVERY_FILES or time.monotonic() - self.last_commit > COMMIT_EVERY_SECONDS:
            self.flush()
        return result

    def _decide(self, prepared: Prepared) -> None:
        """--on-duplicate skip: a copy is marked to be recorded against its keeper, and nothing is stored;
        anything else is stored now (the worker left it unstored)."""
        assert self.gate is not None and self.library is not None and prepared.record is not None
        record = prepared.record
        seen = self.gate.copy_of(record, prepared.thumbnail or b"")
        if seen is None:
            try:
                self._store(prepared)
            except (OSError, UnreadableImage) as e:
                prepared.outcome, prepared.reason = FAILED, getattr(e, "reason", None) or str(e)
            return
        keeper = self.library.catalog.assets.get(seen.keeper)
        prepared.outcome, prepared.duplicate_of = DUPLICATE, seen.keeper
        kept = f"{keeper.width}x{keeper.height}" if keeper else "?"
        prepared.reason = seen.reason(f"{record.width}x{record.height}", kept)

    def _store(self, prepared: Prepared) -> None:
        """Store a picture the worker left unstored: its bytes read again and checked against the SHA-256."""
        assert self.library is not None and prepared.record is not None
        with open_regular(Path(prepared.path)) as fh:
            data = fh.read()
        if hashlib.sha256(data).hexdigest() != prepared.sha256:
            raise UnreadableImage(prepared.path, "the file changed while it was being ingested: run again")
        self.library.store.put(prepared.record.path, data, sync=False)  # made durable by flush()
        self.library.store.put(prepared.record.thumbnail or "", prepared.thumbnail or b"", sync=False)

    def _dry(self, prepared: Prepared) -> FileResult:
        status = prepared.outcome
        if status in ("record", "known"):
            known = status == "known" or (prepared.sha256 in self.seen)
            status = PRESENT if known else NEW
            self.seen[prepared.sha256 or ""] = None
        result = FileResult(
            prepared.path, status, sha256=prepared.sha256, reason=prepared.reason, warnings=list(prepared.warnings)
        )
        self._read_sidecars(result, prepared)
        return result

    def _read_sidecars(self, result: FileResult, prepared: Prepared) -> list[CaptionOffer]:
        """A picture's sidecars, each noted in its result; one that cannot be read is also a warning."""
        if prepared.outcome in (FAILED, SKIPPED, DUPLICATE):  # a copy not stored takes no captions
            return []
        offers = []
        for path in self.find_sidecars(Path(prepared.path)):
            offer, note = read_sidecar(path)
            result.sidecars.append(note)
            if note.problem:
                result.warnings.append(f"sidecar {path.name}: {note.problem}")
            if offer is not None:
                offers.append(offer)
        return offers

    def flush(self) -> None:
        """Record the pending files in one transaction and update the results handed out by ``add``. When the
        catalog's server goes away meanwhile (a PostgreSQL restart), the transaction is run again once it is
        back: the batch goes on, nothing recorded twice."""
        if self.library is None or not self.pending:
            return
        linking, sidecars = len(self.to_link), dict(self.sidecar_offers)

        def undo() -> None:  # what the lost transaction did is undone: it is done again
            del self.to_link[linking:]
            self.sidecar_offers = dict(sidecars)

        self._surviving_restarts(self._flush, undo)

    def _surviving_restarts(self, write: Callable[[], None], undo: Callable[[], None] | None = None) -> None:
        """Run ``write`` (one transaction); when the catalog's server went away under it, wait until it is back
        (``Catalog.recover``), ``undo`` what ``write`` changed in this object, and run it again."""
        from catalog.db import storage_errors

        assert self.library is not None
        while True:
            try:
                write()
                return
            except storage_errors() as e:
                if not self.library.catalog.recover(e):
                    raise
                if undo is not None:
                    undo()

    def _flush(self) -> None:
        assert self.library is not None
        offset = len(self.results) - len(self.pending)
        catalog = self.library.catalog
        stored = [p.record for p in self.pending if p.outcome == "record" and p.record is not None]
        self.library.store.sync_folders([r.path for r in stored] + [r.thumbnail for r in stored if r.thumbnail])
        with catalog.transaction():
            for i, prepared in enumerate(self.pending):
                result = self.results[offset + i]
                result.status, result.asset_id = self._record(prepared)
                catalog.batches.add_file(
                    self._batch(),
                    result.path,
                    result.status,
                    result.asset_id,
                    result.sha256,
                    result.reason,
                    result.warnings,
                )
            counts = {s: sum(1 for r in self.results if r.status == s) for s in (NEW, PRESENT, FAILED, SKIPPED)}
            catalog.batches.count(self._batch(), counts)
        reached("rows-written")
        self.pending.clear()
        self.last_commit = time.monotonic()

    def _record(self, prepared: Prepared) -> tuple[str, int | None]:
        assert self.library is not None
        catalog = self.library.catalog
        source = str(Path(prepared.path).absolute())
        if prepared.outcome == DUPLICATE and prepared.duplicate_of is not None:  # recorded against its keeper
            catalog.assets.add_source(prepared.duplicate_of, source, self.batch_id, now_iso())
            return DUPLICATE, prepared.duplicate_of
        if prepared.outcome not in ("record", "known") or prepared.sha256 is None:
            return prepared.outcome, None
        status = PRESENT
        if prepared.outcome == "record" and prepared.record is not None:
            new = catalog.assets.insert_new(prepared.record, ingested_at=now_iso(), batch_id=self.batch_id)
            status = NEW if new else PRESENT
        asset_id = catalog.assets.id_of(prepared.sha256)
        assert asset_id is not None, "recorded or known, so in the catalog"
        if status == NEW and prepared.record is not None:
            catalog.offers.put(asset_id, embedded_offer(prepared.record), now_iso())
            self.to_link.append(asset_id)
        offers = list(self.offers.get(prepared.path, []))
        offers += self.sidecar_offers.pop(prepared.path, [])
        for offer in offers:
            catalog.offers.put(asset_id, offer, now_iso())
        if offers and asset_id not in self.to_link:
            self.to_link.append(asset_id)
        catalog.assets.add_source(asset_id, source, self.batch_id, now_iso())
        return status, asset_id

    def _batch(self) -> int:
        if self.batch_id is None:
            raise RuntimeError("no batch row: this writer is a dry run")
        return self.batch_id

    def finish(self, status: str) -> None:
        if self.library is None:
            return
        try:
            self.flush()
        finally:
            self._surviving_restarts(lambda: self._finish(status))

    def _start(self, sources: list[str]) -> None:
        assert self.library is not None
        with self.library.catalog.transaction():
            self.batch_id = self.library.catalog.batches.start(sources, now_iso())

    def _finish(self, status: str) -> None:
        assert self.library is not None
        with self.library.catalog.transaction():
            self.library.catalog.batches.finish(self._batch(), status, now_iso())
