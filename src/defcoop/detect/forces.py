"""Armed-force branches (vocab ``forces`` codes) named in text.

"Kara ve Hava Kuvvetleri" gives land and air; "Kara, Deniz ve Hava Kuvvetleri Komutanlığı"
gives land, naval and air; "land and air forces", "the Pakistan Navy", "special forces",
"komandoların" each give their code. Words come from ``lexicon/forces.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from defcoop.detect import lexicon
from defcoop.detect.casefold import lower_tr
from defcoop.detect.spans import Intervals, Span, alternation


class _ForcePatterns:
    def __init__(self) -> None:
        d = lexicon.load("forces")
        path = lexicon.lexicon_path("forces")
        self.branch_of: dict[str, str] = {}
        for code, words in (d.get("branches") or {}).items():
            for w in lexicon.strings(words, path, f"branches.{code}"):
                self.branch_of[lower_tr(w)] = str(code)
        nouns = [lower_tr(w) for w in lexicon.strings(d.get("force_nouns"), path, "force_nouns")]
        conns = lexicon.strings(d.get("connectors"), path, "connectors")
        br = alternation(self.branch_of)
        cn = "|".join(re.escape(c) for c in conns)
        nn = alternation(nouns)
        # "Kara ve Hava Kuvvetleri", "land and air forces", "the land-forces exercise"
        self.coordinated = re.compile(
            rf"(?<!\w)(?P<list>(?:{br})(?:\s*(?:{cn})\s*(?:{br}))*)(?:\s+|-)(?:{nn})(?!\w)")
        self.branch_rx = re.compile(rf"(?<!\w)(?:{br})(?!\w)")
        self.phrase_of: dict[str, str] = {}
        exact = set(lexicon.strings(d.get("exact_case"), path, "exact_case"))
        self.exact_of: dict[str, str] = {}
        for code, words in (d.get("phrases") or {}).items():
            for w in lexicon.strings(words, path, f"phrases.{code}"):
                if w in exact:
                    self.exact_of[w] = str(code)
                else:
                    self.phrase_of[lower_tr(w)] = str(code)
        ph = alternation(self.phrase_of)
        self.phrases_by_len = sorted(self.phrase_of, key=len, reverse=True)
        self.phrases = re.compile(rf"(?<!\w)(?:{ph})\w*(?!\w)")
        ex = alternation(self.exact_of, spaces=False)
        self.exact = re.compile(rf"(?<!\w)(?:{ex})(?!\w)") if ex else None
        after = "|".join(re.escape(lower_tr(w)) for w in
                         lexicon.strings(d.get("owner_after"), path, "owner_after"))
        before = "|".join(re.escape(lower_tr(w)) for w in
                          lexicon.strings(d.get("owner_before"), path, "owner_before"))
        units = "|".join(re.escape(lower_tr(w)) for w in
                         lexicon.strings(d.get("owner_unit_words"), path, "owner_unit_words")) or r"(?!x)x"
        # the text between a special unit and its parent service
        self.owner_after = re.compile(
            rf"(?:\s+(?:{units}))?\s+(?:{after})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}"
        ) if after else None
        self.owner_before = re.compile(
            rf"[\w'’]*\s+(?:[\w'’-]+\s+){{0,1}}(?:{before})\s+(?:[\w'’-]+\s+){{0,1}}"
        ) if before else None


@lru_cache(maxsize=1)
def _patterns() -> _ForcePatterns:
    return _ForcePatterns()


def find_forces(text: str) -> list[Span]:
    """Every force mention in ``text`` as a span whose value is a vocab forces code."""
    p = _patterns()
    low = lower_tr(text)
    out: list[Span] = []
    taken = Intervals()
    for m in p.coordinated.finditer(low):
        codes: list[str] = []
        for b in p.branch_rx.finditer(m.group("list")):
            c = p.branch_of[" ".join(b.group(0).split())]
            if c not in codes:
                codes.append(c)
        for c in codes:
            out.append(Span("force", c, m.start(), m.end(), text[m.start():m.end()]))
        taken.add(m.start(), m.end())
    for m in p.phrases.finditer(low):
        if taken.contains(m.start()):
            continue
        word = " ".join(m.group(0).split())
        code = p.phrase_of.get(word)
        if code is None:
            for phrase in p.phrases_by_len:
                if word.startswith(phrase):
                    code = p.phrase_of[phrase]
                    break
        if code:
            out.append(Span("force", code, m.start(), m.end(), text[m.start():m.end()]))
    if p.exact is not None:
        for m in p.exact.finditer(text):
            out.append(Span("force", p.exact_of[m.group(0)], m.start(), m.end(), m.group(0)))
    out.sort(key=lambda s: s.start)
    return _without_owners(out, low, p) if len(out) > 1 else out


def _without_owners(out: list[Span], low: str, p: _ForcePatterns) -> list[Span]:
    """``out`` less the parent services of special units ("the Special Service Group of
    Pakistan Army": special only)."""
    owners: set[int] = set()
    for a, b in zip(out, out[1:]):
        if a.value == "special" and b.value != "special" and p.owner_after is not None and (
                p.owner_after.fullmatch(low, a.end, b.start)):
            owners.add(b.start)
        elif b.value == "special" and a.value != "special" and p.owner_before is not None and (
                p.owner_before.fullmatch(low, a.end, b.start)):
            owners.add(a.start)
    return [s for s in out if s.start not in owners] if owners else out
