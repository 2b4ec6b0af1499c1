from __future__ import annotations

import pytest

from defcoop.read import leading_space_plausible, text_page_starts
from defcoop.seed import seed_path


def _paged(n_pages: int, lines_per_page: int = 12) -> str:
    pages = []
    for k in range(1, n_pages + 1):
        body = "\n".join(f"Sayfa {k} satır {i} devam eden metin." for i in range(lines_per_page))
        pages.append(f" Sayfa {k} başlıyor burada.\n{body}\n")
    return "".join(pages)


@pytest.mark.parametrize("text, plausible", [
    (_paged(3), True),
    (_paged(1), False),                                   # a single marker proves nothing
    ("Giriş satırı.\n" + _paged(3), False),               # does not begin with a marker
    (_paged(3, lines_per_page=2), False),                 # too dense: indented paragraphs
    (" 12 34\n  56 78\n" + "metin satırı\n" * 20 + " 90 12\n  34\n", False),  # tables, not pages
    ("".join(f" Paragraf {k}.\n  girintili devam\n" + "düz satır\n" * 10 for k in range(3)),
     False),                                              # markers followed by indented lines
])
def test_leading_space_convention_only_when_plausible(text: str, plausible: bool) -> None:
    assert leading_space_plausible(text) is plausible


def test_convention_names() -> None:
    assert text_page_starts("a\fb")[1] == "formfeed"
    assert text_page_starts(_paged(4))[1] == "leading-space"
    assert text_page_starts("düz metin\n")[1] == "single"


def test_leading_space_pages_start_at_markers() -> None:
    text = _paged(4)
    starts, _ = text_page_starts(text)
    assert [text[s:].split("\n", 1)[0] for s in starts] == [
        f" Sayfa {k} başlıyor burada." for k in range(1, 5)]


def test_trailing_form_feed_adds_no_empty_page() -> None:
    starts, _ = text_page_starts("bir\fiki\f\n")
    assert starts == [0, 4]


def test_founding_paper_convention_is_plausible() -> None:
    with open(seed_path(), encoding="utf-8") as fh:
        text = fh.read()
    starts, convention = text_page_starts(text)
    assert convention == "leading-space"
    assert len(starts) == 27
