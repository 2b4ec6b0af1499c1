"""Fields of one reference entry: authors, year, title, container, volume, issue, pages,
publisher, place, editors, URL, DOI, access date and a type guess.

Turkish and English conventions are both read: "Family, I. (2020), Title, Journal, 9(1),
88-106." as well as APA's "Family, I. (2020). Title. Journal, 9(1), 88-106.
https://doi.org/...". Values are kept as printed; what cannot be read is left None and
noted in ``problems`` when it makes the entry malformed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from defcoop.detect.citations import Lexicon
from defcoop.textnorm import ascii_fold, fold

if TYPE_CHECKING:  # pragma: no cover
    from defcoop.audit.references import Reference

__all__ = ["parse_entry", "split_authors", "parse_date"]

_UPPER = "A-ZÇĞİÖŞÜÂÎÛÄËÏÜÁÉÍÓÚÀÈÌÒÙÑ"
_LOWER = "a-zçğıöşüâîûäëïüáéíóúàèìòùñ"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DASH = "-–—‐"
_PAGES = rf"\d+\s*[{_DASH}]\s*\d+"
_URL_RE = re.compile(r"/?(?:https?://|www\.)\S+")
_DOI_RE = re.compile(r"(?:doi:\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/\S+)", re.I)
_INITIALS = rf"(?:[{_UPPER}][{_LOWER}]?\.[\s\-]*)+"
_PERSON = re.compile(rf"(?P<family>[^,&;()]+?),\s*(?P<initials>{_INITIALS})")


def parse_date(text: str, lex: Lexicon) -> str | None:
    """'15.12.2024', '15/12/2024', '2024-12-15', '15 Aralık 2024', 'December 15, 2024' -> ISO."""
    t = text.strip()
    m = re.search(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", t)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return m.group(0)
    m = re.search(r"\b(\d{1,2})\s+([^\W\d]+)\.?,?\s+(\d{4})\b", t)
    if m and fold(m.group(2)) in lex.months:
        return f"{int(m.group(3)):04d}-{lex.months[fold(m.group(2))]:02d}-{int(m.group(1)):02d}"
    m = re.search(r"\b([^\W\d]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b", t)
    if m and fold(m.group(1)) in lex.months:
        return f"{int(m.group(3)):04d}-{lex.months[fold(m.group(1))]:02d}-{int(m.group(2)):02d}"
    return None


def split_authors(text: str, lex: Lexicon) -> list[str]:
    """'Aydın, A., & Kaya, S. G.' -> ['Aydın, A.', 'Kaya, S. G.']; an institution stays whole."""
    t = text.strip().rstrip(",").strip()
    if not t:
        return []
    people = [f"{m.group('family').strip(' ,&').strip()}, {m.group('initials').strip()}"
              for m in _PERSON.finditer(t)]
    people = [re.sub(r"^(?:&|and|ve)\s+", "", p) for p in people]
    rest = _PERSON.sub("", t)
    rest = re.sub(r"\b(?:and|ve|et al\.?|vd\.?)\b|&|,|\.\.\.", " ", rest).strip()
    if people and not rest:
        return people
    # full given names or an institution
    ands = "|".join(re.escape(w) for w in lex["and_words"] if w != "&")
    pieces = [p.strip(" ,.") for p in re.split(rf"\s*&\s*|\s+(?:{ands})\s+", t) if p.strip(" ,.")]
    if len(pieces) > 1 and all(re.match(rf"^[^,]+,\s*[{_UPPER}]", p) for p in pieces):
        return pieces
    return [t.rstrip(".").strip()]


def _strip_spans(text: str, spans: list[tuple[int, int]]) -> str:
    out = []
    last = 0
    for s, e in sorted(spans):
        if s < last:
            continue
        out.append(text[last:s])
        last = e
    out.append(text[last:])
    return "".join(out)


def _clean_piece(text: str | None) -> str | None:
    if text is None:
        return None
    t = re.sub(r"\s+", " ", text).strip(" ,.;")
    t = re.sub(r"\s*\(\s*\)\s*", " ", t).strip(" ,.;")
    return t or None


def _title_case(segment: str) -> bool:
    words = [w for w in re.split(r"\s+", segment.strip()) if w]
    if not words or len(words) > 5:
        return False
    small = {"ve", "and", "of", "the", "de", "da", "für", "ile", "&"}
    return all(w[0].isupper() or w[0].isdigit() or fold(w) in small for w in words)


def _split_last(text: str) -> tuple[str, str | None]:
    """Split 'Title, Container' / 'Title. Container' at the last separator before the container."""
    t = text.strip(" ,.")
    comma = t.rfind(", ")
    for m in reversed(list(re.finditer(r"[.?!]\s+(?=\S)", t))):
        before = t[:m.start()].split()
        last_word = before[-1] if before else ""
        if m.group(0)[0] == "." and (len(last_word) <= 3 or re.match(r"^[IVX]+$", last_word)):
            continue  # "I. Karabağ", "Int. J." and initials do not end a title
        cut = m.start() + 1
        if cut > comma:
            return t[:cut].strip(), t[m.end():].strip()
        break
    if comma >= 0:
        return t[:comma].strip(), t[comma + 2:].strip()
    return t, None


def _year_split(ref: Reference, raw: str) -> tuple[str, str] | None:
    """Find the year: set it on ``ref`` and return (authors text, text after the year)."""
    m = re.search(rf"\(\s*(?P<year>{_YEAR})(?P<suffix>[a-z])?(?:,\s*[^()\d,]{{3,12}}\.?"
                  rf"(?:\s+\d{{1,2}}(?:\s*[{_DASH}]\s*\d{{1,2}})?)?)?\s*(?P<close>\))", raw)
    if m is None or m.start() >= 200:  # "(2023, June 2)" above; "(2023)" / "(2023" here
        m = re.search(rf"\(\s*(?P<year>{_YEAR})(?P<suffix>[a-z])?\s*(?P<close>[),.;])?", raw)
    if m and m.start() < 200:
        ref.year = int(m.group("year"))
        ref.year_suffix = m.group("suffix") or ""
        rest = raw[m.end():]
        if m.group("close") != ")":
            ref.problems.append("the year's parenthesis is not closed")
            if m.group("close"):
                rest = m.group("close") + rest
        return raw[:m.start()], rest.lstrip(" .,:;)")
    m = re.search(r"\(\s*(?:t\.\s?y\.|n\.\s?d\.)\s*\)", raw)
    if m and m.start() < 200:
        return raw[:m.start()], raw[m.end():].lstrip(" .,:;")
    m = re.search(rf"(?<=[.,])\s+(?P<year>{_YEAR})(?P<suffix>[a-z])?[.,]\s", raw)
    if m and m.start() < 200:
        ref.year = int(m.group("year"))
        ref.year_suffix = m.group("suffix") or ""
        return raw[:m.start()], raw[m.end():]
    return None


def parse_entry(ref: Reference, lex: Lexicon) -> None:
    """Fill the fields of ``ref`` from ``ref.raw``."""
    raw = ref.raw
    split = _year_split(ref, raw)
    if split is None:
        ref.problems.append("no year")
        m = re.match(r"^(.{1,80}?[.])\s", raw)
        head, rest = (m.group(1), raw[m.end():]) if m else ("", raw)
    else:
        head, rest = split
    head = head.strip().rstrip(",")
    ref.authors = split_authors(head, lex) if head else []
    if not ref.authors:
        ref.problems.append("no author")

    spans: list[tuple[int, int]] = []
    # access date: "(Erişim Tarihi: 15.12.2024)", "Retrieved December 15, 2024, from"
    markers = "|".join(re.escape(w) for w in sorted(lex["accessed_markers"], key=len, reverse=True))
    am = re.search(rf"\(?\s*(?:{markers})\s*:?\s*(?:on\s+)?(?P<date>[^()]{{4,40}}?)\s*"
                   r"(?:\)|,\s*from\b|$|(?=\s*https?://))", rest)
    if am:
        ref.accessed = parse_date(am.group("date"), lex)
        spans.append((am.start(), am.end()))
    dm = _DOI_RE.search(rest)
    if dm:
        ref.doi = dm.group(1).rstrip(".,;)")
        spans.append((dm.start(), dm.end()))
    for um in _URL_RE.finditer(rest):
        if dm and um.start() <= dm.start() < um.end():
            continue
        url, end = _url_with_continuation(rest, um)
        if ref.url is None:
            ref.url = url
        spans.append((um.start(), end))
    core = _strip_spans(rest, spans)
    core = re.sub(r"\s+", " ", core).strip(" ,.;")
    _parse_core(ref, core, lex)
    _check(ref)


def _url_with_continuation(text: str, m: re.Match[str]) -> tuple[str, int]:
    url = m.group(0)
    end = m.end()
    if not re.search(r"[.,;)]$", url):
        nxt = re.match(r"\s+([^\s(]+)", text[end:])
        if nxt and re.search(r"[/_=?&#%]|\.(?:pdf|html?|php|aspx?)\b", nxt.group(1)) \
                and not re.match(r"^\d{1,2}[./]\d{1,2}[./]\d{4}", nxt.group(1)):
            url += nxt.group(1)
            end += nxt.end()
    return url.rstrip(".,;)"), end


def _parse_core(ref: Reference, core: str, lex: Lexicon) -> None:
    thesis = next((w for w in lex["thesis_words"] if w in core), None)
    editor = next((w for w in sorted(lex["editor_markers"], key=len, reverse=True) if w in core),
                  None)
    if editor:
        _parse_chapter(ref, core, editor, lex)
    elif thesis:
        _parse_thesis(ref, core, thesis)
    else:
        _parse_other(ref, core, lex)
    ref.type = _guess_type(ref, core, lex, thesis is not None, editor is not None)


def _parse_thesis(ref: Reference, core: str, word: str) -> None:
    before, _, after = core.partition(word)
    bracket = re.search(r"\[([^\]]*)$", before)
    if bracket:  # APA: Title [Master's thesis, University]. Database.
        ref.title = _clean_piece(before[:bracket.start()])
        inside = after.split("]", 1)
        ref.container = _clean_piece(inside[0])
        return
    ref.title = _clean_piece(before)
    segments = [s.strip() for s in after.strip(" ,.").split(",") if s.strip()]
    if len(segments) >= 2 and len(segments[-1].split()) <= 2:
        ref.place = _clean_piece(segments[-1])
        segments = segments[:-1]
    ref.container = _clean_piece(", ".join(segments)) if segments else None


def _parse_chapter(ref: Reference, core: str, marker: str, lex: Lexicon) -> None:
    before, _, after = core.partition(marker)
    in_words = "|".join(re.escape(w) for w in lex["in_words"])
    im = list(re.finditer(rf"(?:^|[.,]\s+)(?:{in_words})\s+", before))
    if im:  # APA: Title. In A. Editor & B. Editor (Eds.), Book
        ref.title = _clean_piece(before[:im[-1].start()])
        eds = before[im[-1].end():]
        ref.editors = [e.strip(" ,.") for e in re.split(r"\s*&\s*|,\s*|\s+and\s+|\s+ve\s+", eds)
                       if e.strip(" ,.")]
    else:  # Turkish: Title, Family, I., & Family, I. (Ed.), Book
        people = list(re.finditer(rf"(?:^|,\s*)(?:&\s*)?[^,&]+?,\s*{_INITIALS}\s*,?\s*", before))
        first = None
        for pm in people:
            tail = before[pm.start():]
            if re.fullmatch(rf"(?:,?\s*&?\s*[^,&]+?,\s*{_INITIALS}\s*,?\s*)+", tail):
                first = pm
                break
        if first is not None:
            ref.title = _clean_piece(before[:first.start()])
            ref.editors = split_authors(before[first.start():].strip(" ,"), lex)
        else:
            ref.title = _clean_piece(before)
    pages_m = re.search(rf"\(\s*(?:{_page_markers(lex)})\s*(?P<pages>{_PAGES})\s*\)", after)
    if pages_m:
        ref.pages = re.sub(rf"\s*[{_DASH}]\s*", "-", pages_m.group("pages"))
        ref.container = _clean_piece(after[:pages_m.start()])
        _publisher(ref, after[pages_m.end():], lex)
    else:
        book, _, pub = after.strip(" ,.").partition(". ")
        ref.container = _clean_piece(book)
        _publisher(ref, pub, lex)


def _page_markers(lex: Lexicon) -> str:
    return "|".join(re.escape(w) for w in sorted(lex["page_markers"], key=len, reverse=True))


def _publisher(ref: Reference, text: str, lex: Lexicon) -> None:
    t = text.strip(" ,.")
    if not t:
        return
    m = re.match(r"^([^:,]{2,40}):\s*(.+)$", t)
    if m:
        ref.place, ref.publisher = _clean_piece(m.group(1)), _clean_piece(m.group(2))
    else:
        ref.publisher = _clean_piece(t)


def _parse_other(ref: Reference, core: str, lex: Lexicon) -> None:
    # journal-like tail: "Journal, 9(1), 88-106" / "Journal, (72), 47-67" / "Book, 385-400"
    vm = re.search(rf"(?:,|\.)?\s*(?P<vol>\d+)?\s*\((?P<iss>[\w\-/ ]{{1,12}})\)\s*"
                   rf"(?:,\s*(?:{_page_markers(lex)})?\s*(?P<pages>{_PAGES}|\d+))?\s*$", core)
    pm = re.search(rf",\s*(?:{_page_markers(lex)})?\s*(?P<pages>{_PAGES})\s*$", core)
    vol_only = re.search(rf",\s*(?P<vol>\d+)\s*,\s*(?:{_page_markers(lex)})?\s*"
                         rf"(?P<pages>{_PAGES})\s*$", core)
    words = _marked_volume(core, lex)
    if words is not None:
        head, ref.volume, ref.issue, pages = words
        ref.pages = re.sub(rf"\s*[{_DASH}]\s*", "-", pages) if pages else None
        ref.title, ref.container = _split_last(head)
    elif vm and (vm.group("vol") or vm.group("pages")):
        ref.volume = vm.group("vol")
        ref.issue = vm.group("iss").strip()
        if vm.group("pages"):
            ref.pages = re.sub(rf"\s*[{_DASH}]\s*", "-", vm.group("pages"))
        head = core[:vm.start()]
        ref.title, ref.container = _split_last(head)
    elif vol_only:
        ref.volume = vol_only.group("vol")
        ref.pages = re.sub(rf"\s*[{_DASH}]\s*", "-", vol_only.group("pages"))
        ref.title, ref.container = _split_last(core[:vol_only.start()])
    elif pm:
        ref.pages = re.sub(rf"\s*[{_DASH}]\s*", "-", pm.group("pages"))
        ref.title, ref.container = _split_last(core[:pm.start()])
    else:
        _parse_untyped(ref, core, lex)
    ref.title = _clean_piece(ref.title)
    ref.container = _clean_piece(ref.container)


def _marked_volume(core: str,
                   lex: Lexicon) -> tuple[str, str | None, str | None, str | None] | None:
    """'…, Cilt 3, Sayı 2, s. 1-20' / '…, Vol. 12, No. 3, pp. 45-67': (head, vol, issue, pages)."""
    def alt(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(lex[key], key=len, reverse=True))

    m = re.search(rf"[,.]\s*(?:{alt('volume_markers')})\s*(?P<vol>\d+)"
                  rf"(?:\s*,?\s*(?:(?:{alt('issue_markers')})\s*(?P<iss>[\w\-/]+)|"
                  rf"\((?P<iss2>[\w\-/]+)\)))?"
                  rf"(?:\s*,\s*(?:{_page_markers(lex)})?\s*(?P<pages>{_PAGES}|\d+))?\s*$", core)
    if not m:
        return None
    return core[:m.start()], m.group("vol"), m.group("iss") or m.group("iss2"), m.group("pages")


def _parse_untyped(ref: Reference, core: str, lex: Lexicon) -> None:
    """Books and web pages: 'Title, Publisher', 'Title? Site', 'Title, Site', 'Title'."""
    t = core.strip(" ,.")
    if not t:
        return
    # "Place: Publisher" at the end → a book
    pub_words = set(lex["publisher_words"])
    segments = re.split(r"(?<=[?!])\s+|,\s+|(?<=[a-zçğıöşü)])\.\s+(?=[A-ZÇĞİÖŞÜ])", t)
    if len(segments) >= 2:
        last = segments[-1].strip(" ,.")
        placed = re.match(r"^([^:]{2,30}):\s*(.+)$", last)
        if placed and ref.url is None:
            ref.place, ref.publisher = placed.group(1).strip(), placed.group(2).strip()
            ref.title = t[:t.rfind(segments[-1])].strip(" ,.")
            return
        named = any(w in last.split() or last.endswith(w) for w in pub_words)
        if (named or _title_case(last)) and len(last) <= 60:
            # a printed work ends with its publisher; a web page with its site
            if ref.url is None:
                ref.publisher = last
            else:
                ref.container = last
            ref.title = t[:t.rfind(segments[-1])].strip(" ,.")
            return
    ref.title = t


def _guess_type(ref: Reference, core: str, lex: Lexicon, thesis: bool, chapter: bool) -> str:
    if thesis:
        return "thesis"
    if chapter:
        return "chapter"
    container = ref.container or ""
    if any(w in container for w in lex["proceedings_words"]):
        return "proceedings"
    if ref.volume or ref.issue or (ref.pages and container):
        return "article"
    if ref.publisher and not ref.url:
        return "book"
    if ref.url:
        return "web"
    return "other"


def _check(ref: Reference) -> None:
    raw = ref.raw
    if ref.title is None:
        ref.problems.append("no title")
    for open_c, close_c in ("()", "[]"):
        if raw.count(open_c) != raw.count(close_c) and \
                "the year's parenthesis is not closed" not in ref.problems:
            ref.problems.append(f"unbalanced '{open_c}{close_c}'")
    if ref.url and not re.match(r"^(?:https?://|www\.)", ref.url):
        ref.problems.append(f"the URL does not start with http:// or https:// ({ref.url[:30]}…)")
    if re.match(r"^[^()]{1,120},\s*\(\s*\d{4}", raw) and ref.authors and "," not in ref.authors[0]:
        ref.problems.append("a comma stands between the author and the year")
    _check_url(ref)


def _site_label(url: str) -> str | None:
    m = re.match(r"^/?(?:https?://)?(?:www\.)?([^/?#]+)", url)
    if not m:
        return None
    labels = m.group(1).lower().split(".")
    # the registrable name: "qha" in "www.qha.com.tr", "example" in "news.example.com"
    generic = {"com", "org", "net", "gov", "edu", "ac", "co", "tr", "uk", "az", "info", "int"}
    named = [x for x in labels if x not in generic]
    return named[-1] if named else None


def _check_url(ref: Reference) -> None:
    """An entry that contradicts its own URL: the site's name or the year differs."""
    if not ref.url:
        return
    from defcoop.audit.matching import levenshtein  # local: matching imports this module's users
    site = _site_label(ref.url)
    if site and len(ref.authors) == 1 and "," not in ref.authors[0]:
        author = re.sub(r"[^\w]", "", ascii_fold(ref.authors[0]))
        if len(author) >= 3 and len(site) == len(author) and levenshtein(author, site) == 1:
            ref.problems.append(f"the author “{ref.authors[0]}” differs by one letter from the "
                                f"site of the URL ({site})")
    if ref.year is not None:
        path = re.sub(r"^/?(?:https?://)?[^/]+", "", ref.url)
        in_url = {int(y) for y in re.findall(r"(?<![\dA-Za-z])((?:19|20)\d\d)(?![\dA-Za-z])", path)}
        in_title = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", ref.title or "")}
        stray = sorted(y for y in in_url if y != ref.year and y not in in_title)
        if stray:
            ref.problems.append(f"the URL names the year {stray[0]} while the entry gives "
                                f"{ref.year}")
