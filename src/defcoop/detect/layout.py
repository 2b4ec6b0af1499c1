"""Page furniture and notes of long documents: running headers and footers, page numbers,
footnotes, endnote lists and labelled front matter ("Keywords: ...") (words in ``lexicon/layout.yaml``).

PDF-to-text output of papers, theses and reports carries, on every page, a running header
("Journal of X, Vol. 7 (2025)    35"), a page number and footnotes ("¹ MSB, "… Tatbikatı
Tamamlandı", 25 Ekim 2017."). None of them tells of an event: the titles and dates of cited
works are not events. :func:`furniture` gives their character ranges; :func:`blank` turns
them into spaces so every offset into the text stays valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from defcoop.detect import lexicon
from defcoop.detect.dates import parse_date
from defcoop.detect.memo import Bounded
from defcoop.errors import DataError
from defcoop.textnorm import fold

_LINE = re.compile(r"[^\n\f]*")
# a page number alone on its line; a year (a table cell at the foot of a page) is not one
_ROMAN = r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_PAGE_NUMBER = re.compile(rf"^\s*(?:[-–—]\s*)?(?:(?!1[89]\d\d|20\d\d)\d{{1,4}}|{_ROMAN})(?:\s*[-–—])?\s*$",
                          re.I)
_NUMBER_EDGE = re.compile(r"^\s*\d{1,4}(?:\s{3,}|\t)\S|\S(?:\s{3,}|\t)\d{1,4}\s*$")
_NOTE_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s+\S")


@dataclass(frozen=True)
class Layout:
    notes_headings: frozenset[str]
    marks: str
    max_chars: int
    lines: int
    front: re.Pattern[str]
    front_dates: frozenset[str]   # folded labels that only date (see ``_front``)
    contents_headings: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def layout_words() -> Layout:
    data = lexicon.load("layout")
    path = lexicon.lexicon_path("layout")
    marks = data.get("footnote_marks")
    if not isinstance(marks, str) or not marks:
        raise DataError(path, None, "footnote_marks must be a non-empty string of characters")
    numbers = []
    for key in ("max_furniture_chars", "furniture_lines"):
        v = data.get(key)
        if not isinstance(v, int) or v < 1:
            raise DataError(path, None, f"{key} must be a positive integer")
        numbers.append(v)
    heads = frozenset(_heading_key(h) for h in lexicon.strings(data.get("notes_headings"), path,
                                                                "notes_headings"))
    labels = lexicon.strings(data.get("front_matter_labels"), path, "front_matter_labels")
    front = re.compile(r"^[ \t]*(?:" + "|".join(re.escape(x) for x in labels) + r")[ \t]*:[^\n\f]*",
                       re.M | re.I) if labels else re.compile(r"(?!)")
    dates = frozenset(fold(x) for x in lexicon.strings(data.get("front_matter_dates"), path,
                                                        "front_matter_dates"))
    contents = frozenset(_heading_key(h) for h in lexicon.strings(
        data.get("contents_headings"), path, "contents_headings"))
    return Layout(heads, marks, numbers[0], numbers[1], front, dates, contents)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank lines of ``text[start:end]`` as (start, end) offsets."""
    out = []
    for m in _LINE.finditer(text, start, end):
        if m.group(0).strip():
            out.append((m.start(), m.end()))
    return out


def _key(line: str) -> str:
    return " ".join(re.sub(r"\d+", "#", fold(line)).split())


def _running(text: str, lay: Layout) -> list[tuple[int, int]]:
    """Headers and footers: the first and last lines of pages that are a page number, carry a
    page number at an edge after a wide gap, or recur on the same edge of two pages."""
    if "\f" not in text:
        return []
    bounds, a = [], 0
    for m in re.finditer("\f", text):
        bounds.append((a, m.start()))
        a = m.end()
    bounds.append((a, len(text)))
    edges: list[tuple[int, int, str]] = []
    for a, b in bounds:
        lines = _lines(text, a, b)
        picked = lines[:lay.lines] + lines[-lay.lines:] if len(lines) > 2 * lay.lines else lines
        for s, e in dict.fromkeys(picked):
            if e - s <= lay.max_chars:
                edges.append((s, e, _key(text[s:e])))
    counts: dict[str, int] = {}
    for _, _, k in edges:
        counts[k] = counts.get(k, 0) + 1
    out = []
    for s, e, k in edges:
        line = text[s:e]
        if _PAGE_NUMBER.match(line) or _NUMBER_EDGE.search(line) or (counts[k] >= 2 and len(k) > 3):
            out.append((s, e))
    return out


