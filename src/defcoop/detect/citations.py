"""In-text citations of author-date styles, Turkish and English.

Finds parenthetical citations — "(Smith, 2011: 62)", "(A ve B, 2023: 101)",
"(A vd., 2020)", "(A et al., 2020, p. 5)", several in one parenthesis separated by ";",
a missing comma "(A ve B 2024: 34)" — and narrative ones ("Smith (2011) argues").
The reference list itself is never searched: :func:`reference_section` locates it.

Word lists (and-words, et-al forms, page markers, month names, headings) live in
``data/lexicon/citations.yaml``; :func:`load_lexicon` loads and validates them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from defcoop.detect.casefold import may_hold
from defcoop.errors import DataError
from defcoop.read.document import Document
from defcoop.textnorm import fold, normalize_apostrophes, strip_suffix

__all__ = ["Citation", "Lexicon", "find_citations", "load_lexicon", "parse_citation",
           "reference_section"]

_LIST_KEYS = ("reference_headings", "after_reference_headings", "and_words", "et_al",
              "page_markers", "volume_markers", "issue_markers", "accessed_markers", "no_date", "citation_prefixes", "not_authors",
              "event_words", "institution_words", "thesis_words", "editor_markers", "in_words", "proceedings_words", "journal_words",
              "publisher_words", "running_header_hints")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The audit's word lists (see ``data/lexicon/citations.yaml``)."""

    lists: dict[str, tuple[str, ...]]
    months: dict[str, int]

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return self.lists[key]


def _lexicon_path() -> str:
    return str(resources.files("defcoop") / "data" / "lexicon" / "citations.yaml")


def load_lexicon(path: str | None = None) -> Lexicon:
    """Load and validate the citation lexicon; raises :class:`DataError` when it is malformed."""
    if path is None:
        return _default_lexicon()
    return _read_lexicon(path)


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return _read_lexicon(_lexicon_path())


def _read_lexicon(path: str) -> Lexicon:
    try:
        with open(path, encoding="utf-8") as fh:
            data: Any = yaml.safe_load(fh)
    except OSError as exc:
        raise DataError(path, None, f"cannot read the lexicon ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise DataError(path, line, f"not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict):
        raise DataError(path, None, "the lexicon must be a mapping of word lists")
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip()
                                                               for v in value):
            raise DataError(path, None, f"'{key}' must be a non-empty list of strings")
        lists[key] = tuple(value)
    months = data.get("months")
    if not isinstance(months, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and 1 <= v <= 12 for k, v in months.items()):
        raise DataError(path, None, "'months' must map month names to numbers 1-12")
    return Lexicon(lists=lists, months={fold(k): v for k, v in months.items()})


@dataclass(init=False)
class Citation:
    """One in-text citation as written in a document."""

    text: str                      # as written, whitespace collapsed, without the parentheses
    authors: list[str]             # family names or institutions, in order
    year: int | None               # None for "t.y." / "n.d."
    year_suffix: str = ""          # "a" in "2020a"
    pages: str | None = None       # "62", "149-150", "62, 122"
    narrative: bool = False        # "Smith (2011)" rather than "(Smith, 2011)"
    start: int = 0                 # character offsets into Document.text
    end: int = 0
    page: int | None = None        # the document page the citation is on
    et_al: bool = False            # "vd." / "et al." follows the authors
    author_text: str = ""          # the authors as written
    missing_comma: bool = False    # "(A ve B 2024: 34)"
    abbreviation: str | None = None  # "NATO" in "(North Atlantic Treaty Organization [NATO], 2022)"
    sentence: tuple[int, int] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __init__(self, text: str, authors: list[str], year: int | None, year_suffix: str = "",
                 pages: str | None = None, narrative: bool = False, start: int = 0, end: int = 0,
                 page: int | None = None, et_al: bool = False, author_text: str = "",
                 missing_comma: bool = False, abbreviation: str | None = None,
                 sentence: tuple[int, int] | None = None,
                 extra: dict[str, Any] | None = None) -> None:
        self.text, self.authors, self.year, self.year_suffix = text, authors, year, year_suffix
        self.pages, self.narrative, self.start, self.end = pages, narrative, start, end
        self.page, self.et_al, self.author_text = page, et_al, author_text
        self.missing_comma, self.abbreviation, self.sentence = missing_comma, abbreviation, sentence
        self.extra = extra if extra is not None else {}

    @property
    def year_label(self) -> str:
        return f"{self.year}{self.year_suffix}" if self.year is not None else "n.d."


