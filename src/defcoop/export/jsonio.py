"""The canonical JSON export of a whole store, and the import that rebuilds it.

The document holds every table of the store in row order: actors, places, sources, events (each
with its links, table rows, claims with their cited references, and conflicts), relations,
provisions, and the user's own documents, review candidates and log. Columns that the store
keeps as JSON text appear as JSON values (a text in another JSON spelling, e.g. indented, is
kept verbatim as ``{"$json_text": "..."}``). ``import_json`` writes a new store beside the target
and renames it into place, so an import that fails leaves nothing behind; the full-text index is
rebuilt from the rows. Export → import → export gives the same bytes.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from defcoop.errors import ExportError, InputError
from defcoop.export.writing import Output, dumps
from defcoop.store.queries import EventFilter, Reader
from defcoop.store.sqlite import SCHEMA_VERSION, Store, db_file, open_store
from defcoop.textnorm import ascii_fold

FORMAT = "defcoop-store"
FORMAT_VERSION = 1

# columns the store keeps as JSON text, per table
JSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "actors": ("aliases",), "places": ("aliases",), "sources": ("authors", "editors"),
    "events": ("figures", "names"), "claims": ("value",), "conflicts": ("values", "claim_seqs"),
    "provisions": ("domains", "cites"), "candidates": ("payload",), "log": ("detail",),
}
TOP_TABLES = ("actors", "places", "sources")
RAW = "$json_text"
USER_TABLES = ("documents", "candidates", "log")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _row(table: str, row: sqlite3.Row, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k in row.keys():
        if k in drop:
            continue
        v = row[k]
        if k in JSON_COLUMNS.get(table, ()) and isinstance(v, str):
            parsed = json.loads(v)
            # a text not in the store's own JSON spelling is kept verbatim, so the import
            # rebuilds the very same bytes
            v = parsed if json.dumps(parsed, ensure_ascii=False) == v else {RAW: v}
        out[k] = v
    return out


def _rows(conn: sqlite3.Connection, table: str, where: str = "", args: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    return [_row(table, r) for r in conn.execute(f"SELECT * FROM {table} {where} ORDER BY rowid", args)]


def _event(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    eid = row["id"]
    ev = _row("events", row)
    links: dict[str, list[str]] = {}
    for r in conn.execute("SELECT field, value FROM event_links WHERE event_id = ? ORDER BY rowid", (eid,)):
        links.setdefault(r["field"], []).append(r["value"])
    ev["links"] = links
    ev["tables"] = {r["table_name"]: r["row"] for r in conn.execute(
        "SELECT table_name, row FROM event_tables WHERE event_id = ? ORDER BY rowid", (eid,))}
    claims = []
    for c in conn.execute("SELECT * FROM claims WHERE event_id = ? ORDER BY id", (eid,)):
        claim = _row("claims", c, drop=("event_id",))
        claim["cites"] = [{"as": x["as_written"], "ref": x["source_id"]} for x in conn.execute(
            "SELECT as_written, source_id FROM claim_cites WHERE claim_id = ? ORDER BY rowid", (c["id"],))]
        claims.append(claim)
    ev["claims"] = claims
    ev["conflicts"] = [_row("conflicts", r, drop=("event_id",)) for r in conn.execute(
        "SELECT * FROM conflicts WHERE event_id = ? ORDER BY rowid", (eid,))]
    return ev


def document(store: Store, f: EventFilter | None = None) -> dict[str, Any]:
    """The canonical document of ``store``; with a filter, only the matching events.

    A filtered document keeps all actors, places and sources (the reference data), the matching
    events with their provisions and the relations between them, and leaves out the user's
    documents, candidates and log, which travel only with a full export.
    """
    conn = store.conn
    selected: set[str] | None = None
    if f is not None and f != EventFilter():
        selected = {e["id"] for e in Reader(store).events(f)}
        if not selected:
            raise ExportError("no events match the filters: widen them (see 'defcoop events')")
    meta = {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM meta ORDER BY key")}
    doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION,
                           "schema_version": SCHEMA_VERSION, "meta": meta,
                           "selection": "all" if selected is None else "filtered"}
    for table in TOP_TABLES:
        doc[table] = _rows(conn, table)
    doc["events"] = [_event(conn, r) for r in conn.execute("SELECT * FROM events ORDER BY rowid")
                     if selected is None or r["id"] in selected]
    rels = _rows(conn, "relations")
    provs = _rows(conn, "provisions")
    if selected is not None:
        rels = [r for r in rels if r["source_event"] in selected and r["target_event"] in selected]
        provs = [p for p in provs if p["event_id"] in selected]
    doc["relations"] = rels
    doc["provisions"] = provs
    for table in USER_TABLES:
        doc[table] = _rows(conn, table) if selected is None else []
    return doc


def export_json(store: Store, f: EventFilter | None = None) -> Output:
    return Output(files={"defcoop-store.json": dumps(document(store, f)).encode("utf-8")},
                  default_name="defcoop-store.json")


# ------------------------------------------------------------------ import


def _encode(table: str, key: str, value: Any) -> Any:
    if key in JSON_COLUMNS.get(table, ()):
        if isinstance(value, dict) and set(value) == {RAW} and isinstance(value[RAW], str):
            return value[RAW]
        return json.dumps(value, ensure_ascii=False)
    return value


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any], cols: list[str], where: str) -> int:
    unknown = [k for k in row if k not in cols]
    if unknown:
        raise ValueError(f"{where}: unknown column(s) {', '.join(unknown)} for table {table}")
    keys = list(row)
    cur = conn.execute(
        f"INSERT INTO {table} ({', '.join(chr(34) + k + chr(34) for k in keys)}) "
        f"VALUES ({', '.join('?' for _ in keys)})", [_encode(table, k, row[k]) for k in keys])
    return int(cur.lastrowid or 0)


def _index(conn: sqlite3.Connection, kind: str, ref: str, event_id: str | None, *texts: Any) -> None:
    parts = [t for t in texts if isinstance(t, str) and t]
    if not parts:
        return
    text = " ".join(parts)
    conn.execute("INSERT INTO search (kind, ref, event_id, text) VALUES (?,?,?,?)",
                 (kind, ref, event_id, f"{text} {ascii_fold(text)}"))


def _list(doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    val = doc.get(key, [])
    if not isinstance(val, list) or not all(isinstance(x, dict) for x in val):
        raise ValueError(f"'{key}' must be a list of objects")
    return val


def _load(conn: sqlite3.Connection, doc: dict[str, Any]) -> None:
    cols = {t: _columns(conn, t) for t in ("actors", "places", "sources", "events", "event_links",
                                           "event_tables", "claims", "claim_cites", "conflicts",
                                           "relations", "provisions", "documents", "candidates", "log")}
    for k, v in doc.get("meta", {}).items():
        conn.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (str(k), str(v)))
    for table in TOP_TABLES:
        for i, row in enumerate(_list(doc, table)):
            _insert(conn, table, row, cols[table], f"{table}[{i}]")
    for s in _list(doc, "sources"):
        _index(conn, "source", s["id"], None, s.get("title"), " ".join(s.get("authors") or []),
               s.get("container"), s.get("raw"))
    for i, ev in enumerate(_list(doc, "events")):
        where = f"events[{i}] ({ev.get('id')})"
        body = {k: v for k, v in ev.items() if k not in ("links", "tables", "claims", "conflicts")}
        _insert(conn, "events", body, cols["events"], where)
        eid = ev["id"]
        for fname, values in (ev.get("links") or {}).items():
            for v in values:
                conn.execute("INSERT INTO event_links VALUES (?,?,?)", (eid, fname, v))
        for tname, rowno in (ev.get("tables") or {}).items():
            conn.execute("INSERT INTO event_tables VALUES (?,?,?)", (eid, tname, rowno))
        for j, c in enumerate(ev.get("claims") or []):
            claim = {k: v for k, v in c.items() if k != "cites"}
            claim["event_id"] = eid
            cid = _insert(conn, "claims", claim, cols["claims"], f"{where} claims[{j}]")
            for x in c.get("cites") or []:
                conn.execute("INSERT INTO claim_cites VALUES (?,?,?)", (cid, x["as"], x.get("ref")))
            _index(conn, "claim", str(cid), eid, c.get("quote"), c.get("value_en"))
        for j, cf in enumerate(ev.get("conflicts") or []):
            _insert(conn, "conflicts", {**cf, "event_id": eid}, cols["conflicts"], f"{where} conflicts[{j}]")
        names = ev.get("names") or []
        _index(conn, "event", eid, eid, ev.get("name_tr"), ev.get("name_en"),
               " ".join(n for n in names if isinstance(n, str)), ev.get("purpose_tr"), ev.get("purpose_en"),
               ev.get("outcome_tr"), ev.get("outcome_en"), ev.get("description_tr"), ev.get("description_en"))
    for table in ("relations", "provisions") + USER_TABLES:
        for i, row in enumerate(_list(doc, table)):
            _insert(conn, table, row, cols[table], f"{table}[{i}]")
    for p in _list(doc, "provisions"):
        _index(conn, "provision", p["id"], p["event_id"], p.get("text_tr"), p.get("text_en"), p.get("quote"))


def read_document(path: str | Path) -> dict[str, Any]:
    src = Path(path)
    try:
        raw = src.read_bytes()
    except OSError as exc:
        raise InputError(src, f"cannot read it ({exc.strerror})") from None
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(src, f"is not a JSON file ({exc}); give a file written by "
                              f"'defcoop export --format json'") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError(src, f"is not a defcoop store export (no \"format\": \"{FORMAT}\")")
    if doc.get("format_version") != FORMAT_VERSION or doc.get("schema_version") != SCHEMA_VERSION:
        raise InputError(src, f"was written for format {doc.get('format_version')} / schema "
                              f"{doc.get('schema_version')}; this defcoop reads format {FORMAT_VERSION} "
                              f"/ schema {SCHEMA_VERSION}")
    return doc


def import_json(path: str | Path, db: str, replace: bool = False) -> dict[str, int]:
    """Rebuild a store at ``db`` from the JSON export at ``path``, atomically. Returns counts."""
    doc = read_document(path)
    target = db_file(db)
    if target.exists() and not replace:
        raise ExportError(f"a store exists at {target}: pass --replace to overwrite it, or choose "
                          f"another --db")
    if not target.parent.exists():
        raise ExportError(f"cannot write {target}: folder {target.parent} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror}") from None
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        store = open_store(str(tmp), create=True)
        try:
            with store.transaction() as conn:
                _load(conn, doc)
            store.conn.execute("INSERT INTO search(search) VALUES ('optimize')")
        except (ValueError, KeyError, TypeError, sqlite3.DatabaseError) as exc:
            raise InputError(path, f"cannot be imported: {exc}") from None
        finally:
            store.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return {k: len(doc.get(k) or []) for k in ("actors", "places", "sources", "events", "provisions",
                                               "documents", "candidates", "log")}
