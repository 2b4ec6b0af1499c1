"""Days told relative to a dateline, and sentences about the future."""

import pytest

from defcoop.detect.relative import relative_dates, speaks_of_future

CASES = [
    # (text, dateline day, expected dates as (start, precision))
    ("Forces began a joint exercise on Monday.", "2022-09-12", [("2022-09-12", "day")]),
    ("The ministers met on Wednesday.", "2024-06-28", [("2024-06-26", "day")]),
    ("Tatbikat dün sona erdi.", "2023-11-18", [("2023-11-17", "day")]),
    ("Anlaşma bugün imzalandı.", "2024-03-05", [("2024-03-05", "day")]),
    ("Heyet pazartesi günü Bakü'ye ulaştı.", "2024-03-06", [("2024-03-04", "day")]),
    ("The talks will resume on Friday.", "2024-03-05", [("2024-03-08", "day")]),
    ("Bakanlar geçen hafta görüştü.", "2024-03-20", [("2024-03", "month")]),
    ("Bakanlar geçen hafta görüştü.", "2024-03-04", []),            # the week was in February
    ("Two people familiar with the matter said on Tuesday.", "2024-03-12", []),
    ("Pazar yerinde fiyatlar arttı.", "2024-03-12", []),               # a market, not Sunday
    # the Tuesday of the week before the story's (a Thursday)
    ("İHA'lar geçen hafta Salı günü teslim edildi.", "2025-11-13", [("2025-11-04", "day")]),
    ("İHA'lar Salı günü teslim edildi.", "2025-11-13", [("2025-11-11", "day")]),
    ("Nothing relative here.", "2024-03-12", []),
]


@pytest.mark.parametrize("text, filed, expected", CASES)
def test_relative_days(text: str, filed: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.start, d.precision) for d in relative_dates(text, filed)] == expected


def test_no_day_without_a_dated_dateline() -> None:
    assert relative_dates("The ministers met on Wednesday.", "2024-06") == []


@pytest.mark.parametrize("text, future", [
    ("Deliveries are scheduled for the second half of 2019.", True),
    ("Teslimatların 2025 yılında başlayacağı belirtildi.", True),
    ("The first howitzers will be delivered by the end of the year.", True),
    ("Baykar has signed a contract for six systems.", False),
    ("Anlaşma 3 Haziran 2024'te imzalandı.", False),
    ("Tatbikat planlandığı gibi Salı günü tamamlandı.", False),      # "as planned": the past
    ("Toplantının ilerleyen dönemde Bakü'de yapılmasının planlandığını kaydetti.", True),
])
def test_future_sentences(text: str, future: bool) -> None:
    assert speaks_of_future(text) is future


@pytest.mark.parametrize("text, filed, expected", [
    ("The exercise was held in the Aktau region last October.", "2025-12-26", ["2025-10"]),
    ("The exercise held in Baku last September was a success.", "2025-01-21", ["2024-09"]),
    ("Tatbikat geçen ekim ayında Ravalpindi'de yapıldı.", "2025-03-12", ["2024-10"]),
    ("İki ülke geçtiğimiz kasım ayında mutabakat zaptı imzalamıştı.", "2025-04-14", ["2024-11"]),
    ("The ministers met last April.", "2025-04-22", ["2024-04"]),         # the April before
    ("The contract was signed in March last year.", "2025-10-01", ["2024-03"]),
    ("Anlaşma geçen yılın mart ayında imzalandı.", "2025-10-01", ["2024-03"]),
    ("Bakanlar geçen ay Bakü'de görüştü.", "2025-01-09", ["2024-12"]),
    ("The exercise ended in October.", "2025-12-26", []),                  # no relative word
    ("Tatbikat geçen yıl ekim ayında Misrata açıklarında yapıldı.", "2025-11-28", ["2024-10"]),
    ("The vehicles were handed over in Abuja earlier this month.", "2025-09-23", ["2025-09"]),
    ("Önceki tatbikat geçen yıl eylülde Bakü'de düzenlenmişti.", "2025-05-06", ["2024-09"]),
])
def test_relative_months(text: str, filed: str, expected: list[str]) -> None:
    assert [d.start for d in relative_dates(text, filed) if d.precision == "month"] == expected


def test_a_relative_month_is_not_read_as_a_month_without_its_year() -> None:
    from defcoop.detect.dates import find_dates
    assert find_dates("Tatbikat geçen Ekim ayında yapıldı.", keep_yearless=True) == []
    assert find_dates("It was held in October last year.", keep_yearless=True) == []
    assert [d.start for d in find_dates("Tatbikat Ekim ayında yapıldı.", keep_yearless=True)] == ["-10"]
