from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from defcoop.errors import InputError
from defcoop.read import read_document


def _make_docx(path: Path, *, page_break: bool = True) -> Path:
    import docx
    from docx.enum.section import WD_SECTION

    d = docx.Document()
    d.add_heading("Savunma sanayii anlaşmaları", level=1)
    d.add_paragraph("Türkiye ve Azerbaycan arasında iş birliği Şuşa'da güçlendi.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Anlaşma"
    table.cell(0, 1).text = "Tarih"
    table.cell(1, 0).text = "Hava platformları modernizasyonu"
    table.cell(1, 1).text = "Eylül 2024"
    d.add_paragraph("Tablodan sonraki paragraf.")
    if page_break:
        d.add_page_break()
    d.add_paragraph("İkinci sayfada ortak tatbikat anlatılıyor.")
    if page_break:
        d.add_section(WD_SECTION.NEW_PAGE)
        d.add_paragraph("Üçüncü sayfa yeni bir bölümle başlıyor.")
    d.save(str(path))
    return path


@pytest.fixture
def docx_doc(tmp_path: Path) -> Path:
    return _make_docx(tmp_path / "rapor.docx")


def test_paragraphs_and_cells_in_order(docx_doc: Path) -> None:
    text = read_document(docx_doc).text
    order = ["Savunma sanayii anlaşmaları", "iş birliği Şuşa'da", "Anlaşma", "Tarih",
             "Hava platformları modernizasyonu", "Eylül 2024", "Tablodan sonraki",
             "İkinci sayfada", "Üçüncü sayfa"]
    positions = [text.index(s) for s in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("cell", ["Anlaşma", "Tarih", "Hava platformları modernizasyonu",
                                  "Eylül 2024"])
def test_each_cell_is_a_line(docx_doc: Path, cell: str) -> None:
    assert cell in read_document(docx_doc).text.split("\n")


@pytest.mark.parametrize("sentence, page", [
    ("Türkiye ve Azerbaycan arasında iş birliği Şuşa'da güçlendi.", 1),
    ("Eylül 2024", 1),
    ("İkinci sayfada ortak tatbikat anlatılıyor.", 2),
    ("Üçüncü sayfa yeni bir bölümle başlıyor.", 3),
])
def test_page_breaks_become_pages(docx_doc: Path, sentence: str, page: int) -> None:
    doc = read_document(docx_doc)
    assert doc.pages == 3
    hit = doc.find(sentence)
    assert hit is not None and doc.page_of(hit[0]) == page


def test_docx_without_breaks_is_one_page(tmp_path: Path) -> None:
    doc = read_document(_make_docx(tmp_path / "tek.docx", page_break=False))
    assert doc.pages == 1
    assert doc.media_type.endswith("wordprocessingml.document")
    assert doc.language == "tr"


def test_truncated_docx_is_corrupt(docx_doc: Path, tmp_path: Path) -> None:
    data = docx_doc.read_bytes()
    bad = tmp_path / "kırık.docx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="corrupt") as err:
        read_document(bad)
    assert err.value.path == str(bad)


def test_zip_that_is_not_word_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "arsiv.docx"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("notes.txt", "not a word document")
    with pytest.raises(InputError, match="not a Word document"):
        read_document(bad)


def test_text_named_docx_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "metin.docx"
    bad.write_text("düz metin", encoding="utf-8")
    with pytest.raises(InputError, match="not a ZIP"):
        read_document(bad)


def test_empty_docx_is_refused(tmp_path: Path) -> None:
    import docx

    p = tmp_path / "bos.docx"
    docx.Document().save(str(p))
    with pytest.raises(InputError, match="no text"):
        read_document(p)


def test_docx_unpacking_to_far_more_than_the_limit_is_refused(tmp_path: Path) -> None:
    import docx

    p = tmp_path / "bomba.docx"
    d = docx.Document()
    d.add_paragraph("a" * 2_000_000)
    d.save(str(p))
    with pytest.raises(InputError, match="unpacks to"):
        read_document(p, max_bytes=p.stat().st_size + 1)


def test_page_break_before_paragraph_opens_a_page(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Birinci sayfanın metni.")
    p = d.add_paragraph("Bu paragraf yeni sayfada başlar.")
    p.paragraph_format.page_break_before = True
    d.save(str(tmp_path / "pbb.docx"))
    doc = read_document(tmp_path / "pbb.docx")
    hit = doc.find("Bu paragraf yeni sayfada başlar.")
    assert doc.pages == 2 and hit is not None and doc.page_of(hit[0]) == 2


def test_rendered_page_breaks_win_over_explicit_ones(tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.add_paragraph("Birinci sayfa.")
    d.add_page_break()
    d.add_paragraph("İkinci sayfa.")
    for text in ("Word burada sayfa değiştirdi.", "Ve burada yine."):
        para = d.add_paragraph()
        run = para.add_run()
        run._r.append(OxmlElement("w:lastRenderedPageBreak"))
        run.add_text(text)
    d.save(str(tmp_path / "rendered.docx"))
    doc = read_document(tmp_path / "rendered.docx")
    assert doc.pages == 3
    hit = doc.find("Ve burada yine.")
    assert hit is not None and doc.page_of(hit[0]) == 3
    first = doc.find("İkinci sayfa.")
    assert first is not None and doc.page_of(first[0]) == 1
