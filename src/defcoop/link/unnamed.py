"""Linking a sentence that names no event to the event it tells of: the last event of a kind it
refers back to ("the exercise", "Tatbikata"), or a new unnamed event when the sentence reports one
with a date, a state and a defense context; the kinds its nouns and verbs give, refined by what
the sentence moves ("a contract for four corvettes" is an arms transfer)."""

from __future__ import annotations

import re
from functools import lru_cache

from typing import Final

from defcoop.detect import events as ev
from defcoop.link.assign import (FIELD_KINDS, SIGNED_LIKE, SentenceFacts, attributive,
                                 body_states, date_value)
from defcoop.detect.casefold import lower_tr
from defcoop.detect.memo import Bounded
from defcoop.detect.relative import speaks_of_future
from defcoop.link.merge import Draft, Registry

Target = tuple[Draft, bool, int, list[tuple[int, int]]]

# Kinds of diplomacy between states: in a document about defense they need no defense word of
# their own sentence.
DIPLOMATIC: Final = ("meeting", "declaration", "agreement")

# Kinds whose verb with what it moves or who fights ("tedarik etti" and a howitzer, "exchanged
# fire" and troops) tells of a defense event without a defense word.
ARMED_KINDS: Final = ("conflict", "arms_transfer", "deployment")

# Kinds whose event a sentence goes on with by its verb alone, without a date ("The vehicles
# were handed over at a ceremony in Lagos" after their delivery).
TOLD_ON: Final = ("exercise", "deployment", "arms_transfer", "conflict", "other")


def _refine(kind: str, s: SentenceFacts, noun: str = "",
            recent: dict[str, Draft] | None = None, at: int | None = None) -> str:
    """An agreement to buy or deliver arms, or a commercial contract for arms, is an arms
    transfer; so is the contract of a delivery just told ("Teslim edilen platformlar, Temmuz
    2023'te ... imzalanan ... anlaşma kapsamında üretildi"). Not an agreement of cooperation
    (the noun at ``at`` qualified so: "the defence industry cooperation agreement that X and Y
    signed" beside a delivery told in the same sentence)."""
    w = ev.words()
    target = w.refine.get(kind)
    if target and at is not None and any(not x.weak for x in s.dates) and _kept_rx().search(
            lower_tr(s.text[max(0, at - KEPT_CHARS):at])):
        return kind   # dated as a document of its own
    contract = any(noun.lower().startswith(x) for x in w.refine_nouns)
    told = (contract and recent is not None and target in recent
            and any(m.kind == target for m in s.common))
    if target and (ev.has_object(target, s.text) or told or _names_system(s)) and (
            any(m.kind == target for m in s.common)
            or any(noun.lower().startswith(x) for x in w.refine_nouns)):
        return target
    return kind


# Words just before an agreement's noun that make it one of cooperation, not a sale
# (``refine_kept_before``), and how far before the noun they are looked for.
@lru_cache(maxsize=1)
def _kept_rx() -> re.Pattern[str]:
    from defcoop.detect import lexicon
    words = lexicon.strings(lexicon.load("events").get("refine_kept_before"),
                            lexicon.lexicon_path("events"), "refine_kept_before")
    alt = "|".join(re.escape(lower_tr(x)) for x in words) or "(?!x)x"
    return re.compile(rf"(?:{alt})[\w-]*[ \t]*$")


KEPT_CHARS: Final = 14


# An indefinite article right before a noun ("signed a memorandum"): a thing not told before.
_INDEFINITE = re.compile(r"(?<!\w)(?:a|an)[ \t]+$", re.I)


def _names_system(s: SentenceFacts) -> bool:
    """The sentence names a weapon system ("the Barak-8 air defence contract")."""
    return any(a.kind == "maker" and a.extra.get("type") == "product" for a in s.actors)


def _referred(m: ev.EventMention, recent: dict[str, Draft]) -> Draft | None:
    """The event a mention refers back to: the last of its kind, or — "the contract" of an arms
    transfer told before — of the kind it is refined to."""
    d = recent.get(m.kind)
    wider = ev.words().refine.get(m.kind)
    if d is None and m.anaphoric and wider is not None:
        d = recent.get(wider)
    return d


