"""How a credit line was read: each segment, what it was taken for, and the rule that decided it.

The parser records these as it goes so that a desk (the CLI's ``credits parse --explain``, later the web desk)
can show why ``Haim Zach`` became a photographer and ``Haifa Fire Department`` an organisation. Plain data, no
printing here.
"""

from __future__ import annotations

from dataclasses import dataclass

# What a segment can be taken for.
ROLES = (
    "label",
    "photographer",
    "organisation (known)",
    "organisation (unknown)",
    "platform",
    "status",
    "distributor",
    "commission",
    "placeholder",
    "caption",
    "separator",
)


@dataclass(frozen=True)
class Step:
    """One segment of a line and what the parser took it for (``as_`` is one of ``ROLES``), and why."""

    segment: str
    as_: str
    why: str

    def to_dict(self) -> dict[str, str]:
        return {"segment": self.segment, "as": self.as_, "why": self.why}


def render(steps: list[Step]) -> list[str]:
    """Readable lines, one a segment: ``  'Haim Zach'  photographer  (2-5 capitalised words)``."""
    width = max((len(s.segment) for s in steps), default=0) + 2
    width = min(width, 40)
    return [f"  {s.segment!r:<{width}} {s.as_:<22} {s.why}" for s in steps]
