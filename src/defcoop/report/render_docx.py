"""The dyad report as a Word document (python-docx): headings, tables, figures as PNG images,
and the APA reference list with hanging indents."""

from __future__ import annotations

import io
from defcoop.report.builder import Report, TableData


def _table(doc: object, t: TableData) -> None:
    from docx.shared import Pt

    if t.title:
        doc.add_paragraph().add_run(t.title).bold = True  # type: ignore[attr-defined]
    table = doc.add_table(rows=1, cols=len(t.header))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for i, h in enumerate(t.header):
        cell = table.rows[0].cells[i]
        cell.text = h
        for run in cell.paragraphs[0].runs:
            run.bold = True
            run.font.size = Pt(8)
    for row in t.rows:
        cells = table.add_row().cells
        for i, c in enumerate(row):
            cells[i].text = c
            for run in cells[i].paragraphs[0].runs:
                run.font.size = Pt(8)
    if t.note:
        doc.add_paragraph(t.note)  # type: ignore[attr-defined]


def docx_bytes(report: Report) -> bytes:
    import docx
    from docx.shared import Cm, Pt

    doc = docx.Document()
    doc.core_properties.title = report.title
    doc.core_properties.author = "defcoop"
    doc.add_heading(report.title, level=0)
    doc.add_paragraph(report.subtitle).runs[0].italic = True
    doc.add_paragraph(report.intro)
    for i, s in enumerate(report.sections, start=1):
        doc.add_heading(f"{i}. {s.heading}", level=1)
        for p in s.paragraphs:
            doc.add_paragraph(p)
        for f in s.figures:
            doc.add_picture(io.BytesIO(f.png), width=Cm(16))
            cap = doc.add_paragraph(f.caption)
            cap.runs[0].italic = True
            cap.runs[0].font.size = Pt(8)
        for t in s.tables:
            _table(doc, t)
        if s.key == "bibliography":
            for ref in report.references_text:
                para = doc.add_paragraph(ref)
                para.paragraph_format.left_indent = Cm(1.27)
                para.paragraph_format.first_line_indent = Cm(-1.27)
    doc.add_paragraph(report.store_note).runs[0].font.size = Pt(7)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
