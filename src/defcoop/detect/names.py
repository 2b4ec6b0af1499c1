"""Matching names from a list (gazetteer, actors) in text, through Turkish suffixes.

The index maps the folded key of a name's first word to the names starting with it, so a text
is matched in one pass over its words, trying the longest names first, with no regular
expression per name. "Ankara'da", "İzmir’deki" and "Tiflis'te" match "Ankara", "İzmir" and
"Tiflis" because a word's apostrophe suffix is not part of its key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from defcoop.detect.spans import Token, tokens

_GAP_OK = re.compile(r"^[\s.\-–’'`]*$")
# a gap between two words of one person's name ("Michael Jordan"); a dash joins two names that
# stand apart ("Azerbaijan-Jordan", "Jordan–Azerbaijan")
_NAME_GAP = re.compile(r"^[\s.’'`]*$")


@dataclass(frozen=True)
class Entry:
    id: str
    keys: tuple[str, ...]
    surface: str
    exact_case: bool  # short acronyms must match as written ("SAT", "MKE")


class NameIndex:
    def __init__(self, ambiguous: frozenset[str] = frozenset(),
                 open_suffixes: frozenset[str] = frozenset()) -> None:
        self._by_first: dict[str, list[Entry]] = {}
        self.ambiguous = ambiguous          # keys of single words that need a suffix or to stand apart
        self.open_suffixes = open_suffixes  # folded suffixes allowed on a multi-word name's last word

    def add(self, ident: str, name: str) -> None:
        toks = tokens(name)
        if not toks:
            return
        keys = tuple(t.key for t in toks)
        exact = len(toks) == 1 and name.isupper() and len(name) <= 5
        entry = Entry(ident, keys, name, exact)
        bucket = self._by_first.setdefault(keys[0], [])
        if entry not in bucket:
            bucket.append(entry)
            bucket.sort(key=lambda e: -len(e.keys))

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_first.values())

    def match(self, text: str, toks: list[Token] | None = None,
              need_capital: bool = True) -> list[tuple[Entry, int, int, Token]]:
        """(entry, start, end, last token) of every longest non-overlapping match."""
        toks = toks if toks is not None else tokens(text)
        out: list[tuple[Entry, int, int, Token]] = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            bucket = self._by_first.get(t.key)
            hit = None
            if bucket and (not need_capital or t.text[:1].isupper() or t.text[:1].isdigit()):
                for e in bucket:
                    k = len(e.keys)
                    if i + k > n:
                        continue
                    if any(toks[i + j].key != e.keys[j] for j in range(1, k - 1)):
                        continue
                    if k > 1 and toks[i + k - 1].key != e.keys[-1] and not (
                            toks[i + k - 1].key.startswith(e.keys[-1])
                            and toks[i + k - 1].key[len(e.keys[-1]):] in self.open_suffixes):
                        continue
                    if any(not _GAP_OK.match(text[toks[i + j - 1].end:toks[i + j].start])
                           for j in range(1, k)):
                        continue
                    if e.exact_case and t.stem != e.surface:
                        continue
                    if k == 1 and t.key in self.ambiguous and not t.suffix and (
                            (i > 0 and toks[i - 1].text[:1].isupper()
                             and _NAME_GAP.match(text[toks[i - 1].end:t.start]))
                            or (i + 1 < n and toks[i + 1].text[:1].isupper()
                                and _NAME_GAP.match(text[t.end:toks[i + 1].start]))):
                        continue
                    hit = (e, t.start, toks[i + k - 1].end, toks[i + k - 1])
                    break
            if hit:
                out.append(hit)
                i += len(hit[0].keys)
            else:
                i += 1
        return out
