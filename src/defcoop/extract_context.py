"""Context of a sentence in its document: news datelines, years completed from earlier dates,
relative days ("on Monday", "dün"), and dates borrowed from the sentence before an event.

Borrowing is capped: a date written without its year takes the year of the nearest full date
before it in its paragraph (or, in the lead of a short story, its dateline's year), never one
from a distant page of a long document.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from defcoop.detect.dates import DateMention, find_dates, with_year
from defcoop.detect.events import main_clause
from defcoop.detect.relative import (day_shift_at, names_weekday, relative_dates, reports_speech,
                                     said_at, same_day_at, speaks_of_future)
from defcoop.link.assign import DONE_KINDS, FIELD_KINDS, SentenceFacts, add_facts
from defcoop.link.combine import merge_headline
from defcoop.link.merge import Draft, Registry
from defcoop.model import Claim

_BULLET = re.compile(r"^\s*(?:[-–—•*▪●◦]|\d{1,2}[.)])\s")

STANDALONE_DATELINE = re.compile(r"^[A-ZÇĞİÖŞÜ][\w’'.]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w’'.]*){0,2}[ \t]*,[ \t]*"
                                  r"[^\n]{6,30}$")
# ... and the day before the city ("31 Temmuz 2025, ANKARA" under a release's heading).
DAY_THEN_CITY = re.compile(r"^[^\n,]{6,30},[ \t]*[A-ZÇĞİÖŞÜ][\w’'.]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w’'.]*){0,2}[ \t]*$")


# ... and a day, its weekday and a city after a dash ("12 Haziran 2025, Perşembe – ANKARA",
# "16 Ocak 2025, Perşembe – Ankara"); the dash is filler of the date part, the city is where
# the release was issued.
_DAY_THEN_CAPITAL = re.compile(r"^[^\n]{6,40}?[ \t]*[,–—-][ \t]*"
                               r"(?P<city>[A-ZÇĞİÖŞÜ][\w’'.]+(?:[ \t]+[A-ZÇĞİÖŞÜ][\w’'.]+){0,2})[ \t]*$")
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")



# The sentences at a story's top that may date it: headline, deck, byline and date line — the
# first six, or up to ten within its first characters (a saved page's menus before "Giriş:
# 23.04.2025 11:05 | Son Güncelleme: ..."), never a short story's closing line.
EARLY = 6
EARLY_MORE = 10
EARLY_CHARS = 1200
EARLY_PROSE = 200   # a sentence this long at the top is the story's lead, past its menus


def early_count(facts: list[SentenceFacts]) -> int:
    """How many sentences at the top of the document may date it (see ``EARLY``)."""
    n = min(EARLY, len(facts))
    if any(len(fs.text) >= EARLY_PROSE for fs in facts[:n]):
        return n   # the story has begun: a line further down is no date line of its top
    while n < min(EARLY_MORE, len(facts)) and facts[n].start <= EARLY_CHARS:
        n += 1
    return n

def relative_days(facts: list[SentenceFacts], relevant: list[bool],
                  published: str | None = None, confirmed: set[str] | None = None) -> None:
    """Days told relative to the dateline ("on Monday", "dün") become dates of their sentence;
    sentences about the future are marked. Without a dateline that gives its year, a web
    page's publication day (``published``, when known to the day) is the day of writing."""
    filed = next((x for s in facts[:early_count(facts)] for x in s.filed
                  if not x.weak and not x.year_missing and x.precision == "day" and x.start
                  and (_YEAR_WRITTEN.search(x.text) or x.start in (confirmed or ()))),
                 None)   # weekdays need the year as written, or the same day written in full
    written = filed.start if filed is not None else (
        published if published is not None and _ISO_DAY.match(published) else None)
    if written is None:
        written = _statement_day(facts) or _closing_day(facts) or _top_day(facts)
    now: str | None = filed.start if filed is not None else written
    known = now is not None   # else the document's earliest full date, found when first needed
    for i, fs in enumerate(facts):
        if not relevant[i]:
            continue
        fs.future = speaks_of_future(fs.text)
        if fs.future and not known:
            now = min((x.first for s in facts for x in s.dates
                       if not x.weak and not x.year_missing and x.first), default=None)
            known = True
        if written:
            extra = [x for x in relative_dates(fs.text, written)
                     if not any(d.begin <= x.begin < d.stop for d in fs.dates)]
            if extra:
                fs.dates = sorted([*fs.dates, *extra], key=lambda x: x.begin)
        if fs.future and now:
            # after the relative days: "is scheduled to visit ... on Thursday" is ahead too
            # "bugün ... görüşmesi bekleniyor": the day of writing is still ahead in the future tense
            # "... is due for delivery by the end of 2026" in a report of January 2026: the
            # year of writing told in the future tense is still ahead
            fs.later = [x.begin for x in fs.dates if x.first[:len(now)] > now[:len(x.first)]
                        or (x.first == written and speaks_of_future(main_clause(fs.text)))
                        or (x.precision == "year" and not x.weak and len(now) > 4
                            and x.first[:4] == now[:4])]
            # a year inside a name ("X-2025 Tatbikatı ... Kasım ayında icra edilecek") dates nothing
            strong = [x for x in fs.dates if not x.weak]
            fs.ahead = written is not None and bool(strong) and all(x.begin in fs.later for x in strong)
        if not fs.dates and i:
            fs.dates = _same_day(fs, facts, i)


