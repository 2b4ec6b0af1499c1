"""Choosing how a plain text marks its pages.

Three conventions, tried in order by :func:`text_page_starts`:

``formfeed``
    The text holds form feeds (``\\f``, as ``pdftotext`` writes them): each one ends a page.
``leading-space``
    Some PDF-to-text tools open every page with a line that starts with exactly one space.
    That convention is used only when it is plausible (:func:`leading_space_plausible`): the
    first non-blank line is such a line, there are at least two of them, they hold ordinary
    text and are followed by unindented lines, and they are rare enough to be pages rather
    than indented paragraphs (on average at least ``MIN_LINES_PER_PAGE`` non-blank lines a page).
``single``
    Otherwise the whole text is one page.
"""

from __future__ import annotations

import re

from defcoop.read.document import split_pages_formfeed, split_pages_leading_space

MIN_LINES_PER_PAGE = 8
MIN_NORMAL_SHARE = 0.8
_MARKER = re.compile(r"^ (?=\S)")


def trim_formfeed_starts(text: str, starts: list[int]) -> list[int]:
    """Drop page starts after the last form feed when nothing but whitespace follows."""
    while len(starts) > 1 and not text[starts[-1]:].strip():
        starts.pop()
    return starts


def leading_space_plausible(text: str) -> bool:
    """Whether ``text`` plausibly opens each page with a line starting with one space."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or not _MARKER.match(lines[0]):
        return False
    markers = [i for i, line in enumerate(lines) if _MARKER.match(line)]
    if len(markers) < 2 or len(lines) / len(markers) < MIN_LINES_PER_PAGE:
        return False
    normal = 0
    for i in markers:
        content = lines[i].strip()
        letters = sum(1 for c in content if c.isalpha())
        follower = lines[i + 1] if i + 1 < len(lines) else ""
        if letters >= max(1, len(content) // 3) and not follower[:1].isspace():
            normal += 1
    return normal >= MIN_NORMAL_SHARE * len(markers)


def text_page_starts(text: str) -> tuple[list[int], str]:
    """The page starts of a plain text and the name of the convention that gave them."""
    if "\f" in text:
        return trim_formfeed_starts(text, split_pages_formfeed(text)), "formfeed"
    if leading_space_plausible(text):
        return split_pages_leading_space(text), "leading-space"
    return [0], "single"
