"""Fields resolved from claims; disagreeing claims become conflicts."""

from __future__ import annotations

from defcoop.model import Claim, Event
from defcoop.resolve import resolve, same_name


def _ev(*claims: Claim) -> Event:
    return Event(id="e", kind="exercise", claims=list(claims))


def _c(field: str, value: object, locus: str = "prose") -> Claim:
    return Claim(field=field, value=value, quote="q", page=1, locus=locus)


def test_nested_dates_refine_without_conflict() -> None:
    r = resolve(_ev(_c("name", "X"), _c("date", "2021-10", "table"), _c("date", "2021-10-05/2021-10-08")))
    assert (r.date_start, r.date_end, r.date_precision) == ("2021-10-05", "2021-10-08", "day")
    assert r.conflicts == []


def test_overlapping_ranges_that_do_not_nest_conflict() -> None:
    r = resolve(_ev(_c("name", "X"), _c("date", "2021-09", "table"),
                    _c("date", "2021-09-02/2021-09-16", "heading"), _c("date", "2021-09-06/2021-09-17")))
    assert len(r.conflicts) == 1
    assert r.conflicts[0].field == "date"
    assert r.conflicts[0].values == ["2021-09-02/2021-09-16", "2021-09-06/2021-09-17"]
    assert r.conflicts[0].claims == [2, 3]
    # the prose claim is preferred among equally precise values
    assert r.date_start == "2021-09-06"


def test_month_stays_month() -> None:
    r = resolve(_ev(_c("name", "X"), _c("date", "2024-09")))
    assert (r.date_start, r.date_end, r.date_precision) == ("2024-09", "2024-09", "month")


def test_month_range() -> None:
    r = resolve(_ev(_c("name", "X"), _c("date", "2023-04/2023-05", "table")))
    assert (r.date_start, r.date_end, r.date_precision) == ("2023-04", "2023-05", "month")


def test_lists_are_unions_and_figures_conflict() -> None:
    r = resolve(_ev(_c("name", "X"), _c("places", ["a"]), _c("places", ["b", "a"]),
                    _c("figures", {"troops": 600}), _c("figures", {"troops": 650, "tanks": 3})))
    assert r.places == ["a", "b"]
    assert r.figures == {"troops": 600, "tanks": 3}
    assert [c.field for c in r.conflicts] == ["figures.troops"]


def test_table_name_is_canonical_and_spellings_kept() -> None:
    r = resolve(_ev(_c("name", "TURAZ Kartalı-2022"), _c("name", "TurAz Kartalı 2022", "table")))
    assert r.name == "TurAz Kartalı 2022"
    assert r.names == ["TurAz Kartalı 2022", "TURAZ Kartalı-2022"]


def test_same_name() -> None:
    assert same_name("TurAz Şahini 2021", "TURAZ Şahini-2021")
    assert same_name("Turaz Şahini -2021", "TurAz Sahini 2021")
    assert not same_name("TurAz Şahini 2021", "TurAz Kartalı 2022")