# How many sentences back "the same day" may find its day.
SAME_DAY_BACK = 4

# ... and how many paragraphs back ("Aynı gün Bükreş'te" under the next item's heading, after
# the item whose first paragraph gave the day).
SAME_DAY_PARAGRAPHS = 4


def _same_day(fs: SentenceFacts, facts: list[SentenceFacts], i: int) -> list[DateMention]:
    """"Aynı gün", "the same day": the last day the sentences just before give, at the phrase."""
    at = same_day_at(fs.text)
    shift = 0
    first = max(0, i - SAME_DAY_BACK)
    if at is None:
        shifted = day_shift_at(fs.text)   # "törenden bir gün önce", "the next day"
        if shifted is None:
            return []
        at, shift = (shifted[0], shifted[1]), shifted[2]
    if shift:
        # "the next day": the last day told just before, when it is of the story's year; else
        # ("törenden bir gün önce" paragraphs after the lead, "a day earlier" after a background
        # date of another year) the day of the story's event, the first day the story tells
        days = [x for s in facts[:i] for x in s.dates if x.precision == "day"
                and x.role == "point" and not x.weak and not x.year_missing and x.start]
        year = days[0].start[:4] if days and days[0].start else ""
        near = [x for s in facts[first:i] for x in s.dates if x in days and x.start
                and x.start[:4] == year]
        day = near[-1] if near else (days[0] if days else None)
    else:
        day = next((x for s in reversed(facts[first:i]) if s.paragraph >= fs.paragraph - SAME_DAY_PARAGRAPHS
                    for x in reversed(s.dates) if x.precision == "day" and x.role == "point"
                    and not x.weak and not x.year_missing and x.start), None)
    if day is None or not day.start:
        return []
    a, b = at
    if said_at(fs.text, a, b):
        return []   # "imza töreninin ardından yaptığı açıklamada": when it was said
    value = day.start
    if shift:
        try:
            value = (dt.date.fromisoformat(day.start) + dt.timedelta(days=shift)).isoformat()
        except ValueError:
            return []
    return [DateMention(value, value, "day", "point", a, b, fs.text[a:b])]


def _closing_day(facts: list[SentenceFacts]) -> str | None:
    """The day of a line that only dates the story at its end ("01.07.2025 14:32" under the
    byline of an agency story)."""
    for fs in facts[-3:]:
        line = fs.text.rsplit("\n", 1)[-1]   # "(Haber: ... - Kamera: ...)\n01.07.2025 14:32"
        if fs.start >= facts[-1].end // 2 and len(line) <= 60:
            day = _date_line_day(line)
            if day is not None:
                return day
    return None


@lru_cache(maxsize=20_000)
def _date_line_day(line: str) -> str | None:
    """The day of a line that says nothing but when ("01.07.2025 14:32")."""
    if not _YEAR_WRITTEN.search(line):
        return None
    found = find_dates(line)
    day = next((x for x in found if x.precision == "day" and x.role == "point"
                and not x.weak and x.start), None)
    return day.start if day is not None and _only_dates(line, 0, len(line), found) else None


def _top_day(facts: list[SentenceFacts]) -> str | None:
    """The day of a short line at the top that gives a full date with other words no date line
    was known to have ("Wed Nov 12, 2025 09:15 PM  Modified: ..."), when nothing else dates the
    story: the day it was written, against which "yesterday" is read."""
    for fs in facts[:early_count(facts)]:
        if len(fs.text) > TOP_DAY_CHARS or fs.common or fs.named:
            continue
        day = next((x for x in fs.dates if x.precision == "day" and x.role == "point"
                    and not x.weak and not x.year_missing and x.start), None)
        if day is not None:
            return day.start
    return None


# The longest line at the top that may date the story on its own (characters).
TOP_DAY_CHARS = 100


