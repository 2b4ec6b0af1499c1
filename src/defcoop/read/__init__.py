"""Reading documents into :class:`Document` objects (text, pages, language).

:func:`read_document` reads .txt, .md, .pdf, .html/.htm and .docx files; :func:`iter_documents`
reads many, one at a time. See docs/reading.md.
"""

from defcoop.read.document import Document, split_pages_formfeed, split_pages_leading_space
from defcoop.read.language import detect_language
from defcoop.read.pages import leading_space_plausible, text_page_starts
from defcoop.read.reader import DEFAULT_MAX_BYTES, find_documents, iter_documents, read_document
from defcoop.read.sniff import SUPPORTED_EXTENSIONS

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_EXTENSIONS",
    "Document",
    "detect_language",
    "find_documents",
    "iter_documents",
    "leading_space_plausible",
    "read_document",
    "split_pages_formfeed",
    "split_pages_leading_space",
    "text_page_starts",
]
