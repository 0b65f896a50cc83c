"""The desk in a real browser: an editor finds pictures, moves with the keyboard, selects and opens one."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from .helpers import exiftool, photo, run
from .web_server import served

HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script> Knesset'


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    incoming = root / "incoming"
    for i, (caption, credit) in enumerate(
        [
            ("Prime Minister Benjamin Netanyahu at the Knesset", "Haim Zach/GPO"),
            ("ראש הממשלה בנימין נתניהו בכנסת", "Haim Zach/GPO"),
            (HOSTILE, "Reuters"),
            ("Rescue teams in Nahariya", "Miriam Alster/Flash90"),
        ]
    ):
        picture = photo(incoming / f"{i + 1}.jpg", seed=i + 1, fmt="JPEG")
        exiftool(picture, f"-XMP-dc:Description={caption}", f"-XMP-photoshop:Credit={credit}")
    result = run("--library", str(root / "lib"), "ingest", str(incoming))
    assert result.exit_code == 0, result.stderr
    return root / "lib"


def test_an_editor_searches_moves_with_the_keyboard_selects_and_opens(library: Path, page: Page) -> None:
    with served(library) as base:
        page.goto(base + "/")
        assert page.locator(".card[data-asset-id]").count() == 4
        page.wait_for_selector("aside[data-loaded=true]")
        assert "Haim Zach" in page.inner_text("aside.facets")
        page.fill("#q", "agency:GPO")
        page.press("#q", "Enter")
        page.wait_for_url("**/?q=agency%3AGPO")
        cards = page.locator(".card[data-asset-id]")
        assert cards.count() == 2
        assert page.locator(".chip", has_text="agency:GPO").count() == 1
        page.press("#q", "ArrowDown")
        first = cards.nth(0).get_attribute("data-asset-id")
        assert page.evaluate("document.activeElement.dataset.assetId") == first
        page.keyboard.press("ArrowRight")
        second = page.evaluate("document.activeElement.dataset.assetId")
        assert second == cards.nth(1).get_attribute("data-asset-id")
        page.keyboard.press("x")
        assert page.evaluate("window.photodesk.selected()") == [second]
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/assets/{second}")
        assert "Haim Zach/GPO" in page.inner_text("#house-line")


def test_hebrew_reads_right_to_left_and_a_hostile_caption_is_only_text(library: Path, page: Page) -> None:
    with served(library) as base:
        page.goto(base + "/")
        hebrew = page.locator(".caption", has_text="ראש הממשלה")
        assert hebrew.evaluate("e => getComputedStyle(e).direction") == "rtl"
        english = page.locator(".caption", has_text="Prime Minister")
        assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
        assert page.locator(".caption", has_text="<script>").count() == 1  # shown as text
        assert page.title() != "pwned" and page.locator(".card img[src='x']").count() == 0
        page.screenshot(path=str(library.parent / "grid.png"), full_page=True)


def test_every_button_on_the_picture_page_can_be_read(library: Path, page: Page) -> None:
    """Buttons from every screen share one stylesheet: none may end up with its text the colour of its face."""
    with served(library) as base:
        page.goto(base + "/assets/1")
        buttons = page.locator("button:visible")
        assert buttons.count() >= 2
        for i in range(buttons.count()):
            text, face, ink = buttons.nth(i).evaluate(
                "b => [b.innerText.trim(), getComputedStyle(b).backgroundColor, getComputedStyle(b).color]"
            )
            assert text and face != ink, (text, face, ink)


def test_a_selection_on_the_grid_opens_its_edit_form(library: Path, page: Page) -> None:
    with served(library) as base:
        page.goto(base + "/?q=agency:GPO")
        cards = page.locator(".card[data-asset-id]")
        for i in range(cards.count()):
            cards.nth(i).focus()
            page.keyboard.press("x")
        assert page.inner_text("#edit-selection") == "Edit selection (2)"
        page.click("#edit-selection")
        page.wait_for_url("**/edit")
        assert "2 pictures" in page.inner_text("main") or "mixed" in page.inner_text("main")
