"""The JSON API: filters, one event's evidence, languages, search."""

from __future__ import annotations

from typing import Any

import pytest

KARTAL = "ex-turaz-kartali-2022"


def data(client: Any, path: str) -> Any:
    r = client.get(path)
    assert r.status_code == 200, r.text
    return r.json()["data"]


def test_filter_2022_exercises(client: Any) -> None:
    evs = data(client, "/api/events?kind=exercise&year=2022")
    assert KARTAL in [e["id"] for e in evs]
    assert {e["kind"] for e in evs} == {"exercise"}
    assert all(e["date_start"][:4] <= "2022" <= (e["date_end"] or e["date_start"])[:4] for e in evs)


@pytest.mark.parametrize("query", ["kind=exercise,agreement", "kind=exercise&kind=agreement"])
def test_several_kinds_by_comma_or_repetition(client: Any, query: str) -> None:
    kinds = {e["kind"] for e in data(client, f"/api/events?{query}&limit=500")}
    assert kinds <= {"exercise", "agreement"}
    assert "exercise" in kinds


def test_filter_by_party_and_place(client: Any) -> None:
    evs = data(client, "/api/events?party=aze&place=baku&limit=500")
    assert evs
    assert all("AZE" in e["parties"] and "baku" in [p["id"] for p in e["places"]] for e in evs)


@pytest.mark.parametrize("q", ["Kartalı", "kartali", "KARTALI"])
def test_full_text_search_is_turkish_aware(client: Any, q: str) -> None:
    assert KARTAL in [e["id"] for e in data(client, f"/api/events?q={q}")]


@pytest.mark.parametrize("sort, key", [("date", lambda e: e["date_start"] or "9999"),
                                       ("-date", lambda e: e["date_start"] or "0000")])
def test_sorting(client: Any, sort: str, key: Any) -> None:
    evs = [e for e in data(client, f"/api/events?sort={sort}&limit=500") if e["date_start"]]
    keys = [key(e) for e in evs]
    assert keys == sorted(keys, reverse=sort.startswith("-"))


def test_total_counts_all_matches_not_the_page(client: Any) -> None:
    body = client.get("/api/events?limit=1").json()
    assert body["meta"]["total"] > 1
    assert len(body["data"]) == 1


def test_event_has_claims_with_quote_page_source_and_cited_reference(client: Any) -> None:
    e = data(client, f"/api/events/{KARTAL}")
    assert e["claims"]
    for c in e["claims"]:
        assert c["quote"] and c["source"]
    assert any(c["page"] for c in e["claims"])
    assert any(x["ref"] for c in e["claims"] for x in c["cites"])


@pytest.mark.parametrize("lang, field", [("tr", "name_tr"), ("en", "name_en")])
def test_language_switch_changes_the_data(client: Any, lang: str, field: str) -> None:
    e = data(client, f"/api/events/{KARTAL}?lang={lang}")
    assert e["name"] == e[field]


@pytest.mark.parametrize("lang, label", [("tr", "Tatbikat"), ("en", "Exercise")])
def test_language_switch_changes_labels(client: Any, lang: str, label: str) -> None:
    assert data(client, f"/api/events/{KARTAL}?lang={lang}")["kind_label"] == label


def test_event_with_a_conflict_shows_every_side(client: Any) -> None:
    conflicted = [e for e in data(client, "/api/events?limit=500") if e["n_conflicts"]]
    assert conflicted
    e = data(client, f"/api/events/{conflicted[0]['id']}")
    cf = e["conflicts"][0]
    assert len(cf["sides"]) == len(cf["values"]) >= 2
    assert all(side["claims"] for side in cf["sides"])


def test_timeline_gives_partial_dates_as_spans(client: Any) -> None:
    items = data(client, "/api/timeline")
    assert items
    month = [i for i in items if i["precision"] == "month"]
    assert month
    assert all(i["first_day"] < i["last_day"] for i in month)


def test_places_have_coordinates_and_events(client: Any) -> None:
    places = data(client, "/api/places?kind=exercise")
    assert any(p["lat"] is not None for p in places)
    assert all(p["events"] for p in places)


def test_provisions_matrix_has_domains_and_clauses(client: Any) -> None:
    m = data(client, "/api/provisions")
    assert m["domains"] and m["provisions"]
    domain_ids = {d["id"] for d in m["domains"]}
    assert all(set(p["domains"]) <= domain_ids and p["quote"] for p in m["provisions"])


def test_source_lists_the_claims_and_events_resting_on_it(client: Any) -> None:
    cited = [s for s in data(client, "/api/sources") if s["n_cited"]]
    assert cited
    s = data(client, f"/api/sources/{cited[0]['id']}")
    assert s["claims"] and s["event_list"]


def test_stats_counts_match_the_listing(client: Any) -> None:
    s = data(client, "/api/stats?kind=exercise")
    total = client.get("/api/events?kind=exercise").json()["meta"]["total"]
    assert s["events"] == total


def test_a_rebuilt_store_is_served_without_a_restart(web_db: str, tmp_path: Any) -> None:
    import os
    import shutil
    import warnings

    from defcoop.store import open_store
    from defcoop.web import create_app

    live, rebuilt = tmp_path / "live.sqlite", tmp_path / "rebuilt.sqlite"
    shutil.copy(web_db, live)
    shutil.copy(web_db, rebuilt)
    store = open_store(str(rebuilt))
    with store.transaction():
        store.delete_event(KARTAL)
    store.close()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(create_app(str(live))) as c:
        before = c.get("/api/events?limit=1").json()["meta"]["total"]
        os.replace(rebuilt, live)
        assert c.get("/api/events?limit=1").json()["meta"]["total"] == before - 1
        assert c.get(f"/api/events/{KARTAL}").status_code == 404
