"""Participant figures."""

import pytest

from defcoop.detect.figures import find_figures


def test_turkish_list_of_figures() -> None:
    text = ("Tatbikata, 600 asker, 40 tank ve zırhlı araç, 20 top, 7 savaş ve personel "
            "helikopteri, 3 insansız hava aracı ve 50 askeri araç katılmıştır.")
    assert dict(s.value for s in find_figures(text)) == {
        "troops": 600, "tanks_armored": 40, "artillery": 20, "helicopters": 7, "uavs": 3,
        "vehicles": 50}


@pytest.mark.parametrize("text,value", [
    ("about 3,000 troops", ("troops", 3000)),
    ("some 1,200 personnel", ("troops", 1200)),
    ("six warships", ("ships", 6)),
    ("a $1.2 billion deal", ("value_usd", 1200000000)),
    ("1 milyar doları aşan", ("value_usd", 1000000000)),
    ("24 aircraft", ("aircraft", 24)),
])
def test_single_figures(text: str, value: tuple[str, int]) -> None:
    assert [s.value for s in find_figures(text)] == [value]


@pytest.mark.parametrize("text", ["100’üncü yılı", "2021 asker", "Su-25 uçakları"])
def test_not_figures(text: str) -> None:
    assert find_figures(text) == []
