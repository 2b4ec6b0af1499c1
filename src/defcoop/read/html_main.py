"""The story of a saved web page: its main text, title and publication date.

Saved news pages carry menus, lists of other headlines ("related news", "Son Dakika"),
cookie notices, share buttons, tags, comments and footers. Those are dropped by element name
and by words of their class or id (``data/lexicon/html.yaml``). The story's container is then
chosen: an ``<article>``, an ``itemprop="articleBody"`` element, an element whose class or id
names the story ("news-detail", "haber-detay"), or ``<main>``; without one, the block with the
most paragraph text and few links. The page's ``<h1>`` title is kept before it. Nothing is
executed: JSON-LD blocks are read as data only. Subtree sizes are computed in one pass
without recursion, so deep or hostile markup stays linear.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from defcoop.errors import DataError

_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z0-9çğıöşü]+")
_ISO = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?")
_PUBLISHED_META = ("article:published_time", "datepublished", "og:published_time",
                   "pubdate", "publishdate", "publish-date", "date", "dc.date.issued",
                   "sailthru.date", "parsely-pub-date")


@dataclass(frozen=True)
class HtmlHints:
    content: tuple[str, ...]
    boilerplate: tuple[str, ...]
    tags: frozenset[str]
    headings: frozenset[str]
    min_story_chars: int
    max_link_density: float


@lru_cache(maxsize=1)
def hints() -> HtmlHints:
    """The word lists of ``data/lexicon/html.yaml``, validated."""
    path = str(resources.files("defcoop") / "data" / "lexicon" / "html.yaml")
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(path, None, f"cannot be loaded ({exc}); reinstall defcoop") from None
    if not isinstance(data, dict):
        raise DataError(path, None, "expected a mapping at the top level")

    def words(key: str) -> tuple[str, ...]:
        v = data.get(key)
        if not isinstance(v, list) or not v or not all(isinstance(x, str) and x for x in v):
            raise DataError(path, None, f"{key} must be a non-empty list of strings")
        return tuple(_key(x) for x in v)

    try:
        min_chars = int(data["min_story_chars"])
        density = float(data["max_link_density"])
    except (KeyError, TypeError, ValueError):
        raise DataError(path, None, "min_story_chars and max_link_density must be numbers") \
            from None
    return HtmlHints(words("content_hints"), words("boilerplate_hints"),
                     frozenset(x.strip("-") for x in words("boilerplate_tags")),
                     frozenset(words("boilerplate_headings")), min_chars, density)


def _key(value: str) -> str:
    """``value`` (a class, an id or a hint) as lowercase words joined by ``-``, framed."""
    words = _SPLIT.split(_HUMP.sub("-", value).replace("İ", "i").lower())
    return "-" + "-".join(w for w in words if w) + "-"


def _names(tag: Any) -> list[str]:
    cls = tag.attrs.get("class")
    names = list(cls) if isinstance(cls, list) else ([str(cls)] if cls else [])
    if tag.attrs.get("id"):
        names.append(str(tag.attrs["id"]))
    return [_key(n) for n in names if n]


def _matches(tag: Any, words: tuple[str, ...]) -> bool:
    return any(w in n for n in _names(tag) for w in words)


@dataclass
class _Sizes:
    text: int = 0
    links: int = 0
    anchors: int = 0  # links under it
    prose: int = 0    # text outside links
    own: int = 0      # text of its direct paragraph children


def _walk(root: Any) -> list[Any]:
    """Every tag under ``root`` in document order, without recursion."""
    from bs4.element import Tag
    out: list[Any] = []
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            out.append(node)
            stack.extend(reversed([c for c in node.contents if isinstance(c, Tag)]))
    return out


def _sizes(tags: list[Any], skip: set[int], excluded: Any) -> dict[int, _Sizes]:
    """Visible text, link text and paragraph text under each tag, skipped subtrees left out."""
    from bs4.element import NavigableString, Tag
    sizes: dict[int, _Sizes] = {}
    for tag in reversed(tags):   # children before parents
        s = _Sizes()
        if id(tag) not in skip and not excluded(tag):
            for c in tag.contents:
                if isinstance(c, Tag):
                    cs = sizes.get(id(c))
                    if cs is None:
                        continue
                    s.text += cs.text
                    s.links += cs.links
                    s.anchors += cs.anchors
                    s.prose += cs.prose
                    if (c.name or "") in ("p", "br"):
                        s.own += cs.text - cs.links
                elif type(c) is NavigableString:
                    n = len(str(c).strip())
                    s.text += n
                    if tag.name == "div":
                        s.own += n
            if tag.name == "a":
                s.links = s.text
                s.anchors += 1
            s.prose = s.text - s.links
        sizes[id(tag)] = s
    return sizes


@dataclass
class StoryParts:
    container: Any
    title: Any
    skip: set[int]


def _protected(tag: Any) -> bool:
    return tag.name in ("main", "article") or \
        str(tag.attrs.get("itemprop", "")).lower() == "articlebody"


def find_story(soup: Any, excluded: Any) -> StoryParts | None:
    """The story's container, its title (an ``<h1>`` outside it) and the subtrees to skip;
    None when the page has no body."""
    h = hints()
    body = soup.find("body") or soup
    tags = _walk(body)
    inside_story: set[int] = set()
    for t in tags:   # parents come before their children
        if _protected(t) or (t.parent is not None and id(t.parent) in inside_story):
            inside_story.add(id(t))
    skip: set[int] = set()
    for t in tags:
        if _protected(t) or t.name in ("html", "body"):
            continue
        name = t.name or ""
        if name in h.tags or (name == "header" and id(t) not in inside_story) or \
                _matches(t, h.boilerplate):
            skip.add(id(t))
    whole = _sizes(tags, set(), excluded)
    total = whole[id(body)].prose
    # a wrapper named like furniture ("page has-sidebar") that holds most of the text stays
    skip.difference_update(id(t) for t in tags if id(t) in skip and t.name not in h.tags
                           and whole[id(t)].prose > total / 2)
    sizes = _sizes(tags, skip, excluded)

    dead: set[int] = set()
    for t in tags:   # parents come before their children
        if id(t) in skip or (t.parent is not None and id(t.parent) in dead):
            dead.add(id(t))

    def live(t: Any) -> bool:
        return id(t) not in dead

    blocks = [t for t in tags if live(t) and sizes[id(t)].own >= h.min_story_chars]
    # the page's main run of paragraphs: a container much smaller than it is a teaser card
    dominant = max((sizes[id(t)].own for t in blocks), default=0)

    def good(t: Any) -> bool:
        s = sizes[id(t)]
        return s.prose >= max(h.min_story_chars, dominant / 2) and \
            s.links <= h.max_link_density * max(s.text, 1)

    container = None
    tiers = [
        [t for t in tags if str(t.attrs.get("itemprop", "")).lower() == "articlebody"],
        [t for t in tags if t.name == "article"],
        [t for t in tags if _matches(t, h.content)],
        [t for t in tags if t.name == "main"],
    ]
    for tier in tiers:
        found = [t for t in tier if live(t) and good(t)]
        if found:
            best = max(sizes[id(t)].prose for t in found)
            near = [t for t in found if sizes[id(t)].prose >= 0.8 * best]
            container = near[-1]   # the innermost of nested candidates (document order)
            break
    if container is None:
        container = max(blocks, key=lambda t: sizes[id(t)].own) if blocks else body
    title = next((t for t in tags if t.name == "h1" and live(t)), None)
    if title is not None and _contains(container, title):
        title = None
    skip.update(_lists_in_story(container, sizes, h))
    return StoryParts(container, title, skip)


_LIST_TAGS = frozenset({"ul", "ol", "div", "section", "table", "dl", "p"})
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b", "div", "p", "span"})


def _own_text(tag: Any) -> str:
    """The text written directly in ``tag`` (not in its child elements)."""
    from bs4.element import NavigableString
    return " ".join(str(c) for c in tag.contents if type(c) is NavigableString)


def _lists_in_story(container: Any, sizes: dict[int, _Sizes], h: HtmlHints) -> set[int]:
    """Inside the story: lists that are mostly links (other headlines without a telling class)
    and headings that open such lists ("İlgili Haberler", "Related news")."""
    out: set[int] = set()
    for t in _walk(container):
        if t is container:
            continue
        s = sizes.get(id(t))
        if s is None:
            continue
        name = t.name or ""
        if name in _LIST_TAGS and s.text >= 20 and s.links > 0.6 * s.text and s.anchors >= 2:
            out.add(id(t))
        elif name in _HEADING_TAGS and s.text <= 60 and \
                _key(_own_text(t)) in h.headings:
            out.add(id(t))
    return out


def _contains(outer: Any, inner: Any) -> bool:
    p = inner
    while p is not None:
        if p is outer:
            return True
        p = p.parent
    return False


def published_date(soup: Any) -> str | None:
    """The page's publication date as ``YYYY-MM-DD`` (or ``YYYY-MM``) from its metadata:
    ``article:published_time`` and similar ``<meta>`` tags, ``itemprop="datePublished"``,
    JSON-LD ``datePublished``, then the first ``<time datetime>``."""
    for meta in soup.find_all("meta"):
        key = str(meta.attrs.get("property") or meta.attrs.get("name")
                  or meta.attrs.get("itemprop") or "").lower()
        if key in _PUBLISHED_META:
            got = _iso(str(meta.attrs.get("content", "")))
            if got:
                return got
    for tag in soup.find_all(attrs={"itemprop": True}):
        if str(tag.attrs.get("itemprop", "")).lower() == "datepublished":
            got = _iso(str(tag.attrs.get("datetime") or tag.attrs.get("content")
                           or tag.get_text(" ")))
            if got:
                return got
    for script in soup.find_all("script"):
        if str(script.attrs.get("type", "")).lower() == "application/ld+json":
            got = _jsonld_date(script.string or "")
            if got:
                return got
    for tag in soup.find_all("time"):
        got = _iso(str(tag.attrs.get("datetime", "")))
        if got:
            return got
    return None


def _jsonld_date(raw: str) -> str | None:
    try:
        data = json.loads(raw[:200_000])
    except (ValueError, RecursionError):
        return None
    stack: list[Any] = [data]
    seen = 0
    while stack and seen < 2000:
        seen += 1
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and _iso(value):
                return _iso(value)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _iso(value: str) -> str | None:
    m = _ISO.match(value.strip())
    if not m:
        return None
    return m.group(0)
