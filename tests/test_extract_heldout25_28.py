"""Cases of the twenty-fifth to twenty-eighth held-out sets, each written again in other words
and about other states, so that the rule, not the document, is tested; and the counter-examples
each rule must leave alone."""

from __future__ import annotations

from defcoop.detect.actors import default_finder as actors
from defcoop.detect.events import find_named, is_generic_name
from defcoop.detect.forces import find_forces
from defcoop.detect.places import default_finder as places

from extract_cases import events as _events, of as _of

_WIRE = "ANKARA, 12 June 2025 (AA) - "


def _places(text: str) -> list[tuple[str, bool]]:
    return [(p.value, bool(p.extra["locative"])) for p in places().find(text)]


def test_a_clash_told_as_a_noun_on_its_own_day_is_reported() -> None:
    text = ("ISLAMABAD, 20 May 2025 - The minister briefed the visitors on the border, including "
            "the unprovoked firing by Indian troops on Pakistani posts near Chaman on Monday "
            "last week, which was answered by Pakistani troops.\n")
    clashes = _of(_events(text), "conflict")
    assert [(e["date_start"], sorted(e["parties"])) for e in clashes] == [
        ("2025-05-12", ["IND", "PAK"])], clashes
    # a clash of a year or month is background ("the clashes of 2020 between ...")
    background = ("ISLAMABAD, 20 May 2025 - The minister recalled the unprovoked firing by Indian troops on "
                  "Pakistani posts in 2019.\n")
    assert not _of(_events(background), "conflict")


def test_a_special_units_parent_service_is_no_branch() -> None:
    assert [f.value for f in find_forces(
        "the Special Service Group of Pakistan Army and the Turkish Special Forces")] == [
            "special", "special"]
    assert [f.value for f in find_forces(
        "Özbekistan Kara Kuvvetlerine bağlı özel kuvvetler")] == ["special"]
    # a branch of its own, not a parent
    assert [f.value for f in find_forces("the special forces and the army of Qatar")] == [
        "special", "land"]
    assert [f.value for f in find_forces("land and air forces")] == ["land", "air"]


def test_words_of_a_part_of_a_sea_and_the_open_sea_place_it() -> None:
    assert ("caspian-sea", True) in _places("held in the Turkmen sector of the Caspian Sea")
    assert ("black-sea", True) in _places("the crew was rescued in the open Black Sea")
    assert ("black-sea", False) in _places("the Black Sea region's security")


def test_a_city_after_a_district_and_a_comma_is_the_place() -> None:
    assert ("istanbul", True) in _places("at its shipyard in Pendik, Istanbul")
    assert ("istanbul", False) in _places("the governors of Ankara, Istanbul and Izmir")


def test_a_port_left_is_no_place_of_the_event() -> None:
    text = (_WIRE + "Upon leaving Doha on Tuesday, the frigate TCG Oruçreis carried out a passing "
            "exercise with a Qatari Navy vessel in the Gulf.\n")
    found = _of(_events(text), "exercise")
    assert found and all("doha" not in [p["id"] for p in e["places"]] for e in found), found


def test_a_kind_of_exercise_in_brackets_is_no_name() -> None:
    assert is_generic_name("PASSEX")
    assert not is_generic_name("Kardeşlik-2025")
    text = (_WIRE + "On Tuesday the frigate TCG Oruçreis carried out a passing exercise (PASSEX) "
            "with a Qatari Navy vessel in the Gulf.\n")
    assert [e["name"] for e in _of(_events(text), "exercise")] == [None]
    assert any(m.name == "Kardeşlik-2025" for m in find_named("the Kardeşlik-2025 exercise"))


