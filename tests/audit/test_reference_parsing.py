"""Reference lists: locating, splitting and parsing entries into fields."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from defcoop.audit.evaluate import field_scores, normalize_value
from defcoop.audit.references import Reference, parse_references, split_entries
from defcoop.read.document import Document

F1_FIELDS = ("authors", "year", "title", "container", "pages", "url")


def _doc(text: str) -> Document:
    return Document(path="m.txt", text=text)


def _one(entry: str, heading: str = "Kaynakça") -> Reference:
    refs = parse_references(_doc(f"Metin.\n\n{heading}\n\n{entry}\n"))
    assert len(refs) == 1, [r.raw for r in refs]
    return refs[0]


@pytest.mark.parametrize("field", F1_FIELDS)
def test_founding_paper_field_f1(paper: Document, curated_references: list[dict[str, Any]],
                                 field: str) -> None:
    parsed = [r.to_dict() for r in parse_references(paper)]
    score = field_scores(parsed, curated_references, (field,))[field]
    assert score.expected > 0
    assert score.f1 >= 0.9, (field, score)


def test_founding_paper_entries_one_per_curated_record(
        paper: Document, curated_references: list[dict[str, Any]]) -> None:
    refs = parse_references(paper)
    assert len(refs) == len(curated_references)
    assert [r.page for r in refs] == [c["page"] for c in curated_references]


def test_running_headers_page_numbers_and_link_footers_are_dropped(paper: Document) -> None:
    for raw, _, _ in split_entries(paper):
        assert "e-ISSN" not in raw and "Cilt:" not in raw
        assert not raw.startswith("http")
    # an entry whose URL is broken over lines gets its URL whole, and no footer copy of it
    refs = parse_references(paper)
    broken = [r for r in refs if r.url and "Basin-ve-Yayin" in r.url]
    assert broken and all(r.raw.count("https://") == 1 for r in broken)


# (entry, field, expected value) — Turkish conventions
TURKISH = [
    ("Aydın, M. (2019), Karadeniz’de güvenlik, Uluslararası İlişkiler Dergisi, 16(62), 39-58.",
     "container", "Uluslararası İlişkiler Dergisi"),
    ("Aydın, M. (2019), Karadeniz’de güvenlik, Uluslararası İlişkiler Dergisi, 16(62), 39-58.",
     "pages", "39-58"),
    ("Aydın, M. (2019), Karadeniz’de güvenlik, Uluslararası İlişkiler Dergisi, 16(62), 39-58.",
     "issue", "62"),
    ("Kaya, S., & Demir, A. (2021). Bir başlık. Bir Dergi, 3(2), 1-9.", "authors",
     ["Kaya, S.", "Demir, A."]),
    ("Dışişleri Bakanlığı (2022), Türkiye-Gürcistan İlişkileri, https://www.example.gov.tr/a-b "
     "(Erişim Tarihi: 10.01.2024).", "accessed", "2024-01-10"),
    ("Dışişleri Bakanlığı (2022), Türkiye-Gürcistan İlişkileri, https://www.example.gov.tr/a-b "
     "(Erişim Tarihi: 10.01.2024).", "authors", ["Dışişleri Bakanlığı"]),
    ("Öztürk, N. (2020), NATO Politikası, Yüksek Lisans Tezi, Ankara Üniversitesi Sosyal Bilimler "
     "Enstitüsü, Ankara.", "type", "thesis"),
    ("Öztürk, N. (2020), NATO Politikası, Yüksek Lisans Tezi, Ankara Üniversitesi Sosyal Bilimler "
     "Enstitüsü, Ankara.", "place", "Ankara"),
    ("Çelik, T. (2023), Deniz iş birliği, Çınar, K. (Ed.), Karadeniz Üzerine (s. 71-96), "
     "İstanbul: Beta Yayınları.", "container", "Karadeniz Üzerine"),
    ("Çelik, T. (2023), Deniz iş birliği, Çınar, K. (Ed.), Karadeniz Üzerine (s. 71-96), "
     "İstanbul: Beta Yayınları.", "editors", ["Çınar, K."]),
    ("Şahin, C. (2018), Kafkasya’da Güç Dengesi, Ankara: Nobel Yayınları.", "publisher",
     "Nobel Yayınları"),
    ("Bayram, K. (2024), Yeni eğilimler, Stratejik Araştırmalar Dergisi, 8(1), 12-30. "
     "doi:10.5555/sad.2024.0801.", "doi", "10.5555/sad.2024.0801"),
    ("AYDIN, Mustafa (2019). Güvenlik. Uluslararası İlişkiler Dergisi, C. 16, S. 62, ss. 39-58.",
     "volume", "16"),
    ("AYDIN, Mustafa (2019). Güvenlik. Uluslararası İlişkiler Dergisi, C. 16, S. 62, ss. 39-58.",
     "container", "Uluslararası İlişkiler Dergisi"),
    ("KARA, A. ve ÖZ, B. (2020). Bir makale, Bir Dergi, Cilt 3, Sayı 2, s. 1-20.", "issue", "2"),
    ("KARA, A. ve ÖZ, B. (2020). Bir makale, Bir Dergi, Cilt 3, Sayı 2, s. 1-20.", "authors",
     ["KARA, A.", "ÖZ, B."]),
]

# APA 7
ENGLISH = [
    ("Chen, L., & Park, J. (2021). Alliance management after regional wars. Journal of Strategic "
     "Studies, 44(3), 101–128. https://doi.org/10.5555/jss.2021.0443", "title",
     "Alliance management after regional wars"),
    ("Chen, L., & Park, J. (2021). Alliance management after regional wars. Journal of Strategic "
     "Studies, 44(3), 101–128. https://doi.org/10.5555/jss.2021.0443", "doi",
     "10.5555/jss.2021.0443"),
    ("Chen, L., & Park, J. (2021). Alliance management after regional wars. Journal of Strategic "
     "Studies, 44(3), 101–128. https://doi.org/10.5555/jss.2021.0443", "volume", "44"),
    ("Miller, R. A. (2019). Small states and great powers. Routledge.", "publisher", "Routledge"),
    ("Novak, P. (2018). Arms transfers. In K. Ortiz & S. Brandt (Eds.), The politics of defense "
     "industries (pp. 55–80). Oxford University Press.", "pages", "55-80"),
    ("Novak, P. (2018). Arms transfers. In K. Ortiz & S. Brandt (Eds.), The politics of defense "
     "industries (pp. 55–80). Oxford University Press.", "editors", ["K. Ortiz", "S. Brandt"]),
    ("Lopez, M. (2021). Training partnerships [Doctoral dissertation, University of Leeds]. "
     "White Rose eTheses Online.", "container", "University of Leeds"),
    ("International Crisis Group. (2023, June 2). Keeping the peace. Retrieved January 15, 2024, "
     "from https://www.example.org/crisis/keeping", "accessed", "2024-01-15"),
    ("International Crisis Group. (2023, June 2). Keeping the peace. Retrieved January 15, 2024, "
     "from https://www.example.org/crisis/keeping", "year", 2023),
    ("Harris, T. (2020b). Drones over the Caucasus. Security Policy, 41(4), 560–584.",
     "year_suffix", "b"),
    ("Smith, J. (2020). A title. Journal of Things, Vol. 12, No. 3, pp. 45-67.", "pages", "45-67"),
    ("Smith, J. (2020). A title. Journal of Things, Vol. 12, No. 3, pp. 45-67.", "issue", "3"),
]


@pytest.mark.parametrize("entry,field,expected", TURKISH)
def test_turkish_entry_fields(entry: str, field: str, expected: Any) -> None:
    assert normalize_value(getattr(_one(entry), field)) == normalize_value(expected)


@pytest.mark.parametrize("entry,field,expected", ENGLISH)
def test_english_entry_fields(entry: str, field: str, expected: Any) -> None:
    assert normalize_value(getattr(_one(entry, "References"), field)) == normalize_value(expected)


def test_entries_broken_over_lines_are_joined() -> None:
    text = ("Metin.\n\nKAYNAKÇA\n\nAksoy, B. (2022), Uzun bir başlık olan bir\n\nmakale, Bir "
            "Dergi, 1(1), 1-2.\n\nBaşka Kurum (2021), Bir rapor, https://www.example.org/bir-\n\n"
            "rapor-adresi (Erişim Tarihi: 1.2.2023).\n")
    refs = parse_references(_doc(text))
    assert [r.authors for r in refs] == [["Aksoy, B."], ["Başka Kurum"]]
    assert refs[0].title == "Uzun bir başlık olan bir makale"
    assert refs[1].url == "https://www.example.org/bir-rapor-adresi"
    assert refs[1].accessed == "2023-02-01"


def test_url_broken_without_hyphen_is_rejoined() -> None:
    ref = _one("Kurum (2022). Bir rapor, https://www.example.org/files/Uzun_Dosya_Ad\n\n"
               "i_Burada.pdf (Erişim Tarihi: 15.12.2024).")
    assert ref.url == "https://www.example.org/files/Uzun_Dosya_Adi_Burada.pdf"


def test_page_number_lines_are_not_entries() -> None:
    text = "x\n\nReferences\n\nSmith, J. (2020). A title. Press.\n\n12\n\nTaylor, K. (2019). B. Books.\n"
    refs = parse_references(_doc(text))
    assert [r.authors for r in refs] == [["Smith, J."], ["Taylor, K."]]


def test_no_reference_section_gives_no_references() -> None:
    assert parse_references(_doc("Only prose (Smith, 2020).")) == []


@pytest.mark.parametrize("name", ["clean_tr.txt", "clean_en.txt"])
def test_clean_manuscripts_parse_without_problems(
        name: str, manuscript: Callable[[str], Document]) -> None:
    refs = parse_references(manuscript(name))
    assert len(refs) == 10
    assert all(r.authors and r.year and r.title for r in refs)
    assert [r.problems for r in refs] == [[] for _ in refs]


@pytest.mark.parametrize("entry,problem", [
    ("Kurum (2024 Bir başlık, https://www.example.org/x (Erişim Tarihi: 1.1.2024).", "not closed"),
    ("Kurum, (2021). https://www.example.org/x", "no title"),
    ("Kurum (2022). Bir başlık, /https://www.example.org/x (Erişim Tarihi: 1.1.2024).", "URL"),
    ("Aydın, M. Başlık yok ve yıl yok. Bir Dergi.", "no year"),
    ("ABC (2024). Bir haber, https://www.abd.com.tr/haber-1 (Erişim Tarihi: 1.1.2024).",
     "differs by one letter from the site"),
    ("Ajans (2022). Tatbikat tamamlandı, https://www.example.org/tatbikat-2021-tamamlandi/55 "
     "(Erişim Tarihi: 1.1.2024).", "the URL names the year 2021"),
])
def test_malformed_entries_are_noted(entry: str, problem: str) -> None:
    assert any(problem in p for p in _one(entry).problems)


@pytest.mark.parametrize("entry", [
    "Ajans (2023). 2024'e doğru, https://www.example.org/2024e-dogru (Erişim Tarihi: 1.1.2024).",
    "Kurum (2022). Rapor, https://www.example.org/2022/03/20220323-1.pdf (Erişim Tarihi: 1.1.2024).",
    "Example (2022). Rapor, https://www.example.org/rapor (Erişim Tarihi: 1.1.2024).",
])
def test_url_consistent_with_entry_is_not_a_problem(entry: str) -> None:
    assert _one(entry).problems == []
