"""Event mentions and their kind, from the words in ``lexicon/events.yaml``.

Three sorts of mention are found:

- *named*: a proper name closed or opened by a title word of a kind — "Anadolu
  Yıldızı-2024 Tatbikatı", "Tiflis Beyannamesi", "Exercise Dragon Shield", "the Ankara
  Declaration", "Memorandum of Understanding on Defence Industry Cooperation", or a quoted or
  numbered name before a lower-case trigger ("“Atatürk-XII” ortak tatbikatı");
- *heading*: a lead-in "Name (date):" that opens the paragraph about one event;
- *common*: a singular noun or a verb of a kind ("tatbikat", "the exercise", "imzalandı",
  "delivered"), marked anaphoric when it refers back ("bu tatbikat", "Tatbikat, ...").

This module finds the common mentions and holds the sentence-level tests; the word lists and
:class:`EventMention` are in :mod:`defcoop.detect.event_words`, named mentions and headings in
:mod:`defcoop.detect.event_names`. It re-exports what the rest of the package reads of them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from defcoop.detect import lexicon
from defcoop.detect.casefold import lower_tr
from defcoop.detect.memo import Bounded
# names and headings (event_names) and the word lists (event_words) are read through this module
from defcoop.detect.event_names import (clean_name, find_heading, find_named, is_generic_name,
                                        kind_of_name, name_key, section_kind, short_name,
                                        tells_of_border)
from defcoop.detect.event_words import (TEXT_CACHE, EventMention, _common_rx, _event_words,
                                        _plural_rx, _words_rx, mentions_many, words)
from defcoop.detect.spans import alternation, flex


# ----------------------------------------------------------------------------- common nouns/verbs

def find_common(text: str) -> list[EventMention]:
    """Singular nouns and verbs of each kind; plurals are generic and skipped."""
    w = words()
    rx = _common_rx()
    low = lower_tr(text)
    out: list[EventMention] = []
    taken = {m.start() for m in rx.plural.finditer(low)}
    blocked = _blocked(w.blocked, low)
    for pattern, lookup, is_verb in rx.groups:
        for m in pattern.finditer(low):
            if m.start() in taken or any(a <= m.start() < b for a, b in blocked):
                continue
            hit = lookup.get(" ".join(m.group(0).split()))
            if hit is None:
                continue
            kind, whole = hit
            end = m.end()
            while not whole and end < len(low) and (low[end].isalnum() or low[end] in "'’"):
                end += 1
            if is_verb and low[m.start():end] in w.not_verbs:
                continue   # "kurum ve kuruluşları": a noun that opens like "kurul-"
            if is_verb and not whole and low.startswith(_negative_endings(), m.end(), end):
                continue   # "yeni bir belge imzalanmamış": not signed
            before_word = low[max(0, m.start() - 16):m.start()].split()[-1:]
            if is_verb and low.startswith(" of", end - 3):
                if text[m.start()].isupper():
                    continue   # "Joint Statement on the Establishment of ...": a title's words
                before_word = []   # "announced the establishment of": a verb's noun, said with "the"
            if is_verb and before_word and (before_word[0] in _noun_before_verb()
                                            or before_word[0].endswith(("'s", "’s"))):
                continue   # "the clearest sign yet", "the industry's exports": nouns
            if is_verb and any(0 < a - end <= 2 and not low[end:a].strip() for a, _ in blocked):
                continue   # "Bakanlıkta düzenlenen haftalık basın bilgilendirme toplantısında"
            prev = low[max(0, m.start() - 40):m.start()].split()
            while prev and prev[-1] in w.modifiers:
                prev.pop()
            other = bool(prev and (prev[-1] in w.other_refs or " ".join(prev[-2:]) in w.other_refs)
                         ) or _other_edition().search(low, max(0, m.start() - 60), m.start()) is not None
            if not other and not is_verb:
                other = _edition_after().match(low, end) is not None
            anaphoric = bool(prev and (prev[-1] in w.anaphora or " ".join(prev[-2:]) in w.anaphora))
            if not is_verb and text[m.start()].isupper():
                before = text[max(0, m.start() - 12):m.start()].rstrip()
                if not before or before[-1] in ".:;!?\n" or (m.start() < 12 and not before.strip()):
                    anaphoric = True  # "Tatbikat, ..." opening a sentence
            out.append(EventMention(kind, "common", m.start(), end, text[m.start():end],
                                    anaphoric=anaphoric, verb=is_verb, other=other))
            taken.add(m.start())
    for g in rx.gapped.finditer(low):
        gapped = rx.gapped_kinds.get((g.group(1), g.group(2)))
        if gapped is None or any(a <= g.start() < b for a, b in blocked):
            continue
        if g.start() in taken:
            # "opened unprovoked fire": the longer verb, not "opened" alone
            if not any(x.start == g.start() and x.verb and x.end < g.end() for x in out):
                continue
            out = [x for x in out if x.start != g.start()]
        out.append(EventMention(gapped, "common", g.start(), g.end(), text[g.start():g.end()],
                                verb=True))
        taken.add(g.start())
    if any(m.verb and m.kind == "agreement" for m in out):
        out.extend(_signed_documents(text, low, taken))
    out.sort(key=lambda e: e.start)
    _background(low, out)
    before_rx = _before_event_rx()
    for x in out:
        if not x.verb and before_rx.match(low, x.end) is not None:
            x.other = True   # "Komisyon toplantısı öncesinde ...": a time before it, not it
    # "search and rescue drill", "arama kurtarma tatbikatı": the activity names the exercise
    out = [m for i, m in enumerate(out) if not (
        m.kind == "other" and not m.verb and i + 1 < len(out) and not out[i + 1].verb
        and out[i + 1].kind != "other" and not low[m.end:out[i + 1].start].strip())]
    out = [m for m in out if m.verb or not _topic(low, m)]
    _light_verbs(low, out)
    if any(m.kind == "other" and not m.verb for m in out):
        _verbs_become(out, "deployment", "other")   # "gönderilen arama kurtarma ekipleri"
    _ship_visits(text, low, out)
    if _listed_rx("batch_words").search(low) and has_object("arms_transfer", text):
        _verbs_become(out, "deployment", "arms_transfer")   # "obüslerin ilk partisi ... ulaşmış"
    if _listed_rx("rescue_words").search(low):   # people rescued are handed over, not arms
        out = [m for m in out if not (m.verb and m.kind == "arms_transfer")]
    out = _received_officials(text, low, out)
    return _framing(text, out)


@lru_cache(maxsize=1)
def _before_event_rx() -> re.Pattern[str]:
    return re.compile(rf"\S*\s+(?:{_alternatives('before_event_after')})(?!\w)")


@lru_cache(maxsize=1)
def _counterpart_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(lower_tr(w)) for w in _event_words("counterpart_words")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def provided_for(text: str, start: int, end: int) -> bool:
    """Whether the named event at ``text[start:end]`` is what a document provides for: a verb of
    ``provision_verbs`` in the same clause, before or after it ("provides for the establishment
    of X", "X kurulmasını öngörüyordu")."""
    low = lower_tr(text)
    rx = _listed_rx("provision_verbs")
    for m in rx.finditer(low):
        between = low[end:m.start()] if m.start() >= end else low[m.end():start]
        if not any(ch in between for ch in ";.!?"):
            return True
    return False


def names_counterpart(text: str) -> bool:
    """Whether ``text`` speaks of someone's counterpart ("met his Turkish counterpart")."""
    return _counterpart_rx().search(lower_tr(text)) is not None


@lru_cache(maxsize=1)
def _receive_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in _event_words("receive_verbs")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def _received_officials(text: str, low: str, found: list[EventMention]) -> list[EventMention]:
    """"X received Y, Minister of ...": a verb of receiving with an official within the words
    after it (and no arms) tells of a meeting."""
    rx = _receive_rx()
    if rx.search(low) is None:
        return found
    w = words()
    officials, arms = w.objects.get("meeting"), w.objects.get("arms_transfer")
    if officials is None:
        return found
    for m in rx.finditer(low):
        window = low[m.end():m.end() + RECEIVED_WINDOW]
        before = low[max(0, m.start() - RECEIVED_WINDOW):m.start()]
        # "X received Y, Minister of ...", and "Deputy Defence Minister X received Y at the
        # ministry's office": an official receiving or received, and no arms
        if (officials.search(window) is None and officials.search(before) is None) or (
                arms is not None and arms.search(window)):
            continue
        if any(x.kind == "meeting" and x.start == m.start() for x in found):
            continue
        found = [x for x in found if not (x.verb and x.start == m.start())]
        found.append(EventMention("meeting", "common", m.start(), m.end(), text[m.start():m.end()],
                                  verb=True))
        found.sort(key=lambda e: e.start)
    return found


# Characters after a verb of receiving in which the official received is named.
RECEIVED_WINDOW = 60


@lru_cache(maxsize=1)
def _light_stems() -> tuple[str, ...]:
    return tuple(lower_tr(x) for x in _event_words("light_verbs"))


@lru_cache(maxsize=16)
def _listed_rx(key: str) -> re.Pattern[str]:
    """The words of ``key`` in ``lexicon/events.yaml`` at a word's start, any suffix after."""
    return _words_rx(_event_words(key) or ["(?!x)x-never"])


def _verbs_become(found: list[EventMention], kind: str, other: str) -> None:
    """The verbs of ``kind`` in ``found`` report an event of kind ``other``."""
    for m in found:
        if m.verb and m.kind == kind:
            m.kind = other


@lru_cache(maxsize=1)
def _topic_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    after = alternation(lower_tr(w) for w in _event_words("topic_after"))
    before = alternation(lower_tr(w) for w in _event_words("topic_before"))
    # only the other items of a list between the noun and the topic word ("tatbikat ve savunma
    # sanayii alanlarındaki"): each one or two words after a comma or "ve"
    item = r"(?:\s*,\s*|\s+(?:ve|ile|and|or|veya)\s+)\w+(?:[ \t]+\w+)?"
    return (re.compile(rf"(?:{item})*\s+(?:{after})(?!\w)" if after else r"(?!x)x"),
            re.compile(rf"(?<!\w)(?:{before})\s+(?:\w+(?:[ \t]+\w+)?(?:{item})*?)?"
                       rf"\s*(?:,\s*|\s+(?:and|or)\s+)?$" if before else r"(?!x)x"))


def _topic(low: str, m: EventMention) -> bool:
    """Whether noun ``m`` is listed as a field of cooperation (``topic_after``/``topic_before``)."""
    after, before = _topic_rx()
    return bool(after.match(low, m.end) or before.search(low, max(0, m.start - 90), m.start))


@lru_cache(maxsize=1)
def _visit_nouns() -> tuple[str, ...]:
    return tuple(lower_tr(w) for w in _event_words("visit_nouns"))


def _ship_visits(text: str, low: str, found: list[EventMention]) -> None:
    """A ship's visit with no official in the sentence is a port visit (``ship_words``)."""
    hits = [m for m in found if m.kind == "meeting"   # "Pakistan Navy Ship SAIF visited ..."
            and low[m.start:m.end].startswith(_visit_nouns())]
    if hits and _listed_rx("ship_words").search(low) and not has_object("meeting", text):
        for m in hits:
            m.kind = "deployment"


def _light_verbs(low: str, found: list[EventMention]) -> None:
    """A light verb right after an event noun of another kind is that noun's ("Karaçi
    Limanı'na liman ziyareti gerçekleştirdi": a port visit made)."""
    stems = _light_stems()
    for prev, m in zip(found, found[1:]):
        if (m.verb and not prev.verb and prev.kind != m.kind and not low[prev.end:m.start].strip()
                and low[m.start:m.end].startswith(stems)
                and not low[prev.start:prev.end].endswith(("de", "da", "te", "ta"))):
            m.kind = prev.kind   # not "eğitim merkezinde icra edilen tatbikata": where it was
    # "formally launched a joint venture": an English light verb right before an article and a
    # noun of another kind is that noun's
    before = _light_before()
    modifiers = words().modifiers
    for m, nxt in zip(found, found[1:]):
        if (m.verb and not nxt.verb and nxt.kind != m.kind and low[m.start:m.end] in before
                and all(x in ("a", "an", "the") or x in modifiers
                        for x in low[m.end:nxt.start].split())):
            m.kind = nxt.kind   # also "officers opened the joint exercise": the exercise's
    # "... teslimatı, cuma günü ... düzenlenen törenle gerçekleştirildi": with nouns of one other
    # kind only before it, the light verb is theirs
    for i, m in enumerate(found):
        if m.verb and low[m.start:m.end].startswith(stems):
            kinds = {x.kind for x in found[:i] if not x.verb and not x.anaphoric}
            if len(kinds) == 1 and m.kind not in kinds and not any(
                    x.kind == m.kind and not x.verb for x in found):
                m.kind = kinds.pop()


@lru_cache(maxsize=1)
def _background_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    after = alternation(lower_tr(w) for w in _event_words("background_after"))
    before = alternation(lower_tr(w) for w in _event_words("background_before"))
    not_a_date = r"(?![ \t]+(?:this|that|today|in|on|last|the|yesterday)\b)"
    return (re.compile(rf"[ \t]+(?:{after})(?!\w){not_a_date}" if after else r"(?!x)x"),
            re.compile(rf"(?<!\w)(?:{before})[ \t]+$" if before else r"(?!x)x"))


@lru_cache(maxsize=1)
def _denied_rx() -> re.Pattern[str]:
    # "dismissed … reports": up to three words between ("dismissed social media reports")
    gap = r"(?:[ \t]+[\w-]+){0,3}[ \t]+"
    alt = "|".join(gap.join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in lower_tr(w).split(" … "))
                   for w in sorted(_event_words("denied"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)") if alt else re.compile(r"(?!x)x")


# How far from a word of denial the verb it denies may be.
DENIED_GAP = 60


# "No" right before an event noun, and how far after it its verb may be ("No contract on the
# acquisition of new systems was signed").
_NO_BEFORE = re.compile(r"(?<!\w)no[ \t]+(?:[a-z]+[ \t]+)?$")   # "No such agreement has been signed"
NEGATED_VERB_GAP = 60

# Characters between a verb told as background and its noun ("the declaration signed earlier").
BACKGROUND_NOUN_GAP = 40


def _background(low: str, found: list[EventMention]) -> None:
    """A verb told as background ("the strategic partnership declaration signed earlier by the
    heads of state", "daha önce imzalanan anlaşma") and the noun it qualifies tell of an event
    before the story's, without a date: another event than those the sentence reports."""
    after, before = _background_rx()
    for n in found:
        if not n.verb and _NO_BEFORE.search(low, max(0, n.start - 16), n.start):
            # "No contract on the acquisition of new systems was signed": nothing was
            n.other = n.framing = True
            for v in found:
                if v.verb and 0 <= v.start - n.end <= NEGATED_VERB_GAP:
                    v.other = v.framing = True
    denied = _denied_rx()
    if denied.search(low) is not None:
        # "Fiqi dismissed social media reports that Somalia had signed a new agreement ...",
        # "... üs verildiği iddialarını yalanladı": what is denied was not done
        for m in found:
            if m.verb and (denied.search(low, max(0, m.start - DENIED_GAP), m.start)
                           or denied.search(low, m.end, m.end + DENIED_GAP)):
                m.other = m.framing = True
                for n in found:
                    if not n.verb and abs(n.start - m.start) <= DENIED_GAP:
                        n.other = n.framing = True
    for m in found:
        if not m.verb or not (after.match(low, m.end)
                              or before.search(low, max(0, m.start - 24), m.start)):
            continue
        # other, so reported by nothing; framing, so the places after it are the sentence's
        m.other = m.framing = True
        for n in found:
            if not n.verb and (0 <= m.start - n.end <= BACKGROUND_NOUN_GAP
                               or 0 <= n.start - m.end <= BACKGROUND_NOUN_GAP):
                n.other = n.framing = True


@lru_cache(maxsize=1)
def _negative_endings() -> tuple[str, ...]:
    return tuple(lower_tr(x) for x in _event_words("negative_endings"))


@lru_cache(maxsize=1)
def _light_before() -> frozenset[str]:
    return frozenset(lower_tr(x) for x in _event_words("light_verbs_before"))


@lru_cache(maxsize=1)
def _noun_before_verb() -> frozenset[str]:
    return frozenset(lower_tr(x) for x in _event_words("noun_before_verb"))


def _blocked(rx: re.Pattern[str], low: str) -> list[tuple[int, int]]:
    """Every range a blocked phrase covers, overlapping ones too ("haftalık basın" and "basın
    bilgilendirme toplantı" in "haftalık basın bilgilendirme toplantısında")."""
    out: list[tuple[int, int]] = []
    m = rx.search(low)
    while m is not None:
        out.append((m.start(), m.end()))
        m = rx.search(low, m.start() + 1)
    return out


def _signed_documents(text: str, low: str, taken: set[int]) -> list[EventMention]:
    """"The document", "belge" in a sentence that signs something: the agreement told of."""
    w = words()
    out = []
    for m in w.documents.finditer(low):
        if m.start() in taken:
            continue
        prev = low[max(0, m.start() - 40):m.start()].split()
        anaphoric = bool(prev and (prev[-1] in w.anaphora or " ".join(prev[-2:]) in w.anaphora)) or (
            text[m.start()].isupper() and (not text[:m.start()].strip()
                                           or text[:m.start()].rstrip()[-1] in ".:;!?\n"))
        out.append(EventMention("agreement", "common", m.start(), m.end(), text[m.start():m.end()],
                                anaphoric=anaphoric))
    return out


# Turkish locative endings of a meeting noun ("görüşmede", "toplantıda").
_LOCATIVE_ENDINGS: Final = ("mede", "mada", "tıda", "tide", "ıda", "ide")


def _framing(text: str, found: list[EventMention]) -> list[EventMention]:
    """An event noun that only sets the time of what the sentence tells ("During the talks, the
    sides noted the exercise held last October", "görüşme sırasında") reports no event of its
    own when the sentence tells of an event of another kind, unless something was signed or
    adopted in it (an agreement signed during a visit). "During the meeting, regional security
    was discussed" is about the meeting."""
    if len(found) < 2:
        return found
    signed = any(m.verb and m.kind in ("agreement", "declaration") for m in found)
    rx_after = _time_ref_rx()[0]
    out = []
    for m in found:
        # a Turkish noun is definite without a word for "the": "tatbikat öncesinde"
        postposed = rx_after.match(lower_tr(text[m.end:m.end + 40])) is not None
        # "Bakanlar, görüşmede geçen ay ... yürüttüğü arama-kurtarma çalışmalarını da
        # değerlendirdi": the meeting in the locative is where the other event was talked of
        at_meeting = (m.kind == "meeting" and not m.verb and not m.anaphoric
                      and lower_tr(m.text).endswith(_LOCATIVE_ENDINGS)
                      and not held_before(text, m.start))   # not "... yaptığı görüşmede"
        if (not m.verb and (m.anaphoric or postposed or at_meeting) and not signed
                and any(x.kind != m.kind for x in found)
                and (at_meeting or is_time_reference(text[:m.start], text[m.end:]))):
            # "Tatbikat öncesinde": only the time of what is told, even opening the sentence
            # "During the visit, the corvette ... held a joint exercise off Mogadishu": the phrase
            # that opens the sentence only frames it, what follows is the sentence's own
            opening = text[m.end:m.end + 1] == "," and "," not in text[:m.start]
            m = EventMention(m.kind, m.sort, m.start, m.end, m.text, m.name, m.anaphoric, m.verb,
                             m.date, m.trigger, other=True,
                             framing=postposed or not m.anaphoric or opening)
        out.append(m)
    return out


def _is_civilian_uncached(text: str) -> bool:
    """Whether ``text`` is about sports, trade, energy, culture or the weather more than about
    defense ("ministers met to discuss security and defence and the protection of energy
    corridors" is not civilian)."""
    low = lower_tr(text)
    w = words()
    kept = [(m.start(), m.end()) for m in w.civilian_not.finditer(low)]
    defense = [(m.start(), m.end()) for m in w.defense.finditer(low)]
    civ = sum(1 for m in w.civilian.finditer(low)
              if not any(a <= m.start() and m.end() <= b for a, b in kept)
              and not _listed_with(low, m.start(), m.end(), defense))
    return civ > 0 and civ >= len(defense)


# A list of fields of cooperation ("cooperation in defence, energy, connectivity and trade"):
# words, commas and "and" only, at most this many characters from a defense word, each field of
# a few words.
FIELDS_LIST_GAP: Final = 50
_LIST_CHARS: Final = frozenset(" ,&-'’")


def _listed_with(low: str, start: int, end: int, defense: list[tuple[int, int]]) -> bool:
    """Whether the civilian word at ``low[start:end]`` is one field in a list with a defense
    word: the list is about defense as much as about the rest."""
    for a, b in defense:
        between = low[b:start] if b <= start else low[end:a] if end <= a else ""
        if not between or len(between) > FIELDS_LIST_GAP or not all(
                ch.isalpha() or ch in _LIST_CHARS for ch in between):
            continue
        items = _LIST_JOINS.split(between)
        if len(items) > 1 and all(len(x.split()) <= FIELD_WORDS for x in items):
            return True
    return False


_LIST_JOINS = re.compile(r",|&|(?<!\w)(?:and|ve|ile)(?!\w)")
FIELD_WORDS: Final = 2   # words of one field in such a list ("energy", "defence industry")


_IS_CIVILIAN_MEMO: Final[Bounded[str, bool]] = Bounded()


def is_civilian(text: str) -> bool:
    """Memoized by its text (see ``_is_civilian_uncached``)."""
    return _IS_CIVILIAN_MEMO.cached(text, _is_civilian_uncached)


@lru_cache(maxsize=TEXT_CACHE)
def plural_kinds(text: str) -> frozenset[str]:
    """Kinds of the plural event nouns in ``text`` ("joint exercises" -> exercise)."""
    low = lower_tr(text)
    return frozenset(kind for kind, rx in _plural_rx() if rx.search(low))


@lru_cache(maxsize=TEXT_CACHE)
def takes_part(text: str) -> bool:
    """Whether ``text`` says that someone took part ("katıldı", "took part", "involved")."""
    return bool(words().participation.search(lower_tr(text)))


@lru_cache(maxsize=8)
def _phrases_rx(key: str, whole: bool = True) -> re.Pattern[str]:
    """The phrases of ``key`` in ``lexicon/events.yaml`` as one pattern over lower-cased text
    (``whole``: not inside a longer word)."""
    alt = alternation(lower_tr(w) for w in _event_words(key))
    end = r"(?!\w)" if whole else ""
    return re.compile(rf"(?<!\w)(?:{alt}){end}") if alt else re.compile(r"(?!x)x")


def _at_venue_uncached(text: str) -> bool:
    return _phrases_rx("venue_nouns", False).search(lower_tr(text)) is not None


_VENUE: Final[Bounded[str, bool]] = Bounded()


def at_venue(text: str) -> bool:
    """Whether ``text`` speaks of a fair or exhibition (``venue_nouns``); memoized."""
    return _VENUE.cached(text, _at_venue_uncached)


def while_between(text: str, start: int, end: int) -> bool:
    """Whether a word of simultaneity ("as", "while"; ``while_words``) joins the two clauses
    between ``start`` and ``end`` of ``text``, with no other clause's stop between."""
    between = text[start:end]
    return ";" not in between and _phrases_rx("while_words").search(lower_tr(between)) is not None


def refers_to_delivered(text: str) -> bool:
    """Whether ``text`` refers back to weapons just told of ("the aircraft landed at ...",
    ``delivered_refs``); asked only of a sentence that tells of an arrival."""
    return _phrases_rx("delivered_refs").search(lower_tr(text)) is not None


def _names_pair_uncached(text: str) -> int:
    """How many unnamed parties ``text`` speaks of: 2 for "the two countries", 3 for "the three
    countries", 0 for none."""
    low = lower_tr(text)
    if words().trio_refs.search(low):
        return 3
    return 2 if words().pair_refs.search(low) else 0


_NAMES_PAIR_MEMO: Final[Bounded[str, int]] = Bounded()


def names_pair(text: str) -> int:
    """Memoized by its text (see ``_names_pair_uncached``)."""
    return _NAMES_PAIR_MEMO.cached(text, _names_pair_uncached)


_VERBAL: Final[Bounded[str, bool]] = Bounded()
_PHASE: Final[Bounded[str, bool]] = Bounded()
_HELD: Final[Bounded[tuple[str, int], bool]] = Bounded()


def is_verbal_noun(word: str) -> bool:
    """Whether a verb's word is a Turkish verbal noun ("konuşlandırılmasını", "teslim
    edilmesi"): it names the act as a thing, it does not report it."""
    hit = _VERBAL.get(word)
    if hit is None:
        low = lower_tr(word)
        hit = _VERBAL.put(word, any(low.endswith(e) for e in words().verbal_nouns))
    return hit


def _refs_and(nouns_key: str) -> tuple[str, str]:
    """The alternations of ``other_refs`` and of the edition nouns of ``nouns_key``."""
    refs = "|".join(re.escape(lower_tr(x)) for x in _event_words("other_refs"))
    nouns = "|".join(re.escape(lower_tr(x)) for x in _event_words(nouns_key))
    return refs, nouns


@lru_cache(maxsize=1)
def _other_edition() -> re.Pattern[str]:
    """"the next edition of the exercise": another edition than the one told of
    (``other_refs`` and ``edition_nouns``)."""
    refs, nouns = _refs_and("edition_nouns")
    if not refs or not nouns:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!\w)(?:{refs})\s+(?:{nouns})\s+of(?:\s+the)?\s+$")


@lru_cache(maxsize=1)
def _edition_after() -> re.Pattern[str]:
    """"Tatbikatın bir sonraki aşamasının": the noun of another edition than the one told of
    (``other_refs`` and ``edition_nouns_after``)."""
    refs, nouns = _refs_and("edition_nouns_after")
    if not refs or not nouns:
        return re.compile(r"(?!x)x")
    return re.compile(rf"\s+(?:bir\s+)?(?:{refs})\s+(?:{nouns})(?!\w)")


@lru_cache(maxsize=1)
def _intent_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(_event_words("intent_before"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})\s+$", re.I) if alt else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _implements_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(lower_tr(w)) for w in sorted(_event_words("implements_between"),
                                                           key=len, reverse=True))
    return re.compile(rf"^\S*\s+(?:{alt})\s+$") if alt else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _after_meeting_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alt(key: str) -> str:
        return "|".join(re.escape(lower_tr(w)) for w in sorted(_event_words(key), key=len,
                                                               reverse=True)) or "(?!x)x"
    return (re.compile(rf"(?<!\w)(?:{alt('after_meeting_before')})\s+$"),
            re.compile(rf"^\w*\s+(?:{alt('after_meeting_after')})(?!\w)"))


