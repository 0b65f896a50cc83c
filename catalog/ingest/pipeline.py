"""Batch ingest: discover -> read, hash and decode (a process pool) -> one writer in this process.

Workers (``worker``) do everything that needs the pixels: SHA-256, format check, metadata, thumbnail, and the
atomic copy into the store. The writer (``writer``) only records rows, in transactions of a few dozen files, so the
catalog never references a file that is not complete in the store, and a run killed at any moment leaves a
consistent catalog: files stored but not yet recorded are found by their SHA-256 next time and recorded then.
``dry_run`` runs the same workers without writing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

from catalog.captions.sidecars import SIDECAR_SUFFIXES
from catalog.ingest.discover import walk
from catalog.ingest.phases import reached
from catalog.ingest.worker import Prepared, Preparer, init_worker, prepare_in_worker
from catalog.ingest.writer import Writer
from catalog.library import Library
from catalog.model import DUPLICATE, FAILED, NEW, SKIPPED, BatchSummary, CaptionOffer, FileResult
from catalog.ops.dupes import KEEP, SKIP, after_ingest
from catalog.ops.link import link

Progress = Callable[[FileResult, int, int], None]


def ingest(
    library: Library | None,
    paths: Sequence[Path],
    *,
    jobs: int = 1,
    dry_run: bool = False,
    progress: Progress | None = None,
    offers: Mapping[str, list[CaptionOffer]] | None = None,
    autofix: bool = True,
    exclude: Iterable[Path] = (),
    on_duplicate: str = KEEP,
) -> BatchSummary:
    """Ingest ``paths`` (files and folders) into ``library``; with ``dry_run`` nothing is written.

    ``offers`` are captions from a sheet or an article, keyed by the file path as discovered; sidecars beside
    each picture are found here. After the rows are committed, captions, credits and people are resolved
    (``ops.link.link``), then copies are found and grouped (``ops.dupes.after_ingest``, by ``on_duplicate``).
    ``library`` may be None only for a dry run against a library that does not exist yet.
    """
    own = library.own_files() if library is not None else frozenset()
    walked = walk(paths, exclude=own | {p.absolute() for p in exclude})
    found = walked.files
    sidecars = _sidecar_files(found)
    files = [str(p) for p in found if p not in sidecars]
    root = str(library.root) if library is not None else None
    store_url = library.store.spec if library is not None else None  # each worker opens the store itself
    defer = on_duplicate == SKIP and library is not None and not dry_run
    writer = Writer(library, dry_run, [str(p) for p in paths], offers or {}, gate=defer)
    summary = BatchSummary(batch_id=writer.batch_id, dry_run=dry_run)
    summary.files += [writer.add(Prepared(str(p), SKIPPED, reason=why)) for p, why in walked.passed_over]
    executor: Executor | None = None
    preparer: Preparer | None = None
    try:
        if jobs > 1 and len(files) > 1:
            executor = ProcessPoolExecutor(
                max_workers=jobs, initializer=init_worker, initargs=(root, not dry_run, defer, store_url)
            )
            results: Iterable[Prepared] = executor.map(prepare_in_worker, files)
        else:
            preparer = Preparer(root, not dry_run, defer, store_url)
            results = (preparer.prepare(f) for f in files)
        for done, prepared in enumerate(results, 1):
            result = writer.add(prepared)
            summary.files.append(result)
            if progress is not None:
                progress(result, done, len(files))
        writer.flush()
        summary.files += _unclaimed_sidecars(sidecars, summary.files)
        if executor is not None:
            executor.shutdown()
            executor = None
        if library is not None and not dry_run:
            _resolve(library, summary, writer.to_link, autofix=autofix, on_duplicate=on_duplicate)
        reached("before-done")
        writer.finish("done")
    except BaseException:
        summary.interrupted = True
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
            executor = None
        writer.finish("interrupted")
        raise
    finally:
        if executor is not None:
            executor.shutdown()
        if preparer is not None:
            preparer.close()
    return summary


def _resolve(library: Library, summary: BatchSummary, to_link: list[int], *, autofix: bool, on_duplicate: str) -> None:
    """After the rows are in: captions, credits and people, then duplicates (part of the batch: an interrupt
    here marks the batch interrupted, and the next run or 'check --repair' finishes the linking)."""
    summary.links = link(library, to_link, autofix=autofix)
    new_ids = [f.asset_id for f in summary.files if f.status == NEW and f.asset_id is not None]
    reached("before-dedupe")
    summary.copies = after_ingest(library, new_ids, on_duplicate)
    by_id = {note.asset_id: note for note in summary.copies}
    for f in summary.files:
        note = by_id.get(f.asset_id) if f.asset_id is not None else None
        if note is not None:
            f.duplicate_of = note.duplicate_of


def _sidecar_files(found: list[Path]) -> dict[Path, Path]:
    """Sidecar files among ``found``, each with the file it belongs to (same name, other extension, any case:
    ``a.txt`` belongs to ``A.JPG``). They are read with their picture, not ingested as files of their own."""
    by_stem: dict[tuple[Path, str], Path] = {}
    for path in found:
        if path.suffix.lower() not in SIDECAR_SUFFIXES:
            by_stem.setdefault((path.parent, path.stem.casefold()), path)
            by_stem.setdefault((path.parent, path.name.casefold()), path)
    out = {}
    for path in found:
        if path.suffix.lower() in SIDECAR_SUFFIXES:
            owner = by_stem.get((path.parent, path.stem.casefold()))
            if owner is not None:
                out[path] = owner
    return out


def _unclaimed_sidecars(sidecars: dict[Path, Path], results: list[FileResult]) -> list[FileResult]:
    """Sidecars whose file did not become a picture (it failed, or is no picture): skipped, and said so."""
    read = {Path(note.path).absolute() for r in results for note in r.sidecars}
    status = {Path(r.path).absolute(): r.status for r in results}
    out = []
    for path, owner in sidecars.items():
        if path.absolute() not in read:
            why = {FAILED: "failed", DUPLICATE: "is a copy that was not stored"}.get(
                status.get(owner.absolute(), ""), "is not a picture"
            )
            out.append(FileResult(str(path), SKIPPED, reason=f"sidecar of {owner.name}, which {why}: not read"))
    return out
