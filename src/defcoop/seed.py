"""The founding paper shipped with the package."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from defcoop.read.document import Document, split_pages_leading_space

SEED_SOURCE_ID = "ozer2025"


def seed_path() -> str:
    return str(resources.files("defcoop") / "data" / "seed" / "ozer2025.txt")


@lru_cache(maxsize=1)
def seed_document() -> Document:
    """The founding paper as a :class:`Document` with its 27 journal pages."""
    path = seed_path()
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return Document(path=path, text=text, page_starts=split_pages_leading_space(text), language="tr")