def _statement_day(facts: list[SentenceFacts]) -> str | None:
    """The day of a story without a dated dateline whose lead reports a statement made that day
    ("X, 12 Haziran 2025 Perşembe günü ... açıklamalarda bulundu"): the day it was written."""
    for lead in facts[:3]:
        day = next((x for x in lead.dates if x.precision == "day" and x.role == "point"
                    and not x.weak and not x.year_missing and x.start), None)
        if day is not None:
            # the day of the statement is told with its weekday ("12 Haziran 2025 Perşembe
            # günü"); a day without one may be the date of what was said
            said = not lead.heading and reports_speech(lead.text) and names_weekday(
                lead.text[day.stop:day.stop + 20])
            return day.start if said else None
    return None


# A document up to this long (a news story, a release) dates its yearless days by its first
# full date; a longer one (a paper, a report) only by a full date of the same paragraph or the
# paragraph before.
SHORT_DOC_CHARS = 8000


def _full_year(d: DateMention) -> int | None:
    if not d.weak and not d.year_missing and d.first[:4].isdigit():
        return int(d.first[:4])
    return None


# A day written without its year more than this many days after a dated story's own day is of
# the year before (not a plan the future words missed).
STORY_AHEAD_DAYS = 120


def _story_year(d: DateMention, story_day: str | None, future: bool) -> int | None:
    """The year of a dated story for a day or month written without one: the story's, or the
    year before when that would put it after the story's own day ("on 28 December" in a story
    of 3 January)."""
    if not story_day or not story_day[:4].isdigit() or not d.start:
        return None
    year = int(story_day[:4])
    md = d.start.lstrip("-")   # "12-28", "12"
    if future or not md[:2].isdigit():
        return year
    try:
        told = dt.date(year, int(md[:2]), int(md[3:5]) if len(md) >= 5 else 1)
        day = dt.date(year, int(story_day[5:7]) if len(story_day) >= 7 else 12,
                      int(story_day[8:10]) if len(story_day) >= 10 else 1)
    except ValueError:
        return year
    # "on 28 December" in a story of 3 January: the December before; a plan for June in a story
    # of May stays in the story's year
    return year - 1 if (told - day).days > STORY_AHEAD_DAYS else year


def _dateline_years(facts: list[SentenceFacts]) -> set[str]:
    """A dateline written without its year ("TBILISI, March 3.") takes the year of a full date
    of the same day and month at the story's end (a photo caption's "Tbilisi, 3 March 2026", a
    closing line "AGENCY/xx 03-03-2026 18:40") or on a line of its own;
    the first full year of the text may be that of an older event, so nothing else gives it."""
    top = facts[:early_count(facts)]
    if not any(d.year_missing and d.precision == "day" for fs in top for d in fs.filed):
        return set()
    years: dict[str, set[int]] = {}
    for fs in facts[-3:]:
        # a closing line ("AGENCY/xx 20-08-2025 18:40") tells of no event and was not analysed;
        # a full date in the body may be an older event's of the same day ("the declaration
        # signed on June 15, 2021" in an anniversary story), so only the story's end is read
        told = [*fs.filed, *fs.dates] if fs.key is not None else find_dates(fs.text)
        for d in told:
            y = _full_year(d)
            if y is not None and d.precision == "day" and d.role == "point" and d.start:
                years.setdefault(d.start[4:], set()).add(y)
    done: set[str] = set()
    named = _lead_name_years(facts)
    for fs in top:
        if any(d.year_missing for d in fs.filed):
            fs.filed = [with_year(d, min(years[d.start]))
                        if d.year_missing and d.start and len(years.get(d.start, ())) == 1
                        else with_year(d, named) if d.year_missing and d.start and named else d
                        for d in fs.filed]
            done.update(d.start for d in fs.filed if d.start and not d.year_missing)
    return done


def _lead_name_years(facts: list[SentenceFacts]) -> int | None:
    """The one year of the events named with a year in a story's first paragraphs ("CAIRO, Sept
    22 - ... The exercise, named "Friendship Sea-2025", will run until Friday"): the year of the
    edition the story reports, hence of its yearless dateline; None when they name none or
    several years."""
    top = facts[:early_count(facts)]
    filed = next((fs for fs in top if fs.filed), None)
    if filed is None:
        return None
    years = {int(m.group(0)) for fs in facts if filed.paragraph <= fs.paragraph <= filed.paragraph
             + LEAD_NAME_PARAGRAPHS for x in fs.named if x.name
             for m in _YEAR_WRITTEN.finditer(x.name)}
    return years.pop() if len(years) == 1 else None


