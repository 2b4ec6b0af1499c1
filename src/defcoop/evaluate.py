"""Scoring extraction against curated events, the way GROBID reports citation parsing.

Extracted candidates are paired with expected events one to one (same kind, and the same name
or overlapping dates). Then, for every field, precision = right values / values proposed,
recall = right values / values expected, F1 their harmonic mean — *strict* when a value must
be identical, *soft* when a normalized name, nesting dates or overlapping lists suffice. The
record level counts a pair as right (soft) when it is paired, and (strict) when every field is
also strictly right.

Expected events come from the knowledge base (:func:`gold_from_kb`) or from gold files beside
test documents (:func:`gold_from_json`: ``{"events": [{"kind", "name", "date_start", ...}]}``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from defcoop.errors import DataError

FIELDS = ("kind", "name", "date_start", "date_end", "date_precision", "places", "parties", "forces")
LIST_FIELDS = ("places", "parties", "forces")


@dataclass
class Record:
    kind: str
    name: str | None = None
    names: list[str] = field(default_factory=list)
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    places: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    forces: list[str] = field(default_factory=list)
    id: str | None = None

    def value(self, f: str) -> Any:
        if f == "date_end":
            return self.date_end or self.date_start
        return getattr(self, f)


@dataclass
class Counts:
    tp: int = 0
    proposed: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.proposed if self.proposed else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else (1.0 if not self.proposed else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "proposed": self.proposed,
                "expected": self.expected}


@dataclass
class Report:
    documents: int = 0
    record_strict: Counts = field(default_factory=Counts)
    record_soft: Counts = field(default_factory=Counts)
    strict: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    soft: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    details: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "record": {"strict": self.record_strict.as_dict(), "soft": self.record_soft.as_dict()},
            "fields": {f: {"strict": self.strict[f].as_dict(), "soft": self.soft[f].as_dict()}
                       for f in FIELDS},
            "documents_detail": self.details,
        }


# ----------------------------------------------------------------------------- comparisons

def _name_keys(r: Record) -> set[str]:
    from defcoop.detect.events import name_key
    keys = set()
    for n in [r.name, *r.names]:
        if n:
            core, year = name_key(n)
            keys.add(core + (year or ""))
    return keys


def names_match(a: Record, b: Record, strict: bool) -> bool:
    if not a.name or not b.name:
        return not a.name and not b.name
    if strict:
        return " ".join(a.name.split()) == " ".join(b.name.split())
    ka, kb = _name_keys(a), _name_keys(b)
    if ka & kb:
        return True
    return any(x and y and (x in y or y in x) for x in ka for y in kb)


def _bounds(start: str | None, end: str | None) -> tuple[str, str] | None:
    if not start:
        return None
    from defcoop.dates import parse_value
    try:
        r = parse_value(f"{start}/{end}" if end and end != start else start)
    except Exception:  # noqa: BLE001 - an unparsable date matches nothing
        return None
    return r.earliest.isoformat(), r.latest.isoformat()


def dates_overlap(a: Record, b: Record) -> bool:
    x, y = _bounds(a.date_start, a.date_end), _bounds(b.date_start, b.date_end)
    return bool(x and y and x[0] <= y[1] and y[0] <= x[1])


def field_right(f: str, pred: Record, gold: Record, strict: bool) -> bool:
    pv, gv = pred.value(f), gold.value(f)
    if f == "name":
        return names_match(pred, gold, strict)
    if f in LIST_FIELDS:
        if strict:
            return set(pv) == set(gv)
        return bool(set(pv) & set(gv)) or (not pv and not gv)
    if f in ("date_start", "date_end") and not strict:
        return dates_overlap(pred, gold) if pv and gv else pv == gv
    return bool(pv == gv)


def _filled(v: Any) -> bool:
    return bool(v) if isinstance(v, (list, str)) else v is not None


def pair(pred: list[Record], gold: list[Record]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index): same kind and same name or overlapping dates;
    best pairs first (name and date both agreeing beats either alone)."""
    scored = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p.kind != g.kind:
                continue
            named = bool(p.name and g.name and names_match(p, g, strict=False))
            dated = dates_overlap(p, g)
            if p.name and g.name and not named and not dated:
                continue
            if not named and not dated:
                continue
            places = len(set(p.places) & set(g.places))
            scored.append((-(2 * named + dated), -places, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, _, i, j in sorted(scored):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def score_document(pred: list[Record], gold: list[Record], report: Report, label: str = "") -> None:
    pairs = pair(pred, gold)
    report.documents += 1
    report.record_soft.proposed += len(pred)
    report.record_soft.expected += len(gold)
    report.record_soft.tp += len(pairs)
    report.record_strict.proposed += len(pred)
    report.record_strict.expected += len(gold)
    for f in FIELDS:
        for counts in (report.strict[f], report.soft[f]):
            counts.proposed += sum(1 for p in pred if _filled(p.value(f)))
            counts.expected += sum(1 for g in gold if _filled(g.value(f)))
    wrong: list[dict[str, Any]] = []
    for i, j in pairs:
        p, g = pred[i], gold[j]
        all_right = True
        for f in FIELDS:
            both = _filled(p.value(f)) and _filled(g.value(f))
            if field_right(f, p, g, strict=True):
                if both:
                    report.strict[f].tp += 1
            else:
                all_right = False
                wrong.append({"event": g.id or g.name, "field": f, "expected": g.value(f),
                              "extracted": p.value(f)})
            if both and field_right(f, p, g, strict=False):
                report.soft[f].tp += 1
        if all_right:
            report.record_strict.tp += 1
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    report.details.append({
        "document": label, "expected": len(gold), "extracted": len(pred), "paired": len(pairs),
        "missed": [g.id or g.name or g.kind for j, g in enumerate(gold) if j not in matched_g],
        "spurious": [p.name or f"{p.kind} {p.date_start}" for i, p in enumerate(pred) if i not in matched_p],
        "wrong_fields": wrong,
    })


# ----------------------------------------------------------------------------- records

def record_from_contract(e: dict[str, Any]) -> Record:
    return Record(kind=e["kind"], name=e.get("name"), names=list(e.get("names") or []),
                  date_start=e.get("date_start"), date_end=e.get("date_end"),
                  date_precision=e.get("date_precision"),
                  places=[p["id"] if isinstance(p, dict) else p for p in e.get("places") or []],
                  parties=list(e.get("parties") or []), forces=list(e.get("forces") or []),
                  id=e.get("id"))


def gold_from_json(path: str | Path) -> list[Record]:
    """The expected events of a gold file ``{"events": [...]}``."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(path, None, f"cannot read gold file: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise DataError(path, None, 'a gold file is an object with an "events" list')
    out = []
    for e in data["events"]:
        if not isinstance(e, dict) or "kind" not in e:
            raise DataError(path, None, "every gold event needs a kind")
        out.append(record_from_contract(e))
    return out


def gold_from_kb(source: str | None = None, tables_only: bool = False,
                 kinds: Iterable[str] | None = None) -> list[Record]:
    """Curated events stated by ``source``, resolved from their claims."""
    from defcoop.kb import load_kb
    from defcoop.resolve import resolve

    from defcoop.seed import SEED_SOURCE_ID
    source = source or SEED_SOURCE_ID
    kb = load_kb()
    wanted = set(kinds) if kinds else None
    out = []
    for ev in kb.events.values():
        if not any(c.source == source for c in ev.claims):
            continue
        if tables_only and not ev.tables:
            continue
        if wanted is not None and ev.kind not in wanted:
            continue
        r = resolve(ev)
        out.append(Record(kind=ev.kind, name=r.name, names=r.names, date_start=r.date_start,
                          date_end=r.date_end, date_precision=r.date_precision, places=r.places,
                          parties=r.parties, forces=r.forces, id=ev.id))
    return out


# ----------------------------------------------------------------------------- runs

def evaluate_corpus(folder: str | Path) -> Report:
    """Extract every ``*.txt``/``*.md``/``*.html`` document of ``folder`` that has a ``.json``
    gold file beside it and score the result."""
    from defcoop.extract import extract, to_contract
    from defcoop.read import read_document

    report = Report()
    for doc_path in sorted(Path(folder).iterdir()):
        if doc_path.suffix.lower() not in (".txt", ".md", ".html", ".htm", ".pdf", ".docx"):
            continue
        gold_path = doc_path.with_suffix(".json")
        if not gold_path.exists():
            continue
        result = to_contract(extract(read_document(doc_path)))
        pred = [record_from_contract(e) for e in result["events"]]
        score_document(pred, gold_from_json(gold_path), report, doc_path.name)
    return report


def evaluate_seed(tables_only: bool = False) -> Report:
    """Score extraction on the founding paper against the curated knowledge base."""
    from defcoop.extract import extract, to_contract
    from defcoop.seed import SEED_SOURCE_ID, seed_document

    result = to_contract(extract(seed_document()))
    pred = [record_from_contract(e) for e in result["events"]]
    gold = gold_from_kb(SEED_SOURCE_ID, tables_only=tables_only)
    if tables_only:
        pairs = pair(pred, gold)
        pred = [pred[i] for i, _ in pairs]
    report = Report()
    score_document(pred, gold, report, SEED_SOURCE_ID)
    return report


def format_report(report: Report, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"documents: {report.documents}")
    lines.append(f"{'':<16}{'strict P':>9}{'R':>7}{'F1':>7}   {'soft P':>7}{'R':>7}{'F1':>7}")
    rows = [("record", report.record_strict, report.record_soft)]
    rows += [(f, report.strict[f], report.soft[f]) for f in FIELDS]
    for label, s, so in rows:
        lines.append(f"{label:<16}{s.precision:>9.3f}{s.recall:>7.3f}{s.f1:>7.3f}   "
                     f"{so.precision:>7.3f}{so.recall:>7.3f}{so.f1:>7.3f}")
    return "\n".join(lines)


__all__ = ["Counts", "Record", "Report", "evaluate_corpus", "evaluate_seed", "format_report",
           "gold_from_json", "gold_from_kb", "pair", "score_document"]
