"""Whole lines (caption and credit) in forms met beyond the first fixtures: one family per block, each read as
``photodesk credits parse`` reads it. Every row here failed before the rule that reads it was written."""

from __future__ import annotations

import pytest

from catalog.credits import read_line

# (line as received, caption, photographers, agency, kind)
LINES: list[tuple[str, str | None, list[str], str | None, str]] = [
    # a longer label before its colon, with the word for "credit" in it; the New York Times' 'Credit...'
    ("Photo credit must read: ABIR SULTAN/EPA", None, ["Abir Sultan"], "EPA", "photo"),
    ("Credito foto: Cecilia Fabiano/LaPresse", None, ["Cecilia Fabiano"], "LaPresse", "photo"),
    ("Crédito da foto: Tânia Rêgo/Agência Brasil", None, ["Tânia Rêgo"], "Agência Brasil", "photo"),
    ("MANDATORY CREDIT: Jonathan Brady/PA Media", None, ["Jonathan Brady"], "PA", "photo"),
    (
        "Rain over the port. Credit...Sergey Ponomarev for The New York Times",
        "Rain over the port.",
        ["Sergey Ponomarev"],
        "The New York Times",
        "photo",
    ),
    # a stock library's reference number after the credit is not part of the library's name
    (
        "Prince William at a reception. Mandatory Credit: Photo by Tim Rooke/Shutterstock (14601234b)",
        "Prince William at a reception.",
        ["Tim Rooke"],
        "Shutterstock",
        "photo",
    ),
    ("Mandatory Credit: Photo by Andy Rain/EPA-EFE/Shutterstock (14567890a)", None, ["Andy Rain"], "EPA-EFE", "photo"),
    # 'Copyright ©' is one label, not a caption and a credit
    ("Copyright © 2024 Haim Zach/GPO", None, ["Haim Zach"], "GPO", "photo"),
    # a label, a name and a dash before the agency: one credit, in a caseless script too
    ("عدسة: محمد سالم - رويترز", None, ["محمد سالم"], "Reuters", "photo"),
]


@pytest.mark.parametrize(("line", "caption", "photographers", "agency", "kind"), LINES)
def test_a_line_is_read_into_its_caption_and_credit(
    line: str, caption: str | None, photographers: list[str], agency: str | None, kind: str
) -> None:
    reading = read_line(line)
    assert reading.caption == caption
    assert reading.credit is not None, line
    assert (reading.credit.photographers, reading.credit.agency, reading.credit.kind) == (photographers, agency, kind)


# Lines a careless rule would take for a credit: the caption stays whole.
NOT_CREDITS = [
    "In pictures: the Jerusalem Marathon",
    "Le président (au centre) entouré de ses ministres.",
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_a_caption_that_only_resembles_a_credit_stays_a_caption(line: str) -> None:
    reading = read_line(line)
    assert (reading.caption, reading.credit) == (line, None)
