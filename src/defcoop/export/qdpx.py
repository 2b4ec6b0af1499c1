"""A REFI-QDA project (.qdpx) that opens in NVivo, ATLAS.ti, MAXQDA and QualCoder.

The archive holds ``project.qde`` (QDA-XML, namespace ``urn:QDA-XML:project:1.0``) and the plain
texts of the sources under ``sources/``. The codebook has one code per event kind with a child
code per field (``Exercise › date``); every claim's quote is a ``PlainTextSelection`` at its
character offsets in the source text, coded with the code of its event's kind and field and
described with the event, the value and the page. Claims that quote the same span share one
selection with several codings. GUIDs are UUID5 of stable names, so the same store gives the
same bytes.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from defcoop.errors import ExportError
from defcoop.export.writing import Output, zip_bytes
from defcoop.kb.loader import default_data_dir
from defcoop.store.queries import EventFilter, Reader
from defcoop.store.sqlite import Store

NS = "urn:QDA-XML:project:1.0"
GUID_NS = uuid.UUID("5b0f4d2e-8c1a-5e7b-9d3f-2a6c4e8b1f70")
FIELD_ORDER = ("name", "date", "places", "parties", "organizations", "forces", "domains", "purpose",
               "outcome", "figures", "description")
KIND_COLORS = ["#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#7f7f7f", "#e377c2", "#bcbd22",
               "#17becf", "#ff7f0e", "#aaaaaa"]


def guid(*parts: str) -> str:
    return str(uuid.uuid5(GUID_NS, "/".join(parts)))


def source_text(reader: Reader, source: dict[str, Any]) -> str | None:
    """The plain text of a source: its file (``text_path``) or an ingested document's text."""
    path = source.get("text_path")
    if path:
        meta = dict(reader.conn.execute("SELECT key, value FROM meta").fetchall())
        for base in (meta.get("data_dir"), str(default_data_dir())):
            if base and (Path(base) / path).is_file():
                return str((Path(base) / path).read_text(encoding="utf-8"))
    row = reader.conn.execute("SELECT text FROM documents WHERE sha256 = ? OR path = ?",
                              (source["id"], path or "")).fetchone()
    if row is None or not row["text"]:
        return None
    return str(row["text"])


def _value(v: Any) -> str:
    if isinstance(v, list):
        return ", ".join(str(x) for x in v)
    if isinstance(v, dict):
        return ", ".join(f"{k}={x}" for k, x in v.items())
    return str(v)


def _sub(parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{NS}}}{tag}", attrs)


def project(store: Store, f: EventFilter | None = None, lang: str = "en") -> tuple[bytes, dict[str, str], int]:
    """``project.qde`` bytes, the source texts by archive path, and the number of coded claims."""
    reader = Reader(store)
    evs = reader.events(f, lang=lang)
    if not evs:
        raise ExportError("no events match the filters: widen them (see 'defcoop events')")
    user = guid("user", "defcoop")
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}Project", {"name": "defcoop", "origin": "defcoop",
                                           "creatingUserGUID": user})
    users = _sub(root, "Users")
    _sub(users, "User", guid=user, name="defcoop", id="defcoop")

    # claims of the selected events, grouped by source and span
    kinds: list[str] = []
    fields: dict[str, list[str]] = {}
    spans: dict[str, dict[tuple[int, int], list[tuple[dict[str, Any], dict[str, Any]]]]] = {}
    for e in evs:
        full = reader.event(e["id"], lang)
        for c in full["claims"]:
            if c["start"] is None or c["end"] is None:
                continue
            if e["kind"] not in kinds:
                kinds.append(e["kind"])
            fl = fields.setdefault(e["kind"], [])
            if c["field"] not in fl:
                fl.append(c["field"])
            spans.setdefault(c["source"], {}).setdefault((c["start"], c["end"]), []).append((full, c))
    if not spans:
        raise ExportError("the selected events have no claims with positions in a source text")

    codebook = _sub(_sub(root, "CodeBook"), "Codes")
    vocab_kinds = list(reader.vocab["event_kinds"])
    for kind in sorted(kinds, key=lambda k: vocab_kinds.index(k) if k in vocab_kinds else 99):
        color = KIND_COLORS[(vocab_kinds.index(kind) if kind in vocab_kinds else 10) % len(KIND_COLORS)]
        kcode = _sub(codebook, "Code", guid=guid("code", kind), name=reader.label("event_kinds", kind, lang),
                     isCodable="true", color=color)
        ET.SubElement(kcode, f"{{{NS}}}Description").text = f"defcoop event kind '{kind}'"
        for fname in sorted(fields[kind], key=lambda x: FIELD_ORDER.index(x) if x in FIELD_ORDER else 99):
            fcode = _sub(kcode, "Code", guid=guid("code", kind, fname), name=fname, isCodable="true",
                         color=color)
            ET.SubElement(fcode, f"{{{NS}}}Description").text = f"claims stating the {fname} of an event of kind '{kind}'"

    sources_el = _sub(root, "Sources")
    texts: dict[str, str] = {}
    coded = 0
    known = {s["id"]: s for s in reader.sources()}
    for sid in sorted(spans):
        src = known.get(sid, {"id": sid})
        text = source_text(reader, src)
        if text is None:
            continue
        sguid = guid("source", sid)
        texts[f"sources/{sguid}.txt"] = text
        ts = _sub(sources_el, "TextSource", guid=sguid, name=sid, plainTextPath=f"internal://{sguid}.txt",
                  creatingUser=user)
        label = reader.source_label(sid)
        title = src.get("title") or ""
        ET.SubElement(ts, f"{{{NS}}}Description").text = f"{label}. {title}".strip()
        for (start, end) in sorted(spans[sid]):
            if not 0 <= start < end <= len(text):
                continue
            claims = spans[sid][(start, end)]
            first_ev, first_c = claims[0]
            sel = _sub(ts, "PlainTextSelection", guid=guid("selection", sid, str(start), str(end)),
                       name=f"{first_ev['name']} — {first_c['field']}", startPosition=str(start),
                       endPosition=str(end), creatingUser=user)
            desc = "; ".join(f"{ev['id']} {c['field']}: {_value(c['value'])} (p. {c['page']}, {c['locus']})"
                             for ev, c in claims)
            ET.SubElement(sel, f"{{{NS}}}Description").text = desc
            seen: set[str] = set()
            for ev, c in claims:
                code = guid("code", ev["kind"], c["field"])
                if code in seen:
                    continue
                seen.add(code)
                coding = _sub(sel, "Coding", guid=guid("coding", sid, str(start), str(end), code),
                              creatingUser=user)
                _sub(coding, "CodeRef", targetGUID=code)
            coded += len(claims)
    if not texts:
        raise ExportError("the texts of the sources the claims quote are not available (no text file "
                          "or ingested document): cannot build a QDA project")
    ET.indent(root, space="  ")
    xml = b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False) + b"\n"
    return xml, texts, coded


def export_qdpx(store: Store, f: EventFilter | None = None, lang: str = "en") -> Output:
    xml, texts, coded = project(store, f, lang)
    files = {"project.qde": xml}
    files.update({name: text.encode("utf-8") for name, text in sorted(texts.items())})
    return Output(files={"project.qdpx": zip_bytes(files)}, default_name="project.qdpx", binary=True,
                  archive=True, note=f"{coded} coded claims in {len(texts)} source text(s)")
