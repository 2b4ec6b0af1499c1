"""Extraction: one document in, candidate events with their evidence out.

:func:`extract` is a pure function of one :class:`~defcoop.read.document.Document` (so a
batch maps onto a process pool); :func:`to_contract` gives the public JSON contract described
in ``docs/extraction.md``.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from typing import Any, Final

from defcoop.candidates import (CONTRACT_KINDS, Candidate, ExtractionResult, candidates,
                                event_contract, to_contract)
from defcoop.detect import events as ev
from defcoop.detect.casefold import lower_tr
from defcoop.detect.forces import find_forces
from defcoop.detect.layout import blank, furniture
from defcoop.detect.places import cues
from defcoop.detect.sentences import sentences
from defcoop.detect.tables import Table, find_tables, planned_caption, planned_status
from defcoop.extract_analysis import (Finders, _analyze, _citations, _line_predicates,
                                      default_finders)
from defcoop.extract_context import context_dates, early_count
from defcoop.kb import load_places
from defcoop.link.assign import (CALL_WORDS, FIELD_KINDS, SentenceFacts, add_facts, body_states, claim,
                                 date_value, in_speech)
from defcoop.link.combine import merge_same_day, merge_unnamed
from defcoop.link.merge import Draft, Registry
from defcoop.link.unnamed import beside_named, named_states, unnamed
from defcoop.model import Cite, Claim
from defcoop.read.document import Document


# ----------------------------------------------------------------------------- extraction

def extract(doc: Document, finders: Finders | None = None) -> ExtractionResult:
    """Candidate events of ``doc`` with per-field evidence, and its in-text citations."""
    f = finders or default_finders()
    cits, limit = _citations(doc)
    text = blank(doc.text, furniture(doc.text))   # running headers, page numbers, notes
    if f.lines is None:
        f.lines = _line_predicates(f)   # closures made once for the finders, not per document
    is_place, is_force, is_state = f.lines
    tables = find_tables(text[:limit], doc.page_of, is_place, is_force, is_state)
    reg = Registry()
    table_ranges = [(t.start, t.end) for t in tables]
    for t in tables:
        _table_claims(doc, t, reg, f)
    year: int | None = None
    masked = [(c.start, c.end) for c in cits]
    sents = [s for s in sentences(text[:limit])
             if not any(a <= s.start < b for a, b in table_ranges)]
    facts = _analyze(doc, text, sents, f, year, masked, limit, _table_editions(reg))
    _attach_citations(facts, cits)
    states = _state_counts(facts)
    _read(facts, reg, states)
    merge_unnamed(reg)
    merge_same_day(reg)
    context_dates(facts, reg)
    merge_same_day(reg)   # the headline and the lead, dated by the story's date line
    _other_side(facts, reg, states)
    _dateline_place(facts, reg)
    _within_places(reg)   # after the dateline's city has placed the meeting
    _venue_places(facts, reg)
    return ExtractionResult(doc, candidates(doc, reg), cits)


def _codes(cell: str) -> list[str]:
    """The states a table's cell lists by their ISO codes ("AZE–JOR", "TUR, AZE, PAK")."""
    known = load_places()
    return [c for c in _CODE.findall(cell)
            if c.lower() in known and known[c.lower()].kind == "country"]


_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")


