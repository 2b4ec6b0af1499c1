"""Gathering a dyad report from the store, in the founding paper's order.

A dyad is two states given as ISO3 codes (``TUR-AZE``); its events are those whose parties
include both. Sections: chronology, the agreements table, the exercises table, the
declaration's provisions, the timeline, the map, statistics before and after the pivot event,
the cooperation-intensity series (with its formula), the actor network, the places where sources
disagree, and the bibliography in APA 7. Renderers (HTML, PDF, DOCX, Markdown) only lay it out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from defcoop import stats, tables
from defcoop.errors import ExportError, QueryError
from defcoop.export.biblio import format_bibliography
from defcoop.export.states import iso_numeric
from defcoop.report import figures, intensity
from defcoop.report.figures import Figure
from defcoop.store.queries import EventFilter, Reader
from defcoop.store.sqlite import Store

PERIODS = ("before", "during", "after")


@dataclass
class TableData:
    title: str
    header: list[str]
    rows: list[list[str]]
    note: str = ""


@dataclass
class Section:
    key: str
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[TableData] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    references: list[str] = field(default_factory=list)


@dataclass
class Report:
    lang: str
    dyad: tuple[str, str]
    title: str
    subtitle: str
    intro: str
    sections: list[Section]
    store_note: str
    references_html: list[str] = field(default_factory=list)
    references_text: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    text = (resources.files("defcoop") / "report" / "templates" / "labels.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not all(isinstance(v, dict) and {"tr", "en"} <= set(v) for v in data.values()):
        raise ExportError("report/templates/labels.yaml: every label needs 'tr' and 'en'")
    return data


def label(key: str, lang: str, **kw: Any) -> str:
    return _labels()[key][lang].format(**kw)


# ------------------------------------------------------------------ dyads


def known_dyads(reader: Reader) -> list[str]:
    """Pairs of states that share at least one event, as ``AAA-BBB`` (most events first)."""
    states = {r["id"] for r in reader.conn.execute("SELECT id FROM actors WHERE type = 'state'")}
    parties: dict[str, list[str]] = {}
    for r in reader.conn.execute("SELECT event_id, value FROM event_links WHERE field = 'parties' ORDER BY rowid"):
        if r["value"] in states:
            parties.setdefault(r["event_id"], []).append(r["value"])
    pairs: Counter[str] = Counter()
    for ps in parties.values():
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                pairs["-".join(sorted((a, b)))] += 1
    return [p for p, _ in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))]


def parse_dyad(reader: Reader, dyad: str) -> tuple[str, str]:
    parts = [p.strip().upper() for p in re.split(r"[-_/, ]+", dyad.strip()) if p.strip()]
    known = known_dyads(reader)
    hint = f"known dyads: {', '.join(known[:12])}" if known else "the store has no events between two states"
    if len(parts) != 2 or not all(re.fullmatch(r"[A-Z]{3}", p) for p in parts) or parts[0] == parts[1]:
        raise QueryError(f"dyad '{dyad}' is not two ISO3 codes joined by '-' (e.g. TUR-AZE); {hint}")
    if "-".join(sorted(parts)) not in known:
        raise QueryError(f"unknown dyad '{dyad}': no event has both {parts[0]} and {parts[1]} as parties; {hint}")
    return parts[0], parts[1]


# ------------------------------------------------------------------ sections


def _place_names(e: dict[str, Any]) -> str:
    return ", ".join(p["name"] for p in e["places"])


def _chronology(reader: Reader, evs: list[dict[str, Any]], lang: str) -> Section:
    rows = []
    for e in evs:
        full = reader.event(e["id"], lang)
        srcs = "; ".join(reader.source_label(s) for s in full["sources"])
        name = e["name"] + (" ⚠" if e["n_conflicts"] else "")
        rows.append([e["date_label"] or label("undated", lang), e["kind_label"], name, _place_names(e), srcs])
    head = [label(k, lang) for k in ("date", "kind", "event", "places", "sources")]
    return Section("chronology", label("chronology", lang), tables=[TableData("", head, rows)])


def _paper_table(store: Store, reader: Reader, name: str, kind: str, ids: set[str],
                 evs: list[dict[str, Any]], lang: str) -> Section:
    sec = Section(name, label(name, lang))
    try:
        t = tables.build_table(store, name, lang)
        rows = [r for r, eid in zip(t.rows, t.event_ids) if eid in ids]
        shown = {eid for eid in t.event_ids if eid in ids}
        if rows:
            sec.tables.append(TableData(t.title, t.header, rows))
    except QueryError:
        shown = set()
    rest = [e for e in evs if e["kind"] == kind and e["id"] not in shown]
    if rest:
        head = [label(k, lang) for k in ("date", "event", "places")]
        body = [[e["date_label"] or label("undated", lang), e["name"], _place_names(e)] for e in rest]
        sec.tables.append(TableData(label("other_rows", lang) if shown else "", head, body))
    if not sec.tables:
        sec.paragraphs.append(label("no_rows", lang))
    return sec


def _provisions(reader: Reader, evs: list[dict[str, Any]], lang: str) -> Section:
    sec = Section("provisions", label("provisions", lang))
    head = [label(k, lang) for k in ("provision", "atop", "text", "page")]
    for e in evs:
        if e["kind"] != "declaration":
            continue
        provs = reader.provisions(e["id"], lang)
        if provs:
            rows = [[p["code_label"], p["atop"] or "", p["text"], str(p["page"] or "")] for p in provs]
            sec.tables.append(TableData(f"{e['name']} ({e['date_label'] or ''})", head, rows))
    if not sec.tables:
        sec.paragraphs.append(label("no_rows", lang))
    return sec


def _period_table(title: str, first: str, counts: dict[str, Counter[str]], names: dict[str, str],
                  lang: str) -> TableData:
    keys = sorted({k for c in counts.values() for k in c}, key=lambda k: (-sum(c[k] for c in counts.values()), k))
    head = [first] + [label(p, lang) for p in PERIODS] + [label("total", lang)]
    rows = [[names.get(k, k)] + [str(counts[p][k]) for p in PERIODS] + [str(sum(counts[p][k] for p in PERIODS))]
            for k in keys]
    return TableData(title, head, rows)


def _statistics(reader: Reader, f: EventFilter, evs: list[dict[str, Any]], lang: str,
                pivot: dict[str, Any] | None) -> Section:
    s = stats.compute(reader, f, lang)
    sec = Section("statistics", label("statistics", lang))
    years = TableData(label("year", lang), [label("year", lang), label("events", lang)],
                      [[y, str(n)] for y, n in s["by_year"].items()])
    if not pivot:
        sec.paragraphs.append(label("no_pivot", lang))
        sec.tables.append(years)
        for key, item in (("kind", "by_kind"), ("domain", "by_domain"), ("force", "by_force")):
            sec.tables.append(TableData(label(key, lang), [label(key, lang), label("total", lang)],
                                        [[x["label"], str(x["count"])] for x in s[item]]))
        return sec
    sec.paragraphs.append(label("pivot_note", lang, pivot=pivot["name"], start=pivot["start"], end=pivot["end"]))
    by = s["by_period"]
    sec.paragraphs.append(label("period_summary", lang, pivot=pivot["name"], before=by.get("before", 0),
                                during=by.get("during", 0), after=by.get("after", 0)))
    kinds: dict[str, Counter[str]] = {p: Counter() for p in PERIODS}
    domains: dict[str, Counter[str]] = {p: Counter() for p in PERIODS}
    forces: dict[str, Counter[str]] = {p: Counter() for p in PERIODS}
    years_p: dict[str, Counter[str]] = {p: Counter() for p in PERIODS}
    for e in evs:
        if not e["date_start"] or e["id"] == pivot["id"]:
            continue
        per = stats.period_of(e, pivot)
        kinds[per][e["kind"]] += 1
        years_p[per][e["date_start"][:4]] += 1
        for d in e["domains"]:
            domains[per][d] += 1
        for fo in e["forces"]:
            forces[per][fo] += 1
    lab = reader.label
    sec.tables.append(TableData(label("year", lang), [label("year", lang)] + [label(p, lang) for p in PERIODS],
                                [[y] + [str(years_p[p][y]) for p in PERIODS]
                                 for y in sorted({y for c in years_p.values() for y in c})]))
    sec.tables.append(_period_table(label("kind", lang), label("kind", lang), kinds,
                                    {k: lab("event_kinds", k, lang) for c in kinds.values() for k in c}, lang))
    sec.tables.append(_period_table(label("domain", lang), label("domain", lang), domains,
                                    {k: lab("domains", k, lang) for c in domains.values() for k in c}, lang))
    sec.tables.append(_period_table(label("force", lang), label("force", lang), forces,
                                    {k: lab("forces", k, lang) for c in forces.values() for k in c}, lang))
    return sec


def _num(v: float | None, lang: str) -> str:
    if v is None:
        return "—"
    text = f"{v:.2f}"
    return text.replace(".", ",") if lang == "tr" else text


def _g(v: float, lang: str) -> str:
    text = f"{v:g}"
    return text.replace(".", ",") if lang == "tr" else text


def _intensity(reader: Reader, evs: list[dict[str, Any]], lang: str, pivot: dict[str, Any] | None) -> Section:
    sec = Section("intensity", label("intensity", lang))
    sec.paragraphs.append(intensity.formula_text(lang))
    s = intensity.series(evs)
    if not s.years:
        sec.paragraphs.append(label("no_rows", lang))
        return sec
    sec.paragraphs.append(label("counted_note", lang, counted=s.counted, undated=s.undated))
    pivot_years = None
    if pivot:
        pivot_years = (date.fromisoformat(pivot["start"]).year, date.fromisoformat(pivot["end"]).year)
        means = intensity.period_means(s, *pivot_years)
        sec.paragraphs.append(label("intensity_summary", lang, pivot=pivot["name"], before=_num(means["before"], lang),
                                    after=_num(means["after"], lang)))
    kind_labels = {k: reader.label("event_kinds", k, lang) for k in s.by_kind}
    fig = figures.intensity_figure(s, kind_labels, lang, pivot_years)
    sec.figures.append(figures.render("intensity", label("intensity", lang), label("intensity_caption", lang), fig))
    kinds = sorted(s.by_kind)
    head = [label("year", lang), label("index", lang)] + [kind_labels[k] for k in kinds]
    rows = [[str(y), _g(v, lang)] + [_g(s.by_kind[k][i], lang) for k in kinds]
            for i, (y, v) in enumerate(zip(s.years, s.index)) if v]
    sec.tables.append(TableData(label("index", lang), head, rows))
    return sec


def _conflicts(reader: Reader, evs: list[dict[str, Any]], lang: str) -> Section:
    sec = Section("conflicts", label("conflicts", lang))
    rows = []
    for e in evs:
        if not e["n_conflicts"]:
            continue
        full = reader.event(e["id"], lang)
        for cf in full["conflicts"]:
            ev_parts = []
            for seq in cf["claims"]:
                c = full["claims"][seq]
                ev_parts.append(f"“{c['quote']}” — {c['source_label']}, {label('page_abbr', lang)} {c['page']} ({c['locus']})")
            values = " ≠ ".join(", ".join(map(str, v)) if isinstance(v, list) else str(v) for v in cf["values"])
            rows.append([e["name"], cf["field"], values, " | ".join(ev_parts)])
    if rows:
        sec.tables.append(TableData("", [label(k, lang) for k in ("event", "field", "values", "evidence")], rows))
    else:
        sec.paragraphs.append(label("no_conflicts", lang))
    return sec


def _short(text: str, n: int = 52) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _timeline(evs: list[dict[str, Any]], lang: str, pivot: dict[str, Any] | None) -> Section:
    """The timeline from the pivot's year on (the chronology table holds the earlier events)."""
    from defcoop.timeline import figure as timeline_figure

    sec = Section("timeline", label("timeline", lang))
    dated = [{**e, "name": _short(e["name"])} for e in evs if e["date_start"]]
    since = date.fromisoformat(pivot["start"]).year if pivot else None
    if since is not None and any(int(e["date_start"][:4]) >= since for e in dated):
        dated = [e for e in dated if int(e["date_start"][:4]) >= since]
    else:
        since = None
    if not dated:
        sec.paragraphs.append(label("no_rows", lang))
        return sec
    caption = label("timeline_caption", lang)
    if since is not None:
        caption += " " + label("timeline_since", lang, year=since)
    sec.figures.append(figures.render("timeline", label("timeline", lang), caption,
                                      timeline_figure(dated, lang)))
    return sec


