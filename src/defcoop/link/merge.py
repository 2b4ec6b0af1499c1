"""Drafts of candidate events and the registry that merges mentions into them.

Mentions of one event are merged by the key of their name — ``(core, year)`` from
:func:`defcoop.detect.events.name_key`, so "KarDen Yıldızı 2024", "KARDEN Yıldızı-2024 Tatbikatı"
and "Karden Yıldızı -2024" meet — and unnamed mentions join the event they refer back to. Each
field keeps every claim with its evidence; claims that disagree are resolved later into a value
and a conflict (:mod:`defcoop.resolve`), never silently dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from defcoop.dates import parse_value
from defcoop.detect.events import name_key as _name_key_uncached
from defcoop.model import Claim


name_key = lru_cache(maxsize=20_000)(_name_key_uncached)   # drafts look names up again and again


@lru_cache(maxsize=4096)
def _parse(value: str) -> object:
    """A parsed date value (memoized: drafts compare the same few values again and again)."""
    try:
        return parse_value(value)
    except Exception:  # noqa: BLE001 - an unparsable value is no evidence of disagreement
        return None


@dataclass(init=False)
class Draft:
    """One candidate event while a document is being read."""

    kind: str
    name: str | None = None
    core: str | None = None
    year: str | None = None
    first: int = 0                        # offset of the first mention
    claims: list[Claim] = field(default_factory=list)
    loci: set[str] = field(default_factory=set)
    unnamed: bool = False
    cites: list[str] = field(default_factory=list)   # citations of every sentence about it
    within: "Draft | None" = None        # the visit or meeting an agreement was signed during
    ends: list[str] = field(default_factory=list)   # last days told without a first ("until ...")
    _seen: set[tuple[object, ...]] = field(default_factory=set, repr=False, compare=False)

    def __init__(self, kind: str, name: str | None = None, core: str | None = None,
                 year: str | None = None, first: int = 0, claims: list[Claim] | None = None,
                 loci: set[str] | None = None, unnamed: bool = False,
                 cites: list[str] | None = None, within: "Draft | None" = None) -> None:
        self.kind, self.name, self.core, self.year, self.first = kind, name, core, year, first
        self.claims = claims if claims is not None else []
        self._seen = {_claim_key(c) for c in self.claims}
        self.loci = loci if loci is not None else set()
        self.unnamed = unnamed
        self.cites = cites if cites is not None else []
        self.within = within
        self.ends = []

    def add(self, claim: Claim) -> None:
        """Add ``claim`` unless the draft has one of the same field, value and place."""
        key = _claim_key(claim)
        if key in self._seen:
            return
        self.add_keyed(claim, key)

    def add_keyed(self, claim: Claim, key: tuple[object, ...]) -> None:
        """Add ``claim``, whose key (``_claim_key``) the caller made and found new."""
        self._seen.add(key)
        self.claims.append(claim)
        self.loci.add(claim.locus)

    def absorb(self, other: "Draft") -> None:
        """Take every claim, citation and open last day of ``other``, the same event told
        again (a headline over its story, a table row and its prose)."""
        for c in other.claims:
            self.add(c)
        self.cites += [x for x in other.cites if x not in self.cites]
        self.ends += other.ends
        self.first = min(self.first, other.first)

    @property
    def seen(self) -> set[tuple[object, ...]]:
        """The keys of the claims the draft has (field, value key, start, end)."""
        return self._seen

    def rekey(self) -> None:
        """Call after changing the value of a claim the draft holds."""
        self._seen = {_claim_key(c) for c in self.claims}

    def join_days(self, first: str, last: str, also: tuple[str, ...] = ()) -> str | None:
        """The range ``first``/``last`` when the two days are close enough to be one event's
        first and last (``MAX_RANGE_DAYS``), or ``first`` is the month or year ``last`` lies in;
        the draft's date claims of either (or of a value in ``also``) become that range. None,
        and nothing changed, otherwise."""
        span = days_apart(first, last)
        if span is None and not (len(first) < len(last) and last.startswith(first)):
            return None   # a month and a day of it ("Haziran 2021" ... "30 Haziran 2021'e kadar") nest
        if span is not None and not 0 < span <= MAX_RANGE_DAYS:
            return None
        value = f"{first}/{last}"
        joined = (first, last) + also
        for c in self.claims:
            if c.field == "date" and c.value in joined:
                c.value = value
        self.rekey()
        return value

    def join_range(self, day: str, first: bool, also: tuple[str, ...] = ()) -> str | None:
        """``day`` as the first (``first``) or last day of a range whose other end is the
        draft's day furthest from it on the other side, within ``MAX_RANGE_DAYS`` ("which
        commenced on 20 October" and the closing ceremony "today"; "runs through Sept. 26" and
        "began ... on Monday"); see :meth:`join_days`. None when no day of the draft fits."""
        fits: list[tuple[int, str]] = []
        for c in self.claims:
            if c.field == "date" and isinstance(c.value, str) and len(c.value) == 10:
                span = days_apart(day, c.value) if first else days_apart(c.value, day)
                if span is not None and 0 < span <= MAX_RANGE_DAYS:
                    fits.append((span, c.value))
        if not fits:
            return None
        other = max(fits)[1]
        return self.join_days(day, other, also) if first else self.join_days(other, day, also)

    def parties(self) -> set[str]:
        """The states its claims make parties to it."""
        return {v for c in self.claims if c.field == "parties" for v in c.value}

    def has(self, fieldname: str) -> bool:
        return any(c.field == fieldname for c in self.claims)

    def dates(self) -> list[str]:
        return [str(c.value) for c in self.claims if c.field == "date"]

    def date_compatible(self, value: str) -> bool:
        """True when ``value`` nests with every date this draft already has."""
        new = _parse(value)
        if new is None:
            return True
        for v in self.dates():
            old = _parse(v)
            if old is not None and not old.compatible(new):  # type: ignore[attr-defined]
                return False
        return True


# A first and a last day told apart make one range only when they are at most this many days
# apart (an exercise of five weeks); further apart they are two events' days.
MAX_RANGE_DAYS = 45


def days_apart(first: str, last: str) -> int | None:
    """Days from ``first`` to ``last`` (YYYY-MM-DD), None when either is no day."""
    try:
        return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
    except ValueError:
        return None


def value_key(value: object) -> object:
    """A claim's value as a dictionary key: lists as tuples, figures as sorted pairs; a value
    nested deeper than the extractor makes is compared as written."""
    if isinstance(value, list):
        key: object = tuple(value)
    elif isinstance(value, dict):
        key = tuple(sorted(value.items()))
    else:
        key = value
    try:
        hash(key)
    except TypeError:
        return repr(value)
    return key


def _claim_key(c: Claim) -> tuple[object, ...]:
    """What makes two claims of a draft one: field, value and where they stand."""
    return (c.field, value_key(c.value), c.start, c.end)


# Kinds whose names are titles that a document shortens ("the X Agreement" for "the Agreement
# between A and B on X"), and the least length of the shortened title's key.
TITLED_KINDS = ("agreement", "declaration")
MIN_TITLE_TAIL = 18


class Registry:
    """The drafts of one document, found by name key or by recency."""

    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self._by_core: dict[str, list[Draft]] = {}
        self.yeared: list[Draft] = []   # named drafts with a year: the series a document names

    def named(self, name: str, kind: str, offset: int) -> Draft | None:
        """The draft for ``name`` (created when new); None when the name is ambiguous."""
        core, year = name_key(name)
        if not core:
            return None
        same = self._by_core.get(core, [])
        if year is None:
            if len(same) == 1:
                return same[0]
            if len(same) > 1:
                return None
        else:
            exact = [d for d in same if d.year == year]
            if exact:
                return exact[0]
            loose = [d for d in same if d.year is None]
            if len(loose) == 1:
                loose[0].year = year
                self.yeared.append(loose[0])
                return loose[0]
        if not same and kind in TITLED_KINDS:
            # "Askerî Mali İşbirliği Anlaşması" and "Türkiye Cumhuriyeti Hükümeti ile Gürcistan
            # Hükümeti Arasında Askerî Mali İşbirliği Anlaşması": the full title of the short one
            tail = [d for d in self.drafts if d.kind == kind and d.core and d.year == year
                    and min(len(d.core), len(core)) >= MIN_TITLE_TAIL
                    and (d.core.endswith(core) or core.endswith(d.core))]
            if len(tail) == 1:
                self._by_core.setdefault(core, []).append(tail[0])
                return tail[0]
        return self._new(Draft(kind=kind, name=name, core=core, year=year, first=offset))

    def _new(self, d: Draft) -> Draft:
        self.drafts.append(d)
        if d.core is not None:
            self._by_core.setdefault(d.core, []).append(d)
        if d.year is not None:
            self.yeared.append(d)
        return d

    def fresh(self, name: str, kind: str, offset: int) -> Draft:
        """A new draft for ``name`` although one exists: the same yearless name told again with a
        date of another year ("the Baku Declaration" of 2017 and of 2021)."""
        core, year = name_key(name)
        return self._new(Draft(kind=kind, name=name, core=core, year=year, first=offset))

    def lookup(self, name: str) -> Draft | None:
        core, year = name_key(name)
        same = self._by_core.get(core, [])
        if year is not None:
            same = [d for d in same if d.year in (year, None)]
        return same[0] if len(same) == 1 else None

    def unnamed(self, kind: str, offset: int) -> Draft:
        d = Draft(kind=kind, first=offset, unnamed=True)
        self.drafts.append(d)
        return d
