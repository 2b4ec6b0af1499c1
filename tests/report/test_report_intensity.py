"""The cooperation-intensity index: weights per kind, branch bonus, years, period means."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop.report.intensity import formula_text, period_means, series, weight


def ev(kind: str, start: str | None, forces: list[str] | None = None) -> dict[str, Any]:
    return {"kind": kind, "date_start": start, "forces": forces or []}


@pytest.mark.parametrize("event, expected", [
    (ev("exercise", "2021", []), 1.0),
    (ev("exercise", "2021", ["land"]), 1.5),
    (ev("exercise", "2021", ["land", "air", "naval"]), 2.5),
    (ev("agreement", "2023-07"), 1.5),
    (ev("declaration", "2021-06-15"), 3.0),
    (ev("arms_transfer", "2020"), 1.0),
    (ev("deployment", "2020"), 1.0),
    (ev("conflict", "2020"), 0.0),
    (ev("other", "2020"), 0.0),
])
def test_weights(event: dict[str, Any], expected: float) -> None:
    assert weight(event) == expected


def test_series_sums_per_start_year_and_fills_gaps() -> None:
    s = series([ev("agreement", "2019"), ev("exercise", "2021-09", ["air"]), ev("declaration", "2021-06-15"),
                ev("exercise", None), ev("conflict", "2020")])
    assert s.years == [2019, 2020, 2021]
    assert s.index == [1.5, 0.0, 4.5]
    assert s.by_kind["exercise"] == [0.0, 0.0, 1.5]
    assert s.counted == 3 and s.undated == 1


def test_period_means_before_and_after_the_pivot() -> None:
    s = series([ev("agreement", "2018"), ev("agreement", "2019"), ev("declaration", "2021"), ev("exercise", "2022")])
    assert period_means(s, 2020, 2020) == {"before": 1.5, "after": 2.0}


@pytest.mark.parametrize("lang, words", [("en", ["exercise 1", "declaration 3", "force branches"]),
                                         ("tr", ["tatbikat 1", "beyanname 3", "kuvvet sayısı"])])
def test_formula_text_names_the_weights(lang: str, words: list[str]) -> None:
    text = formula_text(lang)
    for w in words:
        assert w in text