def _untitled(name: str, kind: str) -> str:
    """A row's name opened by its title word ("Exercise X-2025") without it, as the prose names
    it; a title word after the name ("Y 2023 Tatbikatı") stays, the table's way of naming it."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    if ev.kind_of_name(first) != kind:
        return name
    return ev.short_name(name, kind)


def _table_editions(reg: Registry) -> dict[str, str]:
    """The edition names ("X-2023") the tables gave, with their kinds."""
    return {d.name: d.kind for d in reg.drafts
            if d.name and d.kind != "other" and _EDITION.fullmatch(d.name)}


# An edition's name: words closed by a hyphen and a year ("X Y-2023").
_EDITION = re.compile(r"\w[\w' ]*-(?:19|20)\d\d")


def _table_claims(doc: Document, t: Table, reg: Registry, f: Finders) -> None:
    if planned_caption(t.caption):
        return   # "Tablo 2. 2026 yılında icra edilmesi planlanan başlıca faaliyetler"
    caption_states = list(f.actors.states(t.caption))
    cap = SentenceFacts(t.start, t.start + len(t.caption), t.caption, doc.page_of(t.start), True)
    for row in t.rows:
        if "status" in row.cells and planned_status(row.cells["status"].text):
            continue   # "2026 | Kardeşlik-2026 Ortak Tatbikatı | Azerbaycan | Planlanıyor"
        name_cell = row.cells["name"]
        if _told_row(doc, row, reg, f, t.kind):
            continue
        name = ev.clean_name(name_cell.text)
        parts = [x.strip() for x in name.split(";") if ev.kind_of_name(x.strip())]
        if ";" in name and parts:
            name = parts[-1]   # "Savunma bakanları görüşmesi; Askerî-Teknik İşbirliği Anlaşması"
        name = _TABLE_NAME_TAIL.sub("", name)   # "X Merkezi'nin açılışı": the centre opened
        name = _activity_name(name)   # "Signing of the Protocol on ...": the protocol
        tail = _activity_tail(name) if t.kind is None else None
        told: str | None = None
        if tail is not None and tail[0]:
            name = tail[0]   # "X Protokolü imzası": the protocol
        kind = ev.kind_of_name(name) if t.kind is None else t.kind
        if tail is not None and tail[0] and kind is None:
            kind = tail[1]   # "X ortak girişiminin açılışı": a venture's
        d: Draft | None
        if tail is not None and not tail[0]:
            told = tail[1]   # "PNS X korvetinin teslim töreni": a delivery
        else:
            told = _told_activity(name)
        words = name.split()
        if told is not None and t.kind is None:
            # "Delivery of 30 armoured personnel carriers to the Kenya Army", "Port call by
            # Turkish Naval Forces frigate X": a row that describes an event of that kind
            kind = told
            d = reg.unnamed(kind, name_cell.start)
            name = ""
        elif len(words) > 1 and not any(ch.isdigit() for ch in name) and not any(
                w[:1].isupper() for w in words[1:]):
            # "Üçlü savunma bakanları toplantısı": a row that describes, not names, an event
            kind = kind or ev.kind_of_name(name.title()) or _common_kind(name)
            if kind is None:
                continue
            d = reg.unnamed(kind, name_cell.start)
            name = ""
        else:
            # "Kardeşlik-2025 Ortak Taktik Tatbikatı" is the prose's "Kardeşlik-2025" too
            d = reg.named(ev.short_name(name, kind) if kind else name, kind or "other",
                          name_cell.start)
        if d is None:
            continue
        if d.kind == "other" and kind:
            d.kind = kind

        _name_and_date(d, row, _untitled(_through_year(name, kind), d.kind))
        if "place" in row.cells:
            ids = [p.value for p in f.places.find(row.cells["place"].text)]
            if ids:
                d.add(_cell_claim(row, "places", list(dict.fromkeys(ids)), "place"))
        if "forces" in row.cells and d.kind in FIELD_KINDS:
            codes = [x.value for x in find_forces(row.cells["forces"].text)]
            if codes:
                d.add(_cell_claim(row, "forces", list(dict.fromkeys(codes)), "forces"))
        if "parties" in row.cells:
            states = list(f.actors.states(row.cells["parties"].text)) or _codes(
                row.cells["parties"].text)
            if states:
                d.add(_cell_claim(row, "parties", list(dict.fromkeys(states)), "parties"))
        for role in ("purpose", "outcome"):
            if role in row.cells:
                d.add(_cell_claim(row, role, " ".join(row.cells[role].text.split()), role))
        if caption_states:
            d.add(claim(cap, "parties", list(dict.fromkeys(caption_states)), locus="table"))


@lru_cache(maxsize=1)
def _activity_words() -> tuple[tuple[str, ...], re.Pattern[str]]:
    from defcoop.detect import lexicon
    d = lexicon.load("tables")
    path = lexicon.lexicon_path("tables")
    heads = tuple(sorted((w.lower() for w in lexicon.strings(d.get("activity_prefixes"), path,
                                                             "activity_prefixes")),
                         key=len, reverse=True))
    joins = "|".join(re.escape(w) for w in lexicon.strings(d.get("activity_joins"), path,
                                                           "activity_joins")) or r"(?!x)x"
    # "Port call by ...", "PASSEX, TCG X and Y": the noun, then a joining word or a comma
    return heads, re.compile(rf"^(?P<noun>[^\W\d][\w-]*(?:[ \t]+[^\W\d][\w-]*)?)"
                             rf"(?:[ \t]+(?:{joins})|,)[ \t]", re.I)


@lru_cache(maxsize=1)
def _activity_tails() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from defcoop.detect import lexicon
    d = lexicon.load("tables")
    path = lexicon.lexicon_path("tables")
    return (tuple(lower_tr(w) for w in lexicon.strings(d.get("activity_name_tails"), path,
                                                       "activity_name_tails")),
            tuple(lower_tr(w) for w in lexicon.strings(d.get("activity_told_tails"), path,
                                                       "activity_told_tails")))


def _activity_tail(name: str) -> tuple[str, str | None] | None:
    """A Turkish activity cell closed by lower-case words of an act: (name, kind of the words
    or None) for an act on the named thing ("X Protokolü imzası", "X ortak girişiminin
    açılışı"), ("", kind) for an unnamed event of the act's kind ("PNS X korvetinin teslim
    töreni"); None otherwise."""
    words = name.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].islower():
        k -= 1
    if k == 0 or k == len(words):
        return None
    tail = lower_tr(" ".join(words[k:]))
    named, told = _activity_tails()
    kinds = {x.kind for x in ev.find_common(tail) if x.kind != "other"}
    kind = kinds.pop() if len(kinds) == 1 else None
    if any(tail == t or tail.endswith(" " + t) for t in named):
        if ev.is_generic_name(" ".join(words[:k])):
            return ("", kind) if kind is not None else None   # "MoU ... signed": no name
        return " ".join(words[:k]), kind   # "ortak girişiminin açılışı": a venture's name
    if kind is not None and any(f" {t} " in f" {tail} " for t in told):
        return "", kind   # "... rifles delivered to land forces": told anywhere in the words
    titled = ev.kind_of_name(words[k - 1])
    if titled is not None and not ev.is_generic_name(" ".join(words[:k])):   # not "MoU on ..."
        # "X Declaration launches trilateral format": a cell told as a short sentence about the
        # named thing its capitalized words end with
        return " ".join(words[:k]), titled
    return None


def _activity_name(name: str) -> str:
    """A table's activity written as an act on a named thing ("Signing of the Protocol on X",
    "Opening of the Y Office", "Exercise Z 2025 (joint special forces exercise)"): the thing's name."""
    heads, _ = _activity_words()
    name = _TRAILING_NOTE.sub("", name)
    low = name.lower()
    for h in heads:
        if low.startswith(h + " ") and name[len(h) + 1:][:1].isupper():
            return name[len(h) + 1:]
    return name


def _told_activity(name: str) -> str | None:
    """The kind of a row that describes an event by its common noun and what follows ("Delivery
    of 30 ...", "Port call by ..."), or None."""
    _, rx = _activity_words()
    m = rx.match(name)
    if m is None:
        return None
    kinds = {x.kind for x in ev.find_common(m.group("noun")) if not x.verb}
    return kinds.pop() if len(kinds) == 1 else None


