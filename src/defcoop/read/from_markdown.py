"""Markdown read as the text a reader sees: headings without their marks, links and emphasis
as their words, rules dropped, and each pipe table laid out as a printed table's text layer
(a caption "Tablo N. <the heading above it>", then one cell per line), so that the table reader
recovers its rows like those of a PDF."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$")
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$")
# Inline marks, each bounded and without its own delimiter inside, so that a hostile line (a
# hundred thousand "*a ") is read in linear time.
_IMAGE = re.compile(r"!\[([^\]\[\n]{0,300})\]\([^()\s]{0,500}\)")
_LINK = re.compile(r"\[([^\]\[\n]{1,300})\]\([^()\s]{0,500}\)")
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])([^*_\n]{1,300}?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=\S)\*(?![\w*])"
                       r"|(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=\S)_(?![\w_])")
_CODE = re.compile(r"`([^`\n]{0,300})`")


def _inline(line: str) -> str:
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)


def _cells(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [_inline(c.strip()) for c in inner.split("|")]


def markdown_text(raw: str, caption_word: str = "Table") -> str:
    """The text of Markdown ``raw``; tables are captioned with ``caption_word`` ("Tablo" for a
    Turkish document)."""
    lines = raw.split("\n")
    out: list[str] = []
    heading = ""
    tables = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if (_TABLE_ROW.match(line) and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1])):
            tables += 1
            out.append(f"{caption_word} {tables}. {heading}".rstrip())
            out.extend(c for c in _cells(line) if c)
            i += 2
            while i < len(lines) and _TABLE_ROW.match(lines[i]):
                out.extend(c for c in _cells(lines[i]) if c)
                i += 1
            out.append("")
            continue
        m = _HEADING.match(line)
        if m:
            heading = _inline(m.group(1))
            out.append(heading)
        elif _RULE.match(line):
            out.append("")
        else:
            out.append(_inline(_QUOTE.sub("", line)))
        i += 1
    return "\n".join(out)