# Paragraphs after a dateline's whose named events give a yearless dateline its year.
LEAD_NAME_PARAGRAPHS = 2


def complete_years(facts: list[SentenceFacts], published: str | None = None) -> set[str]:
    """Dates written without a year ("2-16 Eylül", "Ağustos ayında") take the year of the
    nearest full date before them in their paragraph or the one before; in a short document
    (or one with a dateline) the year of its first full date, else the year the page was
    published (``published``); without one they are dropped."""
    confirmed = _dateline_years(facts)
    # a dated story's yearless days are of its year ("6 Ekim'de Misrata Limanı'na ulaştı" in a
    # bulletin of 9 October 2025, after a paragraph on a memorandum of 2019)
    top = facts[:early_count(facts)]
    story_day = next((d.first for fs in top for d in fs.filed
                      if not d.weak and _full_year(d) is not None and d.first), None)
    first = next((y for fs in facts for d in [*fs.filed, *fs.dates]
                  if (y := _full_year(d)) is not None), None)
    if first is None and published and published[:4].isdigit():
        first = int(published[:4])
    short = bool(facts) and (facts[-1].end < SHORT_DOC_CHARS or any(fs.filed for fs in top))
    last: tuple[int, int] | None = None   # (paragraph, year) of the last full date
    month: str = ""                        # the month ("-11") of the last full date
    for fs in facts:
        if any(d.year_missing for d in fs.dates):
            near = last[1] if last is not None and last[0] >= fs.paragraph - 1 else None
            # "... in November 2019. The memorandum was signed on 27 November": the same month
            # just told in the paragraph gives its year, before the story's
            here = last[1] if last is not None and last[0] == fs.paragraph else None
            own: int | None = None   # the last full year before, in the sentence itself
            # "Last year's edition, Nasr-2024, took place in March": the edition's own year
            edition: int | None = None
            out: list[DateMention] = []
            for d in fs.dates:
                if not d.year_missing:
                    own = _full_year(d) or own
                    out.append(d)
                    continue
                # "3 and 5 March 2025": the full date just after gives its year; not one of
                # another clause ("on Thursday, 13 March, ... since ... in October 2020")
                ahead = next((y for x in fs.dates if d.begin < x.begin <= d.stop + AHEAD_CHARS
                              and (y := _full_year(x)) is not None), None)
                same_month = here if here is not None and d.start and d.start[:3] == month else None
                if edition is None:
                    edition = _edition_year(fs)
                year = own or ahead or same_month or edition or _story_year(
                    d, story_day, speaks_of_future(fs.text)) or near or (
                    first if short else None)
                if year is not None:
                    out.append(with_year(d, year))
            fs.dates = out
        for d in fs.dates:
            y = _full_year(d)
            if y is not None:
                last = (fs.paragraph, y)
                month = d.first[4:7] if d.first and len(d.first) >= 7 else ""
    return confirmed


# How far after a yearless date (characters from its end) the full date that gives it its year
# may begin.
AHEAD_CHARS = 40


def _edition_year(fs: SentenceFacts) -> int:
    """The year of the one edition named in ``fs`` ("Nasr-2024"), or 0."""
    years = {d.first[:4] for d in fs.dates if d.weak and d.first[:4].isdigit() and d.begin >= 2
             and fs.text[d.begin - 1] == "-" and fs.text[d.begin - 2].isalpha()}
    return int(years.pop()) if len(years) == 1 else 0


_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZÇĞİÖŞÜ][\w’'.]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w’'.]*){0,2})"
    r"(?:[ \t]*,[ \t]*[^\n()\-–—:]{3,30}?)?[ \t]*(?:\([^)\n]{1,32}\)[ \t]*)?"
    r"(?:[-–—]|(?<=[A-ZÇĞİÖŞÜ]):)\s")


