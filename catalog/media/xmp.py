"""XMP packets, read into the same field names the IIM reader uses.

A property may be written as an attribute of ``rdf:Description``, as an element with text, or as an
``rdf:Alt``/``rdf:Bag``/``rdf:Seq`` of ``rdf:li`` items; all three forms are accepted. Parsing goes through
defusedxml: a packet is untrusted input, and entity expansion or external references are refused.

A JPEG APP1 segment holds at most 64 KB, so writers move large properties (a long caption) into *Extended XMP*:
APP1 segments headed ``http://ns.adobe.com/xmp/extension/`` carrying a GUID, the full length, an offset and a
chunk. As ExifTool does, the chunks of the GUID that the main packet names in ``xmpNote:HasExtendedXMP`` are
joined in offset order and merged into the main packet; other GUIDs and incomplete extensions are ignored, with a
warning.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET

from catalog.text import normalize

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DC = "http://purl.org/dc/elements/1.1/"
PS = "http://ns.adobe.com/photoshop/1.0/"
CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
EXIF = "http://ns.adobe.com/exif/1.0/"
XMP_NOTE = "http://ns.adobe.com/xmp/note/"
EXTENSION_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
_CHUNK_HEADER = len(EXTENSION_HEADER) + 32 + 8  # signature, GUID (32 hex digits), full length, offset

# field name -> (namespace, property, is a list)
PROPERTIES: dict[str, tuple[str, str, bool]] = {
    "caption": (DC, "description", False),
    "object_name": (DC, "title", False),
    "byline": (DC, "creator", True),
    "copyright": (DC, "rights", False),
    "keywords": (DC, "subject", True),
    "headline": (PS, "Headline", False),
    "credit": (PS, "Credit", False),
    "source": (PS, "Source", False),
    "byline_title": (PS, "AuthorsPosition", False),
    "city": (PS, "City", False),
    "province_state": (PS, "State", False),
    "country": (PS, "Country", False),
    "instructions": (PS, "Instructions", False),
    "date_created": (PS, "DateCreated", False),
    "sublocation": (CORE, "Location", False),
    "country_code": (CORE, "CountryCode", False),
    "people": (EXT, "PersonInImage", True),
    "date_time_original": (EXIF, "DateTimeOriginal", False),
}
MAX_PACKET = 4 * 1024 * 1024


@dataclass
class XmpPacket:
    fields: dict[str, str | list[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def parse_xmp(packet: bytes, extension: tuple[bytes, ...] = ()) -> XmpPacket:
    """Read a packet; ``extension`` holds the file's Extended XMP segments (APP1 bodies), if any."""
    result = XmpPacket()
    root = _root(packet, result, "XMP packet")
    if root is None:
        return result
    _read_fields(root, result)
    guid = _extended_guid(root)
    if guid is None:
        if extension:
            result.warnings.append("Extended XMP ignored: the main packet names no extension (HasExtendedXMP)")
        return result
    joined = join_extension(extension, guid, result.warnings)
    extended = _root(joined, result, "Extended XMP") if joined is not None else None
    if extended is not None:
        _read_fields(extended, result)
    return result


def _root(packet: bytes, result: XmpPacket, what: str) -> ET.Element | None:
    if len(packet) > MAX_PACKET:
        result.warnings.append(f"{what} of {len(packet)} bytes ignored (over {MAX_PACKET})")
        return None
    try:
        root: ET.Element = SafeET.fromstring(_trim(packet))
    except Exception as e:  # defusedxml raises several unrelated types for hostile or broken XML
        result.warnings.append(f"{what} unreadable: {type(e).__name__}")
        return None
    return root


def _extended_guid(root: ET.Element) -> str | None:
    tag = f"{{{XMP_NOTE}}}HasExtendedXMP"
    for desc in root.iter(f"{{{RDF}}}Description"):
        value = _property(desc, tag, False)
        if isinstance(value, str) and value:
            return value
    return None


def join_extension(segments: tuple[bytes, ...], guid: str, warnings: list[str]) -> bytes | None:
    """The Extended XMP of ``guid``: its chunks placed by offset, each starting where the one before ended, the
    whole exactly as long as the length every chunk declares (ExifTool's rule). None, with a warning, otherwise."""
    chunks: dict[int, bytes] = {}
    sizes: set[int] = set()
    others: set[bytes] = set()
    for segment in segments:
        if not segment.startswith(EXTENSION_HEADER) or len(segment) <= _CHUNK_HEADER:
            continue
        start = len(EXTENSION_HEADER)
        seg_guid = segment[start : start + 32]
        if seg_guid != guid.encode("ascii", "replace"):
            others.add(seg_guid)
            continue
        sizes.add(int.from_bytes(segment[start + 32 : start + 36], "big"))
        chunks[int.from_bytes(segment[start + 36 : start + 40], "big")] = segment[_CHUNK_HEADER:]
    if others:
        warnings.append(f"Extended XMP under {len(others)} other GUID(s) ignored (the main packet names {guid})")
    if not chunks:
        warnings.append(f"Extended XMP {guid} named by the main packet is missing")
        return None
    size = max(sizes)
    if len(sizes) > 1 or size > MAX_PACKET:
        warnings.append(f"Extended XMP {guid} ignored: inconsistent or oversized length ({size} bytes)")
        return None
    parts, offset = [], 0
    while offset < size and offset in chunks and chunks[offset]:
        parts.append(chunks[offset])
        offset += len(chunks[offset])
    if offset != size:
        warnings.append(f"Extended XMP {guid} incomplete ({offset} of {size} bytes): ignored")
        return None
    return b"".join(parts)


def _read_fields(root: ET.Element, result: XmpPacket) -> None:
    """Fill the fields not yet known (the main packet is read first, its extension after it)."""
    for desc in root.iter(f"{{{RDF}}}Description"):
        for name, (ns, prop, is_list) in PROPERTIES.items():
            if name in result.fields:
                continue
            value = _property(desc, f"{{{ns}}}{prop}", is_list)
            if value:
                result.fields[name] = value


def _trim(packet: bytes) -> bytes:
    """Drop what surrounds the XML (padding, a NUL-terminated namespace header some writers leave)."""
    start = packet.find(b"<")
    end = packet.rfind(b">")
    if start < 0 or end < start:
        return packet
    return packet[start : end + 1]


def _property(desc: ET.Element, tag: str, is_list: bool) -> str | list[str]:
    if tag in desc.attrib:
        text = normalize(desc.attrib[tag])
        return [text] if is_list and text else text
    element = desc.find(tag)
    if element is None:
        return [] if is_list else ""
    items = _items(element)
    if is_list:
        return items
    return items[0] if items else ""


def _items(element: ET.Element) -> list[str]:
    """The values of a property: an Alt's x-default first, a Bag's or Seq's items in order, or plain text."""
    for container in ("Alt", "Bag", "Seq"):
        holder = element.find(f"{{{RDF}}}{container}")
        if holder is None:
            continue
        lis = holder.findall(f"{{{RDF}}}li")
        if container == "Alt":
            lis.sort(key=lambda li: li.get(XML_LANG) != "x-default")
        return [t for t in (normalize("".join(li.itertext())) for li in lis) if t]
    value = element.get(f"{{{RDF}}}resource")
    text = normalize(value if value is not None else "".join(element.itertext()))
    return [text] if text else []
