"""The audit's findings: on the founding paper, and on manuscripts with planted problems."""

from __future__ import annotations

from typing import Callable

import pytest

from defcoop.audit import KINDS, audit
from defcoop.read.document import Document

Plant = Callable[[str, str, str], Document]


@pytest.fixture(scope="module")
def paper_report(paper: Document):  # type: ignore[no-untyped-def]
    return audit(paper)


def _found(report, kind: str) -> set[tuple[str | None, int | None]]:  # type: ignore[no-untyped-def]
    return {(f.citation, f.page) for f in report.findings if f.kind == kind}


# The founding paper: what a careful editor finds, each with its page.
PAPER_CITATION_FINDINGS = [
    ("missing_reference", "Erarslan & Özdemir, 2021: 317", 2),
    ("missing_reference", "Erarslan & Özdemir, 2021: 316", 3),
    ("missing_reference", "Dumlu & Şahin, 2024: 175", 3),
    ("missing_reference", "Özalp, 2023: 596", 4),
    ("missing_reference", "Özalp, 2015: 141", 5),
    ("missing_reference", "SavunmaTR, 2021", 20),
    ("author_mismatch", "Shiriyev ve Hasanoğlu, 2024: 292", 5),
    ("year_mismatch", "Shiriyev ve Hasanoğlu, 2024: 292", 5),
    ("year_mismatch", "Shikhaliyev ve Hasanoğlu, 2024: 34", 10),
    ("page_out_of_range", "Shikhaliyev ve Hasanoğlu, 2024: 34", 10),
    ("year_mismatch", "Shikhaliyev ve Hasanoğlu 2024: 34", 10),
    ("page_out_of_range", "Shikhaliyev ve Hasanoğlu 2024: 34", 10),
    ("author_mismatch", "Yanlışık, 2022: 48", 11),
    ("author_mismatch", "Yanlışık, 2022: 49", 11),
    ("author_mismatch", "Yanlışık, 2022: 50", 14),
    ("author_mismatch", "Yanlışık, 2022: 51", 17),
    ("year_mismatch", "Kocatepe, 2021: 391", 13),
    ("author_mismatch", "Yenisafak, 2023", 16),
]


@pytest.mark.parametrize("kind,citation,page", PAPER_CITATION_FINDINGS)
def test_founding_paper_citation_problem_found_on_its_page(paper_report, kind: str,  # type: ignore[no-untyped-def]
                                                           citation: str, page: int) -> None:
    assert (citation, page) in _found(paper_report, kind)


def test_founding_paper_citation_findings_are_exactly_the_real_ones(paper_report) -> None:  # type: ignore[no-untyped-def]
    got = sorted((f.kind, f.citation, f.page) for f in paper_report.findings if f.citation)
    assert got == sorted(PAPER_CITATION_FINDINGS)


def test_founding_paper_suggestions_name_the_printed_reference(paper_report) -> None:  # type: ignore[no-untyped-def]
    by = {(f.kind, f.citation): f for f in paper_report.findings}
    assert "Yanarışık, 2022: 48" in by[("author_mismatch", "Yanlışık, 2022: 48")].suggestion
    assert "Yeni Şafak" in by[("author_mismatch", "Yenisafak, 2023")].suggestion
    assert by[("author_mismatch", "Yenisafak, 2023")].severity == "warning"
    assert "2022" in by[("year_mismatch", "Kocatepe, 2021: 391")].suggestion
    assert "277-300" in by[("page_out_of_range", "Shikhaliyev ve Hasanoğlu, 2024: 34")].message
    assert by[("year_mismatch", "Kocatepe, 2021: 391")].reference.startswith("Kocatepe, Ö. F. (2022)")


PAPER_MALFORMED = [
    # (entry starts with, page, severity, the problem named)
    ("OHA (2024 Türkiye", 26, "error", "not closed"),
    ("OHA (2024 Türkiye", 26, "error", "differs by one letter from the site"),
    ("Milli Savunma Bakanlığı, (2021).", 26, "error", "no title"),
    ("Türkmer (2022).", 26, "warning", "does not start with http"),
    ("Anadolu Ajansı (2022)", 25, "warning", "the URL names the year 2021"),
    ("Resmi Gazete (2022)", 26, "info", "no access date"),
]


