"""Which arrived pictures are ready to ingest, and with which sidecars: decided from what the watched folders hold
over time, never from a single look.

The watcher tells ``Settler`` what it sees (``observe``: a path and its size and modification time, or that it is
gone) and asks what is ``ready``. A picture is ready when

- its name is not a temporary one (``complete.is_temporary``: its final name arrives by a rename);
- it is *still*: its size and modification time unchanged for the settle time — or its modification time already
  older than that when first seen (a file renamed into place after its transfer, a file that arrived while the
  watch was down) and unchanged over two looks;
- the end its format promises is written (``complete.ends_where_it_says``), or it has been still for the give-up
  time (ingest then judges what it is);
- its sidecars present (``NAME.txt|json|xmp``, ``NAME.jpg.txt``: ``captions.sidecars``' rule) are still too, and
  either one is there or the pair wait since the picture appeared has passed (a sidecar sent a moment after its
  picture is read with it).

A sidecar that comes after its picture was ingested makes the picture ready again (``Ready.again``): ingesting a
picture already in the library reads its sidecars and links their caption. A sidecar whose picture never comes
waits (``waiting``). A picture that changes after it was handed on is a new arrival.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from catalog.captions.sidecars import SIDECAR_SUFFIXES
from catalog.watch.complete import ends_where_it_says, is_temporary

SETTLE = 1.0  # seconds a file's size and time must stay the same
PAIR_WAIT = 1.0  # seconds a picture without a sidecar waits for one, from when it appeared
GIVE_UP = 600.0  # seconds a still picture whose end is missing is waited for before ingest judges it
LOOK = 0.2  # the least time between the two looks that confirm an old file is still


@dataclass(frozen=True)
class Stat:
    """What a look at a file tells: enough to see that it changed."""

    size: int
    mtime_ns: int  # nanoseconds since the epoch, as the file system keeps it

    @property
    def mtime(self) -> float:
        return self.mtime_ns / 1e9


@dataclass
class _Seen:
    stat: Stat
    first_seen: float
    changed_at: float  # when this stat was first seen (or, for a file already old then, when it was written)
    looked_at: float
    old: bool  # already written the settle time before it was first seen
    looks: int = 1
    complete: bool | None = None  # the format's verdict for this stat, asked once


@dataclass(frozen=True)
class Ready:
    """A picture to ingest now, with the sidecars beside it."""

    picture: Path
    stat: Stat
    sidecars: tuple[Path, ...]
    first_seen: float
    again: bool = False  # ingested before; read again for a sidecar that came after it


def is_sidecar(path: Path) -> bool:
    return path.suffix.lower() in SIDECAR_SUFFIXES


def _picture_keys(picture: Path) -> set[tuple[Path, str]]:
    return {(picture.parent, picture.stem.casefold()), (picture.parent, picture.name.casefold())}


def _sidecar_key(sidecar: Path) -> tuple[Path, str]:
    return sidecar.parent, sidecar.stem.casefold()


@dataclass
class Settler:
    """The arrivals of the watched folders, from first look to ready (see the module). Times are seconds since
    the epoch (the clock files are stamped with), given by the caller, so the rules are tested on values."""

    settle: float = SETTLE
    pair_wait: float = PAIR_WAIT
    give_up: float = GIVE_UP
    complete: Callable[[Path], bool] = ends_where_it_says
    pictures: dict[Path, _Seen] = field(default_factory=dict)
    sidecars: dict[Path, _Seen] = field(default_factory=dict)
    handed: dict[Path, Stat] = field(default_factory=dict)  # pictures ingested (or found ingested), as they were
    handed_sidecars: dict[Path, Stat] = field(default_factory=dict)
    _owners: dict[tuple[Path, str], Path] = field(default_factory=dict)  # handed pictures by sidecar key

    def _hand(self, picture: Path, stat: Stat) -> None:
        self.handed[picture] = stat
        for key in _picture_keys(picture):
            self._owners.setdefault(key, picture)

    def observe(self, path: Path, stat: Stat | None, now: float) -> None:
        """What a look at ``path`` found (``stat`` None: nothing there now)."""
        if is_temporary(path):
            return
        pending, handed = (self.sidecars, self.handed_sidecars) if is_sidecar(path) else (self.pictures, self.handed)
        if stat is None:
            pending.pop(path, None)
            return
        if handed.get(path) == stat:
            return
        seen = pending.get(path)
        if seen is not None and seen.stat == stat:
            if now - seen.looked_at >= LOOK:
                seen.looks += 1
                seen.looked_at = now
            return
        old = now - stat.mtime >= self.settle  # written before the settle time: still, if the next look agrees
        changed_at = stat.mtime if old else now
        first_seen = seen.first_seen if seen is not None else now
        pending[path] = _Seen(stat, first_seen, changed_at, now, old)

    def is_new(self, path: Path, stat: Stat) -> bool:
        """Whether ``path`` as it is now is neither waited for nor handed on: a look the catalog must answer
        (was it taken by an earlier watch?) before it counts as an arrival."""
        if is_temporary(path):
            return False
        pending, handed = (self.sidecars, self.handed_sidecars) if is_sidecar(path) else (self.pictures, self.handed)
        return path not in pending and handed.get(path) != stat

    def again_later(self, ready: Ready) -> None:
        """``ready`` could not be ingested now (the catalog or the store unreachable): ready again next time."""
        self.handed.pop(ready.picture, None)
        self.pictures[ready.picture] = _Seen(ready.stat, ready.first_seen, ready.stat.mtime, 0.0, True, looks=2)
        for sidecar in ready.sidecars:
            stat = self.handed_sidecars.pop(sidecar, None)
            if stat is not None:
                self.sidecars[sidecar] = _Seen(stat, ready.first_seen, stat.mtime, 0.0, True, looks=2)

    def known(self, path: Path, stat: Stat) -> None:
        """``path`` as it is now was ingested before (the catalog's arrivals say so): not an arrival."""
        if is_sidecar(path):
            self.handed_sidecars[path] = stat
        else:
            self._hand(path, stat)

    def forget(self, path: Path) -> None:
        """``path`` left the watched folders (moved to the done folder)."""
        for table in (self.pictures, self.sidecars, self.handed, self.handed_sidecars):
            table.pop(path, None)
        for key in _picture_keys(path):
            if self._owners.get(key) == path:
                del self._owners[key]

    def _still(self, seen: _Seen, now: float) -> bool:
        if seen.old:
            return seen.looks >= 2  # an old file: confirmed by a second look
        return now - seen.changed_at >= self.settle

    def ready(self, now: float) -> list[Ready]:
        """The pictures ready now, each handed on once (until it changes)."""
        by_key: dict[tuple[Path, str], list[Path]] = {}
        for sidecar in self.sidecars:
            by_key.setdefault(_sidecar_key(sidecar), []).append(sidecar)
        out: list[Ready] = []
        for picture, seen in list(self.pictures.items()):
            if not self._still(seen, now):
                continue
            if seen.complete is None:
                seen.complete = self.complete(picture)
            if not seen.complete and now - seen.changed_at < self.give_up:
                continue
            sidecars = sorted({s for key in _picture_keys(picture) for s in by_key.get(key, [])})
            if any(not self._still(self.sidecars[s], now) for s in sidecars):
                continue
            if not sidecars and now - seen.first_seen < self.pair_wait:
                continue
            out.append(Ready(picture, seen.stat, tuple(sidecars), seen.first_seen))
            self._hand(picture, seen.stat)
            del self.pictures[picture]
            for s in sidecars:
                self.handed_sidecars[s] = self.sidecars.pop(s).stat
        out += self._late_sidecars(now)
        return out

    def _late_sidecars(self, now: float) -> list[Ready]:
        """Still sidecars whose picture was handed on before they came: the picture again, with them."""
        again: dict[Path, list[Path]] = {}
        for sidecar, seen in list(self.sidecars.items()):
            owner = self._owners.get(_sidecar_key(sidecar))
            if owner is not None and self._still(seen, now):
                again.setdefault(owner, []).append(sidecar)
                self.handed_sidecars[sidecar] = self.sidecars.pop(sidecar).stat
        return [Ready(p, self.handed[p], tuple(sorted(s)), now, again=True) for p, s in again.items()]

    def waiting(self) -> list[Path]:
        """Sidecars whose picture has not come (yet)."""
        return sorted(self.sidecars)
