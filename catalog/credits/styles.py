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
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from catalog.credits.line import join_names
from catalog.errors import PhotodeskError

CONFIG = "photodesk.toml"
BUILTIN: dict[str, dict[str, str]] = {
    "slash": {
        "photo": "{photographers}/{agency}{via}",
        "screenshot": "{agency} screenshot",
        "handout": "{photographers}/{agency}/Handout",
        "pool": "{photographers}/{agency}/Pool",
        "courtesy": "Courtesy of {photographers}/{agency}",
        "illustration": "Illustration: {photographers}/{agency}",
    },
    "photo": {
        "photo": "Photo: {photographers}/{agency}{via}",
        "screenshot": "Screenshot: {agency}",
        "handout": "Photo: {photographers}/{agency} (handout)",
        "pool": "Photo: {photographers}/{agency} (pool)",
        "courtesy": "Photo courtesy of {photographers}/{agency}",
        "illustration": "Illustrative photo: {photographers}/{agency}",
    },
    "ap": {
        "photo": "({photographers}/{agency}{via})",
        "ap": "(AP Photo/{photographers})",
        "file": "({photographers}/{agency}, File)",
        "ap-file": "(AP Photo/{photographers}, File)",
        "pool": "({photographers}/{agency}, Pool)",
        "ap-pool": "(AP Photo/{photographers}, Pool)",
        "screenshot": "({agency} screenshot)",
        "handout": "({photographers}/{agency}/Handout)",
        "courtesy": "(Courtesy of {photographers}/{agency})",
        "illustration": "({photographers}/{agency})",
    },
}


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


def render(credit: dict[str, Any], style: dict[str, str]) -> str:
    """One credit (the asset JSON's ``credit`` object) as a line in ``style``."""
    kind = credit.get("kind") or "photo"
    agency = credit.get("agency") or ""
    names = join_names(list(credit.get("photographers") or []))
    if not names and not agency:
        return credit.get("raw") or ""
    key = kind
    if agency == "AP" and f"ap-{kind}" in style:
        key = f"ap-{kind}"
    elif agency == "AP" and kind == "photo" and "ap" in style:
        key = "ap"
    template = style.get(key) or style.get("photo") or "{photographers}/{agency}"
    distributor = credit.get("distributor") or ""
    via = f" via {distributor}" if distributor and distributor != agency else ""
    line = template.format(
        photographers=names or EMPTY, agency=agency or EMPTY, distributor=distributor or EMPTY, via=via
    )
    return _tidy(line)


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
