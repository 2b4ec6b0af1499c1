"""Reading a file into a :class:`Document`: checks, format dispatch, pages and language.

:func:`read_document` checks the file (exists, regular, not empty, not over the size limit)
from its metadata before reading it, reads at most ``max_bytes`` bytes, decides the format
from the content and the extension (:mod:`defcoop.read.sniff`), and hands the bytes to the
reader of that format. Every failure is an :class:`~defcoop.errors.InputError` that names
the file and the problem.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from defcoop.errors import InputError, QueryError
from defcoop.read.document import Document
from defcoop.read.encoding import DecodeFailure, decode_text
from defcoop.read.from_docx import read_docx
from defcoop.read.from_html import read_html_page
from defcoop.read.from_markdown import markdown_text
from defcoop.read.from_pdf import read_pdf
from defcoop.read.language import detect_language
from defcoop.read.normalize import normalize_text
from defcoop.read.pages import text_page_starts
from defcoop.read.sniff import (
    DOCX_TYPE, HTML_EXTENSIONS, PDF_TYPE, SUPPORTED_EXTENSIONS,
    TEXT_EXTENSIONS, Sniffed, binary_reason, excess_controls, sniff,
)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_HEAD_BYTES = 8192
DOCX_UNPACK_FACTOR = 10


def _size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB ({n:,} bytes)"
    if n >= 1024:
        return f"{n / 1024:.1f} KB ({n:,} bytes)"
    return f"{n} bytes"


def _check_file(path: str, max_bytes: int) -> int:
    """The file's size, after checking it exists, is a regular file and is not too large."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file; check the path") from None
    except PermissionError:
        raise InputError(path, "permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a directory, not a file; give the documents inside it")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, "is not a regular file (a device, pipe or socket); "
                               "copy the document to a file first")
    if st.st_size > max_bytes:
        raise InputError(path, f"is {_size_text(st.st_size)}, over the limit of "
                               f"{_size_text(max_bytes)}; split it, or raise the limit "
                               "(max_bytes / --max-bytes) if it really is one document")
    if st.st_size == 0:
        raise InputError(path, "is empty (0 bytes)")
    return st.st_size


