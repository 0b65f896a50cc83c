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
            items = [_item(key, v) for v in value]
            click.echo(f"{key:>15}: {items[0]}")
            for item in items[1:]:
                click.echo(f"{'':>15}  {item}")
            continue
        if isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, []))
        click.echo(f"{key:>15}: {value}")


def _item(key: str, value: Any) -> str:
    """One line for a list entry: conflicts, corrections and caption sources read as sentences."""
    if not isinstance(value, dict):
        return str(value)
    if key == "corrections":
        undone = f", undone {value['undone_at']}" if value.get("undone_at") else ""
        return f"#{value['id']} {value['from']!r} -> {value['to']!r} ({value['rule']}{undone})"
    if key == "conflicts":
        return f"{value.get('field')}: {value.get('chosen')} used ({value.get('rule')})"
    if key == "caption_sources":
        text = value.get("caption") or value.get("headline") or ""
        return f"{value.get('kind')}: {value.get('credit') or '(no credit)'} | {text[:80]}"
    return ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, []))


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
        credit = a["credit"].get("line") or a["credit"].get("raw") or a.get("byline") or ""
        left = f"{a['id']:>6}  {a['sha256'][:8]}  {date:<10}  {cut(credit, 24):<24}  "
        click.echo(left + cut(a.get("caption") or a.get("filename"), max(10, width - len(left))))
