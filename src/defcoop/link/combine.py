"""Combining candidates after a document is read: an unnamed mention that is a named event
told without its name, and one event told twice on the same day under two names."""

from __future__ import annotations

import re
from dataclasses import replace

from defcoop.detect.casefold import lower_tr
from defcoop.detect.events import has_object, words
from defcoop.kb import load_places
from defcoop.link.merge import Draft, Registry
from defcoop.model import Claim


def merge_same_day(reg: Registry) -> None:
    """Two candidates of one kind dated to the same day whose parties agree, one of them a table
    row or unnamed, are one event told twice (a table's short name and the prose's full title);
    two differently named events of one day (agreements signed at one summit) stay apart."""
    by_day: dict[tuple[str, str], Draft] = {}
    by_month: dict[tuple[str, str], Draft] = {}
    keep = []
    for d in sorted(reg.drafts, key=lambda x: x.first):
        # a day, or a range of days told alike ("12-13 Haziran 2025" in a table and the prose)
        values = d.dates()
        days = sorted({v for v in values if len(v) == 10 or (len(v) == 21 and v[10] == "/")})
        # a month, or a range of months ("Sep.–Nov. 2022" in a chronology, "between September
        # and November 2022" in the prose)
        months = sorted({v for v in values if len(v) == 7 or (len(v) == 15 and v[7] == "/")})
        years = sorted({v for v in values if len(v) == 4}) if not months else []
        target = next((by_day[(d.kind, v)] for v in days if (d.kind, v) in by_day), None)
        if target is None and not days and d.unnamed and _chronology_item(d):
            # "- December 2016: Barak-8 air defence contract signed." in a chronology after the
            # prose's contract of December 2016: one event, told by its month
            target = next((by_month[(d.kind, v)] for v in months if (d.kind, v) in by_month
                           and d.parties() <= by_month[(d.kind, v)].parties()), None)
        if target is None and not days:
            # "Haziran 2022 | ... üçlü toplantısı Bişkek'te yapıldı." in a chronology and the
            # prose's meeting of June 2022: one event, told by its month (or year)
            periods = months or years
            target = next((by_month[(d.kind, v)] for v in periods if (d.kind, v) in by_month
                           and ("table" in d.loci) != ("table" in by_month[(d.kind, v)].loci)
                           and d.unnamed and by_month[(d.kind, v)].unnamed), None)
        if target is not None and _parties_agree(target, d) and (
                "table" in target.loci or "table" in d.loci or target.unnamed or d.unnamed):
            target.absorb(d)
            if target.unnamed and not d.unnamed:
                target.unnamed = False   # the lead's "anlaşma imzalandı" and the X Anlaşması
            continue
        keep.append(d)
        for v in days:
            by_day.setdefault((d.kind, v), d)
        for v in months or years:
            by_month.setdefault((d.kind, v), d)
    kept = {id(k) for k in keep}
    reg.drafts[:] = [d for d in reg.drafts if id(d) in kept]


# An item of a chronology: a dash or bullet, a date, a colon ("- December 2016: ... signed.").
_CHRONOLOGY_ITEM = re.compile(r"[-•–—*][ \t]+[^:\n]{3,40}:[ \t]")


def _chronology_item(d: Draft) -> bool:
    return bool(d.claims) and all(c.quote is not None and _CHRONOLOGY_ITEM.match(c.quote)
                                  for c in d.claims)


def _parties_agree(a: Draft, b: Draft) -> bool:
    pa, pb = a.parties(), b.parties()
    return not pa or not pb or bool(pa & pb)


# How far (in characters) an undated mention without a name may be from a named event to be
# that event told without its name: a headline and its story's first paragraphs.
NEAR_CHARS = 1500


# How far (in characters) after an undated headline the story's lead may start: a headline, a
# deck, a byline and a date line.
LEAD_CHARS = 600


def _near(d: Draft, offset: int) -> bool:
    return any(c.start is not None and abs(c.start - offset) <= NEAR_CHARS for c in d.claims)


def _hosted(c: Claim, target: Draft) -> Claim | None:
    """The places of an undated headline that lie in a state party to ``target`` ("joint drills
    in Rawalpindi" over a story of a Turkish-Pakistani exercise), or all of them when the event
    has no parties yet. "Drills on the steppe ... that Moscow and Beijing are watching" names
    onlookers' capitals, not where the event was held."""
    parties = target.parties()
    if not parties:
        return c
    known = load_places()
    kept = [v for v in c.value if v in known and known[v].country in parties]
    if not kept:
        return None
    return c if len(kept) == len(c.value) else replace(c, value=kept)


