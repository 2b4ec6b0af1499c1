"""Events as a Knight Lab TimelineJS document (JSON).

Each dated event becomes a slide whose ``start_date`` (and ``end_date`` for ranges) carries only
the parts the source gives: ``{"year": 2021, "month": 9}`` for "September 2021", never an
invented day. Slides are grouped by event kind; ``display_date`` shows the date as written in the
chosen language. Undated events cannot be placed on a timeline and are left out (the count is
reported).
"""

from __future__ import annotations

import html
from typing import Any

from defcoop.errors import ExportError
from defcoop.export.writing import Output, dumps
from defcoop.store.queries import EventFilter, Reader
from defcoop.store.sqlite import Store

TITLES = {"tr": "Olaylar", "en": "Events"}


def date_object(value: str) -> dict[str, int]:
    """``YYYY[-MM[-DD]]`` as a TimelineJS date object with only the parts given."""
    parts = value.split("-")
    keys = ("year", "month", "day")
    return {keys[i]: int(p) for i, p in enumerate(parts[:3])}


def _text(e: dict[str, Any], lang: str) -> str:
    bits = []
    for key, label in (("purpose", {"tr": "Amaç", "en": "Purpose"}), ("outcome", {"tr": "Katkı", "en": "Outcome"}),
                       ("description", {"tr": "Açıklama", "en": "Description"})):
        if e.get(key):
            bits.append(f"<p><b>{label[lang]}:</b> {html.escape(e[key])}</p>")
    facts = []
    if e["places"]:
        facts.append(", ".join(p["name"] for p in e["places"]))
    if e["party_names"]:
        facts.append(", ".join(e["party_names"]))
    if e["force_labels"]:
        facts.append(", ".join(e["force_labels"]))
    if facts:
        bits.append("<p>" + html.escape(" · ".join(facts)) + "</p>")
    bits.append(f"<p><small>{e['n_claims']} {'iddia' if lang == 'tr' else 'claims'} · {html.escape(e['id'])}</small></p>")
    return "".join(bits)


def document(reader: Reader, f: EventFilter | None = None, lang: str = "en") -> tuple[dict[str, Any], int]:
    evs = reader.events(f, lang=lang)
    if not evs:
        raise ExportError("no events match the filters: widen them (see 'defcoop events')")
    dated = [e for e in evs if e["date_start"]]
    if not dated:
        raise ExportError("none of the selected events has a date: nothing to put on a timeline")
    slides = []
    for e in dated:
        slide: dict[str, Any] = {
            "unique_id": e["id"],
            "start_date": date_object(e["date_start"]),
            "display_date": e["date_label"],
            "text": {"headline": e["name"], "text": _text(e, lang)},
            "group": e["kind_label"],
        }
        if e["date_end"] and e["date_end"] != e["date_start"]:
            slide["end_date"] = date_object(e["date_end"])
        slides.append(slide)
    doc = {"title": {"text": {"headline": TITLES[lang],
                              "text": f"{len(dated)} {'olay' if lang == 'tr' else 'events'}"}},
           "events": slides}
    return doc, len(evs) - len(dated)


def export_timelinejs(store: Store, f: EventFilter | None = None, lang: str = "en") -> Output:
    doc, undated = document(Reader(store), f, lang)
    return Output(files={"timeline.json": dumps(doc).encode("utf-8")}, default_name="timeline.json",
                  note=f"{len(doc['events'])} events" + (f", {undated} undated left out" if undated else ""))
