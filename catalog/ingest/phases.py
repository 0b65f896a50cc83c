"""Named points of an ingest, where a test can kill the process to prove that a crash there leaves a consistent
catalog which the next run completes.

This is a test hook, not a user feature: with the environment variable ``PHOTODESK_CRASH_AT`` set to one of
``PHASES``, ``reached`` of that name sends SIGKILL to the current process the moment ingest passes that point — no
cleanup, no ``finally``, exactly what a power cut or the OOM killer leaves. Unset (always, outside tests), it
does nothing. Timed kills land mostly before the library exists or after the batch is done; named ones land
where the catalog is half-written.
"""

from __future__ import annotations

import os
import signal

CRASH_AT = "PHOTODESK_CRASH_AT"
PHASES = (
    "batch-row",  # the batch row is committed, nothing recorded yet
    "rows-written",  # a transaction of recorded files is committed, more files to come
    "linking",  # captions and credits: the first asset resolved, the last not yet (one transaction)
    "before-dedupe",  # every asset linked, copies not looked for yet
    "before-done",  # all done but the batch row still says 'running'
)


def reached(name: str) -> None:
    """Ingest passes the point ``name`` (one of ``PHASES``): killed here when ``PHOTODESK_CRASH_AT`` says so."""
    if os.environ.get(CRASH_AT) == name:
        os.kill(os.getpid(), signal.SIGKILL)
