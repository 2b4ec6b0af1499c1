"""GROBID-style scoring: pairing, field-level and record-level precision, recall and F1."""

import json
from pathlib import Path

import pytest

from defcoop.errors import DataError
from defcoop.evaluate import Record, Report, dates_overlap, gold_from_json, names_match, pair, score_document


def rec(**kw):  # type: ignore[no-untyped-def]
    base = dict(kind="exercise", name="Kartal 2024", date_start="2024-06-03", date_end="2024-06-14",
                date_precision="day", places=["konya"], parties=["TUR", "PAK"], forces=["air"])
    base.update(kw)
    return Record(**base)


def test_identical_records_score_one() -> None:
    r = Report()
    score_document([rec()], [rec()], r)
    assert r.record_strict.f1 == r.record_soft.f1 == 1.0
    assert all(c.f1 == 1.0 for c in r.strict.values())


def test_soft_accepts_spelling_and_nested_dates() -> None:
    r = Report()
    score_document([rec(name="KARTAL-2024 Tatbikatı", date_start="2024-06", date_end="2024-06",
                        date_precision="month")], [rec()], r)
    assert r.record_soft.tp == 1 and r.record_strict.tp == 0
    assert r.soft["name"].tp == 1 and r.strict["name"].tp == 0
    assert r.soft["date_start"].tp == 1 and r.strict["date_start"].tp == 0


def test_spurious_and_missed_lower_precision_and_recall() -> None:
    r = Report()
    score_document([rec(), rec(kind="agreement", name="X Anlaşması")], [rec(), rec(name="Yıldız 2023",
                   date_start="2023-01", date_end="2023-01")], r)
    assert r.record_soft.precision == 0.5 and r.record_soft.recall == 0.5


def test_no_events_expected_and_none_found_is_perfect() -> None:
    r = Report()
    score_document([], [], r)
    assert r.record_soft.precision == r.record_soft.recall == 1.0


def test_pairing_needs_same_kind() -> None:
    assert pair([rec(kind="agreement")], [rec()]) == []


def test_unnamed_pairs_by_date() -> None:
    assert pair([rec(name=None)], [rec(name=None)]) == [(0, 0)]
    assert pair([rec(name=None, date_start="2020", date_end="2020")], [rec(name=None)]) == []


@pytest.mark.parametrize("a,b,soft,strict", [
    ("TurAz Şahini 2021", "TURAZ Şahini-2021", True, False),
    ("Nasr 2024", "Exercise Nasr 2024", True, False),
    ("Nasr 2024", "Nasr 2024", True, True),
    ("Nasr 2024", "Nasr 2023", False, False),
])
def test_name_matching(a: str, b: str, soft: bool, strict: bool) -> None:
    assert names_match(rec(name=a), rec(name=b), strict=False) == soft
    assert names_match(rec(name=a), rec(name=b), strict=True) == strict


def test_dates_overlap() -> None:
    assert dates_overlap(rec(), rec(date_start="2024-06", date_end="2024-06"))
    assert not dates_overlap(rec(), rec(date_start="2024-07", date_end="2024-07"))


def test_bad_gold_file(tmp_path: Path) -> None:
    p = tmp_path / "g.json"
    p.write_text("[1, 2", encoding="utf-8")
    with pytest.raises(DataError):
        gold_from_json(p)
    p.write_text(json.dumps({"events": [{"name": "x"}]}), encoding="utf-8")
    with pytest.raises(DataError):
        gold_from_json(p)
