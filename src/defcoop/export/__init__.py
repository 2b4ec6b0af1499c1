"""Exports of the knowledge base in the forms the field uses.

``export(store, fmt, filter, lang)`` returns an :class:`Output` (files by name); ``write_output``
writes it atomically. Formats:

- ``json``: the canonical document of the whole store (``import_json`` rebuilds it);
- ``csv``, ``json-tables``, ``parquet``: events and claims as tables with a data dictionary;
- ``geojson``: places with their events;
- ``timelinejs``: a Knight Lab TimelineJS document;
- ``bibtex``, ``csl-json``, ``ris``: the sources;
- ``plover``: events as PLOVER event records; ``mme``: one row per exercise, MME-style;
- ``qdpx``: a REFI-QDA project (source texts with every claim's quote coded);
- ``graphml``: the actor network.
"""

from __future__ import annotations

from defcoop.errors import ExportError
from defcoop.export.writing import Output, write_output
from defcoop.store.queries import EventFilter
from defcoop.store.sqlite import Store

FORMATS = ("json", "csv", "json-tables", "parquet", "geojson", "timelinejs", "bibtex", "csl-json", "ris",
           "plover", "mme", "qdpx", "graphml")


def export(store: Store, fmt: str, f: EventFilter | None = None, lang: str = "en") -> Output:
    """Produce the export ``fmt`` of the events selected by ``f`` (all events without one)."""
    if f is not None:
        f.validate()
    if fmt == "json":
        from defcoop.export.jsonio import export_json
        return export_json(store, f)
    if fmt in ("csv", "json-tables", "parquet"):
        from defcoop.export.tabular import export_tables
        return export_tables(store, fmt, f, lang)
    if fmt == "geojson":
        from defcoop.export.geo import export_geojson
        return export_geojson(store, f, lang)
    if fmt == "timelinejs":
        from defcoop.export.timelinejs import export_timelinejs
        return export_timelinejs(store, f, lang)
    if fmt in ("bibtex", "csl-json", "ris"):
        from defcoop.export.biblio import export_biblio
        return export_biblio(store, fmt, f)
    if fmt in ("plover", "mme"):
        from defcoop.export.plover import export_mme, export_plover
        return export_plover(store, f, lang) if fmt == "plover" else export_mme(store, f)
    if fmt == "qdpx":
        from defcoop.export.qdpx import export_qdpx
        return export_qdpx(store, f, lang)
    if fmt == "graphml":
        from defcoop.export.network import export_graphml
        return export_graphml(store, f, lang)
    raise ExportError(f"unknown export format '{fmt}': use one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "Output", "export", "write_output"]
