"""The text of a Word .docx file (python-docx): paragraphs and table cells in document order.

Each paragraph and each table cell gives a line. Pages: when the file carries the page
breaks Word rendered when it last laid the document out (``w:lastRenderedPageBreak``),
those give the pages; otherwise explicit breaks do (page-break runs, "page break before"
paragraphs and section breaks that start a new page). Deleted tracked changes, field
codes, headers, footers, footnotes and comments are left out.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from defcoop.errors import InputError
from defcoop.read.language import detect_language
from defcoop.read.normalize import normalize_extracted

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_NEW_PAGE_SECTIONS = {"nextPage", "oddPage", "evenPage"}
_OFF = {"0", "false", "off"}


class _Builder:
    """Collects text with two kinds of page-break offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.tables = 0
        self.last_line = ""   # the last paragraph's text: a table's caption is made of it
        self.in_table = 0     # how deep in tables: a cell's paragraphs are lines, not blocks
        self.explicit: list[int] = []
        self.rendered: list[int] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def table(self) -> None:
        """Open a table as a printed table's text layer shows it: a caption "Table N. <the
        paragraph above it>" ("Tablo N." when the text before it is Turkish) on a line of its
        own (as for Markdown tables), then one cell per line, so that the table reader finds its
        rows; a caption already numbered is kept."""
        self.tables += 1
        above = " ".join(self.last_line.split())
        if not _NUMBERED_CAPTION.match(above):
            word = "Tablo" if detect_language("".join(self.parts)) == "tr" else "Table"
            self.add(f"{word} {self.tables}. {above}".rstrip() + "\n")

    def pages(self) -> list[str]:
        text = "".join(self.parts)
        breaks = self.rendered or self.explicit
        cuts = sorted({b for b in breaks if 0 < b < len(text)})
        bounds = [0, *cuts, len(text)]
        return [text[a:b] for a, b in zip(bounds, bounds[1:])]


# A caption that already numbers its table ("Tablo 2: ...", "Table 3."), in the caption words
# of the table reader (``lexicon/tables.yaml``).
_NUMBERED_CAPTION = re.compile(r"^(?:Tablo|Table|Çizelge|Cədvəl)\s+\d")


def _short_cells(table: Any) -> bool:
    """Whether every cell of ``table`` is short enough for the table reader (its
    ``max_cell_chars``): a table with longer cells (a column of descriptions in sentences) is
    read as the lines it gives."""
    from defcoop.detect.tables import max_cell_chars
    limit = max_cell_chars()
    for cell in table.iter(W + "tc"):
        if len("".join(t.text or "" for t in cell.iter(W + "t"))) > limit:
            return False
    return True


def _attr(el: Any, name: str) -> str | None:
    value = el.get(W + name)
    return str(value) if value is not None else None


def _section_breaks(body: Any) -> set[Any]:
    """Paragraphs after which a section break starts a new page."""
    ends = [p for p in body.iter(W + "p") if p.find(f"{W}pPr/{W}sectPr") is not None]
    sects = [p.find(f"{W}pPr/{W}sectPr") for p in ends]
    final = body.find(W + "sectPr")
    following = [*sects[1:], final]
    result: set[Any] = set()
    for para, nxt in zip(ends, following):
        kind = None
        if nxt is not None:
            t = nxt.find(W + "type")
            kind = _attr(t, "val") if t is not None else None
        if kind is None or kind in _NEW_PAGE_SECTIONS:
            result.add(para)
    return result


def _paragraph(p: Any, out: _Builder, section_ends: set[Any]) -> None:
    first = len(out.parts)
    ppr = p.find(W + "pPr")
    if ppr is not None:
        pbb = ppr.find(W + "pageBreakBefore")
        if pbb is not None and (_attr(pbb, "val") or "true") not in _OFF:
            out.explicit.append(out.size)
    has_fallback = next(p.iter(MC_FALLBACK), None) is not None
    for el in p.iter(W + "t", W + "tab", W + "br", W + "cr", W + "lastRenderedPageBreak",
                     W + "noBreakHyphen"):
        if has_fallback and next(el.iterancestors(MC_FALLBACK), None) is not None:
            continue  # a text box's legacy copy; its modern copy is read instead
        tag = el.tag
        if tag == W + "t":
            out.add(el.text or "")
        elif tag == W + "tab":
            if el.getparent() is not None and el.getparent().tag == W + "r":
                out.add("\t")
        elif tag == W + "noBreakHyphen":
            out.add("-")
        elif tag == W + "lastRenderedPageBreak":
            out.rendered.append(out.size)
        elif tag == W + "br" and _attr(el, "type") == "page":
            out.explicit.append(out.size)
        elif tag in (W + "br", W + "cr"):
            out.add("\n")
    out.add("\n" if out.in_table else "\n\n")   # a paragraph is a block of its own
    text = "".join(out.parts[first:]).strip()
    if text:
        out.last_line = text.rsplit("\n", 1)[-1]
    if p in section_ends:
        out.explicit.append(out.size)


def _blocks(container: Any, out: _Builder, section_ends: set[Any]) -> None:
    for child in container.iterchildren():
        tag = child.tag
        if tag == W + "p":
            _paragraph(child, out, section_ends)
        elif tag == W + "tbl":
            if _short_cells(child):
                out.table()
            out.in_table += 1
            for row in child.iterchildren(W + "tr"):
                for cell in row.iterchildren(W + "tc"):
                    _blocks(cell, out, section_ends)
            out.in_table -= 1
            out.add("\n")   # a blank line closes the table
            out.last_line = ""
        elif tag in (W + "sdt", W + "customXml", W + "ins", W + "smartTag"):
            content = child.find(W + "sdtContent") if tag == W + "sdt" else child
            if content is not None:
                _blocks(content, out, section_ends)


def _check_package(path: str, data: bytes, max_unpacked: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(path, "the .docx file is corrupt: it is not a valid ZIP package "
                               "(truncated or damaged); save it again from the word "
                               "processor") from None
    if unpacked > max_unpacked:
        raise InputError(path, f"the .docx file unpacks to {unpacked:,} bytes, over the limit "
                               f"of {max_unpacked:,} (a damaged file or a ZIP bomb); raise "
                               "max_bytes if it really is one document")


def read_docx(path: str, data: bytes, max_unpacked: int) -> list[str]:
    """The pages of a .docx file as normalized texts, its tables laid out for the table reader.

    ``max_unpacked`` bounds the total size of the package's parts once unpacked.
    """
    _check_package(path, data, max_unpacked)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        out = _Builder()
        _blocks(body, out, _section_breaks(body))
    except RecursionError:
        raise InputError(path, "the .docx file nests tables too deeply to read") from None
    except Exception as exc:  # python-docx and zipfile raise many kinds of errors
        raise InputError(path, f"the .docx file is corrupt or not a Word document "
                               f"({type(exc).__name__}: {exc}); save it again as .docx") from None
    return [normalize_extracted(page).replace("\f", "\n") for page in out.pages()]
