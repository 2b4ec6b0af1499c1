"""Audit reports: the JSON contract, plain text, and a self-contained, escaped HTML page."""

from __future__ import annotations

import json
from typing import Any, Callable

import jsonschema
import pytest
from lxml import html as lxml_html

from defcoop.audit import KINDS, audit
from defcoop.audit.report import render, render_html, render_json, render_text
from defcoop.read.document import Document

FINDING = {
    "type": "object",
    "required": ["kind", "severity", "page", "quote", "citation", "reference", "message",
                 "suggestion"],
    "properties": {
        "kind": {"enum": list(KINDS)},
        "severity": {"enum": ["error", "warning", "info"]},
        "page": {"type": ["integer", "null"]},
        "quote": {"type": "string"},
        "citation": {"type": ["string", "null"]},
        "reference": {"type": ["string", "null"]},
        "message": {"type": "string"},
        "suggestion": {"type": "string"},
    },
    "additionalProperties": False,
}
REPORT = {
    "type": "object",
    "required": ["document", "citations", "references", "findings"],
    "properties": {
        "document": {"type": "object", "required": ["path", "sha256", "pages"]},
        "citations": {"type": "array", "items": {
            "type": "object",
            "required": ["text", "authors", "year", "pages", "narrative", "page", "reference"]}},
        "references": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "raw", "authors", "year", "title", "container", "volume", "issue",
                         "pages", "url", "doi", "accessed", "type", "page"]}},
        "findings": {"type": "array", "items": FINDING},
    },
}


@pytest.fixture(scope="module")
def paper_json(paper: Document) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render_json(audit(paper)))
    return data


def test_json_report_follows_the_contract(paper_json: dict[str, Any]) -> None:
    jsonschema.validate(paper_json, REPORT)
    assert paper_json["findings"]


def test_json_citation_points_at_its_reference(paper_json: dict[str, Any]) -> None:
    ids = {r["id"]: r for r in paper_json["references"]}
    cornell = next(c for c in paper_json["citations"] if c["text"] == "Cornell, 2011: 62")
    assert ids[cornell["reference"]]["raw"].startswith("Cornell, S. E. (2011)")
    missing = next(c for c in paper_json["citations"] if c["text"] == "SavunmaTR, 2021")
    assert missing["reference"] is None


def test_json_finding_reference_is_the_entry_as_printed(paper_json: dict[str, Any]) -> None:
    raws = {r["raw"] for r in paper_json["references"]}
    for f in paper_json["findings"]:
        if f["reference"] is not None:
            assert f["reference"] in raws
        if f["kind"] == "missing_reference":
            assert f["reference"] is None and f["citation"]


def test_text_report_lists_each_finding_with_its_page(paper: Document) -> None:
    report = audit(paper)
    text = render_text(report)
    assert f"{len(report.findings)} findings" in text
    assert "p. 11" in text and "Yanarışık" in text


def test_clean_report_says_so(manuscript: Callable[[str], Document]) -> None:
    report = audit(manuscript("clean_en.txt"))
    assert "No problems found." in render(report, "text")
    assert "No problems found." in render(report, "html")
    assert json.loads(render(report, "json"))["findings"] == []


HOSTILE = ("Metin <script>alert('x')</script> (Kötü <b>Yazar</b>, 2020: 5).\n\n"
           "Kaynakça\n\nBaşka, A. (2019), <img src=x onerror=alert(1)> başlık, Dergi, 1(1), 1-2.\n")


def test_html_escapes_document_text_and_is_self_contained() -> None:
    report = audit(Document(path="<evil>.txt", text=HOSTILE))
    page = render_html(report)
    assert "<script>" not in page and "<img" not in page and "<evil>" not in page
    assert "&lt;img" in page
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//script") and not tree.xpath("//img")
    assert not tree.xpath("//link[@href]") and "http://" not in page and "https://" not in page
    assert len(tree.xpath("//tbody/tr")) == len(report.findings) > 0


def test_text_report_says_when_there_is_no_reference_list() -> None:
    report = audit(Document(path="m.txt", text="Only prose (Smith, 2020)."))
    text = render_text(report)
    assert "No reference list found" in text and "missing_reference" in text
