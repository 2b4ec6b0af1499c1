"""The text layer of a PDF, one page span per PDF page (pypdf).

Pages are joined with form feeds; page numbers follow the PDF's page labels when those are
consecutive numbers (a journal article labelled 45-71 gives ``first_page=45``), else 1, 2, ...
A PDF without any text layer (a scan) is refused with a note that OCR is needed.
"""

from __future__ import annotations

import io
import logging
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from defcoop.errors import InputError
from defcoop.read.normalize import normalize_extracted

_EOF_WINDOW = 2048


@dataclass(frozen=True)
class PdfText:
    """The pages of a PDF as normalized text, and the number of its first page."""

    pages: list[str]
    first_page: int


class _Quiet:
    """Silences pypdf's log messages about damaged files while a PDF is read (thread-safe)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.saved = logging.NOTSET

    @contextmanager
    def __call__(self) -> Iterator[None]:
        logger = logging.getLogger("pypdf")
        with self.lock:
            if self.depth == 0:
                self.saved = logger.level
                logger.setLevel(logging.CRITICAL + 10)
            self.depth += 1
        try:
            yield
        finally:
            with self.lock:
                self.depth -= 1
                if self.depth == 0:
                    logger.setLevel(self.saved)


_quiet_pypdf = _Quiet()


def first_page_number(labels: list[str]) -> int:
    """The first page's number when ``labels`` are consecutive integers, else 1."""
    try:
        numbers = [int(label) for label in labels]
    except ValueError:
        return 1
    if numbers and numbers[0] > 0 and all(b == a + 1 for a, b in zip(numbers, numbers[1:])):
        return numbers[0]
    return 1


def read_pdf(path: str, data: bytes) -> PdfText:
    """Extract the text of every page of the PDF ``data`` (read from ``path``)."""
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise InputError(path, "the PDF is truncated or corrupt: it has no end-of-file marker "
                               "(%%EOF), so pages may be missing; download or export it again")
    try:
        with _quiet_pypdf(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _extract(path, data)
    except InputError:
        raise
    except RecursionError:
        raise InputError(path, "the PDF is corrupt: its object structure is nested too deeply "
                               "to read") from None
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise InputError(path, f"the PDF is corrupt and cannot be read ({type(exc).__name__}: "
                               f"{exc}); repair it or export it again") from None


def _baselines(ys: list[float]) -> Any:
    """A pypdf text visitor that records the baseline height of every line of text."""
    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if not text.strip():
            return
        try:
            y = float(tm[5]) * float(cm[3]) + float(cm[5])
        except (TypeError, ValueError, IndexError):
            return
        if not ys or abs(ys[-1] - y) > 1.0:
            ys.append(y)
    return visit


def with_paragraph_gaps(text: str, ys: list[float]) -> str:
    """``text`` with a blank line where the page leaves a wider gap between two lines than
    between the lines of a paragraph (a press release's title, dateline and paragraphs), when
    its lines and the recorded baselines ``ys`` correspond one to one; else unchanged."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) != len(ys) or len(ys) < 3:
        return text
    gaps = [ys[k - 1] - ys[k] for k in range(1, len(ys))]
    steps = sorted(g for g in gaps if g > 0)
    if not steps or len(steps) != len(gaps):
        return text   # columns or text out of reading order: leave it
    middle = steps[len(steps) // 2]
    usual = min(g for g in steps if g >= middle / 2)   # lines within a paragraph
    wide = {filled[k] for k in range(1, len(ys)) if gaps[k - 1] > 1.6 * usual}
    if not wide:
        return text
    return "\n".join(("\n" + line) if i in wide else line for i, line in enumerate(lines))


def _extract(path: str, data: bytes) -> PdfText:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            ok = bool(reader.decrypt(""))
        except Exception:  # missing crypto support or a damaged encryption dictionary
            ok = False
        if not ok:
            raise InputError(path, "the PDF is encrypted with a password; save an unprotected "
                                   "copy and read that")
    n = len(reader.pages)
    if n == 0:
        raise InputError(path, "the PDF has no pages")
    pages: list[str] = []
    for i, page in enumerate(reader.pages, start=1):
        try:
            ys: list[float] = []
            raw = page.extract_text(visitor_text=_baselines(ys)) or ""
            raw = with_paragraph_gaps(raw, ys)
        except Exception as exc:
            raise InputError(path, f"the PDF is corrupt: the text of its page {i} cannot be "
                                   f"extracted ({type(exc).__name__}: {exc}); repair it or "
                                   "export it again") from None
        pages.append(normalize_extracted(raw).replace("\f", "\n"))
    if not any(p.strip() for p in pages):
        raise InputError(path, f"the PDF has no text layer ({n} page(s) of images only, as a "
                               "scan has); run OCR on it first (e.g. ocrmypdf) and read the result")
    try:
        labels = list(reader.page_labels)
    except Exception:
        labels = []
    return PdfText(pages=pages, first_page=first_page_number(labels))
