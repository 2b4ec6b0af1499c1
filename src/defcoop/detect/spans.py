"""Spans and word tokens shared by the finders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from defcoop.textnorm import APOSTROPHES, key

# A word: letters/digits, with inner hyphens or dots kept out; an apostrophe suffix is part of
# the token so that "Bakü'de" is one token whose stem is "Bakü".
WORD_RE = re.compile(rf"\w+(?:[{APOSTROPHES}]\w+)?", re.U)
_APOS_SPLIT = re.compile(f"[{APOSTROPHES}]")


@dataclass
class Span:
    """A detected thing: what kind, its normalized value, and where it is in the text."""

    kind: str
    value: Any
    start: int
    end: int
    text: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Token:
    text: str
    start: int
    end: int
    stem: str       # the word without an apostrophe suffix
    key: str        # ascii-folded comparison key of the stem

    @property
    def suffix(self) -> str:
        return self.text[len(self.stem):]

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str, offset: int = 0) -> list[Token]:
    out: list[Token] = []
    for m in WORD_RE.finditer(text):
        word = m.group(0)
        stem = _APOS_SPLIT.split(word, 1)[0]
        out.append(Token(word, m.start() + offset, m.end() + offset, stem, key(stem)))
    return out


def flex(phrase: str) -> str:
    """A regex for ``phrase`` whose spaces match any run of whitespace (line breaks in PDFs)."""
    return r"\s+".join(re.escape(w) for w in phrase.split())
