"""Dates and date ranges in Turkish, English and Azerbaijani text, with their precision.

A month is never turned into a day: "Eylül 2024" is ``2024-09`` at month precision, "2-16 Eylül
2021" is the range ``2021-09-02``..``2021-09-16`` at day precision, "in late 2023" is ``2023`` with
the qualifier ``late``. Month names and the phrases around dates ("tarihleri arasında",
"tarihine kadar", "late", "since") come from ``lexicon/months.yaml`` and ``lexicon/dates.yaml``.

:func:`find_dates` returns :class:`DateMention` spans; :func:`parse_date` parses a whole string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from defcoop.detect import lexicon
from defcoop.detect.casefold import lower_tr
from defcoop.detect.spans import Intervals, alternation
from defcoop.textnorm import APOSTROPHES, fold

PRECISIONS = ("year", "month", "day")


@dataclass(init=False)
class DateMention:
    """A date or range found in a text. ``start``/``end`` are ISO strings at ``precision``.

    ``role`` is ``point`` (one date), ``range`` (start and end), ``until`` (only the end is
    given: "30 Haziran 2021 tarihine kadar") or ``since`` (only the start). ``weak`` marks a
    bare year, which an event uses only when nothing better is near.
    """

    start: str | None
    end: str | None
    precision: str
    role: str
    begin: int
    stop: int
    text: str
    qualifier: str | None = None
    weak: bool = False
    year_missing: bool = False

    def __init__(self, start: str | None, end: str | None, precision: str, role: str, begin: int,
                 stop: int, text: str, qualifier: str | None = None, weak: bool = False,
                 year_missing: bool = False) -> None:
        self.start = start
        self.end = end
        self.precision = precision
        self.role = role
        self.begin = begin
        self.stop = stop
        self.text = text
        self.qualifier = qualifier
        self.weak = weak
        self.year_missing = year_missing

    @property
    def first(self) -> str:
        return self.start or self.end or ""

    @property
    def last(self) -> str:
        return self.end or self.start or ""


class _Patterns:
    def __init__(self) -> None:
        months = lexicon.load("months")
        path = lexicon.lexicon_path("months")
        self.month_of: dict[str, int] = {}
        for num, names in months.items():
            if not isinstance(num, int) or not 1 <= num <= 12:
                raise _bad(path, f"month number {num!r} is not 1..12")
            for name in lexicon.strings(names, path, f"month {num}"):
                self.month_of[fold(name)] = num
                self.month_of[fold(name.rstrip("."))] = num
        names_cased: set[str] = set()
        for num, names in months.items():
            for name in names:
                names_cased.update({str(name), str(name).upper()})
        alt = alternation(names_cased, spaces=False)
        low_alt = alternation({lower_tr(n) for n in names_cased if n[:1].isupper()
                               and n.isalpha()}, spaces=False)
        d = lexicon.load("dates")
        dpath = lexicon.lexicon_path("dates")
        conn_words = [c for c in lexicon.strings(d.get("range_connectors"), dpath, "range_connectors")
                      if c.isalpha()]
        openers = lexicon.strings(d.get("range_openers"), dpath, "range_openers")
        apos = f"[{APOSTROPHES}]"
        suffix = rf"(?:{apos}\w+)?"
        mon = rf"(?P<{{g}}>(?:{alt})\.?)(?![\w])"
        day = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th|\.)?"
        year = r"(?P<{g}>1[89]\d\d|20\d\d)(?!\d)"
        sep = r"\s*[-–—/]\s*"
        wsep = r"(?:" + sep + r"|\s+(?:" + "|".join(re.escape(c) for c in conn_words) + r")\s+)"
        op = r"(?:(?:" + "|".join(re.escape(o) for o in openers) + r")\s+(?:the\s+)?)?"

        def f(p: str, **groups: str) -> str:
            for k, v in groups.items():
                p = p.replace("{" + k + "}", v)
            return p

        D1, D2 = day.format(g="d1"), day.format(g="d2")
        M1, M2 = mon.format(g="m1"), mon.format(g="m2")
        Y1, Y2 = year.format(g="y1"), year.format(g="y2")
        ofy = r"(?:,?\s+|\s+of\s+)"
        patterns = [
            # 2017 yılının Ağustos ayında / 2017 yılı Mart ayında (a month of a year written first)
            rf"\b{Y1}\s+yılı(?:nın)?\s+{M1}(?:\s+ay(?:ı|ında|ının))?(?!\w)",
            # 19 Nisan 2023 - 10 Mayıs 2024
            rf"{op}\b{D1}\s+{M1},?\s+{Y1}{suffix}{wsep}{D2}\s+{M2},?\s+{Y2}{suffix}",
            # 19 Nisan - 10 Mayıs 2023 / from 19 April to 10 May 2023
            rf"{op}\b{D1}\s+{M1}{wsep}{D2}\s+{M2}{ofy}{Y1}{suffix}",
            # 2-16 Eylül 2021 / from 2 to 16 September 2022
            rf"{op}\b{D1}{wsep}{D2}\s+{M1}{ofy}{Y1}{suffix}",
            # September 27-30, 2020
            rf"{op}\b{M1}\s+{D1}{wsep}{D2},?\s+{Y1}{suffix}",
            # April 19 - May 10, 2023
            rf"{op}\b{M1}\s+{D1}{wsep}{M2}\s+{D2},?\s+{Y1}{suffix}",
            # 27 September 2020 / 27 Eylül 2020'de
            rf"\b{D1}\s+{M1}{ofy}{Y1}{suffix}",
            # September 27, 2020
            rf"\b{M1}\s+{D1},?\s+{Y1}{suffix}",
            # Nisan Mayıs 2023 / April-May 2023 / from April to May 2023
            rf"{op}\b{M1}(?:{wsep}|\s+){M2}{ofy}{Y1}{suffix}",
            # Eylül 2024 / September of 2024
            rf"\b{M1}{ofy}{Y1}{suffix}",
            # 15.06.2021 / 15/06/2021 / 15-06-2021 (one separator throughout)
            r"\b(?P<d1>[0-3]?\d)(?P<sep>[./-])(?P<m1n>[01]?\d)(?P=sep)(?P<y1>1[89]\d\d|20\d\d)\b",
            # 2021-06-15
            r"\b(?P<y1>1[89]\d\d|20\d\d)-(?P<m1n>[01]\d)-(?P<d1>[0-3]\d)\b",
            # 2-16 Eylül / 19 Nisan - 10 Mayıs (year from context)
            rf"{op}\b{D1}\s+{M1}{wsep}{D2}\s+{M2}(?![\w])(?!,?\s+\d)",
            rf"{op}\b{D1}{wsep}{D2}\s+{M1}(?!,?\s+(?:of\s+)?\d)",
            rf"\b{D1}\s+{M1}(?!,?\s+(?:of\s+)?\d){suffix}",
            # June 3 to June 5 / June 3-5 (year from context)
            rf"{op}\b{M1}\s+{D1}{wsep}{M2}\s+{D2}(?!,?\s+\d)",
            rf"{op}\b{M1}\s+{D1}{wsep}{D2}(?![\d,]*\s*\d{{4}})(?!\w)",
            # September 16 / Sept. 12 (year from context)
            rf"\b{M1}\s+{D1}(?!\d)(?!,?\s+\d)(?!\w)",
            # 1992-1994
            rf"{op}\b{Y1}\s*[-–—]\s*{Y2}\b{suffix}",
            # 2024
            rf"\b{Y1}\b{suffix}",
        ]
        # June / Haziran'da / Haziran ayında (a month without its year, completed from context)
        bare = [rf"(?:(?<=\bin )|(?<=\bIn )|(?<=\bduring )|(?<=\bDuring )|(?<=\bin late )"
                rf"|(?<=\bin early )|(?<=\bin mid-)|(?<=\bin mid )){M1}(?!\s*,?\s*\d)",
                rf"\b{M1}(?:{apos}(?:da|de|ta|te)|\s+ayında|\s+ayı\s+içinde"
                rf"|\s+ayı(?:nın)?\s+(?:sonunda|başında|ortasında|sonlarında|başlarında|ortalarında"
                rf"|ilk\s+haftasında|son\s+haftasında|ilk\s+yarısında|ikinci\s+yarısında))(?!\w)",
                # "şubat ayında": a month written in lower case, only with its word for month
                rf"(?<!\w)(?P<m1>{low_alt})\s+(?:ayında|ayı\s+içinde)(?!\w)"]
        self.regexes = [re.compile(p) for p in patterns + bare]
        self.bare = [re.compile(p) for p in bare]
        # patterns 0-9 and 12-17 need a month name; the others are numeric only
        self.month_free = [self.regexes[i] for i in (10, 11, 18, 19)]
        self.has_month = re.compile(rf"(?<![\w])(?:{alt}|(?:{low_alt})\s+ayı)")
        self.has_digit = re.compile(r"\d")
        self.qual_before: list[tuple[re.Pattern[str], str]] = []
        self.qual_after: list[tuple[re.Pattern[str], str]] = []
        at = "|".join(re.escape(w) for w in lexicon.strings(
            d.get("qualifier_place_words"), dpath, "qualifier_place_words"))
        for q, words in (d.get("qualifiers_before") or {}).items():
            for w in lexicon.strings(words, dpath, f"qualifiers_before.{q}"):
                sep_ = "" if w.endswith("-") else r"[\s-]+"
                head = re.escape(w)
                if w.endswith(" on") and at:   # "began in Manama on Sunday"
                    head = (re.escape(w[:-3]) + rf"(?:\s+(?:{at})\s+(?:the\s+)?[\w'’-]+"
                            r"(?:\s+[\w'’-]+)?)?\s+on")
                self.qual_before.append(
                    (re.compile(rf"(?:^|\W){head}{sep_}(?:of\s+)?$", re.I), str(q)))
        for q, words in (d.get("qualifiers_after") or {}).items():
            for w in lexicon.strings(words, dpath, f"qualifiers_after.{q}"):
                self.qual_after.append((re.compile(rf"^(?:{apos}\w+)?\s+{re.escape(w)}\b", re.I), str(q)))
        self.until_after = _phrase_after(lexicon.strings(d.get("until_after"), dpath, "until_after"))
        self.until_before = _phrase_before(lexicon.strings(d.get("until_before"), dpath, "until_before"))
        self.since_after = _phrase_after(lexicon.strings(d.get("since_after"), dpath, "since_after"))
        self.since_before = _phrase_before(lexicon.strings(d.get("since_before"), dpath, "since_before"))
        self.year_markers = _phrase_after(lexicon.strings(d.get("year_markers"), dpath, "year_markers"))
        self.period_before = _phrase_before(lexicon.strings(d.get("period_before"), dpath, "period_before")
                                            or ["(?!x)x"])
        stems = lexicon.strings(d.get("period_after_stems"), dpath, "period_after_stems")
        self.period_stems = re.compile(
            r"^\s*(?:" + "|".join(re.escape(w) for w in sorted(stems, key=len, reverse=True)) + ")",
            re.I) if stems else re.compile(r"(?!x)x")
        self.period_after = _phrase_after(lexicon.strings(d.get("period_after"), dpath, "period_after")
                                          or ["(?!x)x"])


def _bad(path: str, problem: str) -> Exception:
    from defcoop.errors import DataError
    return DataError(path, None, problem)


def _phrase_after(words: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alt})(?!\w)", re.I)


def _phrase_before(words: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|\W)(?:{alt})\s+(?:the\s+)?(?:on\s+)?$", re.I)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str:
    if y is None:  # a date written without its year: "-MM[-DD]", completed by find_dates
        return "" if m is None else f"-{m:02d}" + ("" if d is None else f"-{d:02d}")
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None and not 1 <= d <= 31:
        return False
    return True


def _mention_from(m: re.Match[str], p: _Patterns) -> DateMention | None:
    g = m.groupdict()

    def num(name: str) -> int | None:
        v = g.get(name)
        return int(v) if v else None

    def month(name: str) -> int | None:
        v = g.get(name)
        if v:
            return p.month_of.get(fold(v.rstrip(".")))
        return None

    y1, y2 = num("y1"), num("y2")
    d1, d2 = num("d1"), num("d2")
    m1 = month("m1") or num("m1n")
    m2 = month("m2")
    year_missing = y1 is None and y2 is None and m1 is not None
    if y2 is not None and m1 is None and d1 is None:           # 1992-1994
        if y2 < (y1 or 0):
            return None
        return DateMention(_iso(y1), _iso(y2), "year", "range", m.start(), m.end(), m.group(0))
    if m1 is None:                                             # bare year
        return DateMention(_iso(y1), None, "year", "point", m.start(), m.end(), m.group(0), weak=True)
    ya = y1
    yb = y2 if y2 is not None else y1
    if d1 is None:                                             # month(s)
        if m2 is not None:
            start, end = (ya, m1, None), (yb, m2, None)
            if yb is not None and ya is not None and (yb, m2) <= (ya, m1):
                return None
            return DateMention(_iso(*start), _iso(*end), "month", "range", m.start(), m.end(),
                               m.group(0), year_missing=year_missing)
        return DateMention(_iso(ya, m1), None, "month", "point", m.start(), m.end(), m.group(0),
                           year_missing=year_missing)
    if not _valid(ya, m1, d1):
        return None
    if d2 is not None:
        mb = m2 if m2 is not None else m1
        if not _valid(yb, mb, d2):
            return None
        if ya is not None and yb is not None and (yb, mb, d2) <= (ya, m1, d1):
            return None
        if ya is None and (mb, d2) <= (m1, d1):
            return None
        return DateMention(_iso(ya, m1, d1), _iso(yb, mb, d2), "day", "range", m.start(), m.end(),
                           m.group(0), year_missing=year_missing)
    return DateMention(_iso(ya, m1, d1), None, "day", "point", m.start(), m.end(), m.group(0),
                       year_missing=year_missing)


def _in_reference(text: str, begin: int, stop: int) -> bool:
    """A bare year inside a parenthetical reference: "(Özsoy, 2023: 593)", "(AA, 2021)"."""
    before = text[max(0, begin - 80):begin]
    after = text[stop:stop + 20]
    open_ = before.rfind("(")
    if open_ < 0 or ")" in before[open_:]:
        return False
    return bool(re.match(r"^[a-z]?\s*(?:[:)]|;|,\s*(?:s|ss|p|pp)\.)", after)) and "," in before[open_:] \
        or bool(re.search(r"(?:,|&| ve| and)\s*$", before[open_:])) and after.lstrip()[:1] in (")", ":", ";")


def find_dates(text: str, default_year: int | None = None,
               keep_yearless: bool = False) -> list[DateMention]:
    """Every date and range in ``text``, longest first where they overlap, in text order.

    Dates without a year ("2-16 Mart") take ``default_year`` when given; otherwise they are
    dropped, or kept with ``year_missing`` set (values "-MM-DD") when ``keep_yearless``.
    """
    p = _patterns()
    found: list[DateMention] = []
    digits = bool(p.has_digit.search(text))
    month = bool(p.has_month.search(text))
    if not digits and not month:
        return found
    taken = Intervals()
    for rx in (p.bare if not digits else p.regexes if month else p.month_free):
        for m in rx.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            mention = _mention_from(m, p)
            if mention is None:
                continue
            if mention.weak and _in_reference(text, m.start(), m.end()):
                continue
            taken.add(m.start(), m.end())
            found.append(mention)
    out: list[DateMention] = []
    told = _relative_months(text) if any(d.year_missing and d.precision == "month" for d in found) else []
    for dm in sorted(found, key=lambda x: x.begin):
        if dm.year_missing and any(a <= dm.begin < b for a, b in told):
            continue   # "geçen Ekim ayında", "in October last year": dated from the story's date
        if dm.precision == "year" and dm.role in ("point", "range") and (
                ((dm.weak or dm.role == "range") and p.period_before.search(text[max(0, dm.begin - 30):dm.begin]))
                or p.period_after.match(text[dm.stop:dm.stop + 40])
                or p.period_stems.match(text[dm.stop:dm.stop + 40])):
            continue   # "a cooperation plan for 2026": the period it covers
        if dm.year_missing:
            if default_year is None:
                if not keep_yearless:
                    continue
            else:
                dm.start = _fill_year(dm.start, default_year)
                dm.end = _fill_year(dm.end, default_year)
                dm.year_missing = False
        _context(text, dm, p)
        out.append(dm)
    return out


def _relative_months(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a month relative to the story's date ("last October")."""
    from defcoop.detect.relative import relative_month_spans
    return relative_month_spans(text)


