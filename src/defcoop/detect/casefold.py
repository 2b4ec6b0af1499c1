"""Length-preserving Turkish lower-casing, so offsets in the lowered text are offsets in the
original (``str.lower`` turns "İ" into two characters)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def lower_tr(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()


def folded_search(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds, in text as written, every place where one of ``words`` (folded:
    lower case, Turkish "ı" and "i") could stand in any casing: a quick test of whether a text
    can hold one of them at all."""
    def char(c: str) -> str:
        if c in "ıi":
            return "[ıiIİ]"
        return re.escape(c)
    alts = sorted({"".join(char(c) for c in w) for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(alts) if alts else r"(?!x)x", re.I)
