"""Event listings that stay fast on large stores.

The library's :class:`Reader` sorts every matching row before it pages; on a store of
100,000 events the dashboard needs pages that use the date index, a date-overlap filter that
the index can bound from both sides, and full-text matches computed once per request.
:class:`WebReader` adds :meth:`WebReader.page`, which returns the same rows, in the same
order, as ``Reader.events`` together with the total.
"""

from __future__ import annotations

import math
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
_ORDER = {"date": "e.date_sort, e.id", "-date": "e.date_sort DESC, e.id"}


class WebReader(Reader):
    """A :class:`Reader` with index-friendly paging for the web listings."""

    def __init__(self, store: Any) -> None:
        super().__init__(store)
        self._max_span: int | None = None
        self.conn.execute("PRAGMA temp_store = MEMORY")
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS web_matches (id TEXT PRIMARY KEY) WITHOUT ROWID")

    def max_span_days(self) -> int:
        """The longest event in days: bounds the start of any event that overlaps a date."""
        if self._max_span is None:
            row = self.conn.execute("SELECT max(julianday(date_end_sort) - julianday(date_sort)) FROM events "
                                    "WHERE date_sort IS NOT NULL").fetchone()
            self._max_span = int(math.ceil(row[0] or 0)) + 1
        return self._max_span

    def _lower_start(self, f: EventFilter) -> str | None:
        lo = None
        if f.year is not None:
            lo = f"{f.year:04d}-01-01"
        if f.date_from:
            lo = max(lo or "", dates.bounds(f.date_from)[0].isoformat())
        if not lo:
            return None
        return (dates.bounds(lo)[0] - timedelta(days=self.max_span_days())).isoformat()

    def page(self, f: EventFilter, lang: str = "tr", sort: str = "date", limit: int = 50,
             offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """One page of events in ``sort`` order, and the number of all matching events."""
        if sort not in _ORDER:
            return self.events(f, lang=lang, sort=sort, limit=limit, offset=offset), self.count(f)
        base = replace(f, q=None)
        where, args = _where(base)
        clauses = [where[len(" WHERE "):]] if where else []
        start = self._lower_start(f)
        if start:
            clauses.append("e.date_sort >= ?")
            args.append(start)
        n_matches = None
        indexed = ""
        if f.q:
            n_matches = self._match(f.q)
            clauses.append("e.id IN (SELECT id FROM temp.web_matches)")
            if n_matches >= _INDEX_WALK_FROM:
                indexed = " INDEXED BY events_date"
        cond = " AND ".join(clauses) if clauses else "1"
        if n_matches is not None and len(clauses) == 1:
            total = n_matches
        else:
            total = int(self.conn.execute("SELECT count(*) FROM events e" + (f" WHERE {cond}" if clauses else ""),
                                          args).fetchone()[0])
        limit, offset = int(limit), int(offset)  # inlined: SQLite plans a bounded sort for literal limits
        if n_matches == 0 or offset >= total:
            return [], total
        rows = self.conn.execute(
            f"SELECT * FROM events e{indexed} WHERE {cond} AND e.date_sort IS NOT NULL "
            f"ORDER BY {_ORDER[sort]} LIMIT {limit} OFFSET {offset}", args).fetchall()
        if len(rows) < limit:  # undated events come last
            dated = offset + len(rows) if rows else int(self.conn.execute(
                f"SELECT count(*) FROM events e WHERE {cond} AND e.date_sort IS NOT NULL", args).fetchone()[0])
            rows += self.conn.execute(
                f"SELECT * FROM events e WHERE {cond} AND e.date_sort IS NULL ORDER BY e.id "
                f"LIMIT {limit - len(rows)} OFFSET {max(0, offset - dated)}", args).fetchall()
        return self._dicts(rows, lang), total

    def _match(self, q: str) -> int:
        """Fill the per-connection table of events matching ``q``; returns how many."""
        self.conn.execute("DELETE FROM temp.web_matches")
        self.conn.execute("INSERT OR IGNORE INTO temp.web_matches SELECT event_id FROM search "
                          "WHERE search MATCH ? AND event_id IS NOT NULL", (fts_query(q),))
        return int(self.conn.execute("SELECT count(*) FROM temp.web_matches").fetchone()[0])

    def _dicts(self, rows: list[sqlite3.Row], lang: str) -> list[dict[str, Any]]:
        links = self._links([r["id"] for r in rows])
        return [self._event_dict(r, links.get(r["id"], {}), lang) for r in rows]
