"""Extraction on a fifth set of documents written apart from the extractor, in three formats:
agency and daily stories (.txt), two saved news pages with menus, cookie banners and "most
read" sidebars (.html), and two ministry releases printed to PDF with letterheads and page
footers (.pdf), in Turkish and English, with two no-event texts (exchange rates, a football
match). First scored before any change made for it: record F1 0.350 strict, 0.700 soft."""

from __future__ import annotations

from pathlib import Path

from defcoop.evaluate import evaluate_corpus
from defcoop.extract import extract, to_contract
from defcoop.read import read_document

HELDOUT5 = Path(__file__).parent / "fixtures" / "extraction-heldout5"


def _events(name: str) -> list[dict[str, object]]:
    return to_contract(extract(read_document(HELDOUT5 / name)))["events"]  # type: ignore[no-any-return]


def test_fifth_heldout_set_scores_above_its_floor() -> None:
    report = evaluate_corpus(HELDOUT5)
    assert report.documents == 12
    assert report.record_soft.f1 >= 0.90, report.record_soft.as_dict()
    assert report.record_soft.precision >= 0.95, report.record_soft.as_dict()
    assert report.record_strict.f1 >= 0.50, report.record_strict.as_dict()


def test_fifth_heldout_no_event_documents_give_nothing() -> None:
    empty = [p for p in sorted(HELDOUT5.iterdir()) if p.suffix == ".json"
             and '"events": []' in p.read_text(encoding="utf-8")]
    assert len(empty) == 2
    for gold in empty:
        doc = next(p for p in HELDOUT5.iterdir() if p.stem == gold.stem and p.suffix != ".json")
        assert extract(read_document(doc)).events == [], doc.name


def test_a_last_day_told_with_through_closes_the_range_begun_elsewhere() -> None:
    # "began a joint exercise in the eastern Mediterranean on Monday" and "The X exercise,
    # which runs through Sept. 26"
    [exercise] = [e for e in _events("en_05_defensenews_egypt.html") if e["kind"] == "exercise"]
    assert (exercise["date_start"], exercise["date_end"]) == ("2025-09-22", "2025-09-26")
    assert [p["id"] for p in exercise["places"]] == ["mediterranean-sea"]  # type: ignore[attr-defined]


def test_a_visit_and_the_declaration_signed_during_it() -> None:
    kinds = sorted(e["kind"] for e in _events("en_05_defensenews_egypt.html")
                   if e["date_start"] == "2024-09-04")
    assert kinds == ["declaration", "meeting"]


def test_a_closing_date_line_dates_yesterday() -> None:
    # "dün ... ziyaret ederek ... bir araya geldi" and, at the story's end, "01.07.2025 14:32"
    meetings = [e for e in _events("tr_02_iha_anadolu_kartali.txt") if e["kind"] == "meeting"]
    assert [m["date_start"] for m in meetings] == ["2025-06-30"]


def test_a_wrapped_pdf_line_is_no_heading() -> None:
    # "... iki bakan tarafından Türkiye-Özbekistan Askerî Eğitim İş Birliği" / "Anlaşması
    # imzalanmıştır." are two printed lines of one sentence
    names = {e["name"] for e in _events("tr_05_msb_bilgilendirme.pdf")}
    assert "Türkiye-Özbekistan Askerî Eğitim İş Birliği Anlaşması" in names
    assert "EFES-2026" in names


def test_the_contract_of_a_delivery_is_an_arms_transfer() -> None:
    dates = sorted(str(e["date_start"]) for e in _events("tr_04_sabah_suudi_akinci.html")
                   if e["kind"] == "arms_transfer")
    assert dates == ["2023-07", "2026-01-14"]
