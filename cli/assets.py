"""``photodesk show`` and ``photodesk ls``."""

from __future__ import annotations

from typing import Any

import click

from catalog.assets import get_asset, latest

from . import cli
from .options import LibraryRef, cut, json_option, pass_ref, print_json, terminal_width


@cli.command()
@click.argument("ident", metavar="ID")
@json_option
@pass_ref
def show(ref: LibraryRef, ident: str, json_: bool) -> None:
    """Everything known about one asset: ID is its number or 6+ hex digits of its SHA-256.

    Example:

    \b
        photodesk show 12
        photodesk show 3f9a2c --json
    """
    asset = get_asset(ref.open(), ident)
    if json_:
        print_json(asset)
        return
    for key, value in asset.items():
        if key == "raw" or value in (None, [], {}):
            continue
        if isinstance(value, list):
            value = "; ".join(str(v) if not isinstance(v, dict) else _conflict(v) for v in value)
        elif isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in value.items() if v is not None)
        click.echo(f"{key:>13}: {value}")


def _conflict(c: dict[str, Any]) -> str:
    if "field" in c:
        return f"{c['field']} ({c.get('chosen')} chosen: {c.get('rule')})"
    return str(c)


@cli.command(name="ls")
@click.option("--limit", "-n", type=click.IntRange(1), default=20, show_default=True)
@json_option
@pass_ref
def ls_(ref: LibraryRef, limit: int, json_: bool) -> None:
    """The most recently ingested assets, newest first.

    Example:

    \b
        photodesk ls --limit 50
        photodesk ls --json
    """
    assets = latest(ref.open(), limit)
    if json_:
        print_json(assets)
        return
    print_table(assets)


def print_table(assets: list[dict[str, Any]]) -> None:
    width = terminal_width()
    for a in assets:
        date = (a.get("taken_at") or "")[:10] or "—"
        credit = a["credit"].get("raw") or a.get("byline") or ""
        left = f"{a['id']:>6}  {a['sha256'][:8]}  {date:<10}  {cut(credit, 24):<24}  "
        click.echo(left + cut(a.get("caption") or a.get("filename"), max(10, width - len(left))))
