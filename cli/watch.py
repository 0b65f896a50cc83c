"""``photodesk watch``: live ingest of hot folders."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from .options import LibraryRef, on_duplicate_option, pass_ref

if TYPE_CHECKING:
    from catalog.model import Arrival
    from catalog.watch.watcher import WatchSummary


@click.command()
@click.argument("folders", nargs=-1, required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--captions",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A caption sheet (.csv/.json/.tsv: file, caption, credit…) whose rows are paired with pictures by name as "
    "they arrive; read again whenever it changes.",
)
@on_duplicate_option
@click.option(
    "--move-to",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Move each picture ingested, with its sidecars, into this folder (under the same subfolders).",
)
@click.option(
    "--set-aside",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Move files that fail or are no pictures here (default: MOVE_TO/failed; without either they stay, "
    "and are not tried again until they change).",
)
@click.option("--no-autofix", is_flag=True, help="Correct no photographer names; queue them for review.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help="Worker processes (default: all cores).")
@click.option(
    "--settle",
    type=click.FloatRange(0.1, 3600),
    default=1.0,
    show_default=True,
    help="Seconds a file's size and time must stay the same before it is read.",
)
@click.option(
    "--pair-wait",
    type=click.FloatRange(0, 3600),
    default=1.0,
    show_default=True,
    help="Seconds a picture waits for a sidecar sent after it (one later still is read all the same).",
)
@click.option(
    "--poll",
    type=click.FloatRange(0.2, 3600),
    default=None,
    help="Walk the folders every SECONDS instead of waiting for file events (network shares are walked anyway).",
)
@click.option("--json", "json_", is_flag=True, help="One JSON object per arrival on stdout, and the summary last.")
@pass_ref
def watch(
    ref: LibraryRef,
    folders: tuple[Path, ...],
    captions: Path | None,
    on_duplicate: str,
    move_to: Path | None,
    set_aside: Path | None,
    no_autofix: bool,
    jobs: int | None,
    settle: float,
    pair_wait: float,
    poll: float | None,
    json_: bool,
) -> None:
    """Ingest pictures as they arrive in FOLDERS (agency drops, FTP and synced folders), until Ctrl-C.

    A file still being written (growing, or named NAME.part, .filepart, .crdownload, NAME~ or .NAME) is waited
    for; a picture and its sidecar (NAME.txt, .json, .xmp) sent a moment apart are read together, and a sidecar
    that comes later still adds its caption. A restarted watch takes what arrived while it was down and nothing
    twice. A bad file is reported and set aside; the watch goes on. One line per picture on stderr (or, with
    --json, one JSON object per picture on stdout), and a summary when it stops.

    Example:

    \b
        photodesk watch ~/drop/gpo ~/drop/agencies
        photodesk watch /srv/ftp/incoming --move-to /srv/ftp/done --captions /srv/ftp/sheet.csv
        photodesk watch /mnt/share/photos --poll 5 --json
    """
    from catalog.watch.watcher import Watcher, WatchOptions

    options = WatchOptions(
        list(folders),
        captions=captions,
        on_duplicate=on_duplicate,
        move_to=move_to,
        set_aside=set_aside,
        autofix=not no_autofix,
        jobs=jobs or os.cpu_count() or 1,
        settle=settle,
        pair_wait=pair_wait,
        poll=poll,
    )
    library = ref.open(create=True)
    watcher = Watcher(library, options, report=lambda a: _report(a, json_), notice=_notice)
    how = f"walking them every {watcher._interval():g} s" if watcher.summary.polling else "on file events"
    click.echo(f"watching {', '.join(str(f) for f in watcher.folders)} ({how}); Ctrl-C stops", err=True)
    signal.signal(signal.SIGTERM, _interrupt)  # a service manager's stop ends the watch as Ctrl-C does
    try:
        watcher.run()
    except KeyboardInterrupt:
        pass
    finally:
        summary = watcher.finish()
        watcher.close()
    _summarise(summary, json_)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _notice(text: str) -> None:
    click.echo(f"{time.strftime('%H:%M:%S')} warning: {text}", err=True)


def _report(arrival: Arrival, json_: bool) -> None:
    from catalog.ops.arrivals import seconds

    if json_:
        click.echo(json.dumps({**arrival.to_dict(), "seconds": seconds(arrival)}, ensure_ascii=False))
        sys.stdout.flush()
        return
    from catalog.model import FAILED, SKIPPED

    name = Path(arrival.path).name
    parts = [time.strftime("%H:%M:%S"), f"{'caption' if arrival.again else arrival.status:<9}", name]
    if arrival.status in (FAILED, SKIPPED):
        parts.append(f"— {arrival.reason}")
    else:
        parts.append(f"asset {arrival.asset_id}")
        parts.append(arrival.credit_line or "(no credit)")
    parts += [f"corrected {c['from']!r} → {c['to']!r}" for c in arrival.corrections]
    parts += [f"review {name!r}" for name in arrival.reviews]
    if arrival.duplicate_of is not None:
        parts.append(f"copy of {arrival.duplicate_of}")
    parts += [f"warning: {w}" for w in arrival.warnings]
    if arrival.moved_to:
        parts.append(f"→ {arrival.moved_to}")
    parts.append(f"({seconds(arrival)} s)")
    click.echo("  ".join(parts), err=True)


def _summarise(summary: WatchSummary, json_: bool) -> None:
    from catalog.model import DUPLICATE, FAILED, NEW, PRESENT, SKIPPED

    if json_:
        record = {
            "summary": {
                "seconds": round(time.time() - summary.started, 1),
                "counts": dict(summary.counts),
                "waiting_sidecars": summary.waiting,
                "still_arriving": summary.pending,
                "polling": summary.polling,
            }
        }
        click.echo(json.dumps(record, ensure_ascii=False))
    c = summary.counts
    line = (
        f"watched {_duration(time.time() - summary.started)}: {c[NEW]} new, {c[PRESENT]} already in the library, "
        f"{c[DUPLICATE]} copies not stored, {c[FAILED]} failed, {c[SKIPPED]} skipped, {c['again']} read again for "
        "a later sidecar or sheet row"
    )
    click.echo(line, err=True)
    for path in summary.waiting:
        click.echo(f"waiting: {path}: a sidecar whose picture has not come", err=True)
    if summary.pending:
        click.echo(f"{summary.pending} picture(s) were still arriving: the next watch takes them", err=True)


def _duration(seconds: float) -> str:
    """``45 s``, ``12 min``, ``3 h 05 min``."""
    if seconds < 90:
        return f"{seconds:.0f} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"
