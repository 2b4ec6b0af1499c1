"""Length-preserving Turkish lower-casing, so offsets in the lowered text are offsets in the
original (``str.lower`` turns "İ" into two characters)."""

from __future__ import annotations

from collections.abc import Iterable


def lower_tr(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` (folded: lower case, Turkish "ı" and "i") occurs in ``text`` in
    any casing: a quick test before a search line by line."""
    low = lower_tr(text)
    return any(w in low for w in words)
