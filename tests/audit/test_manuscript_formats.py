"""The clean manuscripts as PDF (typeset with a running header and page numbers on every
page: what PDF-to-text puts between the pages must not turn into findings) and as DOCX."""

from __future__ import annotations

import glob
import textwrap
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from defcoop.audit import audit
from defcoop.read import read_document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "audit"
HEADER = "Journal of Test Studies  Vol. 3  No. 2  2024  e-ISSN 0000-0000"


def _font(turkish: bool) -> str:
    if not turkish:
        return "Helvetica"
    found = sorted(glob.glob("/usr/share/fonts/**/DejaVuSans.ttf", recursive=True))
    if not found:
        pytest.skip("no DejaVuSans.ttf to typeset Turkish letters")
    pdfmetrics.registerFont(TTFont("DejaVuSans", found[0]))
    return "DejaVuSans"


def _typeset(src: Path, out: Path, font: str) -> None:
    text = src.read_text(encoding="utf-8").replace("\f", "\n")
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(textwrap.wrap(para, 62) or [""])
    pdf = canvas.Canvas(str(out), pagesize=A5)
    width, height = A5
    page, y = 1, height - 60

    def furniture() -> None:
        pdf.setFont(font, 7)
        pdf.drawString(40, height - 30, HEADER)
        pdf.drawString(width / 2, 25, str(page))
        pdf.setFont(font, 9)

    furniture()
    for line in lines:
        if y < 50:
            pdf.showPage()
            page += 1
            y = height - 60
            furniture()
        pdf.drawString(40, y, line)
        y -= 12
    pdf.save()


@pytest.mark.parametrize("name,turkish", [("clean_en.txt", False), ("clean_tr.txt", True)])
def test_clean_manuscript_as_pdf_has_no_finding(name: str, turkish: bool, tmp_path: Path) -> None:
    out = tmp_path / name.replace(".txt", ".pdf")
    _typeset(FIXTURES / name, out, _font(turkish))
    doc = read_document(out)
    assert doc.pages >= 3
    report = audit(doc)
    assert len(report.references) == 10
    assert [f.to_dict() for f in report.findings] == []
    assert not [r.raw for r in report.references if "ISSN" in r.raw]
    # the same records as from the plain text
    plain = audit(read_document(FIXTURES / name)).references
    fields = ("authors", "year", "title", "container", "pages", "url", "doi", "accessed")
    assert [[getattr(r, f) for f in fields] for r in report.references] == \
        [[getattr(r, f) for f in fields] for r in plain]


@pytest.mark.parametrize("name", ["clean_tr.txt", "clean_en.txt"])
def test_clean_manuscript_as_docx_has_no_finding(name: str, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    text = (FIXTURES / name).read_text(encoding="utf-8").replace("\f", "")
    for para in text.split("\n\n"):
        document.add_paragraph(" ".join(para.split("\n")))
    out = tmp_path / name.replace(".txt", ".docx")
    document.save(str(out))
    report = audit(read_document(out))
    assert len(report.references) == 10 and len(report.citations) >= 12
    assert [f.to_dict() for f in report.findings] == []
