"""Reading the store: events with filters, one event with its evidence, sources, places,
provisions and statistics. Every result is plain JSON-ready data in the chosen language.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from defcoop import dates
from defcoop.errors import NotFound, QueryError
from defcoop.kb.loader import load_vocab
from defcoop.store.sqlite import Store
from defcoop.textnorm import ascii_fold

SORTS = {"date": "date_sort IS NULL, date_sort, id", "-date": "date_sort IS NULL, date_sort DESC, id",
         "name": "name_tr COLLATE NOCASE, id", "kind": "kind, date_sort, id"}
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class EventFilter:
    """The filters every listing accepts (CLI, API and dashboard alike)."""

    kind: list[str] = field(default_factory=list)
    year: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    party: list[str] = field(default_factory=list)
    place: list[str] = field(default_factory=list)
    force: list[str] = field(default_factory=list)
    domain: list[str] = field(default_factory=list)
    organization: list[str] = field(default_factory=list)
    source: str | None = None
    q: str | None = None
    origin: str | None = None

    def span(self) -> tuple[str | None, str | None]:
        """The first and last day (ISO) an event must overlap to match year / from / to."""
        lo = hi = None
        if self.year is not None:
            lo, hi = f"{self.year:04d}-01-01", f"{self.year:04d}-12-31"
        if self.date_from:
            lo = max(lo or "", dates.bounds(self.date_from)[0].isoformat())
        if self.date_to:
            d_hi = dates.bounds(self.date_to)[1].isoformat()
            hi = min(hi, d_hi) if hi else d_hi
        return lo, hi

    def validate(self) -> None:
        vocab = load_vocab()
        for k in self.kind:
            if k not in vocab["event_kinds"]:
                raise QueryError(f"unknown kind '{k}': use one of {', '.join(vocab['event_kinds'])}")
        for f in self.force:
            if f not in vocab["forces"]:
                raise QueryError(f"unknown force '{f}': use one of {', '.join(vocab['forces'])}")
        for d in self.domain:
            if d not in vocab["domains"]:
                raise QueryError(f"unknown domain '{d}': use one of {', '.join(vocab['domains'])}")
        for name, val in (("date_from", self.date_from), ("date_to", self.date_to)):
            if val is not None:
                if not _DATE_RE.match(val):
                    raise QueryError(f"{name} '{val}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
                try:
                    dates.bounds(val)
                except ValueError as exc:
                    raise QueryError(f"{name}: {exc}") from None
        if self.year is not None and not 1000 <= self.year <= 2999:
            raise QueryError(f"year {self.year} is out of range")


def fts_query(q: str) -> str:
    """A safe FTS5 query: every word must match (as a prefix), folded like the index."""
    words = re.findall(r"\w+", ascii_fold(q))
    if not words:
        raise QueryError(f"search text '{q}' has no words to search for")
    return " ".join(f'"{w}"*' for w in words)


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """The SQL WHERE clause (over ``events e``) and its arguments for a filter."""
    f.validate()
    clauses: list[str] = []
    args: list[Any] = []
    if f.kind:
        clauses.append(f"e.kind IN ({','.join('?' for _ in f.kind)})")
        args += f.kind
    lo, hi = f.span()
    if lo or hi:
        # an event matches when its span overlaps [lo, hi]
        clauses.append("e.date_sort IS NOT NULL")
        if hi:
            clauses.append("e.date_sort <= ?")
            args.append(hi)
        if lo:
            clauses.append("COALESCE(e.date_end_sort, e.date_sort) >= ?")
            args.append(lo)
    for fname, values in (("parties", f.party), ("places", f.place), ("forces", f.force),
                          ("domains", f.domain), ("organizations", f.organization)):
        for v in values:
            clauses.append("EXISTS (SELECT 1 FROM event_links l WHERE l.event_id = e.id "
                           "AND l.field = ? AND l.value = ?)")
            args += [fname, v]
    if f.source:
        clauses.append("(EXISTS (SELECT 1 FROM claims c WHERE c.event_id = e.id AND c.source_id = ?) "
                       "OR EXISTS (SELECT 1 FROM claims c JOIN claim_cites cc ON cc.claim_id = c.id "
                       "WHERE c.event_id = e.id AND cc.source_id = ?))")
        args += [f.source, f.source]
    if f.q:
        clauses.append("e.id IN (SELECT event_id FROM search WHERE search MATCH ? AND event_id IS NOT NULL)")
        args.append(fts_query(f.q))
    if f.origin:
        clauses.append("e.origin = ?")
        args.append(f.origin)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


class Reader:
    """Read-side API over an open :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn: sqlite3.Connection = store.conn
        self.vocab = load_vocab()
        self._rows: dict[str, dict[str, sqlite3.Row]] = {}
        self._memo: dict[tuple[Any, ...], Any] = {}

    def _cached(self, key: tuple[Any, ...], make: Any) -> Any:
        """Labels, places and date labels are pure: each is computed once per reader."""
        val = self._memo.get(key)
        if val is None:
            val = self._memo[key] = make()
        return val

    def date_label(self, start: str | None, end: str | None, precision: str | None, lang: str) -> str | None:
        if not start:
            return None
        return str(self._cached(("date", start, end, precision, lang), lambda: dates.format_range(
            dates.DateRange(start, end or start, precision or dates.precision_of(start)), lang)))

    def _table(self, table: str) -> dict[str, sqlite3.Row]:
        rows = self._rows.get(table)
        if rows is None:
            rows = self._rows[table] = {r["id"]: r for r in self.conn.execute(f"SELECT * FROM {table}")}
        return rows

    # ------------------------------------------------------------ labels
    def label(self, vocab_name: str, code: str, lang: str) -> str:
        entry = self.vocab.get(vocab_name, {}).get(code)
        return str(entry.get(lang, code)) if isinstance(entry, dict) else code

    def _actors(self) -> dict[str, sqlite3.Row]:
        return self._table("actors")

    def _places(self) -> dict[str, sqlite3.Row]:
        return self._table("places")

    def actor_name(self, aid: str, lang: str) -> str:
        row = self._actors().get(aid)
        return str(row[f"name_{lang}"]) if row else aid

    def place(self, pid: str, lang: str) -> dict[str, Any]:
        row = self._places().get(pid)
        if row is None:
            return {"id": pid, "name": pid, "lat": None, "lon": None, "country": None, "kind": None}
        return {"id": pid, "name": row[f"name_{lang}"], "lat": row["lat"], "lon": row["lon"],
                "country": row["country"].upper() if row["country"] else None, "kind": row["kind"]}

    # ------------------------------------------------------------ events
    def count(self, f: EventFilter) -> int:
        where, args = where_clause(f)
        return int(self.conn.execute(f"SELECT count(*) FROM events e{where}", args).fetchone()[0])

    def events(self, f: EventFilter | None = None, lang: str = "tr", sort: str = "date",
               limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        f = f or EventFilter()
        if sort not in SORTS:
            raise QueryError(f"unknown sort '{sort}': use one of {', '.join(SORTS)}")
        if limit is not None and limit < 0 or offset < 0:
            raise QueryError("limit and offset must not be negative")
        where, args = where_clause(f)
        sql = f"SELECT * FROM events e{where} ORDER BY {SORTS[sort]}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        rows = self.conn.execute(sql, args).fetchall()
        links = self._links([r["id"] for r in rows])
        return [self._event_dict(r, links.get(r["id"], {}), lang) for r in rows]

    def _links(self, ids: list[str]) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            if not part:
                continue
            q = f"SELECT event_id, field, value FROM event_links WHERE event_id IN ({','.join('?' for _ in part)}) ORDER BY rowid"
            for r in self.conn.execute(q, part):
                out.setdefault(r["event_id"], {}).setdefault(r["field"], []).append(r["value"])
        return out

    def _event_dict(self, r: sqlite3.Row, links: dict[str, list[str]], lang: str) -> dict[str, Any]:
        other = "en" if lang == "tr" else "tr"
        c = self._cached
        parties = links.get("parties", [])
        forces = links.get("forces", [])
        domains = links.get("domains", [])
        return {
            "id": r["id"],
            "kind": r["kind"],
            "kind_label": c(("kind", r["kind"], lang), lambda: self.label("event_kinds", r["kind"], lang)),
            "name": r[f"name_{lang}"],
            "name_tr": r["name_tr"],
            "name_en": r["name_en"],
            "names": json.loads(r["names"]),
            "date_start": r["date_start"],
            "date_end": r["date_end"],
            "date_precision": r["date_precision"],
            "date_label": self.date_label(r["date_start"], r["date_end"], r["date_precision"], lang),
            "places": [dict(c(("place", p, lang), lambda: self.place(p, lang))) for p in links.get("places", [])],
            "parties": parties,
            "party_names": [c(("actor", a, lang), lambda: self.actor_name(a, lang)) for a in parties],
            "forces": forces,
            "force_labels": [c(("force", x, lang), lambda: self.label("forces", x, lang)) for x in forces],
            "organizations": [{"id": a, "name": c(("actor", a, lang), lambda: self.actor_name(a, lang))}
                              for a in links.get("organizations", [])],
            "domains": domains,
            "domain_labels": [c(("domain", x, lang), lambda: self.label("domains", x, lang)) for x in domains],
            "purpose": r[f"purpose_{lang}"] or r[f"purpose_{other}"],
            "outcome": r[f"outcome_{lang}"] or r[f"outcome_{other}"],
            "description": r[f"description_{lang}"] or r[f"description_{other}"],
            "figures": json.loads(r["figures"]),
            "n_claims": r["n_claims"],
            "n_conflicts": r["n_conflicts"],
            "origin": r["origin"],
        }

    def event(self, event_id: str, lang: str = "tr") -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise NotFound(f"no event with id '{event_id}': list ids with 'defcoop events'")
        out = self._event_dict(row, self._links([event_id]).get(event_id, {}), lang)
        out["tables"] = {r["table_name"]: r["row"] for r in self.conn.execute(
            "SELECT table_name, row FROM event_tables WHERE event_id = ?", (event_id,))}
        claims = []
        for c in self.conn.execute("SELECT * FROM claims WHERE event_id = ? ORDER BY seq", (event_id,)):
            cites = [{"as": x["as_written"], "ref": x["source_id"]} for x in self.conn.execute(
                "SELECT as_written, source_id FROM claim_cites WHERE claim_id = ?", (c["id"],))]
            claims.append({
                "seq": c["seq"], "field": c["field"], "value": json.loads(c["value"]),
                "value_en": c["value_en"], "quote": c["quote"], "page": c["page"],
                "source": c["source_id"], "source_label": self.source_label(c["source_id"]),
                "locus": c["locus"], "cell": ({"tr": c["cell_tr"], "en": c["cell_en"]} if c["cell_tr"] else None),
                "start": c["start"], "end": c["end"], "cites": cites,
            })
        out["claims"] = claims
        out["conflicts"] = [{"field": r["field"], "values": json.loads(r["values"]),
                             "claims": json.loads(r["claim_seqs"])}
                            for r in self.conn.execute("SELECT * FROM conflicts WHERE event_id = ?", (event_id,))]
        rels = []
        for r in self.conn.execute(
                "SELECT r.type, r.target_event AS other, 'out' AS direction, e.name_tr, e.name_en FROM relations r "
                "LEFT JOIN events e ON e.id = r.target_event WHERE r.source_event = ? UNION ALL "
                "SELECT r.type, r.source_event, 'in', e.name_tr, e.name_en FROM relations r "
                "LEFT JOIN events e ON e.id = r.source_event WHERE r.target_event = ?", (event_id, event_id)):
            rels.append({"type": r["type"], "label": self.label("relation_types", r["type"], lang),
                         "direction": r["direction"], "event": r["other"], "name": r[f"name_{lang}"]})
        out["relations"] = rels
        out["provisions"] = self.provisions(event_id, lang)
        out["sources"] = sorted({c["source"] for c in claims} |
                                {x["ref"] for c in claims for x in c["cites"] if x["ref"]})
        return out

    # ------------------------------------------------------------ sources, places, provisions
    def source_label(self, sid: str) -> str:
        row = self._table("sources").get(sid)
        if row is None:
            return sid
        authors = json.loads(row["authors"])
        first = authors[0].split(",")[0] if authors else (row["title"] or sid)
        if len(authors) == 2:
            first = f"{first} & {authors[1].split(',')[0]}"
        elif len(authors) > 2:
            first = f"{first} et al."
        return f"{first} ({row['year']})" if row["year"] else first

    def sources(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT s.*, (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS n_stated, "
            "(SELECT count(*) FROM claim_cites cc WHERE cc.source_id = s.id) AS n_cited "
            "FROM sources s ORDER BY s.id = 'ozer2025' DESC, s.authors COLLATE NOCASE, s.year").fetchall()
        return [self._source_dict(r) for r in rows]

    def _source_dict(self, r: sqlite3.Row) -> dict[str, Any]:
        d = {k: r[k] for k in r.keys()}
        d["authors"] = json.loads(d["authors"])
        d["editors"] = json.loads(d["editors"])
        d["label"] = self.source_label(r["id"])
        return d

    def source(self, sid: str, lang: str = "tr") -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT s.*, (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS n_stated, "
            "(SELECT count(*) FROM claim_cites cc WHERE cc.source_id = s.id) AS n_cited "
            "FROM sources s WHERE s.id = ?", (sid,)).fetchone()
        if row is None:
            raise NotFound(f"no source with id '{sid}'")
        out = self._source_dict(row)
        claims = self.conn.execute(
            "SELECT DISTINCT c.id, c.event_id, c.field, c.quote, c.page, c.source_id, e.name_tr, e.name_en "
            "FROM claims c JOIN events e ON e.id = c.event_id LEFT JOIN claim_cites cc ON cc.claim_id = c.id "
            "WHERE cc.source_id = ? ORDER BY e.date_sort, c.seq", (sid,)).fetchall()
        out["claims"] = [{"event": c["event_id"], "event_name": c[f"name_{lang}"], "field": c["field"],
                          "quote": c["quote"], "page": c["page"], "source": c["source_id"]} for c in claims]
        out["events"] = sorted({c["event_id"] for c in claims})
        return out

    def places(self, lang: str = "tr", f: EventFilter | None = None) -> list[dict[str, Any]]:
        """Places that events happened at, each with its events (for maps)."""
        evs = self.events(f, lang=lang)
        by_place: dict[str, dict[str, Any]] = {}
        for e in evs:
            for p in e["places"]:
                entry = by_place.setdefault(p["id"], {**p, "events": []})
                entry["events"].append({"id": e["id"], "name": e["name"], "kind": e["kind"],
                                        "date_label": e["date_label"]})
        return sorted(by_place.values(), key=lambda p: p["name"])

    def provisions(self, event_id: str | None = None, lang: str = "tr") -> list[dict[str, Any]]:
        sql = "SELECT * FROM provisions"
        args: list[Any] = []
        if event_id:
            sql += " WHERE event_id = ?"
            args.append(event_id)
        out = []
        for r in self.conn.execute(sql + " ORDER BY rowid", args):
            out.append({"id": r["id"], "event": r["event_id"], "code": r["code"],
                        "code_label": self.label("provision_codes", r["code"], lang), "atop": r["atop"],
                        "domains": json.loads(r["domains"]),
                        "domain_labels": [self.label("provision_domains", d, lang) for d in json.loads(r["domains"])],
                        "text": r[f"text_{lang}"], "quote": r["quote"], "page": r["page"],
                        "source": r["source_id"], "cites": json.loads(r["cites"])})
        return out

    def search(self, q: str, limit: int = 50) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT kind, ref, event_id, snippet(search, 3, '[', ']', '…', 12) AS snip FROM search "
            "WHERE search MATCH ? ORDER BY rank LIMIT ?", (fts_query(q), limit)).fetchall()
        return [{"kind": r["kind"], "ref": r["ref"], "event": r["event_id"], "snippet": r["snip"]} for r in rows]
