"""In-text citations: Turkish and English author-date forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.detect.citations import (find_citations, load_lexicon, parse_citation,
                                      reference_section)
from defcoop.errors import DataError
from defcoop.read.document import Document
from defcoop.seed import seed_document

# (text inside the parentheses, authors, year, suffix, pages, et_al)
PARENTHETICAL = [
    ("Cornell, 2011: 62", ["Cornell"], 2011, "", "62", False),
    ("Mira, 2024: 149-150", ["Mira"], 2024, "", "149-150", False),
    ("Mira, 2024: 149–150", ["Mira"], 2024, "", "149-150", False),
    ("Aydın & Kaya, 2021", ["Aydın", "Kaya"], 2021, "", None, False),
    ("Aydın ve Kaya, 2023: 101", ["Aydın", "Kaya"], 2023, "", "101", False),
    ("Aydın vd., 2020", ["Aydın"], 2020, "", None, True),
    ("Smith et al., 2020, p. 5", ["Smith"], 2020, "", "5", True),
    ("Smith and Jones, 2019, pp. 10-12", ["Smith", "Jones"], 2019, "", "10-12", False),
    ("Smith, Jones, & Lee, 2018", ["Smith", "Jones", "Lee"], 2018, "", None, False),
    ("Milli Savunma Bakanlığı, 2023", ["Milli Savunma Bakanlığı"], 2023, "", None, False),
    ("Aydın ve Kaya 2024: 34", ["Aydın", "Kaya"], 2024, "", "34", False),
    ("Yılmaz, 2020a: 7", ["Yılmaz"], 2020, "a", "7", False),
    ("Yılmaz, 2020, s. 44", ["Yılmaz"], 2020, "", "44", False),
    ("Öztürk, 2019:739", ["Öztürk"], 2019, "", "739", False),
    ("bkz. Demir, 2018", ["Demir"], 2018, "", None, False),
    ("American Psychological Association, 2020", ["American Psychological Association"], 2020,
     "", None, False),
    ("Demir, t.y.", ["Demir"], None, "", None, False),
    ("van der Berg, 2015", ["van der Berg"], 2015, "", None, False),
]

NOT_CITATIONS = [
    "Haziran 2021",
    "Nisan Mayıs 2023",
    "2-16 Eylül 2021",
    "TAKM",
    "örneğin, resmi anlaşmalar ve uluslararası bildiriler",
    "s. 205-228",
    "Bayraktar TB2",
    "September 2021",
    "Tablo 2",
    "1991 yılında",
]


@pytest.mark.parametrize("text,authors,year,suffix,pages,et_al", PARENTHETICAL)
def test_parse_citation_forms(text: str, authors: list[str], year: int | None, suffix: str,
                              pages: str | None, et_al: bool) -> None:
    cite = parse_citation(text)
    assert cite is not None
    assert (cite.authors, cite.year, cite.year_suffix, cite.pages, cite.et_al) == \
        (authors, year, suffix, pages, et_al)


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_parse_citation_rejects_non_citations(text: str) -> None:
    assert parse_citation(text) is None


def test_missing_comma_is_noted() -> None:
    cite = parse_citation("Aydın ve Kaya 2024: 34")
    assert cite is not None and cite.missing_comma
    cite = parse_citation("Aydın ve Kaya, 2024: 34")
    assert cite is not None and not cite.missing_comma


def _doc(text: str) -> Document:
    return Document(path="t.txt", text=text)


def test_several_citations_in_one_parenthesis() -> None:
    doc = _doc("Bu iddia tartışmalıdır (Aydın, 2020: 5; Kaya ve Demir, 2021; Smith et al., 2019).")
    cites = find_citations(doc)
    assert [c.text for c in cites] == ["Aydın, 2020: 5", "Kaya ve Demir, 2021", "Smith et al., 2019"]
    for c in cites:
        assert doc.text[c.start:c.end] == c.text


def test_year_list_gives_one_citation_per_year() -> None:
    cites = find_citations(_doc("Two studies (Kaya, 2020a, 2020b: 5; Smith, 2011, 2013) agree."))
    assert [(c.authors, c.year, c.year_suffix, c.pages) for c in cites] == [
        (["Kaya"], 2020, "a", None), (["Kaya"], 2020, "b", "5"),
        (["Smith"], 2011, "", None), (["Smith"], 2013, "", None)]


def test_institution_introduced_with_an_abbreviation() -> None:
    cites = find_citations(_doc("Data (North Atlantic Treaty Organization [NATO], 2022) and "
                                "(NATO, 2023)."))
    assert [(c.authors, c.abbreviation) for c in cites] == [
        (["North Atlantic Treaty Organization"], "NATO"), (["NATO"], None)]


def test_year_only_part_inherits_authors() -> None:
    cites = find_citations(_doc("Earlier work (Aydın, 2015; 2023: 12) agrees."))
    assert [(c.authors, c.year, c.pages) for c in cites] == [(["Aydın"], 2015, None),
                                                             (["Aydın"], 2023, "12")]


NARRATIVE = [
    ("As Cornell (2011) argues, the war changed.", ["Cornell"], 2011, None),
    ("Cornell (2011: 62) bunu vurgular.", ["Cornell"], 2011, "62"),
    ("Bu konuda Aydın ve Kaya (2020) farklı düşünür.", ["Aydın", "Kaya"], 2020, None),
    ("Smith et al. (2020, p. 5) found otherwise.", ["Smith"], 2020, "5"),
    ("Ayrıca Milli Savunma Bakanlığı (2023) bunu duyurmuştur.", ["Milli Savunma Bakanlığı"], 2023,
     None),
    ("Yılmaz’ın (2019) çalışması önemlidir.", ["Yılmaz"], 2019, None),
    ("The Institute for the Study of War (2022) reports otherwise.",
     ["Institute for the Study of War"], 2022, None),
    ("Yüksek Seçim Kurulu (2023) sonuçları açıkladı.", ["Yüksek Seçim Kurulu"], 2023, None),
    ("Avrupa Güvenlik ve İşbirliği Teşkilatı (2020) raporu.",
     ["Avrupa Güvenlik ve İşbirliği Teşkilatı"], 2020, None),
    ("As shown in van der Berg (2015), it holds.", ["van der Berg"], 2015, None),
    ("the results of Smith (2020) show", ["Smith"], 2020, None),
]


@pytest.mark.parametrize("text,authors,year,pages", NARRATIVE)
def test_narrative_citations(text: str, authors: list[str], year: int, pages: str | None) -> None:
    cites = find_citations(_doc(text))
    assert len(cites) == 1
    c = cites[0]
    assert c.narrative and (c.authors, c.year, c.pages) == (authors, year, pages)


@pytest.mark.parametrize("text", [
    "İkinci Karabağ Savaşı (2020) bölgeyi değiştirdi.",
    "Şuşa Beyannamesi (2021) müttefiklik getirdi.",
    "The Second Karabakh War (2020) changed the region.",
    "Covid-19 (2020) salgını",
])
def test_events_with_a_year_are_not_narrative_citations(text: str) -> None:
    assert find_citations(_doc(text)) == []


def test_a_particle_right_before_the_parenthesis_is_no_name() -> None:
    assert find_citations(_doc("Demir de (2019) aynı görüştedir.")) == []


def test_dates_in_parentheses_are_not_narrative_citations() -> None:
    text = "Kış Tatbikatı 2022 (Aralık 2022): düzenlenmiştir. Tablo 2 (2021) gösterir."
    assert find_citations(_doc(text)) == []


def test_citation_offsets_span_line_breaks() -> None:
    doc = _doc("bir sonuç (Kocatürk, \n\n2024: 86). Sonra")
    (c,) = find_citations(doc)
    assert c.text == "Kocatürk, 2024: 86" and doc.text[c.start:c.end].startswith("Kocatürk")


def test_reference_list_is_not_searched() -> None:
    doc = _doc("Metin (Aydın, 2020).\n\nKaynakça\n\nAydın, A. (2020). Başlık. Yayınevi.\n"
               "Kaya, B. (2019). Başka (Ed.). Yer.\n")
    cites = find_citations(doc)
    assert [c.text for c in cites] == ["Aydın, 2020"]
    span = reference_section(doc)
    assert span is not None and doc.text[span[0]:].startswith("Kaynakça")


@pytest.mark.parametrize("heading", ["KAYNAKÇA", "Kaynakça", "Kaynaklar", "References",
                                     "Bibliography", "7. References", "KAYNAKÇA / REFERENCES"])
def test_reference_headings(heading: str) -> None:
    doc = _doc(f"Text (Smith, 2020).\n{heading}\nSmith, J. (2020). Title. Press.\n")
    span = reference_section(doc)
    assert span is not None and doc.text[span[0]:].strip().startswith(heading)


def test_no_reference_section() -> None:
    assert reference_section(_doc("Just text with (Smith, 2020).")) is None


def test_founding_paper_citations_with_pages() -> None:
    cites = find_citations(seed_document())
    by_text = {(c.text, c.page) for c in cites}
    for expected in [("Cornell, 2011: 62", 4), ("Mira, 2024: 149-150", 4),
                     ("Erarslan & Özdemir, 2021: 317", 2), ("Shikhaliyev ve Hasanoğlu 2024: 34", 10),
                     ("Haber Vakti, 2021", 6), ("Milli Savunma Bakanlığı, 2023", 22),
                     ("Özdemir ve Kantar, 2023:739", 12), ("OHA, 2024", 22)]:
        assert expected in by_text
    # no date in parentheses ("(Eylül 2021)", "(2-16 Eylül 2021)") is taken for a citation
    assert all(c.year is not None and c.authors for c in cites)
    assert not any(c.page is not None and c.page >= 24 for c in cites)


def test_lexicon_validates(tmp_path: Path) -> None:
    lex = load_lexicon()
    assert "vd." in lex["et_al"] and lex.months["eylül"] == 9
    bad = tmp_path / "citations.yaml"
    bad.write_text("reference_headings: [Kaynakça]\n", encoding="utf-8")
    with pytest.raises(DataError, match="must be a non-empty list"):
        load_lexicon(str(bad))
    bad.write_text("reference_headings: [Kaynakça\n", encoding="utf-8")
    with pytest.raises(DataError, match="YAML"):
        load_lexicon(str(bad))
