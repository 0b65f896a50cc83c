"""The desk's arrivals screen: pictures a watch ingests, shown as they land. The watch may run anywhere, so the
catalog's ``arrivals`` table is the only channel: these tests record arrivals through the library (as the watch
does, in a transaction of their own) while the desk serves, and look at the page, the JSON, the event stream and
the screen in Chromium."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from starlette.testclient import TestClient

from catalog.db.arrivals import COLUMNS, Arrivals
from catalog.library import open_library
from catalog.model import Arrival
from catalog.watch.watcher import iso_ms
from web.app import create_app
from web.routes import arrivals as routes

from .engines import query
from .helpers import cached_library, desk_client, photo, run
from .s3 import free_port
from .web_server import EventStream, serving

PICTURES = {
    "GPO_0412.jpg": ("Prime Minister Benjamin Netanyahu at the Knesset", "Haim Zach/GPO"),
    "ירושלים_0413.jpg": ("ראש הממשלה בנימין נתניהו בכנסת", "חיים צח/לע״מ"),
    "ramallah.jpg": ("مؤتمر صحفي في رام الله", "Reuters"),
}
HOSTILE = "<img src=x onerror=\"document.title='pwned'\">.jpg"


@pytest.fixture
def assets(library: Path, tmp_path: Path) -> dict[str, tuple[int, str]]:
    """Real pictures ingested with JSON sidecars (caption, credit): file name -> (asset id, SHA-256)."""

    def build() -> dict[str, tuple[int, str]]:
        incoming = tmp_path / "incoming"
        for i, (name, (caption, credit)) in enumerate(PICTURES.items()):
            photo(incoming / name, seed=40 + i, fmt="JPEG")
            sidecar = incoming / (Path(name).stem + ".json")
            sidecar.write_text(json.dumps({"caption": caption, "credit": credit}), encoding="utf-8")
        result = run("ingest", str(incoming))
        assert result.exit_code == 0, result.stderr
        rows = query(library, "SELECT filename, id, sha256 FROM assets")
        return {str(name): (int(str(ident)), str(sha)) for name, ident, sha in rows}

    return cached_library("arrivals", library, build)


def record(library: Path, name: str, *, asset: int | None = None, seconds: float = 1.2, **detail: object) -> int:
    """One arrival recorded as a watch records it (its own transaction): its id."""
    now = time.time()
    arrival = Arrival(
        path=f"/srv/drop/gpo/{name}",
        size=1000,
        mtime_ns=time.time_ns(),
        status=str(detail.pop("status", "new")),
        arrived_at=iso_ms(now - seconds),
        ingested_at=iso_ms(now),
        asset_id=asset,
        **detail,  # type: ignore[arg-type]
    )
    lib = open_library(library)
    try:
        with lib.catalog.transaction():
            return lib.catalog.arrivals.record(arrival)
    finally:
        lib.close()


@pytest.fixture
def landed(library: Path, assets: dict[str, tuple[int, str]]) -> dict[str, int]:
    """A morning's arrivals, oldest first: each flag the screen shows once. Name -> arrival id."""
    gpo, hebrew, arabic = (assets[n][0] for n in PICTURES)
    return {
        "gpo": record(
            library,
            "GPO_0412.jpg",
            asset=gpo,
            credit_line="Haim Zach/GPO",
            corrections=[{"from": "Haim Zch", "to": "Haim Zach", "id": 7}],
        ),
        "hebrew": record(library, "ירושלים_0413.jpg", asset=hebrew, credit_line="חיים צח/לע״מ", reviews=["חיים צך"]),
        "copy": record(library, "GPO_0412 (2).jpg", asset=gpo, status="duplicate", duplicate_of=gpo, seconds=0.4),
        "again": record(library, "ramallah.jpg", asset=arabic, credit_line="Reuters", again=True),
        "failed": record(library, HOSTILE, status="failed", reason="not a picture (HTML text)"),
    }


@pytest.fixture
def client(library: Path, landed: dict[str, int]) -> TestClient:
    return desk_client(create_app(library), base_url="http://127.0.0.1:8750")


def rows_of(page: str) -> dict[int, str]:
    """Each arrival's markup on the page, by arrival id, in the page's order."""
    parts = page.split('<li class="arrival ')[1:]
    return {int(p.split('data-arrival-id="', 1)[1].split('"', 1)[0]): p.split("</li>\n", 1)[0] for p in parts}