# ---------------------------------------------------------------------------------------------
# The reference section

_NUMBERING = re.compile(r"^(?:[0-9IVX]+[.)]?\s+)?")


def _heading_key(line: str) -> str:
    text = _NUMBERING.sub("", line.strip()).strip(" :.")
    return fold(text)


@lru_cache(maxsize=20_000)
def _heading_of(line: str, heads: frozenset[str]) -> bool:
    key = _heading_key(line)
    return key in heads or any(part.strip(" :.") in heads for part in re.split(r"[/|–-]", key)
                               if part.strip())


@lru_cache(maxsize=4)
def _reference_heads(lex: Lexicon) -> frozenset[str]:
    """The folded reference-list headings."""
    return frozenset(fold(h) for h in lex["reference_headings"])


def reference_section(doc: Document, lexicon: Lexicon | None = None) -> tuple[int, int] | None:
    """Span ``(heading_start, end)`` of the reference list, or None when there is none.

    The last line that is a reference heading on its own opens the list; a later
    "appendix"-like heading (or the end of the text) closes it.
    """
    lex = lexicon or load_lexicon()
    heads = _reference_heads(lex)
    if not may_hold(doc.text, heads):
        return None
    start: int | None = None
    at = 0
    for line in doc.text.split("\n"):
        if len(line) <= 60 and _heading_of(line, heads):
            start = at  # "KAYNAKÇA", "7. References", "KAYNAKÇA / REFERENCES"
        at += len(line) + 1
    if start is None:
        return None
    ends = {fold(h) for h in lex["after_reference_headings"]}
    end = len(doc.text)
    for m in re.finditer(r"^[^\n]*$", doc.text[start:], re.M):
        if m.start() == 0:
            continue
        key = _heading_key(m.group(0))
        if key in ends and len(m.group(0).strip()) <= 60:
            end = start + m.start()
            break
    return start, end


# ---------------------------------------------------------------------------------------------
# Parsing one citation

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DASH = "-–—‐"
_PAGE_ITEM = rf"[0-9ivxlcdm]+(?:\s*[{_DASH}]\s*[0-9ivxlcdm]+)?"
_PAGES_RE = re.compile(rf"^{_PAGE_ITEM}(?:\s*,\s*{_PAGE_ITEM})*$", re.I)
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "bin",
              "al", "el", "ter", "ten", "zu", "y"}
# small words inside an institution's name: "Institute for the Study of War"
_FUNCTION = {"of", "for", "the", "on", "in", "at", "to", "und", "für", "des"}


def _year_alternatives(lex: Lexicon) -> str:
    nd = "|".join(re.escape(w) for w in sorted(lex["no_date"], key=len, reverse=True))
    return rf"(?:(?P<year>{_YEAR})(?P<suffix>[a-z])?(?![\w])|(?P<nd>{nd}))"


@lru_cache(maxsize=4)
def _part_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"^(?P<authors>.+?)(?P<sep>\s*,\s*|\s+){_year_alternatives(lex)}"
                      r"(?P<rest>.*)$", re.S)


@lru_cache(maxsize=4)
def _year_only_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"^{_year_alternatives(lex)}(?P<rest>.*)$", re.S)


def _parse_pages(rest: str, lex: Lexicon) -> tuple[bool, str | None]:
    """Parse what follows the year: '', ': 62', ', s. 62', ', pp. 5-7'. (ok, pages)."""
    r = rest.strip()
    if not r:
        return True, None
    if r[0] not in ":,":
        return False, None
    r = r[1:].strip()
    for marker in sorted(lex["page_markers"], key=len, reverse=True):
        if r.startswith(marker):
            r = r[len(marker):].strip()
            break
    r = r.rstrip(" .")
    if not r or not _PAGES_RE.match(r):
        return False, None
    pages = re.sub(rf"\s*[{_DASH}]\s*", "-", r)
    pages = re.sub(r"\s*,\s*", ", ", pages)
    return True, pages


