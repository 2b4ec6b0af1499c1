"""Reports on a pair of states, in the founding paper's order: HTML, PDF, DOCX and Markdown.

``build(store, dyad, lang)`` gathers the sections (:mod:`defcoop.report.builder`);
``write_report(store, dyad, fmt, path, lang)`` renders and writes them atomically.
"""

from __future__ import annotations

from pathlib import Path

from defcoop.errors import ExportError
from defcoop.report.builder import Report, build
from defcoop.store.sqlite import Store

FORMATS = ("html", "pdf", "docx", "markdown")


def render_bytes(report: Report, fmt: str) -> bytes:
    """The report laid out as ``fmt``."""
    if fmt == "html":
        from defcoop.report.render_html import render

        return render(report).encode("utf-8")
    if fmt == "markdown":
        from defcoop.report.render_md import render as render_md

        return render_md(report).encode("utf-8")
    if fmt == "docx":
        from defcoop.report.render_docx import docx_bytes

        return docx_bytes(report)
    if fmt == "pdf":
        from defcoop.report.render_pdf import pdf_bytes

        return pdf_bytes(report)[0]
    raise ExportError(f"unknown report format '{fmt}': use one of {', '.join(FORMATS)}")


def write_report(store: Store, dyad: str, fmt: str, path: str | Path, lang: str = "en") -> Report:
    """Build the report of ``dyad`` and write it as ``fmt`` to ``path`` (nothing half-written)."""
    from defcoop.export.writing import write_file

    if fmt not in FORMATS:
        raise ExportError(f"unknown report format '{fmt}': use one of {', '.join(FORMATS)}")
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target} is a folder: give a file name")
    if not target.parent.is_dir():
        raise ExportError(f"cannot write {target}: folder {target.parent} does not exist")
    report = build(store, dyad, lang)
    write_file(render_bytes(report, fmt), target)
    return report


__all__ = ["FORMATS", "Report", "build", "write_report"]