def _footnotes(text: str, lay: Layout, lines: list[str]) -> list[tuple[int, int]]:
    """Footnotes: a line opening with a footnote mark ("¹ ...", "** ..."), with the lines that
    continue it up to the next blank line, page break or footnote (``lines``: the text's lines)."""
    out: list[tuple[int, int]] = []
    if not any(line[:1] in lay.marks for line in lines if line):
        return out   # no line opens with a mark
    marks = re.escape(lay.marks)
    for m in re.finditer(rf"^[{marks}]+[ \t]*\S[^\n\f]*(?:\n(?![{marks}])[^\n\f]*\S[^\n\f]*)*",
                         text, re.M):
        out.append((m.start(), m.end()))
    return out


_PLAIN_NOTE = re.compile(r"^\s*(?!1[89]\d\d\b|20\d\d\b)\d{1,3}\s+\S")
_CITED = re.compile(r"(?:1[89]|20)\d\d|[\"“”«»]|https?://|www\.")


def _page_foot_notes(text: str) -> list[tuple[int, int]]:
    """Footnotes that PDF-to-text writes with plain numbers at the foot of a page ("1 MSB,
    "… Tamamlandı", 25 Ekim 2017."): the last lines of a page that open with a note number and
    cite something (a year, a quotation, an address)."""
    if "\f" not in text:
        return []
    out: list[tuple[int, int]] = []
    a = 0
    for m in [*re.finditer("\f", text), None]:
        b = m.start() if m is not None else len(text)
        lines = _lines(text, a, b)
        k = len(lines)
        while k > 0 and k > len(lines) - 6:
            s, e = lines[k - 1]
            line = text[s:e]
            if not (_PLAIN_NOTE.match(line) and _CITED.search(line) and ("," in line or '"' in line)
                    and parse_date(line.strip()) is None):
                break   # a table's date cell ("15 Kasım 2021") at a page's foot is no note
            k -= 1
        if k < len(lines) and k > 0:
            out.append((lines[k][0], lines[-1][1]))
        a = m.end() if m is not None else b
    return out


# "Aslan, M. (2022). …", "NATO (2024). …", "Kinne, B. and Yılmaz, H. (2018) …"
_REF_ENTRY = re.compile(r"^\s*[A-ZÇĞİÖŞÜ\"“][^\n\f]{1,120}?\((?:1[89]|20)\d\d[a-z]?\)[.,:]?\s")


def _trailing_references(text: str) -> list[tuple[int, int]]:
    """A reference list without its heading: three or more entries ("Author, A. (2020). Title.")
    that end the document. Lines are read back from the end, so a document that does not end
    in references costs one line."""
    limit = max(0, len(text) - 20_000)
    first: tuple[int, int] | None = None
    last: tuple[int, int] | None = None
    entries = 0
    pos = len(text)
    while pos > limit:
        cut = max(text.rfind("\n", limit, pos), text.rfind("\f", limit, pos))
        a = cut + 1 if cut >= 0 else limit
        if text[a:pos].strip():
            if not _REF_ENTRY.match(text[a:pos] + " "):
                break
            first = (a, pos)
            last = last or first
            entries += 1
        pos = cut if cut >= 0 else limit
    return [(first[0], last[1])] if entries >= 3 and first and last else []




def _short_lines(lines: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, folded text) of every line of 1-40 characters (without a page break), from
    the text's lines; the folded text is the line without the stops around a heading."""
    out = []
    pos = 0
    for line in lines:
        n = len(line)
        if 0 < n <= 40 and "\f" not in line:
            out.append((pos, pos + n, _FOLDED_LINES.cached(line, _fold_line)))
        pos += n + 1
    return out


