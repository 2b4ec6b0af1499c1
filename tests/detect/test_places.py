"""Places from a gazetteer, through Turkish suffixes."""

import pytest

from defcoop.detect.places import PlaceFinder


@pytest.mark.parametrize("text,ids", [
    ("Bakü'de yapıldı", ["baku"]),
    ("Konya'daki üste", ["konya"]),
    ("Nahçıvan'da icra edildi", ["nakhchivan"]),
    ("Kars’ta gerçekleşti", ["kars"]),
    ("held in Baku on Monday", ["baku"]),
    ("Bakı şəhərində", ["baku"]),
    ("Konya'daki 3'üncü Ana Jet Üs Komutanlığında düzenlendi", ["konya", "air-base"]),
    ("bakü küçük harfle", []),
])
def test_place_ids(places: PlaceFinder, text: str, ids: list[str]) -> None:
    assert [s.value for s in places.find(text)] == ids


@pytest.mark.parametrize("text,locative", [
    ("Azerbaycan'da yapıldı", True), ("Azerbaycan ev sahipliğinde", True),
    ("in Azerbaijan", True), ("Azerbaycan'ın desteği", False), ("Azerbaijan said", False),
])
def test_locative_cues(places: PlaceFinder, text: str, locative: bool) -> None:
    (s,) = places.find(text)
    assert s.extra["locative"] is locative


def test_ambiguous_name_inside_a_title_is_no_place(places: PlaceFinder) -> None:
    assert places.find("Askeri Mali İş Birliği Anlaşması") == []
    assert [s.value for s in places.find("Mali'de seçim")] == ["mli"]


def test_offsets(places: PlaceFinder) -> None:
    text = "Tatbikat Bakü'de sürdü"
    (s,) = places.find(text)
    assert text[s.start:s.end] == "Bakü'de"


@pytest.mark.parametrize("text,locative", [
    ("Azerbaycan'daki Bakü'de yapıldı", False),   # the country only qualifies the city after it
    ("Azerbaycan'daki tatbikat", True),
    ("Bakü ziyareti sırasında imzalandı", True),   # the visit's destination
])
def test_country_qualifying_a_place(places: PlaceFinder, text: str, locative: bool) -> None:
    first = places.find(text)[0]
    assert first.extra["locative"] is locative


@pytest.mark.parametrize("text,ids", [
    ("the Baku-based company signed", []),
    ("Bakü merkezli şirket", []),
    ("based in Baku", ["baku"]),
])
def test_seat_of_a_body_is_no_place(places: PlaceFinder, text: str, ids: list[str]) -> None:
    assert [s.value for s in places.find(text)] == ids
