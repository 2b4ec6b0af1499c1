"""Cases of the fourth held-out set (its floors: tests/test_extract_heldout_sets.py)."""

from __future__ import annotations

from pathlib import Path

from defcoop.extract import extract, to_contract
from defcoop.read import read_document

HELDOUT4 = Path(__file__).parent / "fixtures" / "extraction-heldout4"


def _events(name: str) -> list[dict[str, object]]:
    return to_contract(extract(read_document(HELDOUT4 / name)))["events"]  # type: ignore[no-any-return]


def test_a_dateline_without_its_year_takes_it_from_the_same_day_written_in_full() -> None:
    # "BAKU, March 3." and, in the photo caption, "Baku, 3 March 2026"; the text's first full
    # year (a declaration of 2024) is not the story's
    events = _events("en_02_azertac_serbia.txt")
    dated = sorted((e["kind"], e["date_start"]) for e in events)
    assert ("meeting", "2026-03-03") in dated and ("agreement", "2026-03-03") in dated


def test_a_trilateral_descriptor_after_the_year_names_the_same_exercise() -> None:
    # "X-2025 Tatbikatı" in the headline and "X-2025 Üçlü Tatbikatı" in the lead are one event,
    # dated by the lead's range, not by the day of the briefing that told of it
    events = [e for e in _events("tr_02_msb_haftalik.txt") if e["kind"] == "exercise"]
    named = [e for e in events if e["name"] and str(e["name"]).endswith("2025")]
    assert len(named) == 1
    assert (named[0]["date_start"], named[0]["date_end"]) == ("2025-06-02", "2025-06-06")


def test_another_edition_of_a_named_series_is_its_own_event() -> None:
    events = _events("tr_02_msb_haftalik.txt")
    editions = {e["name"]: e["date_start"] for e in events if e["name"]}
    assert editions.get("Kafkas Kartalı-2024") == "2024-09"


def test_a_relative_day_is_counted_from_the_day_of_the_statement_in_the_lead() -> None:
    # "12 Haziran 2025 Perşembe günü ... açıklamalarda bulundu" and "geçtiğimiz pazartesi günü"
    events = _events("tr_02_msb_haftalik.txt")
    unnamed = [e for e in events if e["kind"] == "exercise" and not e["name"]]
    assert [(e["date_start"], e["parties"]) for e in unnamed] == [("2025-06-09", ["TUR", "PAK"])]


def test_a_deal_signed_after_a_meeting_is_an_event_of_its_own() -> None:
    events = _events("en_01_toi_azerbaijan.txt")
    kinds = sorted(e["kind"] for e in events if e["date_start"] == "2025-05-20")
    assert kinds == ["arms_transfer", "meeting"]


def test_a_planned_meeting_without_a_date_starts_no_event() -> None:
    events = _events("tr_02_msb_haftalik.txt")
    meetings = [e for e in events if e["kind"] == "meeting"]
    assert len(meetings) == 1
    assert meetings[0]["date_start"] == "2025-06-10"
    assert "GEO" not in meetings[0]["parties"]


def test_a_first_day_and_a_closing_day_told_apart_make_one_range() -> None:
    # a release set in columns ("No PR-…/2025-ISPR      Rawalpindi - November 3, 2025") dates the
    # closing ceremony "held today"; "which commenced on 20 October 2025" gives the first day
    events = _events("en_03_ispr_turkiye.txt")
    named = [e for e in events if e["name"] == "Ghazi Shield-I"]
    assert [(e["date_start"], e["date_end"]) for e in named] == [("2025-10-20", "2025-11-03")]
    assert all("rawalpindi" not in [p["id"] for p in e["places"]] for e in events)  # type: ignore[union-attr]


def test_a_contract_of_another_year_than_its_delivery_is_its_own_event() -> None:
    dates = sorted(str(e["date_start"]) for e in _events("en_04_dailysabah_malaysia.txt")
                   if e["kind"] == "arms_transfer")
    assert dates == ["2023-05", "2024-09", "2026-01-13"]
