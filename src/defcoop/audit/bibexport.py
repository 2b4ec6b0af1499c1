"""Parsed references written as BibTeX, CSL-JSON or RIS."""

from __future__ import annotations

import json
import re

from defcoop.audit.matching import family_names
from defcoop.audit.references import Reference
from defcoop.textnorm import ascii_fold

__all__ = ["FORMATS", "export", "to_bibtex", "to_csl_json", "to_ris"]

FORMATS = ("bibtex", "csl-json", "ris")

_BIBTEX_TYPES = {"article": "article", "book": "book", "chapter": "incollection",
                 "thesis": "mastersthesis", "proceedings": "inproceedings", "web": "misc",
                 "other": "misc"}
_CSL_TYPES = {"article": "article-journal", "book": "book", "chapter": "chapter",
              "thesis": "thesis", "proceedings": "paper-conference", "web": "webpage",
              "other": "document"}
_RIS_TYPES = {"article": "JOUR", "book": "BOOK", "chapter": "CHAP", "thesis": "THES",
              "proceedings": "CPAPER", "web": "ELEC", "other": "GEN"}


def _keys(refs: list[Reference]) -> list[str]:
    keys: list[str] = []
    for r in refs:
        fam = family_names(r)
        base = re.sub(r"[^a-z0-9]", "", ascii_fold(fam[0] if fam else "anon")) or "anon"
        base += str(r.year) if r.year else "nd"
        key = base + r.year_suffix
        n = 0
        while key in keys:
            n += 1
            key = base + "abcdefghijklmnopqrstuvwxyz"[n % 26]
        keys.append(key)
    return keys


def _bib_escape(text: str) -> str:
    text = text.replace("\\", "\\textbackslash{}")
    text = re.sub(r"([&%$#_{}])", r"\\\1", text)
    return text.replace("~", "\\textasciitilde{}").replace("^", "\\textasciicircum{}")


def _bib_name(author: str) -> str:
    escaped = _bib_escape(author)
    return escaped if "," in author else "{" + escaped + "}"  # an institution stays whole


def to_bibtex(refs: list[Reference]) -> str:
    out: list[str] = []
    for key, r in zip(_keys(refs), refs):
        fields: list[tuple[str, str]] = []
        if r.authors:
            fields.append(("author", " and ".join(_bib_name(a) for a in r.authors)))
        if r.editors:
            fields.append(("editor", " and ".join(_bib_escape(a) for a in r.editors)))
        if r.title:
            fields.append(("title", "{" + _bib_escape(r.title) + "}"))
        if r.container:
            name = {"article": "journal", "chapter": "booktitle", "proceedings": "booktitle",
                    "thesis": "school"}.get(r.type, "howpublished")
            fields.append((name, _bib_escape(r.container)))
        for name, value in (("year", str(r.year) if r.year else None), ("volume", r.volume),
                            ("number", r.issue), ("pages", r.pages.replace("-", "--")
                                                  if r.pages else None),
                            ("publisher", r.publisher), ("address", r.place),
                            ("doi", r.doi), ("url", r.url), ("urldate", r.accessed)):
            if value:
                fields.append((name, value if name in ("url", "doi") else _bib_escape(value)))
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
        out.append(f"@{_BIBTEX_TYPES.get(r.type, 'misc')}{{{key},\n{body}\n}}\n")
    return "\n".join(out)


def _csl_name(author: str) -> dict[str, str]:
    family, comma, given = author.partition(",")
    if comma:
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": author.strip()}


def _date_parts(iso: str) -> dict[str, list[list[int]]]:
    return {"date-parts": [[int(p) for p in iso.split("-")]]}


def to_csl_json(refs: list[Reference]) -> str:
    items: list[dict[str, object]] = []
    for key, r in zip(_keys(refs), refs):
        item: dict[str, object] = {"id": key, "type": _CSL_TYPES.get(r.type, "document")}
        if r.authors:
            item["author"] = [_csl_name(a) for a in r.authors]
        if r.editors:
            item["editor"] = [_csl_name(a) for a in r.editors]
        if r.year:
            item["issued"] = {"date-parts": [[r.year]]}
        for csl, value in (("title", r.title), ("container-title", r.container),
                           ("volume", r.volume), ("issue", r.issue), ("page", r.pages),
                           ("publisher", r.publisher), ("publisher-place", r.place),
                           ("URL", r.url), ("DOI", r.doi)):
            if value:
                item[csl] = value
        if r.accessed:
            item["accessed"] = _date_parts(r.accessed)
        item["note"] = r.raw
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def to_ris(refs: list[Reference]) -> str:
    lines: list[str] = []

    def tag(name: str, value: str | None) -> None:
        if value:
            lines.append(f"{name}  - {' '.join(value.split())}")

    for r in refs:
        tag("TY", _RIS_TYPES.get(r.type, "GEN"))
        for a in r.authors:
            tag("AU", a)
        for e in r.editors:
            tag("ED", e)
        tag("PY", str(r.year) if r.year else None)
        tag("TI", r.title)
        tag("T2", r.container)
        tag("VL", r.volume)
        tag("IS", r.issue)
        if r.pages:
            first, _, last = r.pages.partition("-")
            tag("SP", first)
            tag("EP", last or None)
        tag("PB", r.publisher)
        tag("CY", r.place)
        tag("DO", r.doi)
        tag("UR", r.url)
        tag("Y2", r.accessed)
        lines.append("ER  - ")
        lines.append("")
    return "\n".join(lines)


def export(refs: list[Reference], fmt: str) -> str:
    if fmt == "bibtex":
        return to_bibtex(refs)
    if fmt == "csl-json":
        return to_csl_json(refs)
    if fmt == "ris":
        return to_ris(refs)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
