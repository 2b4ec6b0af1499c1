"""Candidates and the output contract: the drafts a document's reading left, resolved into
candidate events with ids, and the public JSON of an extraction (``docs/extraction.md``)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

from defcoop.detect import events as ev
from defcoop.kb import load_places
from defcoop.detect.memo import Bounded
from defcoop.detect.tables import is_caption
from defcoop.link.merge import Draft, Registry, value_key
from defcoop.model import Claim, Event
from defcoop.read.document import Document
from defcoop.resolve import Resolved, resolve
from defcoop.textnorm import compact_key, key as text_key

KIND_PREFIX = {"exercise": "ex", "agreement": "ag", "declaration": "de", "arms_transfer": "at",
               "deployment": "dp", "conflict": "cf", "institution": "in", "meeting": "mt",
               "other": "ot"}
CONTRACT_KINDS = tuple(KIND_PREFIX)


@dataclass(init=False)
class Candidate:
    id: str
    kind: str
    event: Event
    resolved: Resolved
    unnamed: bool = False
    cites: list[str] = field(default_factory=list)

    def __init__(self, id: str, kind: str, event: Event, resolved: Resolved,
                 unnamed: bool = False, cites: list[str] | None = None) -> None:
        self.id, self.kind, self.event, self.resolved = id, kind, event, resolved
        self.unnamed = unnamed
        self.cites = cites if cites is not None else []


@dataclass
class ExtractionResult:
    document: Document
    events: list[Candidate] = field(default_factory=list)
    citations: list[Any] = field(default_factory=list)


# ----------------------------------------------------------------------------- candidates

def _drop_past_states(d: Draft) -> None:
    """States that had ceased to exist by the event's year are no parties of it."""
    past = ev.words().historical
    if not past or not any(v in past for c in d.claims if c.field == "parties" for v in c.value):
        return
    years = [int(v[:4]) for v in d.dates() if v[:4].isdigit()]
    if not years:
        return
    year = min(years)
    for c in d.claims:
        if c.field == "parties" and any(v in past and past[v] < year for v in c.value):
            c.value = [v for v in c.value if not (v in past and past[v] < year)]
    d.claims[:] = [c for c in d.claims if not (c.field == "parties" and not c.value)]


def _drop_phase_days(d: Draft) -> None:
    """A day inside a range of days the document gives for the event ("20 May - 9 June ...;
    the distinguished observer day was 9 June") dates a phase of it, not the event: it is
    dropped when a prose sentence gives the range."""
    ranges = []
    for c in d.claims:
        if c.field == "date" and isinstance(c.value, str) and "/" in c.value:
            a, _, b = c.value.partition("/")
            if len(a) == len(b) == 10:
                ranges.append((a, b))
    if not ranges:
        return
    d.claims[:] = [c for c in d.claims if not (
        c.field == "date" and c.locus == "prose" and isinstance(c.value, str)
        and (len(c.value) == 10 and any(a <= c.value <= b for a, b in ranges)
             or _phase_range(c, ranges)))]


def _phase_range(c: Claim, ranges: list[tuple[str, str]]) -> bool:
    """A range of days inside a wider one of the event, told of a phase of it ("tatbikatın deniz
    safhası 13-15 Kasım", "the sea phase ran from 13 to 15 November"; `phase_words`)."""
    if not isinstance(c.value, str) or len(c.value) != 21:
        return False
    a, _, b = c.value.partition("/")
    return any(x <= a and b <= y and (x, y) != (a, b) for x, y in ranges) and ev.tells_of_phase(c.quote)


def _close_ranges(d: Draft) -> None:
    """A last day told without a first ("which runs through Sept. 26") and a first day told with
    another mention of the event ("began ... on Monday") make one range; the claims of both
    (the day, and the month the "until" gave) become that range."""
    for end in d.ends:
        d.join_range(end, first=False, also=(end[:7],))


@lru_cache(maxsize=20_000)
def _slug(text: str) -> str:
    return re.sub(r"\s+", "-", text_key(text))[:48].strip("-") or "event"


# Resolutions of claim sets, memoized: a corpus tells the same events in the same words.
_RESOLVED: Final[dict[tuple[Any, ...], Resolved]] = {}
RESOLVED_SIZE: Final = 2_000