@pytest.mark.parametrize("start,page,severity,problem", PAPER_MALFORMED)
def test_founding_paper_malformed_references(paper_report, start: str, page: int,  # type: ignore[no-untyped-def]
                                             severity: str, problem: str) -> None:
    hits = [f for f in paper_report.findings
            if f.kind == "malformed_reference" and f.reference.startswith(start)]
    assert len(hits) == 1
    assert (hits[0].page, hits[0].severity) == (page, severity) and problem in hits[0].message


def test_founding_paper_malformed_references_are_exactly_these(paper_report) -> None:  # type: ignore[no-untyped-def]
    starts = {s for s, _, _, _ in PAPER_MALFORMED}
    got = [f.reference for f in paper_report.findings if f.kind == "malformed_reference"]
    assert len(got) == len(starts) and all(any(r.startswith(s) for s in starts) for r in got)


def test_founding_paper_has_no_uncited_or_duplicate_reference(paper_report) -> None:  # type: ignore[no-untyped-def]
    kinds = {f.kind for f in paper_report.findings}
    assert "uncited_reference" not in kinds and "duplicate_reference" not in kinds


@pytest.mark.parametrize("citation", ["Cornell, 2011: 62", "Özsoy, 2023: 593", "Mira, 2024: 149-150",
                                      "Pirinççi, 2021: 21", "Pirinççi ve Güler, 2021: 217-220",
                                      "Özdemir, 2021: 82", "Özdemir ve Kantar, 2023:739",
                                      "Milli Savunma Bakanlığı, 2021", "Haber Vakti, 2021",
                                      "Kocatepe, 2022: 387", "Rafiei, 2023: 11"])
def test_no_finding_against_a_correct_citation(paper_report, citation: str) -> None:  # type: ignore[no-untyped-def]
    assert not [f for f in paper_report.findings if f.citation == citation]


def test_every_paper_finding_quote_is_on_its_page(paper: Document, paper_report) -> None:  # type: ignore[no-untyped-def]
    for f in paper_report.findings:
        if f.kind == "fact_conflict":
            continue
        assert f.kind in KINDS and f.severity in ("error", "warning", "info")
        quote = f.quote.rstrip("…")
        assert paper.find(quote, f.page) is not None, (f.kind, f.quote, f.page)


def test_founding_paper_date_conflict(paper_report) -> None:  # type: ignore[no-untyped-def]
    conflicts = [f for f in paper_report.findings if f.kind == "fact_conflict"]
    hits = [f for f in conflicts if "Şahini" in f.message or "Şahini" in f.quote]
    assert hits, [f.message for f in conflicts]
    f = hits[0]
    assert f.page in (17, 19)
    assert "6-17 Eylül 2021" in f.message + f.quote and "2-16 Eylül 2021" in f.message + f.quote


def test_founding_paper_date_conflict_quotes_are_in_the_text(paper: Document,  # type: ignore[no-untyped-def]
                                                             paper_report) -> None:
    for f in paper_report.findings:
        if f.kind == "fact_conflict":
            for quote in f.quote.split(" / "):
                assert paper.find(quote.rstrip("…")) is not None, quote


# Clean manuscripts of our own: the right answer is no finding.
@pytest.mark.parametrize("name", ["clean_tr.txt", "clean_en.txt"])
def test_clean_manuscript_has_no_finding(name: str, manuscript: Callable[[str], Document]) -> None:
    report = audit(manuscript(name))
    assert len(report.citations) >= 10 and len(report.references) == 10
    assert [f.to_dict() for f in report.findings] == []


