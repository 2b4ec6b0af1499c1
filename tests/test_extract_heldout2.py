"""Extraction on a second set of documents written apart from the extractor's own corpus: agency
wires, a ministry's weekly briefing, ministry and military press releases, an analysis and an
academic paper with author-date citations, and two no-event texts, in Turkish and English."""

from __future__ import annotations

from pathlib import Path

from defcoop.evaluate import evaluate_corpus

HELDOUT2 = Path(__file__).parent / "fixtures" / "extraction-heldout2"


def test_second_heldout_set_scores_above_its_floor() -> None:
    report = evaluate_corpus(HELDOUT2)
    assert report.documents == 12
    assert report.record_soft.f1 >= 0.68, report.record_soft.as_dict()
    assert report.record_soft.precision >= 0.85, report.record_soft.as_dict()
    assert report.record_strict.f1 >= 0.42, report.record_strict.as_dict()


def test_second_heldout_no_event_documents_give_nothing() -> None:
    from defcoop.extract import extract
    from defcoop.read import read_document

    empty = 0
    for path in sorted(HELDOUT2.glob("*.txt")):
        gold = path.with_suffix(".json").read_text(encoding="utf-8")
        if '"events": []' in gold:
            empty += 1
            assert extract(read_document(path)).events == [], path.name
    assert empty == 2