def signed_after(text: str, start: int, end: int) -> bool:
    """Whether the meeting noun at ``start:end`` is one a signing followed ("after talks",
    "görüşmelerin ardından"): the meeting took place."""
    before, after = _after_meeting_rx()
    return bool(before.search(lower_tr(text[max(0, start - 20):start]))
                or after.match(lower_tr(text[end:end + 30])))


@lru_cache(maxsize=1)
def _nouns_need_verb() -> tuple[str, ...]:
    return tuple(lower_tr(x) for x in _event_words("nouns_need_verb"))


def needs_own_verb(noun: str) -> bool:
    """Whether an event noun ("eğitim merkezi") starts an event only with a verb of its kind."""
    return lower_tr(noun).startswith(_nouns_need_verb())


@lru_cache(maxsize=1)
def _provision_rx() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(_event_words("provision_openers"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I) if alt else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _scope_rx() -> re.Pattern[str]:
    alt = alternation(lower_tr(w) for w in _event_words("scope_after"))
    return re.compile(rf"(?:[’']\w+)?\s+(?:{alt})(?!\w)") if alt else re.compile(r"(?!x)x")


def frames(text: str, end: int) -> bool:
    """Whether the named event ending at ``end`` is only the frame of what follows it
    ("... Harekâtı kapsamında", "... Tatbikatı çerçevesinde")."""
    return _scope_rx().match(lower_tr(text), end) is not None


@lru_cache(maxsize=4)
def _opener_rx(key: str) -> re.Pattern[str]:
    """The phrases of ``key`` in ``lexicon/events.yaml`` that open a sentence."""
    alt = alternation(_event_words(key))
    return re.compile(rf"(?:{alt})(?!\w)" if alt else r"(?!x)x")


def opens_with_ceremony(text: str) -> bool:
    """Whether ``text`` opens with the ceremony of what was just told ("Törene ... katıldı",
    "The ceremony was attended by ...", ``ceremony_openers``)."""
    return _opener_rx("ceremony_openers").match(text.lstrip()) is not None


def opens_separately(text: str) -> bool:
    """Whether ``text`` opens by turning to another matter ("Separately, ...", "In a separate
    development, ...", ``separate_openers``): what it tells is not the event told before."""
    return _opener_rx("separate_openers").match(text.lstrip()) is not None


def main_clause(text: str) -> str:
    """``text`` up to a clause of what a document provides for ("..., under which ... will")."""
    m = _provision_rx().search(text)
    return text[:m.start()] if m else text


def implements(between: str) -> bool:
    """Whether the words between two named documents make the second carry out the first
    ("'nın uygulanmasına ilişkin"): the second is the document told of."""
    return _implements_rx().match(lower_tr(between)) is not None


def is_intended(text: str, at: int) -> bool:
    """Whether the verb at ``at`` is what someone agreed, decided or plans to do ("agreed to
    set up a working group", "plans to deploy"): it reports no event."""
    return _intent_rx().search(text, max(0, at - 24), at) is not None


def tells_of_phase(text: str) -> bool:
    """Whether ``text`` tells of a phase of an event ("liman safhası", "the sea phase")."""
    hit = _PHASE.get(text)
    if hit is None:
        hit = _PHASE.put(text, bool(words().phases.search(lower_tr(text))))
    return hit


def held_before(text: str, start: int) -> bool:
    """Whether a participle of holding comes right before the event noun at ``start``
    ("bakanlarının geçen ay Taşkent'te yaptığı görüşmede"): the text reports that event."""
    key = (text, start)
    hit = _HELD.get(key)
    if hit is None:
        hit = _HELD.put(key, bool(words().held_before.search(
            lower_tr(text[max(0, start - 60):start]))))
    return hit


def visited(text: str, start: int, end: int, suffix: str = "") -> bool:
    """Whether the place at ``start:end`` of ``text`` (``suffix``: its Turkish suffix) is the
    destination of a visit, or of an arrival ("Doha'ya gelen")."""
    w = words()
    if (w.visit_before.search(lower_tr(text[max(0, start - 30):start]))
            or w.visit_after.match(lower_tr(text[end:end + 30]))):
        return True
    arrival, dative = _arrival()
    return suffix in dative and arrival.match(lower_tr(text[end:end + 20])) is not None


@lru_cache(maxsize=1)
def _arrival() -> tuple[re.Pattern[str], frozenset[str]]:
    alt = "|".join(re.escape(x) for x in _event_words("arrival_after")) or "(?!x)x"
    return (re.compile(rf"^\s+(?:{alt})(?!\w)"),
            frozenset(_event_words("dative_suffixes")))


def _is_habitual_uncached(text: str) -> bool:
    """Whether ``text`` states a habit or a summary ("annual exercises", "over the past decade")."""
    return bool(words().habitual.search(lower_tr(text)))


_IS_HABITUAL_MEMO: Final[Bounded[str, bool]] = Bounded()


def is_habitual(text: str) -> bool:
    """Memoized by its text (see ``_is_habitual_uncached``)."""
    return _IS_HABITUAL_MEMO.cached(text, _is_habitual_uncached)


@lru_cache(maxsize=8)
def _alternatives(key: str) -> str:
    """The phrases of ``key`` in ``lexicon/events.yaml`` as one alternation over lower-cased text
    (spaces and apostrophes flexible)."""
    d, path = lexicon.load("events"), lexicon.lexicon_path("events")
    return "|".join(flex(lower_tr(w)) for w in lexicon.strings(d.get(key), path, key)) or "(?!x)x"


@lru_cache(maxsize=1)
def _time_ref_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"^\S*\s*(?:{_alternatives('time_reference_after')})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{_alternatives('time_reference_before')})\s+(?:the\s+)?$"))