# One problem planted at a time: (manuscript, kind, text to replace, replacement).
PLANTED = [
    ("clean_tr.txt", "missing_reference", "(Yılmaz vd., 2020)", "(Yılmaz vd., 2020; Karaca, 2016: 14)"),
    ("clean_tr.txt", "missing_reference", "(Aydın, 2019: 45)", "(Aydın, 2009: 45)"),
    ("clean_tr.txt", "uncited_reference", "Şahin, C. (2018), Kafkasya’da Güç Dengesi, Ankara: Nobel "
     "Yayınları.", "Şahin, C. (2018), Kafkasya’da Güç Dengesi, Ankara: Nobel Yayınları.\n\nŞen, "
     "B. (2017), Karadeniz’de kıyı güvenliği, Deniz Araştırmaları Dergisi, 4(2), 10-25."),
    ("clean_tr.txt", "author_mismatch", "Şahin (2018), Kafkasya", "Sahin (2018), Kafkasya"),
    ("clean_tr.txt", "author_mismatch", "(Çelik & Arslan, 2023: 78)", "(Çelik & Aslan, 2023: 78)"),
    ("clean_tr.txt", "author_mismatch", "(Kaya ve Demir,\n2021: 112-114)", "(Kaya,\n2021: 112-114)"),
    ("clean_tr.txt", "year_mismatch", "(Aydın, 2019: 45)", "(Aydın, 2018: 45)"),
    ("clean_tr.txt", "page_out_of_range", "(Öztürk, 2020: 64; Aydın, 2019: 47)",
     "(Öztürk, 2020: 64; Aydın, 2019: 74)"),
    ("clean_tr.txt", "malformed_reference", "Şahin, C. (2018), Kafkasya’da", "Şahin, C. (2018 Kafkasya’da"),
    ("clean_tr.txt", "duplicate_reference", "Şahin, C. (2018), Kafkasya’da Güç Dengesi, Ankara: Nobel "
     "Yayınları.", "Şahin, C. (2018), Kafkasya’da Güç Dengesi, Ankara: Nobel Yayınları.\n\nŞahin, "
     "C. (2018), Kafkasya’da Güç Dengesi, Ankara: Nobel Yayınları."),
    ("clean_tr.txt", "fact_conflict", "10-14 Mayıs 2022 tarihleri", "17-21 Haziran 2022 tarihleri"),
    ("clean_en.txt", "missing_reference", "(Novak, 2018, p. 61)", "(Novak, 2018, p. 61; Brooks, 2017)"),
    ("clean_en.txt", "uncited_reference", "Miller, R. A. (2019). Small states and great powers in the "
     "Caucasus. Routledge.", "Miller, R. A. (2019). Small states and great powers in the Caucasus. "
     "Routledge.\n\nMoreno, S. (2016). Naval diplomacy in the Black Sea. Palgrave Macmillan."),
    ("clean_en.txt", "author_mismatch", "Lopez et al. (2020) find", "Lopes et al. (2020) find"),
    ("clean_en.txt", "year_mismatch", "(Miller, 2019,\np. 45)", "(Miller, 2018,\np. 45)"),
    ("clean_en.txt", "page_out_of_range", "(Chen & Park, 2021, pp. 112–114)", "(Chen & Park, 2021, p. 140)"),
    ("clean_en.txt", "malformed_reference", "Chen, L., & Park, J. (2021). Alliance",
     "Chen, L., & Park, J. (2021. Alliance"),
    ("clean_en.txt", "duplicate_reference", "Novak, P. (2018). Arms transfers and dependence.",
     "Novak, P. (2018). Arms transfers and dependence. Routledge.\n\nNovak, P. (2018). Arms "
     "transfers and dependence."),
    ("clean_en.txt", "fact_conflict", "held from 10 to 14 May 2022", "held from 20 to 24 June 2022"),
]


@pytest.mark.parametrize("name,kind,old,new", PLANTED,
                         ids=[f"{n[6:8]}-{k}-{i}" for i, (n, k, _, _) in enumerate(PLANTED)])
def test_planted_problem_is_found_alone(name: str, kind: str, old: str, new: str,
                                        planted: Plant) -> None:
    report = audit(planted(name, old, new))
    assert [f.kind for f in report.findings] == [kind], [f.to_dict() for f in report.findings]
    f = report.findings[0]
    assert f.page is not None and f.message and f.suggestion and f.quote


def test_missing_reference_names_entries_by_the_same_author(planted: Plant) -> None:
    report = audit(planted("clean_tr.txt", "(Aydın, 2019: 45)", "(Aydın, 2009: 45)"))
    (f,) = report.findings
    assert "The list has “Aydın, M. (2019)" in f.message
