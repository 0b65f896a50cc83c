"""The picture page and the desk's edits: every part of the page, edits logged with who/from/to and undoable, a
selection's mixed fields left alone, a save on a stale version refused (the other editor's text survives),
hostile captions kept as text, previews by content address only — and one real browser doing it."""

from __future__ import annotations

import io
import json
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image
from starlette.testclient import TestClient

from catalog.library import open_library
from web.app import create_app

from .helpers import DATA, desk_client, exiftool, run
from .web_server import served as desk_served

if TYPE_CHECKING:
    from playwright.sync_api import Browser

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> Kremlin'
BASE = "http://127.0.0.1:8750"


def _save(image: Image.Image, path: Path, **kw: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, **kw)
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("assets-desk")
    incoming = root / "incoming"
    with Image.open(DATA / "osprey.jpg") as im:
        osprey = im.convert("RGB")
    main = _save(osprey, incoming / "osprey.jpg", quality=95)
    exiftool(
        main,
        "-XMP-dc:Description=An osprey over the lake",
        "-XMP-photoshop:Headline=Osprey",
        "-XMP-photoshop:Credit=Haim Zach/GPO",
        "-XMP-iptcExt:PersonInImage=Ranger Dana",
    )
    w, h = osprey.size
    _save(osprey.resize((w // 2, h // 2), Image.Resampling.LANCZOS), incoming / "osprey-small.jpg", quality=80)
    with Image.open(DATA / "wren.jpg") as im:
        wren = im.convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 CW to display
    rotated = _save(wren, incoming / "wren.jpg", quality=90, exif=exif.tobytes())
    exiftool(rotated, "-XMP-dc:Description=A wren on a branch", "-XMP-photoshop:Credit=Haim Zach/GPO")
    hostile = _save(wren.resize((200, 150)), incoming / "hostile.jpg", quality=90)
    exiftool(hostile, f"-XMP-dc:Description={HOSTILE}", "-XMP-photoshop:Credit=Reuters")
    result = run("--library", str(root / "lib"), "ingest", str(incoming), "--json")
    assert result.exit_code == 0, result.stderr
    return root / "lib"


@pytest.fixture()
def lib(built: Path, tmp_path: Path) -> Path:
    """A fresh copy of the built library for each test (edits change it)."""
    return Path(shutil.copytree(built, tmp_path / "lib"))


def client_of(lib: Path, **kw: object) -> TestClient:
    return desk_client(create_app(lib, **kw), base_url=BASE)  # type: ignore[arg-type]


def ids(client: TestClient) -> dict[str, int]:
    return {a["filename"]: a["id"] for a in client.get("/api/search", params={"q": "", "limit": 100}).json()}


def csrf(page: str) -> str:
    found = re.search(r'<meta name="csrf-token" content="([^"]+)">', page)
    assert found
    return found.group(1)


def form_of(client: TestClient, asset_id: int) -> dict[str, str]:
    """The picture page's edit form as the browser would send it, unchanged."""
    page = client.get(f"/assets/{asset_id}").text
    form = page[page.index('<form class="edit"') :]
    form = form[: form.index("</form>")]
    out = {"csrf": csrf(page)}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form):
        out[name] = _unescape(value)
    for name, value in re.findall(r'<textarea name="([^"]+)"[^>]*>(.*?)</textarea>', form, re.S):
        out[name] = _unescape(value)
    for name, value in re.findall(r'<input name="([^"]+)" value="([^"]*)"', form):
        out[name] = _unescape(value)
    return out


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def asset(client: TestClient, asset_id: int) -> dict[str, object]:
    data: dict[str, object] = client.get(f"/api/assets/{asset_id}").json()
    return data


def test_the_picture_page_shows_every_part(lib: Path) -> None:
    client = client_of(lib)
    found = ids(client)
    a = asset(client, found["osprey.jpg"])
    page = client.get(f"/assets/{found['osprey.jpg']}").text
    assert f'src="/previews/{a["sha256"]}.jpg"' in page
    assert "An osprey over the lake" in page and ">Osprey</h1>" in page
    assert 'data-copy="Haim Zach/GPO"' in page and "Copy credit" in page
    for label in ("Photographers", "Agency", "Kind", "Distributor", "Credit as read"):
        assert f"<dt>{label}</dt>" in page
    assert "Ranger Dana" in page
    assert "Where each value came from" in page and "<b>embedded</b>" in page
    assert "Corrections" in page and "No corrections." in page
    assert "osprey-small.jpg" in page and "keeper" in page  # its duplicate group
    assert "Batch 1," in page and "incoming" in page
    assert f'name="version_{a["id"]}" value="0"' in page
    assert '<script src="/static/asset.js" defer></script>' in page
    small = client.get(f"/assets/{found['osprey-small.jpg']}").text
    assert "osprey.jpg" in small and "keeper" in small  # a copy's page shows its keeper


def test_an_edit_is_logged_with_from_to_and_editor_and_undo_restores_it(lib: Path) -> None:
    client = client_of(lib, token="pw")
    page = client.get("/signin").text
    signed = client.post("/signin", data={"token": "pw", "name": "Rivka Levi", "csrf": csrf(page)})
    assert signed.status_code in (200, 303)
    found = ids(client)
    oid = found["osprey.jpg"]
    form = form_of(client, oid)
    form |= {"caption": "A fishing osprey dives", "credit": "Ziv Koren/Flash90", "people": "Ranger Dana\nAmir Cohen"}
    saved = client.post(f"/assets/{oid}/edit", data=form, follow_redirects=False)
    assert saved.status_code == 303
    a = asset(client, oid)
    assert a["caption"] == "A fishing osprey dives" and a["version"] == 1
    assert a["credit"]["line"] == "Ziv Koren/Flash90" and a["credit"]["photographers"] == ["Ziv Koren"]  # type: ignore[index]
    assert "Amir Cohen" in a["people"]  # type: ignore[operator]
    edits = {c["field"]: c for c in a["corrections"] if c["rule"] == "desk-edit"}  # type: ignore[attr-defined]
    assert edits["caption"]["from"] == "An osprey over the lake" and edits["caption"]["to"] == "A fishing osprey dives"
    assert edits["credit"]["from"] == "Haim Zach/GPO" and edits["credit"]["to"] == "Ziv Koren/Flash90"
    assert edits["person"]["from"] == "" and edits["person"]["to"] == "Amir Cohen"
    assert {c["editor"] for c in edits.values()} == {"Rivka Levi"}
    assert {c["reason"] for c in edits.values()} == {"edited by the desk"}
    assert all(c["at"] for c in edits.values())
    assert oid in {x["id"] for x in client.get("/api/search", params={"q": "fishing"}).json()}  # search refreshed
    page = client.get(f"/assets/{oid}").text
    assert "Rivka Levi" in page and "Undo" in page
    assert '<dt>Caption</dt><dd>the desk: <span dir="auto">Rivka Levi</span>' in page and "(over embedded)" in page

    token = csrf(page)
    for field in ("caption", "credit", "person"):
        undone = client.post(f"/assets/{oid}/corrections/{edits[field]['id']}/undo", data={"csrf": token})
        assert undone.status_code == 200, undone.text  # followed to the page
    a = asset(client, oid)
    assert a["caption"] == "An osprey over the lake"
    assert a["credit"]["line"] == "Haim Zach/GPO"  # type: ignore[index]
    assert "Amir Cohen" not in a["people"]  # type: ignore[operator]
    assert a["version"] == 4
    assert all(c["undone_at"] for c in a["corrections"] if c["rule"] == "desk-edit")  # type: ignore[attr-defined]
    assert oid not in {x["id"] for x in client.get("/api/search", params={"q": "fishing"}).json()}
    again = client.post(f"/assets/{oid}/corrections/{edits['caption']['id']}/undo", data={"csrf": token})
    assert again.status_code == 409 and "already undone" in again.text


def test_an_editor_without_a_sign_in_name_is_the_desk(lib: Path) -> None:
    client = client_of(lib)
    oid = ids(client)["osprey.jpg"]
    form = form_of(client, oid) | {"headline": "Osprey, lake"}
    assert client.post(f"/assets/{oid}/edit", data=form, follow_redirects=False).status_code == 303
    (edit,) = [c for c in asset(client, oid)["corrections"] if c["rule"] == "desk-edit"]  # type: ignore[attr-defined]
    assert edit["editor"] == "desk" and edit["field"] == "headline" and edit["to"] == "Osprey, lake"


def test_a_desk_edit_stands_when_a_new_sheet_relinks_the_picture(lib: Path, tmp_path: Path) -> None:
    client = client_of(lib)
    oid = ids(client)["osprey.jpg"]
    form = form_of(client, oid) | {"caption": "The desk's caption", "credit": "Ziv Koren/Flash90"}
    assert client.post(f"/assets/{oid}/edit", data=form, follow_redirects=False).status_code == 303
    source = Path(asset(client, oid)["source_paths"][0])  # type: ignore[index]
    sheet = tmp_path / "sheet.json"
    sheet.write_text(
        json.dumps([{"file": source.name, "caption": "A sheet's caption", "credit": "Handout", "headline": "New"}])
    )
    result = run("--library", str(lib), "ingest", str(source), "--captions", str(sheet), "--json")
    assert result.exit_code == 0, result.stderr
    a = asset(client, oid)
    assert a["caption"] == "The desk's caption" and a["credit"]["line"] == "Ziv Koren/Flash90"  # type: ignore[index]
    assert a["headline"] == "New"  # not edited on the desk: the sheet wins as ever
    assert "A sheet's caption" in {s["caption"] for s in a["caption_sources"]}  # type: ignore[attr-defined]


def test_a_selection_edit_leaves_mixed_fields_alone(lib: Path) -> None:
    client = client_of(lib)
    found = ids(client)
    chosen = [found["osprey.jpg"], found["wren.jpg"]]
    token = csrf(client.get("/").text)
    shown = client.post("/edit", data={"csrf": token, "ids": [str(i) for i in chosen]})
    assert shown.status_code == 200
    assert shown.text.count('class="chip mixed">mixed</span>') == 3  # caption, headline, people differ
    assert 'name="shown_credit" value="Haim Zach/GPO"' in shown.text  # the credit is common
    form: dict[str, object] = {
        "csrf": token,
        "save": "1",
        "ids": [str(i) for i in chosen],
        **{f"version_{i}": "0" for i in chosen},
        "shown_caption": "",
        "caption": "",
        "shown_headline": "",
        "headline": "Birds of the lake",
        "shown_credit": "Haim Zach/GPO",
        "credit": "Haim Zach/GPO",
        "shown_people": "",
        "people": "",
    }
    saved = client.post("/edit", data=form)
    assert saved.status_code == 200 and "Saved 2 pictures." in saved.text
    osprey, wren = asset(client, chosen[0]), asset(client, chosen[1])
    assert osprey["caption"] == "An osprey over the lake" and wren["caption"] == "A wren on a branch"
    assert osprey["headline"] == wren["headline"] == "Birds of the lake"
    assert osprey["people"] == ["Ranger Dana"]
    assert osprey["credit"]["raw"] == "Haim Zach/GPO"  # type: ignore[index]
    fields = {c["field"] for a in (osprey, wren) for c in a["corrections"]}  # type: ignore[attr-defined]
    assert fields == {"headline"}


def test_a_save_on_a_stale_version_is_refused_and_the_other_editors_text_survives(lib: Path) -> None:
    first, second = client_of(lib), client_of(lib)
    oid = ids(first)["osprey.jpg"]
    mine, theirs = form_of(first, oid), form_of(second, oid)  # both loaded version 0
    assert first.post(f"/assets/{oid}/edit", data=mine | {"caption": "First editor's caption"}).status_code == 200
    refused = second.post(f"/assets/{oid}/edit", data=theirs | {"caption": "Second editor's caption"})
    assert refused.status_code == 409
    assert "changed while you were editing: here is what it says now" in refused.text
    assert "First editor's caption" in refused.text.replace("&#39;", "'")  # what it says now
    assert "Second editor's caption" in refused.text.replace("&#39;", "'")  # and what they wrote, to apply again
    a = asset(first, oid)
    assert a["caption"] == "First editor's caption" and a["version"] == 1
    assert [c["to"] for c in a["corrections"]] == ["First editor's caption"]  # type: ignore[attr-defined]
    wid = ids(first)["wren.jpg"]
    stale_selection: dict[str, object] = {
        "csrf": theirs["csrf"],
        "save": "1",
        "ids": [str(oid), str(wid)],
        f"version_{oid}": "0",
        f"version_{wid}": "0",
        "headline": "Both",
    }
    refused = second.post("/edit", data=stale_selection)
    assert refused.status_code == 409 and f"picture {oid} changed while you were editing" in refused.text
    assert asset(first, wid)["headline"] is None and asset(first, wid)["version"] == 0  # all or none
    retry = form_of(second, oid) | {"caption": "Second editor's caption"}  # reloaded: now it may save
    assert second.post(f"/assets/{oid}/edit", data=retry).status_code == 200
    assert asset(first, oid)["caption"] == "Second editor's caption"


def test_the_version_check_is_one_atomic_statement(lib: Path) -> None:
    library = open_library(lib)
    assets = library.catalog.assets
    assert assets.bump_version(1, 0) is True
    assert assets.bump_version(1, 0) is False  # the second save made on version 0 changes nothing
    assert assets.get(1).version == 1  # type: ignore[union-attr]


def test_hostile_caption_text_stays_text_on_the_page_and_in_the_form(lib: Path) -> None:
    client = client_of(lib)
    hid = ids(client)["hostile.jpg"]
    page = client.get(f"/assets/{hid}").text
    assert "<script>alert(2)</script>" not in page and "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert 'onerror="alert(1)"' not in page
    oid = ids(client)["osprey.jpg"]
    form = form_of(client, oid) | {"caption": '"><script>alert(3)</script>', "people": "<b>Bold</b>"}
    assert client.post(f"/assets/{oid}/edit", data=form, follow_redirects=False).status_code == 303
    page = client.get(f"/assets/{oid}").text
    assert "<script>alert(3)" not in page and "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    assert "<b>Bold</b>" not in page
    assert form_of(client, oid)["caption"] == '"><script>alert(3)</script>'  # round-trips as text


def test_a_post_without_the_csrf_token_changes_nothing(lib: Path) -> None:
    client = client_of(lib)
    oid = ids(client)["osprey.jpg"]
    form = form_of(client, oid) | {"caption": "forged"}
    del form["csrf"]
    assert client.post(f"/assets/{oid}/edit", data=form).status_code == 403
    assert client.post(f"/assets/{oid}/corrections/1/undo", data={}).status_code == 403
    assert asset(client, oid)["caption"] == "An osprey over the lake"


def test_previews_are_served_by_content_address_only_oriented_and_stored_once(lib: Path) -> None:
    client = client_of(lib)
    wid = ids(client)["wren.jpg"]
    sha = str(asset(client, wid)["sha256"])
    got = client.get(f"/previews/{sha}.jpg")
    assert got.status_code == 200 and got.headers["content-type"] == "image/jpeg"
    assert "immutable" in got.headers["cache-control"]
    with Image.open(io.BytesIO(got.content)) as im, Image.open(DATA / "wren.jpg") as original:
        assert im.height > im.width  # orientation applied (the stored original is landscape, EXIF says rotate)
        assert max(im.size) == min(1600, max(original.size))
    stored = lib / "assets" / "previews" / sha[:2] / f"{sha}.jpg"
    assert stored.read_bytes() == got.content
    before = stored.stat().st_mtime_ns
    time.sleep(0.01)
    assert client.get(f"/previews/{sha}.jpg").content == got.content and stored.stat().st_mtime_ns == before
    for bad in (sha.upper(), sha[:-1], "0" * 64, "..%2F..%2Flibrary.db", f"{sha[:-2]}/.."):
        assert client.get(f"/previews/{bad}.jpg").status_code == 404, bad


# --- one real browser -------------------------------------------------------------------------------------------


@pytest.fixture()
def server(lib: Path) -> Iterator[str]:
    with desk_served(lib) as base:
        yield base


def test_a_browser_opens_a_picture_edits_its_caption_saves_and_undoes(server: str, lib: Path, browser: Browser) -> None:
    oid = client_of(lib).get("/api/search", params={"q": "osprey lake"}).json()[0]["id"]
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # its own context, closed with it
    try:
        errors: list[str] = []
        page.on("response", lambda r: errors.append(r.url) if r.status >= 400 and "favicon" not in r.url else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{server}/assets/{oid}")
        assert page.locator(".facts .caption").inner_text() == "An osprey over the lake"
        assert page.locator("img.preview").evaluate("i => i.complete && i.naturalWidth > 0")
        page.locator("textarea[name=caption]").fill("An osprey dives for a fish")
        page.get_by_role("button", name="Save").click()
        page.wait_for_url(f"{server}/assets/{oid}")
        assert page.locator(".facts .caption").inner_text() == "An osprey dives for a fish"
        row = page.locator("table.corrections tbody tr").first
        assert "An osprey over the lake" in row.inner_text() and "desk-edit" in row.inner_text()
        page.screenshot(path="/tmp/e-asset-edited.png", full_page=True)
        row.get_by_role("button", name="Undo").click()
        page.wait_for_url(f"{server}/assets/{oid}")
        assert page.locator(".facts .caption").inner_text() == "An osprey over the lake"
        assert "undone" in page.locator("table.corrections tbody tr").first.inner_text()
        page.screenshot(path="/tmp/e-asset-undone.png", full_page=True)
        assert not errors, errors
    finally:
        page.close()


def test_a_save_while_another_writer_holds_the_catalog_waits_its_turn(lib: Path) -> None:
    """An ingest (another process) holds the write lock: the editor's save waits for it, never fails with
    'database is locked'."""
    client = client_of(lib)
    oid = ids(client)["osprey.jpg"]
    form = form_of(client, oid) | {"headline": "Osprey, waited for"}
    holder = sqlite3.connect(lib / "library.db", timeout=5, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        time.sleep(1.5)
        holder.execute("COMMIT")
        released.set()

    threading.Thread(target=release).start()
    started = time.monotonic()
    saved = client.post(f"/assets/{oid}/edit", data=form, follow_redirects=False)
    waited = time.monotonic() - started
    released.wait(5)
    holder.close()
    assert saved.status_code == 303, saved.text
    assert waited >= 1.0  # it waited for the other writer rather than failing at once
    assert asset(client, oid)["headline"] == "Osprey, waited for"