# A note in brackets closing a table's name cell ("X 2025 (joint special forces exercise)").
_TRAILING_NOTE = re.compile(r"[ \t]*\([^()]*\)$")


def _cell_claim(row: Any, fieldname: str, value: object, role: str) -> Claim:
    """A claim of a table row's cell of ``role``."""
    c = row.cells[role]
    return Claim(field=fieldname, value=value, quote=" ".join(c.text.split()), page=c.page,
                 source="", locus="table", start=c.start, end=c.end)


# A row's name up to its year, when words of its kind follow it ("Kum Fırtınası-2026 Birleşik,
# Müşterek Arazi Tatbikatı", "Sea Gale-2026 deniz tatbikatı", "Y-2025 tatbikatı").
_THROUGH_YEAR = re.compile(r"(.*?\w[-–\s]?(?:19|20)\d\d)(?=[\s,]+\D+$)")


def _through_year(name: str, kind: str | None) -> str:
    """The name a table row gives its event: "X-2026" of "X-2026 ... Tatbikatı", the words
    after the year being the kind's title, not part of the name."""
    m = _THROUGH_YEAR.match(name)
    after = name[m.end():].split() if m is not None else []
    if m is None or kind is None or ev.kind_of_name(name) != kind \
            or (len(after) < 2 and not after[0][:1].islower()):
        return name   # "Çöl Fırtınası 2026 Tatbikatı": the title word alone stays
    return m.group(1)   # "X-2026 Birleşik, ... Tatbikatı", "Y-2025 tatbikatı": the kind's words


def _name_and_date(d: Draft, row: Any, name: str) -> None:
    """The name (when the row names its event) and the date cell's claims of a table row."""
    if name:
        d.add(_cell_claim(row, "name", name, "name"))
    if row.date is not None:
        value = date_value(row.date)
        if value:
            d.add(_cell_claim(row, "date", value, "date"))


# Words of an event cell with a verb and no full stop that make it a short sentence, not a name,
# and the lower-case words (not the joining words of a title) that make such a cell with no verb
# a description.
TOLD_ROW_WORDS: Final = 8
TOLD_ROW_LOWER: Final = 3


def _told_row(doc: Document, row: Any, reg: Registry, f: Finders, table_kind: str | None) -> bool:
    """A chronology's row whose event cell is a sentence ("Oş Ortak Bildirisi, ... tarafından
    imzalandı.", "... sınırında ... çatışmalar yaşandı."): the event it tells, named when it names
    one, of the kind of its verb otherwise, at the specific places it names."""
    cell = row.cells["name"]
    text = " ".join(cell.text.split())
    if len(text.split()) < (4 if text.endswith(".") else TOLD_ROW_WORDS):
        return False
    common = [m for m in ev.find_common(text) if not m.other]
    # a long cell with no full stop is told as a sentence too when it tells with a verb ("First
    # batch of X rifles delivered to Jordan for its special forces") or describes in common
    # words ("X–Y meeting on the sidelines of the Z summit"); not a title ("Signing of the
    # Memorandum of Understanding on Defence Industry Cooperation")
    if not text.endswith(".") and not any(m.verb for m in common) and sum(
            1 for w in text.split() if w[:1].islower() and len(w) > 3
            and lower_tr(w) not in ev.words().connectors) < TOLD_ROW_LOWER:
        return False
    named = [m for m in ev.find_named(text) if m.name and not ev.is_generic_name(m.name)]
    kinds = {m.kind for m in common if m.verb} or {m.kind for m in common} or set(
        ev.plural_kinds(text))   # "... çatışmalar yaşandı."
    d: Draft | None
    if len({m.name for m in named}) == 1:
        kind = table_kind or named[0].kind
        name = named[0].name or ""
        d = reg.named(name, kind, cell.start)
    elif len(kinds) == 1 or table_kind:
        kind = table_kind or kinds.pop()
        d = reg.unnamed(kind, cell.start)
        name = ""
    else:
        return False
    if d is None:
        return True

    _name_and_date(d, row, name)
    places = [p.value for p in f.places.find(text) if p.extra.get("specific") and not p.extra.get(
        "origin") and not any(m.start <= p.start < m.end for m in named)]
    if places:
        d.add(_cell_claim(row, "places", list(dict.fromkeys(places)), "name"))
    if d.kind in FIELD_KINDS or d.kind == "arms_transfer":
        codes = [x.value for x in find_forces(text)]
        if codes:
            d.add(_cell_claim(row, "forces", list(dict.fromkeys(codes)), "name"))
    role = "parties" if "parties" in row.cells else "name"
    states = list(f.actors.states(row.cells[role].text))
    if states:
        d.add(_cell_claim(row, "parties", list(dict.fromkeys(states)), role))
    return True


# An apostrophe suffix and the lower-case words after it that end a table's name cell ("Üçlü
# Askeri Eğitim Koordinasyon Merkezi'nin açılışı").
_TABLE_NAME_TAIL = re.compile(r"[’'][^\s’']+(?:[ \t]+[a-zçğıöşü][\w]*)+$")


def _common_kind(text: str) -> str | None:
    """The kind of the only kind of event noun in ``text`` ("savunma bakanları toplantısı")."""
    kinds = {m.kind for m in ev.find_common(text) if not m.verb}
    return kinds.pop() if len(kinds) == 1 else None


def _attach_citations(facts: list[SentenceFacts], cits: list[Any]) -> None:
    if not cits:
        return
    starts = [s.start for s in facts]   # sorted: a citation finds its sentence by bisection
    for c in cits:
        as_written = getattr(c, "text", "")
        i = bisect.bisect_right(starts, c.start) - 1
        if i < 0 or not facts[i].start <= c.start < facts[i].end:
            continue
        s = facts[i]
        target = s
        bare = re.sub(r"[()\s.;,]", "", s.text.replace(as_written, ""))
        if not bare and i > 0:
            target = facts[i - 1]
        target.cites = [*target.cites, Cite(as_written=as_written, ref=None)]


