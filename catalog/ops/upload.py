"""A batch uploaded from the browser: the files saved into a fresh temporary folder under safe generated names,
the caption pairing planned (nothing written), and the ingest run once the editor confirms.

No name from a request is ever used as a path: each upload keeps only a sanitised stem and its extension, inside
a folder made here. An upload waiting for confirmation is known by a random token; the folder is removed when the
upload is run or cancelled. The ingest is ``IngestSession``'s, exactly as the terminal runs it.
"""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import threading
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from catalog.errors import PhotodeskError
from catalog.ingest.session import IngestOutcome, IngestRequest, IngestSession
from catalog.library import Library
from catalog.text import natural_key

MAX_UPLOAD = 2 * 1024**3  # bytes in one upload, every file together
MAX_STEM = 100
CHUNK = 1 << 20
STALE_S = 6 * 3600  # an upload left unconfirmed this long is removed at the next upload
TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")


class UploadRefused(PhotodeskError):
    pass


@dataclass
class Pair:
    """One line of the pairing shown for confirmation: the picture as uploaded ← its offered credit and caption."""

    picture: str
    credit: str | None
    caption: str | None


@dataclass
class Upload:
    """An upload saved and planned, waiting for the editor's confirmation (or run at once without captions)."""

    token: str
    folder: Path
    names: dict[str, str]  # saved file name -> the name it was uploaded as
    captions: Path | None = None
    captions_name: str | None = None
    pairing: list[Pair] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    refused: bool = False
    made: float = field(default_factory=time.monotonic)

    @property
    def pictures(self) -> Path:
        return self.folder / "pictures"


_pending: dict[str, Upload] = {}
_lock = threading.Lock()


def safe_name(name: str) -> str:
    """An uploaded file's name as it is saved: the last part only, letters and digits of any script and a few
    marks in the stem, an ASCII extension; never a folder, never hidden."""
    base = unicodedata.normalize("NFC", re.split(r"[/\\]", name)[-1])
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = "".join(c if c.isalnum() or c in "-_ ()+,." else "_" for c in stem).strip(" ._")[:MAX_STEM] or "picture"
    ext = "".join(c for c in ext if c.isascii() and c.isalnum())[:10].lower()
    return f"{stem}.{ext}" if ext else stem


def stage_upload(
    library: Library,
    files: Sequence[tuple[str, BinaryIO]],
    captions: tuple[str, BinaryIO] | None = None,
    *,
    limit: int = MAX_UPLOAD,
) -> Upload:
    """Save ``files`` (name as uploaded, content) and the optional caption sheet or article into a fresh folder,
    and plan the pairing. Writes nothing to the catalog."""
    if not files:
        raise UploadRefused("choose at least one picture to upload")
    _sweep()
    folder = Path(tempfile.mkdtemp(prefix="photodesk-upload-"))
    upload = Upload(secrets.token_urlsafe(24), folder, {})
    try:
        upload.pictures.mkdir()
        budget = [limit, limit]  # left, and the whole
        used: set[str] = set()
        for original, content in sorted(files, key=lambda f: natural_key(safe_name(f[0]))):
            saved = _free(safe_name(original), used)
            _save(content, upload.pictures / saved, budget)
            upload.names[saved] = original
        if captions is not None:
            (folder / "captions").mkdir()
            upload.captions = folder / "captions" / safe_name(captions[0])
            upload.captions_name = captions[0]
            _save(captions[1], upload.captions, budget)
            _plan(library, upload)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    with _lock:
        _pending[upload.token] = upload
    return upload


def pending(token: str) -> Upload | None:
    """The upload waiting under ``token``, if there is one."""
    if not TOKEN.fullmatch(token):
        return None
    with _lock:
        return _pending.get(token)


def run_upload(library: Library, token: str) -> IngestOutcome:
    """Ingest the upload waiting under ``token`` with the pairing as shown, then remove its folder."""
    upload = _take(token)
    try:
        return _session(library, upload).run()
    finally:
        shutil.rmtree(upload.folder, ignore_errors=True)


def cancel_upload(library: Library, token: str) -> None:
    """Forget the upload under ``token`` and remove its folder: nothing was written, nothing is."""
    with _lock:
        upload = _pending.pop(token, None) if TOKEN.fullmatch(token) else None
    if upload is not None:
        shutil.rmtree(upload.folder, ignore_errors=True)


def _sweep() -> None:
    """Remove the uploads nobody confirmed or cancelled (a closed tab) once they are stale."""
    with _lock:
        stale = [t for t, u in _pending.items() if time.monotonic() - u.made > STALE_S]
        gone = [_pending.pop(t) for t in stale]
    for upload in gone:
        shutil.rmtree(upload.folder, ignore_errors=True)


def _take(token: str) -> Upload:
    with _lock:
        upload = _pending.pop(token, None) if TOKEN.fullmatch(token) else None
    if upload is None:
        raise UploadRefused("this upload is gone (run or cancelled already): upload the files again")
    return upload


def _session(library: Library, upload: Upload) -> IngestSession:
    return IngestSession(library, IngestRequest([upload.pictures], upload.captions))


def _plan(library: Library, upload: Upload) -> None:
    plan = _session(library, upload).plan()
    if plan is None:
        return
    for image, offer in plan.pairing:
        name = Path(image).name
        upload.pairing.append(Pair(upload.names.get(name, name), offer.credit, offer.caption or offer.headline))
    upload.problems = list(plan.problems)
    upload.refused = plan.refused


def _free(name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
    used.add(candidate.casefold())
    return candidate


def _save(content: BinaryIO, target: Path, budget: list[int]) -> None:
    with open(target, "xb") as out:
        while chunk := content.read(CHUNK):
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise UploadRefused(f"the upload is larger than {_size(budget[1])}: send it in parts")
            out.write(chunk)


def _size(limit: int) -> str:
    return f"{limit // 1024**3} GB" if limit >= 1024**3 else f"{limit:,} bytes"
