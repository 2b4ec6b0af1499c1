"""Paragraphs, headings and sentences of a text, with character offsets.

PDF-to-text output often puts a blank line after every printed line; such "spaced" text
has no visible paragraphs, so only headings and sentence ends divide it. Abbreviations that do
not end a sentence ("vd.", "s.", "Kd. Üçvş.", "e.g.") come from ``lexicon/abbreviations.yaml``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from defcoop.detect import lexicon
from defcoop.detect.memo import Bounded
from defcoop.textnorm import fold

_TERMINAL = ".!?…"
# a sentence end, with a closing quote or a footnote mark after it ("tamamlanmıştır.³ Sonra")
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*[¹²³⁴⁵⁶⁷⁸⁹⁰]*(?=\s+[\"“«(\[]?[A-ZÇĞİÖŞÜÂÎÛƏ0-9])")
_LAST_WORD_RE = re.compile(r"([\w.]+)[.!?…]+[\"'”’»)\]]*$")
_ROMAN_RE = re.compile(r"^[IVXLC]+$")
_BULLET_RE = re.compile(r"^\s*(?:[-–—•*▪●◦]|\d{1,2}[.)])\s+\S")


@dataclass(init=False)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    heading: bool = False

    def __init__(self, start: int, end: int, text: str, paragraph: int,
                 heading: bool = False) -> None:
        # written out (not generated) so that the compiled build makes sentences fast
        self.start, self.end, self.text, self.paragraph, self.heading = (start, end, text,
                                                                         paragraph, heading)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    data = lexicon.load("abbreviations")
    path = lexicon.lexicon_path("abbreviations")
    words: set[str] = set()
    for lang in ("tr", "en"):
        for w in lexicon.strings(data.get(lang), path, lang):
            words.add(fold(w).rstrip("."))
    return frozenset(words)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line without its newline."""
    out = []
    pos = 0
    for piece in text.split("\n"):
        out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    if out and text.endswith("\n") or not text:
        out.pop()   # no line after the last newline
    return out


def is_spaced(text: str, lines: list[tuple[int, int]] | None = None,
              stripped: list[str] | None = None) -> bool:
    """True when most printed lines are followed by a blank line (typical PDF-to-text)."""
    if stripped is None:
        lines = lines if lines is not None else line_spans(text)
        stripped = [text[a:b].strip() for a, b in lines]
    nonblank = followed = ended = wide = 0
    n = len(stripped)
    for i, line in enumerate(stripped):
        if line:
            nonblank += 1
            nxt = stripped[i + 1] if i + 1 < n else ""
            if not nxt and i + 2 < n:
                nxt = stripped[i + 2]
            wide += bool(nxt[:1].islower() or (nxt[:1].isdigit() and line[-1] not in _TERMINAL))
            if line[-1] in _TERMINAL:
                ended += 1
            if i + 1 < n and not stripped[i + 1]:
                followed += 1
    # printed lines that mostly stop mid-sentence; one-line paragraphs end their sentences
    # and go on in lower case on the next line (a short release whose title, heading and dateline
    # stand on lines of their own is not spaced)
    return (nonblank > 4 and followed / nonblank > 0.6 and ended / nonblank < 0.5
            and wide / nonblank > 0.25)


_HEADING_MAX = 90                      # characters of a heading, without its section number
_NOT_HEADING_END = _TERMINAL + ",;"
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\S)")


_HEADINGS: Final[Bounded[str, bool]] = Bounded()


def looks_like_heading(line: str) -> bool:
    """A short line without final punctuation whose words are mostly capitalized; a section
    number may open it ("2.3. Steadfast Defender 2024", "3.1. Giriş"); memoized by the line."""
    return _HEADINGS.cached(line, _looks_like_heading)


def _looks_like_heading(line: str) -> bool:
    s = _SECTION_NUMBER.sub("", line.strip(), count=1) or line.strip()
    if not s or len(s) > _HEADING_MAX or s[-1] in _NOT_HEADING_END or not s[0].isupper():
        return False
    if s.startswith(("http", "www")):
        return False
    if s != line.strip() and len(s) <= NUMBERED_HEADING_MAX:
        return True   # "3. Umman ile askerî işbirliği": a numbered item's title, in sentence case
    words = [w for w in re.findall(r"\w+", s) if len(w) > 3 and not w.isdigit()]
    if not words:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.6


# A numbered line this short without final punctuation is an item's title, however capitalized.
NUMBERED_HEADING_MAX = 60


def _ends_sentence(line: str) -> bool:
    s = line.rstrip()
    return not s or s[-1] in _TERMINAL + ":)\"”'’" or s[-1].isdigit()


# In text printed in lines of about this many characters (a PDF's text layer), a line nearly as
# wide as the others (this share of the median) is a line of a paragraph, not a heading.
WRAPPED_WIDTH = 60
FULL_LINE = 0.85
SHORT_LINE = 0.7   # ... and a line this much shorter, between a full stop and a capital, a title