@lru_cache(maxsize=1)
def _commemorated_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # "X Harekâtı'nın 111. yıl dönümü": an ordinal may stand between
    return (re.compile(rf"^\S*\s*(?:\d{{1,4}}\.?\s*)?(?:{_alternatives('commemorated_after')})"),
            re.compile(rf"(?<!\w)(?:{_alternatives('commemorated_before')})\s+(?:the\s+)?$"))


@lru_cache(maxsize=1)
def _topic_state_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    alt_a = _alternatives("topic_state_after")
    name = r"[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?"   # other states listed before it
    return (re.compile(rf"(?<!\w)(?:{_alternatives('topic_state_before')})\s+"
                       rf"(?:{name}\s*(?:,|(?<!\w)(?:and|ve|ile)(?!\w))\s*)*$"),
            re.compile(rf"^\S*\s*(?:{alt_a})(?!\w)|^(?:{alt_a})"))


def is_topic_state(text: str, start: int, end: int) -> bool:
    """Whether the state named at ``text[start:end]`` is talked about, not a side ("support on
    Kashmir, Karabakh and Cyprus", "Kıbrıs konusunda")."""
    rx_before, rx_after = _topic_state_rx()
    return bool(rx_before.search(lower_tr(text[max(0, start - 60):start]))
                or rx_after.match(lower_tr(text[end:end + 30])))


