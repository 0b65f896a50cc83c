"""Caption metadata from EXIF, IPTC IIM and XMP, reconciled by the Metadata Working Group's reading rule.

For caption, byline and copyright (the fields EXIF also has): a non-blank EXIF value wins. Between IIM and XMP,
for every field: XMP wins when the file has no IIM value, or no stored IPTC digest, or a digest that still matches
the IIM; the IIM wins when the digest no longer matches it (an IIM-only editor changed it after the last
MWG-aware save). An IIM value that fills its dataset's length limit and is a prefix of the XMP value was
truncated, so the XMP wins. This is what ExifTool's MWG module does. One deliberate addition: EXIF
ImageDescription values that cameras write as placeholders ('OLYMPUS DIGITAL CAMERA') are not captions.

Every disagreement between sources is returned as a conflict naming the winner; every value as read is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PIL import Image

from catalog.media.exif import ExifInfo, read_exif
from catalog.media.iptc import LIMITS, IimBlock, decode_iim, digest_matches, iim_from_irb
from catalog.media.xmp import EXTENSION_HEADER, XmpPacket, parse_xmp
from catalog.text import normalize

TEXT_FIELDS = (
    "caption",
    "headline",
    "credit",
    "source",
    "copyright",
    "object_name",
    "instructions",
    "byline_title",
    "city",
    "sublocation",
    "province_state",
    "country",
    "country_code",
)
LIST_FIELDS = ("byline", "keywords", "people")
EXIF_FIELDS = ("caption", "byline", "copyright")
CAMERA_PLACEHOLDER = re.compile(
    r"^([A-Z0-9 .\-]*DIGITAL (STILL )?CAMERA|SONY DSC|SAMSUNG CAMERA PICTURES|DCIM|"  # capitals, as cameras write
    r"(?i:default|image|image description|IDL TIFF file)|[A-Z_]*\d+\.(?i:JPE?G|TIFF?)|<.*>|\W*)$"
)
# Values some writers store instead of the real one: an Alt's language tag as its text, bare punctuation.
WRITER_JUNK = re.compile(r"^(x-default|\W*)$")
Value = str | list[str] | None
XMP_APP1_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"


@dataclass
class Embedded:
    """Reconciled values (``fields``), camera facts, and everything needed to explain them."""

    fields: dict[str, Value] = field(default_factory=dict)
    taken_at: str | None = None
    exif: ExifInfo = field(default_factory=ExifInfo)
    raw: dict[str, Any] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Blocks:
    exif: bytes | None = None
    xmp: bytes | None = None
    iim: bytes | None = None
    digest: bytes | None = None
    xmp_extension: tuple[bytes, ...] = ()  # JPEG Extended XMP segments (APP1 bodies), joined by the XMP reader


def read_embedded(im: Image.Image, fmt: str, data: bytes) -> Embedded:
    """Everything a loaded Pillow image carries (call after ``load()``: PNG text after the pixels counts)."""
    blocks = find_blocks(im, fmt, data)
    exif = read_exif(blocks.exif) if blocks.exif else ExifInfo()
    iim = decode_iim(blocks.iim) if blocks.iim else IimBlock()
    xmp = parse_xmp(blocks.xmp, blocks.xmp_extension) if blocks.xmp else XmpPacket()
    digest = digest_matches(blocks.iim, blocks.digest) if blocks.iim else None
    out = Embedded(exif=exif, warnings=exif.warnings + iim.warnings + xmp.warnings)
    out.raw = {
        "exif": exif.raw,
        "iim": iim.fields,
        "iim_charset": iim.charset if blocks.iim else None,
        "iim_charset_declared": iim.charset_declared,
        "xmp": xmp.fields,
        "iptc_digest": {None: "absent", True: "matches", False: "stale"}[digest],
    }
    for name in TEXT_FIELDS + LIST_FIELDS:
        out.fields[name] = _reconcile(name, exif, iim, xmp, digest, out)
    out.taken_at = exif.taken_at or _iim_datetime(iim) or _xmp_datetime(xmp)
    return out


def find_blocks(im: Image.Image, fmt: str, data: bytes) -> Blocks:
    info = im.info
    blocks = Blocks(exif=_bytes(info.get("exif")), xmp=_bytes(info.get("xmp") or info.get("XML:com.adobe.xmp")))
    if fmt == "JPEG":
        photoshop = info.get("photoshop")
        if isinstance(photoshop, dict):
            blocks.iim, blocks.digest = photoshop.get(0x0404), photoshop.get(0x0425)
        applist = getattr(im, "applist", [])
        blocks.xmp_extension = tuple(b for m, b in applist if m == "APP1" and b.startswith(EXTENSION_HEADER))
    elif fmt == "TIFF":
        blocks.exif = data
        tagdata = getattr(getattr(im, "tag_v2", None), "_tagdata", {})
        blocks.iim = _bytes(tagdata.get(33723))
        irb = _bytes(tagdata.get(34377))
        if irb:
            irb_iim, blocks.digest = iim_from_irb(irb)
            blocks.iim = blocks.iim or irb_iim
        blocks.xmp = blocks.xmp or _bytes(tagdata.get(700))
    elif fmt == "PNG":
        _png_profiles(info, blocks)
    return blocks


def _png_profiles(info: dict[str | tuple[int, int], Any], blocks: Blocks) -> None:
    """ImageMagick's and ExifTool's 'Raw profile type' text chunks, read as ExifTool reads them: IPTC (IIM or a
    Photoshop IRB), EXIF (a TIFF structure, with or without ``Exif\\0\\0``), XMP, and APP1 (EXIF or XMP, by its
    header). A standard chunk (``eXIf``, ``iTXt`` XMP) wins over a raw profile."""
    profile = info.get("Raw profile type iptc") or info.get("Raw profile type 8bim")
    if isinstance(profile, str):
        payload = _png_raw_profile(profile)
        if payload.startswith(b"8BIM"):
            blocks.iim, blocks.digest = iim_from_irb(payload)
        elif payload:
            blocks.iim = payload
    for name in ("Raw profile type exif", "Raw profile type APP1", "Raw profile type xmp"):
        text = info.get(name)
        payload = _png_raw_profile(text) if isinstance(text, str) else b""
        if payload.startswith(XMP_APP1_HEADER):
            blocks.xmp = blocks.xmp or payload[len(XMP_APP1_HEADER) :]
        elif payload.startswith((b"Exif\x00\x00", b"MM\x00*", b"II*\x00")):
            blocks.exif = blocks.exif or payload
        elif payload and name.endswith("xmp"):
            blocks.xmp = blocks.xmp or payload


def _bytes(value: object) -> bytes | None:
    if isinstance(value, bytes):
        return value or None
    if isinstance(value, str):
        return value.encode("utf-8") or None
    return None


def _png_raw_profile(text: str) -> bytes:
    """ImageMagick/ExifTool 'Raw profile type' text: a name line, a length line, then hex."""
    lines = text.strip().splitlines()
    if len(lines) < 3:
        return b""
    try:
        length = int(lines[1].strip())
        return bytes.fromhex("".join(lines[2:]))[:length]
    except ValueError:
        return b""


def _as_list(value: Value) -> list[str]:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


def _reconcile(name: str, exif: ExifInfo, iim: IimBlock, xmp: XmpPacket, digest: bool | None, out: Embedded) -> Value:
    is_list = name in LIST_FIELDS
    candidates: dict[str, list[str]] = {}
    exif_value = exif.fields.get(name) if name in EXIF_FIELDS else None
    camera = {(exif.make or "").lower(), (exif.model or "").lower()}
    if exif_value and name == "caption" and (CAMERA_PLACEHOLDER.match(exif_value) or exif_value.lower() in camera):
        out.warnings.append(f"EXIF ImageDescription {exif_value!r} is a camera placeholder, not a caption")
        exif_value = None
    if exif_value:
        candidates["exif"] = [p.strip() for p in exif_value.split(";") if p.strip()] if is_list else [exif_value]
    for source, values in (("iim", iim.fields.get(name)), ("xmp", xmp.fields.get(name))):
        items = _dedupe(_as_list(values))
        junk = [v for v in items if WRITER_JUNK.match(v)]
        if junk:
            out.warnings.append(f"{source.upper()} {name} {junk[0]!r} is writer junk, not a value")
            items = [v for v in items if v not in junk]
        if items:
            candidates[source] = items
    if not candidates:
        return [] if is_list else None
    winner, rule = _choose(name, candidates, iim, digest)
    if len({tuple(v) for v in candidates.values()}) > 1:
        out.conflicts.append(
            {
                "field": name,
                "values": {s: _show(v, is_list) for s, v in candidates.items()},
                "chosen": winner,
                "rule": rule,
            }
        )
    chosen = candidates[winner]
    return chosen if is_list else chosen[0]


def _choose(name: str, candidates: dict[str, list[str]], iim: IimBlock, digest: bool | None) -> tuple[str, str]:
    if "exif" in candidates:
        return "exif", "EXIF wins when present"
    if "iim" not in candidates:
        return "xmp", "only XMP has it"
    if "xmp" not in candidates:
        return "iim", "only IIM has it"
    iim_text, xmp_text = candidates["iim"][0], candidates["xmp"][0]
    limit = LIMITS.get(name)
    if (
        limit
        and len(candidates["iim"]) == 1
        and iim.raw_lengths.get(name, 0) >= limit
        and xmp_text.startswith(iim_text)
    ):
        return "xmp", "IIM value truncated at its length limit"
    if digest is False:
        return "iim", "IPTC digest stale: IIM edited after the last XMP sync"
    return "xmp", "XMP wins (IPTC digest absent or matching)"


def _dedupe(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _show(values: list[str], is_list: bool) -> str | list[str]:
    return values if is_list else values[0]


def _iim_datetime(iim: IimBlock) -> str | None:
    date = iim.fields.get("date_created")
    if not isinstance(date, str) or not re.fullmatch(r"\d{8}", date):
        return None
    time = iim.fields.get("time_created")
    try:
        day = datetime.strptime(date, "%Y%m%d").date().isoformat()
    except ValueError:
        return None
    if not isinstance(time, str):
        return day
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})(\d{2}))?", time)
    if not m or int(m[1]) > 23 or int(m[2]) > 59 or int(m[3]) > 59:
        return day
    offset = f"{m[4]}{m[5]}:{m[6]}" if m[4] else ""
    return f"{day}T{m[1]}:{m[2]}:{m[3]}{offset}"


def _xmp_datetime(xmp: XmpPacket) -> str | None:
    for key in ("date_time_original", "date_created"):
        value = xmp.fields.get(key)
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(normalize(value).replace("Z", "+00:00")).isoformat()
            except ValueError:
                continue
    return None