def _state_counts(facts: list[SentenceFacts]) -> list[tuple[str, int]]:
    """The states the document names, most named first (first named first among equals)."""
    counts: dict[str, int] = {}
    for s in facts:
        for a in s.actors:
            if a.kind == "party":
                counts[a.value] = counts.get(a.value, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


def _read(facts: list[SentenceFacts], reg: Registry, states: list[tuple[str, int]]) -> None:
    for i, s in enumerate(facts):
        # "Sudan Silahlı Kuvvetleri ile Etiyopya ordusu arasında": the states of the forces too
        given = {a.value for a in s.actors if a.kind == "party"} | set(body_states(s))
        n = ev.names_pair(s.text) if len(given) < 3 else 0
        if n and len(given) < n:
            # "the two countries"; "the first trilateral meeting ... in Gabala, Azerbaijan": the
            # states the sentence does not name are those of the sentences before, or the
            # document's most named
            pair = (_pair_before(facts, i, n, states) or _named_together(facts, i, n, states)
                    or _section_pair(facts, i, n) or [k for k, _ in states[:n]])
            if given <= set(pair):
                s.pair = pair
    defense_doc = _about_defense(facts)
    # the story's date, not the period a report's title covers ("..., 2022–2025 / Report No. 17 ·
    # December 2025")
    story_year = next((x.first[:4] for s in facts for x in s.filed if x.first
                       and x.role != "range"), None)
    owner: Draft | None = None
    section: str | None = None
    recent: dict[str, Draft] = {}
    seen: dict[int, int] = {}   # a draft's last paragraph with facts
    paragraph = -1
    told: list[Draft] = []   # the events the sentence before told of, in its paragraph
    for s in facts:
        if told and (s.paragraph != paragraph or s.common or s.named or s.heading):
            told = []
        elif told and ev.opens_with_ceremony(s.text):
            # "... Niamey'de düzenlenen törenle teslim edildi. Törene Nijer Savunma Bakanı ile
            # Türkiye'nin Niamey Büyükelçisi katıldı.": who attended is a party of what was done
            for done in told:
                add_facts(done, s, mentioned=False, anchor=0, name_spans=[], signing=False)
            continue
        # "the exercise", a verb without a name: only an event of this or the last paragraph
        if s.paragraph != paragraph and recent:
            recent = {k: d for k, d in recent.items()
                      if seen.get(id(d), s.paragraph) >= s.paragraph - RECENT_PARAGRAPHS}
        paragraph = s.paragraph
        if recent and s.common and ev.opens_separately(s.text):
            recent = {}   # "Separately, the Air Force received ...": another event than those told
        if s.heading and s.filed and not s.named and not s.common:
            continue   # "Yayınlanma: 11.06.2025 13:25": a line that dates the story heads nothing
        if s.heading:
            section = ev.section_kind(s.text) or section
            owner = None
            named = s.named
            item = _ITEM_HEADING.match(s.text) if not named and section else None
            if len(named) == 1 and named[0].name:
                d = reg.named(named[0].name, named[0].kind, s.start)
                if d is not None:
                    d.add(claim(s, "name", named[0].name, locus="heading"))
                    owner = d
                    recent[d.kind] = d
            elif item is not None and section is not None:
                # "2.3. Steadfast Defender 2024" under "2. Exercises": an item of the section
                d = reg.named(item.group("name"), section, s.start)
                if d is not None:
                    d.add(claim(s, "name", " ".join(item.group("name").split()), locus="heading"))
                    owner = d
                    recent = {d.kind: d}
            else:
                recent = {}
            continue
        if s.lead is not None and s.lead.name:
            lead = s.lead
            lead_name = s.lead.name
            existing = reg.lookup(lead_name)
            kind = lead.kind or (existing.kind if existing else "") or section or _kind_from(s) or "other"
            d = reg.named(lead_name, kind, s.start + lead.start)
            if d is not None:
                if d.kind == "other" and kind != "other":
                    d.kind = kind
                c = claim(s, "name", lead_name, locus="heading")
                c.quote, c.start, c.end = (" ".join(lead.text.split()), s.start + lead.start,
                                           s.start + lead.end)
                d.add(c)
                if lead.date is not None:
                    v = date_value(lead.date)
                    if v:
                        dc = claim(s, "date", v, locus="heading")
                        dc.quote, dc.start, dc.end = c.quote, c.start, c.end
                        d.add(dc)
                owner = d
                recent[d.kind] = d
        if not s.named and s.lead is None and s.dates and reg.yeared:
            s.named = _editions(s, reg)   # "Northern Shield-2024" after "Northern Shield-2025 Exercise"
        targets: list[tuple[Draft, bool, int, list[tuple[int, int]]]] = []
        name_spans = [(m.start, m.end) for m in s.named]
        if s.lead is not None:
            name_spans.append((s.lead.start, s.lead.end))
        named_drafts: list[Draft] = []
        to_come = False
        for m in s.named:
            if m.name and s.ahead and reg.lookup(m.name) is None and not any(
                    x.role == "until" for x in s.dates) and not any(
                    c.anaphoric and c.kind == m.kind for c in s.common):
                # "X-2025 Tatbikatı'nın Kasım ayında icra edileceğini"; not "The exercise, named
                # X-2025, will run until Friday": the exercise under way
                to_come = True
                continue
            if m.name and ((s.ahead and (_next_edition(s, reg.lookup(m.name))
                                         or _edition_ahead(s, m.name)))
                           or (m.kind not in PLANNED_AHEAD and _later_edition(m.name, story_year))):
                # "'Şahin Kalkanı' tatbikatının bir sonraki aşamasının 2026 yılında Pakistan'da
                # yapılması planlanıyor" in a story of the 2025 exercise: the next one, to come
                to_come = True
                continue
            if not m.name:
                continue
            if m.kind in PROVIDED_KINDS and ev.provided_for(s.text, m.start, m.end):
                to_come = True   # "Zapt, ... bir X Merkezi kurulmasını öngörüyordu": provided for
                continue
            if in_speech(s.text, m.start, m.end) and all(
                    in_speech(s.text, x.begin, x.stop) for x in s.dates):
                # '"X Beyannamesi ile tescil ettiğimiz müttefikliğimiz ..." dedi', and '"Bugün
                # açtığımız tesis, X Beyannamesi ile ..."': the day in the words is the speaker's
                continue
            d = reg.named(m.name, m.kind, s.start + m.start)
            if d is None:
                continue
            if d.year is None and d.has("date") and "table" not in d.loci and len(s.named) == 1:
                own = [x for x in s.dates if not x.weak and x.role in ("point", "range")]
                value = date_value(own[0]) if own else None
                if value and not any(d.date_compatible(v) for v in _years_of(value)):
                    d = reg.fresh(m.name, m.kind, s.start + m.start)   # the same name, another year's event
            if d.kind == "other" and m.kind != "other":
                d.kind = m.kind   # a table's row of no kind the prose names as an exercise
            d.add(claim(s, "name", m.name))
            recent[d.kind] = d
            named_drafts.append(d)
            targets.append((d, True, m.end, name_spans))
        if to_come and not named_drafts:
            continue   # an event still to come: the sentence tells of nothing done
        if owner is not None and s.lead is None and any(d is not owner and d.kind == owner.kind
                                                        for d in named_drafts):
            owner = None   # the block goes on to another event of its kind ("X, held within Y")
        if len({id(d) for d in named_drafts}) > 1 and len({d.kind for d in named_drafts}) == 1:
            continue  # a list of several events: only their names are evidence
        if named_drafts and owner is None and s.lead is None:
            targets.extend(beside_named(s, reg, recent, named_drafts, name_spans))
        if s.lead is not None and owner is not None and not targets:
            targets.append((owner, True, s.lead.end, name_spans))
        elif not targets and owner is not None and _another_event(s, owner):
            # "On the sidelines of the exercise, the commander met ... yesterday" under a
            # headline naming the exercise: a meeting of its own
            targets.extend(unnamed(s, reg, {**recent, owner.kind: owner}, name_spans, defense_doc))
        elif not targets and owner is not None:
            mentions = [m for m in s.common if m.kind == owner.kind]
            anchor = mentions[0].start if mentions else 0
            targets.append((owner, bool(mentions), anchor, name_spans))
        elif not targets:
            targets.extend(unnamed(s, reg, recent, name_spans, defense_doc))
        signing = any(m.verb for m in s.common)
        if len(targets) == 1 and owner is None:
            t0 = targets[0][0]
            for m in s.common:
                if m.kind == "meeting" and t0.kind != "meeting":
                    host = recent.get("meeting")
                    if host is not None and host is not t0 and t0.kind in ("agreement", "declaration"):
                        t0.within = host   # "Ziyaret kapsamında ... imzalandı": signed during it
                    continue
                if t0.kind == "meeting" or (m.verb and m.kind != t0.kind
                                            and ev.words().refine.get(m.kind) != t0.kind):
                    continue   # "signs deal as defense chiefs meet": the deal is an event of its own
                if t0.kind == "conflict" and m.kind != t0.kind:
                    continue   # "clashed ... since the neighbours signed a declaration": not the clash
                if m.kind != t0.kind and m.kind in FIELD_KINDS and t0.kind in FIELD_KINDS:
                    continue   # "held a goodwill exercise ... after a port call in Tokyo": two events
                if m.anaphoric and not m.verb and m.kind != t0.kind and any(
                        d.kind == m.kind and d is not t0 for d in reg.drafts):
                    continue   # "Tatbikata ara veren gemiler ... arama-kurtarma": the exercise told before
                recent[m.kind] = t0  # "the contract ... the delivery": one event
        for d, mentioned, anchor, spans in targets:
            for ct in s.cites:
                if ct.as_written not in d.cites:
                    d.cites.append(ct.as_written)
            if _echo(d, s, seen, owner):
                continue
            add_facts(d, s, mentioned=mentioned, anchor=anchor, name_spans=spans, signing=signing)
            seen[id(d)] = s.paragraph
        told = [d for d, *_ in targets]


# Kinds of the named events that a document can provide for (a centre to set up, an exercise to
# hold); an agreement is the document that provides.
PROVIDED_KINDS: Final = ("institution", "exercise", "deployment")


def _next_edition(s: SentenceFacts, d: Draft | None) -> bool:
    """A sentence about the future whose own dates are none of the dated event's it names."""
    if d is None or not d.has("date"):
        return False
    values = [v for x in s.dates if not x.weak and x.role in ("point", "range")
              for v in [date_value(x)] if v]
    return bool(values) and not any(d.date_compatible(v) for v in values)


def _edition_ahead(s: SentenceFacts, name: str) -> bool:
    """A sentence about the future that dates the edition its name's year gives ("... 2026
    yılında Azerbaycan'da, Kardeşlik-2026 adıyla düzenlenmesi planlanmaktadır")."""
    if any(x.role == "until" for x in s.dates):
        return False   # "The exercise, named X-2025, will run until Friday": under way
    years = _YEAR_IN_NAME.findall(name)
    strong = [x.first[:4] for x in s.dates if not x.weak and x.first]
    return bool(years) and bool(strong) and all(y == years[-1] for y in strong)


def _later_edition(name: str, story_year: str | None) -> bool:
    """An edition named for a year after the story's ("Hazar Kalkanı-2026" in a story dated
    2025) is still to come."""
    years = _YEAR_IN_NAME.findall(name)
    return bool(story_year and years and years[-1] > story_year)


_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")

# Kinds whose names carry the year they are for, signed before it ("2026 Yılı Askerî İşbirliği
# Planı" signed in November 2025): a later year in the name is no edition to come.
PLANNED_AHEAD: Final = ("agreement",)


def _another_event(s: SentenceFacts, owner: Draft) -> bool:
    """A sentence in the block of a named event that reports an event of another kind with a
    date of its own: a verb of that kind with what it needs ("met with ... yesterday"), or a
    noun of it with its own verb ("signed a roadmap ... in February")."""
    if not any(not x.weak and x.role in ("point", "range") for x in s.dates):
        return False
    if len(named_states(s) | set(s.pair)) < 2:
        return False   # "the chief of staff visited the exercise area": no event between states
    w = ev.words()
    verbs = [m for m in s.common if m.verb and m.kind != owner.kind]
    if any(m.kind in w.verb_kinds and ev.has_object(m.kind, s.text) for m in verbs):
        return True
    return any(not n.verb and not n.anaphoric and n.kind != owner.kind
               and any(v.kind == n.kind for v in verbs) for n in s.common)


_EDITION_YEAR = r"[ \t]*[-–]?[ \t]*((?:19|20)\d\d)(?!\d)"


@lru_cache(maxsize=4096)
def _series(name: str) -> tuple[str, re.Pattern[str] | None]:
    """A name up to its year ("Northern Shield" of "Northern Shield-2025") and the pattern of
    that name with a year; no pattern when the name has no such part."""
    base = re.split(_EDITION_YEAR, name, maxsplit=1)[0].strip(" -–")
    if len(base) < 4 or base == name:
        return base, None
    return base, re.compile(re.escape(base) + _EDITION_YEAR)


def _editions(s: SentenceFacts, reg: Registry) -> tuple[ev.EventMention, ...]:
    """Other editions of a series the document has named: the name of a named event up to its
    year, written with another year and no title word ("the previous edition, Northern
    Shield-2024, was held in September 2024" after "Northern Shield-2025 Exercise")."""
    out: list[ev.EventMention] = []
    for d in reg.yeared:
        if d.unnamed or not d.name or d.year is None:
            continue
        base, pattern = _series(d.name)
        if pattern is None or base not in s.text:
            continue
        for m in pattern.finditer(s.text):
            if m.group(1) == d.year or any(x.start <= m.start() < x.end for x in out):
                continue
            out.append(ev.EventMention(d.kind, "named", m.start(), m.end(), m.group(0),
                                       name=m.group(0), trigger=(m.start(), m.end())))
    return tuple(out)


# A numbered sub-heading that is a name ending in a year: an item of its section's kind.
_ITEM_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?"
                           r"(?P<name>[A-ZÇĞİÖŞÜ][\w'’]*(?:[ -][A-ZÇĞİÖŞÜ][\w'’]*){0,4}[ -]+(?:19|20)\d\d)\s*$")


