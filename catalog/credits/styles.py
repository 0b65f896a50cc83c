"""Credit lines in the house style: built-in styles and templates from the library's ``photodesk.toml``.

A style maps each credit kind to a template with the placeholders ``{photographers}``, ``{agency}``,
``{distributor}`` and ``{via}`` (' via Getty Images' when a distributor delivered it). A part that is empty
disappears with its separator: 'Photo: {photographers}/{agency}' for a credit without a photographer prints
'Photo: GPO'. A custom style in ``photodesk.toml``::

    [styles.paper]
    photo = "Photo: {photographers} / {agency}"
    screenshot = "Screenshot: {agency}"
    handout = "{agency} handout"

Kinds a style does not name fall back to its ``photo`` template.

``render`` is the one renderer: the catalog stores each picture's line in the house style (``HOUSE``, through
``house_line``) and ``photodesk export`` / ``credits line`` print it in the chosen style with the same function, so
what ``show`` says is what a default export writes. A distributor is kept in every kind's line
(``Haim Zach/GPO/Handout via Reuters``); a credit naming nobody but a status and a distributor is the status's
word (``Handout via Reuters``, ``Pool via AP``, ``Screenshot``), any other credit naming nobody its raw text.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalog.errors import PhotodeskError

if TYPE_CHECKING:
    from catalog.credits.parse import Credit

CONFIG = "photodesk.toml"
BUILTIN: dict[str, dict[str, str]] = {
    "slash": {
        "photo": "{photographers}/{agency}{via}",
        "screenshot": "{photographers}/{agency} screenshot{via}",
        "handout": "{photographers}/{agency}/Handout{via}",
        "pool": "{photographers}/{agency}/Pool{via}",
        "courtesy": "Courtesy of {photographers}/{agency}{via}",
        "illustration": "Illustration: {photographers}/{agency}{via}",
    },
    "photo": {
        "photo": "Photo: {photographers}/{agency}{via}",
        "screenshot": "Screenshot: {photographers}/{agency}{via}",
        "handout": "Photo: {photographers}/{agency}{via} (handout)",
        "pool": "Photo: {photographers}/{agency}{via} (pool)",
        "courtesy": "Photo courtesy of {photographers}/{agency}{via}",
        "illustration": "Illustrative photo: {photographers}/{agency}{via}",
    },
    "ap": {
        "photo": "({photographers}/{agency}{via})",
        "ap": "(AP Photo/{photographers})",
        "file": "({photographers}/{agency}{via}, File)",
        "ap-file": "(AP Photo/{photographers}, File)",
        "pool": "({photographers}/{agency}, Pool{via})",
        "ap-pool": "(AP Photo/{photographers}, Pool)",
        "screenshot": "({photographers}/{agency} screenshot{via})",
        "handout": "({photographers}/{agency}/Handout{via})",
        "courtesy": "(Courtesy of {photographers}/{agency}{via})",
        "illustration": "({photographers}/{agency}{via})",
    },
}
HOUSE = "slash"  # the style of the line the catalog stores (``assets.credit_line``, ``credit.line``)
# The line of a credit that names no photographer and no agency, only a status (and perhaps a distributor).
_BARE = {"handout": "Handout", "pool": "Pool", "screenshot": "Screenshot", "courtesy": "Courtesy"}
_HEBREW = re.compile(r"[\u0590-\u05FF]")
_LATIN = re.compile(r"[A-Za-z]")


class StyleError(PhotodeskError):
    pass


def styles(library_root: Path | None) -> dict[str, dict[str, str]]:
    """Built-in styles plus those in the library's photodesk.toml (which may override a built-in)."""
    out = {name: dict(templates) for name, templates in BUILTIN.items()}
    path = library_root / CONFIG if library_root else None
    if path is None or not path.is_file():
        return out
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise StyleError(f"{path}: {e}") from e
    custom = config.get("styles", {})
    if not isinstance(custom, dict):
        raise StyleError(f"{path}: [styles] must be a table of styles")
    for name, templates in custom.items():
        if not isinstance(templates, dict) or not all(isinstance(v, str) for v in templates.values()):
            raise StyleError(f"{path}: [styles.{name}] must map kinds to template strings")
        for kind, template in templates.items():
            try:
                template.format(photographers="", agency="", distributor="", via="")
            except (KeyError, IndexError, ValueError) as e:
                raise StyleError(f"{path}: [styles.{name}] {kind}: bad template {template!r} ({e})") from e
        out[name] = {**out.get(name, {}), **templates}
    return out


