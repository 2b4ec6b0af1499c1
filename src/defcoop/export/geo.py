"""Places with their events as GeoJSON (RFC 7946): one Point feature per place.

Coordinates are ``[longitude, latitude]`` (WGS 84). A place the gazetteer gives no coordinates
keeps its feature with a ``null`` geometry, so no event is silently dropped from the map.
"""

from __future__ import annotations

from typing import Any

from defcoop.errors import ExportError
from defcoop.export.writing import Output, dumps
from defcoop.store.queries import EventFilter, Reader
from defcoop.store.sqlite import Store


def feature_collection(reader: Reader, f: EventFilter | None = None, lang: str = "en") -> dict[str, Any]:
    if reader.count(f or EventFilter()) == 0:
        raise ExportError("no events match the filters: widen them (see 'defcoop events')")
    places = reader.places(lang, f)
    rows = {r["id"]: r for r in reader.conn.execute("SELECT id, name_tr, name_en FROM places")}
    features = []
    for p in sorted(places, key=lambda p: str(p["id"])):
        row = rows.get(p["id"])
        geometry = ({"type": "Point", "coordinates": [p["lon"], p["lat"]]}
                    if p["lat"] is not None and p["lon"] is not None else None)
        features.append({
            "type": "Feature", "id": p["id"], "geometry": geometry,
            "properties": {
                "id": p["id"], "name": p["name"],
                "name_tr": row["name_tr"] if row else p["name"],
                "name_en": row["name_en"] if row else p["name"],
                "kind": p["kind"], "country": p["country"],
                "n_events": len(p["events"]),
                "events": [{"id": e["id"], "name": e["name"], "kind": e["kind"], "date": e["date_label"]}
                           for e in p["events"]],
            },
        })
    if not features:
        raise ExportError("the selected events have no places: nothing to map")
    return {"type": "FeatureCollection", "features": features}


def export_geojson(store: Store, f: EventFilter | None = None, lang: str = "en") -> Output:
    fc = feature_collection(Reader(store), f, lang)
    return Output(files={"places.geojson": dumps(fc).encode("utf-8")}, default_name="places.geojson",
                  note=f"{len(fc['features'])} places")