# How many paragraphs back "the exercise" or a bare verb may find the event it refers to.
RECENT_PARAGRAPHS: Final = 2


def _about_defense(facts: list[SentenceFacts]) -> bool:
    """Whether the document is about defense: its headline has a defense word, or a good
    share of its sentences do."""
    told = [s for s in facts if not s.filed or s.dates]
    if not told:
        return False
    head = [s for s in told if len(s.text) >= HEAD_MIN_CHARS and s.text.count("|") < 2]
    if any(ev.is_defense(s.text) and not ev.is_civilian(s.text) for s in head[:HEAD_SENTENCES]):
        return True   # the headline, its deck or its lead, past a page's menu and section lines
    return sum(1 for s in told if ev.is_defense(s.text)) >= DEFENSE_SHARE * len(told)


def _echo(d: Draft, s: SentenceFacts, seen: dict[int, int], owner: Draft | None) -> bool:
    """A later mention of a dated event, paragraphs away and without a date of its own ("Russian
    media called X a NATO project", "speaking in Ankara after X"), names it but gives it no
    places, parties or forces: those belong to what that paragraph tells."""
    if d is owner or "table" in d.loci or not d.has("date") or id(d) not in seen:
        return False
    if any(not x.weak for x in s.dates):
        return False
    return s.paragraph - seen[id(d)] > RECENT_PARAGRAPHS or ev.is_opinion(s.text)


