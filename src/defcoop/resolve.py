"""Resolving an event's fields from its claims, and finding where claims disagree.

- dates: values that nest (a month and a day range inside it) refine each other and the most
  precise wins; values that do not nest are a conflict. The resolved value is then the most
  precise claim, prose before heading before table.
- names: spellings that differ only in case, spacing, hyphens or Turkish letters are one name.
- text fields: the table cell wins (the source's own summary), then prose; differences in
  wording are not conflicts.
- lists (places, parties, forces, ...): the union of all claims.
- figures: per key; different numbers for the same key are a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from defcoop import dates
from defcoop.model import LIST_FIELDS, TEXT_FIELDS, Claim, Conflict, Event
from defcoop.textnorm import compact_key

LOCUS_RANK = {"prose": 0, "heading": 1, "table": 2, "abstract": 3, "footnote": 4, "reference": 5}


@dataclass(init=False)
class Resolved:
    id: str
    kind: str
    name: str = ""
    name_en: str = ""
    names: list[str] = field(default_factory=list)  # every spelling
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    date_value: str | None = None
    places: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    forces: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    purpose: str | None = None
    purpose_en: str | None = None
    outcome: str | None = None
    outcome_en: str | None = None
    description: str | None = None
    description_en: str | None = None
    figures: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def __init__(self, id: str, kind: str, name: str = "", name_en: str = "",
                 names: list[str] | None = None, date_start: str | None = None,
                 date_end: str | None = None, date_precision: str | None = None,
                 date_value: str | None = None, places: list[str] | None = None,
                 parties: list[str] | None = None, organizations: list[str] | None = None,
                 forces: list[str] | None = None, domains: list[str] | None = None,
                 purpose: str | None = None, purpose_en: str | None = None,
                 outcome: str | None = None, outcome_en: str | None = None,
                 description: str | None = None, description_en: str | None = None,
                 figures: dict[str, int] | None = None, conflicts: list[Conflict] | None = None,
                 sources: list[str] | None = None) -> None:
        # written out (not generated) so that the compiled build resolves fast
        self.id, self.kind, self.name, self.name_en = id, kind, name, name_en
        self.names = names if names is not None else []
        self.date_start, self.date_end = date_start, date_end
        self.date_precision, self.date_value = date_precision, date_value
        self.places = places if places is not None else []
        self.parties = parties if parties is not None else []
        self.organizations = organizations if organizations is not None else []
        self.forces = forces if forces is not None else []
        self.domains = domains if domains is not None else []
        self.purpose, self.purpose_en, self.outcome, self.outcome_en = (purpose, purpose_en,
                                                                        outcome, outcome_en)
        self.description, self.description_en = description, description_en
        self.figures = figures if figures is not None else {}
        self.conflicts = conflicts if conflicts is not None else []
        self.sources = sources if sources is not None else []


def _rank(c: Claim) -> int:
    return LOCUS_RANK.get(c.locus, 9)


def _resolve_dates(claims: list[tuple[int, Claim]], out: Resolved) -> None:
    parsed = [(i, c, dates.parse_value(c.value)) for i, c in claims]
    if not parsed:
        return
    disagree: set[int] = set()
    for a in range(len(parsed)):
        for b in range(a + 1, len(parsed)):
            if not parsed[a][2].compatible(parsed[b][2]):
                disagree.update({a, b})
    best = min(parsed, key=lambda t: (t[2].span_days, _rank(t[1]), t[0]))
    rng = best[2]
    out.date_start, out.date_end, out.date_precision = rng.start, rng.end, rng.precision
    out.date_value = rng.value()
    if disagree:
        involved = [parsed[k] for k in sorted(disagree)]
        values: list[Any] = []
        for _, _, r in involved:
            if r.value() not in values:
                values.append(r.value())
        out.conflicts.append(Conflict(field="date", values=values, claims=[i for i, _, _ in involved]))


def resolve(event: Event) -> Resolved:
    """The event's fields as its claims state them, with the conflicts among them."""
    out = Resolved(id=event.id, kind=event.kind)
    by_field: dict[str, list[tuple[int, Claim]]] = {}
    for i, c in enumerate(event.claims):
        by_field.setdefault(c.field, []).append((i, c))
        if c.source not in out.sources:
            out.sources.append(c.source)

    names = sorted(by_field.get("name", []), key=lambda t: (_rank(t[1]) if t[1].locus != "table" else -1, t[0]))
    for _, c in names:
        if c.value not in out.names:
            out.names.append(str(c.value))
    if names:
        # the table (or first) spelling is the canonical name
        out.name = str(names[0][1].value)
        out.name_en = next((c.en for _, c in names if c.en), out.name) or out.name

    _resolve_dates(by_field.get("date", []), out)

    for fname in LIST_FIELDS:
        merged: list[str] = []
        for _, c in by_field.get(fname, []):
            for v in c.value:
                if v not in merged:
                    merged.append(v)
        setattr(out, fname, merged)

    for fname in ("purpose", "outcome", "description"):
        # a table's purpose/outcome cell is the source's own summary: it comes first
        claims = sorted(by_field.get(fname, []),
                        key=lambda t: (-1 if t[1].locus == "table" else _rank(t[1]), t[0]))
        if claims:
            setattr(out, fname, str(claims[0][1].value))
            setattr(out, f"{fname}_en", claims[0][1].en)

    fig_vals: dict[str, list[tuple[int, int]]] = {}
    for i, c in by_field.get("figures", []):
        for k, v in c.value.items():
            fig_vals.setdefault(k, []).append((i, v))
    for k, vals in fig_vals.items():
        out.figures[k] = vals[0][1]
        distinct = sorted({v for _, v in vals})
        if len(distinct) > 1:
            out.conflicts.append(Conflict(field=f"figures.{k}", values=list(distinct),
                                          claims=[i for i, _ in vals]))
    return out


def same_name(a: str, b: str) -> bool:
    """Spellings of one name: 'TurAz Şahini 2021' and 'TURAZ Şahini-2021'."""
    return compact_key(a) == compact_key(b)


__all__ = ["Resolved", "resolve", "same_name", "TEXT_FIELDS"]
