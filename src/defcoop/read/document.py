"""A read document: its text, its pages as character spans, and quote location.

Every later stage works on a :class:`Document`. Offsets are character offsets into
``Document.text``; pages are 1-based and given as half-open spans ``[start, end)``.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field

_LEADING_SPACE_PAGE = re.compile(r"^ (?=\S)", re.M)


@dataclass(init=False)
class Document:
    """Text of one document with its page spans."""

    path: str
    text: str
    page_starts: list[int] = field(default_factory=lambda: [0])
    language: str = "und"
    first_page: int = 1
    sha256: str = ""
    media_type: str = "text/plain"
    encoding: str | None = None
    """The character encoding the text was decoded from (text and HTML files), else None."""
    published: str | None = None
    """The publication date a web page's metadata gives (``YYYY-MM-DD`` or ``YYYY-MM``)."""

    def __init__(self, path: str, text: str, page_starts: list[int] | None = None,
                 language: str = "und", first_page: int = 1, sha256: str = "",
                 media_type: str = "text/plain", encoding: str | None = None,
                 published: str | None = None) -> None:
        # written out (not generated), so that the compiled build makes documents fast
        self.path, self.text, self.language, self.first_page = path, text, language, first_page
        self.media_type, self.encoding, self.published = media_type, encoding, published
        self.sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
        starts = page_starts if page_starts is not None else [0]
        if not starts or starts[0] != 0:
            starts = [0, *[p for p in starts if p > 0]]
        self.page_starts = starts

    @property
    def pages(self) -> int:
        return len(self.page_starts)

    def page_of(self, offset: int) -> int:
        """The page number holding character ``offset``."""
        return bisect.bisect_right(self.page_starts, offset) - 1 + self.first_page

    def page_span(self, page: int) -> tuple[int, int]:
        i = page - self.first_page
        if i < 0 or i >= len(self.page_starts):
            raise IndexError(f"page {page} is outside 1..{self.pages}")
        end = self.page_starts[i + 1] if i + 1 < len(self.page_starts) else len(self.text)
        return self.page_starts[i], end

    def page_text(self, page: int) -> str:
        s, e = self.page_span(page)
        return self.text[s:e]

    def find(self, quote: str, page: int | None = None) -> tuple[int, int] | None:
        """Locate ``quote`` allowing for line breaks and hyphenation; None if absent.

        With ``page``, the quote must start on that page.
        """
        index = _index_for(self)
        for hit in index.find_all(quote):
            if page is None or self.page_of(hit[0]) == page:
                return hit
        return None


def split_pages_leading_space(text: str) -> list[int]:
    """Page starts for text whose pages each open with a line starting with one space."""
    starts = [m.start() for m in _LEADING_SPACE_PAGE.finditer(text)]
    if not starts:
        return [0]
    if starts[0] != 0:
        starts[0] = 0
    return starts


def split_pages_formfeed(text: str) -> list[int]:
    """Page starts for text whose pages are separated by form feeds."""
    starts = [0]
    for m in re.finditer("\f", text):
        starts.append(m.end())
    return starts


class _QuoteIndex:
    """Whitespace- and hyphenation-insensitive search over a text, mapping back to offsets."""

    def __init__(self, text: str) -> None:
        self.variants = [self._build(text, drop_break_hyphen=False),
                         self._build(text, drop_break_hyphen=True)]

    @staticmethod
    def _build(text: str, drop_break_hyphen: bool) -> tuple[str, list[int]]:
        out: list[str] = []
        pos: list[int] = []
        i, n = 0, len(text)
        while i < n:
            c = text[i]
            if c in "-‐" and i + 1 < n and text[i + 1].isspace():
                j = i + 1
                while j < n and text[j].isspace():
                    j += 1
                if "\n" in text[i + 1:j]:
                    if not drop_break_hyphen:
                        out.append("-")
                        pos.append(i)
                    i = j
                    continue
            if c.isspace():
                j = i
                while j < n and text[j].isspace():
                    j += 1
                if out and out[-1] != " ":
                    out.append(" ")
                    pos.append(i)
                i = j
                continue
            out.append(c)
            pos.append(i)
            i += 1
        return "".join(out), pos

    @staticmethod
    def norm_quote(quote: str) -> str:
        return re.sub(r"\s+", " ", quote).strip()

    def find_all(self, quote: str) -> list[tuple[int, int]]:
        q = self.norm_quote(quote)
        hits: list[tuple[int, int]] = []
        if not q:
            return hits
        for flat, pos in self.variants:
            start = flat.find(q)
            while start >= 0:
                end = start + len(q) - 1
                span = (pos[start], pos[end] + 1)
                if span not in hits:
                    hits.append(span)
                start = flat.find(q, start + 1)
            if hits:
                break
        return sorted(hits)


_INDEX_CACHE: dict[str, _QuoteIndex] = {}


def _index_for(doc: Document) -> _QuoteIndex:
    idx = _INDEX_CACHE.get(doc.sha256)
    if idx is None:
        if len(_INDEX_CACHE) > 16:
            _INDEX_CACHE.clear()
        idx = _INDEX_CACHE[doc.sha256] = _QuoteIndex(doc.text)
    return idx