def _fold_line(line: str) -> str:
    return _heading_key(line.strip(" :.\t"))


def _heading_key(text: str) -> str:
    """A heading compared without case in either language: "IN THIS ISSUE", "In This Issue"
    and "BIBLIOGRAPHY" fold their I the Turkish way (ı), "issue" keeps its i; both are i here."""
    return fold(text).replace("ı", "i")


_FOLDED_LINES: Final[Bounded[str, str]] = Bounded()


def _notes(text: str, lay: Layout, short: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """An endnote list: a notes heading on its own line and the numbered notes after it."""
    out: list[tuple[int, int]] = []
    for start, stop, folded in short:
        if folded not in lay.notes_headings:
            continue
        end = stop
        blocks = 0
        for line_m in _LINE.finditer(text, stop):
            line = line_m.group(0)
            if not line.strip():
                continue
            if _NOTE_NUMBER.match(line) or (blocks and not _starts_block(text, line_m.start())):
                end = line_m.end()
                blocks += 1
                continue
            break
        if blocks:
            out.append((start, end))
    return out


def _contents(text: str, lay: Layout, short: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """A list of contents ("BU SAYIDA", "In this issue"): its heading on its own line and the
    lines after it up to the first blank line (a page's "### Also read" may leave one blank line
    before its list). Its items repeat the headlines of the stories below, and tell no event of
    their own."""
    out: list[tuple[int, int]] = []
    if not lay.contents_headings:
        return out
    for start, stop, folded in short:
        if folded not in lay.contents_headings:
            continue
        end = stop
        if text.startswith("\n\n", end) and end + 2 < len(text) and text[end + 2] not in "\n\f":
            end += 1   # the blank line under the heading
        while end < len(text) and text[end] == "\n":
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1:nxt]
            if not line.strip() or len(line) > lay.max_chars or "\f" in line:
                break
            end = nxt
        if end > stop:
            out.append((start, end))
    return out


def _starts_block(text: str, at: int) -> bool:
    """True when the line at ``at`` follows a blank line (a new paragraph, not a wrapped note)."""
    before = text[max(0, at - 3):at]
    return "\n\n" in before or "\f" in before or re.search(r"\n\s*\n$", text[max(0, at - 40):at]) is not None


def furniture(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ranges of page furniture and notes in ``text``."""
    lay = layout_words()
    front = _front(text, lay)
    lines = text.split("\n")
    short = _short_lines(lines)   # the headings of notes and of a list of contents
    ranges = sorted(_running(text, lay) + _footnotes(text, lay, lines) + _notes(text, lay, short) + front
                    + _contents(text, lay, short)
                    + _page_foot_notes(text) + _trailing_references(text))
    merged: list[tuple[int, int]] = []
    for a, b in ranges:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _front(text: str, lay: Layout) -> list[tuple[int, int]]:
    """Labelled front matter ("Keywords: ..."): only lines with a colon are tried."""
    out: list[tuple[int, int]] = []
    dating: list[tuple[int, int]] = []
    tried = -1
    i = text.find(":")
    while i >= 0:
        a = text.rfind("\n", 0, i) + 1
        if a != tried:
            tried = a
            m = lay.front.match(text, a)
            if m:
                label = fold(text[a:m.start() + m.group(0).index(":")].strip())
                (dating if label in lay.front_dates else out).append((m.start(), m.end()))
        i = text.find(":", i + 1)
    # "Kabul Tarihi:" beside "Anahtar Kelimeler:" is a paper's; alone, a news page's date line
    return sorted(out + dating) if out else out


def blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with every character of ``ranges`` but line and page breaks made a space."""
    if not ranges:
        return text
    parts, pos = [], 0
    for a, b in ranges:
        parts.append(text[pos:a])
        parts.append(re.sub(r"[^\n\f]", " ", text[a:b]))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


__all__ = ["furniture", "blank", "layout_words"]
