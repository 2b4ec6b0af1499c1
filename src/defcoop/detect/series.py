"""Names of a series edition written without a title word: capitalized words closed by a hyphen
and a year ("Falcon Brotherhood-2025, the week-long drill that ended Friday", "Kış-2026'da"),
in a sentence that speaks of an event of a kind that names its editions so (``series_kinds`` in
``lexicon/events.yaml``: exercises). A name with its title word is found by
:func:`defcoop.detect.events.find_named`; this finder only adds the bare ones."""

from __future__ import annotations

import re
from functools import lru_cache

from defcoop.detect import lexicon
from defcoop.detect.dates import find_dates
from defcoop.detect.events import EventMention
from defcoop.detect.events import words as ev_words
from defcoop.detect.casefold import lower_tr

# One to four capitalized words (a hyphen may join two), then "-YYYY" with no space before it.
_BARE = re.compile(r"(?<![\w-])((?:[A-ZÇĞİÖŞÜ][\w’']*[ \t]){0,3}[A-ZÇĞİÖŞÜ][\w’']*-(?:19|20)\d\d)(?![\w-])")


@lru_cache(maxsize=1)
def series_kinds() -> tuple[str, ...]:
    data = lexicon.load("events")
    path = lexicon.lexicon_path("events")
    return tuple(lexicon.strings(data.get("series_kinds"), path, "series_kinds"))


def bare_editions(text: str, common: tuple[EventMention, ...],
                  named: tuple[EventMention, ...], any_kind: bool = False) -> list[EventMention]:
    """Bare edition names of ``text`` (see the module), of the kind its event nouns speak of;
    with ``any_kind``, every bare edition name, of kind "other", whatever the sentence speaks of."""
    kinds = ["other"] if any_kind else [m.kind for m in common
                                        if not m.verb and m.kind in series_kinds()]
    if not kinds:
        return []
    out: list[EventMention] = []
    for m in _BARE.finditer(text) if "-" in text else ():
        a, b = m.start(1), m.end(1)
        if any(n.start <= a < n.end or a <= n.start < b for n in named):
            continue   # a name found with its title word
        out.append(EventMention(kinds[0], "named", a, b, m.group(1), name=m.group(1),
                                trigger=(a, b)))
    if any_kind:
        return out
    nouns = [m for m in common if not m.verb and m.kind in series_kinds()]
    for m in _SPACED.finditer(text):
        a, b = m.start(1), m.end(1)
        if any(n.start <= a < n.end or a <= n.start < b for n in (*named, *out)):
            continue
        if not any(-NOUN_NEAR <= n.start - b <= NOUN_NEAR or -NOUN_NEAR <= a - n.end <= NOUN_NEAR
                   for n in nouns):
            continue   # the edition stands beside its event noun ("... olan X Y 2024, ...")
        words = m.group(1).split()[:-1]
        if lower_tr(words[0]) in ev_words().not_name_start or find_dates(m.group(1)) and any(
                d.precision != "year" for d in find_dates(m.group(1))):
            continue   # "Since September 2024", "In late 2024": a date, no name
        out.append(EventMention(nouns[0].kind, "named", a, b, m.group(1), name=m.group(1),
                                trigger=(a, b)))
    return out


# Two to four capitalized words, then a space and a year ("Steadfast Defender 2024", "Nordic
# Response 2024"): an edition's name when its event noun stands close by.
_SPACED = re.compile(r"(?<![\w-])((?:[A-ZÇĞİÖŞÜ][\w’']*[ \t]){2,4}(?:19|20)\d\d)(?![\w-])")

# Characters between such a name and its event noun.
NOUN_NEAR = 60