def named_states(s: SentenceFacts) -> frozenset[str]:
    """The states a sentence names, with those of the cities, bases and sites it names ("kara
    unsurlarını Doha'ya intikal ettirerek"); memoized by the sentence's analysis."""
    hit = _NAMED.get(s.key) if s.key is not None else None
    if hit is None:
        hit = frozenset(_states(s) | {str(p.extra["country"]) for p in s.places
                                      if p.extra.get("specific") and p.extra.get("country")})
        if s.key is not None:
            _NAMED.put(s.key, hit)
    return hit


_NAMED: Final[Bounded[object, frozenset[str]]] = Bounded()


def makers(s: SentenceFacts) -> frozenset[str]:
    """The states a sentence names as the makers of weapons ("Turkish-made vehicles")."""
    return frozenset(a.value for a in s.actors if a.kind == "maker")


def _clause(text: str, at: int) -> str:
    """The clause of ``text`` around offset ``at``, between commas and semicolons ("... TB2
    SİHA'yı teslim almış, bu sistemler ... orman yangınlarıyla mücadelede kullanılmaya
    başlanmıştı": the delivery's clause has no civilian word)."""
    a = max(text.rfind(",", 0, at), text.rfind(";", 0, at)) + 1
    ends = [i for i in (text.find(",", at), text.find(";", at)) if i >= 0]
    return text[a:min(ends) if ends else len(text)]


def _latest(reg: Registry) -> dict[str, Draft]:
    """The last event of each kind the document has told of, however far back: "the contract"
    paragraphs after the story's delivery still refers to the delivery's states."""
    out: dict[str, Draft] = {}
    for d in reg.drafts:
        out[d.kind] = d
    return out


def _latest_of(reg: Registry, kind: str, states: frozenset[str]) -> Draft | None:
    """The last event of ``kind`` the document has told of whose parties include ``states``;
    the last of the kind when none does or the sentence names no state."""
    last: Draft | None = None
    for d in reversed(reg.drafts):
        if d.kind != kind:
            continue
        if not states or states <= d.parties():
            return d
        last = last or d
    return last


def _far_report(s: SentenceFacts, reg: Registry, nouns: list[ev.EventMention],
                verbs: list[ev.EventMention], value: str | None) -> tuple[str, int] | None:
    """The kind and anchor of an event that a sentence reports with a noun referring back, a
    verb of the noun's kind and a date of its own, when the event referred to was told of too
    far back to be "recent" and has another date ("It was noted that the contract on the supply
    of the aircraft was signed in September 2024", paragraphs after the story's delivery): the
    contract is an event of its own, between the states of the one it is for. None otherwise."""
    if not value or not any(m.anaphoric for m in nouns) or ev.is_civilian(s.text):
        return None
    w = ev.words()
    latest: dict[str, Draft] | None = None
    for m in nouns:
        if (not m.anaphoric or m.kind not in w.refine
                or not any(v.kind in (m.kind, SIGNED_LIKE.get(m.kind)) for v in verbs)):
            continue   # only a document signed ("the contract ... was signed"), not "the exercise"
        if latest is None:
            latest = _latest(reg)
        d = _referred(m, latest)
        if d is None or not d.has("parties") or not d.has("date") or d.date_compatible(value):
            continue
        if not s.actors and not s.pair:
            s.pair = sorted(d.parties())
        kind = d.kind if d.kind == w.refine.get(m.kind) else _refine(m.kind, s, _noun_text(m))
        return kind, m.start
    return None


def _noun_text(m: ev.EventMention) -> str:
    """A mention's words with Turkish dotted and dotless capitals lowered the Turkish way."""
    return m.text.replace("I", "ı").replace("İ", "i")