def render(credit: Mapping[str, Any], style: Mapping[str, str]) -> str:
    """One credit (the asset JSON's ``credit`` object, or ``fields`` of a parsed one) as a line in ``style``."""
    kind = credit.get("kind") or "photo"
    agency = credit.get("agency") or ""
    if kind in ("handout", "pool") and agency.casefold() == kind:
        agency = ""  # 'Pool' is the status, not an agency beside it: never 'Name/Pool/Pool'
    names = join_names(list(credit.get("photographers") or []))
    distributor = credit.get("distributor") or ""
    via = f" via {distributor}" if distributor and distributor != agency else ""
    if not names and not agency:
        bare = _BARE.get(kind)  # 'Handout via REUTERS', '(Pool photo via AP)': the status is all that is named
        return f"{bare}{via}" if bare else credit.get("raw") or ""
    key = kind
    if agency == "AP" and f"ap-{kind}" in style:
        key = f"ap-{kind}"
    elif agency == "AP" and kind == "photo" and "ap" in style:
        key = "ap"
    template = style.get(key) or style.get("photo") or "{photographers}/{agency}"
    line = template.format(
        photographers=names or EMPTY, agency=agency or EMPTY, distributor=distributor or EMPTY, via=via
    )
    return _tidy(line)


def house_line(credit: Credit | Mapping[str, Any]) -> str:
    """The credit as the catalog stores it, in the house style: ``Haim Zach/GPO``, ``YouTube screenshot``."""
    return render(credit if isinstance(credit, Mapping) else fields(credit), BUILTIN[HOUSE])


def fields(credit: Credit) -> dict[str, Any]:
    """What ``render`` reads of a parsed credit: the asset JSON's ``credit`` keys, without its line."""
    return {
        "raw": credit.raw,
        "photographers": list(credit.photographers),
        "agency": credit.agency,
        "kind": credit.kind,
        "distributor": credit.distributor,
    }


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' — in Hebrew when every name is written in Hebrew: 'A וB', 'A, B וC' (the
    conjunction is a prefix there; 'חיים צח and עמוס בן גרשום' would mix two languages in one credit line)."""
    if len(names) < 2:
        return "".join(names)
    hebrew = all(_HEBREW.search(n) and not _LATIN.search(n) for n in names)
    last = f" ו{names[-1]}" if hebrew else f" and {names[-1]}"
    return ", ".join(names[:-1]) + last


EMPTY = "\x00"


def _tidy(line: str) -> str:
    """Remove each empty part together with one separator beside it ('Photo: {photographers}/{agency}' with no
    photographer is 'Photo: GPO'), then empty brackets and spare spaces."""
    line = re.sub(r"\x00\s*[/|,–-]\s*", "", line)
    line = re.sub(r"\s*[/|,–-]\s*\x00", "", line)
    line = line.replace(EMPTY, "")
    line = re.sub(r"\(\s*\)", "", line)
    return " ".join(line.split()).strip()


def summary(lines: list[str]) -> str:
    """One line for a gallery: 'Photos: Haim Zach/GPO; YouTube screenshot' (each distinct credit once)."""
    unique = list(dict.fromkeys(line for line in lines if line))
    if not unique:
        return ""
    label = "Photo" if len(lines) == 1 else "Photos"
    stripped = [re.sub(r"^(?:Photo|Photos):\s*", "", line) for line in unique]
    return f"{label}: " + "; ".join(stripped)
