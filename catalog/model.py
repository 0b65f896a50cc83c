"""Plain records that cross from the library into the CLI (and out as JSON)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class BatchSummary:
    batch_id: int | None
    dry_run: bool
    files: list[FileResult] = field(default_factory=list)
    interrupted: bool = False
    links: Any = None  # a linking.LinkReport once captions and credits were resolved
    copies: list[Any] = field(default_factory=list)  # dedupe.CopyNote for each new picture that is a copy

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    def sidecar_problems(self) -> list[str]:
        """``SIDECAR: problem`` for every sidecar that could not be read (each also a warning of its picture)."""
        return [f"{n.path}: {n.problem}" for f in self.files for n in f.sidecars if n.problem]

    def to_dict(self) -> dict[str, Any]:
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
