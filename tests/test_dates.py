"""Date values with precision."""

from __future__ import annotations

from datetime import date

import pytest

from defcoop.dates import bounds, format_range, parse_value


@pytest.mark.parametrize(("value", "start", "end", "precision"), [
    ("2021", "2021", "2021", "year"),
    ("2021-09", "2021-09", "2021-09", "month"),
    ("2021-09-15", "2021-09-15", "2021-09-15", "day"),
    ("2023-04-19/2023-05-10", "2023-04-19", "2023-05-10", "day"),
    ("2021-06/2021-06-30", "2021-06", "2021-06-30", "month"),
    (2013, "2013", "2013", "year"),
])
def test_parse(value: object, start: str, end: str, precision: str) -> None:
    r = parse_value(value)
    assert (r.start, r.end, r.precision) == (start, end, precision)


@pytest.mark.parametrize("bad", ["2021-13", "2021-02-30", "21-09", "September 2021", "2021-09-10/2021-09-01", ""])
def test_bad_values(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_value(bad)


def test_month_bounds_cover_the_month() -> None:
    assert bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert bounds("2023") == (date(2023, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize(("value", "lang", "text"), [
    ("2021-09", "tr", "Eylül 2021"),
    ("2021-09", "en", "September 2021"),
    ("2023-04-23", "tr", "23 Nisan 2023"),
    ("2021-09-02/2021-09-16", "tr", "2–16 Eylül 2021"),
    ("2022-09-02/2022-09-16", "en", "2–16 September 2022"),
    ("2023-04/2023-05", "tr", "Nisan 2023 – Mayıs 2023"),
])
def test_format(value: str, lang: str, text: str) -> None:
    assert format_range(parse_value(value), lang) == text
