"""What the desk shows of ingests: every batch's report, newest first, and the files of one batch."""

from __future__ import annotations

from dataclasses import dataclass, field

from catalog.errors import PhotodeskError
from catalog.library import Library
from catalog.model import Batch, BatchFile

PAGE = 100


class BatchNotFound(PhotodeskError):
    def __init__(self, ident: str) -> None:
        super().__init__(f"no batch {ident!r}")


@dataclass
class BatchList:
    batches: list[Batch]
    offset: int
    more: bool


@dataclass
class BatchDetail:
    batch: Batch
    files: list[BatchFile] = field(default_factory=list)


def batch_list(library: Library, *, offset: int = 0, size: int = PAGE) -> BatchList:
    """A page of batches, newest first."""
    found = library.catalog.batches.recent(size + 1, offset)
    return BatchList(found[:size], offset, len(found) > size)


def batch_detail(library: Library, ident: str) -> BatchDetail:
    """One batch with every file it was given (what became of it, why, and its warnings)."""
    if not ident.isdigit():
        raise BatchNotFound(ident)
    batch = library.catalog.batches.get(int(ident))
    if batch is None:
        raise BatchNotFound(ident)
    return BatchDetail(batch, library.catalog.batches.files(batch.id))
