"""Days told relative to a news story's dateline, and sentences about the future.

"ANKARA, Sept 12, 2022 (Reuters) - ... began on Monday": a weekday is the last such day on or
before the dateline (the next one when the sentence speaks of the future); "dün" is the day
before, "bugün" the day itself. A day is computed only from a dateline that gives one; "geçen
hafta" gives the month when the whole week before lies in it, and nothing otherwise. A month
named as the last one ("last October", "geçen ekim ayında", "geçtiğimiz kasım ayında") is the
last such month before the dateline's month, "in October last year" / "geçen yılın ekim ayında"
that month of the year before, and "last month" / "geçen ay" the month before. Words come from
``lexicon/dates.yaml`` and ``lexicon/months.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from defcoop.detect import lexicon
from defcoop.detect.casefold import lower_tr
from defcoop.detect.memo import Bounded
from defcoop.detect.dates import DateMention, qualify
from defcoop.detect.events import main_clause
from defcoop.detect.spans import alternation


_DAY_NOUN = re.compile(r"\s+(?:günü|sabahı|akşamı|gecesi)(?!\w)")


@dataclass
class _Words:
    days: re.Pattern[str]
    offsets: dict[str, int]
    weekdays: dict[str, int]
    last_week: re.Pattern[str]
    future: re.Pattern[str]
    speech: re.Pattern[str]
    any_word: re.Pattern[str]
    months: re.Pattern[str]          # a month named relative to the dateline
    month_numbers: dict[str, int]
    last_month: re.Pattern[str]
    this_month: re.Pattern[str]
    last_year: re.Pattern[str]
    weekday_before: re.Pattern[str]   # ends right before a weekday ("geçen cuma")
    future_clause: re.Pattern[str]    # " and will ...": a clause joined on, about the future


def _alt(words: list[str]) -> str:
    return alternation(lower_tr(w) for w in words)


@lru_cache(maxsize=1)
def _words() -> _Words:
    d = lexicon.load("dates")
    path = lexicon.lexicon_path("dates")
    offsets: dict[str, int] = {}
    for n, ws in (d.get("relative_days") or {}).items():
        for w in lexicon.strings(ws, path, f"relative_days.{n}"):
            offsets[" ".join(lower_tr(w).split())] = int(n)
    weekdays: dict[str, int] = {}
    for n, ws in (d.get("weekdays") or {}).items():
        for w in lexicon.strings(ws, path, f"weekdays.{n}"):
            weekdays[" ".join(lower_tr(w).split())] = int(n)
    alt = _alt([*offsets, *weekdays])
    days = re.compile(rf"(?<!\w)(?:{alt})(?!\w)" if alt else r"(?!x)x")
    lw = _alt(lexicon.strings(d.get("last_week"), path, "last_week"))
    fw = _alt(lexicon.strings(d.get("future_words"), path, "future_words"))
    fe = "|".join(re.escape(lower_tr(w)) for w in lexicon.strings(d.get("future_endings"), path,
                                                                  "future_endings"))
    future = re.compile(rf"(?<!\w)(?:{fw})(?!\w)|\w(?:{fe})(?!\w)")
    sp = _alt(lexicon.strings(d.get("speech_words"), path, "speech_words"))
    last_week = re.compile(rf"(?<!\w)(?:{lw})(?!\w)" if lw else r"(?!x)x")
    numbers = _month_numbers()
    mn = _alt(list(numbers))
    before = _alt(lexicon.strings(d.get("last_month_before"), path, "last_month_before"))
    year_before = _alt(lexicon.strings(d.get("previous_year_before"), path, "previous_year_before"))
    year_after = _alt(lexicon.strings(d.get("previous_year_after"), path, "previous_year_after"))
    next_before = _alt(lexicon.strings(d.get("next_year_before"), path, "next_year_before"))
    next_after = _alt(lexicon.strings(d.get("next_year_after"), path, "next_year_after"))
    parts = []
    loc = r"(?:['’]?(?:da|de|ta|te))?"   # "geçen yıl eylülde"
    if next_before:
        parts.append(rf"(?P<nb>{next_before})\s+(?P<m4>{mn}){loc}")
    if next_after:
        parts.append(rf"(?:in\s+)?(?P<m5>{mn})\s+(?P<na>{next_after})")
    if year_before:
        parts.append(rf"(?P<yb>{year_before})\s+(?P<m1>{mn}){loc}")
    if before:
        parts.append(rf"(?:{before})\s+(?P<m2>{mn}){loc}")
    if year_after:
        parts.append(rf"(?:in\s+)?(?P<m3>{mn})\s+(?P<ya>{year_after})")
    months = re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)" if parts and mn else r"(?!x)x")
    lm = _alt(lexicon.strings(d.get("last_month"), path, "last_month"))
    last_month = re.compile(rf"(?<!\w)(?:{lm})(?!\w)" if lm else r"(?!x)x")
    tm = _alt(lexicon.strings(d.get("this_month"), path, "this_month"))
    this_month = re.compile(rf"(?<!\w)(?:{tm})(?!\w)" if tm else r"(?!x)x")
    ly = _alt(lexicon.strings(d.get("last_year"), path, "last_year"))
    last_year = re.compile(rf"(?<!\w)(?:{ly})(?!\w)" if ly else r"(?!x)x")
    wb = _alt(lexicon.strings(d.get("weekday_before"), path, "weekday_before"))
    jn = _alt(lexicon.strings(d.get("clause_joiners"), path, "clause_joiners"))
    return _Words(days, offsets, weekdays, last_week, future,
                  re.compile(rf"(?<!\w)(?:{sp})(?!\w)" if sp else r"(?!x)x"),
                  re.compile(f"{days.pattern}|{last_week.pattern}|{months.pattern}|{last_month.pattern}"
                             f"|{this_month.pattern}|{last_year.pattern}"),
                  months, numbers, last_month, this_month, last_year,
                  re.compile(rf"(?<!\w)(?:{wb})\s+$" if wb else r"(?!x)x"),
                  re.compile(rf"\s(?:{jn})\s+(?:{fw})(?!\w)" if jn and fw else r"(?!x)x"))


def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations, folded, by number (only read after "last" or before
    "last year", where "May" is the month)."""
    months = lexicon.load("months")
    path = lexicon.lexicon_path("months")
    out: dict[str, int] = {}
    for num, names in months.items():
        for name in lexicon.strings(names, path, f"months.{num}"):
            out[lower_tr(name)] = int(num)
    return out


