"""Merging mentions of one event by name key."""

from defcoop.link.merge import Registry
from defcoop.model import Claim


def test_spellings_meet_in_one_draft() -> None:
    reg = Registry()
    a = reg.named("TurAz Şahini 2021", "exercise", 10)
    b = reg.named("TURAZ Şahini-2021 Tatbikatı", "exercise", 50)
    c = reg.named("Turaz Şahini -2021", "exercise", 90)
    assert a is b is c and len(reg.drafts) == 1


def test_different_years_are_different_events() -> None:
    reg = Registry()
    assert reg.named("TurAz Kartalı 2022", "exercise", 0) is not reg.named("TurAz Kartalı 2023", "exercise", 5)


def test_a_yearless_name_is_ambiguous_between_two_years() -> None:
    reg = Registry()
    reg.named("Kartal 2022", "exercise", 0)
    reg.named("Kartal 2023", "exercise", 5)
    assert reg.named("Kartal Tatbikatı", "exercise", 9) is None


def test_a_yearless_name_joins_the_only_event() -> None:
    reg = Registry()
    d = reg.named("Kış Tatbikatı 2022", "exercise", 0)
    assert reg.named("Kış Tatbikatı", "exercise", 9) is d


def test_disagreeing_dates_are_kept() -> None:
    reg = Registry()
    d = reg.named("Kartal 2021", "exercise", 0)
    assert d is not None
    for value in ("2021-09-02/2021-09-16", "2021-09-06/2021-09-17"):
        d.add(Claim("date", value, "q", 1))
    assert d.dates() == ["2021-09-02/2021-09-16", "2021-09-06/2021-09-17"]
    assert not d.date_compatible("2021-10")
    assert d.date_compatible("2021")
