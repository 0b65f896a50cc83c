"""XMP packets, read into the same field names the IIM reader uses.

A property may be written as an attribute of ``rdf:Description``, as an element with text, or as an
``rdf:Alt``/``rdf:Bag``/``rdf:Seq`` of ``rdf:li`` items; all three forms are accepted. Parsing goes through
defusedxml: a packet is untrusted input, and entity expansion or external references are refused.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET

from .iptc import normalize

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DC = "http://purl.org/dc/elements/1.1/"
PS = "http://ns.adobe.com/photoshop/1.0/"
CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
EXIF = "http://ns.adobe.com/exif/1.0/"

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


def parse_xmp(packet: bytes) -> XmpPacket:
    result = XmpPacket()
    if len(packet) > MAX_PACKET:
        result.warnings.append(f"XMP packet of {len(packet)} bytes ignored (over {MAX_PACKET})")
        return result
    try:
        root = SafeET.fromstring(_trim(packet))
    except Exception as e:  # defusedxml raises several unrelated types for hostile or broken XML
        result.warnings.append(f"XMP packet unreadable: {type(e).__name__}")
        return result
    for desc in root.iter(f"{{{RDF}}}Description"):
        for name, (ns, prop, is_list) in PROPERTIES.items():
            if name in result.fields:
                continue
            value = _property(desc, f"{{{ns}}}{prop}", is_list)
            if value:
                result.fields[name] = value
    return result


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