def unnamed(s: SentenceFacts, reg: Registry, recent: dict[str, Draft],
             spans: list[tuple[int, int]],
             defense_doc: bool = False) -> list[tuple[Draft, bool, int, list[tuple[int, int]]]]:
    if not s.common and not s.forces and not s.figures:
        return []   # no event word, nothing taking part: nothing to tell of
    w = ev.words()
    nouns = [m for m in s.common if not m.verb]
    verbs = [m for m in s.common if m.verb]
    # a visit or a declaration of states needs no defense word of its own in a document about
    # defense ("Egyptian President ... visited Ankara on Sept. 4, 2024, and the two leaders
    # signed a joint declaration" in a story of a naval exercise)
    # forces of states firing on each other, troops sent, weapons delivered are a security event
    # in any story ("Pakistani and Afghan Taliban forces exchanged heavy fire", "2023 yılında
    # Sırbistan'dan ... obüsleri tedarik etmiş")
    armed_at = next((m for m in s.common if m.verb and m.kind in ARMED_KINDS
                     and ev.has_object(m.kind, s.text)), None)
    if armed_at is not None and len(named_states(s) | (
            makers(s) if armed_at.kind == "arms_transfer" else frozenset())) < 2:
        armed_at = None
    armed = armed_at is not None   # between two states: not an airline's jets, not police fire
    diplomatic = armed or defense_doc and (
        (any(m.kind in DIPLOMATIC for m in s.common)
         and ev.has_object("meeting", s.text))      # ministers, presidents, delegations
        or (any(m.kind == "conflict" for m in s.common)
            and ev.has_object("conflict", s.text)))  # "positions ... came under fire"
    # "Bakanlar, söz konusu görüşmede ... planını da imzalamıştı": the meeting referred back to
    # gives the sentence its states
    referent: Draft | None = None
    for m in nouns:
        if m.anaphoric:
            r = _referred(m, recent)
            if r is None and m.kind == "meeting" and not s.dates:
                # "Görüşmenin ardından iki bakan ... protokolünü imzaladı" paragraphs after the
                # story's meeting: the meeting referred back to, however far, of the states the
                # sentence names (not a visit to a third state told in passing)
                r = _latest_of(reg, "meeting", named_states(s))
            if r is not None and r.has("parties"):
                referent = r
                break
    if (referent is None and not s.actors and not s.pair and not s.dates
            and any(v.kind in ("agreement", "declaration") for v in verbs)):
        # "Prince Khalid and Guler later signed an agreement ..." after their meeting: the
        # meeting's states signed it
        host = recent.get("meeting")
        if host is not None and len(host.parties()) >= 2 and host.has("date"):
            referent = host
    referred = referent is not None
    # a sentence that refers back to a defense event is about it, whatever its venue ("The
    # contract for the vehicles was signed at the X 2024 exhibition")
    civilian = ev.is_civilian(s.text) and (armed_at is None
                                           or ev.is_civilian(_clause(s.text, armed_at.start)))
    if civilian and any(m.kind == "other" for m in s.common) and ev.has_object("other", s.text):
        # "iki ülkenin askeri kurtarma ekiplerinin ... yürüttüğü arama-kurtarma ve tahliye
        # çalışmaları" after a flood: the relief of armed forces is what the sentence tells
        civilian = False
    if civilian and any(not m.verb and not m.anaphoric and ev.is_defense(
            s.text[max(0, m.start - DEFENSE_NOUN_GAP):m.start]) for m in s.common):
        # "signed a military framework agreement along with accords covering energy, trade and
        # health": the document its defense word qualifies is a defense event
        civilian = False
    context = (referred or not civilian) and (
        ev.is_defense(s.text) or diplomatic or referred) and (bool(s.actors or s.pair) or referred)
    if referent is not None and not s.actors and not s.pair:
        s.pair = sorted(referent.parties())   # the states of the event referred back to
    dates = [x for x in s.dates if not x.weak and x.role not in ("until", "since")
             and x.begin not in s.later]
    plain = [x for x in dates if not attributive(s.text, x.begin, x.stop)]
    if plain and len(plain) < len(dates):
        dates = plain   # "The August 2024 arrangement followed a meeting held on 14 March 2024"
    value = date_value(dates[0]) if dates else None
    if all(x.role == "since" for x in s.dates) and ev.is_habitual(s.text):
        return []   # "the three countries have held annual exercises since 2017": no event

    dated = bool(dates)

    # "Units ... stationed in the direction of X subjected the positions ... to fire": a sentence
    # that tells of fire exchanged tells of the clash first
    first = [v for v in verbs if v.kind in w.verbs_first]
    for m in (first + [v for v in verbs if v.kind not in w.verbs_first]) if first else verbs:
        if ev.is_verbal_noun(m.text):
            continue   # "… konuşlandırılmasını düzenleyen anlaşma": what an agreement regulates
        if m.kind in w.verb_kinds and context and ev.has_object(m.kind, s.text):
            out = _attach_or_create(m.kind, m.start, False, s, reg, recent, spans, value, dated)
            signed = next((n for n in nouns if m.kind == "meeting" and n.kind in DIPLOMATIC
                           and n.kind != "meeting" and not n.anaphoric
                           and any(v.kind in (n.kind, SIGNED_LIKE.get(n.kind)) for v in verbs)),
                          None)
            talks = next((n for n in nouns if m.kind == "agreement"
                          and n.kind == "meeting" and not n.anaphoric
                          and ev.signed_after(s.text, n.start, n.end)), None)
            if talks is None and m.kind == "agreement":
                # "signed a memorandum ... as the two allies' top officials met on the sidelines
                # of ...": the meeting it was signed at is told with it
                talks = next((v for v in verbs if v.kind == "meeting" and v.start > m.end
                              and ev.while_between(s.text, m.end, v.start)), None)
            if out and talks is not None and ev.has_object("meeting", s.text):
                # "signed the deal at X on Tuesday, after talks that ...": the talks too
                more = _attach_or_create("meeting", talks.start, True, s, reg, recent, spans,
                                         value, dated)
                if more and more[0][0] is not out[0][0]:
                    _signed_at(out[0][0], more[0][0])
                    out = out + more
            if out and signed is not None:
                # "visited Ankara on Sept. 4, 2024, and the two leaders signed a joint
                # declaration": the visit and the document signed during it
                kind = _refine(signed.kind, s, _noun_text(signed), recent)
                more = _attach_or_create(kind, signed.start, True, s, reg, recent, spans, value,
                                         dated)
                if more and more[0][0] is not out[0][0]:
                    _signed_at(out[0][0], more[0][0])
                    out = out + more
            return out
    # "The deployment followed a memorandum signed in Istanbul on ...": what the sentence reports
    # is the memorandum (a noun with a verb of its own kind), not the deployment it refers back to
    reported = {n.kind for n in nouns if not n.anaphoric and (
        any(v.kind in (n.kind, SIGNED_LIKE.get(n.kind)) for v in verbs)
        or ev.held_before(s.text, n.start))}
    # "The joint statement issued after that meeting ...": "the statement" with a verb of its own
    # kind and nothing of its kind told before is reported here, at the event referred back to
    unreferred = {n.kind for n in nouns if n.anaphoric and _referred(n, recent) is None
                  and (dates or referent is not None) and n.kind != "meeting"
                  and any(v.kind in (n.kind, SIGNED_LIKE.get(n.kind)) for v in verbs)}
    if dates and dates[0].precision == "day" and len(named_states(s)) >= 2:
        # "the unprovoked firing by Afghan forces on Pakistani border posts near X on Monday last
        # week": a clash between two states told as a noun, on its own day, is reported here
        unreferred |= {n.kind for n in nouns if n.anaphoric and n.kind == "conflict"
                       and _referred(n, recent) is None}
    reported |= unreferred
    for m in nouns:
        d = _referred(m, recent)
        # "Ankara'daki görüşmede ... ele alındı": a noun with no date, state or participant of
        # its own is the event of its kind just told
        if d is not None and (m.anaphoric or (not s.dates and not s.actors and (
                not context or not ev.has_object(m.kind, s.text)))):
            if reported - {m.kind}:
                continue
            if _programme_ahead(s, d):
                continue
            if (m.anaphoric and context and value and d.has("date") and not d.date_compatible(value)
                    and any(v.kind == m.kind for v in verbs)):
                # "Under the contract, which was signed in May 2023, ..." after a delivery of
                # 2026: the contract told of is another event than the delivery (its ratification,
                # "Anlaşma ... 7 Haziran 2017'de onaylanmıştır", is not)
                # the contract of an arms transfer is one; so is "a contract signed last month
                # under which the air force will acquire six helicopters" after "the memorandum"
                own = next((n for n in nouns if n.kind == m.kind and not n.anaphoric), m)
                kind = d.kind if d.kind == w.refine.get(m.kind) else _refine(
                    m.kind, s, _noun_text(own), recent)
                return _attach_or_create(kind, m.start, True, s, reg, recent, spans, value, dated)
            wider = w.refine.get(d.kind)
            if (wider is not None and value and d.has("date") and not d.date_compatible(value)
                    and m.anaphoric and context and any(v.kind == wider for v in verbs)):
                # "Anlaşma kapsamında, ... ilk üç ANKA Şubat 2024'te teslim edilmişti" after an
                # agreement of 2022: a delivery under the agreement, an event of its own
                return _attach_or_create(wider, next(v.start for v in verbs if v.kind == wider), True,
                                         s, reg, recent, spans, value, dated)
            if wider is not None and any(v.kind == wider for v in verbs) and ev.has_object(
                    wider, s.text):
                d.kind = wider   # "Anlaşma kapsamında Heron İHA'larının tedarik edilmesi öngörülmüştür"
            if (m.anaphoric and context and value and d.kind == m.kind
                    and w.refine.get(m.kind) is not None and not d.has("date")):
                kind = _refine(m.kind, s, _noun_text(m))
                if kind != d.kind:
                    # "the contract signed in X on 19 February ... for the supply of armoured
                    # vehicles" after a framework agreement: an arms transfer of its own
                    return _attach_or_create(kind, m.start, True, s, reg, recent, spans, value, dated)
            out = [(d, True, m.start, spans)]   # "... görev aldığı tatbikatta": the one told of
            meet = next((n for n in nouns if n.kind == "meeting" and not n.anaphoric), None)
            if (meet is not None and d.kind != "meeting" and context
                    and ev.has_object("meeting", s.text)):
                # "The contract was signed in Baku on Tuesday following a meeting between Minister
                # ... and a delegation": the meeting too
                more = _attach_or_create("meeting", meet.start, True, s, reg, recent, spans, value, dated)
                if more and more[0][0] is not d:
                    _signed_at(out[0][0], more[0][0])
                    out += more
            return out
    far = _far_report(s, reg, nouns, verbs, value)
    if far is not None:
        return _attach_or_create(far[0], far[1], True, s, reg, recent, spans, value, dated)
    for m in nouns:
        if not context or not ev.has_object(m.kind, s.text) or (m.anaphoric and m.kind not in unreferred):
            continue   # "the exercise" told of paragraphs ago starts no new event
        if ev.needs_own_verb(m.text) and not any(v.kind == m.kind for v in verbs):
            continue   # "at the training centre": a centre opened only with its verb
        if s.dates and not dates and all(x.role in ("since", "until") for x in s.dates) and not (
                any(x.role == "until" for x in s.dates) and _referred(m, recent) is not None):
            # only "since ..." / "until ...": a state of affairs, not an event; but "7 Kasım'a
            # kadar sürecek tatbikata" goes on with the exercise just told, to its last day
            continue
        # "The vehicles were ordered under a contract signed in March 2025", paragraphs after
        # the delivery: the contract of the story's delivery is an arms transfer too
        kind = _refine(m.kind, s, _noun_text(m), recent, m.start)
        target = w.refine.get(m.kind)
        if kind == m.kind and target and any(v.kind == target for v in verbs):
            kind = _refine(m.kind, s, _noun_text(m), {**_latest(reg), **recent}, m.start)
        told_as = recent.get(kind)
        if (told_as is not None and told_as.kind != kind and not m.anaphoric and dates
                and told_as.kind == target and not told_as.has("date")
                and _INDEFINITE.search(s.text, max(0, m.start - 4), m.start) is not None):
            # "On 22 May, ... signed a memorandum of understanding on training ..." after a
            # delivery whose contract was told: a document of its own, not that contract
            recent = {k: v for k, v in recent.items() if k != kind}
        out = _attach_or_create(kind, m.start, True, s, reg, recent, spans, value, dated)
        if out and recent.get(kind) is out[0][0]:   # not another pair's event told in passing
            recent[m.kind] = out[0][0]
            if referent is not None and out[0][0] is not referent and not dates:
                # "Toplantının sonunda üç komutan ... ortak bildiriyi imzaladı": signed at the
                # meeting referred back to, on its day and at its place
                _signed_at(referent, out[0][0])
            host = recent.get("meeting")
            if (host is not None and not dates and not m.anaphoric and host.has("date")
                    and (s.actors or s.pair) and set(_states(s) | set(s.pair)) <= host.parties()
                    and any(v.kind in (kind, SIGNED_LIKE.get(kind)) for v in verbs)):
                # "At the end of the session they signed a memorandum ..." in the paragraph after
                # the meeting: signed at the meeting just told, by its states
                _signed_at(host, out[0][0])
        # "... toplantısında ... mutabakat zaptı imzalandı": the agreement signed at the meeting
        # is told too, when its noun has a verb of its own kind
        second = next((n for n in nouns if n.kind != m.kind and ev.has_object(n.kind, s.text) and (
            n.kind in reported or (n.kind == "meeting" and kind == "agreement" and not n.anaphoric
                                   and ev.signed_after(s.text, n.start, n.end)))), None)
        if out and second is not None:
            more = _attach_or_create(_refine(second.kind, s, _noun_text(second), recent), second.start,
                                    True, s, reg, recent, spans, value, dated)
            if more and more[0][0] is not out[0][0]:
                recent[second.kind] = more[0][0]
                _signed_at(out[0][0], more[0][0])
                out = out + more
        return out
    for m in verbs:
        d = recent.get(m.kind)
        if d is None and m.kind == "deployment" and dates and not s.future:
            t = recent.get("arms_transfer")
            if (t is not None and not t.has("date") and named_states(s) <= t.parties()
                    and ev.refers_to_delivered(s.text)):
                # "... jets have been delivered to the Air Force of X. The aircraft landed at Y
                # Air Base on Saturday": the delivery's day and place
                return [(t, True, m.start, spans)]
        if d is not None and dates and (value is None or d.date_compatible(value)) and not any(
                n.kind != m.kind and 0 <= n.start - m.end <= VERB_NOUN_GAP for n in s.common
                if not n.verb):
            return [(d, True, m.start, spans)]
        if (d is not None and not s.dates and d.kind in TOLD_ON and not nouns and not s.ahead
                and not s.future and named_states(s) <= d.parties()
                and d.kind not in ev.plural_kinds(s.text) and not ev.is_habitual(s.text)):
            # "The 4x4 vehicles were handed over at a ceremony ... in Lagos" after their
            # delivery: the same event, told on with its place
            return [(d, True, m.start, spans)]
    told = [m for m in nouns if not m.anaphoric]   # "in accordance with the plan of ...": no report
    if (context and not told and dates and dates[0].precision != "year"
            and any(m.kind == "exercise" for m in verbs) and "exercise" in ev.plural_kinds(s.text)
            and not ev.is_habitual(s.text)):
        # "units ... conducted joint exercises in the region on 5 April 2023": one dated event
        return _attach_or_create("exercise", next(m.start for m in verbs if m.kind == "exercise"), True,
                                 s, reg, recent, spans, value, dated)
    if not s.common and (s.forces or s.figures) and ev.takes_part(s.text) and not ev.mentions_many(s.text):
        for kind in FIELD_KINDS:
            d = recent.get(kind)
            if d is not None and d.kind in FIELD_KINDS:
                return [(d, True, 0, spans)]
    return []