@dataclass(frozen=True)
class _AuthorWords:
    et_al: tuple[re.Pattern[str], ...]                           # "vd." ending a list, per form
    splitter: re.Pattern[str]
    not_authors: frozenset[str]
    institutions: tuple[str, ...]
    prefixes: tuple[tuple[str, str], ...]                        # (as written, folded), longest first


@lru_cache(maxsize=4)
def _author_words(lex: Lexicon) -> _AuthorWords:
    """The lexicon's word lists, folded and compiled once."""
    et_al = []
    for form in sorted(lex["et_al"], key=len, reverse=True):
        et_al.append(re.compile(rf"[,\s]+{re.escape(form)}(?=$|[\s,])\s*$"))
    ands = [w for w in lex["and_words"] if w != "&"]
    splitter = re.compile(r"\s*&\s*|\s*,\s*(?:(?:" + "|".join(map(re.escape, ands)) + r")\s+)?|\s+(?:"
                          + "|".join(map(re.escape, ands)) + r")\s+")
    prefixes = tuple((p, fold(p)) for p in sorted(lex["citation_prefixes"], key=len, reverse=True))
    return _AuthorWords(tuple(et_al), splitter, frozenset(fold(w) for w in lex["not_authors"]),
                        tuple(fold(w) for w in lex["institution_words"]), prefixes)


def _split_authors(author_text: str,
                   lex: Lexicon) -> tuple[list[str], bool, str | None] | None:
    """Split 'A ve B', 'A, B, & C', 'A vd.' into names; None if this is not an author list.

    Also gives the abbreviation an institution is introduced with: "Full Name [ABBR]".
    """
    words_of = _author_words(lex)
    text = author_text.strip().rstrip(",").strip()
    et_al = False
    for ending in words_of.et_al:
        if ending.search(text):
            text = ending.sub("", text).strip().rstrip(",")
            et_al = True
            break
    if not text or not (text[0].isupper() or fold(text.split()[0]) in _PARTICLES):
        return None
    if re.search(r"\d", text) or len(text) > 120:
        return None
    pieces = [p.strip() for p in words_of.splitter.split(text) if p and p.strip()]
    if not pieces:
        return None
    not_authors = words_of.not_authors
    abbreviation = None
    if len(pieces) == 1:
        bracket = re.fullmatch(r"(?P<full>[^\[\]]+?)\s*\[(?P<abbr>[^\[\]]{2,20})\]", pieces[0])
        if bracket:
            pieces = [bracket.group("full")]
            abbreviation = bracket.group("abbr").strip()
    for piece in pieces:
        words = piece.split()
        if len(words) > 8:
            return None
        if not words[0][0].isupper() and fold(words[0]) not in _PARTICLES:
            return None
        for w in words:
            if not w[0].isupper() and fold(w) not in _PARTICLES | _FUNCTION \
                    and not w[0] in "'’(":
                return None
        if len(pieces) == 1 and len(words) == 1 and fold(words[0]) in not_authors:
            return None
    # "Türkiye Ekonomi ve Sanayi Bakanlığı": an institution, not two authors
    institutions = words_of.institutions
    if len(pieces) > 1 and "&" not in text and "," not in text and (
            any(len(p.split()) >= 3 for p in pieces)
            or any(fold(w).startswith(institutions) for w in text.split())):
        pieces = [text]
    return pieces, et_al, abbreviation