@lru_cache(maxsize=1)
def _filler() -> re.Pattern[str]:
    """What a line that only dates a story has besides its date: a label, a weekday, a time,
    a time zone, punctuation (words in ``lexicon/dates.yaml``)."""
    from defcoop.detect import lexicon
    d = lexicon.load("dates")
    path = lexicon.lexicon_path("dates")
    words = [*lexicon.strings(d.get("dateline_labels"), path, "dateline_labels"),
             *(w for names in (d.get("weekdays") or {}).values()
               for w in lexicon.strings(names, path, "weekdays")),
             *lexicon.strings(d.get("weekday_abbreviations"), path, "weekday_abbreviations")]
    zones = lexicon.strings(d.get("time_zones"), path, "time_zones")
    ages = lexicon.strings(d.get("dateline_ages"), path, "dateline_ages")
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    zone = "|".join(re.escape(z) for z in sorted(zones, key=len, reverse=True))
    age = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(ages, key=len, reverse=True))
    time = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    offset = r"(?<!\w)(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d{2})?(?!\d)"   # "GMT+6", "UTC-05:00"
    numbers = lexicon.strings(d.get("dateline_numbers"), path, "dateline_numbers")
    if numbers:   # "Sayı: 2025/43": the release's number
        num = "|".join(re.escape(n) for n in sorted(numbers, key=len, reverse=True))
        offset += rf"|(?<!\w)(?:{num})(?!\w)\s*:?\s*[\d./-]*(?!\w)"   # (its year read as a date)
    return re.compile(rf"(?:{offset}|(?<!\w)(?:{alt}|{zone})(?!\w)|{time}"
                      rf"|(?<!\w)\d{{1,3}}\s+(?:{age})(?!\w)"
                      rf"|[+-]\d{{2}}:?\d{{2}}|[\s,.:;|/()\[\]–—·•●-])*", re.I)


def _only_dates(text: str, a: int, b: int, dates: tuple[DateMention, ...] | list[DateMention]) -> bool:
    """True when ``text[a:b]`` says nothing but when: a day or month with its year, and only
    labels, weekdays, times and punctuation around it."""
    inside = [d for d in dates if a <= d.begin and d.stop <= b]
    if not any(not d.weak and not d.year_missing and d.precision in ("day", "month") for d in inside):
        return False
    parts, pos = [], a
    for d in sorted(inside, key=lambda x: x.begin):
        parts.append(text[pos:d.begin])
        pos = d.stop
    parts.append(text[pos:b])
    rest = " ".join(parts)
    return _filler().fullmatch(rest) is not None


# "BAKU, Azerbaijan, March 4. Azerbaijan and Kazakhstan have signed ...": a place (and its
# country) and a day, closed by a full stop or a colon, open the story.
_PLACE_OPENER = re.compile(r"^[A-ZÇĞİÖŞÜ][\w’'./]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w’'./]*){0,2}"
                           r"(?:[ \t]*,[ \t]*[A-ZÇĞİÖŞÜ][^,.\n]{1,30}){0,2}[ \t]*,[ \t]*")
# A byline and the city in capitals before a date line ("Deniz Karaca ISTANBUL May 08, 2025").
_BYLINE_CITY = re.compile(r"(?:[A-ZÇĞİÖŞÜ][a-zçğıöşü'’.-]+[ \t]+){1,3}[A-ZÇĞİÖŞÜ]{3,}(?:[ \t]+[A-ZÇĞİÖŞÜ]{3,})?[ \t]+")
# A byline before a date line ("Ali Murat Demir | 12.03.2025 - 14:20").
_BYLINE = re.compile(r"[A-ZÇĞİÖŞÜ][\w'’.-]+(?:[ \t]+[A-ZÇĞİÖŞÜ][\w'’.-]+){1,3}")
_OPENER_END = re.compile(r"[ \t]*(?:\([^)\n]{1,32}\)[ \t]*)?(?:[.:]|[ \t](?:--|[-–—]))\s")


# A news site's sections after the bar of a date line ("World, Japan, All").
_SECTIONS = re.compile(r"[A-ZÇĞİÖŞÜ][\w&]*(?:[ \t]+[\w&]+)?(?:[ \t]*,[ \t]*[A-ZÇĞİÖŞÜ][\w&]*"
                       r"(?:[ \t]+[\w&]+)?){0,5}")


