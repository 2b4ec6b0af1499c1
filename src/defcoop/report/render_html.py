"""The dyad report as one self-contained HTML page: figures embedded as SVG data URIs, no
script, no stylesheet or font from the network."""

from __future__ import annotations

import base64
from importlib import resources
from typing import Any

from defcoop.report.builder import Report, label


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def render(report: Report) -> str:
    import jinja2

    text = (resources.files("defcoop") / "report" / "templates" / "report.html.j2").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(text)
    sections: list[dict[str, Any]] = []
    for s in report.sections:
        sections.append({
            "key": s.key, "heading": s.heading, "paragraphs": s.paragraphs, "tables": s.tables,
            "figures": [{"src": data_uri(f.svg), "title": f.title, "caption": f.caption} for f in s.figures],
        })
    view = {"lang": report.lang, "title": report.title, "subtitle": report.subtitle, "intro": report.intro,
            "sections": sections, "references_html": report.references_html, "store_note": report.store_note}
    return template.render(r=view, contents=label("contents", report.lang))
