"""The SQLite store: opening, atomic builds from the data files, and writes.

A build writes a new file beside the old one and renames it into place, so a failed build
leaves the previous store intact. Documents, review candidates, extracted events and the log
of an existing store are carried over into the rebuilt one.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from defcoop import dates
from defcoop.errors import StoreError
from defcoop.kb.loader import KnowledgeBase, load_kb
from defcoop.model import LIST_FIELDS, Cite, Claim, Event, Relation, Source
from defcoop.resolve import resolve
from defcoop.textnorm import ascii_fold

SCHEMA_VERSION = 1


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def db_file(db: str) -> Path:
    """A store location given as a path or a database URL."""
    if db.startswith("sqlite:///"):
        return Path(db[len("sqlite:///"):])
    if "://" in db:
        scheme = db.split("://", 1)[0]
        raise StoreError(f"database URL scheme '{scheme}' is not supported; use a SQLite file "
                         f"path or sqlite:///PATH")
    return Path(db)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class Store:
    """An open store. Reads go through :mod:`defcoop.store.queries`."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self.conn.execute("SELECT key, value FROM meta")}

    def log(self, actor: str, action: str, target: str | None, detail: dict[str, Any] | None = None,
            reason: str | None = None) -> int:
        cur = self.conn.execute(
            "INSERT INTO log (ts, actor, action, target, detail, reason) VALUES (?,?,?,?,?,?)",
            (now(), actor, action, target, json.dumps(detail or {}, ensure_ascii=False), reason))
        return int(cur.lastrowid or 0)

    def add_source(self, source: Source, origin: str = "curated") -> None:
        _insert_source(self.conn, source, origin)

    def insert_event(self, event: Event) -> None:
        _insert_event(self.conn, event)

    def load_event(self, event_id: str) -> Event:
        """The stored event with its claims, relations and table rows, as a model object."""
        return load_event(self.conn, event_id)

    def replace_event(self, event: Event) -> None:
        """Write ``event`` over the stored one of the same id, keeping relations that point to it."""
        inbound = self.conn.execute("SELECT source_event, type FROM relations WHERE target_event = ? "
                                    "AND source_event != ?", (event.id, event.id)).fetchall()
        self.delete_event(event.id)
        self.insert_event(event)
        for src, rtype in inbound:
            self.conn.execute("INSERT OR IGNORE INTO relations VALUES (?,?,?)", (src, rtype, event.id))

    def delete_event(self, event_id: str) -> None:
        self.conn.execute("DELETE FROM search WHERE event_id = ?", (event_id,))
        self.conn.execute("DELETE FROM relations WHERE source_event = ? OR target_event = ?",
                          (event_id, event_id))
        self.conn.execute("DELETE FROM events WHERE id = ?", (event_id,))


def _claim_from_row(conn: sqlite3.Connection, c: sqlite3.Row, schema: str = "main") -> Claim:
    cites = [Cite(r["as_written"], r["source_id"]) for r in conn.execute(
        f"SELECT as_written, source_id FROM {schema}.claim_cites WHERE claim_id = ?", (c["id"],))]
    cell = None
    if c["cell_tr"]:
        from defcoop.model import Names

        cell = Names(tr=c["cell_tr"], en=c["cell_en"] or c["cell_tr"])
    return Claim(field=c["field"], value=json.loads(c["value"]), quote=c["quote"], page=c["page"],
                 source=c["source_id"], en=c["value_en"], locus=c["locus"], cites=cites, cell=cell,
                 start=c["start"], end=c["end"])


def load_event(conn: sqlite3.Connection, event_id: str) -> Event:
    """An event of the store as a model object (claims in order, relations, table rows)."""
    from defcoop.errors import NotFound

    row = conn.execute("SELECT id, kind, origin FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise NotFound(f"no event with id '{event_id}'")
    claims = [_claim_from_row(conn, c) for c in conn.execute(
        "SELECT * FROM claims WHERE event_id = ? ORDER BY seq", (event_id,))]
    relations = [Relation(r["type"], r["target_event"]) for r in conn.execute(
        "SELECT type, target_event FROM relations WHERE source_event = ?", (event_id,))]
    tables = {r["table_name"]: r["row"] for r in conn.execute(
        "SELECT table_name, row FROM event_tables WHERE event_id = ?", (event_id,))}
    return Event(id=event_id, kind=row["kind"], claims=claims, tables=tables, relations=relations,
                 origin=row["origin"])


def open_store(db: str, create: bool = False) -> Store:
    """Open an existing store (or an empty new one with ``create``)."""
    path = db_file(db)
    if not path.exists():
        if not create:
            raise StoreError(f"no store at {path}: run 'defcoop build' first "
                             f"(or pass --db PATH to use another store)")
        conn = _connect(path)
        _create_schema(conn)
        return Store(path, conn)
    try:
        conn = _connect(path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a defcoop store ({exc}); rebuild it with 'defcoop build'") from None
    if version != SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"{path} has schema version {version}, this defcoop needs "
                         f"{SCHEMA_VERSION}: rebuild it with 'defcoop build'")
    return Store(path, conn)


def _create_schema(conn: sqlite3.Connection) -> None:
    sql = (resources.files("defcoop") / "store" / "schema.sql").read_text(encoding="utf-8")
    conn.executescript(sql)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))