def beside_named(s: SentenceFacts, reg: Registry, recent: dict[str, Draft],
                 named: list[Draft], spans: list[tuple[int, int]]) -> list[Target]:
    """What a sentence naming an event also tells: the meeting of two states' officials its
    verb reports beside it ("X ile bir araya geldi, ardından ... Merkezi'nin açılışını yaptı"),
    and, for a named document signed "after the meeting" without a date of its own, the meeting
    it was signed at (its day and place)."""
    out: list[Target] = []
    if any(d.kind in ("meeting", "declaration") for d in named):
        return out   # "met in Gabala ... and signed the Gabala Declaration": told as the declaration
    states = named_states(s) | set(s.pair)
    meet = next((m for m in s.common if m.verb and m.kind == "meeting"
                 and not any(a <= m.start < b for a, b in spans)
                 and not ev.is_verbal_noun(m.text)), None)
    if (meet is not None and len(states) >= 2 and ev.has_object("meeting", s.text)
            and not ev.is_civilian(s.text)):
        out = _attach_or_create("meeting", meet.start, False, s, reg, recent, spans, None, False)
    dated = any(not x.weak and x.role in ("point", "range") for x in s.dates)
    told = next((m for m in s.common if m.anaphoric and m.kind == "meeting" and not m.verb), None)
    if not dated and told is not None:
        host = _referred(told, recent) or _latest_of(reg, "meeting", states)
        for d in named:
            if host is None:
                continue
            if d.kind == "institution" and d.within is None and host.kind == "meeting":
                # "Following the talks, the two presidents announced the establishment of the
                # X Council": set up at the meeting, on its day
                d.within = host
            _signed_at(host, d)   # "Görüşmenin ardından iki bakan ... Protokolü'nü imzaladı"
    return out


