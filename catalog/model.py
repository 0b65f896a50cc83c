"""The typed records every part of photodesk passes: what the catalog holds (``Asset``, ``Correction``, ``Review``,
``CaptionSource``, ``DupePair``), what an ingest reports (``FileResult``, ``BatchSummary``, ``LinkReport``,
``CopyNote``), and the public JSON they turn into. ``catalog.db`` makes the catalog's records, with JSON columns
decoded once there."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TypeAlias

# The public JSON (``--json``, the web API): what a record's ``to_dict`` returns.
JSON: TypeAlias = "bool | int | float | str | Sequence[JSON] | Mapping[str, JSON] | None"
JSONObject: TypeAlias = dict[str, JSON]

NEW, PRESENT, FAILED, SKIPPED, DUPLICATE = "new", "present", "failed", "skipped", "duplicate"


def now_iso() -> str:
    """Now, as ISO 8601 UTC text: how every time is stored."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class SidecarNote:
    """One sidecar read with its picture: the codec its text was in, or why it could not be read."""

    path: str
    charset: str | None = None  # utf-8, utf-16-le, cp1255, cp1252, …; None for XMP (XML declares its own)
    problem: str | None = None  # set when nothing could be taken from it: reported, and exit status 1


@dataclass
class FileResult:
    """What ingest did with one file. ``reason`` says why it failed or was skipped; ``sidecars`` are the
    caption files read with it (never results of their own)."""

    path: str
    status: str
    asset_id: int | None = None
    sha256: str | None = None
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    duplicate_of: int | None = None  # the keeper of its duplicate group, when it is a copy
    sidecars: list[SidecarNote] = field(default_factory=list)

    def to_dict(self) -> JSONObject:
        return asdict(self)


@dataclass
class LinkReport:
    """What linking did: how many pictures, and the corrections, reviews and conflicts it logged."""

    linked: int = 0
    corrections: list[JSONObject] = field(default_factory=list)
    reviews: list[JSONObject] = field(default_factory=list)
    conflicts: list[JSONObject] = field(default_factory=list)

    def to_dict(self) -> JSONObject:
        return {
            "linked": self.linked,
            "corrections": self.corrections,
            "reviews": self.reviews,
            "conflicts": self.conflicts,
        }


@dataclass
class Arrival:
    """A file a watched folder received and what became of it. A restarted watch knows it by path, ``size`` and
    ``mtime_ns``; ``again``: a picture read a second time for a sidecar that came after it."""

    path: str
    size: int
    mtime_ns: int
    status: str
    arrived_at: str  # first seen (ISO 8601 UTC, milliseconds)
    ingested_at: str  # its row recorded
    asset_id: int | None = None
    batch_id: int | None = None
    reason: str | None = None
    credit_line: str | None = None
    duplicate_of: int | None = None
    corrections: list[JSONObject] = field(default_factory=list)  # {"from", "to", "id"}: names corrected
    reviews: list[str] = field(default_factory=list)  # names kept as written and queued for review
    sidecars: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    moved_to: str | None = None
    again: bool = False
    id: int | None = None

    def to_dict(self) -> JSONObject:
        return asdict(self)


@dataclass
class CopyNote:
    """What ingest reports about a picture that turned out to be a copy."""

    asset_id: int
    duplicate_of: int
    via: str
    distance: int
    differences: list[str] = field(default_factory=list)

    def to_dict(self) -> JSONObject:
        return {
            "asset_id": self.asset_id,
            "duplicate_of": self.duplicate_of,
            "via": self.via,
            "distance": self.distance,
            "differences": self.differences,
        }


@dataclass
class BatchSummary:
    batch_id: int | None
    dry_run: bool
    files: list[FileResult] = field(default_factory=list)
    interrupted: bool = False
    links: LinkReport | None = None  # once captions and credits were resolved
    copies: list[CopyNote] = field(default_factory=list)  # each new picture that is a copy

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    def sidecar_problems(self) -> list[str]:
        """``SIDECAR: problem`` for every sidecar that could not be read (each also a warning of its picture)."""
        return [f"{n.path}: {n.problem}" for f in self.files for n in f.sidecars if n.problem]

    def to_dict(self) -> JSONObject:
        return {
            "batch_id": self.batch_id,
            "dry_run": self.dry_run,
            "interrupted": self.interrupted,
            **{s: self.count(s) for s in (NEW, PRESENT, FAILED, SKIPPED, DUPLICATE)},
            "copies": [c.to_dict() for c in self.copies],
            "files": [f.to_dict() for f in self.files],
            **(
                self.links.to_dict()
                if self.links is not None
                else {"linked": 0, "corrections": [], "reviews": [], "conflicts": []}
            ),
        }


# --- what the catalog holds, as typed records (``catalog.db`` makes them; JSON columns arrive decoded) -----------

NO_TRIM = (0.0, 0.0, 1.0, 1.0)
HASH_VERSION = 2  # 2: every hash from one 160-pixel grayscale copy


@dataclass
class Hashes:
    """A picture's perceptual hashes (``dupes.hashing`` computes them), as hex: whole picture, gradient, mirror,
    sub-regions that survive a crop; the trim box of its frame; whether it is flat; its pixel digest."""

    phash: str
    dhash: str
    phash_mirror: str
    regions: list[str] = field(default_factory=list)
    trim: tuple[float, float, float, float] = NO_TRIM
    flat: bool = False
    pixels: str = ""


