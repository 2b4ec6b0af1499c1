"""What extraction reads of a document before it links anything: the finders it runs, the
in-text citations and where the reference list begins, the line tests of tables, and each
sentence's spans (:func:`_analyze`: dates, places, actors, forces, figures and event mentions,
memoized by the sentence's text and shifted to its place in the document)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final

from defcoop.detect import analysis as an
from defcoop.detect import events as ev
from defcoop.detect.actors import ActorFinder
from defcoop.detect.actors import default_finder as default_actors
from defcoop.detect.citations import citations_before, reference_section
from defcoop.detect.forces import find_forces
from defcoop.detect.memo import Bounded
from defcoop.detect.series import bare_editions
from defcoop.detect.places import PlaceFinder
from defcoop.detect.places import default_finder as default_places
from defcoop.detect.spans import Intervals, tokens
from defcoop.extract_context import complete_years, early_count, filed_cut, relative_days
from defcoop.link.assign import SentenceFacts
from defcoop.read.document import Document


@dataclass
class Finders:
    places: PlaceFinder
    actors: ActorFinder
    memo: an.Memo = field(default_factory=an.Memo)
    lines: Any = None   # the line tests of tables (``_line_predicates``), made once


_DEFAULT: list[Finders] = []


def default_finders() -> Finders:
    """The finders over the package's gazetteer and actors (one instance per process)."""
    if not _DEFAULT:
        _DEFAULT.append(Finders(default_places(), default_actors()))
    return _DEFAULT[0]


# ----------------------------------------------------------------------------- helpers

_PAREN_YEAR = re.compile(r"\([^()]{0,120}?(?<!\d)(?:1[89]|20)\d\d")


def _citations(doc: Document) -> tuple[list[Any], int]:
    """In-text citations and where the reference list starts (len(text) when none)."""
    if not _PAREN_YEAR.search(doc.text):
        return [], len(doc.text)   # no "(… 2021 …)": neither citations nor a reference list
    section = reference_section(doc)
    limit = section[0] if section else len(doc.text)
    return citations_before(doc, limit), limit


def _line_predicates(f: Finders) -> tuple[Any, Any, Any]:
    connectors = {"ve", "and", "ile", "&"}

    def is_place(line: str) -> bool:
        toks = tokens(line)
        spans = f.places.find(line, toks)
        if not spans:
            return False
        covered = [(s.start, s.end) for s in spans]
        rest = [t for t in toks if not any(a <= t.start < b for a, b in covered)]
        return all(t.text.lower() in connectors for t in rest)

    def is_state(line: str) -> bool:
        toks = tokens(line)
        spans = [a for a in f.actors.find(line, toks) if a.kind == "party"]
        if not spans:
            return False
        covered = [(s.start, s.end) for s in spans]
        rest = [t for t in toks if not any(a <= t.start < b for a, b in covered)]
        return all(t.text.lower() in connectors for t in rest)

    def is_force(line: str) -> bool:
        spans = find_forces(line)
        words = re.findall(r"\w+", line)
        if not words:
            return False
        branch_like = {"kara", "hava", "deniz", "land", "air", "naval", "sea", "özel", "special",
                       "kuvvetleri", "kuvvetler", "forces", "force", "komutanlığı", "ve", "and"}
        return bool(spans) or all(w.lower().replace("I", "ı") in branch_like for w in words)

    def memoized(tag: str, test: Any) -> Any:
        def run(line: str) -> bool:
            key = (tag, line)
            hit = f.memo.get(key)
            if hit is None:
                hit = bool(test(line))
                f.memo.put(key, hit)
            return hit
        return run

    return memoized("lp", is_place), memoized("lf", is_force), memoized("ls", is_state)