def test_the_page_lists_the_newest_arrivals_first_with_every_flag(
    client: TestClient, landed: dict[str, int], assets: dict[str, tuple[int, str]]
) -> None:
    page = client.get("/arrivals")
    assert page.status_code == 200
    assert '<a href="/arrivals">Arrivals</a>' in page.text  # in the desk's navigation
    rows = rows_of(page.text)
    assert list(rows) == sorted(landed.values(), reverse=True)
    gpo_id, gpo_sha = assets["GPO_0412.jpg"]
    gpo = rows[landed["gpo"]]
    assert f'href="/assets/{gpo_id}"' in gpo and f'src="/thumbs/{gpo_sha}.jpg"' in gpo
    assert 'corrected <bdi dir="auto">Haim Zch</bdi> → <bdi dir="auto">Haim Zach</bdi>' in gpo
    assert '<p class="credit" dir="auto">Haim Zach/GPO</p>' in gpo and "1.2 s" in gpo
    assert "Prime Minister Benjamin Netanyahu" in gpo  # the picture's caption as the catalog has it
    hebrew = rows[landed["hebrew"]]
    assert '<bdi dir="auto">חיים צך</bdi> queued for review' in hebrew and (
        'dir="auto" title="/srv/drop/gpo/ירושלים_0413.jpg">ירושלים_0413.jpg</a>' in hebrew
    )
    assert f'<a href="/assets/{gpo_id}">copy of {gpo_id}</a>' in rows[landed["copy"]]
    assert "caption from a later sidecar" in rows[landed["again"]]
    failed = rows[landed["failed"]]
    assert 'failed: <bdi dir="auto">not a picture (HTML text)</bdi>' in failed and "/thumbs/" not in failed
    assert "<img src=x" not in page.text and "&lt;img src=x onerror=" in failed  # a file's name is only text
    for flag in ("corrected", "queued for review", "copy of", "later sidecar", "failed:"):
        assert sum(flag in row for row in rows.values()) == 1, flag  # each on its own arrival only
    assert 'data-after="{}"'.format(landed["failed"]) in page.text  # where the page's stream starts
    assert page.headers["content-security-policy"].startswith("default-src 'self'; script-src 'self'")


def test_the_page_says_when_nothing_has_arrived(library: Path, assets: dict[str, tuple[int, str]]) -> None:
    page = desk_client(create_app(library), base_url="http://127.0.0.1:8750").get("/arrivals").text
    assert "Nothing has arrived yet" in page and 'data-after="0"' in page and not rows_of(page)


def test_the_api_answers_the_arrivals_after_n_oldest_first(
    client: TestClient, landed: dict[str, int], assets: dict[str, tuple[int, str]]
) -> None:
    ids = sorted(landed.values())
    after = client.get("/api/arrivals", params={"after": ids[1]})
    assert after.status_code == 200 and after.headers["content-type"] == "application/json"
    found = after.json()
    assert [a["id"] for a in found] == ids[2:]
    assert [a["id"] for a in client.get("/api/arrivals").json()] == ids
    assert [a["id"] for a in client.get("/api/arrivals", params={"after": ids[0], "limit": 2}).json()] == ids[1:3]
    copy = next(a for a in found if a["id"] == landed["copy"])
    gpo_id, gpo_sha = assets["GPO_0412.jpg"]
    assert (
        copy["status"] == "duplicate"
        and copy["duplicate_of"] == gpo_id
        and copy["duplicate_url"] == f"/assets/{gpo_id}"
    )
    assert copy["thumbnail"] == f"/thumbs/{gpo_sha}.jpg" and copy["url"] == f"/assets/{gpo_id}"
    assert copy["name"] == "GPO_0412 (2).jpg" and copy["seconds"] == 0.4
    failed = next(a for a in found if a["id"] == landed["failed"])
    assert failed["thumbnail"] is None and failed["url"] is None and failed["reason"] == "not a picture (HTML text)"
    stored = Arrival(**{k: v for k, v in failed.items() if k in Arrival.__dataclass_fields__})
    assert set(stored.to_dict()) <= set(failed)  # the record whole, and what the page needs beside it
    for bad in ({"after": "x"}, {"limit": "many"}, {"after": str(2**64)}):
        assert client.get("/api/arrivals", params=bad).status_code == 400
    assert client.get("/api/arrivals", params={"after": ids[-1]}).json() == []


def test_with_a_desk_password_arrivals_ask_to_sign_in_first(library: Path, landed: dict[str, int]) -> None:
    client = desk_client(create_app(library, token="s3cret"), base_url="http://127.0.0.1:8750")
    assert client.get("/arrivals", follow_redirects=False).status_code == 303
    assert client.get("/arrivals/events", follow_redirects=False).status_code == 303
    assert client.get("/api/arrivals").status_code == 401