# ------------------------------------------------------------------ writing


def _index(conn: sqlite3.Connection, kind: str, ref: str, event_id: str | None, *texts: str | None) -> None:
    parts = [t for t in texts if t]
    if not parts:
        return
    text = " ".join(parts)
    conn.execute("INSERT INTO search (kind, ref, event_id, text) VALUES (?,?,?,?)",
                 (kind, ref, event_id, f"{text} {ascii_fold(text)}"))


def _insert_source(conn: sqlite3.Connection, s: Source, origin: str) -> None:
    d = asdict(s)
    d["authors"] = json.dumps(s.authors, ensure_ascii=False)
    d["editors"] = json.dumps(s.editors, ensure_ascii=False)
    d["origin"] = origin
    cols = ", ".join(d)
    conn.execute(f"INSERT INTO sources ({cols}) VALUES ({', '.join('?' for _ in d)})", list(d.values()))
    _index(conn, "source", s.id, None, s.title, " ".join(s.authors), s.container, s.raw)


def _insert_event(conn: sqlite3.Connection, ev: Event) -> None:
    r = resolve(ev)
    date_sort = dates.bounds(r.date_start)[0].isoformat() if r.date_start else None
    end_sort = dates.bounds(r.date_end or r.date_start)[1].isoformat() if r.date_start else None
    conn.execute(
        "INSERT INTO events (id, kind, name_tr, name_en, date_start, date_end, date_precision, "
        "date_sort, date_end_sort, purpose_tr, purpose_en, outcome_tr, outcome_en, description_tr, "
        "description_en, figures, names, n_claims, n_conflicts, origin) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (ev.id, ev.kind, r.name, r.name_en, r.date_start, r.date_end, r.date_precision, date_sort, end_sort,
         r.purpose, r.purpose_en, r.outcome, r.outcome_en, r.description, r.description_en,
         json.dumps(r.figures), json.dumps(r.names, ensure_ascii=False), len(ev.claims),
         len(r.conflicts), ev.origin))
    for fname in LIST_FIELDS:
        for v in getattr(r, fname):
            conn.execute("INSERT OR IGNORE INTO event_links VALUES (?,?,?)", (ev.id, fname, v))
    for table, row in ev.tables.items():
        conn.execute("INSERT INTO event_tables VALUES (?,?,?)", (ev.id, table, row))
    for seq, c in enumerate(ev.claims):
        cur = conn.execute(
            "INSERT INTO claims (event_id, seq, field, value, value_en, quote, page, source_id, locus, "
            "cell_tr, cell_en, start, \"end\") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ev.id, seq, c.field, json.dumps(c.value, ensure_ascii=False), c.en, c.quote, c.page,
             c.source, c.locus, c.cell.tr if c.cell else None, c.cell.en if c.cell else None,
             c.start, c.end))
        claim_id = cur.lastrowid
        for cite in c.cites:
            conn.execute("INSERT INTO claim_cites VALUES (?,?,?)", (claim_id, cite.as_written, cite.ref))
        _index(conn, "claim", str(claim_id), ev.id, c.quote, c.en)
    for cf in r.conflicts:
        conn.execute("INSERT INTO conflicts VALUES (?,?,?,?)",
                     (ev.id, cf.field, json.dumps(cf.values, ensure_ascii=False), json.dumps(cf.claims)))
    for rel in ev.relations:
        conn.execute("INSERT OR IGNORE INTO relations VALUES (?,?,?)", (ev.id, rel.type, rel.target))
    _index(conn, "event", ev.id, ev.id, r.name, r.name_en, " ".join(r.names), r.purpose,
           r.purpose_en, r.outcome, r.outcome_en, r.description, r.description_en)


