"""Reading a document's sentences in order and assigning what they say to candidate events.

Sentences under a lead-in "Name (date):" or under a heading that names one event belong to
that event until the next heading; elsewhere a sentence belongs to the events it names, or —
through an anaphoric mention ("bu tatbikat", "the exercise") — to the last event of the same
kind. A sentence that mentions an event of a kind with a date, a state or organization, and a
defense context starts a new unnamed candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from defcoop.detect import lexicon
from defcoop.detect.dates import DateMention
from defcoop.detect.events import EventMention, observer_spans, visited, words
from defcoop.detect.casefold import lower_tr
from defcoop.detect.memo import Bounded
from defcoop.detect.places import pair_between
from defcoop.detect.spans import Span, alternation
from defcoop.link.merge import MAX_RANGE_DAYS, Draft, days_apart, value_key
from defcoop.model import Cite, Claim

# Organizations whose state is a party to what they do (not media or international bodies).
PARTY_TYPES = ("military", "ministry", "company", "institution")

# Kinds reported once done (signed, delivered, met): a date still to come is not theirs.
DONE_KINDS = ("agreement", "declaration", "arms_transfer", "meeting")

# Kinds whose forces, figures and non-specific places describe the event itself.
FIELD_KINDS = ("exercise", "deployment", "conflict", "other")

# Kinds that have forces: the branches that trained or were sent. A war's forces are those of
# both sides and every arm ("Armenian air defence systems"), and the ships of a search and
# rescue are only its means: they are not coded.
FORCE_KINDS = ("exercise", "deployment")

# A declaration is signed like an agreement: the signing verbs of one are the other's.
SIGNED_LIKE = {"declaration": "agreement"}


@dataclass(init=False)
class SentenceFacts:
    """A sentence with what it says. ``start``/``end`` are offsets into the document; the
    offsets of its dates, places, actors, forces, figures and mentions are relative to
    ``start`` (a sentence's analysis is shared by every copy of the sentence)."""

    start: int
    end: int
    text: str
    page: int
    heading: bool
    paragraph: int = 0
    dates: Sequence[DateMention] = ()
    places: Sequence[Span] = ()
    actors: Sequence[Span] = ()
    forces: Sequence[Span] = ()
    figures: Sequence[Span] = ()
    named: Sequence[EventMention] = ()
    lead: EventMention | None = None
    common: Sequence[EventMention] = ()
    cites: Sequence[Cite] = ()
    filed: Sequence[DateMention] = ()           # dates of a news dateline
    pair: Sequence[str] = ()                    # the states "the two countries" are
    others: Sequence[int] = ()                  # where "the next exercise" is spoken of
    future: bool = False                        # tells of what is still to come
    filed_places: Sequence[Span] = ()           # the city of a news dateline
    later: Sequence[int] = ()                   # starts of its dates after the story's own
    ahead: bool = False                         # all its dates after a dateline's date
    key: Any = None                             # its analysis's memo key (None: not memoized)
    own_dates: Sequence[DateMention] = ()       # the dates of that analysis

    def __init__(self, start: int, end: int, text: str, page: int, heading: bool,
                 paragraph: int = 0) -> None:
        # written out (not generated) so that the compiled build makes sentences fast
        self.start, self.end, self.text, self.page = start, end, text, page
        self.heading, self.paragraph = heading, paragraph
        self.dates = self.places = self.actors = self.forces = self.figures = ()
        self.named = self.common = self.filed = self.filed_places = self.own_dates = ()
        self.lead = None
        self.cites = ()
        self.pair = ()
        self.others = self.later = ()
        self.future = self.ahead = False
        self.key = None


def _quote_uncached(text: str) -> str:
    return " ".join(text.split())


_QUOTE_MEMO: Final[Bounded[str, str]] = Bounded()


def _quote(text: str) -> str:
    """Memoized by its text (see ``_quote_uncached``)."""
    return _QUOTE_MEMO.cached(text, _quote_uncached)


def date_value(dm: DateMention) -> str | None:
    if dm.role == "range" and dm.start and dm.end:
        return f"{dm.start}/{dm.end}"
    if dm.role == "until":
        return None
    return dm.start


def claim(s: SentenceFacts, fieldname: str, value: object, locus: str = "prose") -> Claim:
    return Claim(field=fieldname, value=value, quote=_quote(s.text), page=s.page, source="",
                 locus=locus, cites=list(s.cites) if s.cites else [], start=s.start, end=s.end)


def _inside(span_start: int, span_end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= span_start and span_end <= b for a, b in ranges)


def _outside_names(text: str, start: int, end: int, names: list[tuple[int, int]]) -> str:
    """``text[start:end]`` without the names in it ("Ankara'da "Askeri, Güvenlik ve ... Mutabakat
    Zaptı" imzalandı": the comma is the title's, not a clause's)."""
    out, pos = [], start
    for a, b in sorted(names):
        if b <= pos or a >= end:
            continue
        out.append(text[pos:max(pos, a)])
        pos = max(pos, b)
    out.append(text[pos:end])
    return "".join(out)


# A date written as a noun's modifier ("the August 2024 arrangement", "its 2023 contract"): it
# dates the thing named, not the event the sentence tells.
_DETERMINER_BEFORE = re.compile(r"(?<!\w)(?:the|its|their|this|that)[ \t]+$", re.I)
_NOUN_AFTER = re.compile(r"[ \t]+[a-z][a-z-]+\b(?<!\bto)(?<!\band)(?<!\bor)")


def attributive(text: str, begin: int, stop: int) -> bool:
    """Whether the date at ``begin``-``stop`` of ``text`` qualifies the noun after it."""
    return (_DETERMINER_BEFORE.search(text, max(0, begin - 8), begin) is not None
            and _NOUN_AFTER.match(text, stop) is not None)


def best_date(s: SentenceFacts, anchor: int, exclude: list[tuple[int, int]],
              kind: str = "exercise") -> DateMention | None:
    """The date of a sentence for a mention at offset ``anchor`` of an event of ``kind``:
    non-weak first, nearest."""
    options = [d for d in s.dates if not _inside(d.begin, d.stop, exclude) and d.role != "since"]
    if not options:
        return None
    strong = [d for d in options if not d.weak]
    pool = strong or options
    own = [d for d in pool if not attributive(s.text, d.begin, d.stop)]
    pool = own or pool   # not "the August 2024 arrangement" beside "held on 14 March 2024"
    best = min(pool, key=lambda d: (abs(d.begin - anchor), d.begin))
    if best.role == "point" and best.precision == "day" and best.start and kind not in DONE_KINDS:
        # "16-20 Mart tarihleri arasında ... bugün gerçekleştirilen atışlı safhayla sona erdi":
        # the range the day lies in dates the event, the day only a phase of it (a meeting or
        # a signing on a day of a fair's days is that day's)
        around = [d for d in pool if d.role == "range" and d.start and d.end
                  and d.start <= best.start <= d.end]
        if around:
            return around[0]
    return best


def add_facts(d: Draft, s: SentenceFacts, *, mentioned: bool, anchor: int,
              name_spans: list[tuple[int, int]], signing: bool, context: bool = False) -> None:
    """Claims of ``s`` for draft ``d``: date, places and forces when the sentence mentions the
    event (``mentioned``), parties, organizations and figures from any sentence about it."""
    plan = _plan(d.kind, s, mentioned, anchor, name_spans, signing, context)
    if plan is None:   # a date "until ...": it depends on the dates the event has already
        plan = _keyed(_facts_for(d.kind, s, mentioned, anchor, name_spans, signing, context, d)
                      or [])
    seen = d.seen
    for fieldname, value, vkey in plan:
        key = (fieldname, vkey, s.start, s.end)
        if key in seen:
            continue   # the draft has this claim already: no claim is made for nothing
        d.add_keyed(claim(s, fieldname, list(value) if isinstance(value, list)
                          else dict(value) if isinstance(value, dict) else value), key)


Plan = list[tuple[str, object, object]]


def _keyed(facts: list[tuple[str, object]]) -> Plan:
    """(field, value) claims with the key of each value (``value_key``), made once per plan."""
    return [(f, v, value_key(v)) for f, v in facts]


# What a sentence gives an event of a kind, memoized: a corpus repeats its sentences.
_PLANS: Final[dict[object, Plan | None]] = {}
PLANS_SIZE: Final = 5_000


def _plan(kind: str, s: SentenceFacts, mentioned: bool, anchor: int,
          name_spans: list[tuple[int, int]], signing: bool,
          context: bool) -> Plan | None:
    if s.key is None:
        facts = _facts_for(kind, s, mentioned, anchor, name_spans, signing, context, None)
        return _keyed(facts) if facts is not None else None
    dates: object = "own" if s.dates is s.own_dates else tuple(
        (x.start, x.end, x.precision, x.role, x.begin, x.stop, x.weak) for x in s.dates)
    key = (s.key, kind, mentioned, anchor, tuple(name_spans), signing, context, dates,
           tuple(s.later), tuple(s.pair))
    if key in _PLANS:
        return _PLANS[key]
    facts = _facts_for(kind, s, mentioned, anchor, name_spans, signing, context, None)
    plan = _keyed(facts) if facts is not None else None
    if len(_PLANS) >= PLANS_SIZE:
        _PLANS.clear()
    _PLANS[key] = plan
    return plan


def _facts_for(kind: str, s: SentenceFacts, mentioned: bool, anchor: int,
               name_spans: list[tuple[int, int]], signing: bool, context: bool,
               d: Draft | None) -> list[tuple[str, object]] | None:
    """The (field, value) claims ``s`` gives an event of ``kind``; None when that depends on
    the event's dates (``d`` None), which only a date "until ..." does."""
    out: list[tuple[str, object]] = []
    if mentioned:
        dm = best_date(s, anchor, name_spans, kind)
        if dm is not None and dm.begin in s.later and kind in DONE_KINDS:
            dm = None   # "Deliveries are scheduled for 2022": not when the contract was signed
        if dm is not None:
            if dm.role == "until" and dm.end:
                if d is None:
                    return None
                starts = [str(c.value).split("/")[0] for c in d.claims if c.field == "date"]
                # "began on Monday ... will last until 16 September"
                value: str | None = d.join_days(starts[0], dm.end) if starts else None
                if value is None:
                    value = dm.end[:7] if dm.precision != "year" else None  # under way that month
                    if dm.precision == "day":
                        d.ends.append(dm.end)   # its first day may come with another mention
            elif kind in RANGE_KINDS and (told := _told_range(s, dm) or _began_until(s, dm)):
                value = told   # "12 Mayıs'ta başlayan ve 19 Mayıs'ta sona eren tatbikat"
            elif dm.qualifier == "start" and dm.precision == "day" and dm.role == "point":
                if d is None:
                    return None
                value = _started(d, dm.start)
            else:
                value = date_value(dm)
            if value:
                out.append(("date", value))
    hosts: list[str] = []
    if mentioned and not (s.ahead and kind in DONE_KINDS):
        # not "Sözleşme kapsamında geminin 2027 yılında ... teslim edilmesi, ... Türkiye'de
        # gerçekleştirilmesi planlanıyor": where what is still to come will be
        found, hosts = _places_of(kind, s, name_spans, signing, context)
        if found:
            out.append(("places", _unique(found)))
    states = [a.value for a in s.actors if a.kind == "party"]
    states += [v for v in s.pair if v not in states]
    if kind in FIELD_KINDS or kind == "meeting":
        states += [h for h in hosts if h not in states]
    states += [c for c in body_states(s) if c not in states]
    if kind == "arms_transfer":   # "received Turkish-made armoured vehicles": the maker supplied them
        states += [a.value for a in s.actors if a.kind == "maker" and a.value not in states]
    if kind == "meeting":   # "Minister X received a delegation led by ...": who meets is a party
        states += [c for c in _person_states(s) if c not in states]
    if states and (watching := observer_spans(s.text)):
        # "Tatbikatı Türkiye'den bir heyet gözlemci olarak izlemiştir": onlookers, no party
        # (a state named, or the state of its army or ministry named)
        inside: set[str] = set()
        outside: set[str] = set()
        for a in s.actors:
            state = a.value if a.kind == "party" else _body_state(a)
            if state:
                (inside if any(x <= a.start < y for x, y in watching) else outside).add(str(state))
        states = [v for v in states if v not in inside - outside]
    if (len(set(states)) > MANY_STATES and kind in ("agreement", "declaration")
            and not any(m.verb and m.kind in _verb_kinds(kind) for m in s.common)):
        # "Çalışmada, X Beyannamesi ile güçlenen müttefikliğin ... Pakistan, Gürcistan,
        # Özbekistan ve İsrail ile geliştirdiği ortaklıklar": a document named among many
        # states, not signed by them
        states = []
    if states:
        out.append(("parties", _unique(states)))
    orgs = [a.value for a in s.actors if a.kind == "organization"]
    if orgs:
        out.append(("organizations", _unique(orgs)))
    if (kind in FORCE_KINDS or kind == "arms_transfer") and mentioned:
        # not "the unity of our armies" in someone's words
        forces = [f.value for f in s.forces if not _inside(f.start, f.end, name_spans)
                  and not in_speech(s.text, f.start, f.end)]
        if forces:
            out.append(("forces", _unique(forces)))
    if kind in ("exercise", "deployment", "arms_transfer", "conflict", "other"):
        figs: dict[str, int] = {}
        for f in s.figures:
            k, v = f.value
            figs.setdefault(k, v)
        if figs:
            out.append(("figures", figs))
    return out


# Characters from a place to the verb of signing after it, in one clause ("Kasım 2024'te
# Ankara'da savunma sanayii işbirliğine ilişkin bir mutabakat muhtırası imzalanmış").
SIGNED_AT_GAP = 140


# Characters from a place to the verb of a delivery after it ("Gence'deki askeri birlikte
# düzenlenen törenle Azerbaycan Kara Kuvvetlerine teslim edilmişti").
DELIVERED_AT_GAP = 80


# Kinds that last from a first to a last day told in one sentence (not a signing, a clash or a
# ceasefire that "began ... ended").
RANGE_KINDS = ("exercise", "deployment", "meeting", "other")


def _told_range(s: SentenceFacts, dm: DateMention) -> str | None:
    """The range a sentence tells by its first and its last day apart ("began on 12 May and
    ended on 19 May", "12 Mayıs'ta başlayan ve 19 Mayıs'ta sona eren"), when ``dm`` is one of
    them and they are at most ``MAX_RANGE_DAYS`` apart."""
    if dm.precision != "day" or dm.role != "point":
        return None
    if dm.qualifier is None and dm.start and _ended_rx().search(s.text):
        # "15 Eylül'de başlayan ... tatbikatı, bugün düzenlenen seçkin gözlemci günüyle sona
        # erdi": the day told after the first is the last
        began = next((x for x in s.dates if x.qualifier == "start" and x.begin < dm.begin
                      and x.precision == "day" and x.role == "point" and x.start
                      and not x.weak), None)
        return _range_of(began.start, dm.start) if began is not None and began.start else None
    if dm.qualifier not in ("start", "end"):
        return None
    want = "end" if dm.qualifier == "start" else "start"
    other = next((x for x in s.dates if x.qualifier == want and x.precision == "day"
                  and x.role == "point" and x.start and not x.weak), None)
    if other is None and want == "end" and _ended_rx().search(s.text):
        other = next((x for x in s.dates if x.begin > dm.begin and x.precision == "day"
                      and x.role == "point" and x.start and not x.weak and x.qualifier is None),
                     None)   # ... and so is it when the first day is the one chosen
    if other is None or not dm.start or other.start is None:
        return None
    first, last = (dm.start, other.start) if want == "end" else (other.start, dm.start)
    return _range_of(first, last)


@lru_cache(maxsize=1)
def _ended_rx() -> re.Pattern[str]:
    """Words of ending in a sentence that told its first day (``ended_words`` in
    ``lexicon/dates.yaml``: "sona erdi", "ended")."""
    found = lexicon.strings(lexicon.load("dates").get("ended_words"),
                            lexicon.lexicon_path("dates"), "ended_words")
    return re.compile(rf"(?<!\w)(?:{alternation(found)})" if found else r"(?!x)x", re.I)

# Words of beginning just before a day ("which began on Monday", "başlayan"), for a first day
# written as a weekday, which carries no qualifier of its own.
_BEGAN = re.compile(r"(?:began|begun|started|commenced|kicked off|opened|launched|başla\w*)\s+(?:on\s+)?$", re.I)
_BEGAN_AFTER = re.compile(r"^\s*(?:'?(?:de|da|te|ta)\s+)?(?:,\s*)?(?:began|started|launched|commenced|kicked off|başla)", re.I)


def _began_until(s: SentenceFacts, dm: DateMention) -> str | None:
    """"which began on Monday and runs until May 16": a first day and a last day "until" in
    one sentence."""
    if dm.precision != "day" or dm.role != "point" or not dm.start or not (
            dm.qualifier == "start" or _BEGAN.search(s.text[max(0, dm.begin - 24):dm.begin])
            or _BEGAN_AFTER.match(s.text[dm.stop:dm.stop + 24])):
        return None   # "met on 12 May and agreed to extend ... until 20 June" is no range
    until = next((x for x in s.dates if x.role == "until" and x.end and len(x.end) == 10
                  and x.begin > dm.begin), None)
    return _range_of(dm.start, until.end) if until is not None and until.end else None


def _range_of(first: str, last: str) -> str | None:
    span = days_apart(first, last)
    return f"{first}/{last}" if span is not None and 0 < span <= MAX_RANGE_DAYS else None


def _started(d: Draft, first: str | None) -> str | None:
    """The first day of an event ("which commenced on 20 October") and the last day of it that
    the draft already has (its closing ceremony "today") make one range (``Draft.join_days``)."""
    if first is None:
        return None
    return d.join_range(first, first=True) or first


def body_states(s: SentenceFacts) -> list[str]:
    """The states of the military, ministry, company and institution bodies ``s`` names, in
    order: their state is a party to what they do; memoized by the sentence's analysis."""
    hit = _BODY_STATES.get(s.key) if s.key is not None else None
    if hit is None:
        out: list[str] = []
        for a in s.actors:
            c = _body_state(a)
            if c and c not in out:
                out.append(c)
        hit = tuple(out)
        if s.key is not None:
            _BODY_STATES.put(s.key, hit)
    return list(hit)


def _body_state(a: Any) -> str | None:
    """The state of a military, ministry, company or institution body ``a``, or None."""
    c = a.extra.get("country")
    return str(c) if a.kind == "organization" and a.extra.get("type") in PARTY_TYPES and c else None


_BODY_STATES: Final[Bounded[object, tuple[str, ...]]] = Bounded()


# Verbs of a visitor calling on a host: the host city's state is the other side.
CALL_WORDS = ("called on", "calls on", "call on", "courtesy call", "makamında kabul")


def _person_states(s: SentenceFacts) -> list[str]:
    """The states of the officials ``s`` names (ministers, commanders of the actor list)."""
    return [str(a.extra["country"]) for a in s.actors
            if a.kind == "organization" and a.extra.get("type") == "person" and a.extra.get("country")]


def _places_of(kind: str, s: SentenceFacts, name_spans: list[tuple[int, int]], signing: bool,
               context: bool = False) -> tuple[list[str], list[str]]:
    """The event's places in ``s``, and the countries of its specific places."""
    found: list[str] = []
    hosts: list[str] = []
    if not s.places:
        return found, hosts
    kinds = _verb_kinds(kind)
    verbs = [m for m in s.common if m.verb and m.kind in kinds]
    event_like = kind in FIELD_KINDS
    capitals = _capital_pairs(s)
    for p in s.places:
        if p.extra.get("origin") or p.extra.get("qualifies"):
            continue  # "Gölcük Deniz Üssü'nden hareket eden gemiler": where they left from
        if any(o < p.start for o in s.others):
            continue  # the clause about another event ("the next one will be held in ...")
        if p.start in capitals:
            continue  # "a thaw between Ankara and Cairo": the two governments, not places
        if kind == "arms_transfer" and _next_clause(s, p, kinds):
            continue   # "İlk parti teslim edildi, Lefkoşa'da ... şirketi açıldı": the next clause's
        in_name = _inside(p.start, p.end, name_spans)
        if in_name:
            if p.extra.get("specific") and kind in ("agreement", "declaration", "meeting"):
                found.append(p.value)
            continue
        if event_like:
            if _nearer_other(s, p, kinds):
                continue   # "başkent Tunus'taki liman ziyaretinin ardından ... Akdeniz'de geçiş
                # eğitimi icra etti": each place is that of the event named next to it
            if p.extra.get("specific") or p.extra.get("locative"):
                found.append(p.value)
                if p.extra.get("specific") and p.extra.get("country"):
                    hosts.append(str(p.extra["country"]))
        elif kind == "meeting" and p.extra.get("specific") and _visited(s, p):
            found.append(p.value)   # "Ankara'yı ziyaret ederek", "visited Ankara"
            if p.extra.get("country"):
                hosts.append(str(p.extra["country"]))   # the host of a visit meets
        elif kind in ("meeting", "arms_transfer") and p.extra.get("specific") and p.extra.get(
                "locative") and (
                any(m.kind == kind and (abs(m.start - p.start) <= 60 if kind == "meeting"
                                        else 0 <= p.start - m.start <= 60
                                        or (m.verb and 0 <= m.start - p.end <= DELIVERED_AT_GAP))
                    for m in s.common)
                or (kind == "meeting" and s.common and not s.named
                    and all(m.kind == "meeting" or m.verb for m in s.common)
                    and any(m.kind == "meeting" for m in s.common))
                or (kind == "arms_transfer" and s.common and not s.named
                    and all(m.kind == kind for m in s.common)
                    and p is next(x for x in s.places if x.extra.get("specific")))
                or (kind == "meeting" and _held_at(s, p))):
            # "the summit ... was held in Baku", "toplantısı ... Doha'da"; anywhere in a sentence
            # that tells of nothing but the meeting ("22 Eylül'de Trablus'ta ... ile görüştü"),
            # or of nothing but the handover, at its first specific place ("The handover
            # ceremony took place yesterday at ... facilities in Kahramankazan, near Ankara")
            found.append(p.value)
            named_here = set(body_states(s)) | set(_person_states(s)) | {
                a.value for a in s.actors if a.kind == "party"}
            if (kind == "meeting" and p.extra.get("country") and len(named_here) < 2 and (
                    any(m.verb and m.kind == "meeting" and lower_tr(m.text).startswith(CALL_WORDS)
                        for m in s.common)
                    or (len(named_here) == 1 and p.extra.get("kind") == "city"
                        and p.extra["country"] not in named_here
                        and not any(a.extra.get("type") == "international_org"
                                    for a in s.actors)))):   # not "met NATO's chief in Brussels"
                # a visitor "called on ... in Islamabad"; "X held talks in Rabat with Turkish
                # Deputy Minister Y": the city's state is the other side
                hosts.append(str(p.extra["country"]))
        elif p.extra.get("kind") in ("base", "site") and p.extra.get("locative"):
            found.append(p.value)   # "Teslim töreni X Hava Üssü'nde düzenlendi"
        elif p.extra.get("specific") and p.extra.get("locative") and _opening_place(s, p):
            found.append(p.value)   # "Aynı gün Bükreş'te, ... sözleşme ... imzalandı"
        elif signing and p.extra.get("locative") and (context or any(
                0 <= v.start - p.end < 60 or 0 <= p.start - v.end < 100
                or 0 <= v.start - p.end < SIGNED_AT_GAP and p.extra.get("specific") and not any(
                    ch in _outside_names(s.text, p.end, v.start, name_spans) for ch in ",;")
                for v in verbs)):
            found.append(p.value)
    return found, hosts


# How close (characters) an event noun must be to a place to claim it from the others.
NEXT_TO_PLACE = 25


# More states than this named with a document but no verb of signing are not its parties.
MANY_STATES = 3


def _next_clause(s: SentenceFacts, p: Span, kinds: frozenset[str]) -> bool:
    """A place in the clause after a Turkish finite verb of the event and a comma ("teslim
    edildi, Lefkoşa'da ..."), with no mention of the event after it: another clause's place."""
    own = [m for m in s.common if m.kind in kinds]
    before = [m for m in own if m.end <= p.start]
    return (bool(before) and not any(m.start >= p.end for m in own) and before[-1].verb
            and lower_tr(before[-1].text).endswith(("di", "dı", "du", "dü", "ti", "tı", "tu", "tü"))
            and "," in s.text[before[-1].end:p.start])


# Quotation marks that open and close a quotation.
_OPEN_QUOTES: Final = "\"“«"
_CLOSE_QUOTES: Final = "\"”»"


def in_speech(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quotation of several more words than itself
    (someone's words, not a quoted name: '"X-2025" tatbikatı')."""
    if '"' not in text and "“" not in text and "«" not in text:
        return False
    opened = max(text.rfind(q, 0, start) for q in _OPEN_QUOTES)
    if opened < 0 or any(text.count(q, opened + 1, start) for q in "”»"):
        return False
    if text[opened] == '"' and text.count('"', 0, opened) % 2:
        return False   # that mark closed an earlier quotation
    closed = min((i for i in (text.find(q, end) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    if closed < 0:
        return False
    return len((text[opened + 1:start] + text[end:closed]).split()) >= SPEECH_WORDS


# Words besides a name that make a quotation someone's words.
SPEECH_WORDS: Final = 5


def _nearer_other(s: SentenceFacts, p: Span, kinds: frozenset[str]) -> bool:
    """A place right next to the noun of an event of another kind, when no mention of the
    event's own kinds is as near: the other event's place."""
    # not a venue's noun ("at the Krtsanisi National Training Centre outside Tbilisi")
    nouns = [m for m in s.common if not m.verb and not m.other and m.kind != "institution"]
    if len({m.kind for m in nouns}) < 2:
        return False

    def gap(m: EventMention) -> int:
        return int(m.start - p.end if m.start >= p.end else p.start - m.end)
    near = min(nouns, key=gap)
    if near.kind in kinds or gap(near) > NEXT_TO_PLACE:
        return False
    own = [gap(m) for m in s.common if m.kind in kinds]
    return not own or min(own) > gap(near)


# How far into a sentence a place may open it, before its main clause.
OPENING_PLACE = 40


def _opening_place(s: SentenceFacts, p: Span) -> bool:
    """A place in the phrase that opens the sentence, before a comma and before any event word
    ("Aynı gün Bükreş'te, ... sözleşme ... imzalandı"): where all it tells took place."""
    return (p.start <= OPENING_PLACE and s.text[p.end:p.end + 1] == ","
            and not any(m.start < p.end for m in s.common)
            and not any(a.start < p.start for a in s.actors))


# Characters between a verb ("was held", "took place") and the place it is held at.
HELD_AT_GAP = 12


def _held_at(s: SentenceFacts, p: Span) -> bool:
    """"The first meeting of the joint working group ... was held in Amman": a place just after a
    verb, in a sentence whose only event nouns are meetings and bodies (no exercise or transfer
    whose verb it could be)."""
    nouns = [m for m in s.common if not m.verb]
    return (any(m.kind == "meeting" and m.start < p.start for m in nouns)
            and not any(m.kind in FIELD_KINDS for m in nouns)
            and any(m.verb and 0 <= p.start - m.end <= HELD_AT_GAP for m in s.common))


def _capital_pairs(s: SentenceFacts) -> set[int]:
    """Starts of two cities of different states named as a pair between which something
    stands ("between Ankara and Cairo", "Ankara ile Kahire arasında"): they stand for the
    states."""
    out: set[int] = set()
    cities = [p for p in s.places if p.extra.get("kind") == "city" and p.extra.get("country")]
    for a, b in zip(cities, cities[1:]):
        if a.extra["country"] == b.extra["country"]:
            continue
        if pair_between(s.text, a.start, a.end, b.start, b.end):
            out.update((a.start, b.start))
    return out


def _visited(s: SentenceFacts, p: Span) -> bool:
    return visited(s.text, p.start, p.end, str(p.extra.get("suffix", "")))


@lru_cache(maxsize=64)
def _verb_kinds(kind: str) -> frozenset[str]:
    """The kinds whose verbs report an event of ``kind`` ("signed" for a contract that is an
    arms transfer, for a declaration)."""
    kinds = {kind} | {k for k, v in words().refine.items() if v == kind}
    if kind in SIGNED_LIKE:
        kinds.add(SIGNED_LIKE[kind])
    return frozenset(kinds)


def _unique(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out
