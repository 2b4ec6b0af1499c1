"""Cases of the fifth held-out set (its floors: tests/test_extract_heldout_sets.py)."""

from __future__ import annotations

from pathlib import Path

from defcoop.extract import extract, to_contract
from defcoop.read import read_document

HELDOUT5 = Path(__file__).parent / "fixtures" / "extraction-heldout5"


def _events(name: str) -> list[dict[str, object]]:
    return to_contract(extract(read_document(HELDOUT5 / name)))["events"]  # type: ignore[no-any-return]


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