def _write_kb(conn: sqlite3.Connection, kb: KnowledgeBase) -> None:
    for a in kb.actors.values():
        conn.execute("INSERT INTO actors VALUES (?,?,?,?,?,?,?,?)",
                     (a.id, a.type, a.names.tr, a.names.en, a.names.az,
                      json.dumps(a.aliases, ensure_ascii=False), a.country, a.parent))
    for p in kb.places.values():
        conn.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)",
                     (p.id, p.kind, p.country, p.lat, p.lon, p.names.tr, p.names.en, p.names.az,
                      json.dumps(p.aliases, ensure_ascii=False)))
    for s in kb.sources.values():
        _insert_source(conn, s, "curated")
    for ev in kb.events.values():
        _insert_event(conn, ev)
    codes = kb.vocab["provision_codes"]
    for pr in kb.provisions:
        conn.execute(
            "INSERT INTO provisions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (pr.id, pr.event, pr.code, codes[pr.code].get("atop"), json.dumps(pr.domains),
             pr.text.tr, pr.text.en, pr.quote, pr.page, pr.source,
             json.dumps([{"as": c.as_written, "ref": c.ref} for c in pr.cites], ensure_ascii=False),
             pr.start, pr.end))
        _index(conn, "provision", pr.id, pr.event, pr.text.tr, pr.text.en, pr.quote)


_CARRY = [
    ("documents", None),
    ("candidates", None),
    ("log", None),
    ("sources", "origin != 'curated'"),
    ("events", "origin != 'curated'"),
    ("event_links", "event_id IN (SELECT id FROM old.events WHERE origin != 'curated')"),
    ("claims", "event_id IN (SELECT id FROM old.events WHERE origin != 'curated')"),
    ("claim_cites", "claim_id IN (SELECT id FROM old.claims WHERE event_id IN "
                    "(SELECT id FROM old.events WHERE origin != 'curated'))"),
    ("conflicts", "event_id IN (SELECT id FROM old.events WHERE origin != 'curated')"),
    ("relations", "source_event IN (SELECT id FROM old.events WHERE origin != 'curated')"),
    ("search", "event_id IN (SELECT id FROM old.events WHERE origin != 'curated')"),
]


def _carry_over(conn: sqlite3.Connection, old: Path) -> int:
    """Copy the user's own data (documents, candidates, extracted events, log) from ``old``."""
    try:
        probe = sqlite3.connect(str(old))
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        probe.close()
    except sqlite3.DatabaseError:
        return 0
    if version != SCHEMA_VERSION:
        return 0
    conn.execute("ATTACH DATABASE ? AS old", (str(old),))
    moved = 0
    try:
        conn.execute("BEGIN")
        for table, where in _CARRY:
            sql = f"INSERT OR IGNORE INTO main.{table} SELECT * FROM old.{table}"
            if where:
                sql += f" WHERE {where}"
            moved += conn.execute(sql).rowcount
        moved += _reapply_merged_claims(conn)
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE old")
    return moved


def _reapply_merged_claims(conn: sqlite3.Connection) -> int:
    """Claims that review merged into curated events (from ingested documents) survive a rebuild."""
    rows = conn.execute(
        "SELECT c.* FROM old.claims c JOIN old.events e ON e.id = c.event_id "
        "JOIN old.sources s ON s.id = c.source_id "
        "WHERE e.origin = 'curated' AND s.origin != 'curated' ORDER BY c.event_id, c.seq").fetchall()
    by_event: dict[str, list[Claim]] = {}
    for r in rows:
        by_event.setdefault(r["event_id"], []).append(_claim_from_row(conn, r, "old"))
    store = Store(Path(""), conn)
    for event_id, claims in by_event.items():
        if conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
            continue  # the curated event is gone from the data files
        event = load_event(conn, event_id)
        event.claims.extend(claims)
        store.replace_event(event)
    return len(rows)


def build(db: str, data_dir: str | Path | None = None) -> dict[str, Any]:
    """Validate the data files and (re)build the store atomically. Returns counts."""
    target = db_file(db)
    kb = load_kb(data_dir)  # raises DataError before anything is written
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        conn = _connect(tmp)
        try:
            _create_schema(conn)
            conn.execute("BEGIN")
            _write_kb(conn, kb)
            conn.execute("INSERT INTO meta VALUES ('built_at', ?)", (now(),))
            conn.execute("INSERT INTO meta VALUES ('data_dir', ?)", (str(kb.data_dir),))
            conn.execute("COMMIT")
            carried = _carry_over(conn, target) if target.exists() else 0
            conn.execute("INSERT INTO search(search) VALUES ('optimize')")
            conn.execute("ANALYZE")
        finally:
            conn.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return {"store": str(target), "events": len(kb.events),
            "claims": sum(len(e.claims) for e in kb.events.values()),
            "sources": len(kb.sources), "actors": len(kb.actors), "places": len(kb.places),
            "provisions": len(kb.provisions), "carried_over_rows": carried}
