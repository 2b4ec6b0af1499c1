"""An audit report as text, JSON or a self-contained HTML page.

The JSON form is public API (see docs/audit.md). The HTML page carries its own styles,
loads nothing from elsewhere, and escapes every piece of document text.
"""

from __future__ import annotations

import json
from html import escape

from defcoop.audit import AuditReport
from defcoop.audit.findings import KINDS

__all__ = ["render", "render_html", "render_json", "render_text", "FORMATS"]

FORMATS = ("text", "json", "html")

_LABELS = {
    "missing_reference": "Citation with no reference",
    "uncited_reference": "Reference never cited",
    "author_mismatch": "Author spelled differently",
    "year_mismatch": "Year differs",
    "page_out_of_range": "Cited page outside the work's pages",
    "malformed_reference": "Malformed reference",
    "duplicate_reference": "Duplicate reference",
    "fact_conflict": "Facts that contradict each other",
}


def render_json(report: AuditReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _summary(report: AuditReport) -> str:
    n = len(report.findings)
    counts = report.counts()
    parts = [f"{counts[k]} {k}" for k in KINDS if k in counts]
    return (f"{len(report.citations)} citations, {len(report.references)} references, "
            f"{n} finding{'s' if n != 1 else ''}" + (f" ({', '.join(parts)})" if parts else ""))


def render_text(report: AuditReport) -> str:
    lines = [f"Audit of {report.document.path}", _summary(report), ""]
    if not report.references:
        lines += ["No reference list found (no heading such as Kaynakça, Kaynaklar, References "
                  "or Bibliography on a line of its own).", ""]
    if report.clean:
        lines.append("No problems found.")
    for f in report.findings:
        page = f"p. {f.page}" if f.page is not None else "p. ?"
        lines.append(f"{page:>7}  {f.severity.upper():<7} {f.kind}")
        lines.append(f"         {f.message}")
        lines.append(f"         quote: {f.quote}")
        lines.append(f"         fix:   {f.suggestion}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:60rem;
color:#1d1d1f;line-height:1.45;padding:0 1rem}
h1{font-size:1.4rem;margin-bottom:.2rem}.summary{color:#555;margin-top:0}
table{border-collapse:collapse;width:100%;margin-top:1rem}
th,td{border-bottom:1px solid #ddd;padding:.45rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f6;font-weight:600}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem;padding:.1rem .35rem;border-radius:3px}
.error{background:#fde2e1;color:#9b1c1c}.warning{background:#fff1cc;color:#7a5300}
.info{background:#e3effd;color:#1b4f8a}
q,.quote{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;background:#f7f7f9}
.fix{color:#245c2a}.kind{font-size:.8rem;color:#555}
.clean{padding:1rem;background:#e6f4ea;color:#1e5631;border-radius:4px}
"""


def render_html(report: AuditReport) -> str:
    rows = []
    for f in report.findings:
        rows.append(
            "<tr>"
            f"<td>{escape(str(f.page)) if f.page is not None else '?'}</td>"
            f"<td><span class=\"sev {escape(f.severity)}\">{escape(f.severity)}</span></td>"
            f"<td><div>{escape(_LABELS.get(f.kind, f.kind))}</div>"
            f"<div class=\"kind\">{escape(f.kind)}</div></td>"
            f"<td><div>{escape(f.message)}</div>"
            f"<div class=\"quote\">{escape(f.quote)}</div>"
            f"<div class=\"fix\">{escape(f.suggestion)}</div></td>"
            "</tr>")
    body = ("<p class=\"clean\">No problems found.</p>" if report.clean else
            "<table><thead><tr><th>Page</th><th>Severity</th><th>Kind</th><th>Finding</th></tr>"
            "</thead><tbody>" + "".join(rows) + "</tbody></table>")
    title = f"Audit of {report.document.path}"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class=\"summary\">{escape(_summary(report))}</p>"
            f"{body}</body></html>\n")


def render(report: AuditReport, fmt: str) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "html":
        return render_html(report)
    return render_text(report)