def parse_citation(text: str, lexicon: Lexicon | None = None) -> Citation | None:
    """Parse one citation such as "Smith, 2011: 62" (no parentheses); None if it is not one."""
    lex = lexicon or load_lexicon()
    flat = re.sub(r"\s+", " ", normalize_apostrophes(text)).strip()
    body = _strip_prefix(flat, lex)
    m = _part_re(lex).match(body)
    if not m:
        return None
    ok, pages = _parse_pages(m.group("rest"), lex)
    if not ok:
        return None
    author_text = m.group("authors").strip()
    missing_comma = "," not in m.group("sep")
    last_word = author_text.split()[-1] if author_text.split() else ""
    if missing_comma and fold(last_word.strip(",")) in lex.months:
        return None  # "(Haziran 2021)" is a date
    split = _split_authors(author_text, lex)
    if split is None:
        return None
    authors, et_al, abbreviation = split
    year = int(m.group("year")) if m.group("year") else None
    return Citation(text=flat, authors=authors, year=year, year_suffix=m.group("suffix") or "",
                    pages=pages, et_al=et_al, author_text=author_text.rstrip(", "),
                    missing_comma=missing_comma, abbreviation=abbreviation)


def _strip_prefix(text: str, lex: Lexicon) -> str:
    low = fold(text)
    for prefix, p in _author_words(lex).prefixes:
        if low.startswith(p + " ") or low.startswith(p + ","):
            return text[len(prefix):].lstrip(" ,")
    return text


# ---------------------------------------------------------------------------------------------
# Finding citations in a document

_PAREN_RE = re.compile(r"\(([^()]{4,400})\)")
_NARRATIVE_PAREN_RE = re.compile(r"\(([^()]{4,60})\)")
_TOKEN_RE = re.compile(r"\S+")


def find_citations(doc: Document, lexicon: Lexicon | None = None) -> list[Citation]:
    """Every in-text citation of ``doc`` outside its reference list, in text order."""
    lex = lexicon or load_lexicon()
    section = reference_section(doc, lex)
    return citations_before(doc, section[0] if section else len(doc.text), lex)


def citations_before(doc: Document, limit: int, lexicon: Lexicon | None = None) -> list[Citation]:
    """Every in-text citation of ``doc`` before offset ``limit`` (where its reference list
    starts), in text order."""
    lex = lexicon or load_lexicon()
    text = doc.text[:limit]
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for m in _PAREN_RE.finditer(text):
        cites = _parenthetical(m, lex)
        if cites:
            found.extend(cites)
            taken.append((m.start(), m.end()))
    for m in _NARRATIVE_PAREN_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        cite = _narrative(text, m, lex)
        if cite is not None:
            found.append(cite)
    for c in found:
        c.page = doc.page_of(c.start)
    found.sort(key=lambda c: c.start)
    return found


def _parenthetical(m: re.Match[str], lex: Lexicon) -> list[Citation]:
    content = m.group(1)
    base = m.start(1)
    out: list[Citation] = []
    prev_authors: Citation | None = None
    for part_start, raw_part in _parts(content):
        stripped = raw_part.strip()
        if not stripped:
            continue
        offset = base + part_start + (len(raw_part) - len(raw_part.lstrip()))
        cite = parse_citation(stripped, lex)
        if cite is None and prev_authors is not None:
            cite = _year_only(stripped, prev_authors, lex)
        if cite is None:
            if out:
                continue  # "(A, 2020; see also the appendix)"
            return []
        cite.start = offset
        cite.end = offset + len(stripped)
        out.append(cite)
        prev_authors = cite
    return out


_LATER_YEAR = re.compile(rf",\s*(?={_YEAR}[a-z]?\s*(?:[,:;]|$))")


def _parts(content: str) -> list[tuple[int, str]]:
    """Split at ';', and a year list "A, 2020a, 2020b" into "A, 2020a" and "2020b"."""
    out: list[tuple[int, str]] = []
    pos = 0
    for piece in content.split(";"):
        first = re.search(rf"{_YEAR}", piece)
        cuts = [0]
        if first:
            cuts += [c.end() for c in _LATER_YEAR.finditer(piece, first.end())]
        for a, b in zip(cuts, cuts[1:] + [len(piece)]):
            chunk = piece[a:b]
            if a < len(piece) and b < len(piece) and b in cuts[1:]:
                chunk = re.sub(r",\s*$", "", chunk)
            out.append((pos + a, chunk))
        pos += len(piece) + 1
    return out