@dataclass
class Asset:
    """One distinct original (by SHA-256): what was read from it, what linking decided, and its hashes.

    ``*_raw`` and ``metadata_raw`` keep the text exactly as read; ``credit_*`` hold the decided credit.
    """

    id: int
    sha256: str
    path: str
    format: str
    bytes: int
    filename: str | None = None
    width: int | None = None
    height: int | None = None
    taken_at: str | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    lens: str | None = None
    orientation: int | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    caption: str | None = None
    caption_raw: str | None = None
    headline: str | None = None
    byline: str | None = None
    credit_raw: str | None = None
    source: str | None = None
    copyright: str | None = None
    keywords: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    sublocation: str | None = None
    city: str | None = None
    province_state: str | None = None
    country: str | None = None
    country_code: str | None = None
    instructions: str | None = None
    object_name: str | None = None
    thumbnail: str | None = None
    metadata_raw: str | None = None  # JSON text, decoded only when asked for (``show``): it can be large
    conflicts: list[JSON] = field(default_factory=list)
    source_conflicts: list[JSON] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ingested_at: str | None = None
    batch_id: int | None = None
    caption_source: str | None = None
    credit_source: str | None = None
    credit_agency: str | None = None
    credit_kind: str | None = None
    credit_line: str | None = None
    credit_distributor: str | None = None
    credit_photographers: list[str] = field(default_factory=list)
    credit_photographers_raw: list[str] = field(default_factory=list)
    linked_at: str | None = None
    phash: str | None = None
    dhash: str | None = None
    phash_mirror: str | None = None
    hash_regions: list[str] = field(default_factory=list)
    trim: tuple[float, float, float, float] = NO_TRIM
    flat: bool = False
    pixel_digest: str | None = None
    hash_version: int | None = None
    duplicate_of: int | None = None
    dupes_checked_at: str | None = None  # when it was looked up for copies (None: not yet)
    search_text: str | None = None
    photographer_text: str | None = None
    version: int = 0  # raised by every desk edit: a save made on an older version is refused

    def hashes(self) -> Hashes | None:
        """The perceptual hashes the record carries, or None before it was hashed."""
        if not self.phash:
            return None
        return Hashes(
            self.phash,
            self.dhash or "",
            self.phash_mirror or "",
            list(self.hash_regions),
            self.trim,
            self.flat,
            self.pixel_digest or "",
        )

    @property
    def content_area(self) -> float:
        """Pixels inside the trim box: the picture without its frame."""
        left, top, right, bottom = self.trim
        return float((self.width or 0) * (self.height or 0) * (right - left) * (bottom - top))


@dataclass
class Correction:
    """One logged change of a name, an agency or a person: undoable (``undone_at`` once undone)."""

    id: int
    asset_id: int
    field: str
    from_value: str
    to_value: str
    rule: str
    score: float | None
    reason: str | None
    created_at: str
    undone_at: str | None = None
    editor: str | None = None  # who on the desk made it (None: linking's own)

    def to_dict(self) -> JSONObject:
        return {
            "id": self.id,
            "field": self.field,
            "from": self.from_value,
            "to": self.to_value,
            "rule": self.rule,
            "score": self.score,
            "reason": self.reason,
            "at": self.created_at,
            "undone_at": self.undone_at,
            "editor": self.editor,
        }


@dataclass
class CaptionOffer:
    """One source's caption, credit, headline and people for one picture."""

    kind: str  # embedded | sidecar | sheet | article
    path: str  # the file it came from (an article slot adds '#slot N')
    caption: str | None = None
    credit: str | None = None
    headline: str | None = None
    people: list[str] = field(default_factory=list)
    byline: str | None = None

    def to_dict(self) -> JSONObject:
        return {
            "kind": self.kind,
            "path": self.path,
            "caption": self.caption,
            "credit": self.credit,
            "headline": self.headline,
            "people": self.people,
            "byline": self.byline,
        }


@dataclass
class CaptionSource(CaptionOffer):
    """An offer as the catalog keeps it beside what linking chose: when it was recorded."""

    created_at: str = ""

    def to_dict(self) -> JSONObject:
        offer = super().to_dict()
        byline = offer.pop("byline")  # the JSON's key order: created_at before byline (the column order)
        return {**offer, "created_at": self.created_at, "byline": byline}


@dataclass
class DupePair:
    """A decided pair of candidate copies (``asset_id < other_id``): how it was found and what verification said."""

    asset_id: int
    other_id: int
    via: str | None
    distance: int | None
    same: bool
    method: str | None
    inliers: int | None
    containment: float | None
    correlation: float | None
    reason: str | None


@dataclass
class Review:
    """A name linking did not settle: kept as written and queued for the desk (``resolved_at`` once settled)."""

    id: int
    asset_id: int
    written: str
    agency: str | None
    candidate: str | None
    runner_up: str | None
    score: float | None
    reason: str | None
    created_at: str

    def to_dict(self) -> JSONObject:
        return {
            "id": self.id,
            "asset_id": self.asset_id,
            "written": self.written,
            "agency": self.agency,
            "candidate": self.candidate,
            "runner_up": self.runner_up,
            "score": self.score,
            "reason": self.reason,
            "created_at": self.created_at,
        }


@dataclass
class Batch:
    """One ingest run as the catalog recorded it: when, from where, and its counts."""

    id: int
    started_at: str
    finished_at: str | None
    status: str  # running | done | interrupted
    sources: list[str]
    new: int
    present: int
    failed: int
    skipped: int

    def to_dict(self) -> JSONObject:
        return asdict(self)


@dataclass
class BatchFile:
    """What became of one file of a batch."""

    path: str
    status: str
    asset_id: int | None
    sha256: str | None
    reason: str | None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> JSONObject:
        return asdict(self)
