"""The visible text of an HTML page (BeautifulSoup with the standard library's html.parser).

Nothing in the page is executed or kept: scripts, styles, templates, embedded objects,
form controls, comments and hidden elements (``hidden``, ``aria-hidden="true"``,
``display:none``, ``visibility:hidden``) are dropped; attributes (event handlers,
``javascript:`` URLs) are never read. Block elements and table cells become line breaks.
The tree is walked without recursion, so deeply nested markup cannot exhaust the stack.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any

from defcoop.read.encoding import decode_text
from defcoop.read.html_main import find_story, published_date

DROPPED = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe",
    "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "audio",
    "video", "source", "track", "map", "input", "select", "option", "textarea", "button",
    "datalist", "dialog", "param", "base",
})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
                           re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def declared_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` tag in the first kilobytes declares, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _hidden(attrs: dict[str, object]) -> bool:
    if "hidden" in attrs:
        return True
    if str(attrs.get("aria-hidden", "")).strip().lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(attrs.get("style", ""))))


def _parse(markup: str) -> Any:
    from bs4 import BeautifulSoup

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return BeautifulSoup(markup, "html.parser")


def _excluded(tag: Any) -> bool:
    return (tag.name or "").lower() in DROPPED or _hidden(dict(tag.attrs))


def html_to_text(markup: str) -> str:
    """The visible text of ``markup``: one line per block, whitespace collapsed."""
    return _render(_parse(markup), frozenset())


def _render(root: Any, skip: set[int] | frozenset[int]) -> str:
    """The visible text under ``root``, leaving out the subtrees whose ids are in ``skip``."""
    from bs4.element import NavigableString, Tag

    out: list[str] = []
    # stack items: a node to visit, or a string to emit once its children are done
    stack: list[object] = [root]
    pre_depth = 0
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            if node == "</pre>":
                pre_depth -= 1
            else:
                out.append(node)
            continue
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:  # comments, CDATA, doctypes are subclasses
                out.append(str(node) if pre_depth else _SPACES.sub(" ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if name in DROPPED or _hidden(dict(node.attrs)) or id(node) in skip:
            continue
        if name == "br":
            out.append("\n")
            continue
        block = name in BLOCKS
        if block:
            out.append("\n")
            stack.append("\n")
        if name == "pre":
            pre_depth += 1
            stack.append("</pre>")
        stack.extend(reversed(node.contents))
    return _tidy("".join(out))


def _tidy(text: str) -> str:
    lines = [line.strip(" \t") for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip("\n")


@dataclass
class HtmlPage:
    """The story of a page (its title, then its main text), its encoding and publication
    date (``YYYY-MM-DD`` or ``YYYY-MM`` from the page's metadata, else None)."""

    text: str
    encoding: str
    published: str | None = None


def story_text(markup: str) -> tuple[str, str | None]:
    """The story of ``markup`` (title and main text, without menus, lists of other headlines,
    cookie notices, share buttons, comments or footers) and its publication date."""
    soup = _parse(markup)
    story = find_story(soup, _excluded)
    published = published_date(soup)
    if story is None:
        return _render(soup, frozenset()), published
    text = _render(story.container, story.skip)
    if not text.strip():   # the whole page is furniture by its markup: keep what it shows
        return _render(soup, frozenset()), published
    if story.title is not None:
        title = _render(story.title, frozenset())
        if title and title not in text:
            text = title + "\n\n" + text
    return text, published


def read_html_page(data: bytes) -> HtmlPage:
    """Decode an HTML file and return its story, encoding and publication date."""
    markup, encoding = decode_text(data, declared_charset(data))
    text, published = story_text(markup)
    return HtmlPage(text, encoding, published)


def read_html(data: bytes) -> tuple[str, str]:
    """Decode an HTML file and return the visible text of its story and the encoding used."""
    page = read_html_page(data)
    return page.text, page.encoding