def test_the_stream_sends_what_arrives_after_it_opened_and_resumes_after_last_event_id(
    library: Path, landed: dict[str, int], assets: dict[str, tuple[int, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(routes, "BATCH", 2)  # a burst: more than one read's worth, sent in order all the same
    with serving(library) as (base, _):
        with EventStream(base) as stream:
            assert stream.response.status == 200
            assert stream.response.getheader("content-type") == "text/event-stream; charset=utf-8"
            assert stream.response.getheader("cache-control") == "no-cache"
            assert stream.event() == {"retry": "2000"}  # at once; what arrived before is not replayed
            later = record(library, "GPO_0414.jpg", asset=assets["GPO_0412.jpg"][0], credit_line="Haim Zach/GPO")
            ident, data = stream.arrival()
            assert ident == later and data["name"] == "GPO_0414.jpg" and data["credit_line"] == "Haim Zach/GPO"
            assert data["thumbnail"] == f"/thumbs/{assets['GPO_0412.jpg'][1]}.jpg"
        with EventStream(base, "?after=0", {"last-event-id": str(landed["again"])}) as resumed:  # the header wins
            assert resumed.event() == {"retry": "2000"}
            assert [resumed.arrival()[0] for _ in range(2)] == [landed["failed"], later]
        with EventStream(base, f"?after={landed['copy']}") as replay:
            replay.event()
            assert [replay.arrival()[0] for _ in range(3)] == [landed["again"], landed["failed"], later]
        with EventStream(base, "", {"last-event-id": "seven"}) as refused:
            assert refused.response.status == 400


def held_back(library: Path, ident: int, *, put_back: list[object] | None = None) -> list[object]:
    """Arrival ``ident`` taken out of the table (its row returned), or its row ``put_back``: together, what a
    transaction that took its id before a later arrival's and committed after it looks like to a reader (two
    watches on one PostgreSQL catalog)."""
    lib = open_library(library)
    try:
        conn = lib.catalog._conn
        with lib.catalog.transaction():
            if put_back is not None:
                conn.execute(f"INSERT INTO arrivals ({COLUMNS}) VALUES ({', '.join('?' * len(put_back))})", put_back)
                return put_back
            row = list(conn.execute(f"SELECT {COLUMNS} FROM arrivals WHERE id = ?", [ident]).fetchone())
            conn.execute("DELETE FROM arrivals WHERE id = ?", [ident])
            return row
    finally:
        lib.close()


def test_an_arrival_committed_after_a_later_one_is_still_sent(
    library: Path, landed: dict[str, int], assets: dict[str, tuple[int, str]]
) -> None:
    late = record(library, "GPO_0415.jpg", asset=assets["GPO_0412.jpg"][0])
    later = record(library, "GPO_0416.jpg", asset=assets["GPO_0412.jpg"][0])
    row = held_back(library, late)  # its id taken, its row not yet committed
    with serving(library) as (base, _), EventStream(base, f"?after={landed['failed']}") as stream:
        stream.event()
        assert stream.arrival()[0] == later
        held_back(library, late, put_back=row)
        ident, data = stream.arrival()
        assert ident == late and data["name"] == "GPO_0415.jpg"


def test_a_quiet_stream_sends_a_heartbeat_and_says_when_the_catalog_cannot_answer(
    library: Path, landed: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    monkeypatch.setattr(routes, "POLL_S", 0.1)
    monkeypatch.setattr(routes, "HEARTBEAT_S", 0.3)
    failing = {"left": 0}
    after = Arrivals.after

    def flaky(self: Arrivals, last_id: int, limit: int = 200) -> list[Arrival]:
        if failing["left"]:
            failing["left"] -= 1
            raise sqlite3.OperationalError("database is locked")  # what SQLite says past its busy timeout
        return after(self, last_id, limit)

    monkeypatch.setattr(Arrivals, "after", flaky)
    with serving(library) as (base, _), EventStream(base) as stream:
        stream.event()
        assert ": still watching" in [stream.line() for _ in range(3)]
        failing["left"] = 2  # two reads in a row fail: one word of it, and one when it answers again
        down = stream.event()
        assert down["event"] == "status" and json.loads(down["data"]) == {
            "live": False,
            "error": "the catalog is unavailable (database is locked): try again in a moment",
        }
        assert json.loads(stream.event()["data"]) == {"live": True, "error": None}
        later = record(library, "after-the-outage.jpg", status="failed", reason="cut short")
        assert stream.arrival()[0] == later


def test_a_stream_ends_when_its_client_goes_and_when_the_server_stops(library: Path, landed: dict[str, int]) -> None:
    with serving(library) as (base, server):
        with EventStream(base) as gone:
            gone.event()
        deadline = time.monotonic() + 5
        while server.server_state.tasks and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not server.server_state.tasks  # the stream's request ended with its client
        with EventStream(base) as still_open:
            still_open.event()
            started = time.monotonic()
            server.should_exit = True  # what Ctrl-C does; serving() fails when the server does not stop
            assert still_open.line() is None  # the stream ends rather than keep the server waiting
    assert time.monotonic() - started < 3


def test_ctrl_c_stops_photodesk_serve_with_an_arrivals_stream_open(library: Path, landed: dict[str, int]) -> None:
    port = free_port()
    env = {**os.environ, "PHOTODESK_LIBRARY": str(library)}
    server = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "photodesk serve did not start"
                time.sleep(0.1)
        with EventStream(f"http://127.0.0.1:{port}") as stream:
            stream.event()
            started = time.monotonic()
            server.send_signal(signal.SIGINT)
            assert stream.line() is None
        assert server.wait(timeout=10) == 0  # stopped as a desk is stopped: quietly
        assert time.monotonic() - started < 5
        said = server.stderr.read() if server.stderr else ""
        assert "Traceback" not in said and "interrupted" not in said
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        if server.stderr:
            server.stderr.close()


# --- in Chromium --------------------------------------------------------------------------------------------------


def test_a_new_arrival_appears_at_the_top_without_a_reload(
    library: Path, landed: dict[str, int], assets: dict[str, tuple[int, str]], page: Page
) -> None:
    with serving(library) as (base, _):
        page.goto(base + "/arrivals")
        page.wait_for_selector("#live[data-state=live]")
        page.evaluate("window.stillHere = true")
        hebrew_id = assets["ירושלים_0413.jpg"][0]
        later = record(
            library,
            "ירושלים_0414.jpg",
            asset=hebrew_id,
            credit_line="חיים צח/לע״מ",
            corrections=[{"from": "חיים צך", "to": "חיים צח", "id": 8}],
            duplicate_of=assets["GPO_0412.jpg"][0],
        )
        page.wait_for_selector(f"#arrivals > li:first-child[data-arrival-id='{later}']", timeout=10_000)
        first = page.locator("#arrivals > li").first
        assert page.evaluate("window.stillHere") is True  # the same page: no reload
        assert page.locator("#arrivals > li").count() == len(landed) + 1
        assert "1 new since this page opened" in page.inner_text("#live")
        credit = first.locator(".credit")
        assert credit.evaluate("e => getComputedStyle(e).direction") == "rtl"
        assert (
            page.locator(".credit", has_text="Haim Zach/GPO").first.evaluate("e => getComputedStyle(e).direction")
            == "ltr"
        )
        live_text = " ".join(first.inner_text().split())
        assert "corrected חיים צך → חיים צח" in live_text and f"copy of {assets['GPO_0412.jpg'][0]}" in live_text
        assert first.locator("img").get_attribute("src") == f"/thumbs/{assets['ירושלים_0413.jpg'][1]}.jpg"

        page.focus("#q")
        page.keyboard.press("ArrowDown")
        assert page.evaluate("document.activeElement.dataset.arrivalId") == str(later)
        page.keyboard.press("ArrowDown")
        assert page.evaluate("document.activeElement.dataset.arrivalId") == str(landed["failed"])
        page.screenshot(path=str(library.parent / "arrivals.png"), full_page=True)
        page.keyboard.press("ArrowUp")
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/assets/{hebrew_id}")

        page.goto(base + "/arrivals")  # the row the server renders reads as the one the page built
        served_text = " ".join(page.locator(f"#arrivals > li[data-arrival-id='{later}']").inner_text().split())
        assert served_text == live_text


def test_without_event_source_the_page_asks_the_api_instead(
    library: Path, landed: dict[str, int], browser: Browser
) -> None:
    context = browser.new_context()
    context.add_init_script("delete window.EventSource")
    page = context.new_page()
    try:
        with serving(library) as (base, _):
            page.goto(base + "/arrivals")
            page.wait_for_selector("#arrivals[data-mode=polling]")
            late = record(library, "late.jpg", status="failed", reason="cut short")
            later = record(library, "polled " + HOSTILE, status="skipped", reason="too small to be a photograph")
            row = held_back(library, late)
            page.wait_for_selector(f"#arrivals > li:first-child[data-arrival-id='{later}']", timeout=10_000)
            shown = page.inner_text(f"li[data-arrival-id='{later}']")
            assert "skipped: too small to be a photograph" in shown and "polled <img src=x onerror=" in shown
            assert page.title() != "pwned" and page.locator("img[src='x']").count() == 0  # built as text
            held_back(library, late, put_back=row)  # committed after the later one: found, and put in its place
            page.wait_for_selector(f"#arrivals > li:nth-child(2)[data-arrival-id='{late}']", timeout=10_000)
            assert page.locator("#arrivals > li").count() == len(landed) + 2
    finally:
        context.close()
