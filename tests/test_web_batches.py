"""Batches, upload and publish in the desk: the batch reports the CLI recorded, an upload whose pairing is shown
before anything is written (the same ``IngestSession`` as ``photodesk ingest``), and a zip of the exported
pictures whose credits equal ``photodesk export``'s."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image
from starlette.testclient import TestClient

from catalog.library import open_library
from catalog.ops.upload import UploadRefused, pending, safe_name, stage_upload
from web.app import create_app

from .engines import query
from .helpers import article_file, desk_client, jpeg_batch, run, run_json
from .stores import remove
from .test_articles import CREDIT_UNDER_CAPTION
from .web_server import served as desk_served

if TYPE_CHECKING:
    from playwright.sync_api import Browser

BASE = "http://127.0.0.1:8750"


def _assets(library: Path) -> int:
    [(count,)] = query(library, "SELECT count(*) FROM assets")
    return int(str(count))


def _csrf(client: TestClient, path: str = "/batches/new") -> str:
    found = re.search(r'<meta name="csrf-token" content="([^"]+)">', client.get(path).text)
    assert found
    return found.group(1)


def _token(page: str) -> str:
    found = re.search(r'name="token" value="([^"]+)"', page)
    assert found, page
    return found.group(1)


def _upload(client: TestClient, pictures: list[tuple[str, bytes]], captions: tuple[str, bytes] | None = None):  # type: ignore[no-untyped-def]
    files = [("pictures", (name, data, "image/jpeg")) for name, data in pictures]
    if captions:
        files.append(("captions", (captions[0], captions[1], "text/plain")))
    return client.post("/batches/new", data={"csrf": _csrf(client)}, files=files, follow_redirects=False)


@pytest.fixture()
def library(library: Path) -> Path:
    """The test's library, of the test's engine (``conftest.library``), made before a desk opens it."""
    result = run("--library", str(library), "init")
    assert result.exit_code == 0, result.stderr
    return library


@pytest.fixture()
def client(library: Path) -> TestClient:
    return desk_client(create_app(library), base_url=BASE)


def test_batches_lists_each_cli_batch_with_the_counts_of_its_json(tmp_path: Path, library: Path) -> None:
    pictures = jpeg_batch(tmp_path / "pics", 3)
    (tmp_path / "pics" / "notes.pdf").write_bytes(b"%PDF-1.4 not a picture")
    first = run_json("--library", str(library), "ingest", str(tmp_path / "pics"), "--json")
    shutil.copy(pictures[0], tmp_path / "again.jpg")
    second = run_json("--library", str(library), "ingest", str(tmp_path / "again.jpg"), "--json")
    client = desk_client(create_app(library), base_url=BASE)
    page = client.get("/batches").text
    assert page.index(f'data-batch-id="{second["batch_id"]}"') < page.index(f'data-batch-id="{first["batch_id"]}"')
    for report in (first, second):
        row = page.split(f'data-batch-id="{report["batch_id"]}"', 1)[1].split("</tr>", 1)[0]
        counts = [int(n) for n in re.findall(r'<td class="num[^"]*">(\d+)</td>', row)]
        assert counts == [report["new"], report["present"], report["failed"], report["skipped"]]
    detail = client.get(f"/batches/{first['batch_id']}").text
    for f in first["files"]:
        assert Path(f["path"]).name in detail
        if f["asset_id"]:
            assert f'href="/assets/{f["asset_id"]}"' in detail
        if f["reason"]:
            assert f["reason"] in detail.replace("&#39;", "'").replace("&#34;", '"')
    assert client.get("/batches/999").status_code == 404
    assert client.get("/batches/x").status_code == 404


def test_an_article_upload_shows_the_pairing_and_writes_nothing_until_confirmed(
    tmp_path: Path, library: Path, client: TestClient, new_library: Callable[[str], Path]
) -> None:
    pictures = jpeg_batch(tmp_path / "pics", 2)
    article = article_file(tmp_path, CREDIT_UNDER_CAPTION)
    uploaded = [(p.name, p.read_bytes()) for p in reversed(pictures)]  # the order chosen does not matter
    page = _upload(client, uploaded, ("article.txt", article.read_bytes()))
    assert page.status_code == 200
    assert _assets(library) == 0
    rows = re.findall(
        r'<tr><td class="mono" dir="auto">([^<]+)</td><td aria-hidden="true">←</td><td dir="auto">([^<]+)', page.text
    )
    assert rows == [("1.jpg", "Credit: Miriam Alster/Flash90"), ("2.jpg", "Photo: Shir Torem (Reuters)")]
    token = _token(page.text)
    upload = pending(token)
    assert upload is not None and upload.folder.is_dir()
    done = client.post("/batches/confirm", data={"csrf": _csrf(client), "token": token}, follow_redirects=False)
    assert done.status_code == 303 and re.fullmatch(r"/batches/\d+", done.headers["location"])
    assert _assets(library) == 2
    assert not upload.folder.exists() and pending(token) is None
    batch = client.get(done.headers["location"]).text
    assert "1.jpg" in batch and "2.jpg" in batch
    # the same files through the terminal land the same credits and captions
    terminal = new_library("cli")
    cli = run_json("--library", str(terminal), "ingest", str(tmp_path / "pics"), "--captions", str(article), "--json")
    assert cli["new"] == 2
    for f in cli["files"]:
        theirs = run_json("--library", str(terminal), "show", str(f["asset_id"]))
        ident = next(a["id"] for a in run_json("--library", str(library), "search", "") if a["sha256"] == f["sha256"])
        ours = client.get(f"/api/assets/{ident}").json()
        for key in ("caption", "headline", "credit", "people"):
            assert ours[key] == theirs[key], key
    again = client.post("/batches/confirm", data={"csrf": _csrf(client), "token": token}, follow_redirects=False)
    assert again.status_code == 403  # an upload is run once


def test_cancel_writes_nothing_and_removes_the_upload(tmp_path: Path, library: Path, client: TestClient) -> None:
    pictures = jpeg_batch(tmp_path / "pics", 2)
    article = article_file(tmp_path, CREDIT_UNDER_CAPTION)
    page = _upload(client, [(p.name, p.read_bytes()) for p in pictures], ("article.txt", article.read_bytes()))
    token = _token(page.text)
    upload = pending(token)
    assert upload is not None and upload.folder.is_dir()
    gone = client.post("/batches/cancel", data={"csrf": _csrf(client), "token": token}, follow_redirects=False)
    assert gone.status_code == 303
    assert not upload.folder.exists() and pending(token) is None
    assert _assets(library) == 0
    late = client.post("/batches/confirm", data={"csrf": _csrf(client), "token": token}, follow_redirects=False)
    assert late.status_code == 403 and _assets(library) == 0


def test_another_session_cannot_confirm_an_upload(tmp_path: Path, library: Path, client: TestClient) -> None:
    pictures = jpeg_batch(tmp_path / "pics", 2)
    page = _upload(client, [(p.name, p.read_bytes()) for p in pictures], ("a.txt", CREDIT_UNDER_CAPTION.encode()))
    token = _token(page.text)
    stranger = desk_client(create_app(library), base_url=BASE)
    refused = stranger.post("/batches/confirm", data={"csrf": _csrf(stranger), "token": token})
    assert refused.status_code == 403 and _assets(library) == 0
    client.post("/batches/cancel", data={"csrf": _csrf(client), "token": token})


def test_a_hostile_upload_name_lands_inside_the_upload_folder_only(tmp_path: Path, client: TestClient) -> None:
    data = jpeg_batch(tmp_path / "pics", 1)[0].read_bytes()
    hostile = ["../../evil.jpg", "..\\..\\evil2.jpg", "/etc/evil3.jpg", ".hidden.jpg"]
    page = _upload(client, [(name, data) for name in hostile], ("article.txt", CREDIT_UNDER_CAPTION.encode()))
    upload = pending(_token(page.text))
    assert upload is not None
    saved = sorted(p.name for p in upload.pictures.iterdir())
    assert saved == ["evil.jpg", "evil2.jpg", "evil3.jpg", "hidden.jpg"]
    for name in ("evil.jpg", "evil2.jpg"):
        assert not (upload.pictures / ".." / ".." / name).exists()
        assert not (upload.folder.parent / name).exists()
    assert all(p.resolve().parent == upload.pictures.resolve() for p in upload.pictures.iterdir())
    client.post("/batches/cancel", data={"csrf": _csrf(client), "token": _token(page.text)})


def test_an_upload_without_captions_runs_at_once_and_reports_a_non_picture_as_ingest_does(
    tmp_path: Path, library: Path, client: TestClient, new_library: Callable[[str], Path]
) -> None:
    picture = jpeg_batch(tmp_path / "pics", 1)[0]
    done = _upload(client, [("1.jpg", picture.read_bytes()), ("notes.jpg", b"hello, not a picture")])
    assert done.status_code == 303
    batch = client.get(done.headers["location"]).text
    assert _assets(library) == 1
    (tmp_path / "cli").mkdir()
    (tmp_path / "cli" / "notes.jpg").write_bytes(b"hello, not a picture")
    result = run("--library", str(new_library("clilib")), "ingest", str(tmp_path / "cli"), "--json")
    assert result.exit_code == 1  # a failed file
    cli = json.loads(result.stdout)
    reason = cli["files"][0]["reason"]
    assert cli["files"][0]["status"] in batch and reason.replace(str(tmp_path / "cli"), "") in batch.replace(
        "&#39;", "'"
    )


def test_an_upload_over_the_limit_is_refused_and_leaves_no_folder(tmp_path: Path, library: Path) -> None:
    before = set(Path(tempfile.gettempdir()).glob("photodesk-upload-*"))
    opened = open_library(library)
    with pytest.raises(UploadRefused, match="larger than 1,000 bytes"):
        stage_upload(opened, [("1.jpg", io.BytesIO(b"x" * 1001))], limit=1000)
    opened.close()
    assert set(Path(tempfile.gettempdir()).glob("photodesk-upload-*")) == before


def test_an_empty_upload_is_refused_with_a_message(client: TestClient) -> None:
    page = client.post("/batches/new", data={"csrf": _csrf(client)}, files=[("pictures", ("", b"", "image/jpeg"))])
    assert page.status_code == 400 and "choose at least one picture" in page.text


def test_publish_shows_the_summary_line_and_the_zip_holds_the_export(tmp_path: Path, library: Path) -> None:
    jpeg_batch(tmp_path / "pics", 2)
    article = article_file(tmp_path, CREDIT_UNDER_CAPTION)
    report = run_json("--library", str(library), "ingest", str(tmp_path / "pics"), "--captions", str(article), "--json")
    ids = [str(f["asset_id"]) for f in report["files"]]
    client = desk_client(create_app(library), base_url=BASE)
    for style in ("slash", "ap"):
        page = client.get("/publish", params={"ids": ",".join(ids), "style": style})
        line = run_json("--library", str(library), "credits", "line", *ids, "--summary", "--style", style, "--json")
        assert page.status_code == 200
        assert f'<output id="summary" dir="auto">{line["summary"]}</output>' in page.text
    assert client.get("/publish", params={"ids": "1", "style": "nope"}).status_code == 400
    by_query = client.get("/publish", params={"q": "flash90"}).text
    assert 'data-asset-id="' in by_query
    response = client.post(
        "/publish/zip", data={"csrf": _csrf(client, "/publish"), "ids": ",".join(ids), "style": "slash"}
    )
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="photodesk-export.zip"'
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert "credits.csv" in names and len(names) == len(ids) + 1
    rows = list(csv.DictReader(io.StringIO(archive.read("credits.csv").decode("utf-8-sig"))))
    result = run("--library", str(library), "export", "--ids", ",".join(ids), "--to", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    with open(tmp_path / "out" / "credits.csv", encoding="utf-8-sig", newline="") as fh:
        theirs = list(csv.DictReader(fh))
    assert [r["credit_line"] for r in rows] == [r["credit_line"] for r in theirs]
    assert {r["file"] for r in rows} == set(names) - {"credits.csv"}
    originals = {f["asset_id"]: Path(f["path"]) for f in report["files"]}
    for row in rows:
        info = archive.getinfo(row["file"])
        assert info.compress_type == zipfile.ZIP_STORED
        exported = Image.open(io.BytesIO(archive.read(row["file"])))
        assert exported.tobytes() == Image.open(originals[int(row["id"])]).tobytes()


def test_publish_without_a_selection_says_how_to_make_one(client: TestClient) -> None:
    page = client.get("/publish")
    assert page.status_code == 200 and "Nothing selected" in page.text
    empty = client.post("/publish/zip", data={"csrf": _csrf(client, "/publish"), "ids": ""})
    assert empty.status_code == 400 and "nothing selected" in empty.text


def test_the_nav_links_batches_and_publish_and_the_grid_loads_the_publish_button(client: TestClient) -> None:
    page = client.get("/").text
    assert 'href="/batches"' in page and 'href="/publish"' in page
    assert '<script src="/static/publish.js" defer></script>' in page
    assert client.get("/static/publish.js").status_code == 200 and client.get("/static/upload.js").status_code == 200


@pytest.fixture()
def served(library: Path) -> Iterator[str]:
    """The desk on a free loopback port, served by uvicorn in a thread for a real browser."""
    with desk_served(library) as base:
        yield base


@pytest.mark.slow
def test_a_browser_uploads_an_article_batch_confirms_it_and_publishes_it(
    tmp_path: Path, library: Path, served: str, browser: Browser
) -> None:
    pictures = jpeg_batch(tmp_path / "pics", 2)
    article = article_file(tmp_path, CREDIT_UNDER_CAPTION)
    page = browser.new_page(viewport={"width": 1280, "height": 800})  # its own context, closed with it
    try:
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("response", lambda r: errors.append(r.url) if r.status >= 400 and "favicon" not in r.url else None)
        page.goto(f"{served}/batches/new")
        page.screenshot(path="/tmp/u-upload.png")
        page.set_input_files("#pictures", [str(p) for p in pictures])
        page.set_input_files("#captions", str(article))
        assert "2 chosen" in page.text_content("#pictures-chosen")  # upload.js lists the choice
        page.click("form.upload button[type=submit]")
        page.wait_for_selector("table.pairing")
        assert "Miriam Alster/Flash90" in page.text_content("table.pairing")
        page.screenshot(path="/tmp/u-pairing.png")
        assert _assets(library) == 0
        page.click("text=Confirm and ingest")
        page.wait_for_url(re.compile(r".*/batches/\d+$"))
        page.screenshot(path="/tmp/u-batch.png")
        assert _assets(library) == 2
        assert page.locator("table.batch-files a[href^='/assets/']").count() == 2
        page.goto(f"{served}/batches")
        page.screenshot(path="/tmp/u-batches.png")
        page.goto(f"{served}/")
        for card in page.locator(".card[data-asset-id]").all():
            card.focus()
            page.keyboard.press("x")
        assert page.text_content("#publish-selection") == "Publish selection (2)"
        page.screenshot(path="/tmp/u-grid.png")
        page.click("#publish-selection")
        page.wait_for_url(re.compile(r".*/publish\?ids=.*"))
        summary = page.text_content("#summary") or ""
        assert summary.startswith("Photos: ")  # in the grid's order: newest first
        assert set(summary[len("Photos: ") :].split("; ")) == {"Miriam Alster/Flash90", "Shir Torem/Reuters"}
        page.screenshot(path="/tmp/u-publish.png", full_page=True)
        with page.expect_download() as download:
            page.click("text=Download zip")
        assert download.value.suggested_filename == "photodesk-export.zip"
        assert not errors, errors
    finally:
        page.close()


def test_a_caption_sheet_upload_pairs_by_the_uploaded_names(tmp_path: Path, library: Path, client: TestClient) -> None:
    pictures = jpeg_batch(tmp_path / "pics", 2)
    sheet = "file,caption,credit\n2.jpg,Rain over Haifa,Shir Torem/Reuters\n1.jpg,הצפות בצפון,מרים אלסטר/פלאש90\n"
    page = _upload(client, [(p.name, p.read_bytes()) for p in pictures], ("sheet.csv", sheet.encode()))
    assert page.status_code == 200 and _assets(library) == 0
    assert "Shir Torem/Reuters" in page.text and "הצפות בצפון" in page.text
    done = client.post("/batches/confirm", data={"csrf": _csrf(client), "token": _token(page.text)})
    assert done.status_code == 200 and _assets(library) == 2
    captions = {a["filename"]: a["caption"] for a in client.get("/api/search", params={"q": ""}).json()}
    assert captions == {"1.jpg": "הצפות בצפון", "2.jpg": "Rain over Haifa"}


def test_uploaded_names_keep_their_script_and_lose_every_folder() -> None:
    assert safe_name("../../evil.jpg") == "evil.jpg"
    assert safe_name("C:\\Users\\x\\צילום 1.JPG") == "צילום 1.jpg"
    assert safe_name("...") == "picture"
    assert safe_name("a\x00b<script>.jpeg") == "a_b_script.jpeg"
    assert safe_name(".htaccess") == "picture.htaccess"  # never hidden


def test_a_publish_takes_at_most_its_limit_and_says_so(
    tmp_path: Path, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jpeg_batch(tmp_path / "pics", 3)
    report = run_json("--library", str(library), "ingest", str(tmp_path / "pics"))
    ids = ",".join(str(f["asset_id"]) for f in report["files"])
    monkeypatch.setattr("catalog.ops.publish.MAX_PUBLISH", 2)
    client = desk_client(create_app(library), base_url=BASE)
    page = client.get("/publish", params={"ids": ids}).text
    assert page.count('class="card" data-asset-id=') == 2 and "these are the first 2" in page


def test_a_picture_that_cannot_be_exported_is_named_inside_the_zip(tmp_path: Path, library: Path) -> None:
    jpeg_batch(tmp_path / "pics", 2)
    report = run_json("--library", str(library), "ingest", str(tmp_path / "pics"), "--json")
    ids = [str(f["asset_id"]) for f in report["files"]]
    broken = run_json("--library", str(library), "show", ids[1])
    remove(library, broken["path"])  # the stored original is gone (check would say so)
    client = desk_client(create_app(library), base_url=BASE)
    response = client.post(
        "/publish/zip", data={"csrf": _csrf(client, "/publish"), "ids": ",".join(ids), "style": "slash"}
    )
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    note = archive.read("NOT-EXPORTED.txt").decode("utf-8")
    assert f"picture {ids[1]} " in note and "cannot be read" in note
    assert len([n for n in archive.namelist() if n.endswith(".jpg")]) == 1