def _years_of(value: str) -> list[str]:
    """The years a date value falls in ("2021-07-27" -> ["2021"])."""
    return sorted({part[:4] for part in value.split("/")})


def _pair_before(facts: list[SentenceFacts], i: int, n: int,
                 states: list[tuple[str, int]]) -> list[str]:
    """The states "the two countries" stand for: those the two sentences before (in this
    paragraph or the one before) name, with their forces' and ministries' states, when they are
    ``n`` (a long document speaks of many pairs); when they are fewer and their sentence tells
    of an event, completed by the document's most named ("Bakanımız, Bahreyn ... Bakanı ile bir
    araya geldi. Görüşmede ikili ..." in a Turkish ministry's release; not "open to a third
    partner, Pakistan")."""
    found: list[str] = []
    told = False   # the sentence that names them tells of an event done (a verb of one)
    for j in range(i - 1, max(-1, i - 3), -1):
        if facts[j].heading or facts[j].paragraph < facts[i].paragraph - 1:
            break
        before = len(found)
        found += [a.value for a in facts[j].actors if a.kind == "party" and a.value not in found]
        found += [c for c in body_states(facts[j]) if c not in found]
        if len(found) > before:
            told = told or any(m.verb for m in facts[j].common)
        if len(found) >= n:
            break   # "Türkiye ... Bosna-Hersek ... teslimatı ... Araçlar, Bosna-Hersek ...": both
    if 0 < len(found) < n and told:
        found += [k for k, _ in states if k not in found][:n - len(found)]
    return found if len(found) == n else []


