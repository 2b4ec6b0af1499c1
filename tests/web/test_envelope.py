"""One success envelope and one error envelope across the whole API."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop.web.app import route_table

SUCCESS_KEYS = {"data", "meta", "links"}
GET_ROUTES = ["/api/overview", "/api/events", "/api/events/ex-turaz-kartali-2022", "/api/timeline",
              "/api/places", "/api/provisions", "/api/sources", "/api/sources/ozer2025", "/api/stats",
              "/api/review"]


def assert_success(body: dict[str, Any]) -> None:
    assert set(body) == SUCCESS_KEYS
    assert set(body["meta"]) == {"total", "limit", "offset"}
    assert set(body["links"]) == {"self", "next", "prev"}
    assert isinstance(body["meta"]["total"], int)


def assert_error(body: dict[str, Any], status: int) -> None:
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    assert "Traceback" not in body["error"]["message"]


def api_get_routes(client: Any) -> list[str]:
    return sorted(path for method, path, kind in route_table(client.app) if kind == "api" and method == "GET")


def test_every_get_route_is_checked_here(client: Any) -> None:
    templated = {p.replace("ex-turaz-kartali-2022", "{event_id}").replace("ozer2025", "{source_id}")
                 for p in GET_ROUTES}
    assert set(api_get_routes(client)) == templated


@pytest.mark.parametrize("path", GET_ROUTES)
def test_get_routes_answer_in_the_success_envelope(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert_success(r.json())


@pytest.mark.parametrize("path, status", [
    ("/api/events?year=abc", 400), ("/api/events?kind=spaceship", 400), ("/api/events?limit=0", 400),
    ("/api/events?limit=100000", 400), ("/api/events?offset=-1", 400), ("/api/events?sort=size", 400),
    ("/api/events?from=2022-13", 400), ("/api/events?lang=fr", 400), ("/api/events?q=%22%22", 400),
    ("/api/timeline?year=20x2", 400), ("/api/places?force=cavalry", 400), ("/api/stats?domain=magic", 400),
    ("/api/review?status=maybe", 400),
    ("/api/events/no-such-event", 404), ("/api/sources/no-such-source", 404), ("/api/no-such-route", 404),
])
def test_bad_requests_answer_in_the_error_envelope(client: Any, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert_error(r.json(), status)


def test_wrong_method_is_an_error_envelope(client: Any) -> None:
    r = client.delete("/api/events")
    assert r.status_code == 405
    assert_error(r.json(), 405)


def test_openapi_describes_every_api_route(client: Any) -> None:
    r = client.get("/openapi.json")
    assert r.status_code == 200
    spec = r.json()
    api_paths = {path for _, path, kind in route_table(client.app) if kind == "api"}
    assert api_paths <= set(spec["paths"])


def test_openapi_documents_the_error_envelope(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    assert "ErrorEnvelope" in spec["components"]["schemas"]
    assert "Envelope" in spec["components"]["schemas"]


def test_pagination_links_walk_the_listing(client: Any) -> None:
    first = client.get("/api/events?limit=2").json()
    assert first["links"]["prev"] is None
    assert first["links"]["next"]
    second = client.get(first["links"]["next"]).json()
    assert second["meta"]["offset"] == 2
    assert second["links"]["prev"]
    assert {e["id"] for e in first["data"]}.isdisjoint({e["id"] for e in second["data"]})


ODD_QUERIES = ["from=2022-02-30", "to=0000", "year=99999", "year=-1", "q=%2A%2A%2A", "q=%22a%22%20OR",
               "q=NEAR(a%20b)", "limit=abc", "offset=1e3", "kind=", "kind=,,,", "place=%3Cscript%3E",
               "party=%00", "lang=EN", "sort=", "source=%27%3B%20DROP%20TABLE%20events", "status=all"]


@pytest.mark.parametrize("path", ["/api/events", "/api/timeline", "/api/places", "/api/stats", "/api/review",
                                  "/events", "/timeline", "/map", "/stats"])
@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_parameters_never_break_the_server(client: Any, path: str, query: str) -> None:
    r = client.get(f"{path}?{query}")
    assert r.status_code in (200, 400), r.text[:300]
    assert "Traceback" not in r.text
    if path.startswith("/api"):
        body = r.json()
        if r.status_code == 200:
            assert_success(body)
        else:
            assert_error(body, 400)


@pytest.mark.parametrize("path", ["/api/events/%00", "/api/events/..%2F..%2Fetc", "/api/sources/%3Cx%3E",
                                  "/events/%3Cscript%3E", "/sources/%27"])
def test_odd_ids_are_404(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert "<script>" not in r.text
