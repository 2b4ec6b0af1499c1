from __future__ import annotations

import pytest

from defcoop.read.from_pdf import with_paragraph_gaps

TEXT = "Title\nDateline\nLine one of a paragraph\nline two\nNext paragraph"


@pytest.mark.parametrize("ys, expected", [
    ([800, 770, 740, 725, 695],
     "Title\n\nDateline\n\nLine one of a paragraph\nline two\n\nNext paragraph"),
    ([800, 785, 770, 755, 740], TEXT),                 # even spacing: one block
    ([800, 770, 740], TEXT),                           # lines and baselines do not match
    ([800, 770, 790, 725, 695], TEXT),                 # out of reading order (columns)
])
def test_wide_gaps_become_blank_lines(ys: list[float], expected: str) -> None:
    assert with_paragraph_gaps(TEXT, ys) == expected


def test_press_release_pdf_keeps_its_paragraphs(make_pdf) -> None:  # type: ignore[no-untyped-def]
    from defcoop.read import read_document
    doc = read_document(make_pdf([["BASIN BÜLTENİ", "", "Ankara, 18 Şubat 2025", "",
                                   "Birinci paragrafın", "ikinci satırı.", "", "Son paragraf."]]))
    assert doc.text.strip() == ("BASIN BÜLTENİ\n\nAnkara, 18 Şubat 2025\n\nBirinci paragrafın\n"
                                "ikinci satırı.\n\nSon paragraf.")
