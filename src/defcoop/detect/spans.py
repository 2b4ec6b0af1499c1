"""Spans and word tokens shared by the finders."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Final, Iterable

from defcoop.textnorm import APOSTROPHES, key

# A word: letters/digits, with inner hyphens or dots kept out; an apostrophe suffix is part of
# the token so that "Ankara'da" is one token whose stem is "Ankara".
WORD_RE = re.compile(rf"\w+(?:[{APOSTROPHES}]\w+)?", re.U)
_APOS_SPLIT = re.compile(f"[{APOSTROPHES}]")


@dataclass(init=False)
class Span:
    """A detected thing: what kind, its normalized value, and where it is in the text."""

    kind: str
    value: Any
    start: int
    end: int
    text: str
    extra: dict[str, Any] = field(default_factory=dict)

    def __init__(self, kind: str, value: Any, start: int, end: int, text: str,
                 extra: dict[str, Any] | None = None) -> None:
        self.kind = kind
        self.value = value
        self.start = start
        self.end = end
        self.text = text
        self.extra = extra if extra is not None else {}


@dataclass(init=False)
class Token:
    text: str
    start: int
    end: int
    stem: str       # the word without an apostrophe suffix
    key: str        # ascii-folded comparison key of the stem

    def __init__(self, text: str, start: int, end: int, stem: str, key: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.stem = stem
        self.key = key

    @property
    def suffix(self) -> str:
        return self.text[len(self.stem):]

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


_KEYS: dict[str, str] = {}


def _key(stem: str) -> str:
    k = _KEYS.get(stem)
    if k is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        k = _KEYS[stem] = key(stem)
    return k


def tokens(text: str, offset: int = 0) -> list[Token]:
    out: list[Token] = []
    for m in WORD_RE.finditer(text):
        word = m.group(0)
        stem = _APOS_SPLIT.split(word, 1)[0] if not word.isalnum() else word
        out.append(Token(word, m.start() + offset, m.end() + offset, stem, _key(stem)))
    return out


def flex(phrase: str) -> str:
    """A regex for ``phrase`` whose spaces match any run of whitespace (line breaks in PDFs)."""
    return r"\s+".join(re.escape(w) for w in phrase.split())


_SPACE: Final = ""   # the trie's edge for a run of whitespace (no character is empty)
_END: Final = "\x00end"   # marks a node where a phrase ends (no key is two characters long)


def alternation(phrases: Iterable[str], spaces: bool = True) -> str:
    """A regex matching any of ``phrases``, longest first: the same matches as
    ``"|".join(flex(p) for p in sorted(phrases, key=len, reverse=True))`` (with ``spaces``
    False, ``re.escape`` instead of ``flex``), written as a trie of the phrases' characters.

    A flat alternation of a few hundred phrases is tried phrase by phrase at every place it
    could start; the trie tries each character once ("agreement", "agreed", "agrees" share
    "agree"). It matches what the flat one matches because at each node at most one edge can
    follow the text, and a phrase ending at the node is tried after every longer one."""
    root: dict[str, Any] = {}
    for p in phrases:
        node = root
        for i, w in enumerate(p.split() if spaces else [p]):
            if i:
                node = node.setdefault(_SPACE, {})
            for ch in w:
                node = node.setdefault(ch, {})
        if node is not root:
            node[_END] = {}
    return _trie_regex(root)


def _trie_regex(node: dict[str, Any]) -> str:
    alts = [(r"\s+" if ch == _SPACE else re.escape(ch)) + _trie_regex(child)
            for ch, child in node.items() if ch != _END]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if _END in node:   # a phrase ends here: the longer ones first, then this one
        return body + "?" if len(alts) > 1 else "(?:" + body + ")?"
    return body


class Intervals:
    """Non-overlapping (start, end) intervals with a fast overlap test."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def contains(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos)
        return bool(i) and self._starts[i - 1] <= pos < self._ends[i - 1]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The intervals that overlap ``start``..``end``."""
        if not self._starts:
            return []
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        out = []
        while i < len(self._starts) and self._starts[i] < end:
            if self._ends[i] > start:
                out.append((self._starts[i], self._ends[i]))
            i += 1
        return out

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