def filed_cut(text: str, dates: tuple[DateMention, ...] | list[DateMention], early: bool) -> int:
    """Where the part of ``text`` that tells when and where the story was filed ends (0 when
    none): a dateline ("ANKARA (AA) -", "Rawalpindi - November 20, 2024:"), a line near the top
    that only dates the story ("15 July 2025, 17:20", "Published Dec 19, 2024 3:52 PM",
    "Giriş: 12.11.2024 - 14:35"), or a place and day opening it ("BAKU, Azerbaijan, March 4.").
    ``early``: the sentence is among the first of the document."""
    cut = dateline(text)
    if cut:
        bar = text.find("|", cut)
        # "KYODO NEWS - Jun 19, 2025 - 18:05 | Japan, World": the section after a bar
        return len(text) if _only_dates(text, cut, len(text), dates) or (
            0 < bar and "\n" not in text[cut:bar] and _only_dates(text, cut, bar, dates)) else cut
    if not early or not dates:
        return 0
    if STANDALONE_DATELINE.match(text):
        return len(text)   # "Ankara, 5 March 2024" on a line of its own
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        bar = line.rfind("|")
        heads = line[:bar].split("|") if bar > 0 else []
        by = pos + bar + 1 if heads and (_BYLINE.fullmatch(heads[0].strip()) and len(heads) == 1 or all(
            0 < len(h.strip()) <= _LABEL_COLUMN for h in heads)) else pos
        named_city = _BYLINE_CITY.match(text, pos, end)
        if _only_dates(text, by, end, dates):   # "Ali Demir | 12.03.2025 - 14:20", "X | Y | date"
            cut = end
        elif named_city and _only_dates(text, named_city.end(), end, dates):
            cut = end   # "Deniz Karaca ISTANBUL May 08, 2025 12:40 PM GMT+3 Updated: ..."
        elif _dated_cells(text, pos, end, dates):   # "Source: Xinhua | 2025-04-03 21:16:40 | Editor: x"
            cut = end
        elif (bar > 0 and _SECTIONS.fullmatch(line[bar + 1:].strip())
              and _only_dates(text, pos, pos + bar, dates)):
            cut = end   # "Oct 22, 2025 - 19:05 | World, Japan, All": the sections after a bar
        elif _filed_column(text, pos, end, dates):
            cut = end   # "No PR-187/2025-ISPR        Rawalpindi - November 3, 2025"
        elif DAY_THEN_CITY.match(line) and _only_dates(text, pos, pos + line.index(","), dates):
            cut = end   # "31 Temmuz 2025, ANKARA" under a release's heading
        elif (pos and STANDALONE_DATELINE.match(line)
              and _only_dates(text, pos + line.index(",") + 1, end, dates)):
            cut = end   # "BASIN BÜLTENİ\nAnkara, 10 Kasım 2025": the city and day under a heading
        elif (city := _DAY_THEN_CAPITAL.match(line)) and _only_dates(
                text, pos, pos + city.start("city"), dates):
            cut = end   # "12 Haziran 2025, Perşembe – ANKARA"
        elif _dated_tail(text, pos, end, dates):
            cut = end   # "Haber: Ali KAYA / MOGADİŞU, (DHA) - Yayınlanma: 09.09.2025 11:32"
        pos = end + 1
    if cut:
        return cut
    for first in dates:
        if first.begin > 80:
            continue
        if first.precision != "day" or not _PLACE_OPENER.fullmatch(text, 0, first.begin):
            continue
        if text[first.stop - 1] == "." and text[first.stop:first.stop + 1].isspace():
            return first.stop + 1   # the day's full stop closes it ("March 4.")
        close = _OPENER_END.match(text, first.stop)
        if close:
            return close.end()   # "RAWALPINDI, January 21, 2025: ..."
    return 0


_ONE_WORD = re.compile(r"[^\s]+")
# A city's name alone in a cell: one or two capitalized words.
_CITY_CELL = re.compile(r"[A-ZÇĞİÖŞÜ][\w'’.-]*(?:[ \t][A-ZÇĞİÖŞÜ][\w'’.-]*)?")
# Cells of a date line besides its date: "4 min read", "Sayı 142", "Issue 12"
_READ_TIME = re.compile(r"\b(?:min|mins|minutes|dk|dakika|sayı|issue|no|vol)\b\.?", re.I)


def _dated_cells(text: str, a: int, b: int, dates: tuple[DateMention, ...] | list[DateMention]) -> bool:
    """A line of cells between bars or slashes, one of which only dates the story and the others short
    labels ("Source: Xinhua | 2025-04-03 21:16:40 | Editor: huaxia")."""
    line = text[a:b]
    sep = next((b for b in ("|", " / ", "·", "•", "●") if line.count(b) >= 2), "")
    bars = [b for b in ("|", "•", "·", "●") if line.count(b) == 1]
    one = not sep and len(bars) == 1
    if one:   # "Published June 14, 2025 | By A. Reporter", "Analiz No: 2025/17 • Yayın tarihi: ..."
        sep = bars[0]
    if not sep:   # "[Baku] / 18.11.2025 / 10:42 / APA" has its cells between slashes
        return False
    cells, pos = [], a
    for part in line.split(sep):
        cells.append((pos, pos + len(part)))
        pos += len(part) + len(sep)
    dated = [c for c in cells if _only_dates(text, c[0], c[1], dates)]
    others = [text[a:b].strip() for a, b in cells if (a, b) not in dated]
    # the other cells are labelled ("Source: Xinhua", "Editor: x"), not a table's row cells
    if len(dated) != 1 or not all(0 < len(o) <= _LABEL_COLUMN for o in others):
        return False
    if any(":" in o or o.startswith("By ") or _READ_TIME.search(o) for o in others):
        return True   # "Source: Xinhua", "By ...", "4 min read", "Sayı 142"
    if one and cells[0] not in dated and _CITY_CELL.fullmatch(others[0]):
        return True    # "Jakarta   ●   Fri, June 13, 2025": the city filed from, and the day
    if one:
        return False   # one bar: only a byline or a label beside the date
    # else labels, not a table row's cells ("X-2025 Tatbikatı | 23.06.2025 | Izmir"): no year in
    # them, and the last not a single word (a place)
    return not any(_YEAR_WRITTEN.search(o) for o in others) and not _ONE_WORD.fullmatch(others[-1])