def relative_month_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the months ``text`` names relative to the story's date."""
    return [(m.start(), m.end()) for m in _words().months.finditer(lower_tr(text))]


def relative_month(text: str, filed: str) -> list[DateMention]:
    """Months of ``text`` named relative to the story's date ``filed`` (YYYY-MM or YYYY-MM-DD):
    "last October" in a story of March 2025 is 2024-10; offsets are relative to ``text``."""
    try:
        year, month = int(filed[:4]), int(filed[5:7])
    except ValueError:
        return []
    w = _words()
    low = lower_tr(text)
    out: list[DateMention] = []
    for m in w.months.finditer(low):
        name = m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4") or m.group("m5")
        num = w.month_numbers.get(" ".join(name.split()))
        if num is None:
            continue
        if m.group("nb") or m.group("na"):
            y = year + 1   # "gelecek yıl Mayıs ayında": the year after the story's
        elif m.group("yb") or m.group("ya"):
            y = year - 1
        else:
            y = year if num < month else year - 1
        iso = f"{y:04d}-{num:02d}"
        out.append(DateMention(iso, iso, "month", "point", m.start(), m.end(), text[m.start():m.end()]))
    for m in w.last_month.finditer(low):
        y, n = (year, month - 1) if month > 1 else (year - 1, 12)
        iso = f"{y:04d}-{n:02d}"
        out.append(DateMention(iso, iso, "month", "point", m.start(), m.end(), text[m.start():m.end()]))
    for m in w.this_month.finditer(low):
        iso = f"{year:04d}-{month:02d}"   # "earlier this month": the story's month
        out.append(DateMention(iso, iso, "month", "point", m.start(), m.end(), text[m.start():m.end()]))
    for m in w.last_year.finditer(low):
        if any(x.begin <= m.start() < x.stop for x in out):
            continue   # "geçen yıl eylülde": the month told
        iso = f"{year - 1:04d}"   # "geçen yıl imzaladığımız": the year before the story's
        out.append(DateMention(iso, iso, "year", "point", m.start(), m.end(), text[m.start():m.end()]))
    return out


def _speaks_of_future_uncached(text: str) -> bool:
    """Whether ``text`` tells of something still to come ("will", "-acak")."""
    return bool(_words().future.search(lower_tr(text)))


_SPEAKS_OF_FUTURE_MEMO: Final[Bounded[str, bool]] = Bounded()


