"""Timeline figures: events grouped by kind, each drawn over the days its date covers.

A day is a short mark; a month or a year is a bar across that month or year; a range runs from
its first to its last covered day. Writes PNG, SVG, or a self-contained HTML page (inline SVG,
no scripts or styles from the network).
"""

from __future__ import annotations

import html
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from defcoop import dates
from defcoop.errors import ExportError
from defcoop.tables import save_atomically

FORMATS = ("png", "svg", "html")
KIND_COLORS = {
    "exercise": "#1f77b4", "agreement": "#2ca02c", "declaration": "#d62728", "arms_transfer": "#9467bd",
    "deployment": "#8c564b", "conflict": "#7f7f7f", "institution": "#e377c2", "meeting": "#bcbd22",
    "project": "#17becf", "visit": "#ff7f0e", "other": "#aaaaaa",
}
TITLES = {"tr": "Zaman çizelgesi", "en": "Timeline"}


def _num(d: date) -> float:
    """Matplotlib's date number (days since 1970-01-01)."""
    return float((d - date(1970, 1, 1)).days)


def _span(e: dict[str, Any]) -> tuple[date, date]:
    start = dates.bounds(e["date_start"])[0]
    end = dates.bounds(e["date_end"] or e["date_start"])[1]
    return start, end


def figure(events: list[dict[str, Any]], lang: str = "tr", since: int | None = None) -> Any:
    """A matplotlib Figure of the dated events."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "defcoop"  # same data, same bytes
    dated = [e for e in events if e.get("date_start")]
    if since is not None:
        dated = [e for e in dated if _span(e)[1].year >= since]
    if not dated:
        raise ExportError("no dated events to draw: widen the filters")
    dated.sort(key=lambda e: (e["kind"], _span(e)[0]))
    kinds: list[str] = []
    for e in dated:
        if e["kind"] not in kinds:
            kinds.append(e["kind"])
    height = max(3.0, 0.32 * len(dated) + 1.2)
    fig, ax = plt.subplots(figsize=(11, height))
    labels: list[str] = []
    for y, e in enumerate(dated):
        s, t = _span(e)
        width = max((t - s).days + 1, 1)
        color = KIND_COLORS.get(e["kind"], "#555555")
        if e["date_precision"] == "day" and width <= 1:
            ax.plot([_num(s)], [y], marker="D", color=color, markersize=6)
        else:
            hatch = None if e["date_precision"] == "day" else ("//" if e["date_precision"] == "month" else "..")
            ax.barh(y, width, left=_num(s), height=0.6, color=color, alpha=0.75,
                    edgecolor=color, hatch=hatch)
        labels.append(f"{e['name']} ({e.get('date_label') or e['date_start']})")
    ax.set_yticks(range(len(dated)))
    ax.set_yticklabels(labels, fontsize=7)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.grid(axis="x", linestyle=":", alpha=0.5)
    from matplotlib.patches import Patch

    legend_title = "Tür" if lang == "tr" else "Kind"
    handles = [Patch(color=KIND_COLORS.get(k, "#555"), label=next(e["kind_label"] for e in dated if e["kind"] == k))
               for k in kinds]
    handles += [Patch(facecolor="white", edgecolor="black", hatch="//",
                      label="ay" if lang == "tr" else "month precision"),
                Patch(facecolor="white", edgecolor="black", hatch="..",
                      label="yıl" if lang == "tr" else "year precision")]
    ax.legend(handles=handles, title=legend_title, fontsize=7, loc="lower left",
              bbox_to_anchor=(1.01, 0))
    ax.set_title(TITLES[lang])
    lo = min(_span(e)[0] for e in dated) - timedelta(days=60)
    hi = max(_span(e)[1] for e in dated) + timedelta(days=60)
    ax.set_xlim(_num(lo), _num(hi))
    fig.tight_layout()
    return fig


def svg_text(events: list[dict[str, Any]], lang: str = "tr", since: int | None = None) -> str:
    import matplotlib.pyplot as plt

    fig = figure(events, lang, since)
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    plt.close(fig)
    return buf.getvalue()


def html_page(events: list[dict[str, Any]], lang: str = "tr", since: int | None = None) -> str:
    svg = svg_text(events, lang, since)
    svg = svg[svg.find("<svg"):]
    rows = "".join(
        f"<tr><td>{html.escape(e.get('date_label') or '')}</td><td>{html.escape(e['kind_label'])}</td>"
        f"<td>{html.escape(e['name'])}</td></tr>"
        for e in sorted((e for e in events if e.get("date_start")), key=lambda e: _span(e)[0]))
    head = ("Tarih", "Tür", "Olay") if lang == "tr" else ("Date", "Kind", "Event")
    return (f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
            f"<title>{TITLES[lang]}</title><style>body{{font-family:sans-serif;margin:2em}}"
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px}"
            f"svg{{max-width:100%;height:auto}}</style></head><body><h1>{TITLES[lang]}</h1>{svg}"
            f"<table><thead><tr><th>{head[0]}</th><th>{head[1]}</th><th>{head[2]}</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></body></html>\n")


def write(events: list[dict[str, Any]], out: str | Path, fmt: str | None = None, lang: str = "tr",
          since: int | None = None) -> str:
    """Write the timeline to ``out``; the format comes from ``fmt`` or the file extension."""
    path = Path(out)
    fmt = fmt or path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"cannot draw a timeline as '{fmt or path.name}': use .png, .svg or .html")
    if fmt == "html":
        text = html_page(events, lang, since)
        save_atomically(lambda p: p.write_text(text, encoding="utf-8"), path)
    else:
        import matplotlib.pyplot as plt

        fig = figure(events, lang, since)
        try:
            meta = {"Date": None} if fmt == "svg" else None
            save_atomically(lambda p: fig.savefig(str(p), format=fmt, dpi=150, metadata=meta), path)
        finally:
            plt.close(fig)
    return fmt