def _dated_tail(text: str, a: int, b: int, dates: tuple[DateMention, ...] | list[DateMention]) -> bool:
    """A line of a byline, a city and an agency in capitalized words, and after a dash only the
    day the story was published ("Haber: Ali KAYA / MOGADİŞU, (DHA) - Yayınlanma: 09.09.2025")."""
    dash = _TAIL_DASH.search(text, a, b)
    while dash is not None:
        if _only_dates(text, dash.end(), b, dates):
            head = text[a:dash.start()].split()
            return 0 < len(head) <= _HEAD_WORDS and all(
                w[:1].isupper() or w[:1] in "(/" or w.endswith(":") for w in head)
        dash = _TAIL_DASH.search(text, dash.end(), b)
    return False


_TAIL_DASH = re.compile(r"[ \t]+[-–—/][ \t]+")
# Words of the byline and dateline before a dated tail.
_HEAD_WORDS = 8


_WIDE_GAP = re.compile(r"[ \t]{3,}|\t")
# A release's number or label in the column before its place and date ("No PR-187/2025-ISPR").
_LABEL_COLUMN = 40


def _filed_column(text: str, a: int, b: int,
                  dates: tuple[DateMention, ...] | list[DateMention]) -> bool:
    """A line of a release set in columns, a short label first and, after a wide gap, where
    and when it was filed ("No PR-187/2025-ISPR      Rawalpindi - November 3, 2025")."""
    gaps = list(_WIDE_GAP.finditer(text, a, b))
    if not gaps or gaps[0].start() - a > _LABEL_COLUMN:
        return False
    last = gaps[-1].end()
    cut = dateline(text[last:b] + " ")
    return bool(cut) and _only_dates(text, last + cut - 1, b, dates)


@lru_cache(maxsize=20_000)
def dateline(text: str) -> int:
    """Length of a news dateline opening ``text`` ("ANKARA —", "Tiflis, 9 Eylül 2024 (AA) -",
    "TEL AVIV, March 12 (Reuters) -"): where the story was filed and when, not the event's
    place and date. 0 when there is none."""
    m = _DATELINE_RE.match(text)
    return m.end() if m else 0


def context_dates(facts: list[SentenceFacts], reg: Registry) -> None:
    """A named event with no date of its own takes the date of the sentence before it in the
    same paragraph ("On 14 November ... the ministers met. The X Agreement was signed.")."""
    index = {s.start: i for i, s in enumerate(facts)}
    for d in reg.drafts:
        if d.has("date") or "table" in d.loci:
            continue
        starts = sorted({c.start for c in d.claims if c.start is not None and c.start in index})
        for first in starts:
            i = index[first]
            for j in range(i - 1, max(-1, i - 3), -1):
                prev = facts[j]
                opens = (i == 0 or facts[i - 1].paragraph != facts[i].paragraph) and not (
                    _BULLET.match(facts[i].text) or _BULLET.match(prev.text)) and _signed(d, facts[i])
                # signed during the visit told just before
                if prev.heading or (prev.paragraph != facts[i].paragraph and not (
                        opens and j == i - 1)):
                    break  # the sentence before, in the paragraph or just before it
                strong = [x for x in prev.dates if not x.weak and x.role != "until"
                          and x.begin not in prev.later]   # not what the sentence before plans
                if strong and d.kind in ("agreement", "declaration") and _dates_other(
                        reg, d, prev) and not any(m.verb and m.kind in (d.kind, "agreement")
                                                  for m in facts[i].common):
                    break   # "... clashed on 9 March. The X Declaration, with which ...": a name in passing
                if strong and d.kind in FIELD_KINDS and _dates_signed(reg, prev):
                    # "... 15 Haziran 2021'de imzalanan X Beyannamesi ... 'Y-2025' Tatbikatı
                    # hazırlıkları sürdürülmektedir": the day is the declaration's
                    break
                if strong:
                    add_facts(d, prev, mentioned=True, anchor=strong[0].begin, name_spans=[],
                              signing=True, context=True)
                    break
            if d.has("date"):
                break
    _within_dates(reg)
    _headline_into_story(facts, reg)
    _dateline_dates(facts, reg, index)
    _within_dates(reg)   # a meeting dated by the dateline dates what was signed at it


