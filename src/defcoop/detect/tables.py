"""Tables that PDF-to-text flattened one cell per line, recovered into rows.

A caption line ("Tablo 2: ...", "Table 1. ...") opens a table; the header lines that follow
name the columns (words in ``lexicon/tables.yaml``); the body runs until a line too long to be
a cell. Header lines of one column name each open a table with no caption too (a report's
chronology: "Date / Event / Partner / Location"), titled by the short line above them. The
header repeated on a new page is dropped, and a line opening in lower case goes on with the
cell above it. A row is anchored on its date cell (one to three lines that read as a date and
nothing else); the lines before it are the name cell, those after it the remaining columns, up
to the last line that ends a sentence before the next row's name. A row broken by a page break
keeps the capitalized lines that open the next page as the rest of its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator

from defcoop.detect import lexicon
from defcoop.detect.dates import DateMention, parse_date
from defcoop.detect.events import section_kind
from defcoop.detect.spans import Span, tokens
from defcoop.textnorm import fold

_LINE_RE = re.compile(r"[^\n]+")
_URL_RE = re.compile(r"^(?:https?://|www\.)\S*$")


@dataclass(init=False)
class Line:
    """A non-blank line of the text, stripped, with its offsets and page."""

    text: str
    start: int
    end: int
    page: int

    def __init__(self, text: str, start: int, end: int, page: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.page = page


@dataclass(init=False)
class Cell(Line):
    """A table cell: the lines it spans, joined."""


@dataclass(init=False)
class TableRow:
    table: int                 # the table's number ("Tablo 2" -> 2), 0 when unnumbered
    row: int                   # 1-based
    kind: str | None
    caption: str
    cells: dict[str, Cell] = field(default_factory=dict)
    date: DateMention | None = None

    def __init__(self, table: int, row: int, kind: str | None, caption: str,
                 cells: dict[str, Cell] | None = None, date: DateMention | None = None) -> None:
        self.table = table
        self.row = row
        self.kind = kind
        self.caption = caption
        self.cells = cells if cells is not None else {}
        self.date = date


@dataclass(init=False)
class Table:
    number: int
    caption: str
    kind: str | None
    columns: list[str]
    start: int
    end: int
    rows: list[TableRow]

    def __init__(self, number: int, caption: str, kind: str | None, columns: list[str], start: int,
                 end: int, rows: list[TableRow]) -> None:
        self.number = number
        self.caption = caption
        self.kind = kind
        self.columns = columns
        self.start = start
        self.end = end
        self.rows = rows


@dataclass
class _Spec:
    caption: re.Pattern[str]
    role_of: dict[str, str]
    fillers: frozenset[str]
    max_chars: int
    anywhere: re.Pattern[str]
    min_prefix: int = 3
    by_length: tuple[tuple[str, str], ...] = ()
    words: tuple[str, ...] = ()   # the caption words, to skip a text without any at once


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    d = lexicon.load("tables")
    path = lexicon.lexicon_path("tables")
    caps = lexicon.strings(d.get("caption"), path, "caption")
    alt = "|".join(re.escape(c) for c in caps)
    role_of: dict[str, str] = {}
    for role, ws in (d.get("columns") or {}).items():
        for w in lexicon.strings(ws, path, f"columns.{role}"):
            role_of.setdefault(fold(w), str(role))
    fillers = frozenset(fold(w) for w in lexicon.strings(d.get("header_fillers"), path, "header_fillers"))
    return _Spec(re.compile(rf"^\s*(?:{alt})\s+(?P<num>\d+)\s*[:.]\s*(?P<title>.*\S)?\s*$"),
                 role_of, fillers, int(d.get("max_cell_chars", 48)),
                 re.compile(rf"^[^\S\n]*(?:{alt})[^\S\n]+\d+[^\S\n]*[:.]", re.M),
                 int(d.get("min_prefix", 3)),
                 tuple(sorted(role_of.items(), key=lambda kv: -len(kv[0]))), tuple(caps))


def max_cell_chars() -> int:
    """The longest line the table reader takes for a cell (``max_cell_chars``)."""
    return _spec().max_chars


def _role(word: str, spec: _Spec) -> str | None:
    role = spec.role_of.get(word)
    if role is not None:
        return role
    for known, r in spec.by_length:
        if len(known) >= spec.min_prefix and word.startswith(known) and len(word) - len(known) <= 4:
            return r
    return None


def _header_roles(line: str, spec: _Spec) -> list[str] | None:
    roles = _header_roles_of(line) if spec is _spec() else _header_roles_uncached(line, spec)
    return list(roles) if roles is not None else None


@lru_cache(maxsize=20_000)
def _header_roles_of(line: str) -> tuple[str, ...] | None:
    roles = _header_roles_uncached(line, _spec())
    return tuple(roles) if roles is not None else None


def _header_roles_uncached(line: str, spec: _Spec) -> list[str] | None:
    ws = [fold(w) for w in re.findall(r"\w+", line)]
    if not ws:
        return None
    roles: list[str] = []
    for w in ws:
        if w in spec.fillers:
            continue
        role = _role(w, spec)
        if role is None:
            return None
        roles.append(role)
    return roles


def _merge_roles(words_roles: list[str]) -> list[str]:
    """Column roles in order: "Tatbikat Adı Tarih" -> [name, date]."""
    out: list[str] = []
    for r in words_roles:
        if out and out[-1] == r:
            continue
        if out and r == "name" and out[-1] == "name":
            continue
        if r in out:
            continue
        out.append(r)
    return out


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?"))


def _lines_from(text: str, pos: int, page_of: Callable[[int], int]) -> Iterator[Line]:
    """The non-blank lines of ``text`` from ``pos`` on, made as they are read."""
    for m in _LINE_RE.finditer(text, pos):
        raw = m.group(0)
        stripped = raw.strip()
        if stripped:
            yield Line(stripped, m.start() + (len(raw) - len(raw.lstrip())),
                       m.start() + len(raw.rstrip()), page_of(m.start()))


def find_tables(text: str, page_of: Callable[[int], int],
                is_place: Callable[[str], bool] | None = None,
                is_force: Callable[[str], bool] | None = None,
                is_state: Callable[[str], bool] | None = None) -> list[Table]:
    """Every table of ``text`` with a recognizable header, recovered into rows: those a caption
    opens ("Tablo 2: ..."), then those whose header lines, one column name a line, open them
    with no caption (a report's "Chronology" section: "Date / Event / Partner / Location")."""
    spec = _spec()
    tables: list[Table] = []
    done = 0   # where the last table's lines end
    if any(w in text for w in spec.words):
        for found in spec.anywhere.finditer(text):
            if found.start() < done:
                continue
            lines = _lines_from(text, found.start(), page_of)
            first = next(lines, None)
            m = spec.caption.match(first.text) if first is not None else None
            if first is None or m is None:
                continue
            got = _table(first, first.text, int(m.group("num")), m.group("title") or "", lines,
                         spec, text, is_place, is_force, is_state)
            if got is not None:
                tables.append(got[0])
                done = got[1]
    captioned = [(t.start, t.end) for t in tables]
    done = 0
    for found in _header_start(spec).finditer(text):
        if found.start() < done or any(a <= found.start() <= b for a, b in captioned):
            continue
        at = _header_above(text, found.start(), spec)   # "No." / "Sıra" above "Tarih"
        lines = _lines_from(text, at, page_of)
        first = next(lines, None)
        if first is None:
            continue
        title, title_at = _title_before(text, at)
        got = _table(None, title, 0, title, _chain(first, lines), spec, text, is_place,
                     is_force, is_state, title_at)
        if got is not None:
            tables.append(got[0])
            done = got[1]
    return sorted(tables, key=lambda t: t.start)


def _chain(first: Line, rest: Iterator[Line]) -> Iterator[Line]:
    yield first
    yield from rest


@lru_cache(maxsize=1)
def _header_start_cached() -> re.Pattern[str]:
    return _header_start_of(_spec())


def _header_start(spec: _Spec) -> re.Pattern[str]:
    """A line that holds nothing but the word of a first column, name or date ("Date",
    "Tarih"): where a table with no caption may open."""
    return _header_start_cached() if spec is _spec() else _header_start_of(spec)


def _header_start_of(spec: _Spec) -> re.Pattern[str]:
    words = sorted((w for w, r in spec.role_of.items() if r in ("name", "date")), key=len,
                   reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^[^\S\n]*(?:{alt})[^\S\n]*$", re.M | re.I)


def _header_above(text: str, pos: int, spec: _Spec) -> int:
    """Where the header that the line at ``pos`` belongs to starts: the header lines just above
    it (a column of row numbers, "No.", before the date's) are the table's too."""
    while pos > 0:
        above = text[:pos].rstrip()
        at = above.rfind("\n") + 1
        line = above[at:].strip()
        if not line or _header_roles(line, spec) is None or at == pos:
            break
        pos = at
    return pos


def _title_before(text: str, pos: int) -> tuple[str, int | None]:
    """The line just above a table with no caption, and where it starts, when it reads as the
    table's title ("3. Chronology", "Chronology of selected events"): short, not a sentence;
    ("", None) otherwise."""
    above = text[:pos].rstrip()
    at = above.rfind("\n") + 1
    line = above[at:].strip()
    if not line or len(line) > _spec().max_chars or _ends_sentence(line):
        return "", None
    return line, at + (len(above[at:]) - len(above[at:].lstrip()))


# Header lines a table with no caption needs (one column name a line): fewer is a list, not a
# table's header. And rows: a header over one row and then prose is no table read whole.
MIN_BARE_HEADER = 3
MIN_BARE_ROWS = 2


def _table(first: Line | None, caption: str, number: int, title: str, lines: Iterator[Line],
           spec: _Spec, text: str, is_place: Callable[[str], bool] | None,
           is_force: Callable[[str], bool] | None,
           is_state: Callable[[str], bool] | None,
           title_at: int | None = None) -> tuple[Table, int] | None:
    """The table whose header comes next in ``lines`` (after its caption line ``first``, or
    opening it when there is none, under its title at ``title_at``), and where its lines end;
    None when there is no table."""
    header: list[Line] = []
    roles: list[str] = []
    after: Line | None = None
    for ln in lines:
        r = _header_roles(ln.text, spec)
        if r is None:
            after = ln
            break
        roles += r
        header.append(ln)
    columns = _merge_roles(roles)
    if "date" not in columns or "name" not in columns or (
            columns[0] != "name" and columns[:2] != ["date", "name"]):
        return None
    if first is None and (len(header) < MIN_BARE_HEADER
                          or any(len(_header_roles(h.text, spec) or ()) > 1 for h in header)):
        return None
    body: list[Line] = []
    stop: Line | None = None
    caption_word = caption.split()[0] if first is not None else ""
    next_caption = re.compile(rf"^{re.escape(caption_word)}\s+\d") if caption_word else None
    ln_next = after
    while ln_next is not None:
        ln = ln_next
        ln_next = next(lines, None)
        if _URL_RE.match(ln.text):
            continue
        if len(ln.text) > spec.max_chars or spec.caption.match(ln.text) or (
                next_caption is not None and ln.text.startswith(caption_word)
                and next_caption.match(ln.text)):
            stop = ln
            break
        body.append(ln)
    body = _without_header(body, header)
    if columns[0] == "date":
        body = _wrapped(body)
    kind = section_kind(title) or section_kind(" ".join(x.text for x in header))
    rows = (_grid_rows(header, body, spec, number, kind, caption)
            or _rows(body, columns, number, kind, caption, is_place, is_force, is_state))
    if not rows or (first is None and len(rows) < MIN_BARE_ROWS):
        return None
    start = first.start if first is not None else (
        title_at if title_at is not None else header[0].start)
    end = body[-1].end if body else header[-1].end
    done = text.rfind("\n", 0, stop.start) + 1 if stop is not None else len(text)
    return Table(number, caption, kind, columns, start, end, rows), done


def _without_header(body: list[Line], header: list[Line]) -> list[Line]:
    """The body without the header repeated where the table runs onto a new page."""
    names = [h.text for h in header]
    n = len(names)
    out: list[Line] = []
    i = 0
    while i < len(body):
        if n > 1 and [x.text for x in body[i:i + n]] == names:
            i += n
            continue
        out.append(body[i])
        i += 1
    return out


def _wrapped(body: list[Line]) -> list[Line]:
    """A cell's text wrapped onto the next line ("Defence Industry Cooperation Agreement /
    signed", "Syunik province / (Armenia)"): a line opening in lower case or with a bracket on
    the same page goes on with the line before (a column of states listed over lines, "Türkiye,
    Azerbaijan, / Georgia", is read by its column's reader). Only for a table whose rows open
    with their date, where each row's cells are short; a table of names first runs its longer
    purpose cells over many lines, which the row reader splits."""
    out: list[Line] = []
    for ln in body:
        prev = out[-1] if out else None
        if (prev is not None and (ln.text[:1].islower() or ln.text[:1] == "(")
                and prev.page == ln.page and not _ends_sentence(prev.text)):
            out[-1] = Line(f"{prev.text} {ln.text}", prev.start, ln.end, prev.page)
            continue
        out.append(ln)
    return out


def is_caption(text: str) -> bool:
    """Whether ``text`` is a table's caption line ("Tablo 1. Seçilmiş olaylar ...")."""
    return _spec().caption.match(text) is not None


def _row_number(body: list[Line], i: int, numbers: set[int]) -> int | None:
    """The row number at line ``i`` of a numbered table, before the row's date: 1 before a date
    told to the day, then each number after the one before it."""
    text = body[i].text.strip().rstrip(".")
    if not text.isdigit() or len(text) > 3 or i + 1 >= len(body):
        return None
    k = int(text)
    nxt = _parse_cell(body[i + 1].text)
    if nxt is None or (k - 1 not in numbers and not (k == 1 and nxt.precision == "day")):
        return None
    return k


def _date_at(body: list[Line], i: int) -> tuple[int, DateMention] | None:
    for n in (3, 2, 1):
        if i + n > len(body):
            continue
        dm = _parse_cell(" ".join(x.text for x in body[i:i + n]))
        if dm is not None:
            return n, DateMention(dm.start, dm.end, dm.precision, dm.role, dm.begin, dm.stop,
                                  dm.text, dm.qualifier, dm.weak, dm.year_missing)   # a copy
    return None


@lru_cache(maxsize=20_000)
def _parse_cell(text: str) -> DateMention | None:
    """A table cell's date, memoized by the cell's text (callers get copies)."""
    return parse_date(text)


def _join(lines: list[Line]) -> str:
    out = ""
    for x in lines:
        if out and not (out.endswith("-") and x.text[:1].isdigit()):
            out += " "
        out += x.text
    return out


def _cell(lines: list[Line]) -> Cell | None:
    if not lines:
        return None
    return Cell(_join(lines), lines[0].start, lines[-1].end, lines[0].page)


def _rows(body: list[Line], columns: list[str], number: int, kind: str | None, caption: str,
          is_place: Callable[[str], bool] | None,
          is_force: Callable[[str], bool] | None,
          is_state: Callable[[str], bool] | None = None) -> list[TableRow]:
    anchors: list[tuple[int, int, DateMention]] = []
    i = 0
    last_end = 0 if columns[0] == "name" else -1   # a name first, or the date opening the row
    numbers: set[int] = set()   # the rows' numbers of a "No." column seen so far
    while i < len(body):
        row_no = _row_number(body, i, numbers)
        if row_no is not None:
            numbers.add(row_no)   # "3 / June 2025": the third row, not the 3rd of June
            i += 1
            continue
        hit = _date_at(body, i)
        if hit is None or i == last_end:
            i += 1
            continue
        n, dm = hit
        if dm.weak and _date_at(body, i + 1) is not None:
            i += 1
            continue  # a year that ends a name: "Anadolu Yıldızı 2024" / "Haziran 2024"
        anchors.append((i, i + n, dm))
        last_end = i + n
        i += n
    if columns[0] == "date":
        return _date_first_rows(body, anchors, columns, number, kind, caption, is_place, is_force,
                                is_state)
    rows: list[TableRow] = []
    name_start = 0
    tail_roles = columns[columns.index("date") + 1:]
    for r, (ds, de, dm) in enumerate(anchors):
        nxt = anchors[r + 1][0] if r + 1 < len(anchors) else len(body)
        segment = body[de:nxt]
        if r + 1 < len(anchors):
            boundary = max((x + 1 for x, ln in enumerate(segment) if _ends_sentence(ln.text)), default=None)
            if boundary is None:
                boundary = _recognized_tail(segment, tail_roles, is_place, is_force)
        else:
            boundary = len(segment)
        tail = segment[:boundary]
        name_lines = body[name_start:ds]
        extra_name: list[Line] = []
        for x in range(1, len(tail)):
            if tail[x].page != tail[x - 1].page:
                y = x
                while y < len(tail) and tail[y].text[:1].isupper() and not _ends_sentence(tail[y].text):
                    y += 1
                if y < len(tail):
                    extra_name = tail[x:y]
                    tail = tail[:x] + tail[y:]
                break
        row = TableRow(number, r + 1, kind, caption)
        name = _cell(name_lines + extra_name)
        if name is None:
            name_start = de + boundary
            continue
        row.cells["name"] = name
        date_cell = _cell(body[ds:de])
        assert date_cell is not None
        row.cells["date"] = date_cell
        row.date = dm
        _assign_tail(row, tail, tail_roles, is_place, is_force, is_state)
        rows.append(row)
        name_start = de + boundary
    return rows


def _grid_rows(header: list[Line], body: list[Line], spec: _Spec, number: int,
               kind: str | None, caption: str) -> list[TableRow]:
    """Rows of a table whose every cell is one line and whose header has one line per column
    (a word processor's table: "No. | Activity | Date | Venue | Participants | Status"), when
    the body is whole rows and every row's date cell reads as a date; none otherwise."""
    roles: list[str | None] = []
    for h in header:
        found = _header_roles(h.text, spec)
        roles.append(found[0] if found else None)   # "No.": a column of no role
    width = len(roles)
    if width < 3 or "name" not in roles or "date" not in roles or len(body) < width:
        return []
    name_at, date_at = roles.index("name"), roles.index("date")
    rows: list[TableRow] = []
    for r in range(len(body) // width):   # a short line or two after the last row end the body
        cells = body[r * width:(r + 1) * width]
        if any(c.page != cells[0].page for c in cells):
            return []
        dm = _parse_cell(cells[date_at].text)
        if dm is None:
            return []
        row = TableRow(number, r + 1, kind, caption)
        for role, line in zip(roles, cells):
            if role is not None:
                cell = _cell([line])
                if cell is not None:
                    row.cells[role] = cell
        row.date = DateMention(dm.start, dm.end, dm.precision, dm.role, dm.begin, dm.stop,
                               dm.text, dm.qualifier, dm.weak, dm.year_missing)
        if "name" in row.cells and cells[name_at].text.strip():
            rows.append(row)
    return rows


def _date_first_rows(body: list[Line], anchors: list[tuple[int, int, DateMention]],
                     columns: list[str], number: int, kind: str | None, caption: str,
                     is_place: Callable[[str], bool] | None,
                     is_force: Callable[[str], bool] | None,
                     is_state: Callable[[str], bool] | None) -> list[TableRow]:
    """Rows of a table whose first column is the date ("Tarih | Faaliyet | Yer | Durum"): each
    date cell opens its row, the line after it is the name, the lines up to the next date the
    remaining columns."""
    rows: list[TableRow] = []
    for r, (ds, de, dm) in enumerate(anchors):
        nxt = anchors[r + 1][0] if r + 1 < len(anchors) else len(body)
        segment = body[de:nxt]
        # the event cell runs over the lines the other cells, one line each, leave it
        told = _told_over(segment)
        name = _cell(segment[:told])
        date_cell = _cell(body[ds:de])
        if name is None or date_cell is None:
            continue
        row = TableRow(number, r + 1, kind, caption)
        row.cells["name"] = name
        row.cells["date"] = date_cell
        row.date = dm
        _assign_tail(row, segment[told:], columns[2:], is_place, is_force, is_state)
        rows.append(row)
    return rows


# Lines a chronology's event cell may run over ("Oş'ta ... Caparov ve / Mirziyoyev tarafından
# imzalandı.").
TOLD_LINES = 4


def _told_over(segment: list[Line]) -> int:
    """How many lines the event cell after a date takes: one, or those of a sentence that runs
    over up to ``TOLD_LINES`` lines and ends there."""
    if not segment or _ends_sentence(segment[0].text):
        return 1
    for n in range(2, min(TOLD_LINES, len(segment)) + 1):
        if _ends_sentence(segment[n - 1].text):
            return n
    return 1


def _covered(text: str, pred: Callable[[str], bool] | None) -> bool:
    return bool(pred and pred(text))


def _recognized_tail(segment: list[Line], roles: list[str], is_place: Callable[[str], bool] | None,
                     is_force: Callable[[str], bool] | None) -> int:
    x = 0
    for role in roles:
        pred = is_place if role == "place" else is_force if role == "forces" else None
        if pred is None:
            break
        while x < len(segment) and _covered(segment[x].text, pred):
            x += 1
    return x


def _assign_tail(row: TableRow, tail: list[Line], roles: list[str],
                 is_place: Callable[[str], bool] | None, is_force: Callable[[str], bool] | None,
                 is_state: Callable[[str], bool] | None = None) -> None:
    x = 0
    for k, role in enumerate(roles):
        if x >= len(tail):
            break
        got: list[Line] = []
        if role == "place":
            parties_next = "parties" in roles[k + 1:]
            while x < len(tail) and (_covered(tail[x].text, is_place) or (
                    not got and is_place is None and tail[x].text[:1].isupper())):
                if got and parties_next and _covered(tail[x].text, is_state) \
                        and not got[-1].text.rstrip().endswith(","):
                    break  # the states of the next column, not the place's country
                got.append(tail[x])
                x += 1
        elif role == "forces":
            while x < len(tail) and _covered(tail[x].text, is_force):
                got.append(tail[x])
                x += 1
        elif role == "parties":
            while x < len(tail) and tail[x].text[:1].isupper() and not _ends_sentence(tail[x].text) and (
                    not got or got[-1].text.rstrip().endswith((",", "ve", "and", "-", "–"))
                    or len(got) < 1):
                got.append(tail[x])
                x += 1
        else:
            while x < len(tail):
                got.append(tail[x])
                x += 1
                if _ends_sentence(got[-1].text):
                    break
        cell = _cell(got)
        if cell is not None:
            row.cells[role] = cell


def row_spans(tables: list[Table]) -> list[Span]:
    """The text spans of every table, for keeping table lines out of prose sentences."""
    return [Span("table", t.number, t.start, t.end, t.caption) for t in tables]


__all__ = ["Cell", "Table", "TableRow", "find_tables", "is_caption", "max_cell_chars", "row_spans",
           "tokens"]


@lru_cache(maxsize=4096)
def planned_caption(caption: str) -> bool:
    """Whether a table's caption says its activities are still to come ("... planlanan başlıca
    faaliyetler", "Upcoming events") and nothing of what was done (``done_caption_words``)."""
    if not planned_status(caption):
        return False
    d = lexicon.load("tables")
    done = [fold(w) for w in lexicon.strings(d.get("done_caption_words"),
                                             lexicon.lexicon_path("tables"), "done_caption_words")]
    padded = f" {fold(' '.join(caption.split()))} "
    return not any(f" {w} " in padded for w in done)


def planned_status(cell: str) -> bool:
    """Whether a status cell says the row's event is still to come or was called off
    (``planned_status`` in ``lexicon/tables.yaml``: "Planlanıyor", "Planned")."""
    d = lexicon.load("tables")
    words = {fold(w) for w in lexicon.strings(d.get("planned_status"), lexicon.lexicon_path("tables"),
                                              "planned_status")}
    folded = fold(" ".join(cell.split()).strip(" ."))
    # "Aktau açıkları Planlanıyor": a place cell not recognized runs into the status, and so may
    # the next row's cells or a heading after the table ("Upcoming Q4 2025 ... Expected")
    padded = f" {folded} "
    return any(f" {w} " in padded for w in words)
