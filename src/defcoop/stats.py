"""Statistics of the knowledge base: counts per year, kind, domain and force, and before/after
a pivot event (for the founding case, the Second Karabakh War, named in ``data/kb/case.yaml``).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache
from typing import Any

from defcoop import dates
from defcoop.kb.loader import default_data_dir
from defcoop.kb.yamlio import load_yaml
from defcoop.store.queries import EventFilter, Reader


@lru_cache(maxsize=1)
def case_config() -> dict[str, Any]:
    path = default_data_dir() / "kb" / "case.yaml"
    return dict(load_yaml(path)) if path.exists() else {}


def pivot(reader: Reader, lang: str = "tr") -> dict[str, Any] | None:
    """The pivot event (id, name, first and last day), or None when not configured."""
    eid = case_config().get("pivot_event")
    if not eid:
        return None
    row = reader.conn.execute("SELECT id, name_tr, name_en, date_start, date_end FROM events WHERE id = ?",
                              (eid,)).fetchone()
    if row is None or not row["date_start"]:
        return None
    return {"id": row["id"], "name": row[f"name_{lang}"],
            "start": dates.bounds(row["date_start"])[0].isoformat(),
            "end": dates.bounds(row["date_end"] or row["date_start"])[1].isoformat()}


def period_of(e: dict[str, Any], p: dict[str, Any]) -> str:
    s = dates.bounds(e["date_start"])[0]
    t = dates.bounds(e["date_end"] or e["date_start"])[1]
    if t < date.fromisoformat(p["start"]):
        return "before"
    if s > date.fromisoformat(p["end"]):
        return "after"
    return "during"


def compute(reader: Reader, f: EventFilter | None = None, lang: str = "tr") -> dict[str, Any]:
    events = reader.events(f, lang=lang)
    by_year: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    by_domain: Counter[str] = Counter()
    by_force: Counter[str] = Counter()
    by_period: Counter[str] = Counter()
    period_kind: dict[str, Counter[str]] = {}
    p = pivot(reader, lang)
    for e in events:
        by_kind[e["kind"]] += 1
        for d in e["domains"]:
            by_domain[d] += 1
        for fo in e["forces"]:
            by_force[fo] += 1
        if e["date_start"]:
            by_year[e["date_start"][:4]] += 1
            if p:
                per = period_of(e, p)
                by_period[per] += 1
                period_kind.setdefault(per, Counter())[e["kind"]] += 1
        else:
            by_year["undated"] += 1
    label = reader.label
    return {
        "events": len(events),
        "claims": sum(e["n_claims"] for e in events),
        "conflicts": sum(e["n_conflicts"] for e in events),
        "by_year": dict(sorted(by_year.items())),
        "by_kind": [{"kind": k, "label": label("event_kinds", k, lang), "count": n} for k, n in by_kind.most_common()],
        "by_domain": [{"domain": k, "label": label("domains", k, lang), "count": n} for k, n in by_domain.most_common()],
        "by_force": [{"force": k, "label": label("forces", k, lang), "count": n} for k, n in by_force.most_common()],
        "pivot": p,
        "by_period": {k: by_period.get(k, 0) for k in ("before", "during", "after")} if p else {},
        "by_period_kind": {k: dict(v) for k, v in period_kind.items()},
    }
