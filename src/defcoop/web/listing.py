"""Event listings that stay fast on large stores.

The library's :class:`Reader` sorts every matching row before it pages; on a store of
100,000 events the dashboard needs pages that use the date index, a date-overlap filter that
the index can bound from both sides, and full-text matches computed once per request.
:class:`WebReader` adds :meth:`WebReader.page`, which returns the same rows, in the same
order, as ``Reader.events`` together with the total.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import timedelta
from typing import Any

from defcoop import dates
from defcoop.store import EventFilter, Reader
from defcoop.store.queries import _where, fts_query

# with fewer matches than this, look the matching events up by id; with more, walk the date
# index and stop at the page's end
_INDEX_WALK_FROM = 3000
# events longer than this many days are few; shorter ones are found by a bounded date range
SHORT_DAYS = 400
_ORDER = {"date": "e.date_sort, e.id", "-date": "e.date_sort DESC, e.id"}


class WebReader(Reader):
    """A :class:`Reader` with index-friendly paging for the web listings."""

    def __init__(self, store: Any) -> None:
        super().__init__(store)
        self._long: list[str] | None = None
        self._memo: dict[tuple[str | None, ...], Any] = {}
        self.conn.execute("PRAGMA temp_store = MEMORY")
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS web_matches (id TEXT PRIMARY KEY) WITHOUT ROWID")

    def long_events(self) -> list[str]:
        """Events longer than SHORT_DAYS: the few a date-overlap filter cannot bound by start."""
        if self._long is None:
            self._long = [r[0] for r in self.conn.execute(
                "SELECT id FROM events WHERE julianday(date_end_sort) - julianday(date_sort) > ?",
                (SHORT_DAYS,))]
        return self._long

    @staticmethod
    def _lower_bound(f: EventFilter) -> str | None:
        lo = None
        if f.year is not None:
            lo = f"{f.year:04d}-01-01"
        if f.date_from:
            lo = max(lo or "", dates.bounds(f.date_from)[0].isoformat())
        return lo

    def _parts(self, f: EventFilter) -> tuple[list[tuple[str, str, list[Any]]], int | None, bool]:
        """Disjoint, index-friendly (table, condition, arguments) whose union is the filter; the
        number of full-text matches (or None); and whether to walk the date index."""
        where, args = _where(replace(f, q=None))
        clauses = [where[len(" WHERE "):]] if where else []
        n_matches = None
        if f.q:
            n_matches = self._match(f.q)
            clauses.append("e.id IN (SELECT id FROM temp.web_matches)")
        lo = self._lower_bound(f)
        if lo is None:
            walk = n_matches is not None and n_matches >= _INDEX_WALK_FROM
            return [("events", " AND ".join(clauses), args)], n_matches, walk
        # an event overlapping [lo, …] that lasts at most SHORT_DAYS starts after lo - SHORT_DAYS;
        # the longer ones are few and looked up by id (the web_long table of _with_long)
        short_from = (dates.bounds(lo)[0] - timedelta(days=SHORT_DAYS)).isoformat()
        parts = [("events", " AND ".join([*clauses, "e.date_sort >= ?"]), [*args, short_from])]
        if self.long_events():
            parts.append(("web_long", " AND ".join([*clauses, "e.date_sort < ?"]), [*args, short_from]))
        return parts, n_matches, False

    def _with_long(self, parts: list[tuple[str, str, list[Any]]]) -> tuple[str, list[Any]]:
        """The materialized table of long events, when a part reads it."""
        if not any(t == "web_long" for t, _, _ in parts):
            return "", []
        longs = self.long_events()
        return (f"WITH web_long AS MATERIALIZED (SELECT rowid AS rid, * FROM events WHERE id IN "
                f"({','.join('?' for _ in longs)})) ", list(longs))

    def page(self, f: EventFilter, lang: str = "tr", sort: str = "date", limit: int = 50,
             offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """One page of events in ``sort`` order, and the number of all matching events."""
        if sort not in _ORDER:
            return self.events(f, lang=lang, sort=sort, limit=limit, offset=offset), self.count(f)
        parts, n_matches, walk = self._parts(f)
        if n_matches is not None and len(parts) == 1 and parts[0][1] == "e.id IN (SELECT id FROM temp.web_matches)":
            total = n_matches
        else:
            total = 0
            for t, c, a in parts:
                w, wa = self._with_long([(t, c, a)])
                total += int(self.conn.execute(f"{w}SELECT count(*) FROM {t} e" + (f" WHERE {c}" if c else ""),
                                               [*wa, *a]).fetchone()[0])
        limit, offset = int(limit), int(offset)  # inlined: SQLite plans a bounded sort for literal limits
        if total == 0 or offset >= total:
            return [], total
        indexed = " INDEXED BY events_date" if walk else ""
        w, wa = self._with_long(parts)
        # sort and page the keys only, then read the page's rows: ties on the date are sorted
        # without copying whole rows
        selects = [f"SELECT e.{'rowid' if t == 'events' else 'rid'} AS rid, e.date_sort, e.id FROM {t} e"
                   f"{indexed if t == 'events' else ''} WHERE {c or '1'} AND e.date_sort IS NOT NULL"
                   for t, c, _ in parts]
        args = [*wa, *(x for _, _, a in parts for x in a)]
        inner = _ORDER[sort] if len(parts) == 1 else _ORDER[sort].replace("e.", "")
        rows = self.conn.execute(
            f"{w}SELECT e.* FROM ({' UNION ALL '.join(selects)} ORDER BY {inner} LIMIT {limit} OFFSET {offset}) k "
            f"JOIN events e ON e.rowid = k.rid ORDER BY {_ORDER[sort].replace('e.', 'k.')}", args).fetchall()
        if len(rows) < limit and len(parts) == 1:  # undated events come last (a date filter has none)
            _, cond, cargs = parts[0]
            cond = cond or "1"
            dated = offset + len(rows) if rows else int(self.conn.execute(
                f"SELECT count(*) FROM events e WHERE {cond} AND e.date_sort IS NOT NULL", cargs).fetchone()[0])
            rows += self.conn.execute(
                f"SELECT * FROM events e WHERE {cond} AND e.date_sort IS NULL ORDER BY e.id "
                f"LIMIT {limit - len(rows)} OFFSET {max(0, offset - dated)}", cargs).fetchall()
        return self._dicts(rows, lang), total

    def _match(self, q: str) -> int:
        """Fill the per-connection table of events matching ``q``; returns how many."""
        self.conn.execute("DELETE FROM temp.web_matches")
        self.conn.execute("INSERT OR IGNORE INTO temp.web_matches SELECT event_id FROM search "
                          "WHERE search MATCH ? AND event_id IS NOT NULL", (fts_query(q),))
        return int(self.conn.execute("SELECT count(*) FROM temp.web_matches").fetchone()[0])

    def _event_dict(self, r: sqlite3.Row, links: dict[str, list[str]], lang: str) -> dict[str, Any]:
        """The library's event dict, with the pure parts (labels, places, date labels) memoized."""
        other = "en" if lang == "tr" else "tr"
        memo = self._memo
        dkey = ("date", r["date_start"], r["date_end"], r["date_precision"], lang)
        date_label = memo.get(dkey)
        if date_label is None and r["date_start"]:
            rng = dates.DateRange(r["date_start"], r["date_end"] or r["date_start"], r["date_precision"])
            date_label = memo[dkey] = dates.format_range(rng, lang)

        def cached(kind: str, code: str, make: Any) -> Any:
            key = (kind, code, lang)
            val = memo.get(key)
            if val is None:
                val = memo[key] = make()
            return val

        parties = links.get("parties", [])
        forces = links.get("forces", [])
        domains = links.get("domains", [])
        return {
            "id": r["id"],
            "kind": r["kind"],
            "kind_label": cached("kind", r["kind"], lambda: self.label("event_kinds", r["kind"], lang)),
            "name": r[f"name_{lang}"],
            "name_tr": r["name_tr"],
            "name_en": r["name_en"],
            "names": json.loads(r["names"]),
            "date_start": r["date_start"],
            "date_end": r["date_end"],
            "date_precision": r["date_precision"],
            "date_label": date_label,
            "places": [dict(cached("place", p, lambda: self.place(p, lang))) for p in links.get("places", [])],
            "parties": parties,
            "party_names": [cached("actor", a, lambda: self.actor_name(a, lang)) for a in parties],
            "forces": forces,
            "force_labels": [cached("force", x, lambda: self.label("forces", x, lang)) for x in forces],
            "organizations": [{"id": a, "name": cached("actor", a, lambda: self.actor_name(a, lang))}
                              for a in links.get("organizations", [])],
            "domains": domains,
            "domain_labels": [cached("domain", x, lambda: self.label("domains", x, lang)) for x in domains],
            "purpose": r[f"purpose_{lang}"] or r[f"purpose_{other}"],
            "outcome": r[f"outcome_{lang}"] or r[f"outcome_{other}"],
            "description": r[f"description_{lang}"] or r[f"description_{other}"],
            "figures": json.loads(r["figures"]),
            "n_claims": r["n_claims"],
            "n_conflicts": r["n_conflicts"],
            "origin": r["origin"],
        }

    def _dicts(self, rows: list[sqlite3.Row], lang: str) -> list[dict[str, Any]]:
        links = self._links([r["id"] for r in rows])
        return [self._event_dict(r, links.get(r["id"], {}), lang) for r in rows]