def _resolved(event: Event, source: str) -> Resolved:
    """``resolve(event)`` for an extracted event whose claims all come from ``source``."""
    sig = (event.kind, tuple([(c.field, value_key(c.value), c.locus, c.en) for c in event.claims]))
    hit = _RESOLVED.get(sig)
    if hit is None:
        hit = resolve(event)
        if len(_RESOLVED) >= RESOLVED_SIZE:
            _RESOLVED.clear()
        _RESOLVED[sig] = hit
    return Resolved(hit.id, hit.kind, hit.name, hit.name_en, list(hit.names), hit.date_start,
                    hit.date_end, hit.date_precision, hit.date_value, list(hit.places),
                    list(hit.parties), list(hit.organizations), list(hit.forces),
                    list(hit.domains), hit.purpose, hit.purpose_en, hit.outcome, hit.outcome_en,
                    hit.description, hit.description_en, dict(hit.figures), list(hit.conflicts),
                    [source] if event.claims else [])


# The keys of the names of a stream's candidates ("Şimşeği" and "Simsegi" have one).
_NAME_KEYS: Final[Bounded[str, str]] = Bounded(4096)


def _name_key(name: str) -> str:
    return _NAME_KEYS.cached(name, compact_key)


def _with_letters(name: str, names: list[str]) -> str:
    """Of spellings of one name, the one with the language's own letters ("Çöl Şimşeği-2026"
    rather than a wire's "Col Simsegi-2026")."""
    if not name or name.isascii():
        same = [n for n in names if not n.isascii() and _name_key(n) == _name_key(name)]
        if same:
            return same[0]
    return name


def _full_title(name: str, names: list[str]) -> str:
    """Of a document's short title told first and its full title told later ("Askerî Mali
    İşbirliği Anlaşması", "... Hükümeti Arasında Askerî Mali İşbirliği Anlaşması"), the full."""
    short = _name_key(name)
    full = [n for n in names if len(_name_key(n)) > len(short) and _name_key(n).endswith(short)]
    return max(full, key=len) if short and full else name


def _specific(places: list[str]) -> list[str]:
    """A country beside a place in it ("Azerbaijan's Gazakh district") is only where that place
    lies: the event took place there."""
    known = load_places()
    within = {known[p].country for p in places if p in known and known[p].kind != "country"}
    return [p for p in places if not (p in known and known[p].kind == "country"
                                      and known[p].country in within)]


@lru_cache(maxsize=4096)
def _actor_type(ident: str) -> str:
    from defcoop.kb import load_actors
    actor = load_actors().get(ident)
    return actor.type if actor is not None else ""


def candidates(doc: Document, reg: Registry) -> list[Candidate]:
    """The drafts with a date (or a table row) as candidates, their claims resolved."""
    out: list[Candidate] = []
    used: set[str] = set()
    for d in sorted(reg.drafts, key=lambda x: x.first):
        if not d.has("date") and "table" not in d.loci:
            continue
        if d.kind not in CONTRACT_KINDS:
            d.kind = "other"
        _drop_past_states(d)
        if d.ends:
            _close_ranges(d)
        _drop_phase_days(d)
        source = doc.sha256[:12]
        for c in d.claims:
            c.source = source
        event = Event(id="", kind=d.kind, claims=d.claims, origin="extracted")
        r = _resolved(event, source)
        if (d.kind == "arms_transfer" and len(r.parties) < 2 and not r.places
                and "table" not in d.loci):
            continue   # "Türkiye's defense exports reached $7.1 billion in 2024": to no one, nowhere
        if d.kind == "other" and len(r.parties) < 2 and "table" not in d.loci:
            continue   # "TSK personnel and helicopters fought wildfires in X": one state's own work
        if d.kind == "institution" and len(r.parties) == 1 and "table" not in d.loci:
            continue   # "TBMM Millî Savunma Komisyonu": one state's own body, of no relation
        if d.kind == "meeting" and len(r.parties) < 2 and r.organizations and all(
                _actor_type(o) == "company" for o in r.organizations):
            continue   # "Aselsan said it had held talks with delegations": a company's, no state's
        if d.kind in ("meeting", "agreement") and not r.parties and "table" not in d.loci:
            continue   # a meeting or an agreement of no state named is none between states
        cells = [c for c in d.claims if c.field == "parties" and c.locus == "table"
                 and not is_caption(c.quote)] if "table" in d.loci else []
        listed = {v for c in cells for v in c.value}
        if len(listed) >= 2:
            # a table's column of parties lists the states its author counts ("Azerbaycan,
            # Özbekistan"): the prose's others (the story's own state) are not added to them
            r.parties = [p for p in r.parties if p in listed]
        if "table" not in d.loci:   # a table's place cell lists what its author chose
            r.places = _specific(r.places)
            if len(r.names) > 1:
                if d.kind in ("agreement", "declaration"):
                    r.name = _full_title(r.name, r.names)
                r.name = _with_letters(r.name, r.names)
        if d.unnamed:
            r.name = ""
        base = f"{KIND_PREFIX[d.kind]}-{_slug(r.name or (r.date_value or 'event'))}"
        digest = hashlib.sha256(f"{doc.sha256}:{base}:{d.first}".encode()).hexdigest()[:8]
        cid = f"{base}-{digest}"
        if cid in used:
            continue
        used.add(cid)
        event.id = r.id = cid
        out.append(Candidate(cid, d.kind, event, r, d.unnamed, list(d.cites)))
    return out