def test_ships_and_a_helicopter_take_part_in_a_rescue() -> None:
    text = ("BATUMI, 4 September 2025 - Yesterday, while the joint exercise was under way, a search "
            "and rescue group formed from Georgian and Turkish ships and a helicopter was sent to "
            "help the crew of a fishing boat in the Black Sea.\n")
    found = _of(_events(text), "other")
    assert [(e["date_start"], sorted(e["parties"])) for e in found] == [
        ("2025-09-03", ["GEO", "TUR"])], found
    # a rescue by coast-side volunteers is no activity of two states' forces
    civil = ("BATUMI, 4 September 2025 - Yesterday volunteers from Georgia and Türkiye took part in "
             "a search and rescue for the crew of a fishing boat.\n")
    assert not _of(_events(civil), "other")


def test_a_peace_operation_named_with_a_state_names_no_party() -> None:
    found = actors().find("Birleşmiş Milletler Lübnan Geçici Görev Gücü (UNIFIL) bünyesindeki "
                          "görevinden dönen TCG Bafra korveti")
    assert "LBN" not in [a.value for a in found if a.kind == "party"]
    assert "unifil" in [a.value for a in found if a.kind == "organization"]


def test_a_battalion_task_force_is_land() -> None:
    assert [f.value for f in find_forces("Bosna-Hersek Türk Tabur Görev Kuvveti")] == ["land"]


def test_a_quoted_name_before_the_joint_venture_names_the_company() -> None:
    text = ("Ankara, 3 Temmuz 2025\n\nASFAT ile Katar arasında kurulan \"ASFAT-Barzan Savunma\" "
            "ortak girişim şirketi önceki gün Doha'da düzenlenen törenle faaliyete geçti.\n")
    found = _of(_events(text), "institution")
    assert [e["name"] for e in found] == ["ASFAT-Barzan Savunma"], found


def test_a_document_signed_after_a_placed_meeting_takes_its_place() -> None:
    text = ("Gürcistan ile Belarus arasında askeri eğitim protokolü\n\n"
            "Yayınlanma: 26 Mayıs 2025\n\n"
            "TİFLİS (İHA) - Gürcistan Savunma Bakanı, resmi ziyaret için bulunduğu Belarus'un "
            "başkenti Minsk'te geçen çarşamba Belaruslu mevkidaşı ile bir araya geldi.\n\n"
            "Heyetler arası görüşmede iki ülke arasındaki askeri işbirliği ele alındı. Görüşmenin "
            "ardından iki bakan, askeri eğitim alanında işbirliğine ilişkin protokolü imzaladı.\n")
    found = _events(text)
    assert [[p["id"] for p in e["places"]] for e in _of(found, "agreement")] == [["minsk"]], found
    assert [[p["id"] for p in e["places"]] for e in _of(found, "meeting")] == [["minsk"]], found


def test_preparing_to_hold_an_exercise_is_the_future() -> None:
    text = ("Yayınlanma: 26 Mayıs 2025\n\nMoğolistan, Eylül ayında Çin ile birlikte \"Sınır-2025\" "
            "ortak tatbikatını düzenlemeye hazırlanıyor.\n")
    assert not _of(_events(text), "exercise")
    held = ("Yayınlanma: 26 Mayıs 2025\n\nMoğolistan, Mayıs ayında Çin ile birlikte \"Sınır-2025\" "
            "ortak tatbikatını düzenledi.\n")
    assert [e["name"] for e in _of(_events(held), "exercise")] == ["Sınır-2025"]


def test_the_next_phase_of_the_exercise_is_another_edition() -> None:
    text = ("Yayınlanma: 8 Kasım 2025\n\nÖzbekistan ve Kırgızistan özel kuvvetleri 3-7 Kasım "
            "tarihlerinde Fergana'da \"Dağ Kartalı-2025\" tatbikatını icra etti.\n\n"
            "Tatbikatın bir sonraki aşamasının da 2026'da Kırgızistan'da icra edilmesi "
            "planlanıyor.\n")
    found = _of(_events(text), "exercise")
    assert [[p["id"] for p in e["places"]] for e in found] == [["fergana"]], found