def _signed_at(a: Draft, b: Draft) -> None:
    """Of a meeting and a document told together (in one sentence, or the document "after the
    meeting"), the document was signed at the meeting: without a date or place of its own it
    has the meeting's. Nothing when neither is a meeting and the other a signed document, or
    the document was already signed at another."""
    meeting, signed = (a, b) if a.kind == "meeting" else (b, a)
    if meeting.kind == "meeting" and signed.kind in DIPLOMATIC and signed.kind != "meeting" and (
            signed.within is None):
        signed.within = meeting


def _programme_ahead(s: SentenceFacts, d: Draft) -> bool:
    """"As part of the visit, the delegation is scheduled to visit X on Thursday": a sentence
    whose dates are all still to come tells of a visit's programme, not of the meeting told."""
    return s.ahead and d.kind == "meeting"


def _attach_or_create(kind: str, anchor: int, noun: bool, s: SentenceFacts, reg: Registry,
                      recent: dict[str, Draft], spans: list[tuple[int, int]], value: str | None,
                      dated: bool) -> list[Target]:
    """The event of ``kind`` told of before that the sentence goes on with, or a new one."""
    d = recent.get(kind)
    if d is not None and _programme_ahead(s, d):
        return []
    if d is None and kind == "conflict" and len(named_states(s)) < 2 and not any(
            x.kind == "conflict" and len(x.parties()) > 1 and named_states(s) <= x.parties()
            for x in reg.drafts):
        # "the army and a paramilitary force clashed": no clash between states; but "clashes
        # along the frontier on Oct. 11-12" in a story of those states' clashes is one
        return []
    other = d is not None and noun and _other_pair(s, d)
    if other:
        d = None   # the pair the sentence names did not take part in the event told before
    if d is not None and s.ahead and dated and not d.has("date"):
        # "Birincisi, Ekim 2025'te ... düzenlenmesi planlanan ... tatbikatıdır" after a word on
        # exercises in general: what is still to come dates nothing told before
        return []
    if d is None or (value and d.has("date") and not d.date_compatible(value)):
        if s.ahead or (s.future and not dated and speaks_of_future(ev.main_clause(s.text))):
            # "the next exercise will be held in 2026" in a story of 2025; not "they signed a
            # memorandum ..., under which officers will be able to ..."
            return []
        d = reg.unnamed(kind, s.start + anchor)
        if other and not dated:
            # "the minister, who flew in after a working visit to X": another pair's event told
            # in passing is not the one "the meeting" of the sentences after refers to
            return [(d, True, anchor, spans)]
    recent[kind] = d
    return [(d, True, anchor, spans)]


# Characters before an event noun in which a defense word qualifies it ("a military framework
# agreement", "askeri iş birliği anlaşması").
DEFENSE_NOUN_GAP: Final = 25


# "Bakanlıkta düzenlenen haftalık basın toplantısında", "held talks": a verb this close before
# a noun of another kind is that noun's (characters between them).
VERB_NOUN_GAP: Final = 45


def _states(s: SentenceFacts) -> set[str]:
    """The states a sentence names, with those of its military and ministry bodies."""
    return {a.value for a in s.actors if a.kind == "party"} | set(body_states(s))


def _other_pair(s: SentenceFacts, d: Draft) -> bool:
    """The sentence names two states or more, not all of them parties of ``d`` (which has two
    or more): it tells of another event of the kind ("TCG X ... with the Pakistani frigate"
    after a trilateral exercise of three other states)."""
    named = _states(s)
    if len(named) < 2:
        return False
    parties = d.parties()
    return len(parties) >= 2 and not named <= parties
