"""Event listings that stay fast on large stores.

The library's :class:`Reader` sorts every matching row before it pages; on a store of
100,000 events the dashboard needs pages that use the date index, a date-overlap filter that
the index can bound from both sides, and full-text matches computed once per request.
:class:`WebReader` adds :meth:`WebReader.page`, which returns the same rows, in the same
order, as ``Reader.events`` together with the total.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta
from typing import Any

from defcoop import dates
from defcoop.store import EventFilter, Reader
from defcoop.errors import QueryError
from defcoop.store.queries import fts_query, where_clause

# with fewer matches than this, look the matching events up by id; with more, walk the date
# index and stop at the page's end
_INDEX_WALK_FROM = 3000
# events longer than this many days are few; shorter ones are found by a bounded date range
SHORT_DAYS = 400
# a place on the map lists this many of its events (all are counted)
PLACE_EVENTS = 20
_ORDER = {"date": "e.date_sort, e.id", "-date": "e.date_sort DESC, e.id"}


class WebReader(Reader):
    """A :class:`Reader` with index-friendly paging for the web listings."""

    def __init__(self, store: Any) -> None:
        super().__init__(store)
        self._long: list[str] | None = None
        self.conn.execute("PRAGMA temp_store = MEMORY")
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS web_matches (id TEXT PRIMARY KEY) WITHOUT ROWID")

    def long_events(self) -> list[str]:
        """Events longer than SHORT_DAYS: the few a date-overlap filter cannot bound by start."""
        if self._long is None:
            self._long = [r[0] for r in self.conn.execute(
                "SELECT id FROM events WHERE julianday(date_end_sort) - julianday(date_sort) > ?",
                (SHORT_DAYS,))]
        return self._long

    def _parts(self, f: EventFilter) -> tuple[list[tuple[str, str, list[Any]]], int | None, bool]:
        """Disjoint, index-friendly (table, condition, arguments) whose union is the filter; the
        number of full-text matches (or None); and whether to walk the date index."""
        f.validate()
        lo, hi = f.span()
        where, args = where_clause(replace(f, q=None, year=None, date_from=None, date_to=None))
        clauses = [where[len(" WHERE "):]] if where else []
        n_matches = None
        if f.q:
            n_matches = self._match(f.q)
            clauses.append("e.id IN (SELECT id FROM temp.web_matches)")
        if lo is None and hi is None:
            walk = n_matches is not None and n_matches >= _INDEX_WALK_FROM
            return [("events", " AND ".join(clauses), args)], n_matches, walk
        clauses.append("e.date_sort IS NOT NULL")
        if hi:
            clauses.append("e.date_sort <= ?")
            args.append(hi)
        if lo is None:
            return [("events", " AND ".join(clauses), args)], n_matches, False
        # an event overlaps [lo, hi] when it starts in it (the index alone decides), or starts
        # before lo and ends on or after it: an event of at most SHORT_DAYS then starts after
        # lo - SHORT_DAYS; the few longer ones are looked up by id (web_long, see _with_long)
        short_from = (dates.bounds(lo)[0] - timedelta(days=SHORT_DAYS)).isoformat()
        ends_after = "COALESCE(e.date_end_sort, e.date_sort) >= ?"
        parts = [("events", " AND ".join([*clauses, "e.date_sort >= ?"]), [*args, lo]),
                 ("events", " AND ".join([*clauses, "e.date_sort >= ?", "e.date_sort < ?", ends_after]),
                  [*args, short_from, lo, lo])]
        if self.long_events():
            parts.append(("web_long", " AND ".join([*clauses, "e.date_sort < ?", ends_after]),
                          [*args, short_from, lo]))
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
        # without copying whole rows; with several parts, each part gives at most its first
        # offset + limit keys (in index order) before they are merged
        selects = [f"SELECT e.{'rowid' if t == 'events' else 'rid'} AS rid, e.date_sort, e.id FROM {t} e"
                   f"{indexed if t == 'events' else ''} WHERE {c or '1'} AND e.date_sort IS NOT NULL"
                   for t, c, _ in parts]
        args = [*wa, *(x for _, _, a in parts for x in a)]
        if len(parts) == 1:
            keys = f"{selects[0]} ORDER BY {_ORDER[sort]} LIMIT {limit} OFFSET {offset}"
        else:
            firsts = [f"SELECT * FROM ({q} ORDER BY {_ORDER[sort]} LIMIT {offset + limit})" for q in selects]
            keys = f"{' UNION ALL '.join(firsts)} ORDER BY {_ORDER[sort].replace('e.', '')} " \
                   f"LIMIT {limit} OFFSET {offset}"
        rows = self.conn.execute(
            f"{w}SELECT e.* FROM ({keys}) k "
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

    def places(self, lang: str = "tr", f: EventFilter | None = None) -> list[dict[str, Any]]:
        """As ``Reader.places``, aggregated in SQL: each place lists its first PLACE_EVENTS
        events in date order and counts them all in ``n_events``."""
        if lang not in ("tr", "en"):
            raise QueryError(f"unknown language '{lang}': use tr or en")
        where, args = where_clause(f or EventFilter())
        cond = where[len(" WHERE "):] if where else "1"
        rows = self.conn.execute(
            "SELECT * FROM (SELECT l.value AS place, e.id, e.name_" + lang + " AS name, e.kind, e.date_start, "
            "e.date_end, e.date_precision, row_number() OVER (PARTITION BY l.value ORDER BY "
            "e.date_sort IS NULL, e.date_sort, e.id) AS rn, count(*) OVER (PARTITION BY l.value) AS n "
            f"FROM event_links l JOIN events e ON e.id = l.event_id WHERE l.field = 'places' AND {cond}) "
            "WHERE rn <= ? ORDER BY place, rn", [*args, PLACE_EVENTS]).fetchall()
        out: dict[str, dict[str, Any]] = {}
        for row in rows:
            entry = out.get(row["place"])
            if entry is None:
                entry = out[row["place"]] = {**self.place(row["place"], lang), "events": [], "n_events": row["n"]}
            entry["events"].append({"id": row["id"], "name": row["name"], "kind": row["kind"],
                                    "date_label": self.date_label(row["date_start"], row["date_end"],
                                                                   row["date_precision"], lang)})
        return sorted(out.values(), key=lambda p: p["name"])

    def stats_view(self) -> "StatsView":
        return StatsView(self)

    def light_events(self, f: EventFilter | None) -> list[dict[str, Any]]:
        """The fields statistics count, for every matching event in date order."""
        where, args = where_clause(f or EventFilter())
        rows = self.conn.execute(
            "SELECT e.id, e.kind, e.date_start, e.date_end, e.n_claims, e.n_conflicts FROM events e"
            f"{where} ORDER BY e.date_sort IS NULL, e.date_sort, e.id", args).fetchall()
        links: dict[str, dict[str, list[str]]] = {}
        for link in self.conn.execute(
                "SELECT l.event_id, l.field, l.value FROM event_links l WHERE l.field IN ('forces', 'domains') "
                f"AND l.event_id IN (SELECT e.id FROM events e{where}) ORDER BY l.rowid", args):
            links.setdefault(link["event_id"], {}).setdefault(link["field"], []).append(link["value"])
        return [{"id": r["id"], "kind": r["kind"], "date_start": r["date_start"], "date_end": r["date_end"],
                 "n_claims": r["n_claims"], "n_conflicts": r["n_conflicts"],
                 "forces": links.get(r["id"], {}).get("forces", []),
                 "domains": links.get(r["id"], {}).get("domains", [])} for r in rows]

    def _dicts(self, rows: list[sqlite3.Row], lang: str) -> list[dict[str, Any]]:
        links = self._links([r["id"] for r in rows])
        return [self._event_dict(r, links.get(r["id"], {}), lang) for r in rows]



class StatsView:
    """What ``defcoop.stats.compute`` reads of a reader, with light event rows (it counts kinds,
    domains, forces, years and periods, and needs no names, places or labels of each event)."""

    def __init__(self, reader: WebReader) -> None:
        self.reader = reader
        self.conn = reader.conn
        self.label = reader.label

    def events(self, f: EventFilter | None = None, lang: str = "tr") -> list[dict[str, Any]]:
        return self.reader.light_events(f)
