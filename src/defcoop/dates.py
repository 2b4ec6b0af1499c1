"""Date values with their precision, as the knowledge base stores them.

A value is ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO 8601 interval ``START/END`` of
those. A month is never turned into a day: ``2021-09`` covers 1–30 September and stays a month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Final

_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PRECISIONS = ("day", "month", "year")

MONTHS = {
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


@dataclass(frozen=True)
class DateRange:
    """A date or a range, each end at its own precision."""

    start: str
    end: str
    precision: str  # precision of the start: day | month | year

    @property
    def end_precision(self) -> str:
        return precision_of(self.end)

    @property
    def earliest(self) -> date:
        return bounds(self.start)[0]

    @property
    def latest(self) -> date:
        return bounds(self.end)[1]

    @property
    def is_range(self) -> bool:
        return self.start != self.end

    def contains(self, other: "DateRange") -> bool:
        return self.earliest <= other.earliest and other.latest <= self.latest

    def compatible(self, other: "DateRange") -> bool:
        """True when one value refines the other (nested), False when they disagree."""
        return self.contains(other) or other.contains(self)

    @property
    def span_days(self) -> int:
        return (self.latest - self.earliest).days + 1

    def value(self) -> str:
        return self.start if self.start == self.end else f"{self.start}/{self.end}"


def precision_of(part: str) -> str:
    n = part.count("-")
    return PRECISIONS[2 - n] if 0 <= n <= 2 else "day"


def _check(part: str) -> tuple[int, int | None, int | None]:
    m = _PART.match(part)
    if not m:
        raise ValueError(f"'{part}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        raise ValueError(f"'{part}': month {mo} is not 1-12")
    if mo is not None and d is not None:
        last = calendar.monthrange(y, mo)[1]
        if not 1 <= d <= last:
            raise ValueError(f"'{part}': day {d} is not in 1-{last}")
    return y, mo, d


_BOUNDS: Final[dict[str, tuple[date, date]]] = {}


def bounds(part: str) -> tuple[date, date]:
    """The first and last day a partial date covers (memoized: a corpus repeats its dates)."""
    hit = _BOUNDS.get(part)
    if hit is None:
        hit = _bounds(part)
        if len(_BOUNDS) >= BOUNDS_SIZE:
            _BOUNDS.clear()
        _BOUNDS[part] = hit
    return hit


# Partial dates whose bounds are kept.
BOUNDS_SIZE: Final = 4096


def _bounds(part: str) -> tuple[date, date]:
    y, mo, d = _check(part)
    if mo is None:
        return date(y, 1, 1), date(y, 12, 31)
    if d is None:
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    return date(y, mo, d), date(y, mo, d)


def parse_value(value: object) -> DateRange:
    """Parse a stored date value; raises ValueError with a readable message."""
    if isinstance(value, date):
        value = value.isoformat()
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{value!r} is not a date value")
    return _parse_text(value.strip())


@lru_cache(maxsize=4096)
def _parse_text(text: str) -> DateRange:
    if "/" in text:
        a, b = (p.strip() for p in text.split("/", 1))
    else:
        a = b = text
    _check(a)
    _check(b)
    if bounds(a)[0] > bounds(b)[1]:
        raise ValueError(f"'{text}': the range ends before it starts")
    return DateRange(a, b, precision_of(a))


def format_part(part: str, lang: str = "tr") -> str:
    """'2021-09' → 'Eylül 2021' / 'September 2021'; '2023-04-23' → '23 Nisan 2023'."""
    y, mo, d = _check(part)
    if mo is None:
        return str(y)
    name = MONTHS["en" if lang == "en" else "tr"][mo - 1]
    return f"{d} {name} {y}" if d else f"{name} {y}"


def format_range(r: DateRange, lang: str = "tr") -> str:
    """A human rendering that keeps precision: 'Eylül 2021', '2–16 Eylül 2021'."""
    if not r.is_range:
        return format_part(r.start, lang)
    ys, ms, ds = _check(r.start)
    ye, me, de = _check(r.end)
    if ys == ye and ms == me and ms is not None and ds and de:
        month = MONTHS["en" if lang == "en" else "tr"][ms - 1]
        return f"{ds}–{de} {month} {ys}"
    return f"{format_part(r.start, lang)} – {format_part(r.end, lang)}"
