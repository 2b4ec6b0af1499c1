from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from defcoop.read import read_document
from defcoop.read.from_html import story_text
from defcoop.read.html_main import hints

WriteBytes = Callable[[str, bytes], Path]

STORY = ("Türkiye ve Azerbaycan kara kuvvetleri 3-7 Mart 2025 tarihlerinde Kars'ta ortak "
         "tatbikat düzenledi. Tatbikata iki ülkenin birlikleri katıldı ve başarıyla tamamlandı.")
OTHER = "Pakistan ile savunma anlaşması 5 Mart 2024'te imzalandı"


def _page(main: str, extra: str = "") -> str:
    return (f"<html><head><title>t</title></head><body><nav><a>Gündem</a><a>Spor</a></nav>"
            f"{main}{extra}<footer>© 2025 Haber Sitesi</footer></body></html>")


@pytest.mark.parametrize("main", [
    f"<article><h1>Başlık</h1><p>{STORY}</p></article>",
    f"<div itemprop='articleBody'><p>{STORY}</p></div>",
    f"<div class='haber-detay'><h1>Başlık</h1><p>{STORY}</p></div>",
    f"<div id='story-body'><p>{STORY}</p></div>",
    f"<main><p>{STORY}</p></main>",
    f"<div class='x'><div class='y'><p>{STORY}</p><p>{STORY}</p></div></div>",
])
@pytest.mark.parametrize("furniture", [
    f"<div class='ilgili-haberler'><ul><li><a>{OTHER}</a></li></ul></div>",
    f"<aside><h3>En çok okunanlar</h3><ul><li><a>{OTHER}</a></li></ul></aside>",
    f"<div class='relatedNews'><a>{OTHER}</a></div>",
    f"<div id='son-dakika'><a>{OTHER}</a></div>",
    f"<div class='cookie-banner'><p>{OTHER}</p></div>",
    f"<div class='comments'><p>{OTHER} ve bu çok güzel bir haber, teşekkürler.</p></div>",
])
def test_story_is_kept_and_furniture_dropped(main: str, furniture: str) -> None:
    text, _ = story_text(_page(main, furniture))
    assert STORY in text
    assert OTHER not in text
    assert "Gündem" not in text and "©" not in text


def test_title_outside_the_container_is_kept_first() -> None:
    page = _page(f"<div class='head'><h1>Ortak tatbikat</h1></div>"
                 f"<div class='news-content'><p>{STORY}</p></div>")
    text, _ = story_text(page)
    assert text.startswith("Ortak tatbikat\n")


def test_list_of_links_is_not_the_story() -> None:
    links = "".join(f"<li><a href='/{i}'>{OTHER} {i}</a></li>" for i in range(12))
    text, _ = story_text(_page(f"<div class='a'><ul>{links}</ul></div>"
                               f"<div class='b'><p>{STORY}</p><p>{STORY}</p></div>"))
    assert STORY in text and OTHER not in text


def test_wrapper_named_like_a_sidebar_is_not_dropped() -> None:
    text, _ = story_text(_page(f"<div class='page has-sidebar'><p>{STORY}</p></div>"))
    assert STORY in text


@pytest.mark.parametrize("head, expected", [
    ('<meta property="article:published_time" content="2025-03-04T14:20:00+03:00">',
     "2025-03-04"),
    ('<meta itemprop="datePublished" content="2024-10-07">', "2024-10-07"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", '
     '"datePublished": "2023-11-14T09:00:00Z"}</script>', "2023-11-14"),
    ('<meta name="date" content="2024-06">', "2024-06"),
    ('<meta name="date" content="yarın">', None),
    ("", None),
])
def test_published_date_from_metadata(head: str, expected: str | None) -> None:
    _, published = story_text(f"<html><head>{head}</head><body><p>{STORY}</p></body></html>")
    assert published == expected


def test_published_date_from_time_element(write_bytes: WriteBytes) -> None:
    page = _page(f"<article><time datetime='2025-04-08'>08.04.2025</time><p>{STORY}</p>"
                 "</article>")
    doc = read_document(write_bytes("p.html", page.encode()))
    assert doc.published == "2025-04-08"
    assert STORY in doc.text


def test_text_file_has_no_published_date(write_bytes: WriteBytes) -> None:
    assert read_document(write_bytes("p.txt", STORY.encode())).published is None


def test_html_hints_validate() -> None:
    h = hints()
    assert "-ilgili-" in h.boilerplate and "-haber-detay-" in h.content
    assert {"nav", "aside", "footer"} <= h.tags


@pytest.mark.parametrize("opener, closer", [
    ("<article class='sidebar'>", "</article>"), ("<div class='related'>", "</div>"),
    ("<div class='news-detail'>", "</div>"), ("<aside>", "</aside>"),
])
def test_deeply_nested_story_markup_is_read(write_bytes: WriteBytes, opener: str,
                                            closer: str) -> None:
    depth = 20_000
    page = "<html><body>" + opener * depth + f"<p>{STORY}</p>" + closer * depth + "</body></html>"
    doc = read_document(write_bytes("deep.html", page.encode()))
    assert STORY in doc.text


def test_teaser_cards_are_not_the_story() -> None:
    teaser = ("<article class='card'><h3>Başka bir haber</h3><p>" + OTHER +
              ". Ayrıntılar haberin devamında, iki ülke arasındaki iş birliği sürüyor.</p></article>")
    story = "".join(f"<p>{STORY}</p>" for _ in range(4))
    text, _ = story_text(_page(f"<div class='post-text'><h1>Başlık</h1>{story}</div>",
                               f"<section class='list'>{teaser * 3}</section>"))
    assert STORY in text and OTHER not in text


@pytest.mark.parametrize("heading", ["İlgili Haberler", "Related news", "SON DAKİKA"])
def test_unmarked_headline_list_inside_the_story_is_dropped(heading: str) -> None:
    links = "".join(f"<li><a href='/{i}'>{OTHER} {i}</a></li>" for i in range(4))
    text, _ = story_text(_page(f"<article><p>{STORY}</p><h3>{heading}</h3><ul>{links}</ul>"
                               f"<p>Kaynak: <a href='/x'>Bakanlık</a> açıklaması.</p></article>"))
    assert STORY in text and OTHER not in text and heading not in text
    assert "Kaynak: Bakanlık açıklaması." in text


def test_deeply_nested_links_are_read(write_bytes: WriteBytes) -> None:
    depth = 20_000
    links = "<a href='/a'>" + OTHER + "</a> <a href='/b'>" + OTHER + "</a>"
    page = "<html><body>" + "<div>" * depth + links + "</div>" * depth + "</body></html>"
    doc = read_document(write_bytes("deep.html", page.encode()))
    assert OTHER in doc.text
