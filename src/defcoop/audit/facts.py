"""Facts that contradict each other inside one document, as fact_conflict findings.

The event extractor (``defcoop.extract.extract``) links the mentions of one event — a table
row, a heading, the prose — and lists the values its claims disagree on. Each such conflict
becomes one finding. When the extractor is not installed, a generic check stands in: a
paragraph that opens with "Name (date):" and whose sentences naming the same event give a
date that does not fall within the heading's date.
"""

from __future__ import annotations

import importlib
import re
from typing import Any, Iterable

from defcoop.audit.findings import Finding
from defcoop.read.document import Document
from defcoop.textnorm import ascii_fold

__all__ = ["fact_findings"]


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def fact_findings(doc: Document) -> list[Finding]:
    """fact_conflict findings of ``doc``: the extractor's, plus those of the generic check that
    the extractor did not report (the generic check alone when there is no extractor)."""
    generic = heading_prose_conflicts(doc)
    try:
        module = importlib.import_module("defcoop.extract")
        extract = getattr(module, "extract")
    except (ImportError, AttributeError):
        return generic
    try:
        result = extract(doc)
    except Exception:  # noqa: BLE001 - a document the extractor cannot handle is still audited
        return generic
    found = _from_events(doc, result)
    for g in generic:
        prose = g.quote.split(" / ")[-1]
        if not any(f.page == g.page and prose in f.quote + f.message for f in found):
            found.append(g)
    return found


# ---------------------------------------------------------------------------------------------
# Conflicts reported by the extractor

_Evidence = tuple[Any, str, "int | None", str]  # value, quote, page, locus


def _evidence(event: Any, conflict: Any) -> tuple[list[_Evidence], list[_Evidence]]:
    """The claims the conflict names, and the other claims of the same field."""
    named: list[_Evidence] = []
    for ev in _get(conflict, "evidence", None) or []:
        if isinstance(ev, (dict,)) or not isinstance(ev, int):
            named.append((_get(ev, "value"), str(_get(ev, "quote", "") or ""), _get(ev, "page"),
                          str(_get(ev, "locus", "") or "")))
    claims = list(_get(event, "claims", None) or [])
    indexes = [i for i in (_get(conflict, "claims", None) or _get(conflict, "evidence", None) or [])
               if isinstance(i, int)]
    if not named:
        for i in indexes:
            if 0 <= i < len(claims):
                c = claims[i]
                named.append((_get(c, "value"), str(_get(c, "quote", "") or ""), _get(c, "page"),
                              str(_get(c, "locus", "") or "")))
    field = _get(conflict, "field")
    others = [(_get(c, "value"), str(_get(c, "quote", "") or ""), _get(c, "page"),
               str(_get(c, "locus", "") or ""))
              for i, c in enumerate(claims)
              if i not in indexes and _get(c, "field") == field and _get(c, "quote")]
    return named, others


def _without_repeats(evidence: list[_Evidence]) -> list[_Evidence]:
    """Drop from a quote the text of an earlier quote it begins with (heading + its sentence)."""
    out: list[_Evidence] = []
    for value, quote, page, locus in evidence:
        flat = re.sub(r"\s+", " ", quote).strip()
        for _, earlier, _, _ in out:
            e = re.sub(r"\s+", " ", earlier).strip()
            if e and flat.startswith(e) and len(flat) > len(e) + 10:
                flat = flat[len(e):].strip()
        out.append((value, flat, page, locus))
    return out


def _cut(text: str, width: int = 240) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _said(ev: _Evidence) -> str:
    value, quote, page, locus = ev
    where = f"the {locus} " if locus else ""
    at = f" (page {page})" if page is not None else ""
    return f"{value} in {where}“{_cut(quote)}”{at}"


def _conflicts(event: Any) -> list[Any]:
    conflicts = _get(event, "conflicts", None)
    if conflicts is not None:
        return list(conflicts)
    if _get(event, "claims", None) is not None and not isinstance(event, dict):
        try:
            from defcoop.resolve import resolve
            return list(resolve(event).conflicts)
        except Exception:  # noqa: BLE001 - an event the resolver cannot read has no conflicts
            return []
    return []


def _event_name(event: Any) -> str:
    name = _get(event, "name", None)
    if name:
        return str(name)
    for claim in _get(event, "claims", None) or []:
        if _get(claim, "field") == "name":
            return str(_get(claim, "value"))
    return str(_get(event, "id", "an event"))


