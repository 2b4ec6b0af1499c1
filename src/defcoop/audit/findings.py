"""The audit's rules: what an editor checks between the text and its reference list.

Each finding has a kind, a severity (error, warning, info), the page and quote where it
occurs, the citation as written and the reference entry it concerns (either may be None),
a message saying what is wrong and a suggestion saying what to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Callable

from defcoop.audit.matching import Match, family_names, name_similarity
from defcoop.audit.references import Reference
from defcoop.detect.citations import Citation

__all__ = ["KINDS", "SEVERITIES", "Finding", "citation_findings", "reference_findings"]

KINDS = ("missing_reference", "uncited_reference", "author_mismatch", "year_mismatch",
         "page_out_of_range", "malformed_reference", "duplicate_reference", "fact_conflict")
SEVERITIES = ("error", "warning", "info")


@dataclass
class Finding:
    kind: str
    severity: str
    page: int | None
    quote: str
    citation: str | None
    reference: str | None
    message: str
    suggestion: str
    start: int | None = None  # offset of the quote in the document, for ordering

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "severity": self.severity, "page": self.page,
                "quote": self.quote, "citation": self.citation, "reference": self.reference,
                "message": self.message, "suggestion": self.suggestion}


def _names(cite: Citation) -> str:
    return cite.author_text or " & ".join(cite.authors)


def _rewrite(cite: Citation, *, names: list[tuple[str, str]] | None = None,
             year: str | None = None) -> str:
    """The citation as written, with names and/or the year replaced."""
    text = cite.text
    for old, new in names or []:
        text = text.replace(old, new, 1)
    if year is not None and cite.year is not None:
        text = re.sub(rf"\b{cite.year}{cite.year_suffix}\b", year, text, count=1)
    return text


def _page_range(pages: str | None) -> tuple[int, int] | None:
    if not pages:
        return None
    m = re.fullmatch(r"\s*(\d+)\s*-\s*(\d+)\s*", pages)
    if not m:
        return None
    lo, hi = int(m.group(1)), int(m.group(2))
    if hi < lo and len(m.group(2)) < len(m.group(1)):  # "385-91"
        hi = int(m.group(1)[:len(m.group(1)) - len(m.group(2))] + m.group(2))
    return (lo, hi) if lo <= hi else None


def _cited_pages(pages: str | None) -> list[int]:
    if not pages:
        return []
    out: list[int] = []
    for item in pages.split(","):
        for num in re.findall(r"\d+", item):
            out.append(int(num))
    return out


def _same_first_author(c: Citation, refs: list[Reference]) -> list[Reference]:
    if not c.authors:
        return []
    return [r for r in refs if family_names(r) and name_similarity(family_names(r)[0],
                                                                    c.authors[0]) == 1.0]


def citation_findings(matches: list[Match], refs: list[Reference] | None = None) -> list[Finding]:
    out: list[Finding] = []
    for m in matches:
        c = m.citation
        ref = m.reference

        def make(kind: str, severity: str, message: str, suggestion: str) -> Finding:
            return Finding(kind=kind, severity=severity, page=c.page, quote=c.text,
                           citation=c.text, reference=ref.raw if ref else None,
                           message=message, suggestion=suggestion, start=c.start)

        if ref is None:
            near = _same_first_author(c, refs or [])
            hint = ""
            if near:
                hint = " The list has " + "; ".join(f"“{_short(r, 70)}”" for r in near[:3]) + "."
            out.append(make(
                "missing_reference", "error",
                f"No entry of the reference list matches the citation “{c.text}” "
                f"({_names(c)}, {c.year_label}).{hint}",
                "Add the work to the reference list, or correct the citation's author and year "
                "to those of an entry."))
            continue
        if m.author_count_differs:
            fams = family_names(ref)
            listed = ", ".join(f"“{f}”" for f in fams)
            forms = [f"{fams[0]} vd.", f"{fams[0]} et al."] if len(fams) >= 3 \
                else [" & ".join(fams)]
            written = " or ".join(f"“{_rewrite(c, names=[(c.author_text, f)])}”" for f in forms)
            out.append(make(
                "author_mismatch", "error",
                f"The citation names {len(c.authors)} author{'s' if len(c.authors) > 1 else ''} "
                f"({_names(c)}); the reference list gives {len(fams)}: {listed}.",
                f"Write {written} to match the reference “{_short(ref)}”."))
        elif not m.author_exact:
            printed = [f for _, f in m.differing_names]
            only_letters = all(name_similarity(a, b) == 1.0 for a, b in m.differing_names)
            cited_names = ", ".join(f"“{a}”" for a, _ in m.differing_names)
            out.append(make(
                "author_mismatch", "warning" if only_letters else "error",
                f"The citation spells {cited_names} but the reference list prints "
                + ", ".join(f"“{p}”" for p in printed)
                + (" (the letters differ only in Turkish characters, case or spacing)."
                   if only_letters else "."),
                f"Write “{_rewrite(c, names=m.differing_names)}” to match the reference "
                f"“{_short(ref)}”, or correct the reference if the citation is right."))
        if not m.year_exact and ref.year is not None:
            fam = " & ".join(family_names(ref))
            out.append(make(
                "year_mismatch", "error",
                f"The citation gives {c.year_label}; the reference list gives {ref.year_label} "
                f"for {fam}.",
                f"Write “{_rewrite(c, names=m.differing_names, year=ref.year_label)}”, or correct "
                f"the year of the reference if the citation is right."))
        span = _page_range(ref.pages)
        if span is not None:
            outside = [p for p in _cited_pages(c.pages) if not span[0] <= p <= span[1]]
            if outside:
                listed = ", ".join(str(p) for p in outside)
                out.append(make(
                    "page_out_of_range", "error",
                    f"The cited page {listed} lies outside the pages of the work in the reference "
                    f"list ({ref.pages}).",
                    f"Check the page number: the work spans pages {ref.pages}."))
    return out


def _short(ref: Reference, width: int = 90) -> str:
    return ref.raw if len(ref.raw) <= width else ref.raw[:width - 1].rstrip() + "…"


_HARD_PROBLEMS = ("no year", "no author", "no title", "not closed", "unbalanced")
_SOFT_PROBLEMS = ("no access date",)


def reference_findings(refs: list[Reference], matches: list[Match]) -> list[Finding]:
    out: list[Finding] = []
    cited = {id(m.reference) for m in matches if m.reference is not None}

    def make(ref: Reference, kind: str, severity: str, message: str, suggestion: str) -> Finding:
        return Finding(kind=kind, severity=severity, page=ref.page, quote=_quote(ref),
                       citation=None, reference=ref.raw, message=message,
                       suggestion=suggestion, start=ref.start)

    for a, b in _same_works(refs):  # a printed duplicate shares the citations of its twin
        if id(a) in cited or id(b) in cited:
            cited.update({id(a), id(b)})
    for ref in refs:
        if id(ref) not in cited:
            out.append(make(ref, "uncited_reference", "warning",
                            f"No in-text citation refers to the entry “{_short(ref)}”.",
                            "Cite the work in the text, or remove it from the reference list."))
        if ref.problems:
            hard = any(any(h in p for h in _HARD_PROBLEMS) for p in ref.problems)
            soft = all(any(s in p for s in _SOFT_PROBLEMS) for p in ref.problems)
            out.append(make(ref, "malformed_reference",
                            "error" if hard else "info" if soft else "warning",
                            f"The entry is malformed: {'; '.join(ref.problems)}.",
                            _malformed_suggestion(ref)))
    out.extend(_duplicates(refs, make))
    return out


def _quote(ref: Reference) -> str:
    return ref.raw if len(ref.raw) <= 160 else ref.raw[:159].rstrip() + "…"


def _malformed_suggestion(ref: Reference) -> str:
    tips: list[str] = []
    for p in ref.problems:
        if "not closed" in p:
            tips.append(f"close the parenthesis after the year: “({ref.year_label})”")
        elif p.startswith("unbalanced"):
            tips.append("balance the parentheses and brackets")
        elif p == "no year":
            tips.append("give the year of publication (or “t.y.”/“n.d.”) after the authors")
        elif p == "no title":
            tips.append("give the title of the work after the year")
        elif p == "no author":
            tips.append("begin the entry with its author or institution")
        elif "site of the URL" in p:
            tips.append("check the author's name against the site the URL points to")
        elif "URL names the year" in p:
            tips.append("check the year and title against the page the URL points to")
        elif "does not start with" in p:
            tips.append("begin the URL with https:// and remove the characters before it")
        elif "access date" in p:
            tips.append("give the date the page was accessed, as the other web entries do")
        elif "comma" in p:
            tips.append("remove the comma between the author and the year")
    text = "; ".join(tips) or "rewrite the entry in the journal's reference style"
    return text[0].upper() + text[1:] + "."


def _title_key(ref: Reference) -> str:
    return re.sub(r"\W+", "", (ref.title or ref.url or ref.raw).casefold())


_Make = Callable[[Reference, str, str, str, str], Finding]


def _same_author_year(a: Reference, b: Reference) -> bool:
    fa, fb = family_names(a), family_names(b)
    if not fa or len(fa) != len(fb):
        return False
    if not all(name_similarity(x, y) == 1.0 for x, y in zip(fa, fb)):
        return False
    return a.year == b.year and a.year_suffix == b.year_suffix


def _same_work(a: Reference, b: Reference) -> bool:
    return SequenceMatcher(None, _title_key(a), _title_key(b)).ratio() >= 0.85


def _same_works(refs: list[Reference]) -> list[tuple[Reference, Reference]]:
    return [(a, b) for i, a in enumerate(refs) for b in refs[i + 1:]
            if _same_author_year(a, b) and _same_work(a, b)]


def _duplicates(refs: list[Reference], build: _Make) -> list[Finding]:
    out: list[Finding] = []
    for i, a in enumerate(refs):
        for b in refs[i + 1:]:
            if not _same_author_year(a, b):
                continue
            if _same_work(a, b):
                out.append(build(
                    b, "duplicate_reference", "error",
                    f"The entry repeats an earlier one (“{_short(a, 70)}”, page {a.page}).",
                    "Remove one of the two entries."))
            else:
                out.append(build(
                    b, "duplicate_reference", "warning",
                    f"Two entries share the author and year {', '.join(family_names(a))} "
                    f"{a.year_label}; an in-text citation cannot tell them apart.",
                    f"Distinguish them as {a.year_label}a and {a.year_label}b in the list and in "
                    "the citations."))
    return out
