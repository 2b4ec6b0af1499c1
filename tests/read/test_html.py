from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from defcoop.errors import InputError
from defcoop.read import read_document

WriteBytes = Callable[[str, bytes], Path]

HOSTILE = """<!DOCTYPE html>
<html><head><title>Başlık gizli</title>
<meta charset="utf-8">
<style>body { color: red } .x::after { content: "stil metni" }</style>
<script>document.write("betik metni"); alert(1)</script>
</head>
<body onload="alert('yük')">
<!-- yorum metni -->
<h1>Ortak tatbikat başladı</h1>
<p>Türkiye ve Azerbaycan <b>kara kuvvetleri</b> Bakü'de buluştu.</p>
<img src="x" onerror="alert('hata')" alt="resim metni">
<a href="javascript:alert('bağlantı')">Ayrıntılar</a>
<div hidden>gizli öznitelik metni</div>
<div style="display: none">görünmez stil metni</div>
<span style="visibility:hidden">saklı metin</span>
<p aria-hidden="true">aria metni</p>
<noscript>noscript metni</noscript>
<template><p>şablon metni</p></template>
<iframe srcdoc="<p>çerçeve metni</p>"></iframe>
<svg><text>svg metni</text></svg>
<form><input type="hidden" value="form metni"><textarea>alan metni</textarea></form>
<ul><li>Birinci madde</li><li>İkinci madde</li></ul>
<table><tr><td>Hücre A</td><td>Hücre B</td></tr></table>
<p>Satır bir<br>satır iki &amp; &lt;etiket&gt;</p>
</body></html>
"""


@pytest.fixture
def hostile_doc(write_bytes: WriteBytes) -> str:
    return read_document(write_bytes("page.html", HOSTILE.encode("utf-8"))).text


@pytest.mark.parametrize("visible", [
    "Ortak tatbikat başladı",
    "Türkiye ve Azerbaycan kara kuvvetleri Bakü'de buluştu.",
    "Ayrıntılar",
    "Satır bir\nsatır iki & <etiket>",
])
def test_visible_text_is_kept(hostile_doc: str, visible: str) -> None:
    assert visible in hostile_doc


@pytest.mark.parametrize("dropped", [
    "Başlık gizli", "stil metni", "betik metni", "alert", "yük", "yorum metni", "resim metni",
    "hata", "javascript", "bağlantı", "gizli öznitelik", "görünmez", "saklı", "aria metni",
    "noscript", "şablon", "çerçeve", "svg metni", "form metni", "alan metni", "<b>", "onerror",
])
def test_hidden_and_active_content_is_dropped(hostile_doc: str, dropped: str) -> None:
    assert dropped not in hostile_doc


@pytest.mark.parametrize("line", ["Birinci madde", "İkinci madde", "Hücre A", "Hücre B",
                                  "Ortak tatbikat başladı"])
def test_blocks_and_cells_are_lines(hostile_doc: str, line: str) -> None:
    assert line in hostile_doc.split("\n")


def test_html_document_metadata(write_bytes: WriteBytes) -> None:
    doc = read_document(write_bytes("page.htm", HOSTILE.encode("utf-8")))
    assert (doc.media_type, doc.language, doc.pages, doc.encoding) == ("text/html", "tr", 1, "utf-8")


def test_declared_cp1254_charset_is_used(write_bytes: WriteBytes) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1254"></head><body><p>Iğdır’da “Şahin” tatbikatı</p></body></html>')
    doc = read_document(write_bytes("tr.html", page.encode("cp1254")))
    assert doc.text == "Iğdır’da “Şahin” tatbikatı"


def test_undeclared_cp1254_html_is_detected(write_bytes: WriteBytes) -> None:
    page = "<html><body><p>Şuşa'da iş birliği görüşüldü ve ığdır</p></body></html>"
    doc = read_document(write_bytes("tr.html", page.encode("cp1254")))
    assert doc.text == "Şuşa'da iş birliği görüşüldü ve ığdır"


def test_deep_nesting_yields_its_text(write_bytes: WriteBytes) -> None:
    depth = 20000
    page = "<html><body>" + "<div>" * depth + "derin metin" + "</div>" * depth + "</body></html>"
    doc = read_document(write_bytes("deep.html", page.encode("utf-8")))
    assert doc.text == "derin metin"


def test_unclosed_tags_yield_their_text(write_bytes: WriteBytes) -> None:
    page = "<html><body>" + "<b><i>" * 5000 + "açık etiketler"
    assert read_document(write_bytes("open.html", page.encode())).text == "açık etiketler"


def test_html_without_visible_text_is_refused(write_bytes: WriteBytes) -> None:
    page = "<html><head><script>alert(1)</script></head><body><!-- x --></body></html>"
    with pytest.raises(InputError, match="no visible text"):
        read_document(write_bytes("empty.html", page.encode()))


def test_html_in_a_txt_file_stays_text(write_bytes: WriteBytes) -> None:
    page = "<p>kaynak kodu</p>\n"
    assert read_document(write_bytes("markup.txt", page.encode())).text == page


@pytest.mark.parametrize("label", ["iso-8859-9", "ISO-8859-9", "windows-1254", "latin5"])
def test_turkish_charset_labels(write_bytes: WriteBytes, label: str) -> None:
    page = (f'<html><head><meta charset="{label}"></head>'
            "<body><p>Iğdır’da “Şahin” tatbikatı</p></body></html>")
    assert read_document(write_bytes("l.html", page.encode("cp1254"))).text == \
        "Iğdır’da “Şahin” tatbikatı"


def test_form_feed_in_html_is_not_a_page_break(write_bytes: WriteBytes) -> None:
    page = "<html><body><p>bir&#12;iki</p></body></html>"
    doc = read_document(write_bytes("ff.html", page.encode()))
    assert doc.pages == 1 and "\f" not in doc.text
