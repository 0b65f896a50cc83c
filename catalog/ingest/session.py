"""One ingest as an interface drives it: the steps a person takes part in, and the answer they get.

An ingest has one choice a person makes — whether the pairing of a caption sheet's rows or an article's photo
slots with the batch's pictures is right — and one answer: the batch report. ``IngestSession`` holds the request,
offers the pairing (``plan``, which writes nothing), runs the ingest (``run``), and returns an ``IngestOutcome``
whose ``to_dict`` is the public JSON of ``photodesk ingest --json``. The terminal asks with a prompt; the browser
desk shows the same pairing before anything is written. Neither decides anything else.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from catalog.captions.sheets import CaptionPlan, plan_captions
from catalog.ingest.discover import discover
from catalog.ingest.pipeline import ingest
from catalog.library import Library
from catalog.media.sniff import HEAD_BYTES, sniff
from catalog.model import FAILED, BatchSummary, FileResult, JSONObject
from catalog.ops.dupes import KEEP


@dataclass
class IngestRequest:
    """What to ingest, and how: the command line's (or the upload form's) answers."""

    paths: list[Path]
    captions: Path | None = None  # a caption sheet or an article
    autofix: bool = True
    on_duplicate: str = KEEP
    dry_run: bool = False
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)


@dataclass
class IngestOutcome:
    """What an ingest did: the batch summary and every caption that was offered but not read or applied."""

    summary: BatchSummary
    caption_problems: list[str]

    @property
    def failed(self) -> bool:
        """A file failed, or a caption could not be read or applied: the exit status is 1 (README)."""
        return bool(self.summary.count(FAILED) or self.caption_problems)

    def to_dict(self) -> JSONObject:
        return {**self.summary.to_dict(), "caption_problems": self.caption_problems}


class IngestSession:
    """An ingest of ``request`` into ``library`` (None only for a dry run against a library not made yet)."""

    def __init__(self, library: Library | None, request: IngestRequest) -> None:
        self.library = library
        self.request = request
        self._plan: CaptionPlan | None = None

    def plan(self) -> CaptionPlan | None:
        """The pairing of the captions file with the batch's pictures (in the order ingest finds them), or None
        without one. Writes nothing: an interface shows it and asks before ``run``."""
        captions = self.request.captions
        if captions is None:
            return None
        if self._plan is None:
            own = self.library.own_files() if self.library is not None else frozenset()
            found = discover(self.request.paths, exclude=own | {captions.absolute()})
            self._plan = plan_captions(captions, [p for p in found if _is_picture(p)])
        return self._plan

    def run(self, progress: Callable[[FileResult, int, int], None] | None = None) -> IngestOutcome:
        """Ingest the batch with the pairing as planned (the plan is made first when nobody asked for it)."""
        plan = self.plan()
        r = self.request
        summary = ingest(
            self.library,
            r.paths,
            jobs=r.jobs,
            dry_run=r.dry_run,
            progress=progress,
            offers=plan.offers if plan else None,
            autofix=r.autofix,
            exclude=[r.captions] if r.captions else [],
            on_duplicate=r.on_duplicate,
        )
        problems = (plan.problems if plan else []) + summary.sidecar_problems()
        return IngestOutcome(summary, problems)


def _is_picture(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return sniff(fh.read(HEAD_BYTES)) is not None
    except OSError:
        return False
