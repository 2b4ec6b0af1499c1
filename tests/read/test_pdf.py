from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from defcoop.errors import InputError
from defcoop.read import read_document

PAGES = [
    ["Türkiye ve Azerbaycan arasında savunma iş birliği gelişti.",
     "Şuşa Beyannamesi 15 Haziran 2021 tarihinde imzalandı."],
    ["Ortak tatbikat Eylül 2021'de Bakü'de yapıldı.",
     "Iğdır ve İstanbul'dan birlikler katıldı."],
    ["Çağrı ve öğüt: ĞÜŞİÖÇ ğüşıöç."],
]

MakePdf = Callable[[list[list[str]], str], Path]


def test_pdf_one_span_per_page(make_pdf: MakePdf) -> None:
    doc = read_document(make_pdf(PAGES, "three.pdf"))
    assert doc.pages == 3
    assert doc.media_type == "application/pdf"


@pytest.mark.parametrize("sentence, page", [
    ("Şuşa Beyannamesi 15 Haziran 2021 tarihinde imzalandı.", 1),
    ("Ortak tatbikat Eylül 2021'de Bakü'de yapıldı.", 2),
    ("Iğdır ve İstanbul'dan birlikler katıldı.", 2),
    ("Çağrı ve öğüt: ĞÜŞİÖÇ ğüşıöç.", 3),
])
def test_pdf_sentence_on_its_page(make_pdf: MakePdf, sentence: str, page: int) -> None:
    doc = read_document(make_pdf(PAGES, "three.pdf"))
    hit = doc.find(sentence)
    assert hit is not None
    assert doc.page_of(hit[0]) == page
    assert sentence in doc.page_text(page)


def test_pdf_language_is_detected(make_pdf: MakePdf) -> None:
    assert read_document(make_pdf(PAGES, "tr.pdf")).language == "tr"


def test_pdf_page_labels_give_first_page(make_pdf: MakePdf, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import PageLabelStyle

    src = make_pdf(PAGES, "plain.pdf")
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.set_page_label(0, 2, style=PageLabelStyle.DECIMAL, start=45)
    out = tmp_path / "labelled.pdf"
    with open(out, "wb") as fh:
        writer.write(fh)
    doc = read_document(out)
    assert doc.first_page == 45
    hit = doc.find("Iğdır ve İstanbul'dan birlikler katıldı.")
    assert hit is not None and doc.page_of(hit[0]) == 46


def test_truncated_pdf_is_refused(make_pdf: MakePdf, write_bytes: Callable[[str, bytes], Path]) -> None:
    data = make_pdf(PAGES, "whole.pdf").read_bytes()
    bad = write_bytes("truncated.pdf", data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated or corrupt") as err:
        read_document(bad)
    assert err.value.path == str(bad)


def test_garbage_after_header_is_corrupt(write_bytes: Callable[[str, bytes], Path]) -> None:
    bad = write_bytes("junk.pdf", b"%PDF-1.7\n" + b"\x8f garbage \x00" * 50 + b"\n%%EOF\n")
    with pytest.raises(InputError, match="corrupt|no pages"):
        read_document(bad)


def test_image_only_pdf_needs_ocr(image_pdf: Path) -> None:
    with pytest.raises(InputError, match="OCR"):
        read_document(image_pdf)


def test_blank_pdf_needs_ocr(make_pdf: MakePdf) -> None:
    with pytest.raises(InputError, match="no text layer"):
        read_document(make_pdf([[], []], "blank.pdf"))


def test_encrypted_pdf_is_refused(make_pdf: MakePdf, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(make_pdf(PAGES, "open.pdf")))
    writer.encrypt(user_password="gizli", owner_password="sahip", algorithm="RC4-128")
    out = tmp_path / "locked.pdf"
    with open(out, "wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError, match="encrypted"):
        read_document(out)


def test_pdf_with_empty_user_password_is_read(make_pdf: MakePdf, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(make_pdf(PAGES, "open.pdf")))
    writer.encrypt(user_password="", owner_password="sahip", algorithm="RC4-128")
    out = tmp_path / "owner-only.pdf"
    with open(out, "wb") as fh:
        writer.write(fh)
    doc = read_document(out)
    assert doc.find("Şuşa Beyannamesi") is not None


def test_pdf_named_txt_is_read_as_pdf(make_pdf: MakePdf, tmp_path: Path) -> None:
    src = make_pdf(PAGES, "real.pdf")
    disguised = tmp_path / "looks-like.txt"
    disguised.write_bytes(src.read_bytes())
    assert read_document(disguised).media_type == "application/pdf"


def test_html_named_pdf_is_refused(write_bytes: Callable[[str, bytes], Path]) -> None:
    bad = write_bytes("download.pdf", b"<!DOCTYPE html><html><body>404 Not Found</body></html>")
    with pytest.raises(InputError, match="not a PDF.*HTML"):
        read_document(bad)
