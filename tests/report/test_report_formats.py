"""The report written as HTML, PDF (WeasyPrint), DOCX and Markdown, read back by other tools."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from defcoop.store import Store
from defcoop.tables import build_table


@pytest.fixture(scope="module")
def pdf_path(store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from defcoop.report import write_report
    from defcoop.store import open_store

    out = tmp_path_factory.mktemp("pdf") / "report.pdf"
    store = open_store(str(store_path))
    write_report(store, "TUR-AZE", "pdf", out, "en")
    store.close()
    return out


def _norm(s: str) -> str:
    return " ".join(s.split())


def test_pdf_holds_the_table_rows(pdf_path: Path, store: Store) -> None:
    text = _norm(" ".join(page.extract_text() or "" for page in PdfReader(str(pdf_path)).pages))
    for name in ("agreements", "exercises"):
        t = build_table(store, name, "en")
        for row in t.rows:
            first_word = row[0].split()[0]
            assert first_word in text
    assert "Chronology" in text and "References" in text


def test_pdf_embeds_the_figures(pdf_path: Path) -> None:
    reader = PdfReader(str(pdf_path))
    drawn = 0
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        drawn += len(xobjects)
    assert drawn >= 4
    assert len(reader.pages) >= 5


def test_pdf_makes_no_network_request(store: Store) -> None:
    from defcoop.report import build
    from defcoop.report.render_pdf import offline_fetcher, pdf_bytes

    fetcher = offline_fetcher()
    with pytest.raises(ValueError, match="nothing outside"):
        fetcher.fetch("https://example.org/x.png")
    assert fetcher.blocked == ["https://example.org/x.png"]
    report = build(store, "TUR-AZE", "en")
    report.sections[0].paragraphs.append("<img src='http://example.org/a.png'>")
    data, blocked = pdf_bytes(report)
    assert data.startswith(b"%PDF") and blocked == []


def test_html_is_self_contained(tmp_path: Path, cli: Callable[..., Any]) -> None:
    out = tmp_path / "r.html"
    result = cli("report", "--dyad", "TUR-AZE", "--format", "html", "--lang", "tr", "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Kronoloji" in html and html.count("data:image/svg+xml;base64,") == 4
    assert "http://" not in html.split("<body>")[0] and "<script" not in html


def test_docx_opens_with_tables_and_pictures(tmp_path: Path, cli: Callable[..., Any], store: Store) -> None:
    import docx

    out = tmp_path / "r.docx"
    assert cli("report", "--dyad", "TUR-AZE", "--format", "docx", "--lang", "en", "--out", str(out)).exit_code == 0
    d = docx.Document(str(out))
    cells = {c.text for t in d.tables for row in t.rows for c in row.cells}
    for row in build_table(store, "exercises", "en").rows:
        assert row[0] in cells
    media = [n for n in zipfile.ZipFile(out).namelist() if n.startswith("word/media/")]
    assert len(media) == 4


def test_markdown_has_tables_and_figures(tmp_path: Path, cli: Callable[..., Any]) -> None:
    out = tmp_path / "r.md"
    assert cli("report", "--dyad", "TUR-AZE", "--format", "markdown", "--out", str(out)).exit_code == 0
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# ") and "| --- |" not in md and "|---|" in md
    assert md.count("](data:image/svg+xml;base64,") == 4


@pytest.mark.parametrize("args, message", [
    (["--dyad", "TUR-XXX"], "unknown dyad"),
    (["--dyad", "TUR-AZE", "--format", "odt"], "Invalid value"),
])
def test_report_errors(cli: Callable[..., Any], tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "r.pdf"
    result = cli("report", *args, "--out", str(out))
    assert result.exit_code != 0 and message in result.output
    assert not out.exists()


def test_report_to_unwritable_place_leaves_nothing(cli: Callable[..., Any], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    for target in (blocker / "r.pdf", tmp_path / "missing" / "r.pdf", tmp_path):
        result = cli("report", "--dyad", "TUR-AZE", "--format", "pdf", "--out", str(target))
        assert result.exit_code != 0
        assert "cannot write" in result.output or "is a directory" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_same_store_same_html(store: Store) -> None:
    from defcoop.report import build, render_bytes

    assert render_bytes(build(store, "TUR-AZE", "en"), "html") == render_bytes(build(store, "TUR-AZE", "en"), "html")
    _ = io