def is_commemorated(before: str, after: str) -> bool:
    """Whether an event named between ``before`` and ``after`` is commemorated ("X Harekâtı'nın
    111. yıl dönümü", "the anniversary of the X"), not told."""
    rx_after, rx_before = _commemorated_rx()
    return bool(rx_after.match(lower_tr(after[:50])) or rx_before.search(lower_tr(before[-40:])))


def is_time_reference(before: str, after: str) -> bool:
    """Whether a war named between ``before`` and ``after`` only dates something else
    ("… Birinci Dünya Savaşı sırasında sona ermiştir", "since the end of the Cold War")."""
    rx_after, rx_before = _time_ref_rx()
    return bool(rx_after.match(lower_tr(after[:40])) or rx_before.search(lower_tr(before[-40:])))


@lru_cache(maxsize=1)
def _observer_rx() -> re.Pattern[str]:
    return _phrases_rx("observer_words")


# A state named this many characters before an onlookers' word, or after it, in its clause, is
# an onlooker ("Türkiye'den bir heyet gözlemci olarak", "observers from Russia and Iran").
OBSERVER_BEFORE: Final = 72
OBSERVER_AFTER: Final = 32


@lru_cache(maxsize=TEXT_CACHE)
def observer_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` around its onlookers' words ("… as observers") in which a state
    named is an onlooker, each within its clause."""
    low = lower_tr(text)
    out = []
    for m in _observer_rx().finditer(low):
        a = max(m.start() - OBSERVER_BEFORE, max(low.rfind(c, 0, m.start()) for c in ",;(") + 1)
        stops = [i for i in (low.find(c, m.end()) for c in ",;)") if i >= 0]
        b = min([m.end() + OBSERVER_AFTER, *stops])
        out.append((a, b))
    return tuple(out)


@lru_cache(maxsize=1)
def _opinion_rx() -> re.Pattern[str]:
    found = lexicon.strings(lexicon.load("events").get("opinion"), lexicon.lexicon_path("events"), "opinion")
    return _words_rx(found or ["(?!x)x-never"])


@lru_cache(maxsize=TEXT_CACHE)
def is_opinion(text: str) -> bool:
    """Whether ``text`` reports what someone argues ("Yılmaz (2019) ileri sürer", "analysts argue")."""
    return bool(_opinion_rx().search(lower_tr(text)))


def _is_defense_uncached(text: str) -> bool:
    return bool(words().defense.search(lower_tr(text)))


_IS_DEFENSE_MEMO: Final[Bounded[str, bool]] = Bounded()


def is_defense(text: str) -> bool:
    """Memoized by its text (see ``_is_defense_uncached``)."""
    return _IS_DEFENSE_MEMO.cached(text, _is_defense_uncached)


def _has_object_uncached(key: tuple[str, str]) -> bool:
    """For kinds that need one, whether the text names what was moved (a drone, troops)."""
    kind, text = key
    rx = words().objects.get(kind)
    return True if rx is None else bool(rx.search(lower_tr(text)))


_HAS_OBJECT_MEMO: Final[Bounded[tuple[str, str], bool]] = Bounded()


def has_object(kind: str, text: str) -> bool:
    """Memoized by its text (see ``_has_object_uncached``)."""
    return _HAS_OBJECT_MEMO.cached((kind, text), _has_object_uncached)


__all__ = ["clean_name", "EventMention", "find_common", "find_heading", "find_named", "frames",
           "has_object", "held_before", "implements", "is_civilian", "is_defense",
           "is_commemorated", "is_generic_name", "is_habitual", "is_intended", "is_opinion",
           "is_time_reference", "is_topic_state",
           "is_verbal_noun", "kind_of_name", "main_clause", "mentions_many", "name_key",
           "names_counterpart", "names_pair", "needs_own_verb", "opens_separately", "provided_for",
           "opens_with_ceremony", "plural_kinds", "refers_to_delivered", "section_kind",
           "while_between", "at_venue", "short_name", "signed_after", "observer_spans",
           "takes_part", "tells_of_border", "tells_of_phase", "TEXT_CACHE", "visited", "words"]
