"""Events as PLOVER event records, and exercises as MME-style rows, to merge with event and
exercise datasets.

PLOVER (the Political Language Ontology for Verifiable Event Records, the ontology of the
POLECAT data) records who did what to whom, when and where. Each defcoop event becomes one
record per pair of its party states: exercises are ``COOPERATE`` in a military context, signed
agreements and declarations ``SUPPORT``, arms transfers ``AID`` of mode ``military``. Every
record carries its evidence: the quotes with their page, source and character offsets in the
source text. Dates keep their precision (``date`` is the first day covered, ``date_precision``
says how much of it the source gives).

MME rows (after the Multinational Military Exercises data) give one row per exercise with its
participants (ISO3 and Correlates of War codes) and land / air / sea / special-forces flags.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from itertools import combinations
from typing import Any

from defcoop import dates
from defcoop.errors import ExportError
from defcoop.export.states import cow_codes
from defcoop.export.writing import Output, dumps
from defcoop.store.queries import EventFilter, Reader
from defcoop.store.sqlite import Store

PLOVER_VERSION = "PLOVER 2023"
# event kind -> (PLOVER event type, mode, contexts)
KIND_CODES: dict[str, tuple[str, str | None, list[str]]] = {
    "exercise": ("COOPERATE", None, ["military"]),
    "agreement": ("SUPPORT", None, ["military"]),
    "declaration": ("SUPPORT", None, ["military", "diplomatic"]),
    "arms_transfer": ("AID", "military", ["military"]),
    "deployment": ("MOBILIZE", None, ["military"]),
    "conflict": ("ASSAULT", None, ["military", "territory"]),
    "institution": ("COOPERATE", None, ["diplomatic"]),
    "meeting": ("CONSULT", None, ["diplomatic"]),
    "visit": ("CONSULT", None, ["diplomatic"]),
    "project": ("COOPERATE", None, ["economic"]),
}
# domains that add a context to the record
DOMAIN_CONTEXTS = {"energy": "economic", "transport": "economic", "coproduction": "economic",
                   "technology_transfer": "economic", "research_development": "economic",
                   "cyber": "cyber", "diplomacy": "diplomatic", "law_enforcement": "legal"}
# forces -> MME branch flags
FORCE_FLAGS = {"land": "land", "air": "air", "army_aviation": "air", "air_defense": "air", "naval": "sea",
               "special": "special", "gendarmerie": "land", "joint": None}


def _states(reader: Reader, parties: list[str]) -> list[str]:
    types = {r["id"]: r["type"] for r in reader.conn.execute("SELECT id, type FROM actors")}
    return [p for p in parties if types.get(p) == "state" or (len(p) == 3 and p.isupper())]


def _actor(reader: Reader, aid: str, lang: str) -> dict[str, Any]:
    return {"id": aid, "name": reader.actor_name(aid, lang), "country": aid if len(aid) == 3 else None,
            "cow": cow_codes().get(aid)}


def _evidence(ev: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"field": c["field"], "quote": c["quote"], "page": c["page"], "source": c["source"],
             "locus": c["locus"], "start": c["start"], "end": c["end"]} for c in ev["claims"]]


def _lead_claim(ev: dict[str, Any]) -> dict[str, Any] | None:
    """The claim that best names the event in running text: a prose name, else any name."""
    claims: list[dict[str, Any]] = [c for c in ev["claims"] if c["start"] is not None]
    for c in claims:
        if c["field"] == "name" and c["locus"] == "prose":
            return c
    for c in claims:
        if c["field"] == "name":
            return c
    return claims[0] if claims else None


def plover_records(reader: Reader, f: EventFilter | None = None, lang: str = "en") -> tuple[list[dict[str, Any]], int]:
    evs = reader.events(f, lang=lang)
    if not evs:
        raise ExportError("no events match the filters: widen them (see 'defcoop events')")
    records: list[dict[str, Any]] = []
    skipped = 0
    for e in evs:
        code = KIND_CODES.get(e["kind"])
        if code is None or not e["date_start"]:
            skipped += 1
            continue
        event_type, mode, contexts = code
        ctx = list(contexts)
        for d in e["domains"]:
            extra = DOMAIN_CONTEXTS.get(d)
            if extra and extra not in ctx:
                ctx.append(extra)
        full = reader.event(e["id"], lang)
        states = _states(reader, e["parties"])
        pairs: list[tuple[str | None, str | None]] = list(combinations(states, 2)) or [
            (states[0] if states else None, None)]
        lead = _lead_claim(full)
        place = next((p for p in e["places"] if p["lat"] is not None), e["places"][0] if e["places"] else None)
        for n, (a, b) in enumerate(pairs, start=1):
            records.append({
                "id": f"{e['id']}#{n}",
                "event_id": e["id"],
                "date": dates.bounds(e["date_start"])[0].isoformat(),
                "date_end": dates.bounds(e["date_end"] or e["date_start"])[1].isoformat(),
                "date_as_given": e["date_start"] if not e["date_end"] or e["date_end"] == e["date_start"]
                else f"{e['date_start']}/{e['date_end']}",
                "date_precision": e["date_precision"],
                "event_type": event_type,
                "mode": mode,
                "context": ctx,
                "actor": _actor(reader, a, lang) if a else None,
                "recipient": _actor(reader, b, lang) if b else None,
                "organizations": [o["id"] for o in e["organizations"]],
                "name": e["name"],
                "location": ({"id": place["id"], "name": place["name"], "country": place["country"],
                              "lat": place["lat"], "lon": place["lon"]} if place else None),
                "text": lead["quote"] if lead else None,
                "text_offsets": ({"source": lead["source"], "page": lead["page"], "start": lead["start"],
                                  "end": lead["end"]} if lead else None),
                "evidence": _evidence(full),
                "defcoop_kind": e["kind"],
                "version": PLOVER_VERSION,
            })
    if not records:
        raise ExportError("none of the selected events maps to a PLOVER event type (they are undated or "
                          "of kind 'other')")
    return records, skipped


def export_plover(store: Store, f: EventFilter | None = None, lang: str = "en") -> Output:
    records, skipped = plover_records(Reader(store), f, lang)
    return Output(files={"plover.json": dumps(records).encode("utf-8")}, default_name="plover.json",
                  note=f"{len(records)} records" + (f", {skipped} events not coded" if skipped else ""))


MME_COLUMNS = ["exercise_id", "name", "name_en", "year", "date_start", "date_end", "date_precision",
               "first_day", "last_day", "participants", "participants_cow", "n_participants", "bilateral",
               "land", "air", "sea", "special", "host", "host_cow", "locations", "organizations",
               "troops", "sources"]


def mme_rows(reader: Reader, f: EventFilter | None = None) -> list[dict[str, Any]]:
    base = f or EventFilter()
    flt = replace(base, kind=["exercise"])
    if base.kind and "exercise" not in base.kind:
        raise ExportError("MME rows describe exercises: the filter excludes --kind exercise")
    evs = reader.events(flt, lang="tr")
    if not evs:
        raise ExportError("no exercises match the filters: widen them (see 'defcoop events --kind exercise')")
    cow = cow_codes()
    rows = []
    for e in evs:
        states = _states(reader, e["parties"])
        flags = {"land": 0, "air": 0, "sea": 0, "special": 0}
        for fo in e["forces"]:
            flag = FORCE_FLAGS.get(fo)
            if flag:
                flags[flag] = 1
        host = next((p["country"] for p in e["places"] if p["country"]), None)
        full = reader.event(e["id"], "en")
        first = last = None
        if e["date_start"]:
            first = dates.bounds(e["date_start"])[0].isoformat()
            last = dates.bounds(e["date_end"] or e["date_start"])[1].isoformat()
        rows.append({
            "exercise_id": e["id"], "name": e["name_tr"], "name_en": e["name_en"],
            "year": int(e["date_start"][:4]) if e["date_start"] else None,
            "date_start": e["date_start"], "date_end": e["date_end"], "date_precision": e["date_precision"],
            "first_day": first, "last_day": last,
            "participants": ";".join(states),
            "participants_cow": ";".join(str(cow[s]) for s in states if s in cow),
            "n_participants": len(states), "bilateral": 1 if len(states) == 2 else 0, **flags,
            "host": host, "host_cow": cow.get(host) if host else None,
            "locations": ";".join(p["id"] for p in e["places"]),
            "organizations": ";".join(o["id"] for o in e["organizations"]),
            "troops": e["figures"].get("troops"),
            "sources": ";".join(full["sources"]),
        })
    return rows


def export_mme(store: Store, f: EventFilter | None = None) -> Output:
    rows = mme_rows(Reader(store), f)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=MME_COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: "" if r[k] is None else r[k] for k in MME_COLUMNS})
    return Output(files={"exercises-mme.csv": buf.getvalue().encode("utf-8")},
                  default_name="exercises-mme.csv", note=f"{len(rows)} exercises")
