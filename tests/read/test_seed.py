from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.read import read_document
from defcoop.seed import seed_document, seed_path


def test_founding_paper_has_27_pages_in_turkish() -> None:
    doc = read_document(seed_path())
    assert doc.pages == 27
    assert doc.language == "tr"
    assert doc.encoding == "utf-8"


def test_founding_paper_reads_as_the_seed_document() -> None:
    doc = read_document(seed_path())
    seed = seed_document()
    assert (doc.text, doc.page_starts, doc.sha256) == (seed.text, seed.page_starts, seed.sha256)


@pytest.mark.parametrize("quote, page", [
    ("II. KARABAĞ SAVAŞI SONRASINDA", 1),
    ("Azerbaijan's territorial integrity was made possible", 1),
    ("was won in 2020 with the military support provided by Türkiye", 2),
])
def test_founding_paper_quotes_on_their_pages(quote: str, page: int) -> None:
    doc = read_document(seed_path())
    hit = doc.find(quote)
    assert hit is not None
    assert doc.page_of(hit[0]) == page


@pytest.mark.parametrize("encoding", ["cp1254", "utf-16"])
def test_founding_paper_read_from_reencoded_copy(tmp_path: Path, encoding: str) -> None:
    with open(seed_path(), encoding="utf-8") as fh:
        text = fh.read()
    target = tmp_path / "copy.txt"
    target.write_bytes(text.encode(encoding))
    doc = read_document(target)
    assert (doc.pages, doc.encoding, doc.text == text) == (27, encoding, True)