def speaks_of_future(text: str) -> bool:
    """Memoized by its text (see ``_speaks_of_future_uncached``)."""
    return _SPEAKS_OF_FUTURE_MEMO.cached(text, _speaks_of_future_uncached)


@lru_cache(maxsize=1)
def _same_day_rx() -> re.Pattern[str]:
    d = lexicon.load("dates")
    words = lexicon.strings(d.get("same_day"), lexicon.lexicon_path("dates"), "same_day")
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)" if words else r"(?!x)x")


_SAME_DAY: Bounded[str, tuple[int, int]] = Bounded()
_NO_SPAN = (-1, -1)


def same_day_at(text: str) -> tuple[int, int] | None:
    """Offsets of a phrase that dates ``text`` by the day told just before ("Aynı gün", "the
    same day"), or None."""
    hit = _SAME_DAY.get(text)
    if hit is None:
        m = _same_day_rx().search(lower_tr(text))
        hit = _SAME_DAY.put(text, (m.start(), m.end()) if m else _NO_SPAN)
    return None if hit == _NO_SPAN else hit


@lru_cache(maxsize=1)
def _shift_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = lexicon.load("dates")
    path = lexicon.lexicon_path("dates")
    out = []
    for key in ("day_before", "day_after"):
        words = lexicon.strings(d.get(key), path, key)
        out.append(re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)" if words else r"(?!x)x"))
    return out[0], out[1]


_SHIFT: Bounded[str, tuple[int, int, int]] = Bounded()
_NO_SHIFT = (-1, -1, 0)


def day_shift_at(text: str) -> tuple[int, int, int] | None:
    """Offsets of a phrase that dates ``text`` by the day before or after the one told just
    before ("bir gün önce", "the next day"), with the shift in days (-1, 1); None without one."""
    hit = _SHIFT.get(text)
    if hit is None:
        hit = _NO_SHIFT
        low = lower_tr(text)
        before, after = _shift_rx()
        for rx, shift in ((before, -1), (after, 1)):
            m = rx.search(low)
            if m:
                hit = (m.start(), m.end(), shift)
                break
        _SHIFT.put(text, hit)
    return None if hit == _NO_SHIFT else hit


def names_weekday(text: str) -> bool:
    """Whether ``text`` opens with a weekday's name ("Perşembe günü", ", Thursday")."""
    m = re.match(r"[\s,(]*(\w+)", lower_tr(text))
    return m is not None and m.group(1) in _words().weekdays


_SPEECH: Bounded[str, bool] = Bounded()
_RELATIVE: Final[Bounded[str, bool]] = Bounded()


