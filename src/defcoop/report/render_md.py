"""The dyad report as Markdown (pandoc- and GitHub-flavoured tables; figures as SVG data URIs)."""

from __future__ import annotations

from defcoop.report.builder import Report, TableData, label
from defcoop.report.render_html import data_uri


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def table(t: TableData) -> list[str]:
    out = []
    if t.title:
        out += [f"**{_cell(t.title)}**", ""]
    out.append("| " + " | ".join(_cell(h) for h in t.header) + " |")
    out.append("|" + "|".join("---" for _ in t.header) + "|")
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in t.rows]
    if t.note:
        out += ["", f"*{t.note}*"]
    return out + [""]


def render(report: Report) -> str:
    lines = [f"# {report.title}", "", f"*{report.subtitle}*", "", report.intro, "",
             f"## {label('contents', report.lang)}", ""]
    lines += [f"{i}. [{s.heading}](#{s.key})" for i, s in enumerate(report.sections, start=1)]
    lines.append("")
    for i, s in enumerate(report.sections, start=1):
        lines += [f'<a id="{s.key}"></a>', "", f"## {i}. {s.heading}", ""]
        for p in s.paragraphs:
            lines += [p, ""]
        for f in s.figures:
            lines += [f"![{f.title}]({data_uri(f.svg)})", "", f"*{f.caption}*", ""]
        for t in s.tables:
            lines += table(t)
        if s.key == "bibliography":
            lines += [ref + "  " for ref in report.references_text] + [""]
    lines += [f"*{report.store_note}*", ""]
    return "\n".join(lines)
