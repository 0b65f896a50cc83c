"""The watch: folders looked at, ready pictures ingested in small batches, each arrival recorded and reported.

One look (``tick``) takes what changed (events, or a walk), looks again at every file still waited for, asks
the settler what is ready, and ingests it through the batch pipeline — the same workers, writer, linking and
duplicate handling as ``photodesk ingest`` — at most ``batch`` pictures at a time, so the first lines of a burst
come while the rest is still being read. Each picture then becomes an ``Arrival`` row (``catalog.db.arrivals``):
that row is how a restarted watch knows the file was taken (same path, size and modification time), and what the
desk's arrivals screen shows.

Nothing arriving stops the watch: a file that is no picture or cannot be read is reported, recorded and set
aside (moved to the set-aside folder when there is one; never taken again until it changes). The catalog or the
store unreachable is reported once, and the same pictures are tried again after ``RETRY`` seconds. Interrupted
(Ctrl-C, a kill), the batch being written is rolled back or completed as any ingest's is; its pictures have no
arrival row yet, so the next watch takes them again, and ingest finds them already in the library.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from catalog.captions.sheets import (
    SHEET_SUFFIXES,
    CaptionFileError,
    SheetRow,
    match_sheet,
    read_caption_text,
    read_sheet,
    sheet_delimiter,
)
from catalog.db.engine_errors import storage_errors
from catalog.errors import PhotodeskError
from catalog.ingest.pipeline import ingest
from catalog.library import Library
from catalog.model import DUPLICATE, FAILED, NEW, PRESENT, SKIPPED, Arrival, BatchSummary, CaptionOffer
from catalog.ops.assets import credit_line
from catalog.ops.dupes import KEEP
from catalog.watch.place import beside, free_name, move
from catalog.watch.settle import GIVE_UP, LOOK, PAIR_WAIT, SETTLE, Ready, Settler, Stat
from catalog.watch.source import POLL, RESCAN, Events, on_network_share, walk_files

RETRY = 5.0  # seconds before pictures that could not be ingested (catalog or store unreachable) are tried again
STORED = (NEW, PRESENT, DUPLICATE)  # went into the catalog: moved to the done folder


class WatchError(PhotodeskError):
    pass


@dataclass
class WatchOptions:
    """What ``photodesk watch`` was asked to do."""

    folders: list[Path]
    captions: Path | None = None  # a caption sheet, read again whenever it changes
    on_duplicate: str = KEEP
    move_to: Path | None = None  # pictures ingested (and their sidecars) are moved here
    set_aside: Path | None = None  # files that failed or are no pictures (default: MOVE_TO/failed)
    autofix: bool = True
    jobs: int = 1
    settle: float = SETTLE
    pair_wait: float = PAIR_WAIT
    give_up: float = GIVE_UP
    poll: float | None = None  # walk every this many seconds instead of waiting for file events
    batch: int = 50


@dataclass
class WatchSummary:
    """What a watch did, for its last words (Ctrl-C) and ``--json``."""

    started: float
    counts: Counter[str] = field(default_factory=Counter)
    waiting: list[str] = field(default_factory=list)  # sidecars whose picture has not come
    pending: int = 0  # pictures still arriving
    polling: bool = False


class Watcher:
    """A watch of ``options.folders`` into ``library``. ``report`` hears of each arrival, ``notice`` of what the
    watch itself meets (events unavailable, a caption sheet unreadable, the catalog unreachable)."""

    def __init__(
        self,
        library: Library,
        options: WatchOptions,
        report: Callable[[Arrival], None],
        notice: Callable[[str], None],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.library = library
        self.options = options
        self.report = report
        self.notice = notice
        self.clock = clock
        self.folders = [_folder(f) for f in options.folders]
        self.move_to = options.move_to.absolute() if options.move_to else None
        aside = options.set_aside or (options.move_to / "failed" if options.move_to else None)
        self.set_aside = aside.absolute() if aside else None
        self.captions = _sheet(options.captions) if options.captions else None
        # never arrivals: the library's own files, where arrivals are put away, and the caption sheet (which may
        # well sit in the folder it captions)
        self.exclude = library.own_files() | {p for p in (self.move_to, self.set_aside, self.captions) if p}
        self.settler = Settler(options.settle, options.pair_wait, options.give_up)
        self.summary = WatchSummary(started=clock())
        self.moved: dict[Path, Path] = {}  # pictures moved to the done folder, from where they arrived
        self.taken: dict[Path, tuple[Path, Stat]] = {}  # this watch's pictures: where they are -> (arrived as, stat)
        self._offered: dict[Path, CaptionOffer] = {}  # the sheet's row each was ingested with, by where it is
        self._sheet: tuple[Stat, list[SheetRow]] | None = None
        self._sheet_warned: Stat | None = None
        self._retry_at = 0.0
        self._walk_at = 0.0
        self.events: Events | None = None
        self.summary.polling = options.poll is not None or any(on_network_share(f) for f in self.folders)
        if not self.summary.polling:
            try:
                self.events = Events(self.folders)
            except (OSError, RuntimeError) as e:  # no inotify (a container's limit), or the OS refused
                self.summary.polling = True
                self.notice(f"file events unavailable ({e}): walking the folders every {self._interval():g} s")

    def _interval(self) -> float:
        return self.options.poll or (POLL if self.summary.polling else RESCAN)

    def close(self) -> None:
        if self.events is not None:
            self.events.close()
            self.events = None

    def run(self, until: Callable[[], bool] = lambda: False) -> WatchSummary:
        """Watch until ``until()`` is true (or Ctrl-C, which propagates after the batch under way is settled)."""
        while not until():
            self.tick()
        return self.finish()

    def finish(self) -> WatchSummary:
        self.summary.waiting = [str(p) for p in self.settler.waiting()]
        self.summary.pending = len(self.settler.pictures)
        return self.summary

    def tick(self) -> list[Arrival]:
        """One look at the folders, and the ingest of what is ready: the arrivals recorded."""
        changed: set[Path] = set()
        if self.events is not None:
            changed = self.events.changed(LOOK)
            if self.events.failed is not None:
                self.notice(f"file events stopped ({self.events.failed}): walking the folders every {POLL:g} s")
                self.events = None
                self.summary.polling = True
        else:
            time.sleep(LOOK)
        now = self.clock()
        if now >= self._walk_at:
            self._walk_at = now + self._interval()
            for folder in self.folders:
                changed.update(walk_files(folder, self.exclude))
        for path in changed:
            if path.is_dir() and not path.is_symlink():
                changed_files = walk_files(path, self.exclude)
                for inner in changed_files:
                    self._look(inner, now)
            else:
                self._look(path, now)
        for path in [*self.settler.pictures, *self.settler.sidecars]:
            self._look(path, now)
        if now < self._retry_at:
            return []
        return self._ingest(self.settler.ready(now) + self._sheet_news(now))

    def _sheet_news(self, now: float) -> list[Ready]:
        """When the caption sheet changed: pictures this watch took before their row was there (or with another
        row), read again with the row now there."""
        before = self._sheet[0] if self._sheet is not None else None
        rows = self._sheet_rows()
        if not rows or self._sheet is None or self._sheet[0] == before or not self.taken:
            return []
        try:
            matched, _ = match_sheet(rows, list(self.taken))
        except CaptionFileError:
            return []  # said when the batch's offers were asked for
        out = []
        for where, offer in matched.items():
            if self._offered.get(where) != offer:
                arrived, stat = self.taken[where]
                out.append(Ready(arrived, stat, (), now, again=True))
        return out

    def _look(self, path: Path, now: float) -> None:
        if any(path == e or e in path.parents for e in self.exclude) or self._in_hidden_folder(path):
            return
        try:
            info = path.stat()
        except OSError:
            self.settler.observe(path, None, now)
            return
        if not os.path.isfile(path):
            return
        stat = Stat(info.st_size, info.st_mtime_ns)
        if self.settler.is_new(path, stat) and self.library.catalog.arrivals.taken(str(path), *_key(stat)):
            self.settler.known(path, stat)
            return
        self.settler.observe(path, stat, now)

    def _in_hidden_folder(self, path: Path) -> bool:
        """Inside a hidden folder of a watched one (a sync client's ``.sync``, a ``.Trash``): passed over, as the
        walks pass it over."""
        for root in self.folders:
            if root in path.parents:
                return any(part.startswith(".") for part in path.relative_to(root).parts[:-1])
        return False

    def _ingest(self, ready: Sequence[Ready]) -> list[Arrival]:
        out: list[Arrival] = []
        unreachable: tuple[type[Exception], ...] = (PhotodeskError, OSError, *storage_errors())
        for start in range(0, len(ready), self.options.batch):
            chunk = [self._from_done_folder(r) for r in ready[start : start + self.options.batch]]
            offers = self._offers([r.picture for r in chunk])
            try:
                summary = ingest(
                    self.library,
                    [r.picture for r in chunk],
                    jobs=self.options.jobs,
                    offers=offers,
                    autofix=self.options.autofix,
                    exclude=[self.captions] if self.captions else [],
                    on_duplicate=self.options.on_duplicate,
                )
            except unreachable as e:
                self.notice(f"not ingested now ({e}); trying again in {RETRY:g} s")
                for r in ready[start:]:
                    self.settler.again_later(r)
                self._retry_at = self.clock() + RETRY
                return out
            for arrived_as, r in zip(ready[start : start + self.options.batch], chunk, strict=True):
                arrival = self._arrived(r, summary)
                out.append(arrival)
                if arrival.status not in STORED:
                    continue
                where = Path(arrival.moved_to) if arrival.moved_to else r.picture
                self.taken[where] = (arrived_as.picture, r.stat)
                if offers and str(r.picture) in offers:
                    self._offered[where] = offers[str(r.picture)][0]
        return out

    def _from_done_folder(self, ready: Ready) -> Ready:
        """A sidecar late for a picture already moved to the done folder joins it there, and the picture is read
        again from there."""
        moved = self.moved.get(ready.picture)
        if not ready.again or moved is None:
            return ready
        sidecars = tuple(move(s, beside(moved, ready.picture, s)) for s in ready.sidecars)
        return Ready(moved, ready.stat, sidecars, ready.first_seen, again=True)

    def _arrived(self, ready: Ready, summary: BatchSummary) -> Arrival:
        result = next((f for f in summary.files if Path(f.path) == ready.picture), None)
        status = result.status if result else FAILED
        asset = None
        if result is not None and result.asset_id is not None:
            asset = self.library.catalog.assets.many([result.asset_id]).get(result.asset_id)
        links = summary.links
        arrival = Arrival(
            path=str(ready.picture),
            size=ready.stat.size,
            mtime_ns=ready.stat.mtime_ns,
            status=status,
            arrived_at=iso_ms(ready.first_seen),
            ingested_at=iso_ms(self.clock()),
            asset_id=result.asset_id if result else None,
            batch_id=summary.batch_id,
            reason=result.reason if result else "ingest reported nothing for it",
            credit_line=credit_line(asset) if asset else None,
            duplicate_of=result.duplicate_of if result else None,
            corrections=[
                {"from": c["from"], "to": c["to"], "id": c.get("id")}
                for c in (links.corrections if links else [])
                if result is not None and c.get("asset_id") == result.asset_id
            ],
            reviews=[
                str(r.get("written"))
                for r in (links.reviews if links else [])
                if result is not None and r.get("asset_id") == result.asset_id
            ],
            sidecars=[n.path for n in result.sidecars] if result else [],
            warnings=list(result.warnings) if result else [],
            again=ready.again,
        )
        if not ready.again:
            arrival.moved_to = self._put_away(ready, status, arrival)
        with self.library.catalog.transaction():
            arrival.id = self.library.catalog.arrivals.record(arrival)
        self.summary.counts["again" if ready.again else status] += 1
        self.report(arrival)
        return arrival

    def _put_away(self, ready: Ready, status: str, arrival: Arrival) -> str | None:
        """Move an ingested picture and its sidecars to the done folder, a bad file to the set-aside folder,
        under the same folders as it arrived in; a name taken there gets a number (nothing is overwritten)."""
        target = self.move_to if status in STORED else self.set_aside
        if target is None or status not in (*STORED, FAILED, SKIPPED):
            return None
        root = next(f for f in self.folders if f in ready.picture.parents)
        destination = free_name(target / ready.picture.relative_to(root))
        try:
            move(ready.picture, destination)
            for sidecar in ready.sidecars:
                move(sidecar, beside(destination, ready.picture, sidecar))
        except OSError as e:
            arrival.warnings.append(f"not moved to {target}: {e.strerror or e}")
            return None
        self.settler.forget(ready.picture)
        for sidecar in ready.sidecars:
            self.settler.forget(sidecar)
        self.moved[ready.picture] = destination
        return str(destination)

    def _offers(self, pictures: list[Path]) -> dict[str, list[CaptionOffer]] | None:
        """The caption sheet's rows for these pictures (rows for pictures still to come are not problems)."""
        rows = self._sheet_rows()
        if not rows:
            return None
        try:
            matched, _ = match_sheet(rows, pictures)
        except CaptionFileError as e:
            self.notice(f"{e}: nothing linked from it for {len(pictures)} picture(s)")
            return None
        return {str(p): [offer] for p, offer in matched.items()}

    def _sheet_rows(self) -> list[SheetRow]:
        if self.captions is None:
            return []
        try:
            info = self.captions.stat()
        except OSError as e:
            self.notice(f"{self.captions}: {e.strerror or e}: pictures ingested without its captions")
            return []
        stat = Stat(info.st_size, info.st_mtime_ns)
        if self._sheet is None or self._sheet[0] != stat:
            try:
                self._sheet = (stat, read_sheet(self.captions))
            except CaptionFileError as e:
                if self._sheet_warned != stat:
                    self.notice(f"{e}: pictures ingested without its captions until it is mended")
                    self._sheet_warned = stat
                return []
        return self._sheet[1]


def iso_ms(epoch: float) -> str:
    """A time (seconds since the epoch) as ISO 8601 UTC text to the millisecond: an arrival's times, whose
    difference is the watch's latency."""
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _key(stat: Stat) -> tuple[int, int]:
    return stat.size, stat.mtime_ns


def _folder(path: Path) -> Path:
    folder = path.absolute()
    if not folder.is_dir():
        raise WatchError(f"{path}: not a folder (watch takes the folders pictures are dropped into)")
    return folder


def _sheet(path: Path) -> Path:
    """A caption sheet: its rows name their pictures, so they pair with pictures whenever they come. An article
    pairs its photo slots with a whole batch in order, which a watch never has."""
    try:
        text = read_caption_text(path)
    except CaptionFileError as e:
        raise WatchError(str(e)) from None
    if path.suffix.lower() not in SHEET_SUFFIXES and sheet_delimiter(text) is None:
        raise WatchError(
            f"{path}: an article, not a caption sheet: its photo slots pair with a whole batch in order, so "
            "ingest that batch with 'photodesk ingest --captions'"
        )
    return path.absolute()
