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

from defcoop.read.encoding import decode_text

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


def html_to_text(markup: str) -> str:
    """The visible text of ``markup``: one line per block, whitespace collapsed."""
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, Tag

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(markup, "html.parser")
    out: list[str] = []
    # stack items: a node to visit, or a string to emit once its children are done
    stack: list[object] = [soup]
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
        if name in DROPPED or _hidden(dict(node.attrs)):
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


def read_html(data: bytes) -> tuple[str, str]:
    """Decode an HTML file and return its visible text and the encoding used."""
    markup, encoding = decode_text(data, declared_charset(data))
    return html_to_text(markup), encoding
