"""Participant figures: "600 asker, 40 tank ve zırhlı araç, 20 top", "3,000 troops", "1 milyar
dolar". Each becomes a vocab ``figures`` key with an integer; nouns, number words, multipliers and
currency words come from ``lexicon/figures.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache

from defcoop.detect import lexicon
from defcoop.detect.casefold import lower_tr
from defcoop.detect.spans import Intervals, Span, alternation


class _FigurePatterns:
    def __init__(self) -> None:
        d = lexicon.load("figures")
        path = lexicon.lexicon_path("figures")
        self.noun_of: dict[str, str] = {}
        for key, words in (d.get("nouns") or {}).items():
            for w in lexicon.strings(words, path, f"nouns.{key}"):
                self.noun_of[lower_tr(w)] = str(key)
        self.words = {lower_tr(str(k)): int(v) for k, v in (d.get("words") or {}).items()}
        self.mult = {lower_tr(str(k)): int(v) for k, v in (d.get("multipliers") or {}).items()}
        fillers = [lower_tr(w) for w in lexicon.strings(d.get("fillers"), path, "fillers") if w]
        usd = [lower_tr(w) for w in lexicon.strings(d.get("usd"), path, "usd")]
        nouns = alternation(self.noun_of)
        fil = alternation(fillers, spaces=False)
        wrd = alternation(self.words, spaces=False)
        mul = alternation(self.mult, spaces=False)
        num = rf"(?P<num>\d{{1,3}}(?:[.,]\d{{3}})+|\d+(?:[.,]\d+)?|{wrd})"
        self.count = re.compile(
            rf"(?<![\w.,’'-]){num}(?:\s+(?P<mul>{mul}))?(?:\s+(?:{fil}))*\s+(?P<noun>{nouns})"
            rf"(?:[’']\w+|(?<=ı)n?ı|(?<=i)n?i|(?<=ü)n?ü|(?<=u)n?u|sı|si|su|sü|ı|i|u|ü)?(?!\w)")
        us = alternation((u for u in usd if u != "$"), spaces=False)
        self.money = re.compile(
            rf"(?:\$\s?{num.replace('num', 'num1')}(?:\s+(?P<mul1>{mul}))?)|"
            rf"(?:(?<![\w.,]){num.replace('num', 'num2')}(?:\s+(?P<mul2>{mul}))?\s+(?:{us})\w*)")


@lru_cache(maxsize=1)
def _patterns() -> _FigurePatterns:
    return _FigurePatterns()


def _number(raw: str, p: _FigurePatterns) -> float | None:
    if raw in p.words:
        return float(p.words[raw])
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        return float(re.sub(r"[.,]", "", raw))
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None


def find_figures(text: str) -> list[Span]:
    """Every "<number> <noun>" figure as a span with value ``(key, number)``."""
    p = _patterns()
    low = lower_tr(text)
    out: list[Span] = []
    for m in p.money.finditer(low):
        raw = m.group("num1") or m.group("num2")
        n = _number(raw, p)
        mul = m.group("mul1") or m.group("mul2")
        if n is None:
            continue
        value = int(n * (p.mult[mul] if mul else 1))
        out.append(Span("figure", ("value_usd", value), m.start(), m.end(), text[m.start():m.end()]))
    taken = Intervals()
    for sp in out:
        taken.add(sp.start, sp.end)
    for m in p.count.finditer(low):
        if taken.contains(m.start()):
            continue
        n = _number(m.group("num"), p)
        if n is None:
            continue
        if m.group("mul"):
            n *= p.mult[m.group("mul")]
        if re.fullmatch(r"(1[89]|20)\d\d", m.group("num")):
            continue  # a year, not a count
        key = p.noun_of[" ".join(m.group("noun").split())]
        out.append(Span("figure", (key, int(n)), m.start(), m.end(), text[m.start():m.end()]))
    out.sort(key=lambda s: s.start)
    return out