def with_year(dm: DateMention, year: int) -> DateMention:
    """A copy of a date written without its year, completed with ``year``."""
    return DateMention(_fill_year(dm.start, year), _fill_year(dm.end, year), dm.precision,
                       dm.role, dm.begin, dm.stop, dm.text, dm.qualifier, dm.weak, False)


def _fill_year(value: str | None, year: int) -> str | None:
    if value is None:
        return None
    return f"{year:04d}{value}" if value.startswith("-") else value


def _qualifier(before: str, after: str, p: _Patterns) -> str | None:
    """The qualifier the words before or after a date give it ("late", "began on")."""
    q = next((q for rx, q in p.qual_before if rx.search(before)), None)
    return q or next((q for rx, q in p.qual_after if rx.match(after)), None)


def qualify(text: str, dm: DateMention) -> None:
    """Give a date found apart from the patterns (a weekday told against the dateline) the
    qualifier the words around it give ("began on Monday and ended on Wednesday")."""
    p = _patterns()
    before, after = text[max(0, dm.begin - 30):dm.begin], text[dm.stop:dm.stop + 40]
    dm.qualifier = _qualifier(before, after, p)
    _role(before, after, dm, p)   # "will run until Friday"


def _context(text: str, dm: DateMention, p: _Patterns) -> None:
    before = text[max(0, dm.begin - 30):dm.begin]
    after = text[dm.stop:dm.stop + 40]
    q = _qualifier(before, after, p)
    if q is not None:
        dm.qualifier = q
        dm.weak = False
    if dm.weak and p.year_markers.match(after):
        dm.weak = False
    _role(before, after, dm, p)


def _role(before: str, after: str, dm: DateMention, p: _Patterns) -> None:
    """A date "until ..." or "since ..." by the words around it."""
    if dm.role == "point":
        if p.until_after.match(after) or p.until_before.search(before):
            dm.role, dm.end, dm.start = "until", dm.start, None
        elif p.since_after.match(after) or p.since_before.search(before):
            dm.role = "since"


def parse_date(text: str) -> DateMention | None:
    """Parse ``text`` that is a date and nothing else (a table cell, a heading's date)."""
    stripped = " ".join(text.split())
    if not any(c.isdigit() for c in stripped) or len(stripped) > 60:
        return None
    found = find_dates(stripped)
    if len(found) == 1 and found[0].begin == 0 and len(stripped) - found[0].stop <= 1:
        return found[0]
    return None
