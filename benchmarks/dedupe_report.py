"""The markdown tables of a dedupe benchmark run (benchmarks/dedupe.py): recall per family, pairs grouped."""

from __future__ import annotations

from collections.abc import Mapping, Set


class Report:
    """The markdown tables of one run."""

    def __init__(
        self, header: str, family: Mapping[str, str], targets: Mapping[str, float], new: Set[str], edited: Set[str]
    ) -> None:
        self.header, self.family, self.targets, self.new, self.edited = header, family, targets, new, edited

    def recall_table(self, found: dict[str, list[bool]]) -> list[str]:
        """Recall per family, then over the families before issue 15, issue 15's, and all but edited copies."""
        new_families, edited = self.new, self.edited
        lines = [self.header, "", "| transform family | copies | recall | target |", "|---|---|---|---|"]
        for family in dict.fromkeys(self.family.values()):
            hits = found[family]
            recall = sum(hits) / len(hits)
            target = self.targets.get(family)
            mark = "" if target is None or recall >= target else " (below)"
            new = " (issue 15)" if family in new_families else ""
            lines.append(f"| {family}{new} | {len(hits)} | {recall:.3f}{mark} | {target if target else '—'} |")
        for title, keep in (
            ("families before issue 15", lambda f: f not in new_families),
            ("issue 15's families, edited copies apart", lambda f: f in new_families and f not in edited),
            ("all but edited copies", lambda f: f not in edited),
        ):
            hits = [h for f, hs in found.items() if keep(f) for h in hs]
            lines.append(f"| **{title}** | {len(hits)} | {sum(hits) / max(len(hits), 1):.3f} | — |")
        return lines

    @staticmethod
    def pairs_table(
        title: str, pairs: dict[str, list[tuple[int, int]]], verified: set[tuple[int, int]], verb: str
    ) -> list[str]:
        lines = ["", f"{title}:", "", f"| pairs | count | {verb} |", "|---|---|---|"]
        for kind, members in pairs.items():
            if not members:
                continue
            hits = sum(1 for a, b in members if (min(a, b), max(a, b)) in verified)
            lines.append(f"| {kind} | {len(members)} | {hits} |")
        return lines
