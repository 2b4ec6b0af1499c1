"""Parsed references exported as BibTeX, CSL-JSON and RIS."""

from __future__ import annotations

import json
import re

import bibtexparser
import pytest

from defcoop.audit import parse_references
from defcoop.audit.bibexport import export, to_bibtex, to_csl_json, to_ris
from defcoop.audit.references import Reference
from defcoop.read.document import Document


@pytest.fixture(scope="module")
def refs(paper: Document) -> list[Reference]:
    return parse_references(paper)


def test_bibtex_reads_back(refs: list[Reference]) -> None:
    db = bibtexparser.loads(to_bibtex(refs))
    assert len(db.entries) == len(refs)
    assert len({e["ID"] for e in db.entries}) == len(refs)
    by_id = {e["ID"]: e for e in db.entries}
    article = by_id["akinci2023"]
    assert article["ENTRYTYPE"] == "article"
    assert article["pages"] == "88--106" and article["volume"] == "9" and article["number"] == "1"
    assert "Kaba, S. G." in article["author"]
    assert by_id["cornell2011"]["publisher"] == "M.E. Sharpe"


def test_bibtex_keeps_institutions_whole_and_escapes_specials() -> None:
    ref = Reference(raw="x", authors=["Milli Savunma Bakanlığı"], year=2021, title="R&D_50%",
                    url="https://example.org/a_b", type="web")
    db = bibtexparser.loads(to_bibtex([ref]))
    (entry,) = db.entries
    assert entry["author"] == "{Milli Savunma Bakanlığı}"
    assert entry["title"] == r"{R\&D\_50\%}"
    assert entry["url"] == "https://example.org/a_b"


def test_csl_json_items_have_required_keys(refs: list[Reference]) -> None:
    items = json.loads(to_csl_json(refs))
    assert len(items) == len(refs)
    for item in items:
        assert {"id", "type"} <= item.keys() and item["type"]
        assert "title" in item or item["id"].startswith("milli")  # one entry prints no title
        for name in item.get("author", []):
            assert "family" in name or "literal" in name
    web = next(i for i in items if i.get("URL", "").startswith("https://www.youtube.com/"))
    assert web["accessed"] == {"date-parts": [[2024, 12, 15]]}
    assert web["author"] == [{"literal": "BİTES"}]


def test_ris_line_format(refs: list[Reference]) -> None:
    text = to_ris(refs)
    lines = [ln for ln in text.splitlines() if ln]
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", ln) for ln in lines), \
        [ln for ln in lines if not re.fullmatch(r"[A-Z][A-Z0-9]  - .*", ln)]
    assert sum(ln.startswith("TY  - ") for ln in lines) == len(refs)
    assert sum(ln == "ER  - " for ln in lines) == len(refs)
    assert "SP  - 277" in lines and "EP  - 300" in lines


def test_unknown_format_is_refused(refs: list[Reference]) -> None:
    with pytest.raises(ValueError, match="bibtex"):
        export(refs, "endnote")
