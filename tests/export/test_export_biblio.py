"""Sources as BibTeX (read back by bibtexparser), CSL-JSON and RIS, and APA 7 via citeproc-py."""

from __future__ import annotations

import json

import bibtexparser
import pytest

from defcoop.export import export
from defcoop.export.biblio import format_bibliography, split_name
from defcoop.store import EventFilter, Reader, Store


def test_bibtex_parsed_back_with_every_source(store: Store) -> None:
    text = export(store, "bibtex").single().decode("utf-8")
    db = bibtexparser.loads(text)
    sources = Reader(store).sources()
    assert {e["ID"] for e in db.entries} == {s["id"] for s in sources}
    by_id = {e["ID"]: e for e in db.entries}
    for s in sources:
        if s.get("year"):
            assert by_id[s["id"]]["year"] == str(s["year"])


def test_bibtex_types_follow_source_types(store: Store) -> None:
    db = bibtexparser.loads(export(store, "bibtex").single().decode("utf-8"))
    types = {e["ID"]: e["ENTRYTYPE"] for e in db.entries}
    for s in Reader(store).sources():
        if s["type"] == "article":
            assert types[s["id"]] == "article"
        if s["type"] == "book":
            assert types[s["id"]] == "book"


@pytest.mark.parametrize("name, expected", [
    ("Özer, Ç.", {"family": "Özer", "given": "Ç."}),
    ("Akıncı, A.", {"family": "Akıncı", "given": "A."}),
    ("Milli Savunma Bakanlığı", {"literal": "Milli Savunma Bakanlığı"}),
    ("Anadolu Agency", {"literal": "Anadolu Agency"}),
])
def test_names_split_into_family_and_given_or_literal(name: str, expected: dict[str, str]) -> None:
    assert split_name(name) == expected


def test_csl_json_items_have_ids_types_and_issued(store: Store) -> None:
    items = json.loads(export(store, "csl-json").single())
    assert items and all({"id", "type"} <= set(it) for it in items)
    dated = [it for it in items if "issued" in it]
    assert all(isinstance(it["issued"]["date-parts"][0][0], int) for it in dated)


def test_ris_records_open_and_close(store: Store) -> None:
    text = export(store, "ris").single().decode("utf-8")
    records = [r for r in text.split("ER  -") if r.strip()]
    assert len(records) == len(Reader(store).sources())
    assert all(r.strip().startswith("TY  - ") for r in records)


def test_filtered_bibliography_holds_only_sources_of_selected_events(store: Store) -> None:
    reader = Reader(store)
    evs = reader.events(EventFilter(kind=["exercise"]))
    used = set().union(*(reader.event(e["id"])["sources"] for e in evs))
    db = bibtexparser.loads(export(store, "bibtex", EventFilter(kind=["exercise"])).single().decode("utf-8"))
    assert {e["ID"] for e in db.entries} == used


def test_apa_bibliography_is_alphabetical_with_year_in_parentheses(store: Store) -> None:
    sources = Reader(store).sources()
    entries = format_bibliography(sources, fmt="text")
    assert len(entries) == len(sources)
    for s in sources:
        if s["year"] and s["authors"]:
            family = s["authors"][0].split(",")[0]
            assert any(e.startswith(family) and f"({s['year']})" in e for e in entries)
    from defcoop.textnorm import ascii_fold
    initials = [ascii_fold(e[0]).casefold() for e in entries]
    assert initials == sorted(initials)


def test_html_bibliography_escapes_markup_in_the_data() -> None:
    hostile = {"id": "x", "type": "article", "authors": ["Öz, A."], "year": 2020, "editors": [],
               "title": "<script>alert(1)</script> & <img src=http://example.org/a.png>", "container": "Dergi"}
    (entry,) = format_bibliography([hostile], fmt="html")
    assert "<script>" not in entry and "<img" not in entry
    assert "&lt;script&gt;" in entry and "&amp;" in entry


@pytest.mark.parametrize("lang, in_word, thesis", [("en", "In ", "[Master's thesis]"),
                                                   ("tr", "İçinde ", "[Yüksek lisans tezi]")])
def test_apa_terms_follow_the_language(store: Store, lang: str, in_word: str, thesis: str) -> None:
    entries = format_bibliography(Reader(store).sources(), fmt="text", lang=lang)
    theses = [s for s in Reader(store).sources() if s["type"] == "thesis"]
    chapters = [s for s in Reader(store).sources() if s["type"] == "chapter"]
    assert len([e for e in entries if thesis in e]) == len(theses)
    assert len([e for e in entries if f". {in_word}" in e]) >= len(chapters)
