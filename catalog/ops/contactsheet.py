"""A contact sheet: one self-contained HTML page for editors — thumbnails embedded, captions, credit lines, ids,
duplicate groups marked. No external file, font or script is referenced, so it can be mailed or archived as is.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from html import escape

from catalog.library import Library
from catalog.model import Asset
from catalog.ops.assets import credit_line, records

CSS = """
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Hebrew",sans-serif;
margin:24px;color:#1d1d1f;background:#f6f6f4}
header{display:flex;justify-content:space-between;align-items:baseline;border-bottom:2px solid #1d1d1f;
margin-bottom:16px}
h1{font-size:20px;margin:0 0 8px}
.meta{color:#666}
main{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:16px}
figure{margin:0;background:#fff;border:1px solid #ddd;border-radius:6px;overflow:hidden;display:flex;
flex-direction:column}
figure.copy{border-color:#c77d00;background:#fffaf0}
.thumb{background:#222;display:flex;align-items:center;justify-content:center;height:190px}
.thumb img{max-width:100%;max-height:190px;display:block}
figcaption{padding:8px 10px;display:flex;flex-direction:column;gap:4px}
.caption{font-size:13px}
.credit{font-weight:600;font-size:12px}
.ids{font:11px ui-monospace,SFMono-Regular,Menlo,monospace;color:#666}
.badge{align-self:flex-start;font-size:11px;padding:1px 6px;border-radius:10px;background:#eee;color:#333}
.badge.copy{background:#c77d00;color:#fff}
.badge.keeper{background:#2d6a4f;color:#fff}
"""
SCRIPT = """window.addEventListener('load',function(){var imgs=document.querySelectorAll('img'),n=0;
for(var i=0;i<imgs.length;i++){if(imgs[i].complete&&imgs[i].naturalWidth>0){n++;}}
document.body.setAttribute('data-images',imgs.length);document.body.setAttribute('data-rendered',n);});"""


def render(library: Library, ids: list[int], *, title: str = "Contact sheet", total: int | None = None) -> str:
    """The page of ``ids`` in order; ``total`` is how many pictures matched when fewer are shown (``--limit``), so
    the page says so."""
    assets = records(library, ids)
    shown = f"{len(assets)} of {total}" if total is not None and total > len(assets) else f"{len(assets)}"
    keepers = {a.duplicate_of for a in assets if a.duplicate_of}
    keepers |= set(library.catalog.assets.keepers())
    cards = [_card(library, a, a.id in keepers) for a in assets]
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{escape(title)}</title>'
        f"<style>{CSS}</style><script>{SCRIPT}</script></head><body>"
        f'<header><h1>{escape(title)}</h1><span class="meta">{shown} picture(s) · {made}</span></header>'
        f"<main>{''.join(cards)}</main></body></html>\n"
    )


def _card(library: Library, asset: Asset, is_keeper: bool) -> str:
    thumb = ""
    if asset.thumbnail:
        try:
            data = library.store.read(asset.thumbnail)
            src = "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")
            thumb = f'<img src="{src}" alt="{escape(asset.filename or "")}" loading="eager">'
        except OSError:
            thumb = '<span class="meta">thumbnail missing</span>'
    copy_of = asset.duplicate_of
    badge = ""
    if copy_of:
        badge = f'<span class="badge copy">copy of {copy_of}</span>'
    elif is_keeper:
        badge = f'<span class="badge keeper">keeper of group {asset.id}</span>'
    credit = credit_line(asset) or asset.credit_raw or asset.byline or ""
    caption = asset.caption or asset.headline or ""
    size = f"{asset.width}×{asset.height}"
    date = (asset.taken_at or "")[:10]
    return (
        f'<figure class="{"copy" if copy_of else ""}" id="asset-{asset.id}">'
        f'<div class="thumb">{thumb}</div><figcaption>{badge}'
        f'<div class="caption" dir="auto">{escape(caption)}</div>'
        f'<div class="credit" dir="auto">{escape(credit)}</div>'
        f'<div class="ids">#{asset.id} · {asset.sha256[:10]} · {escape(size)}'
        f"{' · ' + escape(date) if date else ''}</div></figcaption></figure>"
    )
