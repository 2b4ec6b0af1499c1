"""Page furniture and notes of long documents are found, and blanking keeps every offset."""

from __future__ import annotations

import pytest

from defcoop.detect.layout import blank, furniture


def _masked(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in furniture(text)]


PAGES = ("Giriş\n\nBirinci sayfanın metni.\n\nDergi Adı, 2025, 21(50)          211\n"
         "\f212          Yazar ve Başlık\n\nİkinci sayfanın metni.\n\nTablo 1: Tatbikatlar\nAtatürk-X\nKasım\n2019\n"
         "\fDergi Adı, 2025, 21(50)          213\n\nÜçüncü sayfanın metni.\n")


@pytest.mark.parametrize("line", ["Dergi Adı, 2025, 21(50)          211", "212          Yazar ve Başlık",
                                  "Dergi Adı, 2025, 21(50)          213"])
def test_running_headers_with_page_numbers_are_furniture(line: str) -> None:
    assert line in _masked(PAGES)


@pytest.mark.parametrize("line", ["Birinci sayfanın metni.", "2019", "Kasım", "Giriş"])
def test_text_and_a_year_at_a_page_foot_are_not(line: str) -> None:
    assert line not in _masked(PAGES)


def test_a_header_repeated_on_pages_without_a_number() -> None:
    text = "BÖLÜM ÜÇ: KATAR\n\nMetin bir.\n\fBÖLÜM ÜÇ: KATAR\n\nMetin iki.\n\fBÖLÜM ÜÇ: KATAR\n\nMetin üç.\n"
    assert _masked(text).count("BÖLÜM ÜÇ: KATAR") == 3


@pytest.mark.parametrize("text, note", [
    ("Tatbikat icra edildi.³\n\n³ MSB, \"Atatürk-IX Tatbikatı Tamamlandı\", 25 Ekim 2017.\n",
     "³ MSB, \"Atatürk-IX Tatbikatı Tamamlandı\", 25 Ekim 2017."),
    ("The drill ended.\n\n¹ Ministry of Defence, \"Exercise X Ends\", 1 October 2020.\n",
     "¹ Ministry of Defence, \"Exercise X Ends\", 1 October 2020."),
])
def test_footnotes_are_furniture(text: str, note: str) -> None:
    assert note in _masked(text)


def test_a_list_item_with_an_asterisk_is_text() -> None:
    assert _masked("* The exercise began on 5 May 2024.\n") == []


def test_an_endnote_list_after_a_notes_heading() -> None:
    text = ("Body text.\n\nNotes\n\n1. A. Author, \"The 2016 Contract\", Brief, 2017.\n"
            "2. \"Minister Visits Baku\", Times, 13 December 2016.\n")
    (masked,) = _masked(text)
    assert masked.startswith("Notes") and masked.endswith("13 December 2016.")


@pytest.mark.parametrize("line", ["Anahtar Kelimeler: Türkiye, Pakistan, tatbikat",
                                  "Keywords: Pakistan; Azerbaijan; defence cooperation"])
def test_keyword_lines_are_furniture(line: str) -> None:
    assert _masked(f"Öz\n\nMetin.\n\n{line}\n\nGiriş\n") == [line]


def test_blank_keeps_offsets_and_line_breaks() -> None:
    ranges = furniture(PAGES)
    out = blank(PAGES, ranges)
    assert len(out) == len(PAGES)
    assert out.count("\n") == PAGES.count("\n") and out.count("\f") == PAGES.count("\f")
    assert "211" not in out and "Birinci sayfanın metni." in out


def test_plain_numbered_footnotes_at_a_page_foot() -> None:
    text = ("Tatbikat Kars'ta icra edilmiştir.\n\n"
            "1 MSB, \"Atatürk-IX Tatbikatı Tamamlandı\", 25 Ekim 2017.\n"
            "2 Dışişleri Bakanlığı, \"Ortak Deklarasyon\", 14 Şubat 2020.\n"
            "\fİkinci sayfa.\n")
    masked = _masked(text)
    assert any(m.startswith("1 MSB") and m.endswith("14 Şubat 2020.") for m in masked)
    assert "Tatbikat Kars'ta icra edilmiştir." not in masked


def test_a_numbered_list_item_at_a_page_foot_is_text() -> None:
    text = "Yöntem:\n\n1 Kaynak taraması\n2 Görüşmeler\n\fİkinci sayfa.\n"
    assert _masked(text) == []


def test_a_date_cell_at_a_page_foot_is_text() -> None:
    text = "Tablo 1: Tatbikatlar\nTatbikat\nTarih\nAtatürk-XI\n15 Kasım 2021\n\fRavalpindi\n"
    assert _masked(text) == []


def test_a_reference_list_without_its_heading_ends_the_text() -> None:
    entries = ["Aslan, M. (2022). \"Atatürk-X Tatbikatı ve Özel Kuvvetler\". Dergi, 9(2): 25-48.",
               "Demir, S. (2020). \"MİLGEM Korvet Sözleşmesi\". Uluslararası İlişkiler, 17(66): 83-101.",
               "NATO (2024). Steadfast Defender 24: Fact Sheet. Brüksel: NATO."]
    text = "Sonuç\n\nİlişki derinleşmiştir (Aslan, 2022).\n\n" + "\n".join(entries) + "\n"
    masked = _masked(text)
    assert masked and masked[-1].startswith("Aslan, M. (2022)") and masked[-1].endswith("NATO.")
    assert "İlişki derinleşmiştir (Aslan, 2022)." not in masked


@pytest.mark.parametrize("line, masked", [("- 12 -", True), ("xiv", True), ("37", True),
                                          ("Civil", False), ("2021", False)])
def test_page_numbers_alone_on_a_page_edge(line: str, masked: bool) -> None:
    text = f"Birinci sayfa metni burada.\n\f{line}\n\nİkinci sayfa metni burada.\n"
    assert (line in _masked(text)) is masked
