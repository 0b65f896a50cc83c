"""``photodesk show`` and ``photodesk ls``."""

from __future__ import annotations

from typing import Any

import click

from catalog.ops.assets import get_asset, latest

from .options import LibraryRef, cut, json_option, pass_ref, print_json, terminal_width


@click.command()
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
            click.echo(f"{key:>15}: {_indent(items[0])}")
            for item in items[1:]:
                click.echo(f"{'':>15}  {_indent(item)}")
            continue
        text = credit_text(value) if key == "credit" else _plain(value)
        click.echo(f"{key:>15}: {_indent(text)}")


def credit_text(credit: dict[str, Any]) -> str:
    """The credit as the desk prints it, then its parts: 'Haim Zach/GPO  [photo; photographers: Haim Zach; …]'.
    The raw text and the names as written appear only where they differ from what is printed."""
    line = credit.get("line") or credit.get("raw") or "(no credit)"
    names = credit.get("photographers") or []
    written = credit.get("photographers_written") or []
    parts = [credit.get("kind") or "", f"photographers: {'; '.join(names)}" if names else ""]
    parts += [f"as written: {'; '.join(written)}" if written and written != names else ""]
    parts += [f"agency: {credit['agency']}" if credit.get("agency") else ""]
    parts += [f"distributor: {credit['distributor']}" if credit.get("distributor") else ""]
    raw = credit.get("raw")
    parts += [f"raw: {raw}" if raw and raw != line else ""]
    details = "; ".join(p for p in parts if p)
    return f"{line}  [{details}]" if details else line


def _plain(value: Any) -> str:
    """A value as text: lists joined with '; ', mappings as 'key: value', never Python's repr."""
    if isinstance(value, list):
        return "; ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items() if v not in (None, [], "", {}))
    return str(value)


def _indent(text: str) -> str:
    """A multi-line caption keeps its lines under the value column."""
    return text.replace("\n", "\n" + " " * 17)


def _item(key: str, value: Any) -> str:
    """One line for a list entry: conflicts, corrections and caption sources read as sentences."""
    if not isinstance(value, dict):
        return str(value)
    if key == "corrections":
        undone = f", undone {value['undone_at']}" if value.get("undone_at") else ""
        return f'#{value["id"]} "{value["from"]}" -> "{value["to"]}" ({value["rule"]}{undone})'
    if key == "conflicts":
        return f"{value.get('field')}: {_plain(value.get('chosen'))} used ({value.get('rule')})"
    if key == "caption_sources":
        text = value.get("caption") or value.get("headline")
        credit = value.get("credit")
        if not text and not credit:
            return f"{value.get('kind')}: no caption, no credit"
        return f"{value.get('kind')}: " + " | ".join([credit or "(no credit)", *([cut(text, 80)] if text else [])])
    return _plain(value)


@click.command(name="ls")
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
    if not assets:
        click.echo("no pictures in the library", err=True)
        return
    print_table(assets)


def print_table(assets: list[dict[str, Any]]) -> None:
    """A header over the columns, then one line per asset, the caption cut to the terminal."""
    width = terminal_width()
    click.echo(f"{'id':>6}  {'sha256':<8}  {'taken':<10}  {'credit':<24}  caption")
    for a in assets:
        date = (a.get("taken_at") or "")[:10] or "—"
        credit = a["credit"].get("line") or a["credit"].get("raw") or a.get("byline") or ""
        left = f"{a['id']:>6}  {a['sha256'][:8]}  {date:<10}  {cut(credit, 24):<24}  "
        click.echo(left + cut(a.get("caption") or a.get("filename"), max(10, width - len(left))))
