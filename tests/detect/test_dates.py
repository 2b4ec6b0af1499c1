"""Dates and ranges with their precision, in Turkish and English."""

import pytest

from defcoop.detect.dates import find_dates, parse_date

CASES = [
    # (text, start, end, precision, role)
    ("Eylül 2024", "2024-09", None, "month", "point"),
    ("2-16 Eylül 2021", "2021-09-02", "2021-09-16", "day", "range"),
    ("19 Nisan - 10 Mayıs 2023", "2023-04-19", "2023-05-10", "day", "range"),
    ("Nisan Mayıs 2023", "2023-04", "2023-05", "month", "range"),
    ("Nisan–Mayıs 2023", "2023-04", "2023-05", "month", "range"),
    ("5-8 Ekim 2021 tarihleri arasında", "2021-10-05", "2021-10-08", "day", "range"),
    ("30 Haziran 2021 tarihine kadar", None, "2021-06-30", "day", "until"),
    ("15 Haziran 2021’de imzalanan", "2021-06-15", None, "day", "point"),
    ("Ekim 2010’da", "2010-10", None, "month", "point"),
    ("on 27 September 2020", "2020-09-27", None, "day", "point"),
    ("from 2 to 16 September 2022", "2022-09-02", "2022-09-16", "day", "range"),
    ("between 2 and 16 September 2022", "2022-09-02", "2022-09-16", "day", "range"),
    ("from 19 April to 10 May 2023", "2023-04-19", "2023-05-10", "day", "range"),
    ("September 27-30, 2020", "2020-09-27", "2020-09-30", "day", "range"),
    ("September 27, 2020", "2020-09-27", None, "day", "point"),
    ("April-May 2023", "2023-04", "2023-05", "month", "range"),
    ("since March 2022", "2022-03", None, "month", "since"),
    ("15.06.2021", "2021-06-15", None, "day", "point"),
    ("2021-06-15", "2021-06-15", None, "day", "point"),
    ("1992-1994 yılları arasında", "1992", "1994", "year", "range"),
    ("2024 yılında", "2024", None, "year", "point"),
    ("2017 yılının Ağustos ayında", "2017-08", None, "month", "point"),
    ("2021 yılı Mart ayında", "2021-03", None, "month", "point"),
    ("2016 sonrasında", "2016", None, "year", "since"),
]


@pytest.mark.parametrize("text,start,end,precision,role", CASES)
def test_date_values(text: str, start: str, end: str, precision: str, role: str) -> None:
    found = find_dates(text)
    assert len(found) == 1, found
    d = found[0]
    assert (d.start, d.end, d.precision, d.role) == (start, end, precision, role)


@pytest.mark.parametrize("text", ["Eylül 2024", "in September 2024", "Aralık 2022'de"])
def test_a_month_is_never_a_day(text: str) -> None:
    (d,) = find_dates(text)
    assert d.precision == "month" and len(d.start) == 7


@pytest.mark.parametrize("text,qualifier", [
    ("in late 2023", "late"), ("early 2024", "early"), ("mid-2023", "mid"),
    ("2023 yılının sonlarında", "late"), ("2024 başlarında", "early"),
])
def test_part_of_year_keeps_year_precision(text: str, qualifier: str) -> None:
    (d,) = find_dates(text)
    assert d.precision == "year" and d.qualifier == qualifier and not d.weak


@pytest.mark.parametrize("text", ["(Özsoy, 2023: 593)", "(Milli Savunma Bakanlığı, 2021).",
                                  "(Cornell, 2011: 62; Mira, 2024: 149-150)"])
def test_years_of_references_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_bare_year_is_weak() -> None:
    (d,) = find_dates("Mustafa Kemal Atatürk 2021")
    assert d.weak


def test_year_is_taken_from_context_when_missing() -> None:
    assert find_dates("12-16 Mart tarihlerinde") == []
    (d,) = find_dates("12-16 Mart tarihlerinde", default_year=2024)
    assert (d.start, d.end) == ("2024-03-12", "2024-03-16")


def test_offsets_point_at_the_text() -> None:
    text = "Tatbikat 2-14 Mart 2024 tarihleri arasında yapıldı."
    (d,) = find_dates(text)
    assert text[d.begin:d.stop] == "2-14 Mart 2024"


@pytest.mark.parametrize("text,ok", [("Eylül \n2021", True), ("Haziran 2021 Bakü", False),
                                     ("Bakü", False), ("26 Temmuz 2023", True)])
def test_parse_date_accepts_only_a_whole_date(text: str, ok: bool) -> None:
    assert (parse_date(text) is not None) == ok


def test_impossible_ranges_are_rejected() -> None:
    assert find_dates("16-2 Eylül 2021") == [] or all(d.role != "range" for d in find_dates("16-2 Eylül 2021"))


@pytest.mark.parametrize("text, value", [
    ("The ministers met in Baku in June to discuss security.", "-06"),
    ("Bakanlar Haziran ayında Bakü'de bir araya geldi.", "-06"),
    ("Tatbikat Eylül'de yapılacak.", "-09"),
    ("The drill will last until September 16.", "-09-16"),
])
def test_dates_without_a_year_are_kept_for_the_context(text: str, value: str) -> None:
    (d,) = find_dates(text, keep_yearless=True)
    assert d.year_missing and d.first == value


def test_a_date_after_a_trigger_is_no_name() -> None:
    from defcoop.detect.events import find_named
    text = "Türk Silahlı Kuvvetlerinin ortak tatbikatı 10-14 Nisan 2023 tarihlerinde yapıldı."
    assert find_named(text) == []


@pytest.mark.parametrize("line", ["FEB 18, 2025 - 3:11 PM GMT+3", "4 March 2025 14:21 (UTC+04:00)",
                                  "12 March 2025 10:05 GMT+03"])
def test_a_date_line_with_a_zone_offset_only_dates_the_story(line: str) -> None:
    from defcoop.extract_context import filed_cut
    assert filed_cut(line, find_dates(line), early=True) == len(line)


@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan and Kazakhstan sign plan of bilateral military cooperation for 2026", []),
    ("2026 yılı için askeri iş birliği planı imzalandı.", []),
    ("The plan was signed in 2026.", ["2026"]),
    ("The plan for March 2026 was approved.", ["2026-03"]),
])
def test_a_year_a_plan_covers_is_no_date(text: str, expected: list[str]) -> None:
    assert [d.start for d in find_dates(text)] == expected