def merge_unnamed(reg: Registry) -> None:
    """An unnamed event whose dates agree with a named event of the same kind is that event
    told without its name ("special forces begin joint drills" over a story about the
    Atatürk-XII exercise): its claims join the nearest such named event."""
    named = [d for d in reg.drafts if not d.unnamed]
    keep = []
    for u in reg.drafts:
        if not u.unnamed:
            keep.append(u)
            continue
        values = u.dates()
        if not values and u.within is not None and u.within.has("date"):
            keep.append(u)   # signed at a meeting told of: dated by it, no headline of another
            continue
        # undated: only a headline or lead over it; never an event of two other states
        cands = [n for n in named if n.kind == u.kind and all(n.date_compatible(v) for v in values)
                 and all(u.date_compatible(v) for v in n.dates())
                 and (values or _near(n, u.first)) and not _other_sides(u, n)]
        if not cands:
            keep.append(u)
            continue
        target = min(cands, key=lambda n: abs(n.first - u.first))
        lacking = {c.field for c in u.claims if not target.has(c.field)}
        for c in u.claims:
            if values:
                target.add(c)
            elif c.field in lacking:   # an undated headline fills gaps
                filled = _hosted(c, target) if c.field == "places" else c
                if filled is not None:
                    target.add(filled)
            elif c.field == "parties" and u.first <= NEAR_CHARS and set(c.value) > target.parties():
                target.add(c)   # the story's lead names every side, the event's states and more
        target.cites += [x for x in u.cites if x not in target.cites]
        target.ends += u.ends
        target.first = min(target.first, u.first)
    reg.drafts[:] = _refined_headlines(keep)


def _other_sides(u: Draft, n: Draft) -> bool:
    """Two events of two states each, neither's states all the other's ("Azerbaijani and Turkish
    special forces held joint drills" in a story of an Iranian exercise near the border)."""
    a, b = u.parties(), n.parties()
    return len(a) >= 2 and len(b) >= 2 and not a <= b and not b <= a


def _dated(d: Draft) -> bool:
    """A draft with dates of its own, or signed at a meeting that has them."""
    return bool(d.dates()) or (d.within is not None and d.within.has("date"))


def _refined_headlines(drafts: list[Draft]) -> list[Draft]:
    """An undated, unnamed headline is the dated unnamed event of its kind its story tells just
    under it ("Qatar takes delivery of ... armoured vehicles" over "received the last batch ...
    on Wednesday"), or of the kind that refines it ("X signs deal for air defense systems" over
    "signed a contract last week ... for the supply of ... batteries": the deal is the arms
    transfer; only a headline about a contract or about arms)."""
    w = words()
    out: list[Draft] = []
    gone: set[int] = set()   # headlines merged into another draft, no targets any more
    for u in drafts:
        wider = w.refine.get(u.kind)
        if not u.unnamed or _dated(u) or u.first > NEAR_CHARS:
            out.append(u)   # not a document signed at the meeting told with it: dated by it
            continue
        kinds = {u.kind}
        if wider is not None and any(has_object(wider, c.quote) or any(
                n in lower_tr(c.quote) for n in w.refine_nouns) for c in u.claims):
            kinds.add(wider)
        near = [d for d in drafts if d is not u and id(d) not in gone and d.unnamed
                and d.kind in kinds and _dated(d) and _near(d, u.first) and u.parties() <= d.parties()]
        same = [d for d in near if d.kind == u.kind]
        # the lead just under the headline, or the one document of its kind the story tells
        # signed at a meeting ("ministers sign ... plan" over "At the end of the meeting, the
        # ministers signed the Plan ...")
        near = [d for d in near if d.kind != u.kind or 0 <= d.first - u.first <= LEAD_CHARS
                or (len(same) == 1 and d.first > u.first and not d.dates())]
        target = min(near, key=lambda d: abs(d.first - u.first), default=None)
        if target is None:
            out.append(u)
            continue
        target.absorb(u)
        gone.add(id(u))
    return out


def merge_headline(reg: Registry, end: int) -> None:
    """An undated, unnamed event told only in a story's headline (the text before ``end``:
    "... Ukrayna'ya korvet teslim edildi, ...") is the one dated event of its kind and states the
    story tells, however far down ("... korvet 16 Ekim'de ... teslim edildi"): not a second event
    on the story's day."""
    keep = []
    for d in reg.drafts:
        # "IDEX 2025: UAE and Turkish firms launch defence joint venture": a year alone (the
        # fair's) does not date the headline's event apart from the one the story dates
        years = [v for v in d.dates() if len(v) == 4]
        if (d.unnamed and len(years) == len(d.dates()) <= 1 and d.claims and "table" not in d.loci
                and all(c.start is not None and c.start < end for c in d.claims)):
            kin = [x for x in reg.drafts if x is not d and x.unnamed and x.kind == d.kind
                   and x.has("date") and (not years or any(v[:4] == years[0] for v in x.dates()))]
            told = [x for x in kin if d.parties() & x.parties() or not d.parties()]
            passing = not told and len(kin) == 1
            if passing:
                told = kin   # the story's one event of the kind, whatever states the deck names
            if len(told) == 1:
                sides = told[0].parties()
                if passing or len(sides) >= 2:
                    # "Leaders sign joint declaration; PM thanks Ankara and Baku for support
                    # during India standoff": a state the deck names in passing is no side of
                    # the event the story tells with its own
                    d.claims = [c for c in d.claims if c.field != "parties"
                                or bool(sides) and set(c.value) <= sides]
                told[0].absorb(d)
                continue
        keep.append(d)
    reg.drafts[:] = keep
