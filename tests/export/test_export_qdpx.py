"""The REFI-QDA project: a zip with project.qde valid against the QDA-XML schema and the texts."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from defcoop.export import export
from defcoop.store import EventFilter, Store

SCHEMAS = Path(__file__).parent.parent / "fixtures" / "schemas"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def archive(store_path: Path) -> zipfile.ZipFile:
    from defcoop.store import open_store

    store = open_store(str(store_path))
    data = export(store, "qdpx").single()
    store.close()
    return zipfile.ZipFile(io.BytesIO(data))


def test_project_validates_against_refi_qda_schema(archive: zipfile.ZipFile) -> None:
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "refi-qda-project-text.xsd")))
    doc = etree.fromstring(archive.read("project.qde"))
    assert schema.validate(doc), schema.error_log


def test_every_text_source_file_is_in_the_archive(archive: zipfile.ZipFile) -> None:
    doc = etree.fromstring(archive.read("project.qde"))
    paths = doc.xpath("//q:TextSource/@plainTextPath", namespaces=NS)
    assert paths
    for p in paths:
        assert p.startswith("internal://")
        assert f"sources/{p[len('internal://'):]}" in archive.namelist()


def test_selections_cover_the_quotes_and_point_at_codes(archive: zipfile.ZipFile, store: Store) -> None:
    doc = etree.fromstring(archive.read("project.qde"))
    codes = set(doc.xpath("//q:Code/@guid", namespaces=NS))
    source = doc.xpath("//q:TextSource", namespaces=NS)[0]
    text = archive.read("sources/" + source.get("plainTextPath")[len("internal://"):]).decode("utf-8")
    quotes = {" ".join(q.split()) for (q,) in store.conn.execute("SELECT quote FROM claims")}
    selections = source.xpath("q:PlainTextSelection", namespaces=NS)
    assert selections
    for sel in selections:
        span = " ".join(text[int(sel.get("startPosition")):int(sel.get("endPosition"))].split())
        assert span in quotes or span.replace("- ", "-") in {q.replace("- ", "-") for q in quotes}
        for ref in sel.xpath("q:Coding/q:CodeRef/@targetGUID", namespaces=NS):
            assert ref in codes


def test_every_claim_with_offsets_is_coded(archive: zipfile.ZipFile, store: Store) -> None:
    doc = etree.fromstring(archive.read("project.qde"))
    spans = {(s.get("startPosition"), s.get("endPosition"))
             for s in doc.xpath("//q:PlainTextSelection", namespaces=NS)}
    claims = {(str(a), str(b)) for a, b in store.conn.execute(
        "SELECT start, \"end\" FROM claims WHERE start IS NOT NULL")}
    assert claims == spans


def test_codebook_has_kinds_with_field_children(store: Store) -> None:
    data = export(store, "qdpx", EventFilter(kind=["exercise"]), "en").single()
    doc = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("project.qde"))
    top = doc.xpath("/q:Project/q:CodeBook/q:Codes/q:Code", namespaces=NS)
    assert [c.get("name") for c in top] == ["Exercise"]
    children = {c.get("name") for c in top[0].xpath("q:Code", namespaces=NS)}
    assert {"name", "date", "places", "forces"} <= children
