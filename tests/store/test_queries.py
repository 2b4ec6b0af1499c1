"""Reading events with filters, one event with its evidence."""

from __future__ import annotations

import pytest

from defcoop.errors import NotFound, QueryError
from defcoop.store import EventFilter, Reader, open_store


@pytest.fixture
def reader(mini_store: str) -> Reader:
    return Reader(open_store(mini_store))


@pytest.mark.parametrize(("flt", "ids"), [
    (EventFilter(), ["ag-savunma-2023", "ex-kartal-2024"]),
    (EventFilter(kind=["exercise"]), ["ex-kartal-2024"]),
    (EventFilter(year=2023), ["ag-savunma-2023"]),
    (EventFilter(year=2022), []),
    (EventFilter(date_from="2024-06-10"), ["ex-kartal-2024"]),
    (EventFilter(date_to="2024-05"), ["ag-savunma-2023"]),
    (EventFilter(party=["PAK"]), ["ex-kartal-2024"]),
    (EventFilter(place=["karachi"]), ["ex-kartal-2024"]),
    (EventFilter(force=["air"]), ["ex-kartal-2024"]),
    (EventFilter(force=["naval"]), []),
    (EventFilter(organization=["baykar"]), ["ag-savunma-2023"]),
    (EventFilter(source="ref2023"), ["ex-kartal-2024"]),
])
def test_filters(reader: Reader, flt: EventFilter, ids: list[str]) -> None:
    assert [e["id"] for e in reader.events(flt)] == ids
    assert reader.count(flt) == len(ids)


@pytest.mark.parametrize("flt", [
    EventFilter(kind=["parade"]), EventFilter(force=["cavalry"]), EventFilter(domain=["magic"]),
    EventFilter(date_from="June 2024"), EventFilter(date_to="2024-02-30"), EventFilter(q="***"),
])
def test_bad_filters(reader: Reader, flt: EventFilter) -> None:
    with pytest.raises(QueryError):
        reader.events(flt)


def test_event_has_claims_cites_and_conflict(reader: Reader) -> None:
    e = reader.event("ex-kartal-2024", "en")
    assert e["name"] == "Exercise Kartal-2024"
    assert e["date_precision"] == "day"
    assert [p["name"] for p in e["places"]] == ["Konya", "Karachi"]
    figures = [c for c in e["claims"] if c["field"] == "figures"][0]
    assert figures["cites"] == [{"as": "Yılmaz, 2023: 12", "ref": "ref2023"}]
    assert figures["page"] == 1 and figures["quote"] == "Tatbikata 120 asker katıldı"
    assert e["conflicts"] == [{"field": "date", "values": ["2024-06-03/2024-06-14", "2024-06-05/2024-06-15"],
                               "claims": [1, 3]}]


def test_unknown_event(reader: Reader) -> None:
    with pytest.raises(NotFound, match="no event with id 'nope'"):
        reader.event("nope")


def test_places_for_map(reader: Reader) -> None:
    places = reader.places("tr")
    assert [(p["id"], [e["id"] for e in p["events"]]) for p in places] == [
        ("karachi", ["ex-kartal-2024"]), ("konya", ["ex-kartal-2024"])]
    assert places[1]["lat"] == pytest.approx(37.87)


def test_source_with_claims_that_cite_it(reader: Reader) -> None:
    s = reader.source("ref2023")
    assert s["events"] == ["ex-kartal-2024"]
    assert s["claims"][0]["quote"] == "Tatbikata 120 asker katıldı"
