"""Server-drawn SVG for the dashboard: the timeline of spans and the bar charts of statistics.

Plain SVG text with every label escaped; no scripts, nothing from the network.
"""

from __future__ import annotations

import math
from datetime import date
from html import escape
from typing import Any

KIND_COLORS = {
    "exercise": "#1f77b4", "agreement": "#2ca02c", "declaration": "#d62728", "arms_transfer": "#9467bd",
    "deployment": "#8c564b", "conflict": "#7f7f7f", "institution": "#e377c2", "meeting": "#bcbd22",
    "project": "#17becf", "visit": "#ff7f0e", "other": "#999999",
}
_PATTERNS = (
    '<defs><pattern id="hatch-month" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="white" fill-opacity="0.0"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="white" stroke-width="2"/></pattern>'
    '<pattern id="hatch-year" width="6" height="6" patternUnits="userSpaceOnUse">'
    '<circle cx="3" cy="3" r="1.2" fill="white"/></pattern></defs>')


def timeline_svg(items: list[dict[str, Any]], href: str = "/events/", label_width: int = 300,
                 width: int = 1100, row: int = 22) -> str:
    """Rows of events; each spans its first to its last covered day (partial dates as spans)."""
    if not items:
        return ""
    first = min(date.fromisoformat(i["first_day"]) for i in items)
    last = max(date.fromisoformat(i["last_day"]) for i in items)
    y0, y1 = first.year, last.year + 1
    lo, hi = date(y0, 1, 1), date(y1, 1, 1)
    span = (hi - lo).days or 1
    plot = width - label_width - 20

    def x(d: date) -> float:
        return label_width + plot * (d - lo).days / span

    height = 30 + row * len(items) + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img">', _PATTERNS]
    step = max(1, math.ceil((y1 - y0) * 34 / plot))  # a label needs about 34 pixels
    for year in range(y0, y1 + 1):
        xx = x(date(year, 1, 1))
        out.append(f'<line x1="{xx:.1f}" y1="20" x2="{xx:.1f}" y2="{height - 5}" stroke="#ddd"/>')
        if year < y1 and (year - y0) % step == 0:
            mid = x(date(year, 7, 1)) if step == 1 else xx
            out.append(f'<text x="{mid:.1f}" y="14" font-size="12" text-anchor="middle">{year}</text>')
    for n, it in enumerate(items):
        y = 26 + n * row
        s, t = date.fromisoformat(it["first_day"]), date.fromisoformat(it["last_day"])
        xs = x(s)
        w = max(x(t) - xs + plot / span, 4.0)
        color = KIND_COLORS.get(it["kind"], "#555")
        label = escape(f'{it["name"]} — {it.get("date_label") or ""}')
        out.append(f'<a href="{escape(href + it["id"])}"><text x="{label_width - 6}" y="{y + 13}" '
                   f'font-size="11" text-anchor="end" class="tl-label">{escape(_short(it["name"], 44))}</text></a>')
        prec = it.get("precision") or "day"
        out.append(f'<g class="span" data-event="{escape(it["id"])}" data-precision="{escape(prec)}">'
                   f'<title>{label}</title>'
                   f'<rect x="{xs:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" rx="2" fill="{color}"/>')
        if prec in ("month", "year"):
            out.append(f'<rect x="{xs:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" '
                       f'fill="url(#hatch-{prec})"/>')
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def bar_chart_svg(rows: list[tuple[str, int]], title: str, width: int = 520, row: int = 22) -> str:
    """A horizontal bar chart of (label, count) rows."""
    if not rows:
        return ""
    label_w = 180
    top = max(n for _, n in rows) or 1
    plot = width - label_w - 50
    height = 28 + row * len(rows)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
           f'<text x="0" y="16" font-size="13" font-weight="bold">{escape(title)}</text>']
    for i, (label, n) in enumerate(rows):
        y = 26 + i * row
        w = plot * n / top
        out.append(f'<text x="{label_w - 6}" y="{y + 13}" font-size="11" text-anchor="end">'
                   f'{escape(_short(label, 30))}</text>'
                   f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{max(w, 1):.1f}" height="{row - 6}" '
                   f'fill="#3b6ea5"><title>{escape(label)}: {n}</title></rect>'
                   f'<text x="{label_w + w + 4:.1f}" y="{y + 13}" font-size="11">{n}</text>')
    out.append("</svg>")
    return "".join(out)
