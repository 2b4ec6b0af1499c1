"""Facts that contradict each other: conflicts of the extractor as findings, and the generic
heading-against-prose check."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from defcoop.audit import facts
from defcoop.audit.facts import fact_findings, heading_prose_conflicts
from defcoop.read.document import Document


def test_generic_check_finds_the_heading_prose_date_conflict(paper: Document) -> None:
    found = heading_prose_conflicts(paper)
    assert len(found) == 1
    f = found[0]
    assert f.kind == "fact_conflict" and f.page == 19
    assert "2-16 Eylül 2021" in f.message and "6-17 Eylül 2021" in f.message


@pytest.mark.parametrize("name", ["clean_tr.txt", "clean_en.txt"])
def test_generic_check_is_quiet_on_consistent_dates(
        name: str, manuscript: Callable[[str], Document]) -> None:
    assert heading_prose_conflicts(manuscript(name)) == []


@pytest.mark.parametrize("name,old,new", [
    ("clean_tr.txt", "10-14 Mayıs 2022 tarihleri", "17-21 Haziran 2022 tarihleri"),
    ("clean_en.txt", "held from 10 to 14 May 2022", "held from 20 to 24 June 2022"),
])
def test_generic_check_finds_a_planted_conflict(
        name: str, old: str, new: str, planted: Callable[[str, str, str], Document]) -> None:
    (f,) = heading_prose_conflicts(planted(name, old, new))
    assert f.page == 1 and f.quote


def test_extractor_conflicts_become_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(path="x.txt", text="Tatbikat A (Mayıs 2022): 3-5 Haziran 2022 yapıldı.")
    result: dict[str, Any] = {"events": [{
        "name": "Tatbikat A",
        "claims": [{"field": "date", "value": "2022-05", "quote": "Tatbikat A (Mayıs 2022)",
                    "page": 1},
                   {"field": "date", "value": "2022-06-03/2022-06-05",
                    "quote": "3-5 Haziran 2022", "page": 1}],
        "conflicts": [{"field": "date", "values": ["2022-05", "2022-06-03/2022-06-05"],
                       "claims": [0, 1]}],
    }]}

    class FakeModule:
        @staticmethod
        def extract(d: Document) -> dict[str, Any]:
            return result

    real = facts.importlib.import_module
    monkeypatch.setattr(facts.importlib, "import_module",
                        lambda name: FakeModule if name == "defcoop.extract" else real(name))
    (f,) = fact_findings(doc)
    assert (f.kind, f.page) == ("fact_conflict", 1)
    assert "Tatbikat A" in f.message and "2022-05" in f.message and "3-5 Haziran 2022" in f.quote


def test_extractor_conflict_names_the_agreeing_claims_too(paper: Document) -> None:
    (f,) = [f for f in fact_findings(paper) if "Şahini" in f.message]
    assert "page 19" in f.message and "page 17" in f.message


def test_extractor_failure_falls_back_to_the_generic_check(
        monkeypatch: pytest.MonkeyPatch, paper: Document) -> None:
    class Broken:
        @staticmethod
        def extract(d: Document) -> None:
            raise RuntimeError("cannot")

    real = facts.importlib.import_module
    monkeypatch.setattr(facts.importlib, "import_module",
                        lambda name: Broken if name == "defcoop.extract" else real(name))
    assert [f.page for f in fact_findings(paper)] == [19]


def test_generic_conflicts_the_extractor_missed_are_added(
        monkeypatch: pytest.MonkeyPatch, paper: Document) -> None:
    class Silent:
        @staticmethod
        def extract(d: Document) -> dict[str, Any]:
            return {"events": []}

    real = facts.importlib.import_module
    monkeypatch.setattr(facts.importlib, "import_module",
                        lambda name: Silent if name == "defcoop.extract" else real(name))
    assert [f.page for f in fact_findings(paper)] == [19]


def test_a_conflict_reported_by_both_checks_is_reported_once(paper: Document) -> None:
    assert len([f for f in fact_findings(paper) if "Şahini" in f.message]) == 1