def _section_pair(facts: list[SentenceFacts], i: int, n: int) -> list[str]:
    """The ``n`` states the heading of the section of sentence ``i`` names ("I. AZERBAYCAN -
    TÜRKMENİSTAN" over "İki ülke, 2023 yılının sonlarında ... imzalamış"), in a document that
    speaks of several pairs."""
    for j in range(i - 1, -1, -1):
        if facts[j].heading:
            named = _states_named(facts[j])
            return named if len(named) == n else []
    return []


def _states_named(s: SentenceFacts) -> list[str]:
    """The states ``s`` names, each once, in order."""
    return list(dict.fromkeys(a.value for a in s.actors if a.kind == "party"))


def _named_together(facts: list[SentenceFacts], i: int, n: int,
                    states: list[tuple[str, int]]) -> list[str]:
    """The ``n`` states the last sentence before ``i`` that names exactly ``n`` states names
    ("the three countries" after "the Chiefs of General Staff of Azerbaijan, Pakistan and
    Türkiye"), when ``n`` is more than two and they are among the document's ``n + 1`` most
    named (not three states named in passing in a long paper)."""
    if n < 3:
        return []
    top = {k for k, _ in states[:n + 1]}
    for j in range(i - 1, -1, -1):
        named = _states_named(facts[j])
        if len(named) == n:
            return named if set(named) <= top else []
    return []


def _kind_from(s: SentenceFacts) -> str | None:
    kinds: dict[str, int] = {}
    for m in s.common:
        if not m.verb:
            kinds[m.kind] = kinds.get(m.kind, 0) + 1
    return max(kinds, key=lambda k: kinds[k]) if kinds else None


DYADIC = ("exercise", "agreement", "declaration", "arms_transfer", "conflict")

# The first sentences whose defense words make the document one about defense: a headline,
# with a menu line of a saved page before it and a deck after it.
HEAD_SENTENCES = 3
HEAD_MIN_CHARS = 20   # shorter lines at the top are a page's section labels ("Dünya")

# A share of a document's sentences with a defense word at least this large makes it a
# document about defense.
DEFENSE_SHARE = 0.25


# The third state counts as one of the states a document is about when it is named at least
# this share as often as the second.
TRIO_SHARE = 0.6


def _other_side(facts: list[SentenceFacts], reg: Registry, states: list[tuple[str, int]]) -> None:
    """An event with one party in a document about a pair of states ("a contract for four
    corvettes for the Pakistan Navy" in a paper on Türkiye and Pakistan) has the other state of
    the pair as its other side; the evidence is the first sentence naming both. In a document
    about three states the other sides are the two others."""
    top = states[:4]
    if len(top) < 2 or top[1][1] < 2:
        return
    if len(top) >= 3 and top[2][1] >= TRIO_SHARE * top[1][1]:
        # a document about three states ("Türkiye-Azerbaycan-Gürcistan"), unless a fourth is
        # named as often as the third
        if top[2][1] < 2 or (len(top) == 4 and top[3][1] == top[2][1]):
            return
        pair = {top[0][0], top[1][0], top[2][0]}
        if not any(ev.names_pair(s.text) == 3 for s in facts):
            # "Türkiye'nin Endonezya ve Malezya ile Savunma İlişkileri": one state's ties with
            # each of two others, never "the three countries" or "trilateral"
            _hub_sides(facts, reg, top[0][0], pair - {top[0][0]})
            return
    else:
        pair = {top[0][0], top[1][0]}
    both = next((s for s in facts if pair <= {a.value for a in s.actors if a.kind == "party"}), None)
    if both is None:
        return
    for d in reg.drafts:
        if d.kind not in DYADIC and d.kind not in ("meeting", "institution"):
            continue
        parties = d.parties()
        if not parties <= pair or len(parties) > 1 or (
                not parties and d.kind not in ("institution", "agreement", "declaration")):
            continue   # a centre, or a document signed, the text tells of without its states
            # is the pair's too ("Our Minister recalled that the X Agreement, signed in Ankara
            # on 8 February 2024, ...")
        if d.kind == "meeting" and not any(c.field == "parties" and (
                ev.names_counterpart(c.quote) or any(w in lower_tr(c.quote) for w in CALL_WORDS))
                for c in d.claims):
            continue   # a meeting has another side only when a counterpart is spoken of, or a
            # visitor "called on" someone
        if d.kind == "conflict" and not any(ev.tells_of_border(c.quote) for c in d.claims):
            continue   # "troops clashed with militants in a province": no war between the pair
        d.add(claim(both, "parties", sorted(pair)))


# How many sentences before an event's first one may name its other side.
PARTNER_BEFORE = 4


def _hub_sides(facts: list[SentenceFacts], reg: Registry, hub: str, partners: set[str]) -> None:
    """In a document about one state's ties with each of several others, an event with only a
    partner as party has the hub as its other side, and an event with only the hub has the one
    partner named in the nearest sentence before its first (within its section)."""
    index = {s.start: i for i, s in enumerate(facts)}
    for d in reg.drafts:
        if d.kind not in DYADIC and d.kind not in ("meeting", "institution"):
            continue
        parties = d.parties()
        if len(parties) != 1 or not parties <= partners | {hub}:
            continue
        starts = sorted(c.start for c in d.claims if c.start is not None and c.start in index)
        if not starts:
            cell = next((c for c in d.claims if c.field == "parties" and c.locus == "table"), None)
            if cell is not None and parties != {hub}:
                # a chronology's "Partner" column names only the partner: the hub is the other
                d.add(Claim(field="parties", value=sorted(parties | {hub}), quote=cell.quote,
                            page=cell.page, source="", locus="table", start=cell.start,
                            end=cell.end))
            continue
        first = index[starts[0]]
        if parties != {hub}:
            d.add(claim(facts[first], "parties", sorted(parties | {hub})))
            continue
        for j in range(first - 1, max(-1, first - 1 - PARTNER_BEFORE), -1):
            told = {a.value for a in facts[j].actors if a.kind == "party"} & partners
            if len(told) == 1:
                d.add(claim(facts[j], "parties", sorted(told | {hub})))
            if told or facts[j].heading:
                break


