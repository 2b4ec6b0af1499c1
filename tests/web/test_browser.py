"""The dashboard in headless Chromium: a real server, a real browser, no network.

Screenshots of every page go to artifacts/screenshots/ (kept by CI).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
KARTAL = "ex-turaz-kartali-2022"

pytestmark = [pytest.mark.browser,
              # in CI the browser is installed by `make test`: a missing one fails there, never skips
              pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
                                 reason=f"{CHROMIUM} is absent: install it with scripts/install-browser.sh")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_db: str) -> Iterator[str]:
    import uvicorn

    from defcoop.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(web_db, None), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the dashboard server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A page that may only talk to the local server: any other request fails the test."""
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="tr-TR")
    outside: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith(server):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.base = server
    yield pg
    context.close()
    assert outside == [], f"the page tried to reach the network: {outside}"
    assert errors == [], f"script errors: {errors}"


def shot(pg: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_open_the_dashboard(page: Any) -> None:
    page.goto(page.base + "/?lang=tr")
    assert page.locator("header nav a").count() >= 8
    assert int(page.locator(".counts b").first.inner_text()) > 0
    shot(page, "01-home")


def test_filter_2022_exercises_open_one_and_switch_language(page: Any) -> None:
    page.goto(page.base + "/events?lang=tr")
    page.select_option("#f-kind", "exercise")
    page.fill("#f-year", "2022")
    page.click("#f-apply")
    page.wait_for_url("**/events?*year=2022*")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 1
    assert page.locator(f'tr[data-event="{KARTAL}"]').count() == 1
    kinds = set(page.locator("#events-table tbody tr td:nth-child(3)").all_inner_texts())
    assert kinds == {"Tatbikat"}
    shot(page, "02-events-2022-exercises")

    page.click(f'tr[data-event="{KARTAL}"] a')
    page.wait_for_url(f"**/events/{KARTAL}")
    assert "TurAz Kartalı 2022" in page.locator("#event-name").inner_text()
    claim = page.locator("#evidence tr.claim").first
    assert claim.locator("blockquote.quote").inner_text().strip("“”")
    assert claim.locator("td.page").inner_text().startswith("s. ")
    shot(page, "03-event-turaz-kartali-2022-tr")

    page.click("#lang-switch")
    page.wait_for_url("**lang=en")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Evidence" in page.locator("#evidence h2").inner_text()
    assert page.locator("#evidence td.page").first.inner_text().startswith("p. ")
    assert "Eagle" in page.locator("#event-name").inner_text() or "TurAz" in page.locator("#event-name").inner_text()
    shot(page, "04-event-turaz-kartali-2022-en")


def test_map_has_a_marker_for_every_exercise_place(page: Any) -> None:
    import json
    import urllib.request

    with urllib.request.urlopen(page.base + "/api/places?kind=exercise") as r:  # noqa: S310 - loopback
        places = json.load(r)["data"]
    expected = {p["id"] for p in places if p["lat"] is not None}
    assert expected
    page.goto(page.base + "/map?kind=exercise&lang=en")
    page.wait_for_selector('#map[data-countries-loaded="true"]', timeout=20000)
    markers = page.locator(".leaflet-marker-pane .place-marker")
    assert {markers.nth(i).get_attribute("data-place") for i in range(markers.count())} == expected
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # the country shapes
    shot(page, "05-map-exercises")


def test_timeline_draws_the_events(page: Any) -> None:
    page.goto(page.base + "/timeline?lang=en")
    spans = page.locator("#timeline g.span")
    assert spans.count() >= 5
    assert page.locator(f'#timeline g.span[data-event="{KARTAL}"]').count() == 1
    assert page.locator('#timeline g.span[data-precision="month"]').count() >= 1
    shot(page, "06-timeline")


@pytest.mark.parametrize("path, name, selector", [
    ("/provisions", "07-provisions", "#provision-matrix tbody tr"),
    ("/sources", "08-sources", "#sources-table tbody tr"),
    ("/sources/anadoluajansi2022", "09-source", "#source-events li"),
    ("/stats", "10-stats", "#charts svg rect.bar"),
    ("/review", "12-review", "h1"),
])
def test_other_pages_show_data(page: Any, path: str, name: str, selector: str) -> None:
    page.goto(page.base + path + "?lang=en")
    assert page.locator(selector).count() >= 1
    shot(page, name)


def test_audit_a_manuscript(page: Any) -> None:
    text = ("Türkiye ve Azerbaycan ortak tatbikatlar düzenlemiştir (Yılmaz, 2021: 12). Bu iş birliği "
            "derinleşmiştir (Kaya, 2019).\n\nKaynakça\nYılmaz, A. (2021), Savunma iş birliği, "
            "Güvenlik Dergisi, 3(2), 10-20.\n")
    page.goto(page.base + "/audit?lang=en")
    page.set_input_files("input[type=file]", files=[{"name": "makale.txt", "mimeType": "text/plain",
                                                     "buffer": text.encode("utf-8")}])
    page.click("form button[type=submit]")
    page.wait_for_selector("iframe.report")
    frame = page.frame_locator("iframe.report")
    assert "Kaya" in frame.locator("body").inner_text()
    shot(page, "11-audit-report")


def test_conflicts_are_shown_side_by_side(page: Any) -> None:
    import json
    import urllib.request

    with urllib.request.urlopen(page.base + "/api/events?limit=500") as r:  # noqa: S310 - loopback
        conflicted = [e["id"] for e in json.load(r)["data"] if e["n_conflicts"]]
    assert conflicted
    page.goto(page.base + f"/events/{conflicted[0]}?lang=en")
    sides = page.locator("#conflicts .side")
    assert sides.count() >= 2
    assert all(sides.nth(i).locator("blockquote.quote").count() >= 1 for i in range(sides.count()))
    shot(page, "13-event-conflict")