def said_at(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``text[start:end]`` dates a saying ("imza töreninin ardından yaptığı
    açıklamada", "said after the ceremony"), not an event."""
    return _said_then(lower_tr(text), start, end, _words().speech, text)


def reports_speech(text: str) -> bool:
    """Whether ``text`` reports what someone said ("said", "açıklamalarda bulundu")."""
    hit = _SPEECH.get(text)
    if hit is None:
        hit = _SPEECH.put(text, bool(_words().speech.search(lower_tr(text))))
    return hit


def _last_week_before(low: str, at: int, w: _Words, end: int | None = None) -> int | None:
    """Where a "last week" right before offset ``at`` starts, if one does; or, given the
    weekday's ``end``, right after it ("on Tuesday last week")."""
    for m in w.last_week.finditer(low, max(0, at - 30), at):
        if not low[m.end():at].strip():
            return m.start()
    after = w.last_week.match(low, end + 1) if end is not None and low[end:end + 1] == " " else None
    return after.start() if after is not None else None


def _said_then(low: str, start: int, end: int, speech: re.Pattern[str], text: str = "") -> bool:
    """Whether the day at ``low[start:end]`` tells when something was said ("said on Tuesday",
    "Salı günü açıkladı"): a word of speech just before it, or just after it in its clause ("...
    exchanged fire on Tuesday, officials said" dates the fire). A capitalized word of speech in
    ``text`` is a name ("Sabit Muhammed Said el-Abbasi, dün ...")."""
    def spoken(m: re.Match[str] | None, at: int) -> bool:
        return m is not None and not (text and text[at + m.start():at + m.start() + 1].isupper())

    a = max(0, start - 25)
    before = speech.search(low[a:start])
    if spoken(before, a) and before is not None and "," not in low[a + before.end():start]:
        return True   # not "yapılan açıklamada, dün akşam ... ateş açıldığı": what was said
    after = speech.search(low[end:end + 25])
    if not spoken(after, end) or after is None:
        return False
    # ", officials said." closing the sentence is told of what comes before the comma, and so is
    # ", the council said in a statement, without ...": a reporting clause after a comma
    between = low[end:end + after.start()]
    closing = "," in between and (not low[end + after.end():].strip(" .\"”'")
                                  or (len(between.rsplit(",", 1)[1].split()) <= REPORTER_WORDS
                                      and len(low[:start].split()) > 2))   # not "On Wednesday, the
    # ministry said ...": a day opening the sentence dates the saying
    return not closing


# Words between the comma and the verb of a reporting clause (", the council said").
REPORTER_WORDS: Final = 4


def _clause_of(text: str, at: int) -> str:
    """``text`` up to a clause joined after offset ``at`` that speaks of the future ("began on
    Sunday and will run until June 5": only "began on Sunday" dates the Sunday)."""
    m = _words().future_clause.search(lower_tr(text), at)
    return text[:m.start()] if m else text


def relative_dates(text: str, filed: str) -> list[DateMention]:
    """Dates of the relative days in ``text`` against the dateline day ``filed`` (YYYY-MM-DD);
    offsets are relative to ``text``."""
    if not _has_relative(text):
        return []   # most sentences: tested once by their text, whatever the story's date
    return list(_relative_dates(text, filed))


def _has_relative(text: str) -> bool:
    hit = _RELATIVE.get(text)
    if hit is None:
        hit = _RELATIVE.put(text, bool(_words().any_word.search(lower_tr(text))))
    return hit


@lru_cache(maxsize=20_000)
def _relative_dates(text: str, filed: str) -> tuple[DateMention, ...]:
    return tuple(_compute(text, filed))


def _compute(text: str, filed: str) -> list[DateMention]:
    try:
        ref = dt.date.fromisoformat(filed)
    except ValueError:
        return []
    w = _words()
    low = lower_tr(text)
    out: list[DateMention] = []
    weekday_of: set[int] = set()   # starts of "last week" that only say which weekday
    for m in w.days.finditer(low):
        word = " ".join(m.group(0).split())
        if _said_then(low, m.start(), m.end(), w.speech, text):
            continue  # "said on Tuesday": when it was said
        if word in w.offsets:
            day = ref - dt.timedelta(days=w.offsets[word])
        else:
            initial = not text[:m.start()].strip() or text[:m.start()].rstrip()[-1] in ".!?:\n"
            after_last = w.weekday_before.search(low, max(0, m.start() - 16), m.start()) is not None
            if (not text[m.start()].isupper() or initial) and not (
                    _DAY_NOUN.match(low, m.end()) or (initial and low[m.end():m.end() + 1] in ",'’")
                    or after_last or _last_week_before(low, m.start(), w) is not None):
                continue  # "pazar" is also a market: in lower case or opening a sentence, only as
                # "pazar günü", "geçen pazar" or "geçen hafta pazar"
            # "signed on Thursday a contract under which the yard will build": the future of
            # what the document provides for is not the signing's; "began on Sunday and will run
            # until June 5": nor that of the clause after "and"
            main = main_clause(text)
            clause = _clause_of(main if m.start() < len(main) else text, m.start())
            future = speaks_of_future(clause)
            back = (ref.weekday() - w.weekdays[word]) % 7
            if not back and after_last:
                back = 7   # "geçen perşembe" written on a Thursday: a week before
            day = ref + dt.timedelta(days=(7 - back) % 7) if future else ref - dt.timedelta(days=back)
            lw = _last_week_before(low, m.start(), w, m.end())
            if lw is not None:
                # "geçen hafta Salı günü", "on Tuesday last week": that weekday of the week
                # before the story's week
                day = ref - dt.timedelta(days=ref.weekday() + 7 - w.weekdays[word])
                weekday_of.add(lw)
        iso = day.isoformat()
        dm = DateMention(iso, iso, "day", "point", m.start(), m.end(), text[m.start():m.end()])
        qualify(text, dm)   # "began on Monday and ended on Wednesday"
        out.append(dm)
    for m in w.last_week.finditer(low):
        if m.start() in weekday_of:
            continue   # the week only names which weekday was meant
        first = ref - dt.timedelta(days=ref.weekday() + 7)
        if first.month == ref.month and first.year == ref.year:
            iso = ref.isoformat()[:7]
            out.append(DateMention(iso, iso, "month", "point", m.start(), m.end(), text[m.start():m.end()]))
    out.extend(relative_month(text, filed))
    return out