def _dates_signed(reg: Registry, s: SentenceFacts) -> bool:
    """Whether a document signed (an agreement or declaration) has its date from ``s``."""
    return any(other.kind in ("agreement", "declaration") and any(
        c.field == "date" and c.start is not None and s.start <= c.start < s.end
        for c in other.claims) for other in reg.drafts)


def _dates_other(reg: Registry, d: Draft, s: SentenceFacts) -> bool:
    """Whether another event than ``d`` has its date from sentence ``s``."""
    return any(other is not d and any(c.field == "date" and c.start is not None
                                      and s.start <= c.start < s.end for c in other.claims)
               for other in reg.drafts)


def _headline_into_story(facts: list[SentenceFacts], reg: Registry) -> None:
    """The headline's undated event is the story's one dated event of its kind
    (:func:`~defcoop.link.combine.merge_headline`); the headline is the first line, with its deck
    when the date line comes after it."""
    if not facts or facts[0].paragraph != 0:
        return
    line = next((s for s in facts[:early_count(facts)] if s.filed), None)
    merge_headline(reg, line.start if line is not None and line.start > facts[0].start
                   else facts[0].end)


def _within_dates(reg: Registry) -> None:
    """"At the end of the meeting, the ministers signed the X Declaration": the day of the
    meeting told before, not the story's."""
    for d in reg.drafts:
        if d.within is not None and not d.has("date") and "table" not in d.loci:
            for c in d.within.claims:
                if c.field == "date":
                    d.add(c)


def _signed(d: Draft, s: SentenceFacts) -> bool:
    """An agreement or declaration, or an arms contract whose sentence tells of its signing."""
    return d.kind in ("agreement", "declaration") or (
        d.kind == "arms_transfer" and any(m.verb and m.kind == "agreement" for m in s.common))


def _title_like(s: SentenceFacts, filed: SentenceFacts) -> bool:
    """A headline, deck or title that tells of an event without a verb: above the date line, or
    a line without a closing full stop ("Contract with Turkish shipbuilder follows talks ...",
    "Çok yönlü silah tedariki: ..."). A sentence under the date line ("... ortak tatbikat
    yapıldı.") is the story's lead."""
    if any(m.verb for m in s.common):
        return False
    return s.start < filed.start or s.heading or not s.text.rstrip().endswith(
        (".", "!", "?", '."', ".”", ".’", "!”", "?”"))


def _dates_only(s: SentenceFacts) -> bool:
    """A line that only dates the story ("15 July 2025, 17:20"), its lead right under it."""
    return bool(s.filed) and not s.dates and not s.named and not s.common and s.lead is None


def _dateline_dates(facts: list[SentenceFacts], reg: Registry, index: dict[int, int]) -> None:
    """An event of a news story's lead with no date of its own ("began on Monday") happened
    in the month of the story's dateline ("ANKARA, 12 March 2024 —"): month precision."""
    filed = next(((i, x) for i, s in enumerate(facts) for x in s.filed
                   if not x.weak and not x.year_missing and len(x.first) >= 7), None)
    if filed is None:
        return
    i0, dm = filed
    for d in reg.drafts:
        if "table" in d.loci or any(len(v) != 4 or v != dm.first[:4] for v in d.dates()):
            continue   # only an event with no date, or only the story's year ("a plan for 2025")
        firsts = sorted(c.start for c in d.claims if c.start is not None and c.start in index)
        if d.unnamed and firsts and all(_title_like(facts[index[x]], facts[i0]) for x in firsts):
            continue   # a title without a verb ("Çok yönlü silah tedariki: ..."): its topic
        if firsts and facts[index[firsts[0]]].paragraph <= facts[i0].paragraph + 1:
            s = facts[i0]
            # "Izmir, 9 April 2021 - the company has signed a contract": what the lead reports as
            # done happened that day; anything else is known only to the month
            lead = facts[index[firsts[0]]]
            day = (d.kind in DONE_KINDS and dm.precision == "day"
                   and (lead.paragraph == s.paragraph or lead.start < s.start
                        or (_dates_only(s) and lead.paragraph == s.paragraph + 1)))
            d.add(Claim(field="date", value=dm.first if day else dm.first[:7],
                        quote=" ".join(s.text[:dm.stop].split()),
                        page=s.page, source="", locus="prose", start=s.start, end=s.start + dm.stop))