def _year_only(text: str, prev: Citation, lex: Lexicon) -> Citation | None:
    flat = re.sub(r"\s+", " ", text).strip()
    m = _year_only_re(lex).match(flat)
    if not m:
        return None
    ok, pages = _parse_pages(m.group("rest"), lex)
    if not ok:
        return None
    year = int(m.group("year")) if m.group("year") else None
    return Citation(text=flat, authors=list(prev.authors), year=year,
                    year_suffix=m.group("suffix") or "", pages=pages, et_al=prev.et_al,
                    author_text=prev.author_text)


def _narrative(text: str, m: re.Match[str], lex: Lexicon) -> Citation | None:
    inner = re.sub(r"\s+", " ", m.group(1)).strip()
    ym = _year_only_re(lex).match(inner)
    if not ym:
        return None
    ok, pages = _parse_pages(ym.group("rest"), lex)
    if not ok:
        return None
    names = _names_before(text, m.start(), lex)
    if names is None:
        return None
    name_start, author_text = names
    if _names_an_event(author_text, lex):
        return None  # "İkinci Karabağ Savaşı (2020)": an event, not an author
    split = _split_authors(author_text, lex)
    if split is None:
        return None
    authors, et_al, abbreviation = split
    year = int(ym.group("year")) if ym.group("year") else None
    written = re.sub(r"\s+", " ", text[name_start:m.end()]).strip()
    return Citation(text=written, authors=authors, year=year, year_suffix=ym.group("suffix") or "",
                    pages=pages, narrative=True, start=name_start, end=m.end(), et_al=et_al,
                    author_text=author_text, abbreviation=abbreviation)


def _names_an_event(names: str, lex: Lexicon) -> bool:
    words = [fold(w) for w in names.split()]
    if not words:
        return False
    institutions = tuple(fold(w) for w in lex["institution_words"])
    if any(w.startswith(institutions) for w in words):
        return False
    return words[-1].startswith(tuple(fold(w) for w in lex["event_words"]))


def _names_before(text: str, paren: int, lex: Lexicon) -> tuple[int, str] | None:
    """The capitalized names right before '(' at ``paren``: (start offset, names as written)."""
    window_start = max(0, paren - 160)
    window = text[window_start:paren]
    tokens = [(window_start + t.start(), t.group(0)) for t in _TOKEN_RE.finditer(window)]
    connectors = {fold(w) for w in lex["and_words"]}
    et_al_words = {fold(w) for form in lex["et_al"] for w in form.split()}
    stop = {fold(w) for w in lex["not_authors"]}
    chosen: list[tuple[int, str]] = []
    for i in range(len(tokens) - 1, -1, -1):
        start, tok = tokens[i]
        word = normalize_apostrophes(tok)
        if not chosen:
            word = strip_suffix(word)
        bare = word.strip(",")
        low = fold(bare)
        if chosen and (tok.endswith(".") and low not in et_al_words and len(bare) > 2):
            break  # end of the previous sentence
        if not chosen and (low in connectors or low in _PARTICLES or low in _FUNCTION):
            break  # "Demir de (2019)": a name ends right before the parenthesis
        if low in connectors or low in et_al_words or low in _PARTICLES or \
                (low in _FUNCTION and chosen and tok == low):
            chosen.append((start, word))
            continue
        if bare and bare[0].isupper() and low not in stop and low not in lex.months \
                and not re.search(r"\d", bare) and re.match(r"^[\w'’.\-]+$", bare):
            chosen.append((start, word))
            if len(chosen) >= 8:
                break
            continue
        break
    while chosen and fold(chosen[-1][1].strip(",")) in connectors | et_al_words | _FUNCTION:
        chosen.pop()  # leading connector or small word
    if not chosen:
        return None
    chosen.reverse()
    # An et-al word must follow a name: "Smith et al." (kept), never lead.
    author_text = " ".join(w for _, w in chosen).strip(", ")
    if not re.search(r"[A-ZÇĞİÖŞÜ]", author_text):
        return None
    return chosen[0][0], author_text
