"""The desk in the browser, served in-process: the same answers as the CLI, and the security it promises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from starlette.routing import Route
from starlette.testclient import TestClient

from web.app import create_app

from .helpers import desk_client, exiftool, photo, run, run_json

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> Kremlin'


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("desk")
    incoming = root / "incoming"
    hostile = photo(incoming / "hostile.jpg", seed=1, fmt="JPEG")
    exiftool(hostile, f"-XMP-dc:Description={HOSTILE}", "-XMP-photoshop:Credit=Haim Zach/GPO")
    hebrew = photo(incoming / "hebrew.jpg", seed=2, fmt="JPEG")
    exiftool(hebrew, "-XMP-dc:Description=ראש הממשלה בנימין נתניהו בכנסת", "-XMP-photoshop:Credit=Reuters")
    photo(incoming / "bare.jpg", seed=3, fmt="JPEG")
    result = run("--library", str(root / "lib"), "ingest", str(incoming), "--json")
    assert result.exit_code == 0, result.stderr
    return root / "lib"


@pytest.fixture()
def client(desk: Path) -> TestClient:
    return desk_client(create_app(desk), base_url="http://127.0.0.1:8750")


def test_the_api_answers_exactly_what_the_cli_prints(client: TestClient, desk: Path) -> None:
    for q in ("", "kremlin", "agency:GPO", "caption:missing"):
        response = client.get("/api/search", params={"q": q})
        assert response.status_code == 200
        assert response.json() == run_json("--library", str(desk), "search", q)
    ident = response.json()[0]["id"] if response.json() else 1
    assert client.get(f"/api/assets/{ident}").json() == run_json("--library", str(desk), "show", str(ident))
    assert client.get("/api/assets/999999").status_code == 404
    assert client.get("/api/search", params={"q": 'person:"'}).status_code == 400


def test_caption_missing_and_credit_missing_find_what_a_desk_must_still_do(client: TestClient) -> None:
    def names(q: str) -> set[str]:
        return {a["filename"] for a in client.get("/api/search", params={"q": q}).json()}

    assert names("caption:missing") == {"bare.jpg"}
    assert names("credit:missing") == {"bare.jpg"}
    assert names("-credit:missing") == {"hostile.jpg", "hebrew.jpg"}
    assert client.get("/api/search", params={"q": "caption:kremlin"}).status_code == 400


def test_every_grid_card_carries_its_asset_id_its_credit_line_and_escapes_the_caption(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.text.count("data-asset-id=") == 3
    assert "Haim Zach/GPO" in page.text
    assert "<script>alert(2)</script>" not in page.text and "&lt;script&gt;alert(2)&lt;/script&gt;" in page.text
    assert 'onerror="alert(1)"' not in page.text
    assert 'dir="auto"' in page.text
    assert "<script>" not in page.text.replace('<script src="/static/desk.js" defer></script>', "")


def test_the_grid_shows_the_querys_terms_as_chips_and_facets_that_narrow_it(client: TestClient) -> None:
    page = client.get("/", params={"q": "agency:GPO"}).text
    assert "agency:GPO" in page and "Take this away" in page
    assert 'data-facets="/facets?q=agency%3AGPO"' in page
    facets = client.get("/facets", params={"q": ""}).text
    assert "photographer" in facets and "Haim Zach" in facets and "/?q=agency%3AGPO" in facets.replace("+", "")
    narrowed = client.get("/facets", params={"q": "agency:GPO"}).text
    assert "Reuters" not in narrowed and "Haim Zach" in narrowed


def test_an_impossible_query_is_one_clear_message_not_a_crash(client: TestClient) -> None:
    page = client.get("/", params={"q": "date:2016-13"})
    assert page.status_code == 400 and "is not a date" in page.text


def test_every_page_carries_a_content_security_policy_without_inline_script(client: TestClient) -> None:
    for path in ("/", "/assets/1", "/api/search", "/signin", "/static/desk.css"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy


def test_a_request_for_another_host_is_refused(client: TestClient) -> None:
    """DNS rebinding: a page on evil.example that resolves to 127.0.0.1 sends Host: evil.example."""
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"host": "127.0.0.1:8750"}).status_code == 200


def test_every_state_changing_route_checks_the_csrf_token(client: TestClient) -> None:
    posts = [r for r in client.app.routes if isinstance(r, Route) and "POST" in (r.methods or set())]  # type: ignore[attr-defined]
    assert posts, "the desk has state-changing routes"
    unguarded = [r.path for r in posts if not getattr(r.endpoint, "checks_csrf", False) and r.path != "/signin"]
    assert not unguarded
    assert client.post("/signin", data={"token": "x"}).status_code == 403


def test_pictures_are_served_by_content_address_only(client: TestClient) -> None:
    sha = client.get("/api/assets/1").json()["sha256"]
    picture = client.get(f"/thumbs/{sha}.jpg")
    assert picture.status_code == 200 and picture.headers["content-type"] == "image/jpeg"
    assert "immutable" in picture.headers["cache-control"]
    for probe in ("../library.db", "..%2Flibrary.db", sha[:-1], sha.upper(), "0" * 64):
        assert client.get(f"/thumbs/{probe}.jpg").status_code == 404


def test_with_a_desk_password_every_page_asks_to_sign_in_first(desk: Path) -> None:
    client = desk_client(create_app(desk, token="s3cret desk"), base_url="http://127.0.0.1:8750")
    first = client.get("/", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/signin"
    assert client.get("/api/search").status_code == 401
    form = client.get("/signin").text
    csrf = form.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    assert client.post("/signin", data={"token": "wrong", "csrf": csrf}).status_code == 401
    signed = client.post("/signin", data={"token": "s3cret desk", "csrf": csrf}, follow_redirects=False)
    assert signed.status_code == 303
    cookie = signed.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert client.get("/").status_code == 200


def test_serve_refuses_another_address_without_a_desk_password(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHOTODESK_DESK_TOKEN", raising=False)
    result = run("--library", str(desk), "serve", "--host", "0.0.0.0")
    assert result.exit_code == 1 and "PHOTODESK_DESK_TOKEN" in result.stderr


def test_serve_never_creates_a_library(tmp_path: Path) -> None:
    result = run("--library", str(tmp_path / "nothing"), "serve")
    assert result.exit_code == 1 and not (tmp_path / "nothing").exists()


def test_json_of_a_hostile_caption_stays_data(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "kremlin"})
    assert found.headers["content-type"].startswith("application/json")
    assert json.loads(found.text)[0]["caption"] == HOSTILE


def test_copies_are_folded_under_their_keeper_in_the_grid(tmp_path: Path) -> None:
    incoming = tmp_path / "incoming"
    original = photo(incoming / "original.jpg", seed=11, fmt="JPEG", size=(1200, 800))
    with Image.open(original) as im:
        im.resize((600, 400)).save(incoming / "smaller-copy.jpg", quality=80)
    photo(incoming / "other.jpg", seed=12, fmt="JPEG")
    assert run("--library", str(tmp_path / "lib"), "ingest", str(incoming)).exit_code == 0
    client = desk_client(create_app(tmp_path / "lib"), base_url="http://127.0.0.1:8750")
    page = client.get("/").text
    assert page.count("data-asset-id=") == 2  # the copy is folded
    assert "+1 copy" in page


def test_a_query_with_words_is_ranked_and_can_be_read_newest_first(client: TestClient, desk: Path) -> None:
    ranked = client.get("/", params={"q": "kremlin OR netanyahu OR נתניהו"}).text
    assert "best first" in ranked and "order=newest" in ranked
    newest = client.get("/", params={"q": "kremlin OR netanyahu OR נתניהו", "order": "newest"}).text
    assert "newest first" in newest
    ids = [int(x.split('"')[1]) for x in newest.split("data-asset-id=")[1:]]
    shown = [run_json("--library", str(desk), "show", str(i)) for i in ids]
    keys = [(a["taken_at"] or a["ingested_at"], a["id"]) for a in shown]
    assert len(ids) == 2 and keys == sorted(keys, reverse=True)
