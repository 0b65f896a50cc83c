"""The desk's review queues in the browser: credit variants, queued names and duplicate groups — each action does
what the CLI's command does, and none runs without the CSRF token."""

from __future__ import annotations

import re
import shutil
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PIL import Image
from starlette.testclient import TestClient

from catalog.library import open_library
from catalog.ops.dupes import merge
from web.app import create_app

from .helpers import desk_client, exiftool, photo, run, run_json
from .web_server import served as desk_served

if TYPE_CHECKING:
    from playwright.sync_api import Browser

BASE = "http://127.0.0.1:8750"


def _ingest(library: Path, folder: Path, captions: dict[str, str]) -> None:
    for name, caption in captions.items():
        exiftool(photo(folder / name, seed=zlib.crc32(name.encode()), fmt="JPEG"), f"-XMP-dc:Description={caption}")
    result = run("--library", str(library), "ingest", str(folder), "--json")
    assert result.exit_code == 0, result.stderr


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Variants 'Haim Zach/GPO' ×3 and 'Haim Zch/GPO' ×1 (a cluster: the odd one came first, so history did not
    fix it), 'Koby Gideon' and 'Kobi Gideon' once each (a cluster and two queued names), and a picture with a
    resized copy that brings a caption and another headline (a duplicate group)."""
    root = tmp_path_factory.mktemp("review")
    library = root / "lib"
    _ingest(library, root / "a", {"zch.jpg": "Arrival in Moscow (Haim Zch/GPO)"})
    _ingest(library, root / "b", {f"zach{i}.jpg": f"At the Kremlin, day {i} (Haim Zach/GPO)" for i in range(3)})
    _ingest(library, root / "c", {"koby.jpg": "Cabinet (Koby Gideon/GPO)", "kobi.jpg": "Knesset (Kobi Gideon/GPO)"})
    big = photo(root / "d" / "big.jpg", seed=77, size=(640, 480), fmt="JPEG", quality=95)
    with Image.open(big) as im:
        im.resize((320, 240)).save(root / "d" / "small.jpg", quality=80)
    exiftool(big, "-XMP-photoshop:Headline=Knesset", "-XMP-photoshop:Credit=Miriam Alster/Flash90")
    exiftool(
        root / "d" / "small.jpg",
        "-XMP-dc:Description=The Prime Minister addresses the Knesset",
        "-XMP-photoshop:Headline=Knesset session",
        "-XMP-photoshop:Credit=Miriam Alster/Flash90",
    )
    result = run("--library", str(library), "ingest", str(root / "d"), "--json")
    assert result.exit_code == 0, result.stderr
    return library


@pytest.fixture()
def lib(template: Path, tmp_path: Path) -> Path:
    shutil.copytree(template, tmp_path / "lib")
    return tmp_path / "lib"


@pytest.fixture()
def twin(template: Path, tmp_path: Path) -> Path:
    """The same library again, for the CLI to do what the desk did."""
    shutil.copytree(template, tmp_path / "twin")
    return tmp_path / "twin"


def client_of(library: Path) -> TestClient:
    return desk_client(create_app(library), base_url=BASE)


def csrf_of(client: TestClient, path: str = "/review") -> str:
    return client.get(path).text.split('name="csrf" value="', 1)[1].split('"', 1)[0]


def cli(library: Path, *args: str) -> Any:
    return run_json("--library", str(library), *args)


def ids_by_name(library: Path) -> dict[str, int]:
    return {a["filename"]: a["id"] for a in cli(library, "search", "", "--limit", "100")}


def settled(value: Any) -> Any:
    """A JSON answer with its timestamps reduced to whether they are set: two libraries changed at other times
    compare equal when they were changed alike."""
    if isinstance(value, dict):
        return {k: (v is not None if k == "at" or k.endswith("_at") else settled(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [settled(v) for v in value]
    return value


def same_state(a: Path, b: Path) -> None:
    assert settled(cli(a, "credits", "review")) == settled(cli(b, "credits", "review"))

    def every(library: Path) -> Any:  # by id: newest-first order depends on when each library was built
        return settled(sorted(cli(library, "search", "", "--limit", "100"), key=lambda x: x["id"]))

    assert every(a) == every(b)
    for ident in ids_by_name(a).values():
        assert settled(cli(a, "show", str(ident))) == settled(cli(b, "show", str(ident)))


def flash(client: TestClient, path: str) -> str:
    page = client.get(path).text
    return page.split('class="flash', 1)[1].split(">", 1)[1].split("</p>", 1)[0] if 'class="flash' in page else ""


# --- credit variants and queued names ---------------------------------------------------------------------------


def test_the_review_page_shows_both_queues_as_credits_review_lists_them(lib: Path) -> None:
    client = client_of(lib)
    page = client.get("/review")
    assert page.status_code == 200
    expected = cli(lib, "credits", "review")
    assert len(expected["clusters"]) == 2 and len(expected["queue"]) == 2
    for cluster in expected["clusters"]:
        for n in cluster["names"]:
            assert f'value="{n["name"]}"' in page.text
    assert page.text.count("data-review-id=") == len(expected["queue"])
    assert page.text.count('<article class="cluster"') == len(expected["clusters"])
    assert 'value="Haim Zach" aria-label="Keep Haim Zach" checked' in page.text  # the suggested spelling
    assert "one edit from Kobi Gideon" in page.text and 'dir="auto"' in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")


def test_merging_a_cluster_is_credits_merge_of_each_other_spelling(lib: Path, twin: Path) -> None:
    client = client_of(lib)
    form = {"csrf": csrf_of(client), "names": ["Haim Zach", "Haim Zch"], "into": "Haim Zach"}
    done = client.post("/review/clusters/merge", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/review"
    assert flash(client, "/review") == "Merged &#39;Haim Zch&#39; into &#39;Haim Zach&#39;: 1 picture(s) changed."
    assert 'class="flash' not in client.get("/review").text  # said once
    cli(twin, "credits", "merge", "Haim Zch", "--into", "Haim Zach")
    same_state(lib, twin)
    assert all("Haim Zch" not in [n["name"] for n in c["names"]] for c in cli(lib, "credits", "review")["clusters"])


def test_a_cluster_kept_as_written_is_not_offered_again_until_a_new_spelling_joins_it(
    lib: Path, tmp_path: Path
) -> None:
    client = client_of(lib)
    form = {"csrf": csrf_of(client), "names": ["Kobi Gideon", "Koby Gideon"]}
    done = client.post("/review/clusters/keep", data=form, follow_redirects=False)
    assert done.status_code == 303
    assert "Kept &#39;Kobi Gideon&#39;, &#39;Koby Gideon&#39; as written." in flash(client, "/review")
    clusters = cli(lib, "credits", "review")["clusters"]
    assert [[n["name"] for n in c["names"]] for c in clusters] == [["Haim Zach", "Haim Zch"]]
    assert 'value="Koby Gideon"' not in client.get("/review").text.split('id="queued"')[0]
    again = client.post("/review/clusters/keep", data=form, follow_redirects=False)  # nothing on offer to keep
    assert again.status_code == 303 and "no such cluster on offer" in flash(client, "/review")
    _ingest(lib, tmp_path / "e", {"gidon.jpg": "Cabinet again (Kobi Gidon/GPO)"})
    joined = [sorted(n["name"] for n in c["names"]) for c in cli(lib, "credits", "review")["clusters"]]
    assert ["Kobi Gideon", "Kobi Gidon", "Koby Gideon"] in joined


@pytest.mark.parametrize(
    ("action", "form", "cli_args"),
    [
        ("accept", {}, ("credits", "merge", "Koby Gideon", "--into", "Kobi Gideon")),
        ("merge", {"into": "Kobi Gideon Jr"}, ("credits", "merge", "Koby Gideon", "--into", "Kobi Gideon Jr")),
    ],
)
def test_accepting_or_merging_a_queued_name_is_credits_merge(
    lib: Path, twin: Path, action: str, form: dict[str, str], cli_args: tuple[str, ...]
) -> None:
    client = client_of(lib)
    review = next(q for q in cli(lib, "credits", "review")["queue"] if q["written"] == "Koby Gideon")
    done = client.post(f"/review/queue/{review['id']}/{action}", data={"csrf": csrf_of(client), **form})
    assert done.status_code == 200 and done.url.path == "/review"
    assert "&#39;Koby Gideon&#39;" in done.text and "picture(s) changed" in done.text
    cli(twin, *cli_args)
    same_state(lib, twin)
    assert not any(q["written"] == "Koby Gideon" for q in cli(lib, "credits", "review")["queue"])


def test_keeping_a_queued_name_settles_it_and_leaves_the_credit_as_written(lib: Path) -> None:
    client = client_of(lib)
    ident = ids_by_name(lib)["koby.jpg"]
    before = cli(lib, "show", str(ident))
    review = next(q for q in cli(lib, "credits", "review")["queue"] if q["written"] == "Koby Gideon")
    done = client.post(f"/review/queue/{review['id']}/keep", data={"csrf": csrf_of(client)}, follow_redirects=False)
    assert done.status_code == 303
    assert flash(client, "/review") == f"Kept &#39;Koby Gideon&#39; as written on picture {ident}."
    left = [q["written"] for q in cli(lib, "credits", "review")["queue"]]
    assert left == ["Kobi Gideon"]  # this one settled, the other still queued
    assert cli(lib, "show", str(ident))["credit"] == before["credit"]
    twice = client.post(f"/review/queue/{review['id']}/keep", data={"csrf": csrf_of(client)}, follow_redirects=False)
    assert twice.status_code == 303 and "settled already" in flash(client, "/review")


def test_no_review_action_runs_without_the_csrf_token(lib: Path) -> None:
    client = client_of(lib)
    before = cli(lib, "credits", "review"), cli(lib, "dupes")
    keeper = before[1][0]["keeper"]
    copy = before[1][0]["members"][1]["id"]
    posts = {
        "/review/clusters/merge": {"names": ["Haim Zach", "Haim Zch"], "into": "Haim Zach"},
        "/review/clusters/keep": {"names": ["Haim Zach", "Haim Zch"]},
        "/review/queue/1/accept": {},
        "/review/queue/1/merge": {"into": "Kobi Gideon"},
        "/review/queue/1/keep": {},
        f"/dupes/{keeper}/keeper": {"keeper": str(copy)},
        f"/dupes/{keeper}/merge": {},
    }
    csrf_of(client)  # the session has a token; the forms below do not carry it
    for path, form in posts.items():
        assert client.post(path, data=form).status_code == 403, path
        assert client.post(path, data={**form, "csrf": "forged"}).status_code == 403, path
    assert (cli(lib, "credits", "review"), cli(lib, "dupes")) == before


# --- duplicate groups ---------------------------------------------------------------------------------------------


def test_the_dupes_page_shows_each_group_keeper_first_as_dupes_lists_it(lib: Path) -> None:
    client = client_of(lib)
    page = client.get("/dupes").text
    groups = cli(lib, "dupes")
    assert len(groups) == 1 and page.count('class="dupe-group"') == 1
    members = groups[0]["members"]
    shown = re.findall(r'<figure class="dupe( keeper)?" data-asset-id="(\d+)"', page)
    assert shown == [(" keeper", str(members[0]["id"])), *[("", str(m["id"])) for m in members[1:]]]
    for m in members:
        sha = cli(lib, "show", str(m["id"]))["sha256"]
        assert f"/thumbs/{sha}.jpg" in page and m["size"] in page
    copy = members[1]
    assert f"via {copy['via']}, {copy['distance']} bits, {copy['method']}, containment 1.00" in page
    assert "The Prime Minister addresses the Knesset" in page and "Miriam Alster/Flash90" in page
    assert page.count("Make this the keeper") == 1


def test_making_a_copy_the_keeper_is_logged_undoable_and_survives_dupes_scan(lib: Path) -> None:
    client = client_of(lib)
    ids = ids_by_name(lib)
    big, small = ids["big.jpg"], ids["small.jpg"]
    assert cli(lib, "dupes")[0]["keeper"] == big
    done = client.post(
        f"/dupes/{big}/keeper", data={"csrf": csrf_of(client, "/dupes"), "keeper": str(small)}, follow_redirects=False
    )
    assert done.status_code == 303 and done.headers["location"] == "/dupes"
    assert flash(client, "/dupes") == f"Picture {small} is the keeper now (was {big})."
    assert [(g["keeper"], [m["id"] for m in g["members"]]) for g in cli(lib, "dupes")] == [(small, [small, big])]
    logged = cli(lib, "show", str(small))["corrections"][-1]
    assert (logged["rule"], logged["from"], logged["to"]) == ("dupes-keeper", str(big), str(small))
    assert cli(lib, "dupes", "scan")["groups"] == 1
    assert cli(lib, "dupes")[0]["keeper"] == small  # the editor's choice, not the bigger picture
    assert cli(lib, "show", str(big))["duplicate_of"] == small
    cli(lib, "credits", "undo", str(logged["id"]))
    assert cli(lib, "dupes")[0]["keeper"] == big
    cli(lib, "dupes", "scan")
    assert cli(lib, "dupes")[0]["keeper"] == big  # undone: the rules choose again
    wrong = client.post(f"/dupes/{big}/keeper", data={"csrf": csrf_of(client, "/dupes"), "keeper": "1"})
    assert "is not in the group" in wrong.text


def test_a_merge_preview_writes_nothing_and_says_what_the_merge_then_does(lib: Path, twin: Path) -> None:
    client = client_of(lib)
    keeper = ids_by_name(lib)["big.jpg"]
    before = cli(lib, "show", str(keeper))
    preview = client.get(f"/dupes/{keeper}/merge")
    assert preview.status_code == 200
    assert 'data-field="caption"' in preview.text and "The Prime Minister addresses the Knesset" in preview.text
    conflict = preview.text.split("Conflicts left", 1)[1]
    assert "Knesset session" in conflict and f"<td>{ids_by_name(lib)['small.jpg']}</td>" in conflict
    assert cli(lib, "show", str(keeper)) == before
    library = open_library(lib)
    try:
        dry = merge(library, keeper, dry_run=True)
    finally:
        library.close()
    applied = client.post(f"/dupes/{keeper}/merge", data={"csrf": csrf_of(client, "/dupes")}, follow_redirects=False)
    assert applied.status_code == 303
    assert "carried caption; 1 conflict(s) left" in flash(client, "/dupes")
    assert cli(twin, "dupes", "merge", str(keeper)) == dry  # the preview is exactly what the merge does
    same_state(lib, twin)
    assert cli(lib, "show", str(keeper))["caption"] == "The Prime Minister addresses the Knesset"
    assert client.get("/dupes/1/merge").status_code == 404  # no group


def test_hostile_captions_show_as_text_on_every_review_screen(lib: Path) -> None:
    hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script> Knesset'
    ids = ids_by_name(lib)
    library = open_library(lib)
    try:
        with library.catalog.transaction():
            for name in ("small.jpg", "koby.jpg"):
                library.catalog.assets.update(ids[name], {"caption": hostile})
    finally:
        library.close()
    client = client_of(lib)
    for path in ("/review", "/dupes", f"/dupes/{ids['big.jpg']}/merge"):
        page = client.get(path).text
        assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page, path
        assert "<script>alert" not in page and 'onerror="alert(1)"' not in page, path


# --- in a browser -------------------------------------------------------------------------------------------------


@pytest.fixture()
def served(lib: Path) -> Iterator[str]:
    with desk_served(lib) as base:
        yield base


def test_in_a_browser_an_editor_previews_and_applies_a_merge(served: str, lib: Path, browser: Browser) -> None:
    keeper = ids_by_name(lib)["big.jpg"]
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # its own context, closed with it
    try:
        errors: list[str] = []  # a refused script or style (CSP), a missing thumbnail
        page.on("console", lambda m: errors.append(f"{m.text} {m.location['url']}") if m.type == "error" else None)
        page.on("response", lambda r: errors.append(r.url) if r.status >= 400 else None)
        page.goto(f"{served}/review")
        page.screenshot(path="/tmp/r-review.png", full_page=True)
        page.goto(f"{served}/dupes")
        page.screenshot(path="/tmp/r-dupes.png", full_page=True)
        keeper_card = page.locator(f'figure.dupe.keeper[data-asset-id="{keeper}"]')
        assert keeper_card.locator(".caption").inner_text() == "no caption"
        page.get_by_role("link", name="Merge metadata…").click()
        assert page.url.endswith(f"/dupes/{keeper}/merge")
        assert "The Prime Minister addresses the Knesset" in page.locator('tr[data-field="caption"]').inner_text()
        page.screenshot(path="/tmp/r-merge.png", full_page=True)
        page.get_by_role("button", name="Apply the merge").click()
        page.wait_for_url(f"{served}/dupes")
        assert "carried caption" in page.get_by_role("status").inner_text()
        caption = page.locator(f'figure.dupe.keeper[data-asset-id="{keeper}"] .caption').inner_text()
        assert caption == "The Prime Minister addresses the Knesset"
    finally:
        page.close()
    assert [e for e in errors if not e.endswith("/favicon.ico")] == []  # the browser's own guess, not our page
