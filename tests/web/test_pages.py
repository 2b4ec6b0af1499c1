"""The dashboard pages render the same data as their JSON twins."""

from __future__ import annotations

import html
from typing import Any

import pytest

KARTAL = "ex-turaz-kartali-2022"


@pytest.mark.parametrize("page, twin", [
    ("/", "/api/overview"), ("/events", "/api/events"), (f"/events/{KARTAL}", f"/api/events/{KARTAL}"),
    ("/timeline", "/api/timeline"), ("/map", "/api/places"), ("/provisions", "/api/provisions"),
    ("/sources", "/api/sources"), ("/sources/ozer2025", "/api/sources/ozer2025"), ("/stats", "/api/stats"),
    ("/review", "/api/review"),
])
def test_page_links_to_its_json_twin(client: Any, page: str, twin: str) -> None:
    r = client.get(page)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert f'href="{twin}' in r.text


@pytest.mark.parametrize("page, twin", [("/events?kind=exercise&year=2022", "/api/events?kind=exercise&year=2022"),
                                        ("/timeline?year=2022", "/api/timeline?year=2022")])
def test_filtered_page_shows_exactly_the_twins_events(client: Any, page: str, twin: str) -> None:
    text = client.get(page).text
    items = client.get(twin).json()["data"]
    assert items
    for e in items:
        assert f'/events/{e["id"]}"' in text
    shown = {i["id"] for i in items}
    for e in client.get("/api/events?limit=500").json()["data"]:
        if e["id"] not in shown:
            assert f'/events/{e["id"]}"' not in text


def test_event_page_shows_quote_and_page(client: Any) -> None:
    e = client.get(f"/api/events/{KARTAL}").json()["data"]
    text = client.get(f"/events/{KARTAL}").text
    c = next(c for c in e["claims"] if c["page"])
    assert html.escape(c["quote"], quote=False) in text
    assert f"s. {c['page']}" in text


def test_event_page_in_english(client: Any) -> None:
    e = client.get(f"/api/events/{KARTAL}?lang=en").json()["data"]
    r = client.get(f"/events/{KARTAL}?lang=en")
    assert html.escape(e["name"], quote=False) in r.text
    assert "Evidence" in r.text and "Kanıtlar" not in r.text
    assert r.cookies.get("defcoop_lang") == "en"


def test_language_cookie_is_remembered(client_no_token: Any) -> None:
    client_no_token.get("/events?lang=en")
    assert 'lang="en"' in client_no_token.get("/events").text


def test_map_page_embeds_the_places_and_serves_its_assets(client: Any) -> None:
    text = client.get("/map").text
    assert 'id="places-data"' in text
    for asset in ["/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css",
                  "/static/vendor/topojson-client/topojson-client.min.js",
                  "/static/vendor/world-atlas/countries-50m.json", "/static/map.js", "/static/app.css"]:
        assert asset in text or asset.endswith("countries-50m.json")
        assert client.get(asset).status_code == 200


@pytest.mark.parametrize("page", ["/", "/events", f"/events/{KARTAL}", "/timeline", "/map", "/provisions",
                                  "/sources", "/stats", "/audit", "/review"])
def test_pages_load_nothing_from_the_network(client: Any, page: str) -> None:
    text = client.get(page).text
    for needle in ('src="http', "src='http", 'href="http', "@import", "//cdn", "unpkg", "tile."):
        assert needle not in text


@pytest.mark.parametrize("page, status", [("/events/no-such-event", 404), ("/sources/nope", 404),
                                          ("/events?year=abc", 400), ("/no-such-page", 404)])
def test_page_errors_are_pages_not_tracebacks(client: Any, page: str, status: int) -> None:
    r = client.get(page)
    assert r.status_code == status
    assert "Traceback" not in r.text
    assert 'id="error-message"' in r.text


def test_timeline_draws_one_span_per_dated_event(client: Any) -> None:
    items = client.get("/api/timeline").json()["data"]
    text = client.get("/timeline").text
    assert text.count('class="span"') == len(items)


def test_stats_page_draws_charts(client: Any) -> None:
    assert client.get("/stats").text.count("<svg") >= 3


def test_provisions_page_has_one_row_per_provision(client: Any) -> None:
    m = client.get("/api/provisions").json()["data"]
    assert client.get("/provisions").text.count("data-provision=") == len(m["provisions"])


def test_events_page_sorts_by_column_links(client: Any) -> None:
    text = client.get("/events?kind=exercise&sort=name").text
    assert 'href="/events?kind=exercise&amp;sort=kind&amp;limit=50"' in text
    names = [e["name"] for e in client.get("/api/events?kind=exercise&sort=name").json()["data"]]
    positions = [text.index(html.escape(n, quote=False)) for n in names]
    assert positions == sorted(positions)


def test_events_page_pages_through_the_listing(client: Any) -> None:
    text = client.get("/events?limit=2").text
    assert 'rel="next"' in text and 'rel="prev"' not in text
    assert 'rel="prev"' in client.get("/events?limit=2&offset=2").text


def test_date_range_filter_from_the_form(client: Any) -> None:
    ids = {e["id"] for e in client.get("/api/events?from=2022-01&to=2022-12&limit=500").json()["data"]}
    text = client.get("/events?from=2022-01&to=2022-12&year=&kind=&limit=500").text
    assert ids and all(f'/events/{i}"' in text for i in ids)


@pytest.mark.parametrize("path", ["/", "/map", "/api/events"])
def test_pages_carry_a_content_security_policy(client: Any, path: str) -> None:
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