def paragraphs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_heading) of each paragraph or heading, in order."""
    raw = text.split("\n")   # the lines, as line_spans gives them
    if text.endswith("\n") or not text:
        raw.pop()
    stripped = [x.strip() for x in raw]
    spaced = is_spaced(text, None, stripped)
    out: list[tuple[int, int, bool]] = []
    cur_start: int | None = None
    cur_end = 0
    prev_text = ""

    widths = sorted(len(x) for x in stripped if x)
    median = widths[len(widths) // 2] if widths else 0
    following_of: list[str] = [""] * len(raw)   # the next non-blank line, stripped
    nxt = ""
    for i in range(len(raw) - 1, -1, -1):
        following_of[i] = nxt
        if stripped[i]:
            nxt = stripped[i]
    pos = 0
    for i, line in enumerate(raw):
        s = pos
        pos += len(line) + 1
        if not stripped[i]:
            if not spaced and cur_start is not None:
                out.append((cur_start, cur_end, False))
                cur_start = None
            continue
        following = following_of[i]
        bare = stripped[i]
        # quick refusals first: a line ending a sentence, or far too long, heads nothing
        heading = (bare[-1] not in _NOT_HEADING_END
                   and (len(bare) <= _HEADING_MAX or bare[0].isdigit())   # a section number
                   and _ends_sentence(prev_text) and looks_like_heading(line)
                   and (not following or following[0].isupper() or following[0].isdigit()))
        if (not heading and median >= WRAPPED_WIDTH and len(bare) <= SHORT_LINE * median
                and not spaced and bare[0].isupper() and bare[-1] not in _NOT_HEADING_END
                and bare[-1] not in _TERMINAL and _ends_sentence(prev_text) and prev_text.strip()
                and following and following[0].isupper() and len(bare.split()) >= 2):
            # in printed lines, a short line in sentence case between a full stop and a
            # capitalized line is a section's title ("Yüksek düzeyli temaslar ve mutabakat
            # muhtırası")
            heading = True
        if heading and spaced and len(stripped[i]) > 0.7 * median:
            heading = False
        if heading and median >= WRAPPED_WIDTH and len(stripped[i]) >= FULL_LINE * median:
            heading = False   # a printed line as wide as the text's lines goes on in the next one
        if heading:
            if cur_start is not None:
                out.append((cur_start, cur_end, False))
                cur_start = None
            lead = len(line) - len(line.lstrip())
            out.append((s + lead, s + len(line.rstrip()), True))
        else:
            if cur_start is not None and _BULLET_RE.match(line) and _ends_sentence(prev_text):
                out.append((cur_start, cur_end, False))   # a list item starts its own paragraph
                cur_start = None
            if cur_start is None:
                cur_start = s + (len(line) - len(line.lstrip()))
            cur_end = s + len(line.rstrip())
        prev_text = line
    if cur_start is not None:
        out.append((cur_start, cur_end, False))
    return out


def _is_abbreviation(chunk: str) -> bool:
    m = _LAST_WORD_RE.search(chunk)
    if not m:
        return False
    word = m.group(1)
    last = word.split(".")[-1] if not word.endswith(".") else word.rstrip(".").split(".")[-1]
    if not last:
        return False
    if fold(last) in _abbreviations() or fold(word.rstrip(".")) in _abbreviations():
        return True
    if len(last) == 1 and last.isalpha() and last.isupper():
        return True  # an initial: "S. E. Cornell"
    if _ROMAN_RE.match(last) and len(last) <= 4:
        return True  # "II. Karabağ Savaşı"
    return last.isdigit() and len(last) <= 3  # ordinals: "3. Ordu"


def split_sentences(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    return [Sentence(start + a, start + b, t, paragraph) for a, b, t in _split(text[start:end])]


_SPLITS: Final[Bounded[str, tuple[tuple[int, int, str], ...]]] = Bounded()


def _split(seg: str) -> tuple[tuple[int, int, str], ...]:
    """Sentences of one paragraph, offsets relative to it (memoized by the paragraph's text)."""
    return _SPLITS.cached(seg, _split_offsets)


def _split_offsets(seg: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((x.start, x.end, x.text) for x in _split_uncached(seg))


def _split_uncached(seg: str) -> list[Sentence]:
    start, paragraph = 0, 0
    out: list[Sentence] = []
    s0 = 0
    for m in _BOUNDARY_RE.finditer(seg):
        if _is_abbreviation(seg[s0:m.end()]):
            continue
        piece = seg[s0:m.end()]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(start + s0 + lead, start + m.end(), piece.strip(), paragraph))
        s0 = m.end()
    piece = seg[s0:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        out.append(Sentence(start + s0 + lead, start + s0 + lead + len(piece.strip()),
                            piece.strip(), paragraph))
    return out


def sentences(text: str) -> list[Sentence]:
    """Every sentence and heading of ``text`` with offsets; headings are single items."""
    out: list[Sentence] = []
    for i, (s, e, heading) in enumerate(paragraphs(text)):
        if heading:   # one object per heading text, as the split gives one per sentence text
            out.append(Sentence(s, e, sys.intern(text[s:e]), i, heading=True))
        else:
            out.extend(split_sentences(text, s, e, i))
    return out
