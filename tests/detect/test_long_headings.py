"""Numbered section headings and generic names in papers and reports."""

from __future__ import annotations

import pytest

from defcoop.detect.events import find_heading, is_generic_name
from defcoop.detect.sentences import looks_like_heading


@pytest.mark.parametrize("line, expected", [
    ("2.3. Steadfast Defender 2024", True),
    ("3.1. Giriş", True),
    ("1. Introduction", True),
    ("3. The 2020 War and After", True),
    ("1. Tatbikat 5 Mayıs 2024'te yapıldı.", False),
    ("2024 yılında tatbikat yapıldı", False),
])
def test_numbered_headings(line: str, expected: bool) -> None:
    assert looks_like_heading(line) is expected


@pytest.mark.parametrize("name, generic", [
    ("2020 War", True),
    ("The 2020 War", True),
    ("Joint Exercises", True),
    ("Ortak Tatbikatlar", True),
    ("Second Karabakh War", False),
    ("Steadfast Defender 2024", False),
    ("Anadolu Kartalı 2019", False),
    ("Baku Declaration", False),
])
def test_generic_names(name: str, generic: bool) -> None:
    assert is_generic_name(name) is generic


@pytest.mark.parametrize("text", [
    "TÜRKİYE'NİN NATO TATBİKATLARINA KATILIMI (2018-2024): CAYDIRICILIK VE DAYANIŞMA",
    "Turkish Participation in NATO Exercises (2018-2024): Deterrence and Solidarity",
])
def test_a_study_title_over_its_period_is_no_lead_in(text: str) -> None:
    assert find_heading(text) is None


def test_a_lead_in_with_its_date_still_is_one() -> None:
    lead = find_heading("Anadolu Kartalı 2019 (Haziran 2019): Tatbikat Konya'da yapıldı.")
    assert lead is not None and lead.name == "Anadolu Kartalı 2019"


@pytest.mark.parametrize("before, after, expected", [
    ("Osmanlı varlığı ", " sırasında sona ermiştir.", True),
    ("NATO tatbikatları ", " sonrasında küçülmüştür.", True),
    ("the largest exercise since the end of the ", ", officials said.", True),
    ("During the ", ", Azerbaijan used drones.", True),
    ("The ", ", fought between Azerbaijan and Armenia, ended.", False),
    ("", " 27 Eylül 2020'de başladı.", False),
])
def test_a_war_as_a_time_reference(before: str, after: str, expected: bool) -> None:
    from defcoop.detect.events import is_time_reference
    assert is_time_reference(before, after) is expected
