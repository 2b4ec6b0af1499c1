"""What the finders say about one sentence, memoized by the sentence's text.

Offsets here are relative to the sentence, and stay so in :mod:`defcoop.extract`: one
analysis serves every copy of a sentence. The memo is bounded (emptied when full) per pair of finders, so memory stays flat however long the
input is, and repeated sentences (wire copy reprinted by several outlets, boilerplate of
ministry releases) are analysed once.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from defcoop.detect import events as ev
from defcoop.detect.dates import DateMention, find_dates
from defcoop.detect.figures import find_figures
from defcoop.detect.forces import find_forces
from defcoop.detect.memo import MEMO_SIZE, Bounded
from defcoop.detect.series import bare_editions
from defcoop.detect.spans import Span, tokens



@dataclass(frozen=True)
class Mentions:
    lead: ev.EventMention | None
    named: tuple[ev.EventMention, ...]
    common: tuple[ev.EventMention, ...]


@dataclass(frozen=True)
class Details:
    dates: tuple[DateMention, ...]
    actors: tuple[Span, ...]
    places: tuple[Span, ...]
    forces: tuple[Span, ...]
    figures: tuple[Span, ...]


_TOKENS = itertools.count()


class Memo(Bounded[Any, Any]):
    """A bounded memo of one pair of finders: emptied when full, so memory stays flat however
    long the input is."""

    def __init__(self, size: int = MEMO_SIZE) -> None:
        super().__init__(size)
        self.token = next(_TOKENS)   # tells this memo's entries from another's


def _tokens(text: str, memo: Memo) -> list[Any]:
    """The sentence's tokens, made once for every detector."""
    key = ("t", text)
    toks = memo.get(key)
    if toks is None:
        toks = tokens(text)
        memo.put(key, toks)
    return toks


def mentions(text: str, heading: bool, memo: Memo) -> Mentions:
    key = ("m", text, heading)
    hit = memo.get(key)
    if hit is not None:
        return hit  # type: ignore[no-any-return]
    toks = _tokens(text, memo)
    lead = None if heading else ev.find_heading(text, 0)
    named = tuple(ev.find_named(text, toks))
    common = tuple(ev.find_common(text))
    if lead is None:
        named += tuple(bare_editions(text, common, named))
    out = Mentions(lead, named, common)
    memo.put(key, out)
    return out


def details(text: str, finders: Any, memo: Memo) -> Details:
    """Dates (those without a year kept, flagged), actors, places, forces and figures."""
    key = ("d", text)
    hit = memo.get(key)
    if hit is not None:
        return hit  # type: ignore[no-any-return]
    toks = _tokens(text, memo)
    places = finders.places.find(text, toks)
    actors = finders.actors.find(text, toks)
    if places:   # "the Indian Ocean", "the South China Sea": a sea's name holds no state
        actors = [a for a in actors if not (a.kind == "party" and any(
            p.start <= a.start and a.end <= p.end and p.end - p.start > a.end - a.start
            and p.extra.get("kind") == "sea" for p in places))]
    out = Details(tuple(find_dates(text, keep_yearless=True)), tuple(actors), tuple(places),
                  tuple(find_forces(text)), tuple(find_figures(text)))
    memo.put(key, out)
    return out
