"""Where a story says when and where it was filed: datelines, date lines and place-and-day
openers, and what the events of its lead take from them."""

from __future__ import annotations

import pytest

from defcoop.detect.dates import find_dates
from defcoop.extract import extract, to_contract
from defcoop.extract_context import filed_cut
from defcoop.read.document import Document


def _cut(text: str, early: bool = True) -> str:
    """The part of ``text`` left after what dates the story."""
    return text[filed_cut(text, find_dates(text, keep_yearless=True), early):]


@pytest.mark.parametrize("line", [
    "20.05.2025",
    "15 July 2025, 17:20",
    "4 March 2025 14:21 (UTC +04:00)",
    "Giriş: 12.11.2024 - 14:35",
    "Dated: November 20, 2024",
    "Thursday, 14 November 2024",
    "Published Dec 19, 2024 3:52 PM",
    "Güncelleme: 3 Mart 2025 Pazartesi 09:15",
    "Ali Murat Demir |12.03.2025 - 14:20 Güncelleme : 12.03.2025 - 15:05",
])
def test_a_line_that_only_dates_the_story_is_filed_whole(line: str) -> None:
    assert _cut(line) == ""


def test_only_near_the_top() -> None:
    assert _cut("15 July 2025, 17:20", early=False) == "15 July 2025, 17:20"


@pytest.mark.parametrize("text, rest", [
    ("Rawalpindi - November 20, 2024:", ""),
    ("ANKARA (AA) - Tatbikat sona erdi.", "Tatbikat sona erdi."),
    ("BAKU, Azerbaijan, March 4. The two states signed a plan.", "The two states signed a plan."),
    ("ISLAMABAD, Pakistan, Oct 3: The two navies held a drill.", "The two navies held a drill."),
    ("DAILY SABAH WITH AA\nANKARA\nPublished Dec 19, 2024 3:52 PM", ""),
    ("RAWALPINDI, January 21, 2025: The army chief met his guest.", "The army chief met his guest."),
])
def test_datelines_and_openers(text: str, rest: str) -> None:
    assert _cut(text) == rest


@pytest.mark.parametrize("text", [
    "The exercise was held on 5 May 2024.",
    "MSB Haftalık Basın Bilgilendirme Toplantısı (25 Eylül 2025)",
    "5 May 2024 saw the largest exercise in years.",
    "Ankara and Baku signed the plan on 5 May 2024.",
    "Defence Minister Yaşar Güler | the visit ended on 12.03.2025 with a signing.",
])
def test_a_sentence_that_reports_is_not_filed(text: str) -> None:
    assert _cut(text) == text


def test_the_lead_under_a_date_line_happened_that_day() -> None:
    text = ("Defence Minister meets Kazakh delegation\n\n15 July 2025, 17:20\n\n"
            "The Defence Minister of Azerbaijan met with the delegation of the Ministry of Defence of "
            "Kazakhstan, which is on an official visit to Baku.\n")
    [event] = to_contract(extract(Document(path="release.txt", text=text)))["events"]
    assert event["kind"] == "meeting"
    assert (event["date_start"], event["date_precision"]) == ("2025-07-15", "day")


def test_a_plan_for_a_year_signed_under_a_date_line_takes_the_day() -> None:
    text = ("Azerbaijan, Kazakhstan sign military cooperation plan for 2025\n\n"
            "4 March 2025 14:21 (UTC +04:00)\n\n"
            "BAKU, Azerbaijan, March 4. Azerbaijan and Kazakhstan have signed a plan of bilateral "
            "military cooperation for 2025, citing the Azerbaijani Ministry of Defense.\n")
    [event] = to_contract(extract(Document(path="trend.txt", text=text)))["events"]
    assert event["kind"] == "agreement"
    assert (event["date_start"], event["date_precision"]) == ("2025-03-04", "day")
    assert sorted(event["parties"]) == ["AZE", "KAZ"]


def test_a_meeting_of_the_lead_that_names_no_place_was_held_where_the_story_was_filed() -> None:
    text = ("ANKARA, 12 March 2025 (AA) - The Turkish Defence Minister met the Pakistani Defence "
            "Minister at the ministry, the Turkish ministry said.\n")
    [event] = to_contract(extract(Document(path="aa.txt", text=text)))["events"]
    assert event["kind"] == "meeting"
    assert [p["id"] for p in event["places"]] == ["ankara"]


def test_a_dateline_abroad_is_no_place_of_the_events_states() -> None:
    text = ("LONDON, 12 March 2025 (Reuters) - The Turkish Defence Minister met the Pakistani "
            "Defence Minister, the Turkish ministry said.\n")
    [event] = to_contract(extract(Document(path="r.txt", text=text)))["events"]
    assert event["places"] == []