def _from_events(doc: Document, result: Any) -> list[Finding]:
    out: list[Finding] = []
    items = _get(result, "events", None)
    if items is None:
        items = result if isinstance(result, (list, tuple)) else []
    for item in items:
        event = _get(item, "event", None) or item
        resolved = _get(item, "resolved", None)
        conflicts = list(_get(resolved, "conflicts", None) or []) if resolved is not None \
            else _conflicts(event)
        name = str(_get(resolved, "name", "") or "") if resolved is not None else ""
        name = name or _event_name(event)
        for conflict in conflicts:
            named, others = _evidence(event, conflict)
            named = _without_repeats(named)
            field = str(_get(conflict, "field", "value"))
            pages = [p for _, _, p, _ in named if p is not None]
            quote = " / ".join(_cut(q) for _, q, _, _ in named if q) or name
            start = None
            if named and named[0][1]:
                q, p = named[0][1], named[0][2]
                hit = doc.find(q, p) if p is not None else doc.find(q)
                start = hit[0] if hit else None
            stated = "; ".join(_said(ev) for ev in named) if named else \
                ", ".join(str(v) for v in (_get(conflict, "values", None) or []))
            also = ""
            if others:
                also = " Also stated: " + "; ".join(_said(ev) for ev in others) + "."
            out.append(Finding(
                kind="fact_conflict", severity="warning", page=min(pages) if pages else None,
                quote=quote, citation=None, reference=None,
                message=f"The document gives {name} different {field} values: {stated}.{also}",
                suggestion=f"Check the {field} of {name} against the source and make the table, "
                           "the heading and the prose agree.",
                start=start))
    return out


# ---------------------------------------------------------------------------------------------
# The generic stand-in: "Name (date): ..." against the dates of the sentences that name it

_HEAD_RE = re.compile(r"^[ \t]*(?P<name>[^\n():.]{3,80}?)\s*\((?P<date>[^()\n]{3,40})\)\s*:",
                      re.M)
_GENERIC = {"tatbikati", "tatbikat", "exercise", "anlasmasi", "protokolu", "the", "ve", "and"}


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z]+|\d{4}", ascii_fold(text)) if t not in _GENERIC}


def _date_tools() -> tuple[Any, Any] | None:
    try:
        from defcoop.dates import parse_value  # noqa: F401 - presence check
        dates = importlib.import_module("defcoop.detect.dates")
        return getattr(dates, "parse_date"), getattr(dates, "find_dates")
    except (ImportError, AttributeError):
        return None


def _range(mention: Any) -> tuple[str, str] | None:
    first, last = _get(mention, "start"), _get(mention, "end")
    first = first or last
    last = last or first
    if not first:
        return None
    return str(first), str(last)


def _nested(a: tuple[str, str], b: tuple[str, str]) -> bool:
    from defcoop.dates import parse_value
    ra = parse_value(a[0] if a[0] == a[1] else f"{a[0]}/{a[1]}")
    rb = parse_value(b[0] if b[0] == b[1] else f"{b[0]}/{b[1]}")
    return bool(ra.compatible(rb))


def heading_prose_conflicts(doc: Document) -> list[Finding]:
    tools = _date_tools()
    if tools is None:
        return []
    parse_date, find_dates = tools
    heads = list(_HEAD_RE.finditer(doc.text))
    out: list[Finding] = []
    for k, h in enumerate(heads):
        head_date = parse_date(h.group("date"))
        if head_date is None or _get(head_date, "role") not in ("point", "range"):
            continue
        head_range = _range(head_date)
        if head_range is None:
            continue
        name_tokens = _tokens(h.group("name"))
        if len(name_tokens) < 2:
            continue
        stop = heads[k + 1].start() if k + 1 < len(heads) else min(len(doc.text), h.end() + 3000)
        body = doc.text[h.end():stop]
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÇĞİÖŞÜ\"“])", body):
            if len(name_tokens & _tokens(sentence)) < max(2, (2 * len(name_tokens) + 2) // 3):
                continue
            for dm in find_dates(sentence):
                if _get(dm, "precision") != "day" or _get(dm, "role") not in ("point", "range"):
                    continue
                rng = _range(dm)
                if rng is None or _nested(head_range, rng):
                    continue
                quote_head = re.sub(r"\s+", " ", h.group(0)).strip().rstrip(":")
                quote_prose = re.sub(r"\s+", " ", str(_get(dm, "text"))).strip()
                hp = doc.page_of(h.start())
                hit = doc.find(quote_prose, None)
                pp = doc.page_of(hit[0]) if hit else hp
                name = re.sub(r"\s+", " ", h.group("name")).strip()
                out.append(Finding(
                    kind="fact_conflict", severity="warning", page=hp,
                    quote=f"{quote_head} / {quote_prose}", citation=None, reference=None,
                    message=f"The heading dates {name} “{h.group('date').strip()}” (page {hp}) "
                            f"but the prose says “{quote_prose}” (page {pp}).",
                    suggestion=f"Check the date of {name} against the source and make the "
                               "heading, the prose and any table agree.",
                    start=h.start()))
    return out
