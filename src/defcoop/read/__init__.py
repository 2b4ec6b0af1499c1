"""Reading documents into :class:`Document` objects (text, pages, language)."""

from defcoop.read.document import Document, split_pages_formfeed, split_pages_leading_space

__all__ = ["Document", "split_pages_formfeed", "split_pages_leading_space"]
