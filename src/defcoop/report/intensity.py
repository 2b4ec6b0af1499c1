"""The yearly cooperation-intensity index of a dyad.

For a year *y*, the index is the weighted count of the dyad's cooperation events that start in *y*:

    I(y) = Σ w(e)  over events e with start year y

    w(exercise)      = 1.0 × (1 + 0.5 × b(e))   b(e) = number of force branches taking part
    w(agreement)     = 1.5
    w(declaration)   = 3.0
    w(arms_transfer) = 1.0
    w(deployment)    = 1.0
    w(other kinds)   = 0   (conflicts, institutions, projects, background events: not cooperation acts)

An exercise of land, air and naval forces thus weighs 2.5, a single-branch one 1.5; a
declaration of alliance weighs as much as two agreements. Undated events are not counted; an
event spanning several years counts in its first year. The weights are this module's
``WEIGHTS`` and ``BRANCH_BONUS``; the report prints the formula from them, so the stated formula
is always the one used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

WEIGHTS: dict[str, float] = {"exercise": 1.0, "agreement": 1.5, "declaration": 3.0, "arms_transfer": 1.0,
                             "deployment": 1.0}
BRANCH_BONUS = 0.5
BRANCH_KIND = "exercise"


def weight(event: dict[str, Any]) -> float:
    base = WEIGHTS.get(event["kind"], 0.0)
    if event["kind"] == BRANCH_KIND:
        return base * (1 + BRANCH_BONUS * len(event.get("forces") or []))
    return base


@dataclass
class Series:
    years: list[int]
    index: list[float]
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    counted: int = 0
    undated: int = 0


def series(events: list[dict[str, Any]], first: int | None = None, last: int | None = None) -> Series:
    """The index per year from ``first`` to ``last`` (default: the span of the counted events)."""
    counted = [e for e in events if e.get("date_start") and weight(e) > 0]
    undated = sum(1 for e in events if not e.get("date_start") and WEIGHTS.get(e["kind"], 0) > 0)
    if not counted:
        return Series(years=[], index=[], counted=0, undated=undated)
    years_of = [int(e["date_start"][:4]) for e in counted]
    lo = first if first is not None else min(years_of)
    hi = last if last is not None else max(years_of)
    years = list(range(lo, hi + 1))
    total = {y: 0.0 for y in years}
    by_kind: dict[str, dict[int, float]] = {}
    n = 0
    for e, y in zip(counted, years_of):
        if y not in total:
            continue
        w = weight(e)
        total[y] += w
        by_kind.setdefault(e["kind"], {yy: 0.0 for yy in years})[y] += w
        n += 1
    return Series(years=years, index=[round(total[y], 2) for y in years],
                  by_kind={k: [round(v[y], 2) for y in years] for k, v in by_kind.items()},
                  counted=n, undated=undated)


def period_means(s: Series, pivot_start_year: int, pivot_end_year: int) -> dict[str, float | None]:
    """Mean yearly index before the pivot's first year and after its last year."""
    before = [v for y, v in zip(s.years, s.index) if y < pivot_start_year]
    after = [v for y, v in zip(s.years, s.index) if y > pivot_end_year]
    return {"before": round(sum(before) / len(before), 2) if before else None,
            "after": round(sum(after) / len(after), 2) if after else None}


def formula_text(lang: str = "en") -> str:
    """The formula in words, generated from the weights used."""
    def num(x: float) -> str:
        return f"{x:g}".replace(".", ",") if lang == "tr" else f"{x:g}"

    if lang == "tr":
        kinds = {"exercise": "tatbikat", "agreement": "anlaşma", "declaration": "beyanname",
                 "arms_transfer": "silah transferi", "deployment": "konuşlandırma"}
        parts = [f"{kinds.get(k, k)} {num(w)}" + (f" × (1 + {num(BRANCH_BONUS)} × kuvvet sayısı)"
                                                   if k == BRANCH_KIND else "") for k, w in WEIGHTS.items()]
        return ("Yıllık iş birliği yoğunluğu I(y) = Σ w(e): y yılında başlayan olayların ağırlıklı sayısı; "
                "ağırlıklar: " + "; ".join(parts) + "; diğer türler 0. Tarihsiz olaylar sayılmaz; birden "
                "fazla yıla yayılan olay ilk yılında sayılır.")
    kinds = {"arms_transfer": "arms transfer"}
    parts = [f"{kinds.get(k, k)} {num(w)}" + (f" × (1 + {num(BRANCH_BONUS)} × number of force branches)"
                                               if k == BRANCH_KIND else "") for k, w in WEIGHTS.items()]
    return ("Yearly cooperation intensity I(y) = Σ w(e), the weighted count of events starting in year y; "
            "weights: " + "; ".join(parts) + "; other kinds 0. Undated events are not counted; an event "
            "spanning several years counts in its first year.")