# Kinds of a story's lead that took place where the story was filed when it names no place.
FILED_AT_KINDS = ("meeting", "agreement", "declaration", "institution")


def _same_country(d: Draft, city: Any) -> bool:
    """The dateline's city lies in one of the event's states."""
    return bool(city.extra.get("country")) and city.extra["country"] in d.parties()


# How far (km) a base or training area may lie from the dateline's city to be "near" it.
NEAR_KM = 60.0


def _km(a: Any, b: Any) -> float:
    """Great-circle distance between two gazetteer places (infinite when one has no point)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


# Kinds of event done at a fair ("fuarın ikinci günü ... sözleşme imzalandı").
VENUE_KINDS: Final = ("meeting", "agreement", "declaration", "arms_transfer", "institution")


def _venue_places(facts: list[SentenceFacts], reg: Registry) -> None:
    """A fair told with its city ("Kuala Lumpur'da düzenlenen DSA 2026 ... Fuarı", "the IDEF fair
    in Istanbul") is where the events told "at the fair" without a place of their own were done
    ("Fuarın ikinci günü olan dün ... sözleşme imzalandı")."""
    fair = [s for s in facts if ev.at_venue(s.text)]
    if not fair:
        return
    venue = next(((s, p) for s in fair for p in s.places
                  if p.extra.get("kind") == "city" and p.extra.get("locative")
                  and not p.extra.get("origin")), None)
    if venue is None:
        return
    vs, vp = venue
    at_fair = [(s.start, s.end) for s in fair]
    for d in reg.drafts:
        if d.kind not in VENUE_KINDS or d.has("places") or "table" in d.loci:
            continue
        if not any(a <= c.start < b for c in d.claims if c.start is not None for a, b in at_fair):
            continue
        host = str(vp.extra.get("country") or "")
        visitor = d.kind == "meeting" and len(d.parties()) == 1 and host not in d.parties()
        if not visitor and (host not in d.parties() or len(d.parties()) < 2):
            continue   # a fair abroad is no place of two other states' deal
        fields: list[tuple[str, object]] = [("places", [vp.value])]
        if visitor and host:
            # "Sjafrie held talks with Turkish Deputy Defense Minister ... on the sidelines of
            # the expo": the host of the fair is the other side of the visitor's talks
            fields.append(("parties", [host]))
        for name, value in fields:
            d.add(Claim(field=name, value=value, quote=" ".join(vp.text.split()), page=vs.page,
                        source="", locus="prose", start=vs.start + vp.start, end=vs.start + vp.end))


def _dateline_place(facts: list[SentenceFacts], reg: Registry) -> None:
    """A meeting or signing of a story's lead that names no place took place in the dateline's
    city, when that city lies in one of its states; an exercise or deployment of the lead held
    at a base or training area near the dateline's city ("CITY, date - ... at the X training
    area") has both as places."""
    lead = next((s for s in facts[:early_count(facts)] if s.filed_places), None)
    if lead is None:
        return
    known = load_places()
    city = lead.filed_places[0]
    after = next((s.end for s in facts if s.paragraph > lead.paragraph), lead.end)
    for d in reg.drafts:
        if d.first > after:
            continue   # only the lead (the dateline's paragraph, or the one after it)
        ids = {v for c in d.claims if c.field == "places" for v in c.value}
        # "JAKARTA — Indonesia signed a contract ... at the expo here": a contract signed where
        # the lead says "here" (a company's statement filed in a city was not signed there)
        here = d.kind == "arms_transfer" and cues().here.search(lead.text) is not None and any(
            m.verb and m.kind == "agreement" for m in lead.common)
        if d.within is not None and d.within.has("places"):
            continue   # "Görüşmenin ardından iki bakan ... protokolü imzaladı": the meeting's place
        if (d.kind in FILED_AT_KINDS or here) and not ids and _same_country(d, city):
            # "ANKARA (AA) - the two ministers met at the ministry": held where it was filed
            d.add(Claim(field="places", value=[city.value], quote=" ".join(city.text.split()),
                        page=lead.page, source="", locus="prose", start=lead.start + city.start,
                        end=lead.start + city.end))
            continue
        if d.kind not in FIELD_KINDS:
            continue
        town = known.get(city.value)
        near = [known[i] for i in ids if i in known and known[i].kind in ("base", "site")]
        if city.value not in ids and town is not None and any(
                p.country == town.country and _km(p, town) <= NEAR_KM for p in near):
            d.add(Claim(field="places", value=[city.value], quote=" ".join(city.text.split()),
                        page=lead.page, source="", locus="prose", start=lead.start + city.start,
                        end=lead.start + city.end))


def _within_places(reg: Registry) -> None:
    """An agreement signed during a visit told in the document, without a place or states of its
    own, was signed where the visit took place, by its states."""
    for d in reg.drafts:
        if d.within is None:
            continue
        for field in ("places", "parties"):   # "the three Chiefs signed the X Declaration"
            if not d.has(field):
                for c in d.within.claims:
                    if c.field == field:
                        d.add(c)


__all__ = ["Candidate", "ExtractionResult", "extract", "to_contract", "event_contract",
           "CONTRACT_KINDS", "Finders", "default_finders"]