# ----------------------------------------------------------------------------- contract

def _place_json(pid: str, language: str | None = "tr") -> dict[str, Any]:
    """A gazetteer place; ``name`` in the document's language (English names for an English
    document, Turkish otherwise, Azerbaijani when the gazetteer has one for an Azerbaijani one)."""
    p = load_places().get(pid)
    if p is None:
        return {"id": pid, "name": pid, "lat": None, "lon": None, "country": None}
    name = {"en": p.names.en, "az": p.names.az or p.names.tr}.get(language or "tr", p.names.tr)
    return {"id": pid, "name": name or p.names.tr, "name_tr": p.names.tr, "name_en": p.names.en,
            "lat": p.lat, "lon": p.lon, "country": p.country}


def event_contract(c: Candidate, language: str | None = "tr") -> dict[str, Any]:
    r = c.resolved
    evidence = []
    for cl in c.event.claims:
        evidence.append({"field": cl.field, "value": cl.value, "quote": cl.quote, "page": cl.page,
                         "start": cl.start, "end": cl.end, "locus": cl.locus,
                         "cites": [ct.as_written for ct in cl.cites]})
    cites: list[str] = []
    for cl in c.event.claims:
        for ct in cl.cites:
            if ct.as_written not in cites:
                cites.append(ct.as_written)
    cites += [x for x in c.cites if x not in cites]
    conflicts = [{"field": k.field, "values": k.values, "evidence": k.claims} for k in r.conflicts]
    return {
        "id": c.id,
        "kind": c.kind,
        "name": r.name or None,
        "names": r.names,
        "date_start": r.date_start,
        "date_end": r.date_end,
        "date_precision": r.date_precision,
        "places": [_place_json(p, language) for p in r.places],
        "parties": r.parties,
        "forces": r.forces,
        "organizations": r.organizations,
        "figures": r.figures,
        "evidence": evidence,
        "cites": cites,
        "conflicts": conflicts,
    }


def citation_contract(c: Any) -> dict[str, Any]:
    return {"text": getattr(c, "text", ""), "authors": list(getattr(c, "authors", [])),
            "year": getattr(c, "year", None), "pages": getattr(c, "pages", None),
            "page": getattr(c, "page", None), "start": getattr(c, "start", None),
            "end": getattr(c, "end", None)}


def to_contract(result: ExtractionResult) -> dict[str, Any]:
    doc = result.document
    return {
        "document": {"path": doc.path, "language": doc.language, "pages": doc.pages,
                     "sha256": doc.sha256},
        "events": [event_contract(c, doc.language) for c in result.events],
        "citations": [citation_contract(c) for c in result.citations],
    }


__all__ = ["CONTRACT_KINDS", "KIND_PREFIX", "Candidate", "ExtractionResult", "candidates",
           "citation_contract", "event_contract", "to_contract"]
