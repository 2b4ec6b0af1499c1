"""Events and claims as flat tables — CSV, JSON records or Parquet — with a data dictionary.

An export is a bundle of files: ``events.<ext>`` (one row per event), ``claims.<ext>`` (one row
per field statement with its quote, page and source), ``dictionary.csv`` (every column with its
type and meaning) and ``datapackage.json`` (the same dictionary as a Frictionless Data Package,
which R, pandas and many data tools read). It is written as a folder, or as a zip archive when
the output path ends in ``.zip``.

List columns (places, parties, forces…) are arrays in JSON and Parquet and ``;``-joined text in
CSV. Dates stay as the source gives them (``2021-09`` is a month); ``first_day`` and
``last_day`` give the days a partial date covers, for joins with daily data.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from defcoop import dates
from defcoop.errors import ExportError
from defcoop.export.writing import Output, dumps
from defcoop.store.queries import EventFilter, Reader
from defcoop.store.sqlite import Store

FORMATS = ("csv", "json-tables", "parquet")
LIST_SEP = ";"

# (column, type, description); type is one of string, integer, boolean, list
EVENT_COLUMNS: list[tuple[str, str, str]] = [
    ("event_id", "string", "Stable identifier of the event (kind prefix + slug)."),
    ("kind", "string", "Event kind code (exercise, agreement, declaration, arms_transfer, deployment, ...)."),
    ("kind_label", "string", "Event kind in the export language."),
    ("name_tr", "string", "Name of the event in Turkish, as the source gives it."),
    ("name_en", "string", "Name of the event in English."),
    ("date_start", "string", "Start date at its precision: YYYY, YYYY-MM or YYYY-MM-DD (never an invented day)."),
    ("date_end", "string", "End date at its own precision; equal to date_start for a single date."),
    ("date_precision", "string", "Precision of date_start: day, month or year."),
    ("first_day", "string", "First day the date covers (ISO 8601), for joins with daily data."),
    ("last_day", "string", "Last day the date covers (ISO 8601)."),
    ("year", "integer", "Year of date_start."),
    ("places", "list", "Place ids (gazetteer), see the GeoJSON export for coordinates."),
    ("place_names", "list", "Place names in the export language."),
    ("place_countries", "list", "ISO 3166 alpha-3 country of each place."),
    ("parties", "list", "Party states (ISO 3166 alpha-3) and bodies (actor ids)."),
    ("organizations", "list", "Organizations involved (actor ids: ministries, commands, companies)."),
    ("forces", "list", "Force branches (land, air, naval, special, ...)."),
    ("domains", "list", "Cooperation domains (uav, munitions, electronic_warfare, ...)."),
    ("purpose_tr", "string", "Purpose, Turkish."),
    ("purpose_en", "string", "Purpose, English."),
    ("outcome_tr", "string", "Outcome or contribution, Turkish."),
    ("outcome_en", "string", "Outcome or contribution, English."),
    ("description_tr", "string", "Free summary, Turkish."),
    ("description_en", "string", "Free summary, English."),
    ("figures", "string", "Figures (troops, tanks, ...) as a JSON object of integers."),
    ("n_claims", "integer", "Number of claims (field statements) behind the event."),
    ("n_conflicts", "integer", "Number of fields on which sources disagree."),
    ("conflict_fields", "list", "The fields on which sources disagree."),
    ("paper_tables", "list", "Rows of the founding paper's tables, as table:row."),
    ("origin", "string", "curated (data files) or extracted (accepted from a document)."),
]
CLAIM_COLUMNS: list[tuple[str, str, str]] = [
    ("claim_id", "integer", "Identifier of the claim in the store."),
    ("event_id", "string", "The event the claim is about (events.event_id)."),
    ("seq", "integer", "Order of the claim within its event."),
    ("field", "string", "The field stated: name, date, places, parties, organizations, forces, domains, purpose, outcome, figures, description."),
    ("value", "string", "The value stated, as text (lists ;-joined, figures as JSON)."),
    ("value_json", "string", "The value stated, as JSON."),
    ("value_en", "string", "English of a textual value."),
    ("quote", "string", "The verbatim quote from the source that states the value."),
    ("page", "integer", "Page of the source where the quote is printed."),
    ("start", "integer", "Character offset of the quote in the source text (start)."),
    ("end", "integer", "Character offset of the quote in the source text (end, exclusive)."),
    ("source_id", "string", "The source making the statement (see the bibliography exports)."),
    ("source_label", "string", "Author-date label of the source."),
    ("locus", "string", "Where in the source: table, heading, prose, abstract, footnote."),
    ("cell_tr", "string", "For table claims: the table cell as printed."),
    ("cell_en", "string", "For table claims: the cell in English."),
    ("cites", "list", "Source ids of the references the statement cites."),
    ("cites_as_written", "list", "The in-text citations as written."),
    ("in_conflict", "boolean", "True when this claim disagrees with another claim on the same field."),
]


def _value_text(v: Any) -> str:
    if isinstance(v, list):
        return LIST_SEP.join(str(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return "" if v is None else str(v)


def selected_events(reader: Reader, f: EventFilter | None, lang: str) -> list[dict[str, Any]]:
    evs = reader.events(f, lang=lang)
    if not evs:
        raise ExportError("no events match the filters: widen them (see 'defcoop events')")
    return evs


def event_rows(reader: Reader, evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    conn = reader.conn
    out = []
    for e in evs:
        raw = conn.execute("SELECT * FROM events WHERE id = ?", (e["id"],)).fetchone()
        conflicts = [r["field"] for r in conn.execute(
            "SELECT field FROM conflicts WHERE event_id = ? ORDER BY rowid", (e["id"],))]
        tabs = [f"{r['table_name']}:{r['row']}" for r in conn.execute(
            "SELECT table_name, row FROM event_tables WHERE event_id = ? ORDER BY table_name", (e["id"],))]
        first = last = None
        if e["date_start"]:
            first = dates.bounds(e["date_start"])[0].isoformat()
            last = dates.bounds(e["date_end"] or e["date_start"])[1].isoformat()
        out.append({
            "event_id": e["id"], "kind": e["kind"], "kind_label": e["kind_label"],
            "name_tr": e["name_tr"], "name_en": e["name_en"],
            "date_start": e["date_start"], "date_end": e["date_end"], "date_precision": e["date_precision"],
            "first_day": first, "last_day": last,
            "year": int(e["date_start"][:4]) if e["date_start"] else None,
            "places": [p["id"] for p in e["places"]], "place_names": [p["name"] for p in e["places"]],
            "place_countries": [p["country"] or "" for p in e["places"]],
            "parties": list(e["parties"]), "organizations": [o["id"] for o in e["organizations"]],
            "forces": list(e["forces"]), "domains": list(e["domains"]),
            "purpose_tr": raw["purpose_tr"], "purpose_en": raw["purpose_en"],
            "outcome_tr": raw["outcome_tr"], "outcome_en": raw["outcome_en"],
            "description_tr": raw["description_tr"], "description_en": raw["description_en"],
            "figures": json.dumps(e["figures"], ensure_ascii=False, sort_keys=True),
            "n_claims": e["n_claims"], "n_conflicts": e["n_conflicts"], "conflict_fields": conflicts,
            "paper_tables": tabs, "origin": e["origin"],
        })
    return out


def claim_rows(reader: Reader, evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    conn = reader.conn
    out = []
    for e in evs:
        in_conflict: set[int] = set()
        for r in conn.execute("SELECT claim_seqs FROM conflicts WHERE event_id = ?", (e["id"],)):
            in_conflict.update(json.loads(r["claim_seqs"]))
        for c in conn.execute("SELECT * FROM claims WHERE event_id = ? ORDER BY seq", (e["id"],)):
            cites = conn.execute("SELECT as_written, source_id FROM claim_cites WHERE claim_id = ? "
                                 "ORDER BY rowid", (c["id"],)).fetchall()
            value = json.loads(c["value"])
            out.append({
                "claim_id": c["id"], "event_id": e["id"], "seq": c["seq"], "field": c["field"],
                "value": _value_text(value), "value_json": json.dumps(value, ensure_ascii=False),
                "value_en": c["value_en"], "quote": c["quote"], "page": c["page"],
                "start": c["start"], "end": c["end"], "source_id": c["source_id"],
                "source_label": reader.source_label(c["source_id"]), "locus": c["locus"],
                "cell_tr": c["cell_tr"], "cell_en": c["cell_en"],
                "cites": [x["source_id"] for x in cites if x["source_id"]],
                "cites_as_written": [x["as_written"] for x in cites],
                "in_conflict": c["seq"] in in_conflict,
            })
    return out


def _csv(rows: list[dict[str, Any]], columns: list[tuple[str, str, str]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([c for c, _, _ in columns])
    for r in rows:
        w.writerow([LIST_SEP.join(r[c]) if t == "list" else ("" if r[c] is None else
                    ("true" if r[c] is True else "false" if r[c] is False else r[c]))
                    for c, t, _ in columns])
    return buf.getvalue().encode("utf-8")


def _parquet(rows: list[dict[str, Any]], columns: list[tuple[str, str, str]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(), "list": pa.list_(pa.string())}
    schema = pa.schema([pa.field(c, types[t], metadata={"description": d}) for c, t, d in columns])
    table = pa.Table.from_pylist([{c: r[c] for c, _, _ in columns} for r in rows], schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="snappy")
    return bytes(sink.getvalue().to_pybytes())


def dictionary_csv() -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["table", "column", "type", "description"])
    for table, cols in (("events", EVENT_COLUMNS), ("claims", CLAIM_COLUMNS)):
        for c, t, d in cols:
            w.writerow([table, c, t, d])
    return buf.getvalue().encode("utf-8")


def datapackage(fmt: str) -> dict[str, Any]:
    ext = {"csv": "csv", "json-tables": "json", "parquet": "parquet"}[fmt]
    ftype = {"string": "string", "integer": "integer", "boolean": "boolean",
             "list": "string" if fmt == "csv" else "array"}

    def resource(name: str, cols: list[tuple[str, str, str]], key: str) -> dict[str, Any]:
        res: dict[str, Any] = {"name": name, "path": f"{name}.{ext}", "format": ext,
                               "schema": {"fields": [{"name": c, "type": ftype[t], "description": d}
                                                     for c, t, d in cols],
                                          "primaryKey": key}}
        if ext != "parquet":
            res["encoding"] = "utf-8"
        if name == "claims":
            res["schema"]["foreignKeys"] = [{"fields": "event_id",
                                             "reference": {"resource": "events", "fields": "event_id"}}]
        if fmt == "csv":
            res["dialect"] = {"delimiter": ",", "lineTerminator": "\n", "header": True}
        return res

    return {"profile": "tabular-data-package", "name": "defcoop-events",
            "title": "defcoop events and claims",
            "description": "Events of security and defense relations with every field statement, its "
                           "quote, page and source. List columns are ';'-joined in CSV.",
            "resources": [resource("events", EVENT_COLUMNS, "event_id"),
                          resource("claims", CLAIM_COLUMNS, "claim_id")]}


def export_tables(store: Store, fmt: str, f: EventFilter | None = None, lang: str = "en") -> Output:
    if fmt not in FORMATS:
        raise ExportError(f"unknown table format '{fmt}': use one of {', '.join(FORMATS)}")
    reader = Reader(store)
    evs = selected_events(reader, f, lang)
    events = event_rows(reader, evs)
    claims = claim_rows(reader, evs)
    files: dict[str, bytes] = {}
    if fmt == "csv":
        files["events.csv"] = _csv(events, EVENT_COLUMNS)
        files["claims.csv"] = _csv(claims, CLAIM_COLUMNS)
    elif fmt == "json-tables":
        files["events.json"] = dumps(events).encode("utf-8")
        files["claims.json"] = dumps(claims).encode("utf-8")
    else:
        files["events.parquet"] = _parquet(events, EVENT_COLUMNS)
        files["claims.parquet"] = _parquet(claims, CLAIM_COLUMNS)
    files["dictionary.csv"] = dictionary_csv()
    files["datapackage.json"] = dumps(datapackage(fmt)).encode("utf-8")
    return Output(files=files, default_name=f"defcoop-{fmt}", binary=fmt == "parquet", bundle=True,
                  note=f"{len(events)} events, {len(claims)} claims")