def build(store: Store, dyad: str, lang: str = "en") -> Report:
    if lang not in ("tr", "en"):
        raise QueryError(f"unknown language '{lang}': use tr or en")
    reader = Reader(store)
    a, b = parse_dyad(reader, dyad)
    f = EventFilter(party=[a, b])
    evs = reader.events(f, lang=lang)
    if not evs:
        raise ExportError(f"no events between {a} and {b}")
    ids = {e["id"] for e in evs}
    pivot = stats.pivot(reader, lang)
    name_a, name_b = reader.actor_name(a, lang), reader.actor_name(b, lang)
    used: set[str] = set()
    n_claims = 0
    for e in evs:
        full = reader.event(e["id"], lang)
        used.update(full["sources"])
        n_claims += len(full["claims"])
    sources = [s for s in reader.sources() if s["id"] in used]

    sections = [_chronology(reader, evs, lang),
                _paper_table(store, reader, "agreements", "agreement", ids, evs, lang),
                _paper_table(store, reader, "exercises", "exercise", ids, evs, lang),
                _provisions(reader, evs, lang)]
    timeline_sec = _timeline(evs, lang, pivot)
    sections.append(timeline_sec)
    map_sec = Section("map", label("map", lang))
    places = reader.places(lang, f)
    if any(p["lat"] is not None for p in places):
        codes = iso_numeric()
        highlight = [codes[x] for x in (a, b) if x in codes]
        map_sec.figures.append(figures.render("map", label("map", lang), label("map_caption", lang),
                                              figures.map_figure(places, highlight, lang)))
    else:
        map_sec.paragraphs.append(label("no_places", lang))
    sections.append(map_sec)
    sections.append(_statistics(reader, f, evs, lang, pivot))
    sections.append(_intensity(reader, evs, lang, pivot))
    from defcoop.export import network

    net_sec = Section("network", label("network", lang))
    try:
        g = network.graph(reader, f, lang)
        net_sec.figures.append(figures.render("network", label("network", lang), label("network_caption", lang),
                                              network.figure(g, lang)))
    except ExportError as exc:
        net_sec.paragraphs.append(str(exc))
    sections.append(net_sec)
    sections.append(_conflicts(reader, evs, lang))
    sections.append(Section("bibliography", label("bibliography", lang)))

    meta = store.meta()
    return Report(
        lang=lang, dyad=(a, b), title=label("title", lang, a=name_a, b=name_b), subtitle=label("subtitle", lang),
        intro=label("intro", lang, a=name_a, b=name_b, n=len(evs), claims=n_claims, sources=len(sources)),
        sections=sections,
        store_note=f"{label('generated', lang)}: {store.path.name}, schema {meta.get('schema_version', '?')}, "
                   f"built {meta.get('built_at', '?')}",
        references_html=format_bibliography(sources, fmt="html", lang=lang),
        references_text=format_bibliography(sources, fmt="text", lang=lang),
    )
