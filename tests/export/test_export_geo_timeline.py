"""GeoJSON of places and the TimelineJS document, checked against their formats."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from defcoop.export import export
from defcoop.export.timelinejs import date_object
from defcoop.store import EventFilter, Reader, Store

SCHEMAS = Path(__file__).parent.parent / "fixtures" / "schemas"


def test_geojson_features_are_points_lon_lat_with_events(store: Store) -> None:
    fc = json.loads(export(store, "geojson").single())
    assert fc["type"] == "FeatureCollection" and fc["features"]
    places = {p["id"]: p for p in Reader(store).places("en")}
    for feat in fc["features"]:
        assert feat["type"] == "Feature"
        p = places[feat["id"]]
        if feat["geometry"] is not None:
            assert feat["geometry"]["type"] == "Point"
            assert feat["geometry"]["coordinates"] == [p["lon"], p["lat"]]
        assert {e["id"] for e in feat["properties"]["events"]} == {e["id"] for e in p["events"]}


def test_geojson_follows_the_filter(store: Store) -> None:
    fc = json.loads(export(store, "geojson", EventFilter(kind=["exercise"])).single())
    kinds = {e["kind"] for f in fc["features"] for e in f["properties"]["events"]}
    assert kinds == {"exercise"}


@pytest.mark.parametrize("value, expected", [
    ("2021", {"year": 2021}),
    ("2021-09", {"year": 2021, "month": 9}),
    ("2021-09-06", {"year": 2021, "month": 9, "day": 6}),
])
def test_partial_dates_become_partial_timelinejs_dates(value: str, expected: dict[str, int]) -> None:
    assert date_object(value) == expected


def test_timelinejs_document_validates_against_schema(store: Store) -> None:
    doc = json.loads(export(store, "timelinejs").single())
    schema = json.loads((SCHEMAS / "timelinejs.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)


def test_timelinejs_has_one_slide_per_dated_event(store: Store) -> None:
    doc = json.loads(export(store, "timelinejs", EventFilter(kind=["exercise"]), "en").single())
    evs = [e for e in Reader(store).events(EventFilter(kind=["exercise"]), lang="en") if e["date_start"]]
    assert [s["unique_id"] for s in doc["events"]] == [e["id"] for e in evs]
    by_id = {s["unique_id"]: s for s in doc["events"]}
    for e in evs:
        assert by_id[e["id"]]["start_date"] == date_object(e["date_start"])
        assert by_id[e["id"]]["text"]["headline"] == e["name"]