def _analyze(doc: Document, text: str, sents: list[Any], f: Finders, year: int | None,
             masked: list[tuple[int, int]], limit: int,
             editions: dict[str, str] | None = None) -> list[SentenceFacts]:
    """Give each sentence its spans. Event mentions are found everywhere; dates, places,
    actors, forces and figures only in the sentences that can say something about an event
    (those that mention one, the block under a named heading, and the two sentences before a
    mention, which may carry its date). What a sentence says on its own is memoized by its text
    (:func:`_local`) and shifted to the sentence's place in the document.

    ``editions`` are the edition names ("X-2023") the document's tables gave, with their kinds:
    a sentence that names one bare, with no word of its kind ("units ... took part in X-2023 at
    ..."), tells of it too."""
    mask = Intervals()
    for a, b in sorted(masked):
        if not mask.overlaps(a, b):
            mask.add(a, b)
    page_of = doc.page_of
    # a sentence's text is the one object its paragraph's split made (memoized by the paragraph),
    # so every memo below finds it by identity, without hashing or comparing it again
    facts = [SentenceFacts(s.start, s.end, s.text, page_of(s.start), s.heading,
                           paragraph=s.paragraph) for s in sents]
    found = [an.mentions(fs.text, fs.heading, f.memo) for fs in facts]
    told: dict[int, tuple[ev.EventMention, ...]] = {}
    if editions:
        for i, fs in enumerate(facts):
            if not found[i].named and "-" in fs.text:
                bare = tuple(ev.EventMention(editions[m.name or ""], "named", m.start, m.end,
                                             m.text, name=m.name, trigger=m.trigger)
                             for m in bare_editions(fs.text, (), (), any_kind=True)
                             if m.name in editions)
                if bare:
                    told[i] = bare
                    found[i] = an.Mentions(found[i].lead, bare, found[i].common)
    # the lines at the top may date the story ("18 February 2025 10:24 (UTC +04:00)") even when
    # no sentence near them tells of an event
    early = early_count(facts)
    relevant = [i < max(TOP_LINES, early) for i in range(len(facts))]
    in_block = False
    for i, fs in enumerate(facts):
        m = found[i]
        if fs.heading:
            in_block = bool(m.named)
        elif m.lead is not None:
            in_block = True
        if (fs.heading or m.lead is not None or m.named or in_block
                or any(not x.other for x in m.common)):
            relevant[i] = True
            for j in (i - 2, i - 1, i + 1, i + 2):
                if 0 <= j < len(relevant):
                    relevant[j] = True
    for i, fs in enumerate(facts):
        if not relevant[i]:
            fs.others = [x.start for x in found[i].common if x.other and not x.framing]
            continue
        key = ("L", fs.text, fs.heading, i < early, _mask_within(mask, fs.start, fs.end))
        _place(fs, _local(key, f), (f.memo.token, key))
        if i in told:
            fs.named = told[i]   # a table's edition: this document's, no memo by its analysis
            fs.key = None
    _own_abbreviations(text, facts, f)
    confirmed = complete_years(facts, doc.published)
    relative_days(facts, relevant, doc.published, confirmed)
    return facts


# An abbreviation in brackets ("(PAF)"), and the name written just before it ("the Philippine
# Air Force"), read back from the bracket.
_ABBREVIATION = re.compile(r"\(([A-ZÇĞİÖŞÜ]{2,6})\)")
_NAME_BEFORE = re.compile(r"([A-ZÇĞİÖŞÜ][\w'’-]+(?:[ \t]+(?:of|the|and|for|[A-ZÇĞİÖŞÜ][\w'’-]+)){1,7})$")


def _own_abbreviations(text: str, facts: list[SentenceFacts], f: Finders) -> None:
    """An abbreviation a document defines for a name ("the Philippine Air Force (PAF)") stands
    for that name in it, not for the actor the alias table gives the same letters (the Pakistan
    Air Force): actors found by those letters that the name does not name are dropped."""
    if "(" not in text:
        return
    defined: dict[str, set[str]] = {}
    for m in _ABBREVIATION.finditer(text):
        if text[m.start() - 1:m.start()] not in (" ", "\t"):
            continue
        window = text[max(0, m.start() - 1 - ABBREVIATED_CHARS):m.start() - 1]
        ids = _NAMED_BY.get(window)
        if ids is None:
            name = _NAME_BEFORE.search(window)
            ids = _NAMED_BY.put(window, frozenset(a.value for a in f.actors.find(name.group(1))
                                                  if a.kind != "maker")
                                if name is not None else frozenset({""}))
        if "" not in ids:
            defined.setdefault(m.group(1), set()).update(ids)
    if not defined:
        return
    for fs in facts:
        if any(a.text[:2].isupper() and _letters(a.text) in defined for a in fs.actors):
            fs.actors = tuple(a for a in fs.actors if _letters(a.text) not in defined
                              or a.value in defined[_letters(a.text)])
            fs.key = None   # its actors are this document's now: no memo by its analysis


# Characters of a name before the abbreviation in brackets that follows it.
ABBREVIATED_CHARS: Final = 80

# The actors each such name names, memoized by the characters before the bracket ("" when
# they hold no name).
_NAMED_BY: Final[Bounded[str, frozenset[str]]] = Bounded()


