"""Extraction on documents written apart from the extractor's own corpus, and never used to
tune it: news, ministry releases and no-event texts in both languages."""

from __future__ import annotations

from pathlib import Path

from defcoop.evaluate import evaluate_corpus

HELDOUT = Path(__file__).parent / "fixtures" / "extraction-heldout"


def test_heldout_documents_score_well() -> None:
    report = evaluate_corpus(HELDOUT)
    assert report.documents == 12
    assert report.record_soft.f1 >= 0.85, report.record_soft.as_dict()
    assert report.soft["kind"].f1 >= 0.85
    assert report.soft["date_start"].f1 >= 0.85
    assert report.soft["parties"].f1 >= 0.85


def test_heldout_no_event_documents_give_nothing() -> None:
    from defcoop.extract import extract
    from defcoop.read import read_document

    for path in sorted(HELDOUT.glob("*.txt")):
        gold = path.with_suffix(".json").read_text(encoding="utf-8")
        if '"events": []' in gold:
            assert extract(read_document(path)).events == [], path.name
