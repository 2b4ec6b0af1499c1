"""The report's figures as matplotlib figures, rendered to SVG (vector) and PNG.

- timeline: :func:`defcoop.timeline.figure`;
- map: country shapes from the world-atlas TopoJSON the package ships for the dashboard (dyad
  states highlighted) with the events' places; without the shapes, a longitude/latitude plot;
- intensity: the yearly cooperation-intensity index, stacked by event kind, pivot shaded;
- network: :func:`defcoop.export.network.figure`.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from defcoop.report.intensity import Series
from defcoop.timeline import KIND_COLORS

WORLD = ("web", "static", "vendor", "world-atlas", "countries-50m.json")


@dataclass
class Figure:
    key: str
    title: str
    caption: str
    svg: str
    png: bytes


def _mpl() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "defcoop"
    import matplotlib.pyplot as plt

    return plt


def render(key: str, title: str, caption: str, fig: Any) -> Figure:
    """SVG text and a PNG of ``fig`` (metadata without dates, so output depends only on data)."""
    plt = _mpl()
    svg = io.StringIO()
    fig.savefig(svg, format="svg", metadata={"Date": None})
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=130, metadata={"Software": None})
    plt.close(fig)
    text = svg.getvalue()
    return Figure(key=key, title=title, caption=caption, svg=text[text.find("<svg"):], png=png.getvalue())


# ------------------------------------------------------------------ map


def world_path() -> Path | None:
    path = Path(str(resources.files("defcoop").joinpath(*WORLD)))
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def world_shapes() -> list[tuple[str, str, list[list[tuple[float, float]]]]]:
    """(id, name, rings) of every country of the TopoJSON, rings in lon/lat."""
    path = world_path()
    if path is None:
        return []
    topo = json.loads(path.read_text(encoding="utf-8"))
    tf = topo.get("transform")
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        x = y = 0.0
        pts = []
        for p in arc:
            if tf:
                x += p[0]
                y += p[1]
                pts.append((x * tf["scale"][0] + tf["translate"][0], y * tf["scale"][1] + tf["translate"][1]))
            else:
                pts.append((float(p[0]), float(p[1])))
        arcs.append(pts)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts[1:] if out else pts)
        return out

    shapes = []
    obj = next(iter(topo["objects"].values()))
    for geom in obj["geometries"]:
        polys = geom.get("arcs") or []
        if geom["type"] == "Polygon":
            polys = [polys]
        elif geom["type"] != "MultiPolygon":
            continue
        rings = [ring(r) for poly in polys for r in poly]
        shapes.append((str(geom.get("id", "")), str((geom.get("properties") or {}).get("name", "")), rings))
    return shapes


def _extent(points: list[tuple[float, float]], aspect: float) -> tuple[float, float, float, float]:
    """A lon/lat window around ``points`` with the width/height ratio ``aspect`` on the page."""
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    k = math.cos(math.radians(cy))
    dx = max(max(lons) - min(lons) + 4.0, 10.0)
    dy = max(max(lats) - min(lats) + 3.0, 6.0)
    if dx * k / dy < aspect:
        dx = dy * aspect / k
    else:
        dy = dx * k / aspect
    return cx - dx / 2, cx + dx / 2, cy - dy / 2, cy + dy / 2


def _declutter(points: list[dict[str, Any]], min_deg: float) -> set[str]:
    """Ids of the places to label: the busiest first, none closer than ``min_deg`` to another."""
    chosen: list[dict[str, Any]] = []
    for p in sorted(points, key=lambda p: (-len(p.get("events") or []), str(p["id"]))):
        if all(abs(p["lon"] - q["lon"]) + abs(p["lat"] - q["lat"]) >= min_deg for q in chosen):
            chosen.append(p)
    return {str(p["id"]) for p in chosen}


def map_figure(places: list[dict[str, Any]], highlight: list[str], lang: str = "en") -> Any:
    """Places (with lat/lon and their events) over the country shapes, ``highlight`` ISO numeric ids."""
    plt = _mpl()
    from matplotlib.collections import PolyCollection

    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    points = [p for p in located if p.get("kind") != "country"] or located
    fig, ax = plt.subplots(figsize=(10, 6.2))
    fig.subplots_adjust(left=0.06, right=0.99, top=0.98, bottom=0.08)
    if not points:
        ax.text(0.5, 0.5, "—", ha="center", va="center", transform=ax.transAxes)
        ax.axis("off")
        return fig
    x0, x1, y0, y1 = _extent([(p["lon"], p["lat"]) for p in points], aspect=1.55)
    labelled = _declutter(points, (x1 - x0) / 28)
    shapes = world_shapes()
    if shapes:
        normal: list[list[tuple[float, float]]] = []
        marked: list[list[tuple[float, float]]] = []
        for sid, _name, rings in shapes:
            for r in rings:
                if not r:
                    continue
                xs = [q[0] for q in r]
                ys = [q[1] for q in r]
                if max(xs) < x0 or min(xs) > x1 or max(ys) < y0 or min(ys) > y1:
                    continue
                (marked if sid in highlight else normal).append(r)
        ax.add_collection(PolyCollection(normal, facecolors="#eeeeee", edgecolors="#9a9a9a", linewidths=0.4))
        ax.add_collection(PolyCollection(marked, facecolors="#fbe3c8", edgecolors="#8a5a2b", linewidths=0.7))
        ax.set_facecolor("#dcebf5")
    else:
        ax.grid(linestyle=":", alpha=0.5)
    n_max = max(len(p.get("events") or []) for p in points) or 1
    for p in points:
        n = len(p.get("events") or [])
        kinds = [e["kind"] for e in p.get("events") or []]
        color = KIND_COLORS.get(max(set(kinds), key=kinds.count), "#d62728") if kinds else "#d62728"
        ax.scatter([p["lon"]], [p["lat"]], s=30 + 90 * n / n_max, color=color, edgecolors="black",
                   linewidths=0.5, zorder=3)
        if str(p["id"]) in labelled:
            ax.annotate(f"{p['name']} ({n})" if n > 1 else p["name"], (p["lon"], p["lat"]), xytext=(4, 3),
                        textcoords="offset points", fontsize=8, zorder=4)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)))
    ax.set_xlabel("lon")
    ax.set_ylabel("lat")
    ax.tick_params(labelsize=7)
    return fig


# ------------------------------------------------------------------ intensity


def intensity_figure(s: Series, labels: dict[str, str], lang: str, pivot_years: tuple[int, int] | None) -> Any:
    plt = _mpl()
    fig, ax = plt.subplots(figsize=(10, 4.2))
    bottom = [0.0] * len(s.years)
    for kind, values in sorted(s.by_kind.items()):
        ax.bar(s.years, values, bottom=bottom, color=KIND_COLORS.get(kind, "#555555"), label=labels.get(kind, kind),
               width=0.7)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.plot(s.years, s.index, color="black", linewidth=0.8, marker="o", markersize=3)
    if pivot_years:
        ax.axvspan(pivot_years[0] - 0.45, pivot_years[1] + 0.45, color="#d62728", alpha=0.12, zorder=0)
    ax.set_xlabel("Yıl" if lang == "tr" else "Year")
    ax.set_ylabel("I(y)")
    ax.set_xticks(s.years)
    ax.tick_params(axis="x", labelrotation=90, labelsize=7)
    ax.legend(fontsize=7, frameon=False)
    ax.grid(axis="y", linestyle=":", alpha=0.5)
    fig.tight_layout()
    return fig