def _letters(surface: str) -> str:
    """An actor's surface without a suffix after an apostrophe ("PAF's" -> "PAF")."""
    return surface.partition("'")[0].partition("’")[0]


@dataclass(frozen=True)
class _Local:
    """What one sentence says on its own, offsets relative to the sentence."""

    lead: ev.EventMention | None
    named: tuple[ev.EventMention, ...]
    common: tuple[ev.EventMention, ...]
    others: tuple[int, ...]
    dates: tuple[Any, ...]
    filed: tuple[Any, ...]
    actors: tuple[Any, ...]
    places: tuple[Any, ...]
    filed_places: tuple[Any, ...]
    forces: tuple[Any, ...]
    figures: tuple[Any, ...]


# Sentences and lines at the top of a document always read for their dates.
TOP_LINES: Final = 4


def _mask_within(mask: Intervals, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The masked ranges (in-text citations) inside a sentence, relative to it."""
    return tuple((a - start, b - start) for a, b in mask.within(start, end))


def _place(fs: SentenceFacts, local: _Local, key: object) -> None:
    """Give ``fs`` the sentence's own analysis; its offsets stay relative to the sentence."""
    fs.key = key
    fs.own_dates = local.dates
    fs.lead = local.lead
    fs.named = local.named
    fs.common = local.common
    fs.others = local.others
    fs.dates = local.dates
    fs.filed = local.filed
    fs.actors = local.actors
    fs.places = local.places
    fs.filed_places = local.filed_places
    fs.forces = local.forces
    fs.figures = local.figures


def _local(key: tuple[str, str, bool, bool, tuple[tuple[int, int], ...]], f: Finders) -> _Local:
    """The sentence's own analysis, memoized by ``key``: ("L", text, heading, early, masked)."""
    hit = f.memo.get(key)
    if hit is None:
        _, text, heading, early, masked = key
        hit = _local_uncached(text, heading, early, masked, f)
        f.memo.put(key, hit)
    return hit


def _local_uncached(text: str, heading: bool, early: bool,
                    masked: tuple[tuple[int, int], ...], f: Finders) -> _Local:
    """The sentence's mentions, dates, actors, places, forces and figures (offsets relative to
    it): a news dateline's date and city are set apart, spans inside a citation (``masked``)
    dropped, and mentions that are not the events told of filtered out."""
    def in_mask(pos: int) -> bool:
        return any(a <= pos < b for a, b in masked)

    m = an.mentions(text, heading, f.memo)
    d = an.details(text, f, f.memo)
    lead = m.lead
    named_all = list(m.named)
    common = [x for x in m.common if not x.other]
    intended = [x for x in common if x.verb and ev.is_intended(text, x.start)]
    if intended:   # "agreed to set up a working group": neither the verb nor its noun reports
        common = [x for x in common if x not in intended and not any(
            v.kind == x.kind and 0 <= x.start - v.end <= INTENDED_NOUN_GAP for v in intended)]
    # "the previous edition of the exercise, "Ittifoq-2024", was held ...": the other edition
    # named right after is what the sentence tells of
    others = tuple(x.start for x in m.common if x.other and not x.framing and not any(
        0 <= n.start - x.end <= APPOSITION_GAP for n in named_all))
    cut = filed_cut(text, d.dates, early)
    if not cut and early:
        city = _CITY_COLON.match(text)   # "Doha: The Qatari Emiri Naval Forces ..."
        if city and any(p.start == 0 and p.end == city.end(1) and p.extra.get("kind") == "city"
                        for p in d.places):
            cut = city.end()
    # "(Kvachadze 2019; Yılmaz 2024)": a cited work's year dates no event
    dates = [x for x in d.dates if not in_mask(x.begin)] if masked else list(d.dates)
    filed: list[Any] = []
    if cut > 0:
        filed = [x for x in dates if x.begin < cut]
        dates = [x for x in dates if x.begin >= cut]
    # "with a stop in Romania": a state named only as where a ship or aircraft came from or
    # stopped takes no part (where arms were built, "Türkiye'de üretilen", supplies them)
    moved = not any(x.kind == "arms_transfer" for x in m.common)
    actors = _owned(text, [x for x in d.actors if not in_mask(x.start) and not (
        moved and x.kind == "party"
        and any(p.extra.get("origin") and p.start == x.start for p in d.places))
        and not (x.kind == "party" and ev.is_topic_state(text, x.start, x.end))])
    org_spans = {(x.start, x.end) for x in actors}
    orgs = [(x.start, x.end) for x in actors if x.kind == "organization"]
    # "By Staff Reporter | Islamabad | Saturday, June 14, 2025": a city between the bars of a
    # byline is where the reporter is, not where the story was filed from
    filed_places = [p for p in d.places if p.start < cut and p.extra.get("kind") == "city"
                    and "|" not in text[p.end:text.find("\n", p.end) % (len(text) + 1)]]
    places = [p for p in d.places
              if not in_mask(p.start) and p.start >= cut
              and not (p.extra.get("kind") not in ("base", "site")
                       and (p.start, p.end) not in org_spans
                       and any(x <= p.start and p.end <= y for x, y in orgs))]
    if orgs:   # "the Collective Security Treaty Organization" reports no treaty
        common = [c for c in common if not any(a <= c.start < b for a, b in orgs)]
    # "Birlik-2025" (Unity-2025): a name in brackets just after another is its translation
    named_all = [x for i, x in enumerate(named_all)
                 if not (i and named_all[i - 1].kind == x.kind
                         and _ALIAS_GAP.fullmatch(text, named_all[i - 1].end, x.start)
                         and text[x.end:x.end + 1] == ")")]
    # "X Anlaşması'nın uygulanmasına ilişkin Y Protokolü": Y is signed, X only carried out
    named_all = [x for i, x in enumerate(named_all)
                 if not (i + 1 < len(named_all) and named_all[i + 1].kind == x.kind
                         and ev.implements(text[x.end:named_all[i + 1].start]))]
    needs_verb = ev.words().needs_verb
    named = [x for x in named_all if not any(p.start <= x.trigger[0] < p.end for p in places)
             and not ev.is_civilian(x.text) and not (x.name and ev.is_generic_name(x.name))
             and not (x.name and x.kind != "institution" and any(
                 a.kind == "organization" and text[a.start:a.end] == x.name for a in actors))
             # "KSEW contract": the contractor ("X Komutanlığı" set up is the institution)
             and not (x.kind == "conflict" and ev.is_time_reference(text[:x.start], text[x.end:]))
             and not ev.is_commemorated(text[:x.start], text[x.end:])
             and (x.kind not in needs_verb or any(c.verb and c.kind == x.kind for c in common))]
    # "EUFOR Althea Harekâtı kapsamında ... bölüğümüz ... intikal etti": the deployment is told
    named = [x for x in named if not (ev.frames(text, x.end) and any(
        c.verb and c.kind != x.kind and c.start > x.end for c in common))]
    if lead is not None:
        named = [x for x in named if x.start >= lead.end]
    if named or lead is not None:
        common = [c for c in common if not any(n.start <= c.start < n.end for n in named)
                  and not (lead is not None and c.start < lead.end)]
    # "at Tapa Army Base": a branch word inside a place's name is no force taking part
    forces = tuple(x for x in d.forces if not any(p.start <= x.start and x.end <= p.end
                                                  for p in d.places))
    return _Local(lead, tuple(named), tuple(common), others, tuple(dates), tuple(filed),
                  tuple(actors), tuple(places), tuple(filed_places), forces, tuple(d.figures))



# Characters between "the previous edition of the exercise" and the name after it.
APPOSITION_GAP: Final = 4

# Between a name and the same name translated in brackets after it ("Birlik-2025" (Unity-2025)).
_ALIAS_GAP = re.compile(r"[\"”'’»]?[ \t]*\(")


# Characters from a verb of what was agreed or planned to the noun it governs ("agreed to set up
# a joint working group").
INTENDED_NOUN_GAP: Final = 40


# A city written in title case and closed by a colon, opening a story's lead.
_CITY_COLON = re.compile(r"([A-ZÇĞİÖŞÜ][\w’'.-]+(?:[ \t][A-ZÇĞİÖŞÜ][\w’'.-]+)?):[ \t]+(?=[A-ZÇĞİÖŞÜ\"“‘'])")


def _same_span(actors: list[Any], p: Any) -> bool:
    return any(a.start == p.start and a.end == p.end for a in actors)


def _owned(text: str, actors: list[Any]) -> list[Any]:
    """Drop an organization of one state written after another state's name ("Pakistan Hava
    Kuvvetleri" is not the Turkish air force even if the alias "Hava Kuvvetleri" says so)."""
    out = []
    for i, a in enumerate(actors):
        prev = actors[i - 1] if i else None
        if (a.kind == "organization" and prev is not None and prev.kind == "party"
                and not text[prev.end:a.start].strip() and a.extra.get("country")
                and a.extra["country"] != prev.value):
            continue
        out.append(a)
    return out
