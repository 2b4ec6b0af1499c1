"""The data behind every page and its JSON twin, computed once, in one place.

Each method returns plain JSON-ready data; the page renders it and the API wraps it in the
envelope, so a page and its twin cannot disagree. Requests borrow a reader (one store
connection with its caches) from a pool and give it back, so a warm reader serves the next.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from defcoop import dates
from defcoop import stats as stats_mod
from defcoop.errors import NotFound
from defcoop.store import EventFilter, open_store
from defcoop.store.sqlite import Store
from defcoop.web.listing import WebReader

LIST_FIELDS = ("places", "parties", "organizations", "forces", "domains")
TIMELINE_CAP = 2000


class Service:
    def __init__(self, db: str) -> None:
        self.db = db
        self._pool: queue.SimpleQueue[tuple[int, WebReader]] = queue.SimpleQueue()
        self._generation = 0
        self._lock = threading.Lock()
        self._choices: dict[tuple[int, str], dict[str, list[dict[str, str]]]] = {}
        store = open_store(db)  # fail early with a clear StoreError
        self._path = store.path
        store.close()
        self._file = self._file_id()

    def _file_id(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self._path)
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def _check_rebuilt(self) -> None:
        """A rebuilt store is a new file (``defcoop build`` renames it into place): reopen."""
        file = self._file_id()
        if file is not None and file != self._file:
            with self._lock:
                self._file = file
                self._generation += 1

    # ------------------------------------------------------------ plumbing
    @contextmanager
    def borrow(self) -> Iterator[WebReader]:
        """A reader for one request; it goes back to the pool afterwards."""
        self._check_rebuilt()
        gen, r = -1, None
        while r is None:
            try:
                gen, r = self._pool.get_nowait()
            except queue.Empty:
                gen, r = self._generation, WebReader(open_store(self.db))
            if gen != self._generation:
                r.store.close()
                r = None
        try:
            yield r
        finally:
            self._pool.put((gen, r))

    @contextmanager
    def store(self) -> Iterator[Store]:
        with self.borrow() as r:
            yield r.store

    def changed(self) -> None:
        """After a write: readers are reopened (their caches may be stale)."""
        with self._lock:
            self._generation += 1

    # ------------------------------------------------------------ home
    def overview(self, lang: str) -> dict[str, Any]:
        with self.borrow() as r:
            conn = r.conn

            def one(sql: str) -> int:
                return int(conn.execute(sql).fetchone()[0])

            kinds = [{"kind": k["kind"], "label": r.label("event_kinds", k["kind"], lang), "count": k["n"]}
                     for k in conn.execute("SELECT kind, count(*) AS n FROM events GROUP BY kind ORDER BY n DESC")]
            years = [y["y"] for y in conn.execute(
                "SELECT DISTINCT substr(date_sort, 1, 4) AS y FROM events WHERE date_sort IS NOT NULL ORDER BY y")]
            return {"events": one("SELECT count(*) FROM events"), "claims": one("SELECT count(*) FROM claims"),
                    "sources": one("SELECT count(*) FROM sources"),
                    "conflicts": one("SELECT count(*) FROM conflicts"),
                    "provisions": one("SELECT count(*) FROM provisions"),
                    "candidates": one("SELECT count(*) FROM candidates WHERE status = 'pending'"),
                    "kinds": kinds, "years": years}

    def choices(self, lang: str) -> dict[str, list[dict[str, str]]]:
        """Values offered by the filter form, labelled in ``lang`` (kept until the next write)."""
        key = (self._generation, lang)
        cached = self._choices.get(key)
        if cached is None:
            cached = self._choices[key] = self._compute_choices(lang)
        return cached

    def _compute_choices(self, lang: str) -> dict[str, list[dict[str, str]]]:
        with self.borrow() as r:
            used: dict[str, list[str]] = {}
            for row in r.conn.execute("SELECT DISTINCT field, value FROM event_links ORDER BY value"):
                used.setdefault(row["field"], []).append(row["value"])
            return {
                "kind": [{"value": k, "label": r.label("event_kinds", k, lang)} for k in r.vocab["event_kinds"]],
                "force": [{"value": k, "label": r.label("forces", k, lang)} for k in r.vocab["forces"]],
                "domain": [{"value": k, "label": r.label("domains", k, lang)} for k in r.vocab["domains"]],
                "party": sorted(({"value": a, "label": r.actor_name(a, lang)} for a in used.get("parties", [])),
                                key=lambda x: x["label"]),
                "place": sorted(({"value": p, "label": r.place(p, lang)["name"]} for p in used.get("places", [])),
                                key=lambda x: x["label"]),
            }

    # ------------------------------------------------------------ events
    def events(self, f: EventFilter, lang: str, sort: str, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        with self.borrow() as r:
            return r.page(f, lang, sort, limit, offset)

    def event(self, event_id: str, lang: str) -> dict[str, Any]:
        with self.borrow() as r:
            e = r.event(event_id, lang)
            for c in e["claims"]:
                c["value_label"] = self._value_label(r, c["field"], c["value"], c.get("value_en"), lang)
                c["field_label"] = c["field"]
            by_seq = {c["seq"]: c for c in e["claims"]}
            for cf in e["conflicts"]:
                cf["sides"] = [
                    {"value": v, "value_label": self._value_label(r, cf["field"], v, None, lang),
                     "claims": [by_seq[s] for s in cf["claims"] if s in by_seq
                                and _same(by_seq[s]["value"], v, cf["field"])]}
                    for v in cf["values"]]
            e["figure_labels"] = {k: r.label("figures", k, lang) for k in e["figures"]}
            e["nearby"] = self._nearby(r, e, lang)
            e["source_labels"] = {s: r.source_label(s) for s in e["sources"]}
            return e

    @staticmethod
    def _name_of(r: WebReader, field: str, code: str, lang: str) -> str:
        if field == "places":
            return str(r.place(code, lang)["name"])
        if field in ("parties", "organizations"):
            return r.actor_name(code, lang)
        return r.label(field, code, lang)

    def _value_label(self, r: WebReader, field: str, value: Any, value_en: str | None, lang: str) -> str:
        if lang == "en" and value_en:
            return value_en
        if field in LIST_FIELDS and isinstance(value, list):
            return ", ".join(self._name_of(r, field, str(x), lang) for x in value)
        if field == "date" and isinstance(value, str):
            try:
                rng = dates.parse_value(value)
                return dates.format_range(rng, lang)
            except (ValueError, AttributeError):
                return value
        if field == "figures" and isinstance(value, dict):
            return ", ".join(f"{r.label('figures', k, lang)}: {n}" for k, n in value.items())
        if isinstance(value, list):
            return ", ".join(str(x) for x in value)
        return str(value)

    def _nearby(self, r: WebReader, e: dict[str, Any], lang: str, limit: int = 8) -> list[dict[str, Any]]:
        """Other events at the same places (related by place)."""
        ids = [p["id"] for p in e["places"] if p.get("kind") != "country"]
        if not ids:
            return []
        rows = r.conn.execute(
            f"SELECT DISTINCT e.id, e.name_{lang} AS name, e.kind, e.date_start FROM event_links l "
            f"JOIN events e ON e.id = l.event_id WHERE l.field = 'places' AND l.value IN "
            f"({','.join('?' for _ in ids)}) AND e.id != ? ORDER BY e.date_sort LIMIT ?",
            [*ids, e["id"], limit]).fetchall()
        return [{"id": x["id"], "name": x["name"], "kind": x["kind"], "date_start": x["date_start"]} for x in rows]

    # ------------------------------------------------------------ timeline, map
    def timeline(self, f: EventFilter, lang: str) -> tuple[list[dict[str, Any]], int]:
        with self.borrow() as r:
            events, total = r.page(f, lang, "date", TIMELINE_CAP, 0)
            out = []
            for e in events:
                if not e["date_start"]:
                    continue
                lo = dates.bounds(e["date_start"])[0]
                hi = dates.bounds(e["date_end"] or e["date_start"])[1]
                out.append({"id": e["id"], "name": e["name"], "kind": e["kind"], "kind_label": e["kind_label"],
                            "date_label": e["date_label"], "precision": e["date_precision"],
                            "first_day": lo.isoformat(), "last_day": hi.isoformat(),
                            "places": [p["name"] for p in e["places"]]})
            return out, total

    def places(self, f: EventFilter, lang: str) -> list[dict[str, Any]]:
        with self.borrow() as r:
            return r.places(lang, f)

    # ------------------------------------------------------------ provisions
    def provisions(self, lang: str) -> dict[str, Any]:
        with self.borrow() as r:
            provs = r.provisions(None, lang)
            used = {d for p in provs for d in p["domains"]}
            domains = [{"id": d, "label": r.label("provision_domains", d, lang)}
                       for d in r.vocab.get("provision_domains", {}) if d in used]
            events = {}
            for p in provs:
                if p["event"] not in events:
                    row = r.conn.execute(f"SELECT name_{lang} AS n FROM events WHERE id = ?", (p["event"],)).fetchone()
                    events[p["event"]] = row["n"] if row else p["event"]
                p["source_label"] = r.source_label(p["source"])
                p["event_name"] = events[p["event"]]
            return {"domains": domains, "provisions": provs,
                    "events": [{"id": k, "name": v} for k, v in events.items()]}

    # ------------------------------------------------------------ sources
    def sources(self) -> list[dict[str, Any]]:
        with self.borrow() as r:
            return r.sources()

    def source(self, sid: str, lang: str) -> dict[str, Any]:
        with self.borrow() as r:
            s = r.source(sid, lang)
            stated = r.conn.execute(
                f"SELECT c.event_id, c.field, c.quote, c.page, c.source_id, e.name_{lang} AS name FROM claims c "
                "JOIN events e ON e.id = c.event_id WHERE c.source_id = ? ORDER BY e.date_sort, c.seq LIMIT 1000",
                (sid,)).fetchall()
            s["stated_claims"] = [{"event": c["event_id"], "event_name": c["name"], "field": c["field"],
                                   "quote": c["quote"], "page": c["page"], "source": c["source_id"]} for c in stated]
            ids = sorted(set(s["events"]) | {c["event"] for c in s["stated_claims"]})
            names = {}
            for i in range(0, len(ids), 500):
                part = ids[i:i + 500]
                for row in r.conn.execute(f"SELECT id, name_{lang} AS n, kind, date_start FROM events WHERE id IN "
                                          f"({','.join('?' for _ in part)}) ORDER BY date_sort", part):
                    names[row["id"]] = {"id": row["id"], "name": row["n"], "kind": row["kind"],
                                        "date_start": row["date_start"]}
            s["event_list"] = sorted(names.values(), key=lambda x: (x["date_start"] or "9999", x["id"]))
            return s

    # ------------------------------------------------------------ statistics
    def stats(self, f: EventFilter, lang: str) -> dict[str, Any]:
        with self.borrow() as r:
            return stats_mod.compute(r.stats_view(), f, lang)  # type: ignore[arg-type]

    # ------------------------------------------------------------ review candidates
    def candidates(self, status: str | None, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        with self.borrow() as r:
            conn = r.conn
            where, args = ("WHERE c.status = ?", [status]) if status else ("", [])
            total = int(conn.execute(f"SELECT count(*) FROM candidates c {where}", args).fetchone()[0])
            rows = conn.execute(
                f"SELECT c.*, d.path AS document_path, d.language AS document_language FROM candidates c "
                f"LEFT JOIN documents d ON d.sha256 = c.document_sha256 {where} "
                f"ORDER BY c.status != 'pending', c.created_at, c.id LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
            out = []
            for row in rows:
                d = {k: row[k] for k in row.keys()}
                try:
                    d["payload"] = json.loads(d["payload"])
                except (TypeError, ValueError):
                    d["payload"] = {"unreadable": d["payload"]}
                out.append(d)
            return out, total

    def candidate(self, cid: str) -> dict[str, Any]:
        with self.borrow() as r:
            row = r.conn.execute("SELECT id FROM candidates WHERE id = ?", (cid,)).fetchone()
            if row is None:
                raise NotFound(f"no candidate with id '{cid}'")
            return {"id": cid}


def _same(claim_value: Any, value: Any, field: str) -> bool:
    if claim_value == value:
        return True
    if isinstance(claim_value, list) and isinstance(value, list):
        return sorted(map(str, claim_value)) == sorted(map(str, value))
    return str(claim_value) == str(value)
