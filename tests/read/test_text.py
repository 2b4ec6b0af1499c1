from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from defcoop.read import read_document

WriteBytes = Callable[[str, bytes], Path]

TURKISH = ("Şuşa Beyannamesi'nde İki ülke; ığdır, ĞÜŞİÖÇ ğüşıöç.\n"
           "Milli Savunma Bakanlığı ortak tatbikatın Eylül 2021'de yapıldığını açıkladı.\n")
# with characters only cp1254 has in 0x80-0x9F: typographic quotes, dash, euro
TURKISH_TYPOGRAPHIC = "“Kartal” tatbikatı – bütçesi 5 milyon € oldu; Iğdır’da başladı.\n"


@pytest.mark.parametrize("encoding, text, reported", [
    ("utf-8", TURKISH, {"utf-8"}),
    ("utf-8-sig", TURKISH, {"utf-8-sig"}),
    ("utf-16", TURKISH, {"utf-16"}),
    ("cp1254", TURKISH, {"cp1254", "iso-8859-9"}),
    ("iso-8859-9", TURKISH, {"cp1254", "iso-8859-9"}),
    ("cp1254", TURKISH_TYPOGRAPHIC, {"cp1254"}),
    ("utf-16", TURKISH_TYPOGRAPHIC, {"utf-16"}),
])
def test_encoding_round_trip(write_bytes: WriteBytes, encoding: str, text: str,
                             reported: set[str]) -> None:
    doc = read_document(write_bytes(f"{encoding}.txt", text.encode(encoding)))
    assert doc.text == text
    assert doc.encoding in reported


def test_plain_latin_text_is_not_forced_into_turkish(write_bytes: WriteBytes) -> None:
    text = "Défense et coopération à Genève, été 2022.\n" * 3
    doc = read_document(write_bytes("fr.txt", text.encode("cp1252")))
    assert doc.text == text


@pytest.mark.parametrize("raw, expected", [
    ("satır bir\r\nsatır iki\r\n", "satır bir\nsatır iki\n"),
    ("eski\rMac\r", "eski\nMac\n"),
    ("savun\u00admasız", "savunmasız"),
    ("5\u00a0km ve 10\u202fkm", "5 km ve 10 km"),
    ("S\u0327us\u0327a", "Şuşa"),
    ("I\u0307stanbul", "İstanbul"),
])
def test_normalization_on_read(write_bytes: WriteBytes, raw: str, expected: str) -> None:
    doc = read_document(write_bytes("n.txt", raw.encode("utf-8")))
    assert doc.text == expected


def test_markdown_is_read_as_a_reader_sees_it(write_bytes: WriteBytes) -> None:
    md = "# Başlık\n\n* **Ortak** tatbikat [bağlantı](http://example.org)\n\n---\n> alıntı _burada_\n"
    doc = read_document(write_bytes("notes.md", md.encode("utf-8")))
    assert doc.text == "Başlık\n\n* Ortak tatbikat bağlantı\n\n\nalıntı burada\n"
    assert doc.media_type == "text/markdown"


def test_a_markdown_table_is_laid_out_as_a_printed_tables_text(write_bytes: WriteBytes) -> None:
    md = ("## Zaman çizelgesi\n\n| Tarih | Etkinlik | Yer |\n|---|:---:|---|\n"
          "| 3 Mart 2025 | **Kış-2025** Tatbikatı | Erzurum |\n\nSonra gelen metin.\n")
    doc = read_document(write_bytes("t.md", md.encode("utf-8")))
    assert doc.text.split("\n")[2:10] == [
        "Tablo 1. Zaman çizelgesi", "Tarih", "Etkinlik", "Yer", "3 Mart 2025",
        "Kış-2025 Tatbikatı", "Erzurum", ""]
    plain = read_document(write_bytes("t.txt", md.encode("utf-8")))
    assert plain.text == md   # a .txt file is left as written


def test_form_feeds_split_pages(write_bytes: WriteBytes) -> None:
    doc = read_document(write_bytes("ff.txt", "birinci sayfa\fikinci sayfa\füçüncü\f".encode()))
    assert doc.pages == 3
    assert doc.page_text(2) == "ikinci sayfa\f"
    assert doc.page_of(doc.text.index("üçüncü")) == 3


def test_text_without_page_marks_is_one_page(write_bytes: WriteBytes) -> None:
    doc = read_document(write_bytes("one.txt", "Bir.\n İki girintili.\nÜç.\n".encode()))
    assert doc.pages == 1


def test_sha256_depends_on_text_not_encoding(write_bytes: WriteBytes) -> None:
    a = read_document(write_bytes("a.txt", TURKISH.encode("utf-8")))
    b = read_document(write_bytes("b.txt", TURKISH.encode("cp1254")))
    assert a.sha256 == b.sha256


def test_path_is_kept(write_bytes: WriteBytes) -> None:
    p = write_bytes("kept.txt", TURKISH.encode("utf-8"))
    assert read_document(p).path == str(p)


def test_utf8_with_stray_cp1254_bytes(write_bytes: WriteBytes) -> None:
    utf8_part = "Türkiye ve Azerbaycan ortak tatbikatı Iğdır’da başladı. " * 3
    stray_part = "Şuşa"
    doc = read_document(write_bytes("karisik.txt",
                                    utf8_part.encode("utf-8") + stray_part.encode("cp1254")))
    assert doc.text == utf8_part + stray_part
    assert doc.encoding == "utf-8+cp1254"


@pytest.mark.parametrize("encoding, text", [
    ("cp1251", "Министерство обороны России провело учения в Ростове. " * 3),
    ("cp1253", "Το υπουργείο άμυνας της Ελλάδας ανακοίνωσε άσκηση στη Θεσσαλονίκη. " * 3),
    ("cp1257", "Latviešu ķīmijas skolotāja Ļena Čakste ņēma grāmatu un Žanis lasīja. " * 3),
    ("latin-1", "The library was written by Daniel Veillard and Bjørn Pokorný. " * 30),
])
def test_other_code_pages_are_not_taken_for_turkish(write_bytes: WriteBytes, encoding: str,
                                                    text: str) -> None:
    doc = read_document(write_bytes("diger.txt", text.encode(encoding)))
    assert doc.encoding not in {"cp1254", "iso-8859-9"}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(write_bytes: WriteBytes, encoding: str) -> None:
    doc = read_document(write_bytes("u16.txt", TURKISH.encode(encoding)))
    assert (doc.text, doc.encoding) == (TURKISH, encoding)


def test_markdown_marks_that_never_close_are_left_as_written(write_bytes: WriteBytes) -> None:
    """A line of opening marks that never close (hostile or broken Markdown) keeps its text: the
    inline marks are bounded and hold no delimiter of their own."""
    line = "*a _b **c [d ![e " * 50
    doc = read_document(write_bytes("broken.md", (line + "\n").encode("utf-8")))
    assert doc.text == line + "\n"