def _read(path: str, size: int, ext: str, max_bytes: int) -> tuple[str, bytes]:
    """The file's format and bytes; the format is decided from the first kilobytes, before
    the rest is read, so binary files are refused early."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD_BYTES)
            if not head:
                raise InputError(path, "is empty (0 bytes)")
            kind = _format(path, ext, sniff(head))
            rest = max(0, max_bytes + 1 - len(head)) if size > len(head) else 0
            data = head + fh.read(rest) if rest else head
    except PermissionError:
        raise InputError(path, "permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(path, f"grew beyond the limit of {_size_text(max_bytes)} while "
                               "being read")
    return kind, data


def _format(path: str, ext: str, found: Sniffed) -> str:
    """``pdf``, ``docx``, ``html`` or ``text``; raises for anything else."""
    if found.kind == "pdf":
        return "pdf"
    if ext == ".pdf":
        hint = " (it looks like an HTML page, perhaps a failed download)" \
            if found.kind == "html" else ""
        raise InputError(path, f"is named .pdf but is not a PDF: it does not start with "
                               f"%PDF-{hint}")
    if found.kind == "zip":
        if ext in ("", ".docx"):
            return "docx"
        raise InputError(path, f"binary content: it is {found.what}, not a {ext} text file")
    if ext == ".docx":
        raise InputError(path, "the .docx file is corrupt: it is not a ZIP package "
                               "(a .docx always is); save it again as .docx")
    if found.kind == "binary":
        raise InputError(path, f"binary content: it is {found.what}, not a text document")
    if ext in HTML_EXTENSIONS or (not ext and found.kind == "html"):
        return "html"
    return "text"


def _decode(path: str, data: bytes) -> tuple[str, str]:
    reason = binary_reason(data)
    if reason:
        raise InputError(path, f"{reason}; it is not a text file")
    try:
        text, encoding = decode_text(data)
    except DecodeFailure as exc:
        raise InputError(path, f"undecodable text: {exc}; save it as UTF-8") from None
    share = excess_controls(text[:1_000_000])
    if share is not None:
        raise InputError(path, f"binary content ({share:.0%} control characters after "
                               f"decoding as {encoding}); it is not a text file")
    return text, encoding


def _from_pages(path: str, pages: list[str], media_type: str, first_page: int = 1,
                encoding: str | None = None) -> Document:
    """A document whose pages are given separately; they are joined with form feeds."""
    starts: list[int] = []
    pos = 0
    for page in pages:
        starts.append(pos)
        pos += len(page) + 1
    text = "\f".join(pages)
    if not text.strip():
        raise InputError(path, "contains no text")
    return Document(path=path, text=text, page_starts=starts or [0],
                    language=detect_language(text), first_page=first_page,
                    media_type=media_type, encoding=encoding)


def default_max_bytes() -> int:
    """The size limit: ``DEFCOOP_MAX_BYTES`` (set by the global ``--max-bytes`` option) or 50 MB."""
    raw = os.environ.get("DEFCOOP_MAX_BYTES")
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        return int(raw)
    except ValueError:
        raise QueryError(f"DEFCOOP_MAX_BYTES={raw!r} is not a number of bytes") from None


# Extensions of Markdown text.
MARKDOWN_EXTENSIONS = (".md", ".markdown")


def read_document(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> Document:
    """Read a .txt, .md, .pdf, .html/.htm or .docx file into a :class:`Document`.

    Raises :class:`InputError` naming the file and the problem for anything it cannot read.
    ``max_bytes`` defaults to :func:`default_max_bytes`.
    """
    if max_bytes is None:
        max_bytes = default_max_bytes()
    if max_bytes < 1:
        raise QueryError(f"max_bytes must be a positive number of bytes, not {max_bytes}")
    name = os.fspath(path)
    size = _check_file(name, max_bytes)
    ext = Path(name).suffix.lower()
    if ext and ext not in SUPPORTED_EXTENSIONS:
        raise InputError(name, f"unsupported file type {ext!r}; supported: "
                               f"{', '.join(SUPPORTED_EXTENSIONS)}")
    kind, data = _read(name, size, ext, max_bytes)
    try:
        return _parse(name, ext, kind, data, max_bytes)
    except (InputError, QueryError):
        raise
    except MemoryError:
        raise InputError(name, "does not fit in memory; split it or lower max_bytes") from None
    except Exception as exc:  # a library failing on odd input must not escape unexplained
        raise InputError(name, f"cannot be read as {kind} ({type(exc).__name__}: {exc})") \
            from None


def _parse(name: str, ext: str, kind: str, data: bytes, max_bytes: int) -> Document:
    """The document of ``data``, read as ``kind``."""
    if kind == "pdf":
        pdf = read_pdf(name, data)
        return _from_pages(name, pdf.pages, PDF_TYPE, first_page=pdf.first_page)
    if kind == "docx":
        pages = read_docx(name, data, max_unpacked=DOCX_UNPACK_FACTOR * max_bytes)
        return _from_pages(name, pages, DOCX_TYPE)
    if kind == "html":
        reason = binary_reason(data)
        if reason:
            raise InputError(name, f"{reason}; it is not an HTML page")
        try:
            page = read_html_page(data)
        except DecodeFailure as exc:
            raise InputError(name, f"undecodable HTML: {exc}; save it as UTF-8") from None
        except RecursionError:
            raise InputError(name, "the HTML is nested too deeply to parse") from None
        text = normalize_text(page.text).replace("\f", "\n")
        if not text.strip():
            raise InputError(name, "the HTML page has no visible text")
        return Document(path=name, text=text, language=detect_language(text),
                        media_type="text/html", encoding=page.encoding,
                        published=page.published)
    raw, encoding = _decode(name, data)
    text = normalize_text(raw)
    if ext in MARKDOWN_EXTENSIONS:   # headings, links, emphasis and tables as a reader sees them
        text = markdown_text(text, "Tablo" if detect_language(text) == "tr" else "Table")
    if not text.strip():
        raise InputError(name, "contains only whitespace")
    starts, _convention = text_page_starts(text)
    return Document(path=name, text=text, page_starts=starts, language=detect_language(text),
                    media_type=TEXT_EXTENSIONS.get(ext, "text/plain"), encoding=encoding)


def iter_documents(paths: Iterable[str | os.PathLike[str]], *, max_bytes: int | None = None,
                   on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Read documents one at a time, so only one is in memory at once.

    Without ``on_error`` the first unreadable file raises its :class:`InputError`; with it,
    the error is passed to ``on_error`` and reading goes on with the next file.
    """
    for path in paths:
        try:
            yield read_document(path, max_bytes=max_bytes)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def find_documents(root: str | os.PathLike[str]) -> list[Path]:
    """The files under ``root`` (or ``root`` itself) with a supported extension, sorted."""
    base = Path(root)
    if base.is_file():
        return [base]
    if not base.is_dir():
        raise InputError(base, "no such file or directory; check the path")
    return sorted(p for p in base.rglob("*")
                  if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS)
