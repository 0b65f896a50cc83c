from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from catalog.media.xmp import parse_xmp

HEAD = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
)
TAIL = "</rdf:Description></rdf:RDF></x:xmpmeta>"


def test_attribute_and_element_forms_are_both_read() -> None:
    packet = (
        HEAD + 'photoshop:Credit="GPO">'
        "<photoshop:Headline>Netanyahu in Moscow</photoshop:Headline>"
        '<dc:description><rdf:Alt><rdf:li xml:lang="he">כיתוב</rdf:li>'
        '<rdf:li xml:lang="x-default">Caption</rdf:li></rdf:Alt></dc:description>'
        "<dc:creator><rdf:Seq><rdf:li>Haim Zach</rdf:li><rdf:li>Kobi Gideon</rdf:li></rdf:Seq></dc:creator>"
        "<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Sara Netanyahu</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>"
        + TAIL
    )
    fields = parse_xmp(packet.encode()).fields
    assert fields["credit"] == "GPO"
    assert fields["headline"] == "Netanyahu in Moscow"
    assert fields["caption"] == "Caption"  # x-default wins over other languages
    assert fields["byline"] == ["Haim Zach", "Kobi Gideon"]
    assert fields["people"] == ["Sara Netanyahu"]


def test_entity_expansion_is_refused_not_expanded() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        + HEAD
        + ">"
        + "<dc:title>&lol2;</dc:title>"
        + TAIL
    )
    packet = parse_xmp(bomb.encode())
    assert packet.fields == {}
    assert packet.warnings and "unreadable" in packet.warnings[0]


def test_padding_around_the_packet_is_ignored() -> None:
    packet = b"\x00\x00 " + (HEAD + 'photoshop:Source="Reuters">' + TAIL).encode() + b" " * 2000
    assert parse_xmp(packet).fields == {"source": "Reuters"}


@given(st.binary(max_size=3000))
def test_garbage_never_raises(data: bytes) -> None:
    parse_xmp(data)


@given(st.text(max_size=200))
def test_any_text_in_a_property_never_raises(text: str) -> None:
    from xml.sax.saxutils import escape

    parse_xmp((HEAD + "><photoshop:Credit>" + escape(text) + "</photoshop:Credit>" + TAIL).encode())
