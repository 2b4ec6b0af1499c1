"""The reference list of a manuscript: located, split into entries, parsed into records.

Text taken from PDFs brings artefacts into the list: entries broken over lines, URLs broken
across lines and printed again in full under the page, the journal's running header and the
page number between pages. This module drops those, joins each entry's lines, and parses the
entry's fields (:mod:`defcoop.audit.fields`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from defcoop.audit.fields import parse_entry
from defcoop.detect.citations import Lexicon, load_lexicon, reference_section
from defcoop.read.document import Document

__all__ = ["Reference", "parse_references", "split_entries"]

_UPPER = "A-ZÇĞİÖŞÜÂÎÛÄËÏÖÜÁÉÍÓÚÀÈÌÒÙÑ"
_LOWER = "a-zçğıöşüâîûäëïöüáéíóúàèìòùñ"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_URL_ONLY = re.compile(r"^/?(?:https?://|www\.)\S+$")
_PAGE_NUMBER = re.compile(r"^(?:\d{1,4}|[-–] ?\d{1,4} ?[-–]|Sayfa \d{1,4}|Page \d{1,4})$")
# "Family, I." / "Family, I. I." / "van der Family, I." at the start of a line
_PERSON_START = re.compile(
    rf"^(?:[{_LOWER}]+\s+){{0,3}}[{_UPPER}][\w'’\-]+(?:[\s\-][{_UPPER}][\w'’\-]+){{0,3}},\s+"
    rf"[{_UPPER}][{_LOWER}]?\.")
# "Family, Given (2020)" / "Family, Given, & Other, Given (2020)"
_FULLNAME_START = re.compile(
    rf"^[{_UPPER}][\w'’\-]+(?:[\s\-][{_UPPER}][\w'’\-]+){{0,2}},\s+[{_UPPER}][{_LOWER}]+"
    rf"[^()]{{0,100}}\(\s*{_YEAR}")
_YEAR_PAREN = re.compile(rf"\(\s*(?:{_YEAR}|t\.\s?y\.|n\.\s?d\.)")
# "Institution (2021)", "Institution, (2021).", "Institution. (2021).", "OHA (2024 ..."
_INSTITUTION_START = re.compile(
    rf"^[{_UPPER}0-9][^()\n]{{0,120}}?[\s.,]\(\s*(?:{_YEAR}|t\.\s?y\.|n\.\s?d\.)")


@dataclass
class Reference:
    """One entry of a reference list, parsed into fields (values as printed)."""

    raw: str
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    year_suffix: str = ""
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    place: str | None = None
    editors: list[str] = field(default_factory=list)
    url: str | None = None
    doi: str | None = None
    accessed: str | None = None
    type: str = "other"
    start: int = 0
    end: int = 0
    page: int | None = None
    index: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"R{self.index + 1}"

    @property
    def year_label(self) -> str:
        return f"{self.year}{self.year_suffix}" if self.year is not None else "n.d."

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "raw": self.raw, "type": self.type, "authors": list(self.authors),
            "year": self.year, "year_suffix": self.year_suffix, "title": self.title,
            "container": self.container, "volume": self.volume, "issue": self.issue,
            "pages": self.pages, "publisher": self.publisher, "place": self.place,
            "editors": list(self.editors), "url": self.url, "doi": self.doi,
            "accessed": self.accessed, "page": self.page, "start": self.start, "end": self.end,
            "problems": list(self.problems),
        }


@dataclass
class _Line:
    text: str      # stripped
    start: int     # offset of the first non-space character
    end: int       # offset after the last non-space character


def _lines(doc: Document, start: int, end: int) -> list[_Line]:
    out: list[_Line] = []
    for m in re.finditer(r"[^\n\f]+", doc.text[start:end]):
        raw = m.group(0)
        text = raw.strip()
        if not text:
            continue
        lead = len(raw) - len(raw.lstrip())
        s = start + m.start() + lead
        out.append(_Line(text=text, start=s, end=s + len(text)))
    return out


def _boundaries(doc: Document, start: int, end: int) -> list[int]:
    """Page starts inside the section, plus its end."""
    return [p for p in doc.page_starts if start < p < end] + [end]


def _is_header(line: _Line, near: bool, repeated: bool, lex: Lexicon) -> bool:
    if _PAGE_NUMBER.match(line.text):
        return True
    if not near:
        return False
    if repeated:
        return True
    hints = lex["running_header_hints"]
    return any(h in line.text for h in hints) and not line.text.endswith(",") \
        and ("ISSN" in line.text or re.search(r"\b(?:Cilt|Vol\.?|Sayı|No\.?)\s*:?\s*\d", line.text)
             is not None)


def _clean(doc: Document, lines: list[_Line], section_end: int, lex: Lexicon) -> list[_Line]:
    """Drop running headers, page numbers and URLs the PDF repeats under the page."""
    if not lines:
        return []
    bounds = _boundaries(doc, lines[0].start, section_end)
    page_starts = bounds[:-1]
    pages_of: dict[str, set[int]] = {}
    for m in re.finditer(r"[^\n\f]+", doc.text):
        t = m.group(0).strip()
        if len(t) >= 8:
            pages_of.setdefault(t, set()).add(doc.page_of(m.start()))
    # distance (in non-blank lines) of every line to the nearest page start
    near: list[bool] = []
    for i, ln in enumerate(lines):
        k = bisect.bisect_left(page_starts, ln.start)
        after = 99
        if k < len(page_starts):
            after = sum(1 for other in lines[i + 1:] if other.start < page_starts[k])
        before = 99
        if k > 0:
            before = sum(1 for other in lines[:i] if other.start >= page_starts[k - 1])
        near.append(after <= 2 or before <= 2)
    counts = {t: len(p) for t, p in pages_of.items()}
    keep = [not _is_header(ln, near[i], counts.get(ln.text, 0) >= 2 and not _URL_ONLY.match(ln.text),
                           lex) for i, ln in enumerate(lines)]
    # URL-only lines in the zone before a page break (or the end) that repeat a URL printed
    # elsewhere in the list are the PDF's link footer.
    flat = re.sub(r"\s+", "", doc.text[lines[0].start:section_end])
    zone = True
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        crossing = any(lines[i].end <= b <= (lines[i + 1].start if i + 1 < len(lines) else b)
                       for b in bounds)
        if crossing:
            zone = True
        if not keep[i]:
            zone = True
            continue
        if _URL_ONLY.match(ln.text):
            url = ln.text.lstrip("/")
            if zone and flat.count(url) >= 2:
                keep[i] = False
                continue
        zone = False
    return [ln for i, ln in enumerate(lines) if keep[i]]


def _starts_entry(text: str, prev: str | None) -> bool:
    if prev is None:
        return True
    if prev.endswith(("-", ",", ":", "&", "/", "‐")) or re.search(r"\b(?:ve|and|ile|In|İçinde)$",
                                                                   prev):
        return False
    if _URL_ONLY.match(text) or not re.match(rf"[{_UPPER}0-9]|(?:van|von|de|der|du|da|al)\s", text):
        return False
    if not (_PERSON_START.match(text) or _FULLNAME_START.match(text)
            or _INSTITUTION_START.match(text)):
        return False
    prev_done = bool(re.search(r"[.)!?]$", prev) or _URL_ONLY.match(prev.split()[-1]))
    return prev_done or _YEAR_PAREN.search(text) is not None


def _join(parts: list[_Line]) -> str:
    out = ""
    for ln in parts:
        if not out:
            out = ln.text
        elif out.endswith(("-", "‐")):
            out += ln.text
        else:
            out += " " + ln.text
    return re.sub(r"[ \t]+", " ", out).strip()


def split_entries(doc: Document, lexicon: Lexicon | None = None) -> list[tuple[str, int, int]]:
    """The entries of the reference list as (text with lines joined, start, end)."""
    lex = lexicon or load_lexicon()
    span = reference_section(doc, lex)
    if span is None:
        return []
    start, end = span
    first_nl = doc.text.find("\n", start)
    body_start = end if first_nl < 0 or first_nl > end else first_nl + 1
    lines = _clean(doc, _lines(doc, body_start, end), end, lex)
    groups: list[list[_Line]] = []
    prev: str | None = None
    for ln in lines:
        if not groups or _starts_entry(ln.text, prev):
            groups.append([ln])
        else:
            groups[-1].append(ln)
        prev = ln.text
    return [(_join(g), g[0].start, g[-1].end) for g in groups]


def parse_references(doc: Document, lexicon: Lexicon | None = None) -> list[Reference]:
    """Locate, split and parse the reference list of ``doc`` (empty when it has none)."""
    lex = lexicon or load_lexicon()
    refs: list[Reference] = []
    for i, (raw, s, e) in enumerate(split_entries(doc, lex)):
        ref = Reference(raw=raw, start=s, end=e, page=doc.page_of(s), index=i)
        parse_entry(ref, lex)
        refs.append(ref)
    _check_access_dates(refs)
    return refs


def _check_access_dates(refs: list[Reference]) -> None:
    """Web entries without an access date when most web entries of the list give one."""
    web = [r for r in refs if r.url]
    dated = [r for r in web if r.accessed]
    if len(web) >= 3 and len(dated) * 5 >= len(web) * 3:
        for r in web:
            if not r.accessed:
                r.problems.append("no access date, unlike the other web entries")
