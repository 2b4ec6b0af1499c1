"""Length-preserving Turkish lower-casing, so offsets in the lowered text are offsets in the
original (``str.lower`` turns "İ" into two characters)."""

from __future__ import annotations


def lower_tr(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()
