"""Matching in-text citations to reference entries.

Authors are compared Turkish-aware: "Sahin" and "Şahin", "Yenigun" and "Yeni Gün",
"Aydın" and "Aydin" are one name once folded (ş→s, ı→i, ğ→g, spaces dropped); other
spellings are measured by edit distance ("Yıldırımlı" and "Yıldırımoğlu"). A citation matches a reference exactly (same authors as
printed, same year), or with differences that the findings report: a near author
spelling, a different year, or both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from defcoop.audit.references import Reference
from defcoop.detect.citations import Citation
from defcoop.textnorm import ascii_fold, fold

__all__ = ["Match", "family_names", "levenshtein", "match_citations", "name_similarity"]

YEAR_TOLERANCE = 3        # a year further off than this is not the same work
NEAR_NAME = 0.6           # similarity above which two spellings may be the same name
NEAR_AUTHORS = 0.75       # mean similarity of all authors for a near match


@dataclass
class Match:
    """The outcome for one citation."""

    citation: Citation
    reference: Reference | None
    author_exact: bool = True
    year_exact: bool = True
    differing_names: list[tuple[str, str]] = field(default_factory=list)  # (cited, printed)
    score: float = 0.0
    author_count_differs: bool = False  # "(A, 2020)" for an entry by A and B


def levenshtein(a: str, b: str) -> int:
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _compact(name: str) -> str:
    return re.sub(r"[^\w]", "", ascii_fold(name))


def _plain(name: str) -> str:
    return re.sub(r"\s+", " ", fold(name)).strip(" .,")


@lru_cache(maxsize=65536)
def name_similarity(a: str, b: str) -> float:
    """1.0 for the same letters once Turkish letters, case and spaces are folded; less by edits."""
    ca, cb = _compact(a), _compact(b)
    if not ca or not cb:
        return 0.0
    if ca == cb:
        return 1.0
    return 1.0 - levenshtein(ca, cb) / max(len(ca), len(cb))


def family_names(ref: Reference) -> list[str]:
    """The names a citation uses for the reference's authors: family names, or institutions."""
    names: list[str] = []
    for author in ref.authors:
        family, comma, _ = author.partition(",")
        names.append(family.strip() if comma else author.strip())
    return names


@dataclass
class _Fit:
    sim: float = 0.0
    exact: bool = False
    differing: list[tuple[str, str]] = field(default_factory=list)
    count_differs: bool = False


def _author_fit(cite: Citation, ref: Reference) -> _Fit:
    """How the cited names fit the entry's; sim 0 when they cannot be the same authors."""
    fams = family_names(ref)
    if not fams or not cite.authors:
        return _Fit()
    cited = cite.authors
    if cite.et_al:
        if len(fams) < 2:
            return _Fit()
        pairs = list(zip(cited, fams[:len(cited)]))
    elif len(cited) != len(fams):
        # APA 7 cites three or more authors as "A et al.", Turkish "A vd."; a citation naming
        # fewer (or more) authors than the entry is the same work only when every name it
        # shares with the entry is spelled exactly alike
        pairs = list(zip(cited, fams))
        if all(_plain(c) == _plain(f) for c, f in pairs):
            return _Fit(sim=0.5, exact=False, count_differs=True)
        return _Fit()
    else:
        pairs = list(zip(cited, fams))
    sims = [name_similarity(c, f) for c, f in pairs]
    exact = all(_plain(c) == _plain(f) for c, f in pairs)
    differing = [(c, f) for c, f in pairs if _plain(c) != _plain(f)]
    near = all(_near(c, f) for c, f in pairs)
    # with several authors, one name spelled alike vouches for a further-off spelling
    vouched = len(pairs) > 1 and max(sims) == 1.0 and min(sims) >= NEAR_NAME
    if not (near or vouched):
        return _Fit(differing=differing)
    return _Fit(sim=sum(sims) / len(sims), exact=exact, differing=differing)


@lru_cache(maxsize=65536)
def _near(a: str, b: str) -> bool:
    """Spellings close enough to be one name: few edits for the length, none in short names."""
    ca, cb = _compact(a), _compact(b)
    if not ca or not cb:
        return False
    longest = max(len(ca), len(cb))
    allowed = 0 if longest <= 4 else 1 if longest <= 7 else 2 if longest <= 10 else 3
    return levenshtein(ca, cb) <= allowed


def _year_fits(cite: Citation, ref: Reference) -> bool:
    if cite.year != ref.year:
        return False
    return not cite.year_suffix or not ref.year_suffix or cite.year_suffix == ref.year_suffix


def match_citation(cite: Citation, refs: list[Reference]) -> Match:
    best: Match | None = None
    for ref in refs:
        fit = _author_fit(cite, ref)
        sim, exact, differing = fit.sim, fit.exact, fit.differing
        if sim <= 0:
            continue
        year_ok = _year_fits(cite, ref)
        if not year_ok:
            if cite.year is None or ref.year is None or abs(cite.year - ref.year) > YEAR_TOLERANCE:
                continue
            if fit.count_differs:
                continue
        if not exact and sim < NEAR_AUTHORS and not fit.count_differs:
            continue
        # rank: exact authors and year first, then exact authors, then near authors with year
        score = sim + (1.0 if exact else 0.0) + (0.8 if year_ok else 0.0)
        if cite.year is not None and ref.year is not None:
            score -= abs(cite.year - ref.year) * 0.01
        if best is None or score > best.score:
            best = Match(citation=cite, reference=ref, author_exact=exact, year_exact=year_ok,
                         differing_names=differing, score=score,
                         author_count_differs=fit.count_differs)
    return best or Match(citation=cite, reference=None, author_exact=False, year_exact=False)


def _shorter_names(cite: Citation, refs: list[Reference]) -> Match | None:
    """A narrative name that took in words before it ("Data of the X Institute (2022)"):
    the longest tail of it that is exactly an entry's author."""
    words = cite.authors[0].split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if tail.split()[0][:1].islower():
            continue
        m = match_citation(replace(cite, authors=[tail]), refs)
        if m.reference is not None and m.author_exact:
            m.citation = cite
            return m
    return None


def match_citations(citations: list[Citation], refs: list[Reference]) -> list[Match]:
    """One :class:`Match` per citation, in order (reference None when nothing fits).

    An institution introduced with an abbreviation — "(North Atlantic Treaty Organization
    [NATO], 2022)" — may be cited by the abbreviation afterwards: "(NATO, 2023)".
    """
    abbreviations = {fold(c.abbreviation): c.authors[0] for c in citations
                     if c.abbreviation and len(c.authors) == 1}
    out: list[Match] = []
    for c in citations:
        m = match_citation(c, refs)
        if c.narrative and len(c.authors) == 1 and m.reference is None:
            m = _shorter_names(c, refs) or m
        full = abbreviations.get(fold(c.authors[0])) if len(c.authors) == 1 else None
        if full is not None and not (m.reference is not None and m.author_exact):
            alt = match_citation(replace(c, authors=[full]), refs)
            if alt.reference is not None and alt.author_exact:
                alt.citation = c
                m = alt
        out.append(m)
    return out
